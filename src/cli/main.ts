import { spawn } from "node:child_process";
import { version } from "../../package.json";
import type { AuditWorker, WorkerSpec } from "./audit";
import { detectLang, messages, type CliMessages } from "./messages";

/**
 * Entry point of the `iku` command (bin/iku.js). `run` takes its streams and environment as
 * arguments so the tests drive it in-process; every failure ends as a message and an exit
 * code, never as a stack trace. The commands (and exceljs with them) are imported only when
 * one runs: `iku --help` and `iku --version` start without them.
 */

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Audit each file in a child process (the command line); absent: in this process. */
  worker?: WorkerSpec;
  /** Told of the audit's worker, so a closed pipe can stop it. */
  onWorker?: (worker: AuditWorker) => void;
}

/** Exit code of an audit whose output was closed before the end (128 + SIGPIPE, as shells do). */
export const EXIT_PIPE_CLOSED = 141;

/** Exit code of a usage error or of a file that cannot be used. */
export const EXIT_USAGE = 2;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const lang = detectLang(io.env);
  const m = messages(lang);
  try {
    if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
      io.out(`iku ${version}`);
      return 0;
    }
    const { parseCommandLine } = await import("./args");
    const cmd = parseCommandLine(argv, m, lang);
    switch (cmd.kind) {
      case "help":
        io.out(cmd.text);
        return 0;
      case "error":
        for (const line of cmd.messages) io.err(line);
        io.err(m.seeHelp(cmd.command));
        return EXIT_USAGE;
      case "generate": {
        const { runGenerate } = await import("./generate");
        io.out(await runGenerate(cmd.args, m, lang));
        return 0;
      }
      case "lkjip": {
        const { runLkjip } = await import("./lkjip");
        io.out(await runLkjip(cmd.args, m, lang));
        return 0;
      }
      case "katalog": {
        const { runKatalog } = await import("./katalog");
        io.out(await runKatalog(cmd.args, m));
        return 0;
      }
      case "renstra": {
        const { runRenstra } = await import("./renstra");
        io.out(await runRenstra(cmd.args, m, lang));
        return 0;
      }
      case "audit": {
        const [{ runAudit, AuditWorker }, { runAnalyser }] = await Promise.all([
          import("./audit"),
          import("./analyse"),
        ]);
        const worker = io.worker ? new AuditWorker(io.worker, m) : undefined;
        if (worker) io.onWorker?.(worker);
        try {
          return await runAudit(cmd.args.files, cmd.args.json, runAnalyser(lang), m, io, worker);
        } finally {
          worker?.close();
        }
      }
    }
  } catch (e) {
    // Both classes come with the command that threw them, so these imports are already loaded.
    const [{ FileProblem }, { GenerateRefused }] = await Promise.all([
      import("./xlsx-read"),
      import("./generate"),
    ]);
    if (e instanceof FileProblem) io.err(m.fileProblem(e.code, e.file, e.detail));
    else if (e instanceof GenerateRefused) io.err(e.message);
    else io.err(m.internalError(e instanceof Error ? e.message : String(e)));
    return EXIT_USAGE;
  }
}

/** Set in the environment of the capped child, so it does not spawn another. */
const CAPPED_ENV = "IKU_CAPPED_CHILD";

/** Runs the command again in a child with a V8 heap cap; its output is the child's own. */
function runCapped(
  entry: string,
  argv: string[],
  memoryMb: number,
  m: CliMessages
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv.filter((a) => !a.startsWith("--max-old-space-size")),
        `--max-old-space-size=${memoryMb}`,
        entry,
        ...argv,
      ],
      // stderr is piped: V8's out-of-memory report is replaced by a message.
      { stdio: ["inherit", "inherit", "pipe"], env: { ...process.env, [CAPPED_ENV]: "1" } }
    );
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => {
      if (stderr.length < 1_000_000) stderr += b.toString("utf8");
    });
    child.on("error", (e) => {
      process.stderr.write(m.internalError(e.message) + "\n");
      resolve(EXIT_USAGE);
    });
    child.on("close", (code, signal) => {
      const file = argv[argv.indexOf("--update") + 1] ?? "";
      if (code === 134 || signal === "SIGABRT" || /heap out of memory/i.test(stderr)) {
        process.stderr.write(m.updateOutOfMemory(file, memoryMb) + "\n");
        return resolve(EXIT_USAGE);
      }
      process.stderr.write(stderr);
      resolve(code ?? EXIT_USAGE);
    });
  });
}

function positiveEnv(text: string | undefined, fallback: number): number {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

export async function main(argv: string[]): Promise<number> {
  const lang = detectLang(process.env);
  const m = messages(lang);
  const out = (text: string) => process.stdout.write(text.endsWith("\n") ? text : text + "\n");
  const err = (text: string) => process.stderr.write(text.endsWith("\n") ? text : text + "\n");
  // Help and version need neither a worker nor a memory cap: they answer without loading the
  // commands (and exceljs with them).
  if (
    argv.length === 0 ||
    argv[0] === "--version" ||
    argv[0] === "-V" ||
    argv.includes("--help") ||
    argv.includes("-h")
  ) {
    return run(argv, { out, err, env: process.env });
  }
  const { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS, WORKER_MODE, runAuditWorker } =
    await import("./audit");
  if (argv[0] === WORKER_MODE && process.send !== undefined) {
    const { runAnalyser } = await import("./analyse");
    return runAuditWorker(runAnalyser(lang), m);
  }
  const entry = process.argv[1];
  const memoryMb = positiveEnv(process.env.IKU_AUDIT_MEMORY_MB, DEFAULT_MEMORY_MB);
  // `generate --update` loads the whole workbook: it runs in a child with the same memory cap as
  // an audit, so a workbook too large for it ends with a message, not a V8 abort.
  if (argv[0] === "generate" && argv.includes("--update") && entry && !process.env[CAPPED_ENV]) {
    return runCapped(entry, argv, memoryMb, m);
  }
  let worker: AuditWorker | undefined;
  // A closed pipe (`iku audit … | head`) stops the run with its own exit code and a short
  // note, never a stack trace nor a 0 that would pass for "checked and clean".
  const onPipeError = (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") return;
    worker?.close();
    try {
      process.stderr.write(m.pipeClosed + "\n");
    } catch {
      // stderr closed too: the exit code still tells.
    }
    process.exit(EXIT_PIPE_CLOSED);
  };
  process.stdout.on("error", onPipeError);
  return run(argv, {
    out,
    err,
    env: process.env,
    worker: entry
      ? {
          entry,
          execArgv: process.execArgv.filter((a) => !a.startsWith("--max-old-space-size")),
          env: process.env,
          memoryMb,
          timeoutSeconds: positiveEnv(process.env.IKU_AUDIT_TIMEOUT, DEFAULT_TIMEOUT_SECONDS),
        }
      : undefined,
    onWorker: (w) => {
      worker = w;
    },
  });
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
