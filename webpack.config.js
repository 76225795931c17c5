/*
 * Builds the add-in into dist/:
 *   taskpane.html  the one page of the shared runtime (office.js, functions, commands, taskpane)
 *   functions.js   the custom functions, self-contained (Excel may load it on its own)
 *   functions.json their metadata, generated from the JSDoc tags by custom-functions-metadata
 *   commands.js    ribbon commands
 *   help.html      help page of the functions, rendered at build time from the catalogue
 *   help-en.html   the same page in English
 *   manifest.xml, assets/  copied
 *
 * Environment:
 *   ADDIN_BASE_URL  production address (https) that replaces https://localhost:3000 in
 *                   manifest.xml and functions.json
 *   OFFICE_JS       "cdn" (default in production) or "local" (default in development): local
 *                   serves node_modules/@microsoft/office-js/dist as dist/office-js, offline
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const pkg = require("./package.json");

const DEV_BASE_URL = "https://localhost:3000";
const DEV_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js";
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The base address of the built add-in: ADDIN_BASE_URL in production, else localhost. */
function baseUrlFor(production) {
  const configured = (process.env.ADDIN_BASE_URL || "").trim();
  if (!production || !configured) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${configured}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must use https (Office add-ins require it): "${configured}"`);
  }
  return url.href.replace(/\/+$/, "");
}

function officeJsSource(production) {
  const choice = (process.env.OFFICE_JS || (production ? "cdn" : "local")).toLowerCase();
  if (choice !== "cdn" && choice !== "local") {
    throw new Error(`OFFICE_JS must be "cdn" or "local", not "${choice}"`);
  }
  return choice;
}

/** HTTPS for the dev server: office-addin-dev-certs' files if present, else a self-signed one. */
function devServerHttps() {
  const files = {
    key: path.join(CERT_DIR, "localhost.key"),
    cert: path.join(CERT_DIR, "localhost.crt"),
    ca: path.join(CERT_DIR, "ca.crt"),
  };
  if (Object.values(files).every((f) => fs.existsSync(f))) {
    return {
      type: "https",
      options: {
        key: fs.readFileSync(files.key),
        cert: fs.readFileSync(files.cert),
        ca: fs.readFileSync(files.ca),
      },
    };
  }
  console.warn(
    `[iku] Sertifikat pengembangan tidak ada di ${CERT_DIR}; memakai sertifikat sementara ` +
      `webpack-dev-server yang tidak dipercaya Excel. Jalankan: npx office-addin-dev-certs install\n` +
      `[iku] No dev certificates in ${CERT_DIR}; using webpack-dev-server's self-signed one, ` +
      `which Excel does not trust. Run: npx office-addin-dev-certs install`
  );
  return "https";
}

function rewriteBaseUrl(text, baseUrl) {
  return baseUrl === DEV_BASE_URL ? text : text.split(DEV_BASE_URL).join(baseUrl);
}

/*
 * Content-Security-Policy of the pages. Scripts only from the add-in's own origin and
 * Microsoft's Office.js CDN, never inline nor eval'd; no plugins (object-src 'none'); styles may
 * be inline because Fluent UI (griffel) inserts its rules at run time and help.html carries its
 * own <style>. A <meta> policy cannot say who may frame the page (frame-ancestors is ignored
 * there), so the server must send FRAME_ANCESTORS as a header: the dev server below does; a
 * production host must add it (README, "Hosting"). Office on the web frames the pane from its
 * own domains, so framing is allowed to those and to the add-in itself only.
 */
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_CDN).origin;
const CSP_COMMON = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
];
// connect-src allows HTTPS anywhere: Office.js reports to Microsoft's telemetry hosts; it also
// frames its telemetry page (seen in Chromium with the real office.js).
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
const PANE_CSP = [
  ...CSP_COMMON,
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  "connect-src 'self' https:",
  `frame-src 'self' ${OFFICE_TELEMETRY_FRAME}`,
].join("; ");
const HELP_CSP = [...CSP_COMMON, "script-src 'self'"].join("; ");
const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft365.com https://*.sharepoint.com";

/** Adds the help page's CSP <meta> (the page is rendered by src/core/help.ts, which knows no hosting). */
class HelpCspPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("HelpCspPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("HelpCspPlugin", (data) => {
        if (data.outputName === "help.html" || data.outputName === "help-en.html") {
          const meta = `<meta http-equiv="Content-Security-Policy" content="${HELP_CSP}">`;
          data.html = data.html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n${meta}`);
          if (!data.html.includes(meta))
            throw new Error(`${data.outputName}: no <meta charset> to put the CSP after`);
        }
        return data;
      });
    });
  }
}

/** Points the help URLs of functions.json (written by the metadata plugin) at the base URL. */
class RewriteFunctionsJsonPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const name = "RewriteFunctionsJsonPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const text = rewriteBaseUrl(asset.source.source().toString(), this.baseUrl);
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(text));
        }
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = baseUrlFor(production);
  const officeJs = officeJsSource(production);
  const serving = Boolean(process.env.WEBPACK_SERVE);

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => rewriteBaseUrl(content.toString(), baseUrl),
    },
  ];
  if (officeJs === "local") {
    copyPatterns.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: OFFICE_JS_LOCAL_DIR,
      globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
      // Already minified by Microsoft: keep terser away from 34 MB of scripts.
      info: { minimized: true },
    });
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/entry.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          oneOf: [
            {
              // Values computed from the catalogue, inlined: the pane's first script states
              // them without carrying the catalogue (src/core/messages/catalogue-facts.ts).
              test: /[\\/]src[\\/]core[\\/]messages[\\/]catalogue-facts\.ts$/,
              use: { loader: path.resolve(__dirname, "scripts", "evaluate-loader.js") },
            },
            {
              use: {
                loader: "ts-loader",
                options: {
                  // tsc --noEmit type-checks; ES modules here let webpack tree-shake.
                  transpileOnly: true,
                  compilerOptions: { module: "esnext", sourceMap: !production },
                },
              },
            },
          ],
        },
        {
          // The pane's makeStyles are computed at build time (Griffel's ahead-of-time transform,
          // as Fluent UI ships its own components): the first script carries the class names and
          // rules, not the CSS-in-JS compiler that makes them at run time.
          test: /[\\/]src[\\/]taskpane[\\/].*\.tsx?$/,
          enforce: "post",
          use: { loader: "@griffel/webpack-loader" },
        },
      ],
    },
    // Each entry is self-contained: no runtime chunk and no split chunks, so functions.js can
    // be loaded on its own, exactly as Excel's custom-functions runtime does.
    optimization: { runtimeChunk: false, splitChunks: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new RewriteFunctionsJsonPlugin(baseUrl),
      new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        // Plain scripts at the end of the body: functions associate before the pane renders.
        inject: "body",
        scriptLoading: "blocking",
        officeJs: officeJs === "local" ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN,
        csp: PANE_CSP,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/core/help.ts",
        inject: false,
        chunks: [],
      }),
      // The same page in English (src/core/help.ts reads helpLang); each links the other.
      new HtmlWebpackPlugin({
        filename: "help-en.html",
        template: "./src/core/help.ts",
        templateParameters: { helpLang: "en" },
        inject: false,
        chunks: [],
      }),
      new HelpCspPlugin(),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server: serving ? devServerHttps() : "https",
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": `${PANE_CSP}; ${FRAME_ANCESTORS}`,
      },
      static: false,
      // No client code injected into the bundles: functions.js must stay self-contained.
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
