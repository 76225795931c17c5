/**
 * Errors are values inside the core (as in HyperFormula's CellError): a calculation returns
 * either its result or a CellError. Only the API edges (custom functions, CLI, task pane)
 * turn them into something else.
 */

/** The Excel error classes the core can produce. */
export type ErrorKind = "VALUE" | "DIV0" | "NA";

/** How each kind is written in a cell (the same in every Excel display language). */
export const EXCEL_ERROR_TEXT: Record<ErrorKind, string> = {
  VALUE: "#VALUE!",
  DIV0: "#DIV/0!",
  NA: "#N/A",
};

export class CellError {
  constructor(
    readonly kind: ErrorKind,
    /** Indonesian message for the user, from the message catalogue. */
    readonly message: string
  ) {}

  toString(): string {
    return `${EXCEL_ERROR_TEXT[this.kind]} ${this.message}`;
  }
}

export function isCellError(value: unknown): value is CellError {
  return value instanceof CellError;
}
