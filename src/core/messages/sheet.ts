/**
 * Texts of the generated IKU sheet that are not in the catalogue: the layout's headings and the
 * data-validation messages. Indonesian, because they are written into the workbook.
 * Excel limits a validation title to 32 characters and a message to 255: the builders below
 * stay within them (checked by the plan tests).
 */
export const sheetText = {
  title: "INDIKATOR KINERJA UTAMA",
  tahun: (tahun: number) => `Tahun ${tahun}`,
  header: {
    namaPerangkatDaerah: "Nama Perangkat Daerah",
    tugas: "Tugas",
    fungsi: "Fungsi",
    iku: "Indikator Kinerja Utama",
  },
  /** The document's seven columns, in order. */
  documentColumns: [
    "No",
    "Kinerja Utama/Outcome/Tujuan/Sasaran",
    "Indikator Kinerja Utama",
    "Penjelasan/Formula Perhitungan",
    "× 100%",
    "Penanggung Jawab",
    "Sumber Data",
  ],
  /** Text of column (5) for indicators multiplied by 100%. */
  timesHundred: "× 100%",
  component: (n: number) => `Komponen ${n}`,
  /** The quarter column and its cells (TW I … TW IV). */
  triwulan: "Triwulan",
  tw: (roman: string) => `TW ${roman}`,
  /** A component's two columns: the quarter typed by staff, and up to that quarter. */
  quarterInput: "triwulan ini",
  toDate: "s.d. triwulan ini",
  /** Realisasi and capaian up to each quarter. */
  hasilToDate: "Realisasi s.d. triwulan",
  capaianToDate: "Capaian s.d. triwulan (%)",
  hasil: "Realisasi",
  satuan: "Satuan",
  target: "Target",
  capaian: "Capaian (%)",
  kategori: "Kategori Capaian",
  /** Second heading row of the working columns: which cells staff fill in. */
  isian: "(diisi)",
  rumus: "(rumus)",
  /** Label line of a component cell that an indicator does not use. */
  unused: "—",
} as const;

/** Cuts a text to Excel's limit, with an ellipsis. */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** The words of an input's own value (count, score, rupiah) are its value type's: src/core/rules. */
export const validationText = {
  inputTitle: (code: string, n: number, roman: string) =>
    fit(`${code} · K${n} · ${sheetText.tw(roman)}`, 32),
  /** What a quarter's cell holds, after the component's label (akumulasi or posisi). */
  quarterLabel: (label: string, roman: string, akumulasi: boolean) =>
    `${sheetText.tw(roman)} · ${label} (${akumulasi ? "hanya yang baru pada triwulan ini; setahun = jumlah triwulan" : "posisi akhir triwulan; setahun = triwulan terakhir yang terisi"})`,
  targetTitle: (code: string) => fit(`${code} · ${sheetText.target}`, 32),
  targetMessage: (name: string, satuan: string) =>
    fit(`Target tahunan "${name}" dalam satuan ${satuan}. Isi angka 0 atau lebih.`, 255),
  targetPredikatMessage: (name: string, satuan: string) =>
    fit(
      `Target tahunan "${name}" dalam satuan ${satuan}: angka 0–100, atau predikat SAKIP (AA, A, BB, B, CC, C, D) yang dibandingkan per pita.`,
      255
    ),
  errorTitle: "Isian tidak valid",
  targetError: "Target harus angka 0 atau lebih, bukan teks.",
  targetPredikatError:
    "Target harus angka 0 atau lebih, rentang seperti 80-85, atau predikat SAKIP (AA, A, BB, B, CC, C, D).",
} as const;
