import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import type { AturanCapaian } from "../core/aturan";
import type { FormulaMode } from "../core/sheet/types";
import { CATALOGUE } from "../core/catalogue";
import { parsePeriode } from "../core/sakip/renstra";
import { messagesFor } from "../core/messages";
import { aturanOf, checkSettings, defaultSheetName } from "../core/settings";
import type { SettingsField, SettingsForm } from "../core/settings";
import type { CliMessages, Lang } from "./messages";

/**
 * Command-line parsing with node:util parseArgs (strict). Every problem of the options is
 * collected, so one run tells the user everything that is wrong.
 */

export interface GenerateArgs {
  /** New file to write (exclusive with update). */
  out?: string;
  /** Existing workbook whose IKU sheet is regenerated. */
  update?: string;
  tahun?: number;
  /** Formula mode; undefined: "excel" for a new file, the old sheet's mode for an update. */
  mode?: FormulaMode;
  nama?: string;
  sheet?: string;
  /**
   * The agency's capaian rules, when any of --desimal/--kategori-batas/--kategori-label/--swadaya
   * is given.
   */
  aturan?: AturanCapaian;
  force: boolean;
  /**
   * --hapus-catatan (update only): notes typed inside the old table where the new table writes
   * are removed; without it the update refuses and names those cells (the pane asks instead).
   */
  removeNotes?: boolean;
  /** Workbook whose Katalog IKU sheet is the catalogue (wins over the target's own Katalog). */
  katalog?: string;
}

export interface KatalogArgs {
  /** New file to write. */
  out: string;
  /** An empty table with one example row instead of the built-in catalogue. */
  kosong: boolean;
  force: boolean;
}

export interface RenstraCommandArgs {
  file: string;
  periode?: { awal: number; akhir: number };
  update: boolean;
  removeNotes: boolean;
  nama?: string;
}

export interface AuditArgs {
  files: string[];
  json: boolean;
}

export interface LkjipArgs {
  file: string;
  tahun: number;
}

type CommandName = "generate" | "audit" | "katalog" | "lkjip" | "renstra";

export type Command =
  | { kind: "help"; text: string }
  | {
      kind: "error";
      messages: string[];
      command?: CommandName;
    }
  | { kind: "lkjip"; args: LkjipArgs }
  | { kind: "renstra"; args: RenstraCommandArgs }
  | { kind: "generate"; args: GenerateArgs }
  | { kind: "katalog"; args: KatalogArgs }
  | { kind: "audit"; args: AuditArgs };

interface ParseError {
  code?: string;
  message: string;
}

/** Node's parseArgs messages are English only; this turns its error codes into ours. */
function describeParseError(e: ParseError, m: CliMessages): string {
  const opt = /'(-[^']*)'/.exec(e.message)?.[1] ?? "";
  const quoted = /"([^"]*)"|'([^']*)'/.exec(e.message);
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return m.unknownOption(opt.split(" ")[0]);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return m.missingValue(opt.split(" ")[0]);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return m.unexpectedArg(quoted?.[1] ?? quoted?.[2] ?? "");
    default:
      return m.unexpectedArg(e.message);
  }
}

/** The option that sets each field of the task pane's generate form. */
const FIELD_OPTION: Record<SettingsField, string> = {
  tahun: "--tahun",
  namaPerangkatDaerah: "--nama",
  sheetName: "--sheet",
  mode: "--rumus",
  desimal: "--desimal",
  kategoriBatas: "--kategori-batas",
  kategoriLabel: "--kategori-label",
  swadaya: "--swadaya",
};

interface GivenSettings {
  tahun?: string;
  nama?: string;
  sheet?: string;
  desimal?: string;
  batas?: string;
  label?: string;
  swadaya?: string;
}

function formOf(given: GivenSettings): SettingsForm {
  return {
    tahun: given.tahun ?? String(new Date().getFullYear()),
    namaPerangkatDaerah: given.nama ?? CATALOGUE.agency.nama,
    sheetName: given.sheet ?? defaultSheetName(given.tahun ?? String(new Date().getFullYear())),
    mode: "excel",
    desimal: given.desimal,
    kategoriBatas: given.batas,
    kategoriLabel: given.label,
    // Checked by the schema (swadayaInvalid); typed as the form types it.
    swadaya: given.swadaya?.trim().toLowerCase() as SettingsForm["swadaya"],
  };
}

/**
 * Checks --tahun, --nama and --sheet with the task pane's own rules and messages, so the CLI
 * and the pane accept the same settings. Only options the user gave are reported.
 */
