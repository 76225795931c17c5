import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Headless LibreOffice for the tests: a private profile (so the user's settings and a running
 * LibreOffice do not interfere) in which OOXML files are always recalculated on load. Without
 * that setting LibreOffice keeps the cached values of an .xlsx, and the test would compare the
 * core with itself.
 */

/** The soffice binary: $SOFFICE, else the first soffice/libreoffice on PATH or in /usr/bin. */
export function findSoffice(): string | undefined {
  const candidates = [process.env.SOFFICE ?? ""];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    candidates.push(path.join(dir, "soffice"), path.join(dir, "libreoffice"));
  }
  candidates.push("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice");
  return candidates.find((c) => c !== "" && existsSync(c));
}

/**
 * org.openoffice.Office.Calc/Formula/Load: OOXMLRecalcMode and ODFRecalcMode,
 * 0 = always recalculate, 1 = never, 2 = ask (the default asks, which headless means never).
 */
export const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RecalcResult {
  /** The .xlsx LibreOffice saved after recalculating. */
  file: string;
  stdout: string;
  stderr: string;
}

/** Opens `input` in headless LibreOffice, recalculates every formula and saves it as .xlsx. */
export function recalculate(
  soffice: string,
  input: string,
  outDir: string,
  timeoutMs = 100_000
): Promise<RecalcResult> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "iku-lo-profile-"));
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS_XCU);
  mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--nodefault",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    input,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      soffice,
      args,
      { timeout: timeoutMs, env: { ...process.env, HOME: profile } },
      (error, stdout, stderr) => {
        rmSync(profile, { recursive: true, force: true });
        const file = path.join(outDir, path.basename(input));
        if (error || !existsSync(file)) {
          reject(
            new Error(
              `LibreOffice could not convert ${input}: ${error?.message ?? ""}\n${stdout}\n${stderr}`
            )
          );
          return;
        }
        resolve({ file, stdout, stderr });
      }
    );
  });
}
