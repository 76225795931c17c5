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
  inputTitle: (code: string, n: number) => fit(`${code} · ${sheetText.component(n)}`, 32),
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