function settingsProblems(given: GivenSettings, lang: Lang): string[] {
  const check = checkSettings(formOf(given));
  if (check.ok) return [];
  const texts = messagesFor(lang).settings;
  const out: string[] = [];
  const givenField: Record<SettingsField, boolean> = {
    tahun: given.tahun !== undefined,
    namaPerangkatDaerah: given.nama !== undefined,
    sheetName: given.sheet !== undefined,
    mode: false,
    desimal: given.desimal !== undefined,
    kategoriBatas: given.batas !== undefined,
    kategoriLabel: given.label !== undefined || given.batas !== undefined,
    swadaya: given.swadaya !== undefined,
  };
  for (const [field, keys] of Object.entries(check.errors) as [SettingsField, string[]][]) {
    if (!givenField[field]) continue;
    for (const key of keys) out.push(`${FIELD_OPTION[field]}: ${texts[key as keyof typeof texts]}`);
  }
  return out;
}

/** The generate options that take a value. */
const VALUE_OPTIONS = new Set([
  "--out",
  "--update",
  "--tahun",
  "--rumus",
  "--nama",
  "--sheet",
  "--katalog",
  "--periode",
]);

/**
 * `--tahun -1` is the value -1, not an option "-1": parseArgs would say the option needs a
 * value. A value that starts with "-" but is no option of ours is joined to its option.
 */
export function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = argv[i + 1];
    if (VALUE_OPTIONS.has(a) && next !== undefined && /^-(?!-?[a-z])/i.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

const HELP_OPTION = { help: { type: "boolean", short: "h", default: false } } as const;

/**
 * The option loop of every command: strict parseArgs (plus -h/--help), a parse error in our
 * words for `command`, --help answered with the command's help. Otherwise the parsed options
 * and, when allowed, the positionals.
 */
function parseOptions<const O extends OptionsConfig, const P extends boolean>(
  argv: string[],
  m: CliMessages,
  spec: {
    command: CommandName;
    help: string;
    options: O;
    allowPositionals: P;
    /** Join `--tahun -1` to its option (joinDashValues); audit takes its arguments as given. */
    joinDashes?: boolean;
  }
) {
  let parsed;
  try {
    parsed = parseArgs({
      args: spec.joinDashes === false ? argv : joinDashValues(argv),
      strict: true,
      allowPositionals: spec.allowPositionals,
      options: { ...spec.options, ...HELP_OPTION },
    });
  } catch (e) {
    const error: Command = {
      kind: "error",
      messages: [describeParseError(e as ParseError, m)],
      command: spec.command,
    };
    return { ok: false as const, command: error };
  }
  // The help option is ours, added to every command's options (its type is lost in the generic).
  if ((parsed.values as { help?: boolean }).help) {
    const help: Command = { kind: "help", text: spec.help };
    return { ok: false as const, command: help };
  }
  return { ok: true as const, values: parsed.values, positionals: parsed.positionals };
}

function parseGenerate(argv: string[], m: CliMessages, lang: Lang): Command {
  const parsed = parseOptions(argv, m, {
    command: "generate",
    help: m.helpGenerate,
    allowPositionals: false,
    options: {
      out: { type: "string" },
      update: { type: "string" },
      katalog: { type: "string" },
      tahun: { type: "string" },
      rumus: { type: "string" },
      nama: { type: "string" },
      sheet: { type: "string" },
      desimal: { type: "string" },
      "kategori-batas": { type: "string" },
      "kategori-label": { type: "string" },
      swadaya: { type: "string" },
      force: { type: "boolean", default: false },
      "hapus-catatan": { type: "boolean", default: false },
    },
  });
  if (!parsed.ok) return parsed.command;
  const v = parsed.values;
  const problems: string[] = [];
  if (v.out === undefined && v.update === undefined) problems.push(m.missingOutOrUpdate);
  if (v.out !== undefined && v.update !== undefined) problems.push(m.bothOutAndUpdate);
  if (v["hapus-catatan"] && v.update === undefined) problems.push(m.notesOnlyWithUpdate);
  for (const file of [v.out, v.update, v.katalog]) {
    if (file !== undefined && !/\.xlsx$/i.test(file)) problems.push(m.notXlsxName(file));
  }
  const given: GivenSettings = {
    tahun: v.tahun,
    nama: v.nama,
    sheet: v.sheet,
    desimal: v.desimal,
    batas: v["kategori-batas"],
    label: v["kategori-label"],
    swadaya: v.swadaya,
  };
  problems.push(...settingsProblems(given, lang));
  const customRules =
    v.desimal !== undefined ||
    v["kategori-batas"] !== undefined ||
    v["kategori-label"] !== undefined ||
    v.swadaya !== undefined;
  const rumus = v.rumus?.trim().toLowerCase();
  if (rumus !== undefined && rumus !== "excel" && rumus !== "iku")
    problems.push(m.badMode(v.rumus ?? ""));
  if (problems.length > 0) return { kind: "error", messages: problems, command: "generate" };
  return {
    kind: "generate",
    args: {
      out: v.out,
      update: v.update,
      tahun: v.tahun === undefined ? undefined : Number(v.tahun.trim()),
      mode: rumus as FormulaMode | undefined,
      nama: v.nama?.trim(),
      sheet: v.sheet,
      aturan: customRules ? aturanOf(formOf(given)) : undefined,
      force: v.force === true,
      removeNotes: v["hapus-catatan"] === true,
      katalog: v.katalog,
    },
  };
}

function parseKatalog(argv: string[], m: CliMessages): Command {
  const parsed = parseOptions(argv, m, {
    command: "katalog",
    help: m.helpKatalog,
    allowPositionals: false,
    options: {
      out: { type: "string" },
      kosong: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
    },
  });
  if (!parsed.ok) return parsed.command;
  const v = parsed.values;
  if (v.out === undefined)
    return { kind: "error", messages: [m.katalogMissingOut], command: "katalog" };
  if (!/\.xlsx$/i.test(v.out))
    return { kind: "error", messages: [m.notXlsxName(v.out)], command: "katalog" };
  return {
    kind: "katalog",
    args: { out: v.out, kosong: v.kosong === true, force: v.force === true },
  };
}

function parseRenstra(argv: string[], m: CliMessages, lang: Lang): Command {
  const parsed = parseOptions(argv, m, {
    command: "renstra",
    help: m.renstra.help,
    allowPositionals: true,
    options: {
      periode: { type: "string" },
      update: { type: "boolean", default: false },
      "hapus-catatan": { type: "boolean", default: false },
      nama: { type: "string" },
    },
  });
  if (!parsed.ok) return parsed.command;
  const v = parsed.values;
  const problems: string[] = [];
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) problems.push(m.renstra.missingFile);
  else if (!/\.xlsx$/i.test(file)) problems.push(m.notXlsxName(file));
  for (const arg of extra) problems.push(m.unexpectedArg(arg));
  if (v["hapus-catatan"] && !v.update) problems.push(m.notesOnlyWithUpdate);
  let periode: RenstraCommandArgs["periode"];
  if (v.periode !== undefined) {
    const read = parsePeriode(v.periode, lang);
    if (read.ok) periode = read.periode;
    else problems.push(`--periode: ${read.message}`);
  } else if (!v.update) problems.push(m.renstra.needPeriode);
  if (problems.length > 0 || file === undefined)
    return { kind: "error", messages: problems, command: "renstra" };
  return {
    kind: "renstra",
    args: {
      file,
      periode,
      update: v.update === true,
      removeNotes: v["hapus-catatan"] === true,
      nama: v.nama?.trim(),
    },
  };
}

