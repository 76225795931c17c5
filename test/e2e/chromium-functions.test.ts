/**
 * The production custom-functions bundle in a real browser: dist/functions.js loaded in headless
 * Chromium after office.js from @microsoft/office-js (served locally), as Excel's shared runtime
 * loads it. Every id in dist/functions.json must be registered through office.js's own
 * CustomFunctions.associate, and compute what the core computes.
 *
 * Outside Excel, office.js defines CustomFunctions.associate (it records the mappings) but not
 * CustomFunctions.Error / ErrorCode, which Excel's runtime adds; the page defines just those two,
 * shaped as @types/custom-functions-runtime declares them, before the bundle runs.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CATALOGUE } from "../../src/core/catalogue";
import { CellError, EXCEL_ERROR_TEXT } from "../../src/core/errors";
import { runFunction } from "../../src/core/calculation";
import {
  launchChromium,
  OFFICE_JS_DIR,
  openPage,
  REPO_ROOT,
  type PageWatch,
} from "./browser/chromium";
import { startStaticServer, type StaticServer } from "./browser/server";

jest.setTimeout(120_000);

const DIST = path.join(REPO_ROOT, "dist");

interface JsonParam {
  name: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}
interface JsonFunction {
  id: string;
  name: string;
  parameters: JsonParam[];
  options?: Record<string, boolean>;
}

/** What a call gave in the browser, as plain data. */
type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; customError: boolean; code?: string; message?: string; name?: string };

/** The page Excel's runtime would be: office.js, then the runtime's error types, then the bundle. */
const PAGE = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Custom functions runtime test</title>
<script src="/office-js/office.js"></script>
<script>
  // Recorded before anything else, to report what office.js itself provides outside Excel.
  window.__officeProvided = {
    associate: typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function",
    error: typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function",
  };
  if (typeof CustomFunctions.Error !== "function") {
    CustomFunctions.ErrorCode = {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    };
    CustomFunctions.Error = class extends Error {
      constructor(code, message) {
        super(message);
        this.name = "CustomFunctions.Error";
        this.code = code;
      }
    };
  }
</script>
<script src="/dist/functions.js"></script>
</head>
<body><p>functions runtime</p></body>
</html>
`;

function readFunctionsJson(): JsonFunction[] {
  const file = path.join(DIST, "functions.json");
  const bundle = path.join(DIST, "functions.js");
  if (!fs.existsSync(file) || !fs.existsSync(bundle)) {
    throw new Error(
      `${bundle} / ${file} tidak ada: jalankan \`npm run build\` dulu (npm test does it before jest).`
    );
  }
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { functions: JsonFunction[] }).functions;
}

/** Shapes plain values as Excel hands them to a function declared by functions.json. */
function excelArgs(fn: JsonFunction, values: readonly unknown[]): unknown[] {
  const args: unknown[] = [];
  fn.parameters.forEach((param, index) => {
    const shape = (v: unknown) => (param.dimensionality === "matrix" ? [[v]] : v);
    if (param.repeating) {
      // Repeating parameters arrive as ONE array with an entry per repeated argument.
      args.push(values.slice(index).map(shape));
    } else {
      // An omitted optional argument arrives as null.
      args.push(index < values.length ? shape(values[index]) : null);
    }
  });
  const o = fn.options ?? {};
  if (o.stream || o.cancelable || o.requiresAddress || o.requiresParameterAddresses) {
    args.push({ address: "Sheet1!A1", setResult: () => undefined });
  }
  return args;
}

/** Example arguments for every function, from the catalogue (never written here). */
function examplesByName(): Map<string, unknown[]> {
  const map = new Map<string, unknown[]>();
  for (const indicator of CATALOGUE.indicators) map.set(indicator.functionName, indicator.example);
  for (const helper of CATALOGUE.helpers) map.set(helper.functionName, helper.example);
  return map;
}

/** Bad variants of an example: each should give the core's error, through the real bundle. */
function badVariants(example: readonly unknown[]): { label: string; values: unknown[] }[] {
  const withFirst = (v: unknown) => [v, ...example.slice(1)];
  const variants = [
    { label: "teks", values: withFirst("abc") },
    { label: "kosong", values: withFirst(null) },
    { label: "negatif", values: withFirst(-1) },
    { label: "boolean", values: withFirst(true) },
    { label: "pecahan", values: withFirst(2.5) },
  ];
  if (example.length >= 2 && typeof example[1] === "number") {
    variants.push({
      label: "penyebut 0",
      values: [example[0], 0, ...example.slice(2)],
    });
  }
  return variants;
}

function expectSameAsCore(name: string, values: unknown[], shaped: unknown[], got: Outcome) {
  const expected = runFunction(name, shaped);
  const context = `${name}(${JSON.stringify(values)}) → ${JSON.stringify(got)}`;
  if (expected instanceof CellError) {
    expect({ context, ok: got.ok }).toEqual({ context, ok: false });
    if (got.ok) return;
    expect({ context, customError: got.customError, code: got.code }).toEqual({
      context,
      customError: true,
      code: EXCEL_ERROR_TEXT[expected.kind],
    });
    // Only #VALUE! and #N/A carry a custom message in Excel.
    if (expected.kind !== "DIV0")
      expect({ context, message: got.message }).toEqual({ context, message: expected.message });
  } else {
    expect({ context, got }).toEqual({ context, got: { ok: true, value: expected } });
  }
}

