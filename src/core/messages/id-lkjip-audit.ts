import { LKJIP_ID } from "./id-lkjip";
import { validationMessages } from "./validation";

/**
 * Words of "Audit Rumus" on the "Pengukuran Kinerja <tahun>" sheet (src/core/audit/lkjip.ts and
 * its rules in src/core/audit/rules/lkjip.*.ts), Indonesian; en-lkjip-audit.ts follows this
 * shape. Each rule reads its labels and message builders from here.
 */

/** Where a cell of the LKjIP sheet is, as the messages name it. */
export interface LkjipPlace {
  sheet: string;
  address: string;
  /** 1–4: the table; 0: the chart data below the tables. */
  table: number;
  /** The column's header on the sheet (its words are the sheet's, Indonesian), if it has one. */
  column?: string;
  /** The indicator or sasaran of the row, if it has one. */
  row?: string;
}

/** What the stale finding says was found where the current plan writes something else. */
export interface LkjipStaleDetail {
  tahun: number;
  /** The first cell whose layout differs, and what it holds and should hold. */
  address: string;
  found: string;
  expected: string;
}

export interface LkjipAuditWords {
  stale: {
    label: string;
    messages: {
      layout: (sheet: string, d: LkjipStaleDetail) => string;
      noYearSheet: (sheet: string, tahun: number) => string;
    };
  };
  copiedValue: {
    label: string;
    messages: {
      copied: (where: LkjipPlace, value: string) => string;
      cleared: (where: LkjipPlace) => string;
    };
  };
  formulaChanged: {
    label: string;
    messages: { changed: (where: LkjipPlace, expected: string) => string };
  };
  budgetInvalid: {
    label: string;
    messages: {
      /** `value`: what the cell holds (text, a boolean). */
      notNumber: (where: LkjipPlace, value: unknown) => string;
      negative: (where: LkjipPlace, value: string) => string;
      errorValue: (where: LkjipPlace, value: string) => string;
    };
  };
  /** The help page's paragraph on what Audit Rumus checks on the sheet (HTML). */
  help: string;
}

const place = (p: LkjipPlace): string => {
  const table = p.table === 0 ? "data grafik" : `tabel ${p.table}`;
  const detail = [p.column ? `kolom "${p.column}"` : "", p.row ?? ""].filter((s) => s !== "");
  return `Sel ${p.sheet}!${p.address} (${table}${detail.length > 0 ? `, ${detail.join(", ")}` : ""})`;
};

/** How staff write the sheet again: the pane's button and the CLI command. */
const rewrite = (tahun: number) =>
  `tulis ulang lembar dengan tombol "${LKJIP_ID.create}" di panel (bagian Pengukuran Kinerja, tahun ${tahun}) atau dengan iku lkjip BERKAS.xlsx --tahun ${tahun}; pagu dan realisasi anggaran yang diketik dipertahankan`;

export const LKJIP_AUDIT_ID: LkjipAuditWords = {
  stale: {
    label: "Tabel LKjIP usang",
    messages: {
      layout: (sheet, d) =>
        `Lembar ${sheet} tidak lagi sesuai dengan buku kerja: lembar tahun, Target Renstra atau katalog berubah sejak lembar ini ditulis (mis. sel ${d.address} berisi "${d.found}", seharusnya "${d.expected}"). Angka dan kolomnya tidak dapat dipercaya: ${rewrite(d.tahun)}. Rumus lembar ini diperiksa lagi setelah ditulis ulang.`,
      noYearSheet: (sheet, tahun) =>
        `Lembar ${sheet} membaca lembar IKU tahun ${tahun}, tetapi buku kerja tidak lagi memilikinya: rumus tabelnya menunjuk sel yang tidak ada. Buat lagi lembar tahun ${tahun}, lalu ${rewrite(tahun)}.`,
    },
  },
  copiedValue: {
    label: "Nilai disalin di tabel LKjIP",
    messages: {
      copied: (where, value) =>
        `${place(where)} berisi nilai yang diketik atau disalin ${value}, bukan rumus: angka tabel LKjIP harus dihitung dengan rumus dari lembar tahun dan Target Renstra agar tidak berbeda dari sumbernya. Kembalikan rumus yang diharapkan atau tulis ulang lembar.`,
      cleared: (where) =>
        `${place(where)} kosong, padahal seharusnya berisi rumus: tabel LKjIP tidak lengkap. Kembalikan rumus yang diharapkan atau tulis ulang lembar.`,
    },
  },
  formulaChanged: {
    label: "Rumus tabel LKjIP diubah",
    messages: {
      changed: (where, expected) =>
        `${place(where)}: rumus berbeda dari yang ditulis add-in untuk buku kerja ini (${expected}). Bila lembar tahun atau Target Renstra baru saja dibuat ulang, tulis ulang lembar ini; bila tidak, kembalikan rumus yang diharapkan.`,
    },
  },
  budgetInvalid: {
    label: "Isian anggaran LKjIP tidak valid",
    messages: {
      notNumber: (where, value) =>
        `${place(where)} berisi ${validationMessages.describe(value)}, bukan angka rupiah: serapan dan efisiensi sasaran ini tidak dapat dihitung. Ketik angkanya saja (tanpa "Rp" atau titik ribuan sebagai teks).`,
      negative: (where, value) =>
        `${place(where)} berisi angka negatif ${value}: anggaran tidak mungkin negatif. Periksa angkanya.`,
      errorValue: (where, value) =>
        `${place(where)} menunjukkan nilai kesalahan ${value}: serapan dan efisiensi sasaran ini tidak dapat dihitung. Perbaiki isian atau rumusnya.`,
    },
  },
  help: "Audit Rumus memeriksa lembar ini juga: setiap sel tabel yang seharusnya berisi rumus tetapi berisi angka yang diketik atau disalin (kesalahan), setiap rumus yang berbeda dari yang akan ditulis add-in untuk buku kerja saat ini (kesalahan, dengan rumus yang diharapkan), pagu atau realisasi anggaran yang bukan angka atau negatif (kesalahan), dan lembar yang sudah usang karena lembar tahun, Target Renstra atau katalog berubah sejak lembar ditulis (satu temuan: tulis ulang lembar; pagu dan realisasi anggaran tetap dipertahankan).",
};