function parseAudit(argv: string[], m: CliMessages): Command {
  const parsed = parseOptions(argv, m, {
    command: "audit",
    help: m.helpAudit,
    allowPositionals: true,
    joinDashes: false,
    options: { json: { type: "boolean", default: false } },
  });
  if (!parsed.ok) return parsed.command;
  if (parsed.positionals.length === 0)
    return { kind: "error", messages: [m.noFiles], command: "audit" };
  return { kind: "audit", args: { files: parsed.positionals, json: parsed.values.json === true } };
}

function parseLkjip(argv: string[], m: CliMessages): Command {
  const w = m.lkjip;
  const parsed = parseOptions(argv, m, {
    command: "lkjip",
    help: w.help,
    allowPositionals: true,
    options: { tahun: { type: "string" } },
  });
  if (!parsed.ok) return parsed.command;
  const v = parsed.values;
  const problems: string[] = [];
  const files = parsed.positionals;
  if (files.length === 0) problems.push(w.missingFile);
  if (files.length > 1) problems.push(w.tooManyFiles);
  if (files.length === 1 && !/\.xlsx$/i.test(files[0])) problems.push(m.notXlsxName(files[0]));
  const text = v.tahun?.trim();
  if (text === undefined) problems.push(w.missingTahun);
  else if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > 2100)
    problems.push(w.badTahun(v.tahun ?? ""));
  if (problems.length > 0) return { kind: "error", messages: problems, command: "lkjip" };
  return { kind: "lkjip", args: { file: files[0], tahun: Number(text) } };
}

export function parseCommandLine(argv: string[], m: CliMessages, lang: Lang): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: "error", messages: [m.noCommand] };
  if (first === "--help" || first === "-h" || first === "help") {
    if (rest[0] === "generate") return { kind: "help", text: m.helpGenerate };
    if (rest[0] === "audit") return { kind: "help", text: m.helpAudit };
    if (rest[0] === "katalog") return { kind: "help", text: m.helpKatalog };
    if (rest[0] === "lkjip") return { kind: "help", text: m.lkjip.help };
    if (rest[0] === "renstra") return { kind: "help", text: m.renstra.help };
    return { kind: "help", text: m.helpMain };
  }
  if (first === "generate") return parseGenerate(rest, m, lang);
  if (first === "audit") return parseAudit(rest, m);
  if (first === "katalog") return parseKatalog(rest, m);
  if (first === "lkjip") return parseLkjip(rest, m);
  if (first === "renstra") return parseRenstra(rest, m, lang);
  return { kind: "error", messages: [m.unknownCommand(first)] };
}
