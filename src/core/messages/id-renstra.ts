import type { RenstraCliWords, RenstraHelpWords, RenstraPaneWords, RenstraWords } from "./renstra";

/** Indonesian words of the Target Renstra checks and of `iku renstra`. */
export const RENSTRA_WORDS_ID: RenstraWords = {
  what: {
    awal: (o) => `Kondisi awal IKU ${o} (Target Renstra)`,
    akhir: (o) => `Kondisi akhir IKU ${o} (Target Renstra)`,
    target: (o, t) => `Target ${t} IKU ${o} (Target Renstra)`,
    mulai: (o) => `Tahun mulai IKU ${o} (Target Renstra)`,
    selesai: (o) => `Tahun selesai IKU ${o} (Target Renstra)`,
  },
  yearOutside: (what, value, awal, akhir) =>
    `${what} berisi ${value}; isi tahun antara ${awal} dan ${akhir}, atau kosongkan bila indikator berlaku sepanjang periode.`,
  yearOrder: (mulai, selesai, o) =>
    `Periode IKU ${o} berakhir (${selesai}) sebelum dimulai (${mulai}); tukar kedua tahunnya.`,
  outsidePeriod: (what, mulai, selesai) =>
    `${what} terisi, padahal periode indikator ini ${mulai}–${selesai}; target ini tidak dipakai. Kosongkan atau ubah periode indikatornya.`,
  direction: (o, awal, akhir, polarity) =>
    polarity === "positif"
      ? `Kondisi akhir IKU ${o} (${akhir}) lebih rendah daripada kondisi awalnya (${awal}), padahal indikator ini makin tinggi makin baik. Periksa kembali angka Renstra.`
      : `Kondisi akhir IKU ${o} (${akhir}) lebih tinggi daripada kondisi awalnya (${awal}), padahal indikator ini makin rendah makin baik. Periksa kembali angka Renstra.`,
  periode: {
    format: (text) => `"${text}" bukan periode; tulis tahun awal dan akhir, misalnya 2025-2029.`,
    order: (awal, akhir) => `Tahun akhir (${akhir}) harus sesudah tahun awal (${awal}).`,
    years: (min, max) => `Tahun periode harus antara ${min} dan ${max}.`,
    length: (max) => `Periode Renstra paling panjang ${max} tahun (biasanya 5).`,
  },
};

export const RENSTRA_CLI_ID: RenstraCliWords = {
  help: `iku renstra: menambahkan atau memperbarui lembar "Target Renstra" di buku kerja IKU: per indikator
periode (tahun mulai dan selesai), kondisi awal, target tiap tahun dan kondisi akhir, diisi staf.
Lembar tahunan (iku generate --update --tahun N) mengambil targetnya dari lembar ini dengan rumus.

Pemakaian:
  iku renstra BERKAS.xlsx --periode 2025-2029 [--nama "…"]
  iku renstra BERKAS.xlsx --update [--periode 2026-2030] [--hapus-catatan]

Pilihan:
  --periode AWAL-AKHIR  tahun pertama dan terakhir Renstra (paling panjang 10 tahun, biasanya 5).
                        Dengan --update: bawaan periode lembar yang ada.
  --update              membuat ulang lembar "Target Renstra" yang ada; semua isian dipertahankan
                        menurut namanya.
  --hapus-catatan       dengan --update: boleh menghapus isian yang tidak memiliki tempat di lembar baru
                        (tahun di luar periode baru) dan catatan di dalam tabel; tanpa ini perintah
                        menolak dan menyebut selnya.
  --nama TEKS           nama perangkat daerah di judul (bawaan: dari katalog).

Berkas yang belum ada dibuat baru. Kode keluar: 0 berhasil; 2 pilihan salah, berkas tidak dapat
dipakai, atau perubahan ditolak.
`,
  missingFile: "Berikan satu berkas .xlsx.",
  needPeriode: "Berikan --periode, misalnya --periode 2025-2029.",
  foreign: (s) =>
    `Buku kerja sudah memiliki lembar "${s}" yang tidak dibuat oleh add-in; lembar itu tidak diubah. Ganti namanya lalu coba lagi.`,
  exists: (file, s) =>
    `${file} sudah memiliki lembar "${s}". Pakai --update untuk membuatnya ulang (isian dipertahankan).`,
  missing: (file) =>
    `${file} belum memiliki lembar "Target Renstra"; jalankan tanpa --update dengan --periode untuk membuatnya.`,
  lost: (file, cells) =>
    `${file} tidak diubah: isian ini tidak memiliki tempat di lembar baru dan akan hilang: ${cells.join(", ")}. ` +
    `Pilih periode yang mencakupnya, atau jalankan lagi dengan --hapus-catatan.`,
  written: (file, s, p, n, k, created) =>
    `Lembar "${s}" (periode ${p}, ${n} indikator) ${created ? "ditambahkan ke" : "diperbarui di"} ${file}; ${k} isian dipertahankan.`,
  relink: (years) =>
    `Letak sel target berubah: perbarui lembar tahun ${years.join(", ")} (iku generate --update BERKAS --tahun N) agar targetnya kembali tertaut.`,
};

