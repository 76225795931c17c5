/*
 * Generates src/functions/functions.ts (the JSDoc-tagged custom functions) from the catalogue,
 * so function names, parameter names and every description shown in Excel come from one place.
 *
 *   npx tsx scripts/gen-functions.ts          writes the file
 *   npx tsx scripts/gen-functions.ts --check  exits 1 if the file differs from the catalogue
 */
import { readFileSync, writeFileSync } from "fs";
import { resolve } from "path";
import { format, resolveConfig } from "prettier";
import { CATALOGUE } from "../src/core/catalogue";
import type { Catalogue, HelperFunction, Indicator } from "../src/core/catalogue";
import { buildFunctionTable } from "../src/core/calculation";
import type { FunctionDef } from "../src/core/calculation";
import { DEV_BASE_URL, helpUrl, paramsOf, resultDescription } from "../src/core/help";

export const FUNCTIONS_FILE = resolve(__dirname, "../src/functions/functions.ts");

interface Bridge {
  bridge: string;
  /** Constant arguments after the function's name (the kind and value type of a kind's bridge). */
  fixed: string[];
  returns: string;
}

/**
 * The runtime bridge (src/functions/runtime.ts) of a function that computes a kind, from its
 * kind's record and its arguments' value type (src/core/rules): the bridge's fast path reads
 * the same records.
 */
function kindBridge(def: FunctionDef): Bridge | undefined {
  const kind = def.kind;
  if (!kind) return undefined;
  // "n.a." (0 of 0) is text; every other result of a kind is a number.
  const returns = kind.divisor?.naWhenAlsoZero !== undefined ? "number | string" : "number";
  if (kind.repeating) return { bridge: "total", fixed: [], returns };
  const types = [...new Set(def.args.map((a) => a.valueType?.id))];
  if (types.length !== 1 || !types[0])
    throw new Error(`${def.name}: a kind's bridge needs one value type for every argument`);
  const fixed = [JSON.stringify(kind.id), JSON.stringify(types[0])];
  if (def.args.length === 1) return { bridge: "single", fixed, returns };
  if (def.args.length === 2) return { bridge: "pair", fixed, returns };
  throw new Error(`${def.name}: no runtime bridge for ${def.args.length} components`);
}

const BRIDGE_OF_HELPER: Record<string, { bridge: string; returns: string }> = {
  CAPAIAN: { bridge: "capaian", returns: "number | string" },
  KATEGORI_CAPAIAN: { bridge: "kategori", returns: "string" },
  PREDIKAT_SAKIP: { bridge: "predikat", returns: "string" },
};

/** JSDoc text must not end the comment or start a tag. */
function docText(text: string, where: string): string {
  if (text.includes("*/") || /(^|\s)@/.test(text) || /[\r\n]/.test(text)) {
    throw new Error(`${where}: text cannot go into a JSDoc comment: ${text}`);
  }
  return text;
}

interface FunctionSpec {
  name: string;
  description: string;
  returnsText: string;
  bridge: string;
  fixed: string[];
  returns: string;
}

function renderFunction(spec: FunctionSpec, catalogue: Catalogue): string {
  const params = paramsOf(spec.name, catalogue);
  const doc = [
    `/**`,
    ` * ${docText(spec.description, spec.name)}`,
    ` * @customfunction ${spec.name} ${spec.name}`,
    ` * @helpurl ${helpUrl(spec.name, DEV_BASE_URL, catalogue)}`,
    ...params.map((p) => {
      const name = p.optional ? `[${p.name}]` : p.name;
      return ` * @param ${name} ${docText(p.description, `${spec.name}.${p.name}`)}`;
    }),
    ` * @returns ${docText(spec.returnsText, spec.name)}`,
    ` */`,
  ];
  // Parameters are `unknown` ("any" in functions.json) so that text and booleans reach the core
  // and get an Indonesian message; a repeating parameter is an array of ranges (3-D).
  const signature = params.map((p) => {
    if (p.repeating) return `${p.name}: unknown[][][]`;
    if (p.matrix) return `${p.name}: unknown[][]`;
    return `${p.name}: unknown`;
  });
  const args = [JSON.stringify(spec.name), ...spec.fixed, ...params.map((p) => p.name)];
  return [
    ...doc,
    `export function ${spec.name}(${signature.join(", ")}): ${spec.returns} {`,
    // pair() returns text only for a kind with "n.a." (0 of 0): a number for the others.
    `  return bridge.${spec.bridge}(${args.join(", ")})${spec.bridge === "pair" && spec.returns === "number" ? " as number" : ""};`,
    `}`,
  ].join("\n");
}

type FunctionTable = ReadonlyMap<string, FunctionDef>;

function bridgeOf(table: FunctionTable, name: string): Bridge {
  const def = table.get(name);
  if (!def) throw new Error(`${name} is not in the function table`);
  const bridge = kindBridge(def) ?? { ...BRIDGE_OF_HELPER[name], fixed: [] };
  if (!bridge.bridge) throw new Error(`No runtime bridge for ${name}`);
  return bridge;
}

function indicatorSpec(indicator: Indicator, table: FunctionTable): FunctionSpec {
  return {
    name: indicator.functionName,
    description: indicator.functionDescription,
    returnsText: resultDescription(indicator),
    ...bridgeOf(table, indicator.functionName),
  };
}

function helperSpec(helper: HelperFunction, table: FunctionTable): FunctionSpec {
  const bridge = bridgeOf(table, helper.functionName);
  return {
    name: helper.functionName,
    description: helper.description,
    returnsText: helper.result,
    ...bridge,
  };
}

/** The unformatted source of functions.ts. */
export function functionsSource(catalogue: Catalogue = CATALOGUE): string {
  const table = buildFunctionTable(catalogue);
  const specs = [
    ...catalogue.indicators.map((i) => indicatorSpec(i, table)),
    ...catalogue.helpers.map((h) => helperSpec(h, table)),
  ];
  return [
    `// GENERATED by scripts/gen-functions.ts from src/core/catalogue. Do not edit by hand:`,
    `// change the catalogue, then run \`npx tsx scripts/gen-functions.ts\`.`,
    `// The help URLs point at ${DEV_BASE_URL}; production builds rewrite them (ADDIN_BASE_URL).`,
    // A namespace import, so that no parameter name can shadow a bridge.
    `import * as bridge from "./runtime";`,
    ``,
    specs.map((s) => renderFunction(s, catalogue)).join("\n\n"),
    ``,
  ].join("\n");
}

/** The source as committed: formatted with the project's prettier config. */
export async function formattedFunctionsSource(catalogue: Catalogue = CATALOGUE): Promise<string> {
  const options = (await resolveConfig(FUNCTIONS_FILE)) ?? {};
  return format(functionsSource(catalogue), { ...options, filepath: FUNCTIONS_FILE });
}

async function main(): Promise<void> {
  const expected = await formattedFunctionsSource();
  if (process.argv.includes("--check")) {
    let actual = "";
    try {
      actual = readFileSync(FUNCTIONS_FILE, "utf8");
    } catch {
      // missing file: reported as out of date below
    }
    if (actual !== expected) {
      console.error(
        "src/functions/functions.ts is out of date with the catalogue: run `npx tsx scripts/gen-functions.ts`."
      );
      process.exit(1);
    }
    console.log("src/functions/functions.ts matches the catalogue.");
    return;
  }
  writeFileSync(FUNCTIONS_FILE, expected);
  console.log(`Wrote ${FUNCTIONS_FILE}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
