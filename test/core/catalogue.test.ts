/*
 * The catalogue is the single source of truth: it must be schema-valid, hold the 18 IKU in the
 * document's order, and the built functions.json (needs `npm run build`) must expose exactly its
 * functions with its parameter names and descriptions.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { CATALOGUE, functionParams } from "../../src/core/catalogue";
import { Catalogue } from "../../src/core/catalogue/schema";
import { helpAnchor } from "../../src/core/help";

const ROOT = join(__dirname, "../..");
const FUNCTIONS_JSON = join(ROOT, "dist", "functions.json");

interface JsonParam {
  name: string;
  description?: string;
  optional?: boolean;
  repeating?: boolean;
  type?: string;
  dimensionality?: string;
}
interface JsonFunction {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: JsonParam[];
}

function loadFunctionsJson(): Map<string, JsonFunction> {
  if (!existsSync(FUNCTIONS_JSON)) {
    throw new Error("dist/functions.json is missing: run `npm run build` before the tests.");
  }
  const json = JSON.parse(readFileSync(FUNCTIONS_JSON, "utf8")) as { functions: JsonFunction[] };
  return new Map(json.functions.map((f) => [f.id, f]));
}

test("the catalogue is valid against its schema", () => {
  const parsed = Catalogue.safeParse(CATALOGUE);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
});

test("18 indicators, IKU01 … IKU18, in the document's order", () => {
  expect(CATALOGUE.indicators.map((i) => i.code)).toEqual(
    Array.from({ length: 18 }, (_, k) => `IKU${String(k + 1).padStart(2, "0")}`)
  );
  expect(CATALOGUE.indicators.map((i) => i.order)).toEqual(
    Array.from({ length: 18 }, (_, k) => k + 1)
  );
});

test("sasaran and penanggung jawab as in the document", () => {
  const sasaran = CATALOGUE.indicators.map((i) => i.sasaran);
  expect(sasaran).toEqual(["S1", ...Array(9).fill("S2"), ...Array(8).fill("S3")]);
  for (const ind of CATALOGUE.indicators) expect(ind.sumberData).toBe(CATALOGUE.agency.singkatan);
});

test("function names and anchors are unique", () => {
  const names = [
    ...CATALOGUE.indicators.map((i) => i.functionName),
    ...CATALOGUE.helpers.map((h) => h.functionName),
  ];
  expect(new Set(names).size).toBe(names.length);
  const anchors = names.map((n) => helpAnchor(n));
  expect(new Set(anchors).size).toBe(anchors.length);
});

describe("dist/functions.json matches the catalogue", () => {
  let json: Map<string, JsonFunction>;
  beforeAll(() => {
    json = loadFunctionsJson();
  });

  test("exactly the catalogue's 28 functions", () => {
    const expected = [
      ...CATALOGUE.indicators.map((i) => i.functionName),
      ...CATALOGUE.helpers.map((h) => h.functionName),
    ];
    expect([...json.keys()]).toEqual(expected);
  });

  test.each(CATALOGUE.indicators.map((i) => [i.functionName, i] as const))(
    "%s: parameters and descriptions from the catalogue",
    (name, indicator) => {
      const fn = json.get(name) as JsonFunction;
      expect(fn.description).toBe(indicator.functionDescription);
      expect(fn.helpUrl.endsWith(`/help.html#${indicator.code}`)).toBe(true);
      const params = functionParams(indicator);
      expect(fn.parameters.map((p) => p.name)).toEqual(params.map((p) => p.name));
      expect(fn.parameters.map((p) => p.description)).toEqual(params.map((p) => p.description));
      expect(fn.parameters.map((p) => p.repeating === true)).toEqual(
        params.map((p) => p.repeating)
      );
      // "any": text and booleans must reach the function to get an Indonesian message.
      for (const p of fn.parameters) expect(p.type).toBe("any");
    }
  );

  test.each(CATALOGUE.helpers.map((h) => [h.functionName, h] as const))(
    "%s: parameters and descriptions from the catalogue",
    (name, helper) => {
      const fn = json.get(name) as JsonFunction;
      expect(fn.description).toBe(helper.description);
      expect(fn.helpUrl.endsWith(`/help.html#${name}`)).toBe(true);
      expect(
        fn.parameters.map((p) => ({
          name: p.name,
          description: p.description,
          optional: p.optional === true,
          // A range or an array constant: a matrix parameter (a repeating one is one too).
          ...(p.dimensionality === "matrix" && p.repeating !== true ? { matrix: true } : {}),
          ...(p.repeating === true ? { repeating: true } : {}),
        }))
      ).toEqual(helper.params);
    }
  );
});

test("src/functions/functions.ts is what the generator makes from the catalogue", () => {
  // A child process: the generator formats with prettier, which jest's VM cannot import.
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  try {
    execFileSync(process.execPath, [tsx, join(ROOT, "scripts", "gen-functions.ts"), "--check"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(stderr);
  }
});
