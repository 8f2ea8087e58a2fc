#!/usr/bin/env node
// `node scripts/precompress.js [dir]` (run by `npm run build`): writes a brotli `<file>.br` beside
// what decides how soon explore answers: the query engine (.wasm), the app's JS and CSS, the
// browser database and the map files. A server that serves precompressed files (scripts/serve.js;
// nginx `brotli_static on`; Caddy `precompressed br`) then sends them without compressing on the
// fly; hosts that compress themselves ignore them. The prerendered HTML is left to the server's
// own compression (over a thousand pages). Large files use quality 9 (quality 11 takes about a
// minute per engine file for 12% less), the rest 11; results are cached by content hash in
// node_modules/.cache/precompress, so a rebuild with an unchanged engine costs nothing.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const CACHE = resolve('node_modules/.cache/precompress');
const LARGE = 4 * 1024 * 1024;

/** @param {string} path the file's path relative to the build directory */
export function shouldPrecompress(path) {
  const p = path.split('\\').join('/');
  if (p.endsWith('.br')) return false;
  if (p.startsWith('_app/')) return /\.(js|mjs|css|wasm)$/.test(p);
  return /^data\/[^/]+\.duckdb$/.test(p) || /^data\/geo\/[^/]+\.topojson$/.test(p);
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** @param {string} dir @returns {{ files: number, bytes: number, packed: number, ms: number }} */
export function precompress(dir = 'build') {
  const started = performance.now();
  mkdirSync(CACHE, { recursive: true });
  let files = 0;
  let bytes = 0;
  let packed = 0;
  for (const file of walk(resolve(dir))) {
    if (!shouldPrecompress(relative(resolve(dir), file))) continue;
    const body = readFileSync(file);
    const quality = body.byteLength > LARGE ? 9 : 11;
    const key = createHash('sha256').update(body).digest('hex');
    const cached = join(CACHE, `${key}-q${quality}.br`);
    let out;
    try {
      out = readFileSync(cached);
    } catch {
      out = brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      });
      writeFileSync(cached, out);
    }
    writeFileSync(`${file}.br`, out);
    files += 1;
    bytes += body.byteLength;
    packed += out.byteLength;
  }
  return { files, bytes, packed, ms: performance.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dir = process.argv[2] ?? 'build';
  const r = precompress(dir);
  const mb = (/** @type {number} */ b) => (b / 1e6).toFixed(1);
  console.log(
    `Precompressed ${r.files} files in ${dir} (${mb(r.bytes)} MB → ${mb(r.packed)} MB brotli) in ${(r.ms / 1000).toFixed(1)} s`,
  );
}
