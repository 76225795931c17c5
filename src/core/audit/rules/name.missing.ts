import { auditRule } from "../rule";

/** A defined name of the plan is not in the workbook. */
export const nameMissing = auditRule({
  id: "name.missing",
  severity: "error",
  label: "Nama hilang",
  labelEn: "Name missing",
  messages: {
    id: {
      nameMissing: (name: string, sheet: string) =>
        `Nama ${name} tidak ada di buku kerja; rumus lembar "${sheet}" yang memakainya menampilkan #NAME?. Buat ulang lembar IKU untuk memulihkannya.`,
      markerMissing: (name: string) =>
        `Nama penanda ${name} tidak ada di buku kerja; lembar IKU dikenali dari nama-nama IKU lainnya. Buat ulang lembar IKU untuk memulihkan penandanya.`,
    },
    en: {
      nameMissing: (name, sheet) =>
        `The name ${name} does not exist in the workbook; the formulas of sheet "${sheet}" that use it show #NAME?. Generate the IKU sheet again to restore it.`,
      markerMissing: (name) =>
        `The marker name ${name} does not exist in the workbook; the IKU sheet was recognized by its other IKU names. Generate the IKU sheet again to restore the marker.`,
    },
  },
  check: {
    names: (s) =>
      s.names
        .filter((n) => n.state === "missing")
        .map((n) => ({
          say: (m) => (n.marker ? m.markerMissing(n.name) : m.nameMissing(n.name, s.sheet)),
          sheet: s.sheet,
          cell: n.planned,
          indicator: n.indicator,
          expected: n.expected,
        })),
  },
});
