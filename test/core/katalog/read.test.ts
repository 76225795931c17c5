import type { GridValue, SheetGrid } from "../../../src/core/grid";
import { KATALOG_MAX_INDICATORS, KATALOG_SHEET } from "../../../src/core/katalog/layout";
import { readKatalog } from "../../../src/core/katalog/read";
import type { KatalogReadOptions } from "../../../src/core/katalog/read";
import { KATALOG_RULE_IDS } from "../../../src/core/katalog/rules";

const TWO = {
  min: 2,
  max: 2,
  needs: { id: "Komponen 1 dan Komponen 2", en: "Komponen 1 and Komponen 2" },
};
const OPTIONS: KatalogReadOptions = {
  kinds: {
    persentase: TWO,
    rasio: TWO,
    jumlah: { min: 1, max: 3, needs: { id: "1 sampai 3 komponen", en: "1 to 3 components" } },
    nilai: { min: 1, max: 1, needs: { id: "tepat Komponen 1 saja", en: "Komponen 1 only" } },
  },
  polarities: ["positif", "negatif"],
  agregasi: ["posisi", "akumulasi"],
};

const HEADER = [
  "Kode",
  "Sasaran",
  "Indikator",
  "Jenis",
  "Komponen 1",
  "Komponen 2",
  "Komponen 3",
  "Satuan",
  "Polaritas",
];

function sheet(rows: GridValue[][], origin = "A1"): SheetGrid {
  return { name: KATALOG_SHEET, origin, values: rows, formulas: rows };
}

const GOOD: GridValue[][] = [
  ["Perangkat Daerah", "Dinas Kesehatan Kota Contoh"],
  ["Tugas", "Melaksanakan urusan kesehatan"],
  ["Fungsi", "a. Perumusan kebijakan"],
  [null, "b. Pelaksanaan kebijakan"],
  [],
  HEADER,
  [
    "KES01",
    "Meningkatnya derajat kesehatan",
    "Persentase balita gizi buruk",
    "Persentase",
    "Balita gizi buruk",
    "Balita ditimbang",
    null,
    "%",
    "negatif",
  ],
  [null, null, null, null, null, null, null, null, null],
  [
    "KES02",
    "Meningkatnya derajat kesehatan",
    "Jumlah puskesmas",
    "jumlah",
    "Puskesmas induk",
    "Puskesmas pembantu",
    null,
    "unit",
    null,
  ],
];