describe("custom functions bundle in headless Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let functions: JsonFunction[];
  let pageDir: string;

  beforeAll(async () => {
    functions = readFunctionsJson();
    pageDir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-functions-page-"));
    fs.writeFileSync(path.join(pageDir, "index.html"), PAGE);
    server = await startStaticServer({
      "/": pageDir,
      "/dist/": DIST,
      "/office-js/": OFFICE_JS_DIR,
    });
    browser = await launchChromium();
    ({ context, page, watch } = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: false,
    }));
    await page.goto(`${server.url}/index.html`, { waitUntil: "load" });
    // office.js finishes its own start-up asynchronously; wait until it reports.
    await page.evaluate(() => Office.onReady());
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (pageDir) fs.rmSync(pageDir, { recursive: true, force: true });
  });

  const call = (id: string, args: unknown[]): Promise<Outcome> =>
    page.evaluate(
      async ({ id, args }) => {
        const registry = (
          CustomFunctions as unknown as {
            _association: { mappings: Record<string, (...a: unknown[]) => unknown> };
          }
        )._association.mappings;
        const fn = registry[id.toUpperCase()];
        try {
          return { ok: true as const, value: await fn(...args) };
        } catch (e) {
          const error = e as { code?: string; message?: string; name?: string };
          return {
            ok: false as const,
            customError: e instanceof CustomFunctions.Error,
            code: error.code,
            message: error.message,
            name: error.name,
          };
        }
      },
      { id, args }
    );

  test("the bundle loads without page errors, after office.js", async () => {
    const provided = await page.evaluate(
      () =>
        (window as unknown as { __officeProvided: { associate: boolean; error: boolean } })
          .__officeProvided
    );
    // The registration path under test is office.js's own associate, not a stand-in.
    expect(provided.associate).toBe(true);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    const warnings = watch.log.filter((l) => /\[(InvalidArg|DuplicatedName)\]/.test(l));
    expect(warnings).toEqual([]);
  });

  test("every id in functions.json is registered through CustomFunctions.associate", async () => {
    const registered = await page.evaluate(() =>
      Object.keys(
        (CustomFunctions as unknown as { _association: { mappings: Record<string, unknown> } })
          ._association.mappings
      ).sort()
    );
    const ids = functions.map((f) => f.id.toUpperCase()).sort();
    expect(ids.length).toBe(CATALOGUE.indicators.length + CATALOGUE.helpers.length);
    expect(registered).toEqual(ids);
  });

  test("PERSENTASE_PPKS_REHAB(45, 60) = 75 in the browser", async () => {
    const fn = functions.find((f) => f.id === "PERSENTASE_PPKS_REHAB");
    expect(fn).toBeDefined();
    const got = await call("PERSENTASE_PPKS_REHAB", excelArgs(fn as JsonFunction, [45, 60]));
    expect(got).toEqual({ ok: true, value: 75 });
  });

  test("every function computes its catalogue example as the core does", async () => {
    const examples = examplesByName();
    for (const fn of functions) {
      const values = examples.get(fn.id);
      expect({ id: fn.id, hasExample: values !== undefined }).toEqual({
        id: fn.id,
        hasExample: true,
      });
      const args = excelArgs(fn, values as unknown[]);
      const got = await call(fn.id, args);
      expect({ id: fn.id, ok: got.ok }).toEqual({ id: fn.id, ok: true });
      expectSameAsCore(fn.id, values as unknown[], args, got);
    }
  });

  test("bad inputs give Excel errors with the core's Indonesian messages", async () => {
    const examples = examplesByName();
    let errorsSeen = 0;
    for (const fn of functions) {
      for (const variant of badVariants(examples.get(fn.id) ?? [])) {
        const args = excelArgs(fn, variant.values);
        const got = await call(fn.id, args);
        if (!got.ok) errorsSeen++;
        expectSameAsCore(fn.id, variant.values, args, got);
      }
    }
    // Text and empty inputs are errors for every function: the variants really exercise errors.
    expect(errorsSeen).toBeGreaterThanOrEqual(functions.length * 2);
  });

  test("an omitted optional argument (null) takes its default", async () => {
    const helper = CATALOGUE.helpers.find((h) => h.params.some((p) => p.optional));
    expect(helper).toBeDefined();
    const h = helper as (typeof CATALOGUE.helpers)[number];
    const fn = functions.find((f) => f.id === h.functionName) as JsonFunction;
    const required = h.example.slice(0, h.params.filter((p) => !p.optional).length);
    const args = excelArgs(fn, required);
    expect(args[args.length - 1]).toBeNull();
    expectSameAsCore(fn.id, required, args, await call(fn.id, args));
  });

  test("the shipped shared-runtime page (taskpane.html) registers every function too", async () => {
    // As Excel loads it: dist/taskpane.html, with office.js from its CDN address answered by the
    // local @microsoft/office-js copy (no network here).
    const opened = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: true,
    });
    try {
      await opened.page.goto(`${server.url}/dist/taskpane.html`, { waitUntil: "load" });
      await opened.page.evaluate(() => Office.onReady());
      const registered = await opened.page.evaluate(() =>
        Object.keys(
          (CustomFunctions as unknown as { _association: { mappings: Record<string, unknown> } })
            ._association.mappings
        ).sort()
      );
      expect(registered).toEqual(functions.map((f) => f.id.toUpperCase()).sort());
      expect(opened.watch.pageErrors).toEqual([]);
      expect(opened.watch.consoleErrors).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });
});
