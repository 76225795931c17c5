import { analyseWorkbook } from "./analyse";
import { parseCommandLine } from "./args";
import { runAudit } from "./audit";
import { GenerateRefused, runGenerate } from "./generate";
import { detectLang, messages } from "./messages";
import { FileProblem } from "./xlsx-read";

/**
 * Entry point of the `iku` command (bin/iku.js). `run` takes its streams and environment as
 * arguments so the tests drive it in-process; every failure ends as a message and an exit
 * code, never as a stack trace.
 */

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Exit code of a usage error or of a file that cannot be used. */
export const EXIT_USAGE = 2;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const lang = detectLang(io.env);
  const m = messages(lang);
  try {
    const cmd = parseCommandLine(argv, m, lang);
    switch (cmd.kind) {
      case "help":
        io.out(cmd.text);
        return 0;
      case "error":
        for (const line of cmd.messages) io.err(line);
        io.err(m.seeHelp(cmd.command));
        return EXIT_USAGE;
      case "generate":
        io.out(await runGenerate(cmd.args, m, lang));
        return 0;
      case "audit":
        return await runAudit(cmd.args.files, cmd.args.json, analyseWorkbook, m, io);
    }
  } catch (e) {
    if (e instanceof FileProblem) io.err(m.fileProblem(e.code, e.file));
    else if (e instanceof GenerateRefused) io.err(e.message);
    else io.err(m.internalError(e instanceof Error ? e.message : String(e)));
    return EXIT_USAGE;
  }
}

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`iku audit … | head`) ends the output quietly instead of with a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  return run(argv, {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
    env: process.env,
  });
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
