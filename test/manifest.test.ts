/*
 * Offline check of the add-in manifest (`office-addin-manifest validate` needs the internet):
 * the source manifest.xml and the built dist/manifest.xml (needs `npm run build`).
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICONS: Record<string, number> = { "Icon.16x16": 16, "Icon.32x32": 32, "Icon.80x80": 80 };

function parse(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (problems.length) throw new Error(`manifest is not well-formed XML:\n${problems.join("\n")}`);
  return doc;
}

function elements(node: Document | Element, localName: string): Element[] {
  const all = node.getElementsByTagName("*");
  const found: Element[] = [];
  for (let i = 0; i < all.length; i++) if (all[i].localName === localName) found.push(all[i]);
  return found;
}

function text(doc: Document, localName: string): string {
  const [el] = elements(doc, localName);
  return el?.textContent?.trim() ?? "";
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Version strings compared as numbers ("1.10" > "1.9"). */
function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The Excel API members src/office calls, with the class that declares them. Their API set is
 * read from the Office.js typings (the "[Api set: ExcelApi x]" line of each member's comment),
 * so the manifest's requirement follows the documented contract, not a guess.
 */
const EXCEL_MEMBERS: [owner: string, member: string][] = [
  ["Worksheet", "getRanges"],
  // The LKjIP sheet's names and charts (src/office/lkjip.ts).
  ["Worksheet", "names"],
  ["Worksheet", "charts"],
  ["ChartCollection", "add"],
  ["Chart", "setPosition"],
  ["ChartSeriesCollection", "add"],
  ["ChartSeriesCollection", "getItemAt"],
  ["ChartSeries", "setValues"],
  ["ChartSeries", "setXAxisValues"],
  ["ChartSeries", "chartType"],
  ["Worksheet", "pageLayout"],
  ["PageLayout", "setPrintTitleRows"],
  ["PageLayout", "zoom"],
  ["PageLayout", "paperSize"],
  ["Application", "suspendScreenUpdatingUntilNextSync"],
  ["Application", "suspendApiCalculationUntilNextSync"],
  ["Worksheet", "getUsedRangeOrNullObject"],
  ["Worksheet", "getRangeByIndexes"],
  ["Worksheet", "freezePanes"],
  ["Worksheet", "onChanged"],
  ["Range", "copyFrom"],
  ["Worksheet", "copy"],
  ["NamedItemCollection", "getItemOrNullObject"],
  ["RangeFormat", "useStandardHeight"],
  ["Range", "conditionalFormats"],
  ["Range", "dataValidation"],
  ["Range", "unmerge"],
  ["ConditionalFormatCollection", "clearAll"],
  ["WorksheetProtection", "unprotect"],
];

function excelApiNeeded(): {
  needed: string;
  uses: { member: string; set: string; used: boolean }[];
} {
  const typings = readFileSync(
    join(ROOT, "node_modules", "@types", "office-js", "index.d.ts"),
    "utf8"
  );
  const officeDir = join(ROOT, "src", "office");
  const source = readdirSync(officeDir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(join(officeDir, f), "utf8"))
    .join("\n");
  const uses = EXCEL_MEMBERS.map(([owner, member]) => {
    const start = typings.indexOf(`class ${owner} extends OfficeExtension.ClientObject`);
    if (start < 0) throw new Error(`no class Excel.${owner} in the typings`);
    const end = typings.indexOf("\n    }\n", start);
    const body = typings.slice(start, end);
    const at = body.search(new RegExp(`\\n\\s+(readonly )?${member}[(:<]`));
    if (at < 0) throw new Error(`Excel.${owner} has no member ${member}`);
    const comment = body.slice(body.lastIndexOf("/**", at), at);
    const set = /Api set: ExcelApi (\d+\.\d+)/.exec(comment)?.[1];
    if (!set) throw new Error(`no ExcelApi set for Excel.${owner}.${member}`);
    return { member, set, used: new RegExp(`\\.${member}\\b`).test(source) };
  });
  const needed = uses
    .filter((u) => u.used)
    .map((u) => u.set)
    .reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), "1.1");
  return { needed, uses };
}

