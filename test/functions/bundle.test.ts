/*
 * Black box: the production bundle dist/functions.js runs in a fresh V8 context whose only
 * global is CustomFunctions (associate, Error, ErrorCode), as in Excel's custom-functions
 * runtime. Every id of dist/functions.json must be associated and compute through the bundle.
 * Needs `npm run build` first.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import * as vm from "vm";
import { CATALOGUE } from "../../src/core/catalogue";
import { CellError, EXCEL_ERROR_TEXT } from "../../src/core/errors";
import { runFunction } from "../../src/core/calculation";
import { call, ErrorCode, expectError, expectValue, fakeCustomFunctions } from "./fake-runtime";
import type { Outcome } from "./fake-runtime";

const DIST = join(__dirname, "../../dist");
const JS = join(DIST, "functions.js");
const JSON_FILE = join(DIST, "functions.json");

if (!existsSync(JS) || !existsSync(JSON_FILE)) {
  throw new Error(
    `dist/functions.js or dist/functions.json is missing: run \`npm run build\` before this test.`
  );
}

interface Metadata {
  functions: { id: string; name: string; parameters: { name: string }[] }[];
}

const metadata = JSON.parse(readFileSync(JSON_FILE, "utf8")) as Metadata;
const runtime = fakeCustomFunctions();
const context = vm.createContext({ CustomFunctions: runtime });
vm.runInContext(readFileSync(JS, "utf8"), context, { filename: "functions.js" });

function bundled(id: string): (...args: never[]) => unknown {
  const fn = runtime.associated.get(id);
  if (!fn) throw new Error(`${id} is not associated by dist/functions.js`);
  return fn as (...args: never[]) => unknown;
}

/** What the core says a call should give, in the shape `call` reports. */
function expected(name: string, args: unknown[]): Outcome {
  const result = runFunction(name, args);
  if (result instanceof CellError) {
    return {
      error: EXCEL_ERROR_TEXT[result.kind],
      message: result.kind === "DIV0" ? undefined : result.message,
    };
  }
  return { value: result };
}

test("the bundle needs no global but CustomFunctions", () => {
  expect(Object.keys(context)).toEqual(["CustomFunctions"]);
});

test("every id in functions.json is associated, and nothing else", () => {
  const ids = metadata.functions.map((f) => f.id).sort();
  expect([...runtime.associated.keys()].sort()).toEqual(ids);
  expect(ids).toHaveLength(28);
});

test("functions.json names match their ids (the public interface)", () => {
  for (const f of metadata.functions) expect(f.name).toBe(f.id);
});

describe("every function computes through the bundle as the core does", () => {
  const cases: [string, unknown[]][] = [];
  for (const ind of CATALOGUE.indicators) {
    const repeat = ind.kind === "jumlah";
    const wrap = (args: unknown[]) => (repeat ? [args.map((v) => [[v]])] : args);
    cases.push([ind.functionName, wrap(ind.example)]);
    cases.push([ind.functionName, wrap(ind.example.map((v, i) => (i === 0 ? null : v)))]);
    cases.push([ind.functionName, wrap(ind.example.map((v, i) => (i === 0 ? "teks" : v)))]);
    cases.push([ind.functionName, wrap(ind.example.map((v, i) => (i === 0 ? -3 : v)))]);
    if (ind.kind === "persentase" || ind.kind === "rasio") {
      cases.push([ind.functionName, [ind.example[0], 0]]);
      cases.push([ind.functionName, [ind.example[1] + 1, ind.example[1]]]);
    }
  }
  for (const h of CATALOGUE.helpers) {
    const repeat = h.params.some((p) => p.repeating === true);
    const wrap = (args: unknown[]) => (repeat ? [args.map((v) => [[v]])] : args);
    cases.push([h.functionName, wrap([...h.example])]);
    cases.push([h.functionName, wrap(h.example.map((v, i) => (i === 0 ? true : v)))]);
    cases.push([h.functionName, wrap(h.example.map((v, i) => (i === 0 ? "" : v)))]);
  }
  test.each(cases)("%s(%j)", (name, args) => {
    // The repeating function receives one array argument; the core flattens it the same way.
    expect(call(bundled(name), ...args)).toEqual(expected(name, args));
  });
});

describe("known results through the bundle", () => {
  test("PERSENTASE_PPKS_REHAB 45 of 60 is 75", () =>
    expectValue(call(bundled("PERSENTASE_PPKS_REHAB"), 45, 60), 75));
  test("JUMLAH_SARANA_SOSIAL of ranges", () =>
    expectValue(call(bundled("JUMLAH_SARANA_SOSIAL"), [[[4]], [[2], [3]]]), 9));
  test("RATA_KELOMPOK_BINAAN_LPM may exceed 1", () =>
    expectValue(call(bundled("RATA_KELOMPOK_BINAAN_LPM"), 45, 15), 3));
  test("CAPAIAN negatif", () => expectValue(call(bundled("CAPAIAN"), 75, 80, "negatif"), 106.25));
  test("KATEGORI_CAPAIAN boundary", () => {
    expectValue(call(bundled("KATEGORI_CAPAIAN"), 90.004), "Tinggi");
    expectValue(call(bundled("KATEGORI_CAPAIAN"), 90.5), "Sangat Tinggi");
    expectValue(call(bundled("KATEGORI_CAPAIAN"), 90.996), "Sangat Tinggi");
  });
  test("PREDIKAT_SAKIP boundary", () => {
    expectValue(call(bundled("PREDIKAT_SAKIP"), 90.01), "AA");
    expectValue(call(bundled("PREDIKAT_SAKIP"), 90), "A");
  });
  test("errors carry Excel's codes and Indonesian messages", () => {
    expectError(call(bundled("PERSENTASE"), 3, 0), ErrorCode.divisionByZero);
    expectValue(call(bundled("PERSENTASE"), 0, 0), "n.a.");
    expectError(call(bundled("PERSENTASE"), null, 5), ErrorCode.notAvailable, /belum diisi/);
    expectError(call(bundled("NILAI_SAKIP"), 101), ErrorCode.invalidValue, /antara 0 dan 100/);
  });
});
