/** The namespace of the custom functions (the manifest's Functions.Namespace): =IKU.CAPAIAN(…). */
export const FUNCTION_NAMESPACE = "IKU";

/** How a call of one of the add-in's functions starts in a formula ("IKU."). */
export const FUNCTION_PREFIX = `${FUNCTION_NAMESPACE}.`;

/**
 * The hidden sheet a regenerate copies the add-in's sheet to before changing it (src/office/
 * generate.ts), with " 2", " 3"… when a sheet of the workbook already has that name.
 */
export const BACKUP_SHEET = "IKU_CADANGAN";
