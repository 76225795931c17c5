/*
 * One spec per indicator function (IKU01 … IKU18), called through the JSDoc wrappers with a fake
 * CustomFunctions runtime: happy path, every error rule, and the boundaries.
 */
import { CATALOGUE, functionParams } from "../../src/core/catalogue";
import type { Indicator } from "../../src/core/catalogue";
import { functionMessages as M } from "../../src/core/messages/functions";
import * as F from "../../src/functions/functions";
import { call, ErrorCode, expectError, expectValue, installCustomFunctions } from "./fake-runtime";

installCustomFunctions();

type Wrapper = (...args: never[]) => unknown;
const wrappers = F as unknown as Record<string, Wrapper>;

/** An object standing for the invocation argument Excel appends to every call. */
const INVOCATION = { address: "Sheet1!A1", functionName: "X" };

function wrapperOf(indicator: Indicator): Wrapper {
  const fn = wrappers[indicator.functionName];
  if (typeof fn !== "function") throw new Error(`${indicator.functionName} is not exported`);
  return fn;
}

/** Rules every argument of a count (whole number ≥ 0) obeys, argument by argument. */
function countArgumentRules(fn: Wrapper, params: string[], valid: number[]): void {
  params.forEach((param, i) => {
    const withArg = (value: unknown): unknown[] => valid.map((v, j) => (j === i ? value : v));
    describe(`argumen ${param}`, () => {
      test("teks → #VALUE! bukan angka", () => {
        expectError(
          call(fn, ...withArg("abc")),
          ErrorCode.invalidValue,
          M.notNumber(param, 'teks "abc"')
        );
      });
      test("teks berupa angka tetap teks → #VALUE!", () => {
        expectError(call(fn, ...withArg("45")), ErrorCode.invalidValue, /harus berupa angka/);
      });
      test("nilai logika → #VALUE!", () => {
        expectError(
          call(fn, ...withArg(true)),
          ErrorCode.invalidValue,
          M.notNumber(param, "nilai logika TRUE")
        );
        expectError(call(fn, ...withArg(false)), ErrorCode.invalidValue, /nilai logika FALSE/);
      });
      test("negatif → #VALUE!", () => {
        expectError(call(fn, ...withArg(-1)), ErrorCode.invalidValue, M.negative(param));
      });
      test("bukan bilangan bulat → #VALUE!", () => {
        expectError(call(fn, ...withArg(2.5)), ErrorCode.invalidValue, M.notWhole(param));
      });
      test("NaN dan tak hingga → #VALUE!", () => {
        expectError(call(fn, ...withArg(NaN)), ErrorCode.invalidValue, /harus berupa angka/);
        expectError(call(fn, ...withArg(Infinity)), ErrorCode.invalidValue, /tak hingga/);
      });
      test("rentang sel di tempat satu nilai → #VALUE!", () => {
        expectError(call(fn, ...withArg([[1, 2]])), ErrorCode.invalidValue, /rentang sel/);
      });
      test("kosong (null, seperti Excel untuk web) → #N/A belum diisi", () => {
        expectError(call(fn, ...withArg(null)), ErrorCode.notAvailable, M.empty(param));
        expect(M.empty(param)).toMatch(/belum diisi/);
      });
      test('teks kosong "" → #N/A belum diisi', () => {
        expectError(call(fn, ...withArg("")), ErrorCode.notAvailable, M.empty(param));
      });
    });
  });
}

function persentaseSpec(indicator: Indicator): void {
  const fn = wrapperOf(indicator);
  const [part, whole] = functionParams(indicator).map((p) => p.name);
  test("jalur normal: 45 dari 60 → 75 (persen, bukan pecahan)", () => {
    expectValue(call(fn, 45, 60), 75);
  });
  test("contoh katalog", () => {
    const [a, b] = indicator.example;
    expectValue(call(fn, a, b), (a / b) * 100);
  });
  test("tidak dibulatkan: 1 dari 3", () => {
    expectValue(call(fn, 1, 3), (1 / 3) * 100);
  });
  test("pembilang = penyebut → 100 (batas)", () => {
    expectValue(call(fn, 7, 7), 100);
  });
  test("pembilang 0 → 0", () => {
    expectValue(call(fn, 0, 9), 0);
  });
  test("bagian lebih besar dari keseluruhan → #VALUE!", () => {
    expectError(call(fn, 8, 7), ErrorCode.invalidValue, M.subsetLarger(part, whole));
  });
  test("penyebut 0 → #DIV/0! tanpa pesan", () => {
    expectError(call(fn, 3, 0), ErrorCode.divisionByZero);
  });
  test('0 dari 0: tidak ada kejadian → "n.a."', () => {
    expectValue(call(fn, 0, 0), "n.a.");
  });
  test("argumen tambahan dari Excel (invocation) diabaikan", () => {
    expectValue(call(fn, 45, 60, INVOCATION), 75);
  });
  test("pesan menyebut argumen salah yang pertama", () => {
    expectError(call(fn, "x", null), ErrorCode.invalidValue, `'${part}'`);
    expectError(call(fn, null, "x"), ErrorCode.notAvailable, M.empty(part));
  });
  test("bilangan bulat besar tetap dihitung", () => {
    expectValue(call(fn, 2 ** 40, 2 ** 41), 50);
  });
  countArgumentRules(fn, [part, whole], [45, 60]);
}

