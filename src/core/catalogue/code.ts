/**
 * An indicator's code starts its cell names (IKU06 → IKU06_PEMBILANG): letters, digits and _,
 * starting with a letter, short enough that every name stays under Excel's limit. Kept apart
 * from the zod schema so the Katalog reader (in the pane's analysis chunk) needs no schema.
 */
export const INDICATOR_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/**
 * How a component's year value follows from its quarters (realisasi per triwulan), first the
 * default of a Katalog without an Agregasi column (see katalog/catalogue.ts):
 * "posisi": the year is the latest filled quarter (a stock read at a moment: registered LPM);
 * "akumulasi": the year is the sum of the filled quarters (a flow: people served, reports made).
 */
export const AGREGASI = ["posisi", "akumulasi"] as const;
