/*
 * One spec per helper function (PERSENTASE, RASIO, JUMLAH, NILAI, PERTUMBUHAN, PENURUNAN,
 * PERSENTASE_SWADAYA_RUPIAH, CAPAIAN, KATEGORI_CAPAIAN, PREDIKAT_SAKIP),
 * called through the JSDoc wrappers with a fake CustomFunctions runtime.
 */
import { runFunction } from "../../src/core/calculation";
import { CellError } from "../../src/core/errors";
import { functionMessages as M } from "../../src/core/messages/functions";
import {
  CAPAIAN,
  JUMLAH,
  KATEGORI_CAPAIAN,
  NILAI,
  PENURUNAN,
  PERSENTASE,
  PERSENTASE_SWADAYA,
  PERSENTASE_SWADAYA_RUPIAH,
  PERTUMBUHAN,
  PREDIKAT_SAKIP,
  RASIO,
} from "../../src/functions/functions";
import { call, ErrorCode, expectError, expectValue, installCustomFunctions } from "./fake-runtime";

installCustomFunctions();

const INVOCATION = { address: "Sheet1!A1" };

describe("IKU.PERSENTASE_SWADAYA_RUPIAH (IKU 16 dalam rupiah)", () => {
  const F = PERSENTASE_SWADAYA_RUPIAH;
  test("rupiah dengan desimal: 1.250.000,50 dari 2.500.001 → 50", () =>
    expectValue(call(F, 1250000.5, 2500001), 50));
  test("nilai program berdesimal diterima", () => expectValue(call(F, 25.5, 51), 50));
  test("swadaya melebihi nilai program → #VALUE!", () =>
    expectError(
      call(F, 50000001, 50000000),
      ErrorCode.invalidValue,
      M.subsetLarger("nilai_swadaya", "nilai_program")
    ));
  test("nilai program 0 → #DIV/0!; 0 dari 0 → n.a.", () => {
    expectError(call(F, 5, 0), ErrorCode.divisionByZero);
    expectValue(call(F, 0, 0), "n.a.");
  });
  test("negatif, teks, nilai logika → #VALUE!; kosong → #N/A", () => {
    expectError(call(F, -0.5, 10), ErrorCode.invalidValue, M.negative("nilai_swadaya"));
    expectError(call(F, "Rp 5", 10), ErrorCode.invalidValue, /'nilai_swadaya' harus berupa angka/);
    expectError(call(F, 5, true), ErrorCode.invalidValue, /'nilai_program'.*nilai logika/);
    expectError(call(F, null, 10), ErrorCode.notAvailable, M.empty("nilai_swadaya"));
  });
  test("IKU.PERSENTASE_SWADAYA tetap menghitung program: desimal ditolak", () => {
    expectValue(call(PERSENTASE_SWADAYA, 18, 24), 75);
    expectError(
      call(PERSENTASE_SWADAYA, 18.5, 24),
      ErrorCode.invalidValue,
      M.notWhole("program_swadaya")
    );
  });
});

describe("IKU.CAPAIAN dengan target predikat (IKU 1)", () => {
  test("tercapai dari batas bawah pita ke atas: BB (> 70)", () => {
    expectValue(call(CAPAIAN, 72.5, "BB"), 100);
    expectValue(call(CAPAIAN, 85, "BB"), 100); // A di atas BB: tercapai, bukan 121,43
    expectValue(call(CAPAIAN, 70.01, "BB"), 100);
    expectValue(call(CAPAIAN, 70, "BB"), 100); // tepat di batas: 70 ÷ 70, tanpa lompatan
    expectValue(call(CAPAIAN, 69.995, "BB"), 100); // tercetak 70,00
  });
  test("di bawah pita: realisasi ÷ batas bawah × 100", () => {
    expectValue(call(CAPAIAN, 56, "BB"), 80);
    expectValue(call(CAPAIAN, 69.99, "BB"), (69.99 / 70) * 100);
    expectValue(call(CAPAIAN, 81, "AA"), 90);
    expectValue(call(CAPAIAN, 90, "AA"), 100);
    expectValue(call(CAPAIAN, 15, "C"), 50);
    expectValue(call(CAPAIAN, 0, "D"), 100);
  });
  test("huruf kecil dan spasi di sekitarnya diterima; selain AA … D → #VALUE!", () => {
    expectValue(call(CAPAIAN, 56, " bb "), 80);
    expectValue(call(CAPAIAN, 56, [["BB"]]), 80);
    for (const t of ["E", "BBB", "B B", "A|BB"])
      expectError(call(CAPAIAN, 56, t), ErrorCode.invalidValue);
  });
  test('predikat dibaca makin tinggi makin baik, juga dengan polaritas "negatif"', () =>
    expectValue(call(CAPAIAN, 56, "BB", "negatif"), 80));
});

