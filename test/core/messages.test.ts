import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { CATALOGUE, type Catalogue } from "../../src/core/catalogue";
import { messagesFor, textFacts } from "../../src/core/messages";
import type { HostProblemCode, Lang } from "../../src/core/messages";
import { buildHelpHtml } from "../../src/core/help";
import { CLI_LIMITS } from "../../src/cli/limits";
import { messages as cliMessages } from "../../src/cli/messages";
import { stringsFor } from "../../src/taskpane/i18n";

/** The one message catalogue: both languages complete, one word per concept, counts from data. */

const CODES: HostProblemCode[] = [
  "notInExcel",
  "cellEditMode",
  "sheetProtected",
  "foreignSheet",
  "otherIkuSheet",
  "noIkuSheet",
  "payloadTooLarge",
  "userNotes",
  "unknown",
];

/**
 * Every key path of a language's catalogue with the text found there. Functions are called
 * with arguments of the kind their key takes, so a function returning "" or a missing branch
 * shows up as a path with an empty text.
 */
function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === "string") {
    out.set(path, value);
    return;
  }
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const key = path.split(".").pop() ?? "";
    if (key === "cli") return leaves(fn(CLI_LIMITS), path, out);
    if (key === "problem") {
      for (const code of CODES)
        leaves(fn({ code, sheet: "S", suggestion: "T", notes: [] }), `${path}(${code})`, out);
      return;
    }
    if (key === "fileProblem") {
      for (const code of ["missing", "tooLarge", "unpackedTooLarge", "tooManyCells"])
        leaves(fn(code, "f.xlsx", "Sheet1"), `${path}(${code})`, out);
      return;
    }
    const samples: unknown[][] = [
      ["error", 1, 2, 3],
      ["A", "B", "C", "D"],
      [{ created: true, sheet: "S", indicators: 2, keptValues: 1, range: "A1:B2", rows: 2 }],
      [{ done: 1, total: 2 }],
      [["S1", "S2"]],
      [true],
    ];
    for (const [i, args] of samples.entries()) {
      let result: unknown;
      try {
        result = fn(...args);
      } catch {
        continue; // arguments of another kind
      }
      if (typeof result === "string" || (result !== null && typeof result === "object"))
        leaves(result, `${path}(${i})`, out);
    }
    return;
  }
  if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
}

function catalogueLeaves(lang: Lang, catalogue: Catalogue = CATALOGUE): Map<string, string> {
  const out = new Map<string, string>();
  leaves(messagesFor(lang, catalogue), "", out);
  return out;
}

describe("one message catalogue per language", () => {
  const id = catalogueLeaves("id");
  const en = catalogueLeaves("en");

  test("Indonesian and English have the same keys", () => {
    expect(id.size).toBeGreaterThan(300);
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
  });

  test("no text is empty", () => {
    for (const texts of [id, en])
      for (const [path, text] of texts) {
        if (path === ".lang") continue;
        expect({ path, empty: text.trim() === "" }).toEqual({ path, empty: false });
      }
  });

  test("the two languages differ where they should", () => {
    expect(en.get(".pane.generateIntro")).not.toBe(id.get(".pane.generateIntro"));
    expect(en.get(".report.title")).not.toBe(id.get(".report.title"));
  });

  test("the pane and the CLI read it", () => {
    for (const lang of ["id", "en"] as const) {
      const m = messagesFor(lang);
      expect(stringsFor(lang).generateIntro).toBe(m.pane.generateIntro);
      expect(cliMessages(lang).helpGenerate).toBe(m.cli(CLI_LIMITS).helpGenerate);
    }
  });

  test("a host problem met by both the pane and the CLI is worded once", () => {
    for (const lang of ["id", "en"] as const) {
      const m = messagesFor(lang);
      const pane = stringsFor(lang);
      const cli = cliMessages(lang);
      expect(pane.problem({ code: "foreignSheet", sheet: "X" }).body).toContain(
        m.host.foreignSheet("“X”")
      );
      expect(cli.foreignSheet("X")).toContain(m.host.foreignSheet('"X"'));
      expect(pane.problem({ code: "otherIkuSheet", sheet: "X" }).body).toContain(
        m.host.otherIkuSheet("“X”")
      );
      expect(cli.otherIkuSheet("X", "Y")).toContain(m.host.otherIkuSheet('"X"'));
      expect(pane.problem({ code: "noIkuSheet" }).body).toContain(m.host.noIkuSheet);
      expect(cli.noIkuSheet).toContain(m.host.noIkuSheet);
    }
  });
});

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * The source files `file` imports, transitively (relative imports only). Type-only imports and
 * re-exports are erased by the compiler, so they bring nothing into a bundle and are skipped.
 */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const statements = readFileSync(file, "utf8").matchAll(
    /(?:^|\n)\s*(?:import|export)(\s+type\b)?[^;]*?from "(\.[^"]+)"/g
  );
  for (const [, typeOnly, spec] of statements) {
    if (typeOnly) continue;
    const base = resolve(dirname(file), spec);
    const next = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    if (next) importsOf(next, seen);
  }
  return seen;
}

