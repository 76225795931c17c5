import { z } from "zod";
import { COMPONENT_ROLES, KIND_IDS, RULES, VALUE_TYPE_IDS, genericFunctionName } from "../rules";
import type { RuleTable } from "../rules";
import { AGREGASI, INDICATOR_CODE_PATTERN } from "./code";

/**
 * The catalogue's schema. Types are inferred from it (schema and type share a name); the data
 * modules import the types only (`import type`), so zod stays out of the runtime bundles and the
 * catalogue is checked against the schema in the tests and by the build (scripts/check-catalogue).
 */

export { INDICATOR_CODE_PATTERN };
export const IndicatorCode = z.string().regex(INDICATOR_CODE_PATTERN);
export type IndicatorCode = z.infer<typeof IndicatorCode>;

/** S1, S2, …: sasaran numbered in the order they first appear (a Katalog may hold any number). */
export const SasaranCode = z.string().regex(/^S\d+$/);
export type SasaranCode = z.infer<typeof SasaranCode>;

/** The kind of formula: one record each in src/core/rules/kinds.ts. */
export const IndicatorKind = z.enum(KIND_IDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const Polarity = z.enum(["positif", "negatif"]);
export type Polarity = z.infer<typeof Polarity>;

/** What an input value is: one record each in src/core/rules/value-types.ts. */
export const ValueType = z.enum(VALUE_TYPE_IDS);
export type ValueType = z.infer<typeof ValueType>;

export const ComponentRole = z.enum(COMPONENT_ROLES);
export type ComponentRole = z.infer<typeof ComponentRole>;

/** How a component's year value follows from its quarters (code.ts). */
export const Agregasi = z.enum(AGREGASI);
export type Agregasi = z.infer<typeof Agregasi>;

/** One input of an indicator's formula (a cell in the sheet, an argument of its function). */
export const Component = z.object({
  /** Suffix of the defined name: IKU06_PEMBILANG. Upper case, letters, digits and _. */
  key: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  role: ComponentRole,
  /** Indonesian label as in the document (or as we read it); a Katalog's may be short. */
  label: z.string().min(1),
  /** The custom-function parameter that receives this component. */
  param: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** Indonesian description of the parameter (function metadata, help page, input message). */
  description: z.string().min(10),
  valueType: ValueType,
  agregasi: Agregasi,
  /** Why this aggregation (Indonesian; the built-in catalogue documents each choice). */
  agregasiAlasan: z.string().min(10).optional(),
});
export type Component = z.infer<typeof Component>;

export const Indicator = z.object({
  code: IndicatorCode,
  /** Position in the document, 1-based. */
  order: z.number().int().min(1),
  sasaran: SasaranCode,
  /** The name as the document gives it (or our proposed name where it has none: see notes). */
  name: z.string().min(1),
  /** The formula text as it stands in the extract of the document. */
  formulaDocument: z.string().min(1),
  /** The formula as we read it, in words. */
  formulaReading: z.string().min(3),
  kind: IndicatorKind,
  /** Whether the formula is multiplied by 100% (column (5) of the document). */
  timesHundred: z.boolean(),
  components: z.array(Component).min(1),
  satuan: z.string().min(1),
  polarity: Polarity,
  /** May be empty: a Katalog's optional columns. */
  penanggungJawab: z.string(),
  sumberData: z.string(),
  /** Custom function name in the IKU namespace, without the namespace. */
  functionName: z.string().regex(/^[A-Z][A-Z_]*$/),
  /** Indonesian description of the function (metadata and help page). */
  functionDescription: z.string().min(10),
  /** Example inputs for the help page; the result is computed by the core, never written here. */
  example: z.array(z.number()).min(1),
  /** Every ambiguity of the document we resolved for this indicator, in Indonesian. */
  notes: z.array(z.string().min(1)),
  /**
   * The helper function that computes the indicator when the agency measures it in rupiah
   * (AturanCapaian.swadaya = "rupiah"): its components are then amounts ≥ 0 with decimals.
   */
  rupiahFunction: z
    .string()
    .regex(/^[A-Z][A-Z_]*$/)
    .optional(),
  /** The target may be a predikat SAKIP (AA … D), compared by its band (IKU 1's PK targets). */
  targetPredikat: z.boolean().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Sasaran = z.object({
  code: SasaranCode,
  /** "No" column of the document: numbers the sasaran, not the indicators. */
  no: z.number().int().min(1),
  name: z.string().min(1),
});
export type Sasaran = z.infer<typeof Sasaran>;

export const Agency = z.object({
  /** The header block; a Katalog's header rows are optional, so these may be empty. */
  nama: z.string(),
  /** Short name used in "Sumber Data". */
  singkatan: z.string(),
  tugas: z.string(),
  /** Fungsi a–g, in order. */
  fungsi: z.array(z.object({ letter: z.string().regex(/^[a-z]$/), text: z.string().min(1) })),
  /** Where the header's text differs from the document (EYD corrections), in Indonesian. */
  notes: z.array(z.string().min(10)).optional(),
});
export type Agency = z.infer<typeof Agency>;

/** A helper function of the IKU namespace (not tied to one indicator). */
export const HelperParam = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  description: z.string().min(10),
  optional: z.boolean(),
  /** Accepts a range or an array constant ({90,75,65,50}): a matrix parameter in Excel. */
  matrix: z.boolean().optional(),
  /** Repeats (JUMLAH's parts), each argument a value or a range. */
  repeating: z.boolean().optional(),
});
export type HelperParam = z.infer<typeof HelperParam>;

export const HelperFunction = z.object({
  functionName: z.string().regex(/^[A-Z][A-Z_]*$/),
  description: z.string().min(10),
  params: z.array(HelperParam).min(1),
  /** Human description of the result for the help page. */
  result: z.string().min(3),
  /** Example arguments for the help page (numbers or the polaritas text). */
  example: z.array(z.union([z.number(), z.string()])).min(1),
});
export type HelperFunction = z.infer<typeof HelperFunction>;

export const Catalogue = z
  .object({
    agency: Agency,
    sasaran: z.array(Sasaran).min(1),
    indicators: z.array(Indicator).min(1),
    helpers: z.array(HelperFunction),
    /**
     * The rule table the catalogue is read with (src/core/rules); the built-in one when absent.
     * Passed as a value, so a test or an agency can change a rule without changing a global.
     */
    rules: z.custom<RuleTable>((v) => typeof v === "object" && v !== null).optional(),
  })
  .superRefine((cat, ctx) => {
    const codes = new Set<string>();
    const fns = new Set<string>(cat.helpers.map((h) => h.functionName));
    cat.indicators.forEach((ind, i) => {
      // Excel names ignore case: IKU06 and iku06 would share their cells.
      if (codes.has(ind.code.toUpperCase())) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "code"],
          message: `kode ganda ${ind.code}`,
        });
      }
      codes.add(ind.code.toUpperCase());
      // A Katalog indicator computes with its kind's generic function, shared by design.
      const generic = ind.functionName === genericFunctionName({ id: ind.kind });
      if (!generic && fns.has(ind.functionName)) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "functionName"],
          message: `nama fungsi ganda ${ind.functionName}`,
        });
      }
      if (!generic) fns.add(ind.functionName);
      if (!cat.sasaran.some((s) => s.code === ind.sasaran)) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "sasaran"],
          message: "sasaran tidak ada",
        });
      }
      const keys = new Set(ind.components.map((c) => c.key));
      if (keys.size !== ind.components.length) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "components"],
          message: "kunci komponen ganda",
        });
      }
      // Roles and count of the components, as the kind's record says.
      const kind = (cat.rules ?? RULES).kinds[ind.kind];
      const roles = ind.components.map((c) => c.role);
      const n = roles.length;
      const rolesMatch = kind.repeating
        ? roles.every((r) => r === kind.roles[0])
        : roles.join(",") === kind.roles.join(",");
      if (!rolesMatch || n < kind.count.min || n > kind.count.max) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "components"],
          message: kind.repeating
            ? `${ind.kind} memiliki ${kind.count.min}–${kind.count.max} komponen ${kind.roles[0]}`
            : `${ind.kind} harus memiliki komponen ${kind.roles.join(" lalu ")}`,
        });
      }
      if (ind.example.length !== ind.components.length) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "example"],
          message: "contoh harus satu angka per komponen",
        });
      }
    });
  });
export type Catalogue = z.infer<typeof Catalogue>;
