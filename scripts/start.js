#!/usr/bin/env node
/*
 * npm start: builds the add-in (production mode, with the local office.js so it works offline)
 * and serves it on https://localhost:3000, then prints how to sideload manifest.xml.
 * Works on Linux too: it never calls office-addin-debugging (Windows/Mac only).
 *
 *   node scripts/start.js          serve until Ctrl+C
 *   node scripts/start.js --once   serve, check that functions.json answers, stop (smoke test)
 */
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(CERT_DIR, f));
const BASE = "https://localhost:3000";

function certificatesPresent() {
  return CERT_FILES.every((f) => fs.existsSync(f));
}

/**
 * Creates the development certificates if they are missing. The tool exits 0 even when it fails
 * (for instance when it cannot trust the CA without sudo), so the files decide, not the code.
 */
function ensureCertificates() {
  if (certificatesPresent()) return true;
  console.log(
    "Membuat sertifikat pengembangan (office-addin-dev-certs)… / Creating dev certificates…"
  );
  const bin = path.join(ROOT, "node_modules", ".bin", "office-addin-dev-certs");
  spawnSync(bin, ["install"], { stdio: ["ignore", "inherit", "inherit"], timeout: 120000 });
  if (certificatesPresent()) {
    console.log(`Sertifikat ada di ${CERT_DIR} / Certificates in ${CERT_DIR}`);
    return true;
  }
  console.warn(
    "Sertifikat tidak dapat dibuat; server memakai sertifikat sementara yang tidak dipercaya Excel.\n" +
      "Could not create the certificates; the server uses a temporary one Excel does not trust."
  );
  return false;
}

function sideloadHelp(trusted) {
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    `Add-in IKU berjalan di ${BASE} / The IKU add-in is served at ${BASE}`,
    `Manifest: ${manifest}`,
    trusted
      ? ""
      : `Catatan: percayai sertifikat ${path.join(CERT_DIR, "ca.crt")} di sistem/peramban, atau buka ${BASE}/taskpane.html sekali dan terima peringatannya.\n` +
        `Note: trust ${path.join(CERT_DIR, "ca.crt")} in the system/browser, or open ${BASE}/taskpane.html once and accept the warning.\n`,
    "Cara memasang (sideload) / How to sideload manifest.xml:",
    "",
    "  Excel untuk web / Excel on the web:",
    "    Beranda > Add-in > Add-in Lainnya > Add-in Saya > Unggah Add-in Saya, pilih manifest.xml.",
    "    Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, choose manifest.xml.",
    "",
    "  Excel di Windows / Excel on Windows:",
    "    Bagikan folder berisi manifest.xml (\\\\komputer\\folder), lalu di Excel: File > Opsi > Pusat",
    "    Kepercayaan > Pengaturan > Katalog Add-in Tepercaya: tambahkan alamat folder, centang",
    '    "Tampilkan di Menu", mulai ulang Excel, lalu Beranda > Add-in > Folder Bersama.',
    "    Share a folder holding manifest.xml, then in Excel: File > Options > Trust Center > Trust",
    "    Center Settings > Trusted Add-in Catalogs: add the share, tick Show in Menu, restart Excel,",
    "    then Home > Add-ins > Shared Folder.",
    "",
    "  Excel di Mac / Excel on Mac:",
    "    Salin manifest.xml ke ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef",
    "    (buat foldernya bila belum ada), mulai ulang Excel, lalu Sisipkan > Add-in > Add-in Saya.",
    "    Copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef (create it",
    "    if missing), restart Excel, then Insert > Add-ins > My Add-ins.",
    "",
    "Setelah terpasang: tombol Panel IKU di tab Beranda, dan fungsi =IKU.… di sel.",
    "Once installed: the IKU pane button on the Home tab, and the =IKU.… functions in cells.",
    "Hentikan dengan Ctrl+C / Stop with Ctrl+C.",
    "",
  ].join("\n");
}

function fetchOnce(url) {
  return new Promise((resolve, reject) => {
    // Only for the local smoke test: the certificate may be the untrusted temporary one.
    const request = https.get(url, { rejectUnauthorized: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode, body }));
    });
    request.on("error", reject);
  });
}

async function main() {
  const once = process.argv.includes("--once");
  const trusted = ensureCertificates();

  // npm start serves localhost: the production base address does not apply here.
  delete process.env.ADDIN_BASE_URL;
  process.env.OFFICE_JS = process.env.OFFICE_JS || "local";
  process.env.WEBPACK_SERVE = "true";

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))(
    { WEBPACK_SERVE: true },
    { mode: "production" }
  );
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  let firstBuild = true;
  compiler.hooks.done.tap("iku-start", (stats) => {
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, colors: true }));
      return;
    }
    if (firstBuild && !once) console.log(sideloadHelp(trusted));
    firstBuild = false;
  });

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  // Tapped before the server starts, so the first build cannot finish unseen.
  const firstBuildDone = new Promise((resolve) => compiler.hooks.done.tap("iku-once", resolve));
  await server.start();

  if (once) {
    await firstBuildDone;
    const { status, body } = await fetchOnce(`${BASE}/functions.json`);
    const ok = status === 200 && body.includes('"PERSENTASE_PPKS_REHAB"');
    console.log(
      ok
        ? `OK: ${BASE}/functions.json dilayani / is served`
        : `GAGAL / FAILED: ${BASE}/functions.json → ${status}`
    );
    await server.stop();
    process.exit(ok ? 0 : 1);
  }
}

main().catch((error) => {
  console.error("npm start gagal / failed:", error);
  process.exit(1);
});