describe("the pane's bundle", () => {
  test("reads the core words only, not the CLI's or the help page's", () => {
    const src = join(__dirname, "../../src");
    const reached = [...importsOf(join(src, "taskpane/i18n.ts"))].map((f) => relative(src, f));
    expect(reached).toContain(join("core", "messages", "id.ts"));
    expect(reached).toContain(join("core", "messages", "en.ts"));
    expect(reached.filter((f) => /messages[\\/](index|\w+-(cli|help))\.ts$/.test(f))).toEqual([]);
  });

  test("reaches the catalogue's data only through the facts the web build inlines", () => {
    const src = join(__dirname, "../../src");
    const facts = join(src, "core", "messages", "catalogue-facts.ts");
    // catalogue-facts.ts is evaluated by webpack (scripts/evaluate-loader.js): its imports stay out.
    expect([...importsOf(join(src, "taskpane/i18n.ts"))]).toContain(facts);
    const reached = [...importsOf(join(src, "taskpane/i18n.ts"), new Set([facts]))]
      .filter((f) => f !== facts)
      .map((f) => relative(src, f));
    expect(reached.filter((f) => f.includes("catalogue"))).toEqual([]);
  });

  test("the facts the web build inlines are the catalogue's", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require("../../scripts/evaluate-loader.js") as (this: object) => string;
    const root = join(__dirname, "../..");
    const read: string[] = [];
    const source = loader.call({
      resourcePath: join(root, "src", "core", "messages", "catalogue-facts.ts"),
      rootContext: root,
      addDependency: (file: string) => read.push(file),
    });
    const match = /^export const CATALOGUE_FACTS = (.*);$/.exec(source);
    expect(match).not.toBeNull();
    expect(JSON.parse((match as RegExpExecArray)[1])).toEqual(textFacts(CATALOGUE));
    // A change to the catalogue rebuilds the facts.
    expect(read).toContain(join(root, "src", "core", "catalogue", "indicators.ts"));
  });
});

describe("one word per concept", () => {
  test('no source outside src/core/messages says "galat"', () => {
    const src = join(__dirname, "../../src");
    const offending = files(src)
      .filter((f) => !relative(src, f).startsWith(join("core", "messages")))
      .filter((f) => /galat/i.test(readFileSync(f, "utf8")))
      .map((f) => relative(src, f));
    expect(offending).toEqual([]);
  });

  test('an error finding is a "Kesalahan" in every Indonesian text', () => {
    const id = messagesFor("id");
    expect(id.terms.severity.error.title).toBe("Kesalahan");
    expect(id.report.severity.error).toBe("Kesalahan");
    expect(stringsFor("id").severity.error).toBe("Kesalahan");
    expect(cliMessages("id").severity("error")).toBe("kesalahan");
    for (const [path, text] of catalogueLeaves("id"))
      expect({ path, galat: /galat/i.test(text) }).toEqual({ path, galat: false });
  });
});

