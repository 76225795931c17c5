/*
 * Property-based: random inputs of every type (numbers incl. NaN, ±Infinity, -0 and huge ones,
 * integers, strings incl. numeric text, booleans, null, undefined, nested arrays) over all 28
 * functions, 4,500 runs each (> 10^5 in total). Nothing may throw but a CustomFunctions error;
 * results are finite numbers or the listed texts; and each wrapper (with its fast path) gives
 * exactly what the core's checked runner gives.
 */
import fc from "fast-check";
import { CATALOGUE } from "../../src/core/catalogue";
import { CellError, EXCEL_ERROR_TEXT } from "../../src/core/errors";
import { NA_TEXT } from "../../src/core/aturan";
import { KATEGORI_CAPAIAN, PREDIKAT_SAKIP, runFunction } from "../../src/core/calculation";
import * as F from "../../src/functions/functions";
import { call, ErrorCode, installCustomFunctions } from "./fake-runtime";
import type { Outcome } from "./fake-runtime";

installCustomFunctions();

const RUNS_PER_FUNCTION = 4500;
const wrappers = F as unknown as Record<string, (...args: never[]) => unknown>;

const special = fc.constantFrom<unknown>(
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  Number.MIN_VALUE,
  30,
  50,
  51,
  90,
  90.01,
  90.99,
  91,
  100,
  100.01,
  "",
  " ",
  "45",
  " 12 ",
  "1e3",
  "positif",
  "negatif",
  " NEGATIF ",
  "#DIV/0!"
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.double(), weight: 3 },
  { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 4 },
  { arbitrary: fc.nat({ max: 200 }), weight: 4 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: special, weight: 3 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 }
);

const value: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scalar, weight: 12 },
  { arbitrary: fc.array(scalar, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }), weight: 1 }
);

/** The repeating parameter: Excel's array of 2-D ranges, or any odd value. */
const repeating: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.array(fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }), {
      maxLength: 4,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.array(
      fc.array(fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 2,
      }),
      {
        minLength: 1,
        maxLength: 4,
      }
    ),
    weight: 3,
  },
  { arbitrary: value, weight: 1 }
);

const TEXT_RESULTS = new Set<string>([...KATEGORI_CAPAIAN, ...PREDIKAT_SAKIP, NA_TEXT]);
const ERROR_CODES = new Set<string>([
  ErrorCode.invalidValue,
  ErrorCode.notAvailable,
  ErrorCode.divisionByZero,
]);

function coreOutcome(name: string, args: unknown[]): Outcome {
  const result = runFunction(name, args);
  if (result instanceof CellError) {
    const message = result.kind === "DIV0" ? undefined : result.message;
    return { error: EXCEL_ERROR_TEXT[result.kind], message };
  }
  return { value: result };
}

function checkOutcome(outcome: Outcome): boolean {
  if ("value" in outcome) {
    return typeof outcome.value === "number"
      ? Number.isFinite(outcome.value)
      : TEXT_RESULTS.has(outcome.value);
  }
  if (!ERROR_CODES.has(outcome.error)) return false;
  if (outcome.error === ErrorCode.divisionByZero) return outcome.message === undefined;
  return typeof outcome.message === "string" && outcome.message.length > 10;
}

const functions = [
  ...CATALOGUE.indicators.map((i) => ({
    name: i.functionName,
    arity: i.kind === "jumlah" ? 1 : i.components.length,
    repeating: i.kind === "jumlah",
  })),
  ...CATALOGUE.helpers.map((h) => ({
    name: h.functionName,
    arity: h.params.length,
    repeating: h.params.some((p) => p.repeating === true),
  })),
];

test("28 functions are exercised", () => {
  expect(functions).toHaveLength(28);
  expect(RUNS_PER_FUNCTION * functions.length).toBeGreaterThanOrEqual(100_000);
});

describe.each(functions)("$name", ({ name, arity, repeating: isRepeating }) => {
  const fn = wrappers[name];
  const args = isRepeating
    ? repeating.map((a) => [a])
    : fc.tuple(...Array.from({ length: arity }, () => value));
  // Excel appends an invocation object; sometimes add it to show it changes nothing.
  const withInvocation = fc.tuple(args, fc.boolean());

  test("never throws a plain exception, returns only allowed values, agrees with the core", () => {
    fc.assert(
      fc.property(withInvocation, ([list, invocation]) => {
        const callArgs = invocation ? [...list, { address: "A1" }] : list;
        const outcome = call(fn, ...callArgs); // rethrows anything but a CustomFunctions.Error
        if (!checkOutcome(outcome)) return false;
        const core = coreOutcome(name, list);
        if ("value" in outcome && "value" in core) return Object.is(outcome.value, core.value);
        return JSON.stringify(outcome) === JSON.stringify(core);
      }),
      { numRuns: RUNS_PER_FUNCTION }
    );
  });
});
