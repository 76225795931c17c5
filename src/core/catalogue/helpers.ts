import type { HelperFunction } from "./schema";

/** The helper functions of the IKU namespace (not tied to one indicator). */
export const HELPERS: HelperFunction[] = [
  {
    functionName: "PERSENTASE",
    description:
      "Persentase bagian dari keseluruhan: pembilang / penyebut × 100 (pembilang ≤ penyebut).",
    params: [
      { name: "pembilang", description: "Jumlah bagian (bilangan bulat ≥ 0).", optional: false },
      {
        name: "penyebut",
        description: "Jumlah keseluruhan (bilangan bulat > 0).",
        optional: false,
      },
    ],
    result: "persen (75 berarti 75%)",
    example: [45, 60],
  },
  {
    functionName: "RASIO",
    description: "Rasio atau rata-rata: pembilang / penyebut, tanpa dikali 100.",
    params: [
      { name: "pembilang", description: "Pembilang (bilangan bulat ≥ 0).", optional: false },
      { name: "penyebut", description: "Penyebut (bilangan bulat > 0).", optional: false },
    ],
    result: "hasil bagi biasa",
    example: [45, 15],
  },
  {
    functionName: "CAPAIAN",
    description:
      "Capaian kinerja terhadap target dalam persen. Polaritas positif: realisasi / target × 100; negatif: (2 × target − realisasi) / target × 100.",
    params: [
      { name: "realisasi", description: "Realisasi (angka ≥ 0).", optional: false },
      { name: "target", description: "Target (angka > 0).", optional: false },
      {
        name: "polaritas",
        description:
          '"positif" (makin tinggi makin baik, bawaan) atau "negatif" (makin rendah makin baik).',
        optional: true,
      },
    ],
    result: "persen capaian, tidak dibatasi 100",
    example: [75, 80, "positif"],
  },
  {
    functionName: "KATEGORI_CAPAIAN",
    description:
      "Kategori capaian LKjIP: ≥ 91 Sangat Tinggi, ≥ 76 Tinggi, ≥ 66 Sedang, ≥ 51 Rendah, selain itu Sangat Rendah.",
    params: [
      {
        name: "capaian",
        description: "Capaian dalam persen (angka; bisa negatif untuk polaritas negatif).",
        optional: false,
      },
    ],
    result: "teks kategori",
    example: [93.75],
  },
  {
    functionName: "PREDIKAT_SAKIP",
    description:
      "Predikat SAKIP (PermenPANRB 88/2021): > 90 AA, > 80 A, > 70 BB, > 60 B, > 50 CC, > 30 C, selain itu D.",
    params: [{ name: "nilai", description: "Nilai SAKIP antara 0 dan 100.", optional: false }],
    result: "teks predikat",
    example: [78.5],
  },
];