export const RENSTRA_PANE_ID: RenstraPaneWords = {
  heading: "Target Renstra",
  intro:
    "Lembar per indikator: periode, kondisi awal, target tiap tahun dan kondisi akhir Renstra, diisi staf. Lembar tahun yang dibuat sesudahnya mengambil targetnya dari sini dengan rumus.",
  periodeLabel: "Periode Renstra",
  periodeHint: "Tahun awal dan akhir, misalnya 2025-2029.",
  create: "Buat atau perbarui lembar Target Renstra",
  busy: "Menulis lembar Target Renstra…",
  written: (o) =>
    `Lembar "${o.sheet}" (periode ${o.periode}) ${o.created ? "dibuat" : "diperbarui"}; ${o.kept} isian dipertahankan.`,
  relink: (years) =>
    `Letak sel target berubah: buat ulang lembar IKU tahun ${years.join(", ")} agar targetnya kembali tertaut.`,
  removeAndWrite: "Hapus isian itu dan perbarui",
};

export const RENSTRA_HELP_ID: RenstraHelpWords = {
  heading: "Lembar Target Renstra",
  intro: (sheet, max) =>
    `Lembar <code>${sheet}</code> memuat target Renstra per indikator: periode indikator (tahun mulai dan selesai; kosong berarti sepanjang periode lembar), kondisi awal (tahun sebelum periode), target tiap tahun dan kondisi akhir. Semua angkanya diketik staf di sel kuning; lembar lain dilindungi. Periodenya biasanya 5 tahun, paling panjang ${max} tahun.`,
  columnsHead: ["Kolom", "Nama sel", "Isian"],
  columns: [
    {
      what: "Mulai, Selesai",
      name: "IKU06_MULAI, IKU06_SELESAI",
      rule: "tahun di dalam periode lembar",
    },
    {
      what: "Kondisi Awal",
      name: "IKU06_AWAL",
      rule: "angka pada skala indikator (cacah untuk jumlah, 0–100 untuk nilai)",
    },
    {
      what: "Target tiap tahun",
      name: "IKU06_TARGET_2027",
      rule: "angka 0 atau lebih, atau rentang seperti 80-85 (IKU 1: juga predikat SAKIP)",
    },
    { what: "Kondisi Akhir", name: "IKU06_AKHIR", rule: "seperti target" },
  ],
  link: (formula, name) =>
    `Lembar IKU suatu tahun yang dibuat (atau dibuat ulang) sesudah Target Renstra mengambil Target setiap indikator dengan rumus, misalnya <code>${formula}</code> untuk <code>${name}</code>. Target Renstra yang kosong tetap kosong di lembar tahun (bukan 0), sehingga capaiannya tampil seperti target yang belum diisi. Rumus merujuk alamat sel, bukan nama, karena LibreOffice tidak membaca nama lembar lain; bila lembar Target Renstra dibuat ulang dengan periode lain, buat ulang juga lembar tahunnya.`,
  pk: "Target Perjanjian Kinerja yang direvisi diketik langsung di sel Target lembar tahun, menimpa rumusnya. Angka itu dipertahankan saat lembar dibuat ulang, dan Audit Rumus memberi peringatan bila berbeda dari target Renstra tahun itu, agar alasannya dijelaskan di LKjIP.",
  checks: [
    "Periksa Data memeriksa setiap isian lembar ini: jenis dan rentang angka (kesalahan), tahun mulai/selesai di luar periode atau terbalik (kesalahan), target yang diisi di luar periode indikator (peringatan), dan kondisi akhir yang berlawanan arah polaritas terhadap kondisi awal (peringatan; Renstra boleh merencanakan penurunan).",
    "Membuat ulang lembar (periode lain, Katalog berubah) mempertahankan setiap isian menurut namanya; isian yang tidak memiliki tempat di lembar baru dan catatan di dalam tabel hanya dihapus bila Anda setuju.",
  ],
  howTo: (cli) =>
    `Buat dari Panel IKU (bagian Target Renstra di tab Buat), atau dengan <code>${cli}</code>.`,
};
