import type { Agency, Sasaran } from "./schema";

/** Header block of the IKU document (1. Nama, 2. Tugas, 3. Fungsi). */
export const AGENCY: Agency = {
  nama: "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang",
  singkatan: "DSPM",
  tugas: "Melaksanakan urusan pemerintahan di Bidang Sosial dan Pemberdayaan Masyarakat",
  // Fungsi a and d are blank in the extract; they were placed by elimination (iku-domain.md §1).
  fungsi: [
    {
      letter: "a",
      text: "Perumusan kebijakan teknis lingkup Bidang Sosial dan Bidang Pemberdayaan Masyarakat;",
    },
    { letter: "b", text: "Pengoordinasian, pengendalian seluruh kegiatan pada unit kerja dinas;" },
    {
      letter: "c",
      text: "Pengoordinasian urusan administrasi kesekretariatan dan keuangan dinas;",
    },
    {
      letter: "d",
      text: "Pembinaan terhadap pelaksanaan tugas pejabat struktural, kelompok jabatan fungsional dan staf di lingkungan dinas;",
    },
    { letter: "e", text: "Memberikan saran dan pertimbangan kepada Kepala Daerah;" },
    { letter: "f", text: "Pelaksanaan pelaporan tugas dinas sebagai pertanggungjawaban;" },
    { letter: "g", text: "Melaksanakan tugas kedinasan lain yang diberikan oleh atasan;" },
  ],
  notes: [
    'Fungsi b dan c: dokumen menulis "Pengkoordinasian"; ditulis "Pengoordinasian" sesuai EYD (k pada "koordinasi" luluh setelah peng-).',
    'Fungsi f: dokumen menulis "pertanggung jawaban"; ditulis "pertanggungjawaban" sesuai EYD (gabungan kata yang mendapat awalan dan akhiran sekaligus ditulis serangkai).',
  ],
};

export const SASARAN: Sasaran[] = [
  {
    code: "S1",
    no: 1,
    name: "Meningkatnya Akuntabilitas dan Kinerja Pelayanan Berdasarkan Tugas dan Fungsi",
  },
  {
    code: "S2",
    no: 2,
    name: "Meningkatnya Kualitas Hidup Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)",
  },
  {
    code: "S3",
    no: 3,
    name: "Meningkatnya Peran Serta dan Keberdayaan Masyarakat/Lembaga Dalam Pembangunan Wilayah",
  },
];
