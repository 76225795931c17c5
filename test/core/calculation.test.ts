/*
 * The calculation core: the function table, the argument checks (and the fast-path predicates
 * that must agree with them), the rules of each computation, and the never-throw guarantee.
 */
import fc from "fast-check";
import { CATALOGUE, findIndicator } from "../../src/core/catalogue";
import { CellError } from "../../src/core/errors";
import {
  capaianOf,
  checkArg,
  computeIndicator,
  FUNCTIONS,
  isFiniteNumber,
  isNonNegative,
  kategoriOf,
  predikatOf,
  runFunction,
  type ArgSpec,
} from "../../src/core/calculation";
import { functionMessages as M } from "../../src/core/messages/functions";
import { accepts, computeKind, KINDS, VALUE_TYPES } from "../../src/core/rules";

const percentageOf = (a: number, b: number, an: string, bn: string) =>
  computeKind(KINDS.persentase, [a, b], [an, bn]);
const ratioOf = (a: number, b: number, bn: string) => computeKind(KINDS.rasio, [a, b], ["a", bn]);
const count = (name: string): ArgSpec => ({ name, check: "value", valueType: VALUE_TYPES.cacah });
const score = (name: string): ArgSpec => ({ name, check: "value", valueType: VALUE_TYPES.skor });

function errorOf(result: unknown): { kind: string; message: string } {
  if (!(result instanceof CellError))
    throw new Error(`expected a CellError, got ${String(result)}`);
  return { kind: result.kind, message: result.message };
}

describe("function table", () => {
  test("exactly the catalogue's 28 functions", () => {
    const names = [
      ...CATALOGUE.indicators.map((i) => i.functionName),
      ...CATALOGUE.helpers.map((h) => h.functionName),
    ];
    expect([...FUNCTIONS.keys()]).toEqual(names);
    expect(names).toHaveLength(28);
  });
  test("argument names are the catalogue's parameter names", () => {
    for (const ind of CATALOGUE.indicators) {
      const def = FUNCTIONS.get(ind.functionName);
      const expected =
        ind.kind === "jumlah" ? [ind.components[0].param] : ind.components.map((c) => c.param);
      expect(def?.args.map((a) => a.name)).toEqual(expected);
    }
    for (const h of CATALOGUE.helpers) {
      expect(FUNCTIONS.get(h.functionName)?.args.map((a) => a.name)).toEqual(
        h.params.map((p) => p.name)
      );
    }
  });
});

describe("runFunction", () => {
  test("too many arguments → #VALUE! naming the maximum", () => {
    expect(errorOf(runFunction("PERSENTASE", [1, 2, 3]))).toEqual({
      kind: "VALUE",
      message: M.tooManyArgs("PERSENTASE", 2),
    });
    expect(errorOf(runFunction("CAPAIAN", [1, 2, "positif", 2, 4])).kind).toBe("VALUE");
  });
  test("too few arguments → #N/A for the missing one", () => {
    expect(errorOf(runFunction("PERSENTASE", [1]))).toEqual({
      kind: "NA",
      message: M.empty("penyebut"),
    });
  });
  test("unknown function → #VALUE!", () => {
    expect(errorOf(runFunction("NOPE", [])).message).toBe(M.unknownFunction("NOPE"));
  });
  test("an error value passed in is passed on", () => {
    const input = new CellError("DIV0", "x");
    expect(runFunction("PERSENTASE", [input, 5])).toBe(input);
  });
  test("a repeating function flattens ranges and needs at least one value", () => {
    expect(runFunction("JUMLAH_SARANA_SOSIAL", [[[1, 2]], 3, [[[4]]]])).toBe(10);
    expect(errorOf(runFunction("JUMLAH_SARANA_SOSIAL", [])).kind).toBe("NA");
  });
  test("never throws, even when reading an argument throws", () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error("boom");
      },
    });
    expect(errorOf(runFunction("JUMLAH_SARANA_SOSIAL", [hostile]))).toEqual({
      kind: "VALUE",
      message: M.internal("JUMLAH_SARANA_SOSIAL"),
    });
  });
  test("a sum beyond the largest number → #VALUE!, never Infinity", () => {
    expect(errorOf(runFunction("JUMLAH_SARANA_SOSIAL", [1e308, 1e308]))).toEqual({
      kind: "VALUE",
      message: M.tooLarge(),
    });
  });
});

