/**
 * An indicator's code starts its cell names (IKU06 → IKU06_PEMBILANG): letters, digits and _,
 * starting with a letter, short enough that every name stays under Excel's limit. Kept apart
 * from the zod schema so the Katalog reader (in the pane's analysis chunk) needs no schema.
 */
export const INDICATOR_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
