/*
 * A stand-in for Excel's custom-functions runtime: the CustomFunctions global with Error,
 * ErrorCode and associate, as the runtime provides them. Tests call the wrappers through
 * `call`, which reports a thrown CustomFunctions.Error as data and fails on anything else.
 */

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface FakeCustomFunctions {
  Error: typeof FakeCustomFunctionsError;
  ErrorCode: typeof ErrorCode;
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  associated: Map<string, (...args: unknown[]) => unknown>;
}

export function fakeCustomFunctions(): FakeCustomFunctions {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: FakeCustomFunctionsError,
    ErrorCode,
    associated,
    associate: (id, fn) => {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
  };
}

/** Installs the fake as the global CustomFunctions (the wrappers read it when they throw). */
export function installCustomFunctions(): FakeCustomFunctions {
  const fake = fakeCustomFunctions();
  (globalThis as unknown as { CustomFunctions: FakeCustomFunctions }).CustomFunctions = fake;
  return fake;
}

export type Outcome = { value: number | string } | { error: string; message: string | undefined };

/** Calls a custom function as Excel does; a thrown CustomFunctions.Error becomes data. */
export function call(fn: (...args: never[]) => unknown, ...args: unknown[]): Outcome {
  try {
    const value = (fn as (...a: unknown[]) => unknown)(...args);
    if (typeof value !== "number" && typeof value !== "string") {
      throw new Error(`custom function returned ${typeof value}`);
    }
    return { value };
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) {
      return { error: error.code, message: error.message };
    }
    throw error; // a plain exception escaped: the test fails
  }
}

export function expectValue(outcome: Outcome, expected: number | string): void {
  expect(outcome).toEqual({ value: expected });
}

export function expectError(outcome: Outcome, code: string, messagePart?: string | RegExp): void {
  if (!("error" in outcome)) throw new Error(`expected ${code}, got ${JSON.stringify(outcome)}`);
  expect(outcome.error).toBe(code);
  if (code === ErrorCode.divisionByZero) {
    // Excel shows no custom message for #DIV/0!: none must be sent.
    expect(outcome.message).toBeUndefined();
  } else {
    expect(typeof outcome.message).toBe("string");
    expect((outcome.message as string).length).toBeGreaterThan(10);
    if (messagePart !== undefined) expect(outcome.message).toMatch(messagePart);
  }
}
