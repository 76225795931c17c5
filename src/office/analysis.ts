/**
 * The entry of the "analysis" webpack chunk that host.ts loads on demand: the Excel operations
 * of the pane's actions, with what only they need (the sheet plan, validation, audit, the report,
 * the formula tokenizer, the Katalog IKU writer with the built-in catalogue's rows, the
 * Ringkasan).
 */
export * as check from "./check";
export * as generate from "./generate";
export * as katalog from "./katalog";
export * as lkjip from "./lkjip";
export * as navigate from "./navigate";
export * as renstra from "./renstra";
export * as report from "./write-report";
export * as ringkasan from "./ringkasan";
