// A static file server on localhost for the browser tests, answering as an ordinary static
// host does: the folder's files with their types, validators (ETag, Last-Modified) and a 304
// for a file the browser already holds, and no caching headers of its own. Optional pages are
// given as text (path -> HTML), which the folder does not hold.
//
// Options: `compressed` sends a file's `.br` copy (Content-Encoding: br) to a browser that
// accepts brotli, as a host that serves the build's copies does; `prefix` serves the folder under a sub-folder (`/scarwise`), as a clinic's site
// does; `server.setRoot(dir)` switches to another folder (a new deployment);
// `server.stats` counts requests and body bytes sent; `server.down = true` refuses every
// connection (the network gone).

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".ron": "text/plain; charset=utf-8", ".png": "image/png",
  ".json": "application/json", ".webmanifest": "application/manifest+json",
};

export function serve(dir, pages = {}, { prefix = "", compressed = false } = {}) {
  let root = dir;
  const stats = { requests: 0, bytes: 0, notModified: 0 };
  const server = createServer(async (req, res) => {
    if (server.down) {
      req.socket.destroy();
      return;
    }
    stats.requests += 1;
    const send = (status, headers, body) => {
      res.writeHead(status, headers);
      if (body) stats.bytes += body.length;
      res.end(body);
    };
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (prefix) {
      if (!path.startsWith(`${prefix}/`)) { send(404, { "Content-Type": "text/plain" }, Buffer.from("not found")); return; }
      path = path.slice(prefix.length);
    }
    if (pages[path] !== undefined) {
      const body = Buffer.from(pages[path]);
      send(200, { "Content-Type": TYPES[".html"], "Content-Length": body.length }, body);
      return;
    }
    let file = join(root, path);
    if (!file.startsWith(root)) { send(403, {}); return; }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      const tag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const validators = { ETag: tag, "Last-Modified": info.mtime.toUTCString() };
      if (req.headers["if-none-match"] === tag) {
        stats.notModified += 1;
        send(304, validators);
        return;
      }
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      if (compressed && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        const brotli = await readFile(`${file}.br`).catch(() => null);
        if (brotli) {
          send(200, { "Content-Type": type, "Content-Encoding": "br", "Content-Length": brotli.length, Vary: "Accept-Encoding", ...validators }, brotli);
          return;
        }
      }
      const body = await readFile(file);
      send(200, { "Content-Type": type, "Content-Length": body.length, ...validators }, body);
    } catch {
      send(404, { "Content-Type": "text/plain" }, Buffer.from("not found"));
    }
  });
  server.stats = stats;
  server.down = false;
  server.setRoot = (dir) => { root = dir; };
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}