describe("readKatalog", () => {
  it("reads the header block and the rows of a clean Katalog, skipping blank rows", () => {
    const read = readKatalog(sheet(GOOD), OPTIONS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.header).toEqual({
      perangkatDaerah: "Dinas Kesehatan Kota Contoh",
      tugas: "Melaksanakan urusan kesehatan",
      fungsi: ["Perumusan kebijakan", "Pelaksanaan kebijakan"],
    });
    expect(read.entries.map((e) => [e.kode, e.jenis, e.komponen, e.polaritas, e.row])).toEqual([
      ["KES01", "persentase", ["Balita gizi buruk", "Balita ditimbang"], "negatif", 6],
      ["KES02", "jumlah", ["Puskesmas induk", "Puskesmas pembantu"], "positif", 8],
    ]);
  });

  it("matches headers in any order, case-insensitively and ignoring spaces", () => {
    const rows = [
      ["KODE", "jenis", "komponen1", "Indikator", "SASARAN", "Komponen  2"],
      ["A1B", "rasio", "x", "Rasio", "S", "y"],
    ];
    const read = readKatalog(sheet(rows), OPTIONS);
    expect(read.ok && read.entries[0]).toMatchObject({
      kode: "A1B",
      jenis: "rasio",
      komponen: ["x", "y"],
    });
  });

  function findings(rows: GridValue[][]) {
    const read = readKatalog(sheet(rows), OPTIONS);
    expect(read.ok).toBe(false);
    return read.ok ? [] : read.findings.map((f) => [f.cell, f.rule, f.message]);
  }

  const row = (overrides: Record<number, GridValue>): GridValue[] => {
    const base: GridValue[] = [
      "IKU01",
      "Sasaran satu",
      "Indikator satu",
      "persentase",
      "a",
      "b",
      null,
      "%",
      "positif",
    ];
    Object.entries(overrides).forEach(([i, v]) => (base[Number(i)] = v));
    return base;
  };

  it("says where the table is missing", () => {
    expect(findings([["Nama", "x"]])).toEqual([
      ["A1", "katalog.noTable", expect.stringContaining('tulis "Kode" di kolom A')],
    ]);
  });

  it("says when the table has no rows", () => {
    expect(findings([HEADER])).toEqual([
      ["A1", "katalog.noRows", expect.stringContaining("sedikitnya satu baris")],
    ]);
  });

  it("lists every missing required column and a duplicated one", () => {
    expect(findings([["Kode", "Sasaran", "Sasaran"]])).toEqual([
      [
        "C1",
        "katalog.duplicateColumn",
        'Judul kolom "Sasaran" muncul dua kali (pertama di B1); hapus atau ganti salah satunya.',
      ],
      ["A1", "katalog.missingColumn", expect.stringContaining('kolom "Indikator"')],
      ["A1", "katalog.missingColumn", expect.stringContaining('kolom "Jenis"')],
      ["A1", "katalog.missingColumn", expect.stringContaining('kolom "Komponen 1"')],
    ]);
  });

  it("finds each mistake of the rows with its cell and collects them all", () => {
    expect(
      findings([
        HEADER,
        row({ 3: "indeks" }),
        row({ 0: "IKU01" }),
        row({ 0: "iku01", 2: null }),
        row({ 0: "1ABC" }),
        row({ 0: "IKU04", 5: null }),
        row({ 0: "IKU05", 3: "jumlah", 4: null, 5: null }),
        row({ 0: "IKU06", 8: "naik" }),
        row({ 0: "IKU07", 3: "jumlah", 5: null, 6: "c" }),
      ])
    ).toEqual([
      [
        "D2",
        "katalog.jenisUnknown",
        'Jenis "indeks" tidak dikenal; pilih salah satu: persentase, rasio, jumlah, nilai.',
      ],
      [
        "A3",
        "katalog.kodeDuplicate",
        "Kode IKU01 sudah dipakai di A2 (huruf besar dan kecil dianggap sama); setiap indikator perlu kode sendiri.",
      ],
      ["C4", "katalog.required", 'Kolom "Indikator" wajib diisi untuk setiap indikator.'],
      ["A4", "katalog.kodeDuplicate", expect.stringContaining("Kode iku01 sudah dipakai di A2")],
      [
        "A5",
        "katalog.kodeInvalid",
        expect.stringContaining("Kode 1ABC tidak dapat menjadi awal nama sel Excel"),
      ],
      ["F6", "katalog.componentCount", "Jenis persentase memerlukan Komponen 1 dan Komponen 2."],
      ["E7", "katalog.componentCount", "Jenis jumlah memerlukan 1 sampai 3 komponen."],
      [
        "I8",
        "katalog.polaritasUnknown",
        'Polaritas "naik" tidak dikenal; pilih positif atau negatif, atau kosongkan (positif).',
      ],
      [
        "G9",
        "katalog.componentGap",
        expect.stringContaining('"Komponen 3" terisi padahal komponen sebelumnya kosong'),
      ],
    ]);
  });

  it("refuses more than the limit of indicators at the first row over it", () => {
    const rows = [
      HEADER,
      ...Array.from({ length: KATALOG_MAX_INDICATORS + 3 }, (_, i) => row({ 0: `K${i}` })),
    ];
    expect(findings(rows)).toEqual([
      [
        `A${KATALOG_MAX_INDICATORS + 2}`,
        "katalog.tooMany",
        expect.stringContaining(`lebih dari ${KATALOG_MAX_INDICATORS} indikator`),
      ],
    ]);
  });

  it("gives addresses on the sheet when the grid does not start at A1", () => {
    const read = readKatalog(sheet([HEADER, row({ 3: "indeks" })], "A3"), OPTIONS);
    expect(!read.ok && read.findings[0].cell).toBe("D4");
  });

  it("speaks English when asked", () => {
    const read = readKatalog(sheet([HEADER, row({ 8: "up" })]), { ...OPTIONS, lang: "en" });
    expect(!read.ok && read.findings[0]).toMatchObject({
      cell: "I2",
      messageLang: "en",
      message:
        'The polarity "up" is unknown; choose positif or negatif, or leave it empty (positif).',
    });
  });

  describe("the optional Agregasi column", () => {
    const withAgregasi = (values: GridValue[]) => [
      [...HEADER, "Agregasi"],
      ...values.map((v, i) => [...row({ 0: `K${i}` }), v]),
    ];

    it("reads one word for every component, one per component, or none (the default)", () => {
      const read = readKatalog(
        sheet(withAgregasi(["Akumulasi", "akumulasi , posisi", null, "posisi;akumulasi"])),
        OPTIONS
      );
      expect(read.ok && read.entries.map((e) => e.agregasi)).toEqual([
        ["akumulasi", "akumulasi"],
        ["akumulasi", "posisi"],
        null,
        ["posisi", "akumulasi"],
      ]);
      // No column at all: every entry takes the default.
      const without = readKatalog(sheet([HEADER, row({})]), OPTIONS);
      expect(without.ok && without.entries[0].agregasi).toBeNull();
    });

    it("names the cell of a wrong word or a wrong count, in both languages", () => {
      expect(findings(withAgregasi(["jumlah", "posisi, posisi, akumulasi", "posisi,"]))).toEqual([
        [
          "J2",
          "katalog.agregasiUnknown",
          'Agregasi "jumlah" tidak dikenal; tulis posisi atau akumulasi (satu kata untuk semua komponen, atau satu per komponen dipisah koma), atau kosongkan.',
        ],
        [
          "J3",
          "katalog.agregasiCount",
          "Kolom Agregasi berisi 3 kata, padahal indikator ini memiliki 2 komponen: tulis satu kata untuk semua komponen, atau tepat 2 kata dipisah koma.",
        ],
        ["J4", "katalog.agregasiUnknown", expect.stringContaining('Agregasi "" tidak dikenal')],
      ]);
      const en = readKatalog(sheet(withAgregasi(["posisi, akumulasi, posisi"])), {
        ...OPTIONS,
        lang: "en",
      });
      expect(!en.ok && en.findings[0]).toMatchObject({
        cell: "J2",
        messageLang: "en",
        message:
          "The Agregasi column holds 3 words but this indicator has 2 components: write one word for every component, or exactly 2 words separated by commas.",
      });
    });
  });

  it("has a test above for every rule", () => {
    const tested = [
      "noTable",
      "noRows",
      "missingColumn",
      "duplicateColumn",
      "required",
      "kodeInvalid",
      "kodeDuplicate",
      "jenisUnknown",
      "componentCount",
      "componentGap",
      "polaritasUnknown",
      "agregasiUnknown",
      "agregasiCount",
      "tooMany",
    ];
    expect(KATALOG_RULE_IDS.map((id) => id.replace("katalog.", "")).sort()).toEqual(tested.sort());
  });
});