describe("counts come from the catalogue", () => {
  /** The catalogue with one more indicator, put first: every other indicator moves down one. */
  function withOneMore(): Catalogue {
    const first = CATALOGUE.indicators[0];
    return {
      ...CATALOGUE,
      indicators: [
        { ...first, code: "IKU99", order: 1, functionName: "NILAI_TAMBAHAN" },
        ...CATALOGUE.indicators.map((i) => ({ ...i, order: i.order + 1 })),
      ],
    };
  }

  test("a 19th indicator changes every text that counts the indicators", () => {
    const n = CATALOGUE.indicators.length;
    const bigger = withOneMore();
    expect(bigger.indicators).toHaveLength(n + 1);

    expect(stringsFor("id").generateIntro).toContain(`berisi ${n} indikator`);
    expect(stringsFor("id", bigger).generateIntro).toContain(`berisi ${n + 1} indikator`);
    expect(stringsFor("en", bigger).generateIntro).toContain(`the ${n + 1} indicators`);
    expect(messagesFor("id", bigger).cli(CLI_LIMITS).helpGenerate).toContain(
      `(${n + 1} indikator)`
    );
    expect(messagesFor("en", bigger).cli(CLI_LIMITS).helpGenerate).toContain(
      `(${n + 1} indicators)`
    );
    // No text of the bigger catalogue still states the old count of indicators.
    for (const lang of ["id", "en"] as const)
      for (const [path, text] of catalogueLeaves(lang, bigger))
        expect({ path, old: new RegExp(`\\b${n} indi[ck]at`).test(text) }).toEqual({
          path,
          old: false,
        });
    // The help page lists every function of the catalogue it is given, by its new order.
    const page = buildHelpHtml(bigger);
    expect(page).toContain('id="IKU99"');
    expect(page).toContain(`(IKU ${n + 1})</li>`);
  });

  test("the indicator measured in rupiah is named by its order in the catalogue", () => {
    const swadaya = textFacts(CATALOGUE).swadayaOrder;
    expect(swadaya).toBeDefined();
    const bigger = withOneMore();
    expect(textFacts(bigger).swadayaOrder).toBe((swadaya as number) + 1);
    expect(stringsFor("id").swadayaLabel).toBe(`Cara mengukur IKU ${swadaya} (swadaya)`);
    expect(stringsFor("id", bigger).swadayaLabel).toBe(
      `Cara mengukur IKU ${(swadaya as number) + 1} (swadaya)`
    );
    expect(messagesFor("en", bigger).settings.swadayaInvalid).toContain(
      `IKU ${(swadaya as number) + 1}`
    );
  });

  test("the help page names indicators by their order in the catalogue, in both languages", () => {
    const swadaya = textFacts(CATALOGUE).swadayaOrder as number;
    const order = (code: string) => textFacts(CATALOGUE).orders[code];
    const page = buildHelpHtml();
    expect(page).toContain(`<li>IKU ${swadaya} (swadaya) dapat diukur`);
    expect(page).toContain(`Target predikat (IKU ${order("IKU01")})`);
    const bigger = buildHelpHtml(withOneMore());
    expect(bigger).toContain(`<li>IKU ${swadaya + 1} (swadaya) dapat diukur`);
    expect(bigger).toContain(`Target predikat (IKU ${order("IKU01") + 1})`);
    expect(bigger).toContain(`korban bencana, IKU ${order("IKU09") + 1},`);

    const en = buildHelpHtml(CATALOGUE, "en");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain(`<li>IKU ${swadaya} (swadaya) can be measured`);
    expect(en).toContain('<span lang="id">/ Aturan umum</span>');
    expect(en).not.toContain("Rumus dalam dokumen");
    expect(page).toContain('<span lang="en">/ General rules</span>');
  });

  test("the placemat counts its own steps", () => {
    expect(stringsFor("id").placematSteps).toHaveLength(3);
    expect(stringsFor("id").placematTitle).toBe("Mulai dalam tiga langkah");
    expect(stringsFor("en").placematTitle).toBe("Get started in three steps");
  });

  test("the CLI states the limits it enforces", () => {
    const id = cliMessages("id");
    expect(id.helpAudit).toContain(`${CLI_LIMITS.fileMb} MB`);
    expect(id.helpAudit).toContain(`bawaan ${CLI_LIMITS.memoryMb} MB`);
    expect(id.fileProblem("tooManyCells", "f.xlsx", "S")).toContain("5.000.000");
    expect(cliMessages("en").fileProblem("tooManyCells", "f.xlsx", "S")).toContain("5,000,000");
    expect(
      messagesFor("id")
        .cli({ ...CLI_LIMITS, fileMb: 80 })
        .fileProblem("tooLarge", "f.xlsx")
    ).toContain("batas 80 MB");
  });
});
