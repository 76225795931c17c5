/**
 * English names of the catalogue's indicators and input components, for the pane and the report
 * when Excel's display language is not Indonesian. The catalogue (Indonesian, as the document
 * writes it) stays the one source of the indicators; this is its translation, keyed by indicator
 * code and component key, and a test keeps it complete.
 */
export const CATALOGUE_EN: Record<string, { name: string; components: Record<string, string> }> = {
  IKU01: {
    name: "SAKIP score (performance accountability)",
    components: { NILAI: "SAKIP score from the evaluation" },
  },
  IKU02: {
    name: "Number of social facilities such as orphanages, elderly homes and rehabilitation homes",
    components: {
      PANTI_ASUHAN: "Number of orphanages",
      PANTI_JOMPO: "Number of elderly care homes",
      PANTI_REHABILITASI: "Number of rehabilitation homes",
    },
  },
  IKU03: {
    name: "Percentage of PPKS receiving social assistance",
    components: {
      PEMBILANG: "Number of PPKS receiving social assistance",
      PENYEBUT: "Number of PPKS",
    },
  },
  IKU04: {
    name: "Handling of people with social welfare problems (PMKS)",
    components: { PEMBILANG: "Number of PMKS handled", PENYEBUT: "Number of PMKS" },
  },
  IKU05: {
    name: "Percentage of active social welfare resources (PSKS)",
    components: { PEMBILANG: "Number of active PSKS", PENYEBUT: "Number of registered PSKS" },
  },
  IKU06: {
    name: "Percentage of people in need of social welfare services (PPKS) receiving social rehabilitation",
    components: {
      PEMBILANG: "Number of PPKS receiving social rehabilitation",
      PENYEBUT: "Number of PPKS needing social rehabilitation",
    },
  },
  IKU07: {
    name: "Percentage of people in need of social welfare services (PPKS) receiving social protection and security",
    components: {
      PEMBILANG: "Number of PPKS receiving social protection and security",
      PENYEBUT: "Number of PPKS needing social protection and security",
    },
  },
  IKU08: {
    name: "Validity rate of poverty population data",
    components: {
      PEMBILANG: "Number of valid poverty records (verified, ID number matched)",
      PENYEBUT: "Total poverty records of the region",
    },
  },
  IKU09: {
    name: "Percentage of natural or social disaster victims served",
    components: {
      PEMBILANG: "Number of disaster victims served",
      PENYEBUT: "Number of disaster victims who should be served",
    },
  },
  IKU10: {
    name: "Percentage of heroes' cemeteries managed",
    components: {
      PEMBILANG: "Number of heroes' cemeteries managed",
      PENYEBUT: "Number of heroes' cemeteries",
    },
  },
  IKU11: {
    name: "Average number of groups supported per Community Empowerment Institution (LPM)",
    components: { PEMBILANG: "Number of groups supported by LPM", PENYEBUT: "Number of LPM" },
  },
  IKU12: {
    name: "Percentage of active LKK and LAK",
    components: { PEMBILANG: "Active LKK and LAK", PENYEBUT: "Number of LKK and LAK" },
  },
  IKU13: {
    name: "Average number of groups supported per PKK",
    components: { PEMBILANG: "Number of groups supported by PKK", PENYEBUT: "Number of PKK" },
  },
  IKU14: {
    name: "Active LPM (%)",
    components: { PEMBILANG: "Number of active LPM", PENYEBUT: "Number of LPM" },
  },
  IKU15: {
    name: "High-achieving LPM (%)",
    components: { PEMBILANG: "Number of high-achieving LPM", PENYEBUT: "Number of LPM" },
  },
  IKU16: {
    name: "Community self-help for community empowerment programmes",
    components: {
      PEMBILANG: "Community self-help contributions supporting empowerment programmes",
      PENYEBUT: "Total community empowerment programmes",
    },
  },
  IKU17: {
    name: "Active PKK (%)",
    components: { PEMBILANG: "Number of active PKK", PENYEBUT: "Number of PKK" },
  },
  IKU18: {
    name: "Active Posyandu (%)",
    components: { PEMBILANG: "Number of active Posyandu", PENYEBUT: "Total Posyandu" },
  },
};