function rasioSpec(indicator: Indicator): void {
  const fn = wrapperOf(indicator);
  const [numerator, denominator] = functionParams(indicator).map((p) => p.name);
  test("jalur normal: rata-rata biasa, tanpa × 100", () => {
    expectValue(call(fn, 45, 15), 3);
  });
  test("contoh katalog", () => {
    const [a, b] = indicator.example;
    expectValue(call(fn, a, b), a / b);
  });
  test("pembilang boleh lebih besar dari penyebut (rata-rata)", () => {
    expectValue(call(fn, 60, 19), 60 / 19);
  });
  test("pembilang = penyebut → 1", () => {
    expectValue(call(fn, 19, 19), 1);
  });
  test("penyebut 0 → #DIV/0! tanpa pesan", () => {
    expectError(call(fn, 5, 0), ErrorCode.divisionByZero);
  });
  test("argumen tambahan dari Excel (invocation) diabaikan", () => {
    expectValue(call(fn, 45, 15, INVOCATION), 3);
  });
  countArgumentRules(fn, [numerator, denominator], [45, 15]);
}

function nilaiSpec(indicator: Indicator): void {
  const fn = wrapperOf(indicator);
  const [param] = functionParams(indicator).map((p) => p.name);
  test("jalur normal: nilai dikembalikan apa adanya", () => {
    expectValue(call(fn, 78.5), 78.5);
    expectValue(call(fn, indicator.example[0]), indicator.example[0]);
  });
  test("batas 0 dan 100 diterima", () => {
    expectValue(call(fn, 0), 0);
    expectValue(call(fn, 100), 100);
  });
  test("di atas 100 → #VALUE!", () => {
    expectError(call(fn, 100.01), ErrorCode.invalidValue, M.outOfRange(param, 0, 100));
  });
  test("negatif → #VALUE!", () => {
    expectError(call(fn, -0.5), ErrorCode.invalidValue, M.negative(param));
  });
  test("teks, nilai logika → #VALUE!", () => {
    expectError(call(fn, "AA"), ErrorCode.invalidValue, M.notNumber(param, 'teks "AA"'));
    expectError(call(fn, true), ErrorCode.invalidValue, /nilai logika/);
  });
  test("kosong → #N/A belum diisi", () => {
    expectError(call(fn, null), ErrorCode.notAvailable, M.empty(param));
    expectError(call(fn, ""), ErrorCode.notAvailable, M.empty(param));
  });
  test("argumen tambahan dari Excel (invocation) diabaikan", () => {
    expectValue(call(fn, 90, INVOCATION), 90);
  });
}

function jumlahSpec(indicator: Indicator): void {
  const fn = wrapperOf(indicator);
  const [param] = functionParams(indicator).map((p) => p.name);
  // Excel passes a repeating parameter as one array holding each argument as a 2-D range.
  test("jalur normal: tiga nilai tunggal", () => {
    expectValue(call(fn, [[[4]], [[2]], [[3]]]), 9);
  });
  test("contoh katalog", () => {
    const args = indicator.example.map((v) => [[v]]);
    expectValue(
      call(fn, args),
      indicator.example.reduce((s, v) => s + v, 0)
    );
  });
  test("rentang sel dan nilai tunggal bercampur", () => {
    expectValue(call(fn, [[[1], [2]], [[3, 4]], [[5]]]), 15);
  });
  test("satu nilai, juga bila dikirim tanpa array", () => {
    expectValue(call(fn, [[[5]]]), 5);
    expectValue(call(fn, 5), 5);
  });
  test("nol diterima", () => {
    expectValue(call(fn, [[[0]], [[0]]]), 0);
  });
  test("sel kosong di rentang (Excel untuk web) → #N/A belum diisi", () => {
    expectError(call(fn, [[[1], [null]]]), ErrorCode.notAvailable, M.empty(param));
  });
  test("tanpa nilai → #N/A", () => {
    expectError(call(fn, []), ErrorCode.notAvailable, M.noArgs(indicator.functionName));
  });
  test("negatif, pecahan, teks, nilai logika → #VALUE!", () => {
    expectError(call(fn, [[[1]], [[-1]]]), ErrorCode.invalidValue, M.negative(param));
    expectError(call(fn, [[[2.5]]]), ErrorCode.invalidValue, M.notWhole(param));
    expectError(call(fn, [[["tiga"]]]), ErrorCode.invalidValue, /harus berupa angka/);
    expectError(call(fn, [[[true]]]), ErrorCode.invalidValue, /nilai logika/);
  });
  test("argumen tambahan dari Excel (invocation) diabaikan", () => {
    expectValue(call(fn, [[[4]], [[2]]], INVOCATION), 6);
  });
  test("jumlah melampaui batas angka → #VALUE!, bukan tak hingga", () => {
    expectError(call(fn, [[[1e308]], [[1e308]]]), ErrorCode.invalidValue, M.tooLarge());
  });
}

describe.each(CATALOGUE.indicators.map((i) => [i.functionName, i] as const))(
  "IKU.%s",
  (_name, indicator) => {
    switch (indicator.kind) {
      case "persentase":
        persentaseSpec(indicator);
        break;
      case "rasio":
        rasioSpec(indicator);
        break;
      case "nilai":
        nilaiSpec(indicator);
        break;
      case "jumlah":
        jumlahSpec(indicator);
        break;
    }
  }
);

test("every indicator has its wrapper", () => {
  expect(CATALOGUE.indicators.map((i) => typeof wrappers[i.functionName])).toEqual(
    CATALOGUE.indicators.map(() => "function")
  );
});