describe("IKU.PERSENTASE", () => {
  test("jalur normal: 45 dari 60 → 75", () => expectValue(call(PERSENTASE, 45, 60), 75));
  test("pembilang = penyebut → 100", () => expectValue(call(PERSENTASE, 60, 60), 100));
  test("bagian melebihi keseluruhan → #VALUE!", () =>
    expectError(
      call(PERSENTASE, 61, 60),
      ErrorCode.invalidValue,
      M.subsetLarger("pembilang", "penyebut")
    ));
  test("penyebut 0 → #DIV/0!", () => expectError(call(PERSENTASE, 3, 0), ErrorCode.divisionByZero));
  test('0 dari 0 (tidak ada kejadian) → "n.a."', () => expectValue(call(PERSENTASE, 0, 0), "n.a."));
  test("teks, nilai logika, negatif, pecahan → #VALUE!", () => {
    expectError(call(PERSENTASE, "a", 1), ErrorCode.invalidValue, /'pembilang' harus berupa angka/);
    expectError(call(PERSENTASE, 1, false), ErrorCode.invalidValue, /'penyebut'.*nilai logika/);
    expectError(call(PERSENTASE, -1, 5), ErrorCode.invalidValue, M.negative("pembilang"));
    expectError(call(PERSENTASE, 1, 5.5), ErrorCode.invalidValue, M.notWhole("penyebut"));
  });
  test("kosong → #N/A", () => {
    expectError(call(PERSENTASE, null, 5), ErrorCode.notAvailable, M.empty("pembilang"));
    expectError(call(PERSENTASE, 5, ""), ErrorCode.notAvailable, M.empty("penyebut"));
  });
  test("invocation diabaikan", () => expectValue(call(PERSENTASE, 1, 4, INVOCATION), 25));
});

describe("IKU.RASIO", () => {
  test("jalur normal: hasil bagi biasa", () => expectValue(call(RASIO, 45, 15), 3));
  test("pembilang boleh lebih besar", () => expectValue(call(RASIO, 7, 2), 3.5));
  test("pembilang = penyebut → 1", () => expectValue(call(RASIO, 2, 2), 1));
  test("penyebut 0 → #DIV/0!", () => expectError(call(RASIO, 1, 0), ErrorCode.divisionByZero));
  test("teks, nilai logika, negatif, pecahan → #VALUE!", () => {
    expectError(call(RASIO, "x", 1), ErrorCode.invalidValue, /'pembilang'/);
    expectError(call(RASIO, true, 1), ErrorCode.invalidValue, /nilai logika TRUE/);
    expectError(call(RASIO, 1, -2), ErrorCode.invalidValue, M.negative("penyebut"));
    expectError(call(RASIO, 1.5, 2), ErrorCode.invalidValue, M.notWhole("pembilang"));
  });
  test("kosong → #N/A", () =>
    expectError(call(RASIO, 1, null), ErrorCode.notAvailable, M.empty("penyebut")));
  test("invocation diabaikan", () => expectValue(call(RASIO, 9, 3, INVOCATION), 3));
});