describe("checks", () => {
  const anything = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 100, 100.000001, -1e-300),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.integer(), { maxLength: 2 })
  );
  const predicates: [string, Omit<ArgSpec, "name">, (v: unknown) => boolean][] = [
    ["number", { check: "number" }, isFiniteNumber],
    ["nonNegative", { check: "nonNegative" }, isNonNegative],
    ...Object.values(VALUE_TYPES).map(
      (t): [string, Omit<ArgSpec, "name">, (v: unknown) => boolean] => [
        t.id,
        { check: "value", valueType: t },
        (v) => accepts(t, v),
      ]
    ),
  ];
  test.each(predicates)(
    "the fast-path predicate of %s accepts exactly what checkArg accepts",
    (_, spec, predicate) => {
      fc.assert(
        fc.property(anything, (value) => {
          const checked = checkArg(value as never, { name: "x", ...spec });
          const accepted = !(checked instanceof CellError);
          return accepted === predicate(value) && (!accepted || Object.is(checked, value));
        }),
        { numRuns: 5000 }
      );
    }
  );
  test("percentageOf and ratioOf are their defined/value parts", () => {
    expect(percentageOf(NaN, 5, "a", "b")).toBeInstanceOf(CellError);
    expect(ratioOf(3, 4, "b")).toBe(0.75);
  });
  test("messages name the argument and the problem", () => {
    expect(errorOf(checkArg("abc", count("a"))).message).toBe(M.notNumber("a", 'teks "abc"'));
    expect(errorOf(checkArg(true, count("a"))).message).toBe(M.notNumber("a", "nilai logika TRUE"));
    expect(errorOf(checkArg(-1, { name: "a", check: "nonNegative" })).message).toBe(
      M.negative("a")
    );
    expect(errorOf(checkArg(1.5, count("a"))).message).toBe(M.notWhole("a"));
    expect(errorOf(checkArg(101, score("a"))).message).toBe(M.outOfRange("a", 0, 100));
    expect(errorOf(checkArg(null, score("a")))).toEqual({
      kind: "NA",
      message: M.empty("a"),
    });
  });
  test("long text is shortened in the message", () => {
    const message = errorOf(checkArg("x".repeat(50), count("a"))).message;
    expect(message).toContain("…");
    expect(message.length).toBeLessThan(80);
  });
  test("polaritas: optional, trimmed, case-insensitive", () => {
    const spec = { name: "polaritas", check: "polarity" as const, optional: true };
    expect(checkArg(null, spec)).toBe("positif");
    expect(checkArg(" NEGATIF", spec)).toBe("negatif");
    expect(errorOf(checkArg("turun", spec)).message).toBe(M.unknownPolarity("polaritas", "turun"));
  });
});

