import type { Agregasi, Component, Indicator, IndicatorKind, SasaranCode } from "./schema";

/*
 * The 18 IKU of DSPM Kota Bontang, in the document's order (iku-domain.md §2).
 * Every other part of the add-in reads this table; nothing repeats its text.
 */

const BIDANG_SOSIAL = "Bidang Sosial";
const BIDANG_PM = "Bidang Pemberdayaan Masyarakat";
const SUMBER = "DSPM";

const SARANA_PARAM =
  "Jumlah sarana sosial (bilangan bulat ≥ 0); bisa diulang untuk tiap jenis sarana.";

const NOTE_COPIED_FRACTION =
  "Dalam dokumen, rumus baris ini tersalin dari baris di dekatnya; rumus yang dipakai mengikuti nama indikatornya.";

/** A component's aggregation over the quarters and why it was chosen (help page). */
type AgregasiChoice = [agregasi: Agregasi, alasan: string];

// The reasons, shared by the components that share them.
const STOK =
  "Stok yang dibaca pada satu saat: tahun = triwulan terakhir yang terisi (bukan jumlah keempat triwulan).";
const AKTIF = "Status aktif dinilai pada saat pelaporan: tahun = triwulan terakhir yang terisi.";
const LAYANAN =
  "Layanan yang diberikan sepanjang tahun: tahun = jumlah semua triwulan (isi per triwulan hanya yang baru pada triwulan itu).";
const KEBUTUHAN =
  "Kasus yang membutuhkan layanan ditemukan sepanjang tahun: tahun = jumlah kasus baru semua triwulan.";
const POSISI_STOK: AgregasiChoice = ["posisi", STOK];

function count(
  key: string,
  role: Component["role"],
  label: string,
  param: string,
  description: string,
  [agregasi, agregasiAlasan]: AgregasiChoice = POSISI_STOK
): Component {
  return { key, role, label, param, description, valueType: "cacah", agregasi, agregasiAlasan };
}

interface FractionSpec {
  code: string;
  order: number;
  sasaran: SasaranCode;
  name: string;
  formulaDocument: string;
  kind: Extract<IndicatorKind, "persentase" | "rasio">;
  numerator: [label: string, param: string, description: string];
  denominator: [label: string, param: string, description: string];
  satuan: string;
  penanggungJawab: string;
  functionName: string;
  functionDescription: string;
  example: [number, number];
  /** The aggregation over the quarters of the numerator and of the denominator. */
  agregasi: [AgregasiChoice, AgregasiChoice];
  notes?: string[];
  rupiahFunction?: string;
}

/** A subset over its whole × 100, or a plain ratio: always a pembilang and a penyebut. */
function fraction(spec: FractionSpec): Indicator {
  const [nLabel, nParam, nDesc] = spec.numerator;
  const [dLabel, dParam, dDesc] = spec.denominator;
  const timesHundred = spec.kind === "persentase";
  return {
    code: spec.code,
    order: spec.order,
    sasaran: spec.sasaran,
    name: spec.name,
    formulaDocument: spec.formulaDocument,
    formulaReading: `${nLabel} / ${dLabel}${timesHundred ? " × 100%" : ""}`,
    kind: spec.kind,
    timesHundred,
    components: [
      count("PEMBILANG", "pembilang", nLabel, nParam, nDesc, spec.agregasi[0]),
      count("PENYEBUT", "penyebut", dLabel, dParam, dDesc, spec.agregasi[1]),
    ],
    satuan: spec.satuan,
    polarity: "positif",
    penanggungJawab: spec.penanggungJawab,
    sumberData: SUMBER,
    functionName: spec.functionName,
    functionDescription: spec.functionDescription,
    example: spec.example,
    notes: spec.notes ?? [],
    ...(spec.rupiahFunction ? { rupiahFunction: spec.rupiahFunction } : {}),
  };
}

