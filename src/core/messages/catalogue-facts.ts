import { CATALOGUE } from "../catalogue";
import { textFacts } from "./facts";
import type { TextFacts } from "./types";

/**
 * The text facts of the add-in's own catalogue. The web build evaluates this module when it
 * bundles it (scripts/evaluate-loader.js, webpack.config.js) and ships the result as a literal,
 * so the pane's first script states the counts without carrying the catalogue; everywhere else
 * (CLI, tests) it is computed here, from the same catalogue.
 */
export const CATALOGUE_FACTS: TextFacts = textFacts(CATALOGUE);