function checkManifest(label: string, file: string, expectedBase: string): void {
  describe(label, () => {
    let doc: Document;
    beforeAll(() => {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
      doc = parse(readFileSync(file, "utf8"));
    });

    test("is a task pane add-in for workbooks", () => {
      const root = doc.documentElement as Element;
      expect(root.localName).toBe("OfficeApp");
      expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
      const hosts = elements(doc, "Host").map(
        (h) => h.getAttribute("Name") || h.getAttribute("xsi:type")
      );
      expect(new Set(hosts)).toEqual(new Set(["Workbook"]));
    });

    test("has a GUID id, a four-part version and Indonesian as default locale", () => {
      expect(text(doc, "Id")).toMatch(GUID);
      expect(text(doc, "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(text(doc, "DefaultLocale")).toBe("id-ID");
    });

    test("asks for ReadWriteDocument and nothing more", () => {
      expect(elements(doc, "Permissions").map((p) => p.textContent?.trim())).toEqual([
        "ReadWriteDocument",
      ]);
    });

    test("requires SharedRuntime and CustomFunctionsRuntime", () => {
      const sets = elements(doc, "Set").map((s) => s.getAttribute("Name"));
      expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]));
    });

    test("declares the Excel API set the code uses (ExcelApi, as the typings say)", () => {
      const excel = elements(doc, "Set").find((s) => s.getAttribute("Name") === "ExcelApi");
      expect(excel).toBeDefined();
      const declared = excel?.getAttribute("MinVersion") ?? "0";
      const { needed, uses } = excelApiNeeded();
      // Every member listed is really used (so the table stays honest) …
      expect(uses.filter((u) => !u.used).map((u) => u.member)).toEqual([]);
      // … and the manifest asks for the highest set among them.
      expect(declared).toBe(needed);
    });

    test("shared runtime: one task pane, named by a TaskpaneId, on the runtime's page", () => {
      const shared = elements(doc, "Runtime")[0].getAttribute("resid");
      const panes = elements(doc, "Action").filter(
        (a) => a.getAttribute("xsi:type") === "ShowTaskpane"
      );
      expect(panes.length).toBeGreaterThan(0);
      const ids = panes.map((a) => elements(a, "TaskpaneId")[0]?.textContent?.trim() ?? "");
      // Any ShowTaskpane without a TaskpaneId is another task pane, which a shared runtime
      // does not support; all actions share one id and the runtime's page.
      expect(ids.every((id) => id.length > 0)).toBe(true);
      expect(new Set(ids).size).toBe(1);
      for (const a of panes) {
        expect(elements(a, "SourceLocation")[0].getAttribute("resid")).toBe(shared);
      }
    });

    test("every resid referenced exists in Resources, and ids are at most 32 characters", () => {
      const defined = new Set<string>();
      for (const kind of ["Image", "Url", "String"]) {
        for (const el of elements(doc, kind)) {
          const id = el.getAttribute("id");
          if (id) defined.add(id);
        }
      }
      const all = doc.getElementsByTagName("*");
      const referenced: string[] = [];
      for (let i = 0; i < all.length; i++) {
        const resid = all[i].getAttribute("resid");
        if (resid) referenced.push(resid);
      }
      expect(referenced.length).toBeGreaterThan(10);
      expect(referenced.filter((r) => !defined.has(r))).toEqual([]);
      expect([...defined].filter((id) => id.length > 32)).toEqual([]);
    });

    test("every URL is https and on the expected base address", () => {
      const urls: string[] = [];
      const all = doc.getElementsByTagName("*");
      for (let i = 0; i < all.length; i++) {
        for (const attr of ["DefaultValue", "Value"]) {
          const v = all[i].getAttribute(attr);
          if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
        }
      }
      for (const el of elements(doc, "AppDomain")) urls.push(el.textContent?.trim() ?? "");
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) {
        expect(url).toMatch(/^https:\/\//);
        expect(url.startsWith(expectedBase)).toBe(true);
      }
    });

    test("one long-lived shared runtime serves the pane, the commands and the functions", () => {
      const runtimes = elements(doc, "Runtime");
      expect(runtimes).toHaveLength(1);
      expect(runtimes[0].getAttribute("lifetime")).toBe("long");
      const shared = runtimes[0].getAttribute("resid");
      const [page] = elements(doc, "Page");
      const pageSource = elements(page, "SourceLocation")[0];
      expect(pageSource.getAttribute("resid")).toBe(shared);
      expect(elements(doc, "FunctionFile")[0].getAttribute("resid")).toBe(shared);
      const action = elements(doc, "Action").find(
        (a) => a.getAttribute("xsi:type") === "ShowTaskpane"
      );
      const actionSource = action ? elements(action, "SourceLocation")[0] : undefined;
      expect(actionSource?.getAttribute("resid")).toBe(shared);
    });

    test("custom functions: namespace IKU, functions.js and functions.json", () => {
      const resources = new Map<string, string>();
      for (const el of [...elements(doc, "Url"), ...elements(doc, "String")]) {
        const id = el.getAttribute("id");
        if (id) resources.set(id, el.getAttribute("DefaultValue") ?? "");
      }
      const point = elements(doc, "ExtensionPoint").find(
        (e) => e.getAttribute("xsi:type") === "CustomFunctions"
      );
      if (!point) throw new Error("no CustomFunctions extension point");
      const namespace = elements(point, "Namespace")[0].getAttribute("resid");
      expect(resources.get(namespace ?? "")).toBe("IKU");
      const sources = elements(point, "SourceLocation").map((s) =>
        resources.get(s.getAttribute("resid") ?? "")
      );
      expect(sources).toEqual(
        expect.arrayContaining([`${expectedBase}/functions.js`, `${expectedBase}/functions.json`])
      );
    });

    test('a ribbon button on the Home tab, in a group "IKU", shows the task pane', () => {
      const [tab] = elements(doc, "OfficeTab");
      expect(tab.getAttribute("id")).toBe("TabHome");
      const [group] = elements(tab, "Group");
      const label = elements(group, "Label")[0].getAttribute("resid");
      const strings = elements(doc, "String").find((s) => s.getAttribute("id") === label);
      expect(strings?.getAttribute("DefaultValue")).toBe("IKU");
      const actions = elements(group, "Action").map((a) => a.getAttribute("xsi:type"));
      expect(actions).toContain("ShowTaskpane");
    });

    test("user-visible strings have an en-US override", () => {
      for (const id of ["TaskpaneButton.Label", "TaskpaneButton.Tooltip", "GetStarted.Title"]) {
        const el = elements(doc, "String").find((s) => s.getAttribute("id") === id);
        if (!el) throw new Error(`no string ${id}`);
        const override = elements(el, "Override")[0];
        expect(override.getAttribute("Locale")).toBe("en-US");
      }
      const display = elements(doc, "DisplayName")[0];
      expect(elements(display, "Override")[0].getAttribute("Locale")).toBe("en-US");
    });

    test("the icons exist with the declared pixel sizes", () => {
      const dir = join(file, "..");
      for (const el of elements(doc, "Image")) {
        const id = el.getAttribute("id");
        if (!id) continue;
        const url = el.getAttribute("DefaultValue") ?? "";
        const relative = url.slice(expectedBase.length + 1);
        const size = pngSize(join(dir, relative));
        expect(size).toEqual({ width: ICONS[id], height: ICONS[id] });
      }
      for (const tag of ["IconUrl", "HighResolutionIconUrl"]) {
        const url = elements(doc, tag)[0].getAttribute("DefaultValue") ?? "";
        const { width } = pngSize(join(dir, url.slice(expectedBase.length + 1)));
        expect(width).toBe(tag === "IconUrl" ? 32 : 64);
      }
    });
  });
}

checkManifest("manifest.xml", join(ROOT, "manifest.xml"), "https://localhost:3000");

// The build rewrites the base address only when ADDIN_BASE_URL is set for a production build.
const builtBase = (process.env.ADDIN_BASE_URL || "https://localhost:3000").replace(/\/+$/, "");
checkManifest("dist/manifest.xml (built)", join(ROOT, "dist", "manifest.xml"), builtBase);