describe("IKU.CAPAIAN", () => {
  test("positif: realisasi / target × 100", () =>
    expectValue(call(CAPAIAN, 75, 80, "positif"), 93.75));
  test("polaritas dihilangkan (null dari Excel) → positif", () => {
    expectValue(call(CAPAIAN, 75, 80, null), 93.75);
    expectValue(call(CAPAIAN, 75, 80, undefined), 93.75);
    expectValue(call(CAPAIAN, 75, 80, ""), 93.75);
  });
  test("negatif: (2 × target − realisasi) / target × 100", () =>
    expectValue(call(CAPAIAN, 75, 80, "negatif"), 106.25));
  test("polaritas tidak peka huruf besar dan spasi", () =>
    expectValue(call(CAPAIAN, 75, 80, " Negatif "), 106.25));
  test("tidak dibatasi 100", () => expectValue(call(CAPAIAN, 165, 100, "positif"), 165));
  test("bukan bilangan bulat boleh", () => expectValue(call(CAPAIAN, 7.5, 10, null), 75));
  test("realisasi = target → 100", () => expectValue(call(CAPAIAN, 80, 80, "negatif"), 100));
  test("target 0 → #DIV/0!", () =>
    expectError(call(CAPAIAN, 5, 0, null), ErrorCode.divisionByZero));
  test("hasil melampaui batas angka → #VALUE!, bukan tak hingga", () =>
    expectError(call(CAPAIAN, 1, 5e-324, null), ErrorCode.invalidValue, M.tooLarge()));
  test("polaritas tidak dikenal → #VALUE!", () => {
    expectError(
      call(CAPAIAN, 1, 2, "naik"),
      ErrorCode.invalidValue,
      M.unknownPolarity("polaritas", "naik")
    );
    expectError(call(CAPAIAN, 1, 2, 1), ErrorCode.invalidValue, /polaritas/);
    expectError(call(CAPAIAN, 1, 2, true), ErrorCode.invalidValue, /polaritas/);
  });
  test("target negatif, teks, nilai logika → #VALUE!", () => {
    expectError(call(CAPAIAN, 1, -2, null), ErrorCode.invalidValue, M.negative("target"));
    expectError(call(CAPAIAN, "1", 2, null), ErrorCode.invalidValue, /'realisasi'/);
    expectError(call(CAPAIAN, 1, true, null), ErrorCode.invalidValue, /'target'/);
  });
  test("kosong → #N/A", () => {
    expectError(call(CAPAIAN, null, 2, null), ErrorCode.notAvailable, M.empty("realisasi"));
    expectError(call(CAPAIAN, 1, "", null), ErrorCode.notAvailable, M.empty("target"));
  });
  test("realisasi di bawah 0 (pertumbuhan yang menyusut): capaian 0, tidak negatif", () => {
    expectValue(call(CAPAIAN, -2, 5, null, null), 0);
    expectValue(call(CAPAIAN, -2, 5, "negatif", null), 240); // (2 × 5 + 2) / 5 × 100
  });
  test("negatif: R = 2T → 0, R > 2T → 0 (tidak negatif)", () => {
    expectValue(call(CAPAIAN, 20, 10, "negatif", null), 0);
    expectValue(call(CAPAIAN, 25, 10, "negatif", null), 0);
  });
  test("target 0 berpolaritas negatif (tanpa toleransi): R = 0 → 100, R > 0 → 0", () => {
    expectValue(call(CAPAIAN, 0, 0, "negatif", null), 100);
    expectValue(call(CAPAIAN, 2, 0, "negatif", null), 0);
  });
  test("realisasi dibulatkan seperti tercetak (2 desimal, atau sesuai argumen)", () => {
    expectValue(call(CAPAIAN, 90.996, 100, null, null), 91);
    expectValue(call(CAPAIAN, 90.004, 100, null, null), 90);
    expectValue(call(CAPAIAN, 90.4, 100, null, 0), 90);
    expectError(call(CAPAIAN, 1, 2, null, 1.5), ErrorCode.invalidValue, M.decimals("desimal", 4));
    expectError(call(CAPAIAN, 1, 2, null, 9), ErrorCode.invalidValue, M.decimals("desimal", 4));
  });
  test("target rentang sebagai teks: di bawah, di dalam, di atas", () => {
    expectValue(call(CAPAIAN, 72, "80-85", null, null), 90);
    expectValue(call(CAPAIAN, 82, "80 – 85", null, null), 100);
    expectValue(call(CAPAIAN, 93.5, "80-85", null, null), (93.5 / 85) * 100);
    expectValue(call(CAPAIAN, 72, "80-85", "negatif", null), ((2 * 80 - 72) / 80) * 100);
    expectValue(call(CAPAIAN, 93.5, "80-85", "negatif", null), ((2 * 85 - 93.5) / 85) * 100);
    expectValue(call(CAPAIAN, 80.25, "80,5-85", null, null), (80.25 / 80.5) * 100);
  });
  test("target rentang dari dua sel (batas bawah, batas atas)", () => {
    expectValue(call(CAPAIAN, 82, [[80, 85]], null, null), 100);
    expectValue(call(CAPAIAN, 72, [[80], [85]], null, null), 90);
    expectValue(call(CAPAIAN, 50, [[100]], null, null), 50);
  });
  test("rentang terbalik atau bukan rentang → #VALUE!", () => {
    expectError(
      call(CAPAIAN, 82, "85-80", null, null),
      ErrorCode.invalidValue,
      M.rangeOrder("target")
    );
    expectError(
      call(CAPAIAN, 82, [[85, 80]], null, null),
      ErrorCode.invalidValue,
      M.rangeOrder("target")
    );
    expectError(call(CAPAIAN, 82, "80-", null, null), ErrorCode.invalidValue, /'target'/);
    expectError(call(CAPAIAN, 82, "delapan puluh", null, null), ErrorCode.invalidValue, /'target'/);
  });
  test('realisasi "n.a." (tidak ada kejadian) → "n.a."', () => {
    expectValue(call(CAPAIAN, "n.a.", 80, null, null), "n.a.");
    expectValue(call(CAPAIAN, "N.A.", "80-85", "negatif", null), "n.a.");
    expectError(call(CAPAIAN, "n.a.", null, null, null), ErrorCode.notAvailable, M.empty("target"));
  });
  test("invocation diabaikan", () =>
    expectValue(call(CAPAIAN, 50, 100, null, null, INVOCATION), 50));
});

