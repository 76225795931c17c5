import { KINDS, genericFunctionName } from "../rules";
import type { KindRule } from "../rules";
import type { HelperFunction } from "./schema";

/**
 * The generic function of each kind, from its record (src/core/rules/kinds.ts): named by the
 * kind, its parameters by the components' roles.
 */
function genericHelper(kind: KindRule): HelperFunction {
  return {
    functionName: genericFunctionName(kind),
    description: kind.generic.description,
    params: kind.roles.map((role, i) => ({
      name: role,
      description: kind.generic.params[i],
      optional: false,
      ...(kind.repeating ? { repeating: true } : {}),
    })),
    result: kind.generic.result,
    example: kind.generic.example,
  };
}

/** The helper functions of the IKU namespace (not tied to one indicator). */
export const HELPERS: HelperFunction[] = [
  ...Object.values(KINDS).map(genericHelper),
  {
    functionName: "PERSENTASE_SWADAYA_RUPIAH",
    description:
      "Persentase swadaya masyarakat dalam rupiah (IKU 16, bila instansi mengukurnya dalam rupiah): nilai swadaya / nilai program × 100.",
    params: [
      {
        name: "nilai_swadaya",
        description: "Nilai swadaya masyarakat dalam rupiah (angka ≥ 0, boleh desimal).",
        optional: false,
      },
      {
        name: "nilai_program",
        description: "Nilai seluruh program pemberdayaan masyarakat dalam rupiah (angka > 0).",
        optional: false,
      },
    ],
    result: "persen (75 berarti 75%)",
    example: [37500000.5, 50000000],
  },
  {
    functionName: "CAPAIAN",
    description:
      'Capaian kinerja terhadap target dalam persen, dari realisasi yang dibulatkan seperti tercetak (2 desimal). Polaritas positif: realisasi / target × 100; negatif: (2 × target − realisasi) / target × 100; keduanya paling rendah 0; target 0 berpolaritas negatif: realisasi 0 → 100, selain itu 0. Target rentang (80-85): 100 di dalam rentang, di bawahnya dihitung terhadap batas bawah, di atasnya terhadap batas atas. Target predikat SAKIP ("BB", untuk IKU 1): 100 bila realisasi mencapai batas bawah pitanya, selain itu realisasi / batas bawah × 100.',
    params: [
      {
        name: "realisasi",
        description:
          'Realisasi (angka; di bawah 0 bila pertumbuhan atau penurunan berbalik arah), atau "n.a." bila tidak ada kejadian.',
        optional: false,
      },
      {
        name: "target",
        description:
          'Target (angka ≥ 0), rentang sebagai teks ("80-85"), predikat SAKIP ("BB"), atau dua sel berisi batas bawah dan batas atas.',
        optional: false,
        matrix: true,
      },
      {
        name: "polaritas",
        description:
          '"positif" (makin tinggi makin baik, bawaan) atau "negatif" (makin rendah makin baik).',
        optional: true,
      },
      {
        name: "desimal",
        description:
          "Banyak desimal realisasi seperti tercetak di tabel LKjIP (bilangan bulat 0–4, bawaan 2).",
        optional: true,
      },
    ],
    result: 'persen capaian, tidak dibatasi 100; "n.a." bila realisasi n.a.',
    example: [75, 80, "positif"],
  },
  {
    functionName: "KATEGORI_CAPAIAN",
    description:
      "Kategori capaian (Permendagri 86/2017, dibaca dengan batas atasnya) dari capaian yang dibulatkan seperti tercetak: > 90 Sangat Tinggi, > 75 Tinggi, > 65 Sedang, > 50 Rendah, selain itu Sangat Rendah. Batas dan nama kategori dapat diganti sesuai aturan instansi.",
    params: [
      {
        name: "capaian",
        description:
          'Capaian dalam persen (angka; bisa di atas 100), atau "n.a." bila tidak ada kejadian.',
        optional: false,
      },
      {
        name: "batas",
        description:
          "Batas bawah (tidak termasuk) tiap kategori, dari yang tertinggi, misalnya {90,75,65,50} (bawaan).",
        optional: true,
        matrix: true,
      },
      {
        name: "label",
        description:
          'Nama kategori, satu lebih banyak daripada batasnya, misalnya {"Sangat Baik","Baik","Cukup","Kurang","Sangat Kurang"}.',
        optional: true,
        matrix: true,
      },
      {
        name: "desimal",
        description: "Banyak desimal capaian seperti tercetak (bilangan bulat 0–4, bawaan 2).",
        optional: true,
      },
    ],
    result: 'teks kategori; "n.a." bila capaian n.a.',
    example: [90.996],
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
