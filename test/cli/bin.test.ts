import { execFile, fork } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { version } from "../../package.json";
import { BIN, ROOT, runBin } from "./helpers";

/*
 * The shipped command: bin/iku.js runs the compiled bundle dist-cli/iku.js (built by
 * `npm run build` and by jest's global setup), not the TypeScript sources, and loads exceljs
 * only for the commands that read or write workbooks.
 */

const BUNDLE = path.join(ROOT, "dist-cli", "iku.js");

/** Runs bin/iku.js in a child process and reports which exceljs / TypeScript modules it loaded. */
function modulesLoadedBy(args: string[]): Promise<{ stdout: string; loaded: string[] }> {
  const probe = `
    process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(args)}];
    process.on("exit", () => {
      const loaded = Object.keys(require.cache).filter((f) =>
        /[\\\\/]node_modules[\\\\/](exceljs|jszip|tsx|typescript|esbuild)[\\\\/]|\\.tsx?$/.test(f)
      );
      process.stderr.write("LOADED " + JSON.stringify(loaded) + "\\n");
    });
    require(${JSON.stringify(BIN)});
  `;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["-e", probe],
      { cwd: ROOT, env: { PATH: process.env.PATH, LANG: "id_ID.UTF-8" } },
      (error, stdout, stderr) => {
        const line = /^LOADED (.*)$/m.exec(stderr);
        if (!line) return reject(new Error(`no module list: ${String(error)}\n${stderr}`));
        resolve({ stdout, loaded: JSON.parse(line[1]) as string[] });
      }
    );
  });
}

describe("bin/iku.js runs the compiled bundle", () => {
  test("the bundle exists and is newer than the CLI sources", () => {
    expect(existsSync(BUNDLE)).toBe(true);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(
      statSync(path.join(ROOT, "src", "cli", "main.ts")).mtimeMs
    );
  });

  test("--version answers with the package version, without exceljs or a TypeScript compiler", async () => {
    const r = await modulesLoadedBy(["--version"]);
    expect(r.stdout.trim()).toBe(`iku ${version}`);
    expect(r.loaded).toEqual([]);
  });

  test("--help answers without exceljs or a TypeScript compiler", async () => {
    const r = await modulesLoadedBy(["--help"]);
    expect(r.stdout).toContain("iku generate");
    expect(r.stdout).toContain("iku --version");
    expect(r.loaded).toEqual([]);
  });

  test("-V is the short form of --version", async () => {
    const r = await runBin(["-V"]);
    expect(r).toEqual({ code: 0, stdout: `iku ${version}\n`, stderr: "" });
  });

  test("the bundle runs as its own entry script (a forked child of the CLI)", async () => {
    const child = fork(BUNDLE, ["--version"], { cwd: ROOT, silent: true });
    let stdout = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`iku ${version}`);
  });
});