export const INDICATORS: Indicator[] = [
  {
    code: "IKU01",
    order: 1,
    sasaran: "S1",
    name: "Nilai SAKIP",
    formulaDocument: "Nilai",
    formulaReading: "Nilai SAKIP (0–100) dari laporan hasil evaluasi, tanpa dikali 100%",
    kind: "nilai",
    timesHundred: false,
    components: [
      {
        key: "NILAI",
        role: "nilai",
        label: "Nilai SAKIP hasil evaluasi",
        param: "nilai",
        description: "Nilai SAKIP dari laporan hasil evaluasi, antara 0 dan 100.",
        valueType: "skor",
        agregasi: "posisi",
        agregasiAlasan:
          "Nilai SAKIP terbit sekali setahun: tahun = triwulan terakhir yang terisi (menjumlahkan nilai tidak bermakna).",
      },
    ],
    satuan: "nilai",
    polarity: "positif",
    penanggungJawab: "Sekretariat",
    sumberData: SUMBER,
    functionName: "NILAI_SAKIP",
    functionDescription:
      "Mengembalikan Nilai SAKIP (IKU 1) setelah memeriksa bahwa nilainya antara 0 dan 100.",
    example: [78.5],
    targetPredikat: true,
    notes: [
      'Dokumen hanya menulis "Nilai"; yang dipakai adalah nilai hasil evaluasi SAKIP (0–100), tidak dikali 100%.',
      "Realisasi tahun N adalah nilai hasil evaluasi yang diterbitkan pada tahun N (yang menilai kinerja tahun N − 1); sebutkan tahun penilaiannya dalam LKjIP.",
      'Target PK sering berupa predikat (misalnya "BB"), dan sel target IKU 1 menerimanya (AA, A, BB, B, CC, C, D). Capaian dibandingkan per pita predikat (PermenPANRB 88/2021, batas bawah tidak termasuk): 100% bila realisasi seperti tercetak mencapai batas bawah pita target (predikatnya sama atau lebih tinggi), selain itu realisasi ÷ batas bawah pita × 100. Contoh target BB (> 70): realisasi 72,5 atau 85 → 100%; 70,00 → 100% (pas di batas, tanpa lompatan); 56 → 80%. Target D selalu tercapai. Predikat selalu dibaca makin tinggi makin baik.',
    ],
  },
  {
    code: "IKU02",
    order: 2,
    sasaran: "S2",
    name: "Jumlah sarana sosial seperti panti asuhan, panti jompo dan panti rehabilitasi",
    formulaDocument: "sarana sosial seperti panti asuhan, panti jompo dan panti rehabilitasi",
    formulaReading: "Jumlah panti asuhan + jumlah panti jompo + jumlah panti rehabilitasi",
    kind: "jumlah",
    timesHundred: false,
    components: [
      count("PANTI_ASUHAN", "bagian", "Jumlah panti asuhan", "jumlah", SARANA_PARAM),
      count("PANTI_JOMPO", "bagian", "Jumlah panti jompo", "jumlah", SARANA_PARAM),
      count("PANTI_REHABILITASI", "bagian", "Jumlah panti rehabilitasi", "jumlah", SARANA_PARAM),
    ],
    satuan: "unit",
    polarity: "positif",
    penanggungJawab: BIDANG_SOSIAL,
    sumberData: SUMBER,
    functionName: "JUMLAH_SARANA_SOSIAL",
    functionDescription:
      "Menjumlahkan sarana sosial (panti asuhan, panti jompo, panti rehabilitasi) untuk IKU 2.",
    example: [4, 2, 3],
    notes: [
      "Dokumen hanya menulis nama sarananya; indikator dihitung sebagai jumlah semua jenis sarana sosial.",
    ],
  },
  fraction({
    code: "IKU03",
    order: 3,
    sasaran: "S2",
    name: "Persentase PPKS yang memperoleh bantuan sosial",
    formulaDocument: "Jumlah yang Ditangani / Jumlah PPKS × 100%",
    kind: "persentase",
    numerator: [
      "Jumlah PPKS yang memperoleh bantuan sosial",
      "ppks_memperoleh_bansos",
      "Jumlah PPKS yang memperoleh bantuan sosial (bilangan bulat ≥ 0).",
    ],
    denominator: ["Jumlah PPKS", "jumlah_ppks", "Jumlah seluruh PPKS (bilangan bulat > 0)."],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "PERSENTASE_PPKS_BANSOS",
    functionDescription:
      "Persentase PPKS yang memperoleh bantuan sosial (IKU 3): penerima / seluruh PPKS × 100.",
    example: [45, 60],
    agregasi: [
      [
        "akumulasi",
        "Penerima bansos bertambah sepanjang tahun: tahun = jumlah penerima baru semua triwulan (satu PPKS dihitung sekali, pada triwulan pertama ia menerima).",
      ],
      [
        "posisi",
        "PPKS yang memenuhi syarat adalah data terdaftar: tahun = data triwulan terakhir yang terisi.",
      ],
    ],
    notes: [
      'Dokumen menulis "Jumlah yang Ditangani"; dibaca sebagai PPKS yang memperoleh bantuan sosial.',
      "Penyebutnya adalah PPKS yang memenuhi syarat menerima bantuan sosial (terdaftar dan layak menurut kriteria program), bukan seluruh PPKS: PPKS yang tidak berhak atas bansos tidak dihitung.",
    ],
  }),
  fraction({
    code: "IKU04",
    order: 4,
    sasaran: "S2",
    name: "Penanganan penyandang masalah kesejahteraan sosial",
    formulaDocument: "Jumlah yang Ditangani / Jumlah PPKS × 100% (tersalin dari IKU 3)",
    kind: "persentase",
    numerator: [
      "Jumlah PMKS yang tertangani",
      "pmks_tertangani",
      "Jumlah PMKS yang tertangani (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah PMKS yang ada",
      "jumlah_pmks",
      "Jumlah PMKS yang ada (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "PERSENTASE_PMKS_TERTANGANI",
    functionDescription: "Persentase PMKS yang tertangani (IKU 4): tertangani / yang ada × 100.",
    example: [120, 150],
    agregasi: [
      ["akumulasi", LAYANAN],
      [
        "posisi",
        "PMKS yang ada adalah data terdaftar: tahun = data triwulan terakhir yang terisi.",
      ],
    ],
    notes: [
      NOTE_COPIED_FRACTION,
      "Pecahan PMKS tertangani / PMKS yang ada diambil dari halaman 2 dokumen.",
    ],
  }),
  fraction({
    code: "IKU05",
    order: 5,
    sasaran: "S2",
    name: "Persentase Potensi Sumber Kesejahteraan Sosial (PSKS) yang aktif",
    formulaDocument:
      "Jumlah PSKS yang Membutuhkan Rehabilitasi Sosial / Jumlah PPKS yang Mendapatkan Rehabilitasi Sosial × 100% (tersalin)",
    kind: "persentase",
    numerator: [
      "Jumlah PSKS yang aktif",
      "psks_aktif",
      "Jumlah PSKS yang aktif (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah PSKS terdaftar",
      "jumlah_psks",
      "Jumlah PSKS yang terdaftar (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "PERSENTASE_PSKS_AKTIF",
    functionDescription: "Persentase PSKS yang aktif (IKU 5): PSKS aktif / PSKS terdaftar × 100.",
    example: [38, 50],
    agregasi: [["posisi", AKTIF], POSISI_STOK],
    notes: [
      NOTE_COPIED_FRACTION,
      "PSKS mencakup perseorangan (pekerja sosial masyarakat, TKSK, penyuluh sosial, Tagana, …) dan lembaga (LKS, Karang Taruna, …). Hitung keduanya dalam satuan yang sama, satu PSKS per orang atau per lembaga yang terdaftar, dan sebutkan jenis yang dihitung dalam LKjIP; jangan menjumlahkan anggota lembaga sebagai PSKS tersendiri.",
    ],
  }),
  fraction({
    code: "IKU06",
    order: 6,
    sasaran: "S2",
    name: "Persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang mendapatkan rehabilitasi sosial",
    formulaDocument:
      "Jumlah PSKS yang Membutuhkan Rehabilitasi Sosial / Jumlah PPKS yang Mendapatkan Rehabilitasi Sosial × 100%",
    kind: "persentase",
    numerator: [
      "Jumlah PPKS yang mendapatkan rehabilitasi sosial",
      "ppks_mendapat_rehab",
      "Jumlah PPKS yang mendapatkan rehabilitasi sosial (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah PPKS yang membutuhkan rehabilitasi sosial",
      "ppks_membutuhkan_rehab",
      "Jumlah PPKS yang membutuhkan rehabilitasi sosial (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "PERSENTASE_PPKS_REHAB",
    functionDescription:
      "Persentase PPKS yang mendapatkan rehabilitasi sosial (IKU 6): mendapat / membutuhkan × 100.",
    example: [45, 60],
    agregasi: [
      ["akumulasi", LAYANAN],
      ["akumulasi", KEBUTUHAN],
    ],
    notes: [
      "Dalam dokumen pecahannya terbalik dan menyebut PSKS (pemberi layanan) alih-alih PPKS (penerima); dibaca harfiah hasilnya ≥ 100%. Yang dipakai: PPKS yang mendapatkan / PPKS yang membutuhkan rehabilitasi sosial.",
    ],
  }),
  fraction({
    code: "IKU07",
    order: 7,
    sasaran: "S2",
    name: "Persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang mendapatkan perlindungan dan jaminan sosial",
    formulaDocument:
      "Jumlah PSKS yang Membutuhkan Rehabilitasi Sosial / Jumlah PPKS yang Mendapatkan Rehabilitasi Sosial × 100% (tersalin)",
    kind: "persentase",
    numerator: [
      "Jumlah PPKS yang mendapatkan perlindungan dan jaminan sosial",
      "ppks_mendapat_linjamsos",
      "Jumlah PPKS yang mendapatkan perlindungan dan jaminan sosial (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah PPKS yang membutuhkan perlindungan dan jaminan sosial",
      "ppks_membutuhkan_linjamsos",
      "Jumlah PPKS yang membutuhkan perlindungan dan jaminan sosial (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "PERSENTASE_PPKS_LINJAMSOS",
    functionDescription:
      "Persentase PPKS yang mendapatkan perlindungan dan jaminan sosial (IKU 7): mendapat / membutuhkan × 100.",
    example: [72, 90],
    agregasi: [
      ["akumulasi", LAYANAN],
      ["akumulasi", KEBUTUHAN],
    ],
    notes: [NOTE_COPIED_FRACTION],
  }),
  fraction({
    code: "IKU08",
    order: 8,
    sasaran: "S2",
    name: "Tingkat Validitas Data Penduduk Kemiskinan",
    formulaDocument: "Data Kemiskinan Daerah (tanpa pecahan)",
    kind: "persentase",
    numerator: [
      "Jumlah data kemiskinan yang valid (terverifikasi, NIK padan)",
      "data_valid",
      "Jumlah data penduduk miskin yang valid: terverifikasi dan NIK-nya padan (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah seluruh data kemiskinan daerah",
      "jumlah_data",
      "Jumlah seluruh data kemiskinan daerah (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "VALIDITAS_DATA_KEMISKINAN",
    functionDescription:
      "Tingkat validitas data penduduk kemiskinan (IKU 8): data valid / seluruh data × 100.",
    example: [8420, 9350],
    agregasi: [
      [
        "posisi",
        "Data diverifikasi bertahap dan hasilnya menggantikan yang lama: tahun = hasil verifikasi triwulan terakhir yang terisi.",
      ],
      [
        "posisi",
        "Seluruh data kemiskinan adalah data yang berlaku saat verifikasi: tahun = triwulan terakhir yang terisi.",
      ],
    ],
    notes: [
      'Dokumen tidak memberi pecahan, hanya "Data Kemiskinan Daerah"; dihitung sebagai data valid / seluruh data kemiskinan daerah × 100%.',
      'DTKS telah digantikan oleh DTSEN (Data Tunggal Sosial dan Ekonomi Nasional, Inpres 4/2025). Data "valid" adalah data penduduk miskin daerah yang NIK-nya padan dengan data kependudukan (Dukcapil) dan tercatat di DTSEN setelah verifikasi dan validasi; penyebutnya seluruh data kemiskinan daerah yang diverifikasi pada tahun itu.',
    ],
  }),
  fraction({
    code: "IKU09",
    order: 9,
    sasaran: "S2",
    name: "Persentase korban bencana alam/sosial yang terlayani",
    formulaDocument:
      "Jumlah PSKS yang Membutuhkan Rehabilitasi Sosial / Jumlah PPKS yang Mendapatkan Rehabilitasi Sosial × 100% (tersalin)",
    kind: "persentase",
    numerator: [
      "Jumlah korban bencana alam/sosial yang terlayani",
      "korban_terlayani",
      "Jumlah korban bencana alam/sosial yang terlayani (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah korban bencana alam/sosial yang seharusnya terlayani",
      "jumlah_korban",
      "Jumlah korban bencana alam/sosial yang seharusnya terlayani (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "PERSENTASE_KORBAN_BENCANA",
    functionDescription:
      "Persentase korban bencana alam/sosial yang terlayani (IKU 9): terlayani / seluruh korban × 100.",
    example: [95, 100],
    agregasi: [
      [
        "akumulasi",
        "Bencana terjadi kapan saja dalam tahun: tahun = jumlah korban terlayani semua triwulan.",
      ],
      ["akumulasi", "Korban baru muncul tiap kejadian: tahun = jumlah korban semua triwulan."],
    ],
    notes: [NOTE_COPIED_FRACTION],
  }),
  fraction({
    code: "IKU10",
    order: 10,
    sasaran: "S2",
    name: "Persentase taman makam pahlawan yang dikelola",
    formulaDocument:
      "Jumlah PMKS yang tertangani / Jumlah PMKS yang ada × 100% (menurut posisi, tersalin)",
    kind: "persentase",
    numerator: [
      "Jumlah taman makam pahlawan yang dikelola",
      "tmp_dikelola",
      "Jumlah taman makam pahlawan yang dikelola (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah taman makam pahlawan",
      "jumlah_tmp",
      "Jumlah seluruh taman makam pahlawan (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_SOSIAL,
    functionName: "PERSENTASE_TMP_DIKELOLA",
    functionDescription:
      "Persentase taman makam pahlawan yang dikelola (IKU 10): dikelola / seluruh TMP × 100.",
    example: [2, 2],
    agregasi: [POSISI_STOK, POSISI_STOK],
    notes: [NOTE_COPIED_FRACTION],
  }),
  fraction({
    code: "IKU11",
    order: 11,
    sasaran: "S3",
    name: "Rata-rata jumlah kelompok binaan Lembaga Pemberdayaan Masyarakat (LPM)",
    formulaDocument: "Jumlah Kelompok Binaan LPM / Jumlah LPM",
    kind: "rasio",
    numerator: [
      "Jumlah Kelompok Binaan LPM",
      "jumlah_kelompok_binaan",
      "Jumlah kelompok binaan seluruh LPM (bilangan bulat ≥ 0).",
    ],
    denominator: ["Jumlah LPM", "jumlah_lpm", "Jumlah LPM (bilangan bulat > 0)."],
    satuan: "kelompok/LPM",
    penanggungJawab: BIDANG_PM,
    functionName: "RATA_KELOMPOK_BINAAN_LPM",
    functionDescription:
      "Rata-rata jumlah kelompok binaan per LPM (IKU 11): kelompok binaan / jumlah LPM, tanpa dikali 100.",
    example: [45, 15],
    agregasi: [POSISI_STOK, POSISI_STOK],
    notes: ["Ini rata-rata, bukan persentase: pembilang boleh lebih besar daripada penyebut."],
  }),
  fraction({
    code: "IKU12",
    order: 12,
    sasaran: "S3",
    name: "Persentase LKK dan LAK yang aktif",
    formulaDocument: "LKK dan LAK yang Aktif / Jumlah LKK dan LAK × 100%",
    kind: "persentase",
    numerator: [
      "LKK dan LAK yang Aktif",
      "lkk_lak_aktif",
      "Jumlah LKK dan LAK yang aktif (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Jumlah LKK dan LAK",
      "jumlah_lkk_lak",
      "Jumlah seluruh LKK dan LAK (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_PM,
    functionName: "PERSENTASE_LKK_LAK_AKTIF",
    functionDescription:
      "Persentase LKK dan LAK yang aktif (IKU 12): aktif / seluruh LKK dan LAK × 100.",
    example: [110, 128],
    agregasi: [["posisi", AKTIF], POSISI_STOK],
    notes: [
      "Menurut Permendagri 18/2018, LPM, PKK dan Posyandu juga termasuk LKK, dan masing-masing sudah diukur oleh IKU 14, 17 dan 18. IKU 12 menghitung LKK lainnya (RT, Karang Taruna dan lembaga kemasyarakatan kelurahan lain yang ditetapkan) serta LAK; sebutkan jenis yang dihitung dalam LKjIP agar satu lembaga tidak dihitung di dua indikator.",
    ],
  }),
  fraction({
    code: "IKU13",
    order: 13,
    sasaran: "S3",
    name: "Rata-rata jumlah kelompok binaan PKK",
    formulaDocument: "Jumlah Kelompok Binaan PKK / Jumlah PKK",
    kind: "rasio",
    numerator: [
      "Jumlah Kelompok Binaan PKK",
      "jumlah_kelompok_binaan",
      "Jumlah kelompok binaan seluruh PKK (bilangan bulat ≥ 0).",
    ],
    denominator: ["Jumlah PKK", "jumlah_pkk", "Jumlah PKK (bilangan bulat > 0)."],
    satuan: "kelompok/PKK",
    penanggungJawab: BIDANG_PM,
    functionName: "RATA_KELOMPOK_BINAAN_PKK",
    functionDescription:
      "Rata-rata jumlah kelompok binaan per PKK (IKU 13): kelompok binaan / jumlah PKK, tanpa dikali 100.",
    example: [60, 19],
    agregasi: [POSISI_STOK, POSISI_STOK],
    notes: ["Ini rata-rata, bukan persentase: pembilang boleh lebih besar daripada penyebut."],
  }),
  fraction({
    code: "IKU14",
    order: 14,
    sasaran: "S3",
    name: "Jumlah LPM",
    formulaDocument: "Jumlah LPM Aktif / Jumlah LPM × 100%",
    kind: "persentase",
    numerator: ["Jumlah LPM Aktif", "lpm_aktif", "Jumlah LPM yang aktif (bilangan bulat ≥ 0)."],
    denominator: ["Jumlah LPM", "jumlah_lpm", "Jumlah seluruh LPM (bilangan bulat > 0)."],
    satuan: "%",
    penanggungJawab: BIDANG_PM,
    functionName: "PERSENTASE_LPM_AKTIF",
    functionDescription: "Persentase LPM yang aktif (IKU 14): LPM aktif / jumlah LPM × 100.",
    example: [13, 15],
    agregasi: [["posisi", AKTIF], POSISI_STOK],
    notes: [
      'Dokumen menamai indikator ini "Jumlah LPM" dengan pola yang sama seperti IKU 15, 17 dan 18 (nama lalu "x 100%"), sedangkan rumusnya Jumlah LPM Aktif / Jumlah LPM × 100%. Nama dokumen dipertahankan; yang dihitung adalah persentase LPM aktif. Ketidaksesuaian nama dan rumus ini sebaiknya dikonfirmasi kepada penyusun dokumen.',
    ],
  }),
  fraction({
    code: "IKU15",
    order: 15,
    sasaran: "S3",
    name: "LPM Berprestasi (%)",
    formulaDocument: "Jumlah LPM Berprestasi / Jumlah LPM × 100%",
    kind: "persentase",
    numerator: [
      "Jumlah LPM Berprestasi",
      "lpm_berprestasi",
      "Jumlah LPM yang berprestasi (bilangan bulat ≥ 0).",
    ],
    denominator: ["Jumlah LPM", "jumlah_lpm", "Jumlah seluruh LPM (bilangan bulat > 0)."],
    satuan: "%",
    penanggungJawab: BIDANG_PM,
    functionName: "PERSENTASE_LPM_BERPRESTASI",
    functionDescription:
      "Persentase LPM yang berprestasi (IKU 15): LPM berprestasi / jumlah LPM × 100.",
    example: [5, 15],
    agregasi: [
      [
        "posisi",
        "Prestasi dinilai per LPM, bukan per kejadian: tahun = jumlah LPM berprestasi pada triwulan terakhir yang terisi (satu LPM dihitung sekali).",
      ],
      POSISI_STOK,
    ],
  }),
  fraction({
    code: "IKU16",
    order: 16,
    sasaran: "S3",
    name: "Swadaya Masyarakat terhadap Program pemberdayaan masyarakat",
    formulaDocument:
      "Jumlah Swadaya Masyarakat Mendukung Program Pemberdayaan Masyarakat / Total Program Pemberdayaan Masyarakat × 100%",
    kind: "persentase",
    numerator: [
      "Jumlah Swadaya Masyarakat Mendukung Program Pemberdayaan Masyarakat",
      "program_swadaya",
      "Jumlah program pemberdayaan yang didukung swadaya masyarakat (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Total Program Pemberdayaan Masyarakat",
      "total_program",
      "Jumlah seluruh program pemberdayaan masyarakat (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_PM,
    functionName: "PERSENTASE_SWADAYA",
    functionDescription:
      "Persentase program pemberdayaan masyarakat yang didukung swadaya (IKU 16): program swadaya / total program × 100.",
    example: [18, 24],
    agregasi: [
      [
        "akumulasi",
        "Program berjalan dan didukung swadaya sepanjang tahun: tahun = jumlah program (atau nilai swadaya) semua triwulan, tiap program dicatat sekali pada triwulan mulainya.",
      ],
      [
        "akumulasi",
        "Program pemberdayaan dimulai sepanjang tahun: tahun = jumlah program semua triwulan.",
      ],
    ],
    rupiahFunction: "PERSENTASE_SWADAYA_RUPIAH",
    notes: [
      '"Swadaya" dapat dibaca dua cara, dan instansi memilihnya di pengaturan (Swadaya IKU 16, CLI --swadaya). Bawaan: jumlah program pemberdayaan yang didukung swadaya masyarakat dibanding seluruh program (bilangan bulat, =IKU.PERSENTASE_SWADAYA). Rupiah: nilai swadaya masyarakat (Rp) dibanding nilai seluruh program pemberdayaan (Rp), boleh desimal (=IKU.PERSENTASE_SWADAYA_RUPIAH); lembar, validasi data, tanda sel dan Periksa Data mengikuti pilihan itu.',
    ],
  }),
  fraction({
    code: "IKU17",
    order: 17,
    sasaran: "S3",
    name: "PKK aktif (%)",
    formulaDocument: "Jumlah PKK Akif / Jumlah PKK × 100%",
    kind: "persentase",
    numerator: ["Jumlah PKK Aktif", "pkk_aktif", "Jumlah PKK yang aktif (bilangan bulat ≥ 0)."],
    denominator: ["Jumlah PKK", "jumlah_pkk", "Jumlah seluruh PKK (bilangan bulat > 0)."],
    satuan: "%",
    penanggungJawab: BIDANG_PM,
    functionName: "PERSENTASE_PKK_AKTIF",
    functionDescription: "Persentase PKK yang aktif (IKU 17): PKK aktif / jumlah PKK × 100.",
    example: [17, 19],
    agregasi: [["posisi", AKTIF], POSISI_STOK],
    notes: ['Dokumen menulis "Akif"; dibaca "Aktif".'],
  }),
  fraction({
    code: "IKU18",
    order: 18,
    sasaran: "S3",
    name: "Posyandu aktif (%)",
    formulaDocument: "Jumlah Posyandu Aktif / Total Posyandu × 100%",
    kind: "persentase",
    numerator: [
      "Jumlah Posyandu Aktif",
      "posyandu_aktif",
      "Jumlah posyandu aktif menurut kriteria Posyandu aktif (bilangan bulat ≥ 0).",
    ],
    denominator: [
      "Total Posyandu",
      "total_posyandu",
      "Jumlah seluruh posyandu (bilangan bulat > 0).",
    ],
    satuan: "%",
    penanggungJawab: BIDANG_PM,
    functionName: "PERSENTASE_POSYANDU_AKTIF",
    functionDescription:
      "Persentase posyandu aktif (IKU 18): posyandu aktif / total posyandu × 100.",
    example: [140, 172],
    agregasi: [["posisi", AKTIF], POSISI_STOK],
    notes: [
      "Pembagian strata Pratama/Madya/Purnama/Mandiri sudah tidak dipakai. Posyandu dihitung aktif bila memenuhi kriteria Posyandu aktif: buka (melaksanakan kegiatan) paling sedikit 10 kali setahun, memiliki paling sedikit 5 kader, dan cakupan sasarannya paling sedikit 50%. Kelembagaan Posyandu sebagai lembaga kemasyarakatan desa/kelurahan diatur Permendagri 13/2024 tentang Pos Pelayanan Terpadu.",
    ],
  }),
];