describe("computations", () => {
  test("percentageOf: percent, not fraction; subset rule; #DIV/0!", () => {
    expect(percentageOf(45, 60, "a", "b")).toBe(75);
    expect(percentageOf(60, 60, "a", "b")).toBe(100);
    expect(errorOf(percentageOf(61, 60, "a", "b")).message).toBe(M.subsetLarger("a", "b"));
    expect(errorOf(percentageOf(3, 0, "a", "b"))).toEqual({
      kind: "DIV0",
      message: M.divByZero("b"),
    });
    expect(percentageOf(0, 0, "a", "b")).toBe("n.a.");
  });
  test("ratioOf: plain quotient, may exceed 1", () => {
    expect(ratioOf(60, 19, "b")).toBe(60 / 19);
    expect(errorOf(ratioOf(1, 0, "b")).kind).toBe("DIV0");
  });
  test("capaianOf: positif, negatif, target 0, overflow", () => {
    expect(capaianOf(75, 80, "positif")).toBe(93.75);
    expect(capaianOf(75, 80, "negatif")).toBe(106.25);
    expect(capaianOf(165, 100, "positif")).toBe(165);
    expect(errorOf(capaianOf(1, 0, "positif")).kind).toBe("DIV0");
    expect(errorOf(capaianOf(1, 5e-324, "positif"))).toEqual({
      kind: "VALUE",
      message: M.tooLarge(),
    });
    expect(errorOf(capaianOf(0, 1e308, "negatif")).kind).toBe("VALUE");
  });
  test("capaianOf: negatif floored at 0, target 0 negatif (zero tolerance)", () => {
    expect(capaianOf(20, 10, "negatif")).toBe(0); // R = 2T
    expect(capaianOf(25, 10, "negatif")).toBe(0); // R > 2T: (20 − 25) / 10 × 100 = −50 → 0
    expect(capaianOf(0, 0, "negatif")).toBe(100);
    expect(capaianOf(3, 0, "negatif")).toBe(0);
    expect(errorOf(capaianOf(0, 0, "positif")).kind).toBe("DIV0");
  });
  test("capaianOf: realisasi as printed (rounded to the decimals)", () => {
    // 90.996 is printed 91.00: a reviewer recomputes 91 / 100 × 100 = 91.
    expect(capaianOf(90.996, 100, "positif")).toBe(91);
    expect(capaianOf(90.994, 100, "positif")).toBe(90.99);
    expect(capaianOf(90.996, 100, "positif", "target", 0)).toBe(91);
    expect(capaianOf(2 / 3, 1, "positif", "target", 3)).toBeCloseTo(66.7, 12);
  });
  test("capaianOf: target ranges below, inside, above, both polarities", () => {
    const range = { bawah: 80, atas: 85 };
    expect(capaianOf(72, range, "positif")).toBe(90); // below: against 80
    expect(capaianOf(82, range, "positif")).toBe(100); // inside
    expect(capaianOf(80, range, "positif")).toBe(100); // on a bound
    expect(capaianOf(93.5, range, "positif")).toBe((93.5 / 85) * 100); // above: against 85
    expect(capaianOf(72, range, "negatif")).toBe(((2 * 80 - 72) / 80) * 100); // below, lower is better
    expect(capaianOf(93.5, range, "negatif")).toBe(((2 * 85 - 93.5) / 85) * 100); // above
    expect(capaianOf(200, range, "negatif")).toBe(0);
  });
  test("capaianOf and kategoriOf: n.a. passes through", () => {
    expect(capaianOf("n.a.", 80, "positif")).toBe("n.a.");
    expect(kategoriOf("n.a.")).toBe("n.a.");
    expect(percentageOf(0, 0, "a", "b")).toBe("n.a.");
    expect(errorOf(percentageOf(1, 0, "a", "b")).kind).toBe("DIV0");
  });
  test("kategoriOf: bands by their upper bounds on the printed value (> 90, > 75, > 65, > 50)", () => {
    const values = [91, 90.996, 90.5, 90.004, 90, 76, 75.01, 75, 66, 65, 51, 50.5, 50, -5];
    expect(values.map((v) => kategoriOf(v))).toEqual([
      "Sangat Tinggi",
      "Sangat Tinggi", // printed 91,00
      "Sangat Tinggi", // 90,50: in the old gap 90–91
      "Tinggi", // printed 90,00
      "Tinggi",
      "Tinggi",
      "Tinggi",
      "Sedang",
      "Sedang",
      "Rendah",
      "Rendah",
      "Rendah", // 50,50: in the old gap 50–51
      "Sangat Rendah",
      "Sangat Rendah",
    ]);
  });
  test("kategoriOf: an agency's own bands and labels", () => {
    const labels = ["Sangat Baik", "Baik", "Cukup", "Kurang"];
    expect([101, 100, 80, 60, 59.999].map((v) => kategoriOf(v, [100, 80, 60], labels))).toEqual([
      "Sangat Baik",
      "Baik",
      "Cukup",
      "Kurang",
      "Kurang", // printed 60,00
    ]);
  });
  test("predikatOf boundaries (lower bound exclusive)", () => {
    expect([100, 90.01, 90, 80.01, 80, 70, 60, 50, 30.01, 30, 0].map(predikatOf)).toEqual([
      "AA",
      "AA",
      "A",
      "A",
      "BB",
      "B",
      "CC",
      "C",
      "C",
      "D",
      "D",
    ]);
  });
  test("computeIndicator follows each kind", () => {
    const get = (code: string) => {
      const ind = findIndicator(code);
      if (!ind) throw new Error(code);
      return ind;
    };
    expect(computeIndicator(get("IKU01"), [78.5])).toBe(78.5);
    expect(computeIndicator(get("IKU02"), [4, 2, 3])).toBe(9);
    expect(computeIndicator(get("IKU06"), [45, 60])).toBe(75);
    expect(computeIndicator(get("IKU11"), [45, 15])).toBe(3);
    expect(errorOf(computeIndicator(get("IKU06"), [61, 60])).message).toBe(
      M.subsetLarger("ppks_mendapat_rehab", "ppks_membutuhkan_rehab")
    );
  });
});
