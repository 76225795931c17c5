import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

/**
 * A tiny static file server for the browser tests: 127.0.0.1 on a random port, plain http (the
 * pages need no secure context), read-only, no directory listings. Each mount maps a URL prefix
 * to a folder, e.g. { "/": "dist", "/office-js/": "node_modules/@microsoft/office-js/dist" }.
 */
export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Every request path served or refused, for diagnostics. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Resolves a URL path inside a mount's folder; null when it would escape the folder. */
function resolveInside(root: string, relative: string): string | null {
  const target = path.resolve(root, "." + path.posix.normalize("/" + relative));
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return target === root || target.startsWith(rootWithSep) ? target : null;
}

export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  // Longest prefix first, so "/office-js/" wins over "/".
  const entries = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith("/") ? prefix : prefix + "/", path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  for (const [, dir] of entries) {
    if (!fs.existsSync(dir)) throw new Error(`Folder to serve does not exist: ${dir}`);
  }
  const requests: StaticServer["requests"] = [];

  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const send = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8") => {
      requests.push({ path: urlPath, status });
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method not allowed");
    const mount = entries.find(([prefix]) => (urlPath + "/").startsWith(prefix));
    if (!mount) return send(404, "Not found");
    const file = resolveInside(mount[1], urlPath.slice(mount[0].length));
    if (!file) return send(403, "Forbidden");
    fs.stat(file, (statError, stat) => {
      if (statError || !stat.isFile()) return send(404, "Not found");
      fs.readFile(file, (readError, data) =>
        readError ? send(500, "Read error") : send(200, data, contentTypeOf(file))
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
