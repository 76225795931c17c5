/** The namespace of the custom functions (the manifest's Functions.Namespace): =IKU.CAPAIAN(…). */
export const FUNCTION_NAMESPACE = "IKU";

/** How a call of one of the add-in's functions starts in a formula ("IKU."). */
export const FUNCTION_PREFIX = `${FUNCTION_NAMESPACE}.`;