describe("IKU.KATEGORI_CAPAIAN", () => {
  test.each([
    [91, "Sangat Tinggi"],
    [90.996, "Sangat Tinggi"], // tercetak 91,00
    [90.5, "Sangat Tinggi"], // celah 90–91 Permendagri 86/2017, dibaca dengan batas atas
    [90.004, "Tinggi"], // tercetak 90,00
    [90, "Tinggi"],
    [90.99, "Sangat Tinggi"],
    [76, "Tinggi"],
    [75.5, "Tinggi"],
    [75, "Sedang"],
    [66, "Sedang"],
    [65, "Rendah"],
    [51, "Rendah"],
    [50.5, "Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-20, "Sangat Rendah"],
    [165, "Sangat Tinggi"],
  ])("%p → %s", (capaian, kategori) => expectValue(call(KATEGORI_CAPAIAN, capaian), kategori));
  test("batas dan nama kategori instansi", () => {
    const batas = [[100, 80, 60]];
    const label = [["Sangat Baik", "Baik", "Cukup", "Kurang"]];
    expectValue(call(KATEGORI_CAPAIAN, 100.5, batas, label, null), "Sangat Baik");
    expectValue(call(KATEGORI_CAPAIAN, 100, batas, label, null), "Baik");
    expectValue(call(KATEGORI_CAPAIAN, 59.999, batas, label, null), "Kurang");
    expectValue(call(KATEGORI_CAPAIAN, 90.4, null, null, 0), "Tinggi");
    expectValue(call(KATEGORI_CAPAIAN, 90.5, null, null, 0), "Sangat Tinggi");
  });
  test("batas dan label yang salah → #VALUE!", () => {
    expectError(
      call(KATEGORI_CAPAIAN, 80, [[60, 80]], [["a", "b", "c"]], null),
      ErrorCode.invalidValue,
      M.boundsOrder("batas")
    );
    expectError(
      call(KATEGORI_CAPAIAN, 80, [[90, 80]], [["a", "b"]], null),
      ErrorCode.invalidValue,
      M.labelsCount("label", 3)
    );
    expectError(
      call(KATEGORI_CAPAIAN, 80, [["x"]], null, null),
      ErrorCode.invalidValue,
      M.boundsNotNumbers("batas")
    );
  });
  test('"n.a." → "n.a."', () =>
    expectValue(call(KATEGORI_CAPAIAN, "n.a.", null, null, null), "n.a."));
  test("teks, nilai logika, tak hingga → #VALUE!", () => {
    expectError(
      call(KATEGORI_CAPAIAN, "90"),
      ErrorCode.invalidValue,
      /'capaian' harus berupa angka/
    );
    expectError(call(KATEGORI_CAPAIAN, false), ErrorCode.invalidValue, /nilai logika/);
    expectError(call(KATEGORI_CAPAIAN, Infinity), ErrorCode.invalidValue, /tak hingga/);
  });
  test("kosong → #N/A", () =>
    expectError(call(KATEGORI_CAPAIAN, null), ErrorCode.notAvailable, M.empty("capaian")));
  test("invocation diabaikan", () =>
    expectValue(call(KATEGORI_CAPAIAN, 95, null, null, null, INVOCATION), "Sangat Tinggi"));
});

describe("IKU.PREDIKAT_SAKIP", () => {
  test.each([
    [100, "AA"],
    [90.01, "AA"],
    [90, "A"],
    [80.01, "A"],
    [80, "BB"],
    [70.01, "BB"],
    [70, "B"],
    [60.01, "B"],
    [60, "CC"],
    [50.01, "CC"],
    [50, "C"],
    [30.01, "C"],
    [30, "D"],
    [0, "D"],
  ])("%p → %s", (nilai, predikat) => expectValue(call(PREDIKAT_SAKIP, nilai), predikat));
  test("di luar 0–100 → #VALUE!", () => {
    expectError(call(PREDIKAT_SAKIP, 100.5), ErrorCode.invalidValue, M.outOfRange("nilai", 0, 100));
    expectError(call(PREDIKAT_SAKIP, -1), ErrorCode.invalidValue, M.negative("nilai"));
  });
  test("teks, nilai logika → #VALUE!", () => {
    expectError(call(PREDIKAT_SAKIP, "AA"), ErrorCode.invalidValue, /'nilai' harus berupa angka/);
    expectError(call(PREDIKAT_SAKIP, true), ErrorCode.invalidValue, /nilai logika/);
  });
  test("kosong → #N/A", () =>
    expectError(call(PREDIKAT_SAKIP, ""), ErrorCode.notAvailable, M.empty("nilai")));
  test("invocation diabaikan", () => expectValue(call(PREDIKAT_SAKIP, 78.5, INVOCATION), "BB"));
});

/* The generic functions of the other kinds: the same rules and messages as the named ones. */

describe("IKU.JUMLAH", () => {
  test("jalur normal: jumlah bagian, rentang diratakan", () =>
    expectValue(call(JUMLAH, [[[4, 2]], [[3]]]), 9));
  test("teks, negatif, pecahan → #VALUE!", () => {
    expectError(
      call(JUMLAH, [[[4]], [["x"]]]),
      ErrorCode.invalidValue,
      /'bagian' harus berupa angka/
    );
    expectError(call(JUMLAH, [[[-1]]]), ErrorCode.invalidValue, M.negative("bagian"));
    expectError(call(JUMLAH, [[[2.5]]]), ErrorCode.invalidValue, M.notWhole("bagian"));
  });
  test("tanpa argumen → #N/A; kosong → #N/A", () => {
    expect(runFunction("JUMLAH", [])).toEqual(new CellError("NA", M.noArgs("JUMLAH")));
    expectError(call(JUMLAH, [[[1, null]]]), ErrorCode.notAvailable, M.empty("bagian"));
  });
  test("nilai kesalahan di argumen diteruskan", () =>
    expectError(call(JUMLAH, [[[1, new CellError("DIV0", "x")]]]), ErrorCode.divisionByZero));
});

describe("IKU.NILAI", () => {
  test("jalur normal: nilai apa adanya", () => {
    expectValue(call(NILAI, 78.5), 78.5);
    expectValue(call(NILAI, 0), 0);
    expectValue(call(NILAI, 100), 100);
  });
  test("di luar 0–100, teks → #VALUE!", () => {
    expectError(call(NILAI, 100.5), ErrorCode.invalidValue, M.outOfRange("nilai", 0, 100));
    expectError(call(NILAI, -1), ErrorCode.invalidValue, M.negative("nilai"));
    expectError(call(NILAI, "80"), ErrorCode.invalidValue, /'nilai' harus berupa angka/);
  });
  test("kosong → #N/A; terlalu banyak argumen → #VALUE!", () => {
    expectError(call(NILAI, null), ErrorCode.notAvailable, M.empty("nilai"));
    expect(runFunction("NILAI", [1, 2])).toEqual(new CellError("VALUE", M.tooManyArgs("NILAI", 1)));
  });
  test("nilai kesalahan di argumen diteruskan", () =>
    expectError(
      call(NILAI, new CellError("NA", "Argumen nilai belum diisi.")),
      ErrorCode.notAvailable
    ));
});

describe.each([
  ["PERTUMBUHAN", PERTUMBUHAN, 20, -20],
  ["PENURUNAN", PENURUNAN, -20, 20],
] as const)("IKU.%s", (name, F, up, down) => {
  test("jalur normal: persen terhadap pembanding, boleh negatif, boleh desimal", () => {
    expect(call(F, 120, 100)).toEqual({ value: expect.closeTo(up, 12) as number });
    expect(call(F, 80, 100)).toEqual({ value: expect.closeTo(down, 12) as number });
    expectValue(call(F, 100, 100), 0);
    expect(call(F, 100.5, 100)).toEqual({
      value: expect.closeTo(name === "PERTUMBUHAN" ? 0.5 : -0.5, 12) as number,
    });
  });
  test("pembanding 0 → #DIV/0!, juga 0 dari 0", () => {
    expectError(call(F, 5, 0), ErrorCode.divisionByZero);
    expectError(call(F, 0, 0), ErrorCode.divisionByZero);
  });
  test("teks, nilai logika, negatif → #VALUE!", () => {
    expectError(call(F, "x", 100), ErrorCode.invalidValue, /'sekarang' harus berupa angka/);
    expectError(call(F, 100, true), ErrorCode.invalidValue, /'pembanding'.*nilai logika/);
    expectError(call(F, -1, 100), ErrorCode.invalidValue, M.negative("sekarang"));
  });
  test("kosong → #N/A; jumlah argumen salah", () => {
    expectError(call(F, 5, null), ErrorCode.notAvailable, M.empty("pembanding"));
    expect(runFunction(name, [1])).toEqual(new CellError("NA", M.empty("pembanding")));
    expect(runFunction(name, [1, 2, 3])).toEqual(new CellError("VALUE", M.tooManyArgs(name, 2)));
  });
  test("terlalu besar → #VALUE!", () =>
    expectError(call(F, 1e308, 1e-10), ErrorCode.invalidValue, M.tooLarge()));
  test("nilai kesalahan di argumen diteruskan", () =>
    expectError(call(F, new CellError("DIV0", "x"), 100), ErrorCode.divisionByZero));
});
