#!/usr/bin/env node
// Serves the built static site (build/) the way a static host would: under an optional sub-path
// (BASE_PATH), with the right MIME types (a wrong wasm type makes DuckDB-WASM hang) and brotli
// responses: a precompressed `<file>.br` beside the file when the build wrote one
// (scripts/precompress.js: the engine, the app code, the browser database), else compressed on
// first request and cached in memory. It sends the headers a page's <meta> cannot carry
// (src/lib/layout/security-policy.js: frame-ancestors, the workers' policy), answers an unknown address with the
// not-found page (404.html or en/404.html, status 404), an address longer than MAX_URL_LENGTH with
// 414.html (status 414; 431 past the header limit), a malformed %-escape with 400 and the
// not-found page, and redirects doubled slashes to the plain address. Used by `npm start`, the
// e2e tests and the benchmarks.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../src/lib/layout/security-policy.js';
import { MAX_URL_LENGTH } from '../src/lib/layout/limits.js';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
  '.duckdb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.topojson',
  '.svg',
  '.wasm',
  '.csv',
  '.duckdb',
  '.txt',
]);

/** Requests whose headers exceed this get 431 (Node's default, 16 KiB, is below MAX_URL_LENGTH). */
const MAX_HEADER_SIZE = 4 * MAX_URL_LENGTH;

/**
 * Start a server. Resolves to { url, close } once listening.
 * `onResponse` hears every answer (its path, status and body bytes as sent): the tests measure
 * what a visit downloads with it.
 * @param {{ root?: string, base?: string, port?: number, host?: string, compress?: boolean,
 *   onResponse?: (entry: { path: string, status: number, bytes: number }) => void }} options
 */
export function startServer({
  root = 'build',
  base = '',
  port = 0,
  host = '127.0.0.1',
  compress = true,
  onResponse = undefined,
} = {}) {
  const rootDir = resolve(root);
  const prefix = base.replace(/\/+$/, '');
  const brotliCache = new Map();

  /**
   * A status page (scripts/status-pages.js) in the language of the address asked for.
   * @param {import('node:http').ServerResponse} res @param {number} status
   * @param {'404' | '414'} page @param {string} sitePath
   */
  async function statusPage(res, status, page, sitePath) {
    const en = /^\/en(\/|$)/.test(sitePath);
    const body = await readFile(join(rootDir, en ? 'en' : '', `${page}.html`)).catch(() => null);
    res.setHeader('content-length', String(body?.byteLength ?? 0));
    res.writeHead(status, {
      ...securityHeaders(sitePath, 'html'),
      'content-type': body ? TYPES['.html'] : 'text/plain; charset=utf-8',
      'cache-control': 'no-cache',
    });
    res.end(body ?? '');
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_SIZE }, async (req, res) => {
    if (onResponse)
      res.on('finish', () =>
        onResponse({
          path: (req.url ?? '/').split('?')[0] ?? '/',
          status: res.statusCode,
          bytes: Number(res.getHeader('content-length') ?? 0),
        }),
      );
    try {
      const raw = req.url ?? '/';
      const url = new URL(raw, 'http://localhost');
      const rawSitePath =
        prefix && url.pathname.startsWith(prefix)
          ? url.pathname.slice(prefix.length)
          : url.pathname;
      if (raw.length > MAX_URL_LENGTH) return statusPage(res, 414, '414', rawSitePath);
      if (/\/{2,}/.test(url.pathname))
        return redirect(res, `${url.pathname.replace(/\/{2,}/g, '/')}${url.search}`);
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return statusPage(res, 400, '404', rawSitePath); // a malformed %-escape names no file
      }
      if (prefix) {
        if (path === prefix) return redirect(res, `${prefix}/`);
        if (!path.startsWith(`${prefix}/`)) return statusPage(res, 404, '404', path);
        path = path.slice(prefix.length);
      }
      let file = normalize(join(rootDir, path));
      if (file !== rootDir && !file.startsWith(rootDir + sep))
        return statusPage(res, 404, '404', path);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) return redirect(res, `${prefix}${path}/${url.search}`);
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return statusPage(res, 404, '404', path);
      const ext = extname(file);
      /** @type {Record<string, string>} */
      const headers = {
        ...securityHeaders(
          path,
          ext === '.html' ? 'html' : ext === '.js' || ext === '.mjs' ? 'script' : 'other',
        ),
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': path.includes('/_app/immutable/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        vary: 'accept-encoding',
      };
      const wantsBrotli = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
      let body;
      if (compress && COMPRESSIBLE.has(ext) && wantsBrotli) {
        const pre = await stat(`${file}.br`).catch(() => null);
        if (pre?.isFile() && pre.mtimeMs >= info.mtimeMs) {
          body = await readFile(`${file}.br`);
        } else {
          const key = `${file}:${info.mtimeMs}`;
          body = brotliCache.get(key);
          if (!body) {
            body = brotliCompressSync(await readFile(file), {
              params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
            });
            brotliCache.set(key, body);
          }
        }
        headers['content-encoding'] = 'br';
      } else {
        body = await readFile(file);
      }
      res.setHeader('content-length', String(body.byteLength)); // readable by onResponse
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  // Headers past MAX_HEADER_SIZE never reach the handler: answer 431 with the same page as 414.
  server.on('clientError', (error, socket) => {
    const code = /** @type {{ code?: string }} */ (error).code;
    if (code !== 'HPE_HEADER_OVERFLOW' || !socket.writable) return socket.destroy();
    readFile(join(rootDir, '414.html'))
      .catch(() => Buffer.from('Request header fields too large'))
      .then((body) => {
        const head = `HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: ${body.byteLength}\r\nconnection: close\r\n\r\n`;
        socket.end(Buffer.concat([Buffer.from(head), body]));
      });
  });

  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}${prefix}/`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}

/** @param {import('node:http').ServerResponse} res @param {string} location */
function redirect(res, location) {
  // Never a protocol-relative address (`//host/…`): the redirect stays on this site.
  res.writeHead(301, { location: location.replace(/^\/{2,}/, '/') });
  res.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const port = Number(process.env.PORT ?? 4173);
  const base = process.env.BASE_PATH ?? '';
  const { url } = await startServer({ base, port });
  console.log(`Dashboard served at ${url} (Ctrl+C to stop)`);
}
