// The site's Content-Security-Policy and framing rules, in one place. Two deliveries:
//
// 1. In every page, as <meta http-equiv="content-security-policy"> (svelte.config.js hands
//    DIRECTIVES to SvelteKit's `kit.csp`, which adds the hash of its own inline start-up script
//    to script-src on each prerendered page). A static host needs nothing for this part.
// 2. As response headers, for what a <meta> cannot do (HEADERS below; scripts/serve.js sends
//    them, and the README tells a host to): `frame-ancestors` (browsers ignore it in a <meta>),
//    X-Frame-Options for older browsers, and the policy of the web workers (a worker started
//    from a URL takes its policy from its script's response headers, not from the page).
//
// What it allows, and why:
// - script-src 'self' plus the hash of each inline script the site writes itself (INLINE_SCRIPTS:
//   constant bodies whose per-page values ride on data attributes). No 'unsafe-inline', no
//   'unsafe-eval', no inline event handlers: an injected <script> or onerror= never runs.
// - 'wasm-unsafe-eval': DuckDB-WASM compiles WebAssembly (in its worker; in the page too for any
//   worker started from a blob: URL, which inherits the page's policy).
// - worker-src 'self' blob:: the import worker, DuckDB's workers (the query engine, the SQL
//   panel's own engine), and libraries that start workers from blob: URLs.
// - connect-src 'self': fetch and workers reach this site only; nothing loaded leaves the browser,
//   and a query cannot pull from another host.
// - img-src data: blob: and font-src data:: PNG/SVG exports draw through blob:/data: images
//   with the fonts inlined as data: URLs.
// - style-src 'unsafe-inline': Svelte and D3 set style attributes (positions, colours); styles
//   cannot run code.
// - object-src 'none', base-uri 'self', form-action 'self'.
// A new worker, dynamic import or wasm module from this site's own files needs no change here; a
// new inline script needs its body added to INLINE_SCRIPTS; anything from another host is refused
// by design (self-host it).
import { createHash } from 'node:crypto';
import { EARLY_ENGINE_SCRIPT } from '../data/early-engine-script.js';
import { NOT_FOUND_SCRIPT, PATH_FIX_SCRIPT } from './inline-scripts.js';

/** Every inline script body a page may carry (besides SvelteKit's own, which it hashes). */
export const INLINE_SCRIPTS = [PATH_FIX_SCRIPT, EARLY_ENGINE_SCRIPT, NOT_FOUND_SCRIPT];

/** @param {string} text @returns {`sha256-${string}`} */
export const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** @typedef {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} Directives */

/**
 * The policy's directives, in SvelteKit's `kit.csp.directives` form (keywords unquoted).
 * @type {Directives}
 */
export const DIRECTIVES = {
  'default-src': ['self'],
  'script-src': ['self', 'wasm-unsafe-eval', ...INLINE_SCRIPTS.map(sha256)],
  'style-src': ['self', 'unsafe-inline'],
  'img-src': ['self', 'data:', 'blob:'],
  'font-src': ['self', 'data:'],
  'connect-src': ['self'],
  'worker-src': ['self', 'blob:'],
  'manifest-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self'],
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'wasm-unsafe-eval', 'strict-dynamic']);

/**
 * A policy as a header value, keywords and hashes quoted.
 * @param {Directives} directives
 */
export function policyText(directives) {
  /** @type {[string, readonly string[] | boolean | undefined][]} */
  const entries = Object.entries(directives);
  return entries
    .flatMap(([name, values]) =>
      Array.isArray(values)
        ? [
            [
              name,
              ...values.map((v) => (KEYWORDS.has(v) || v.startsWith('sha256-') ? `'${v}'` : v)),
            ].join(' '),
          ]
        : values === true
          ? [name]
          : [],
    )
    .join('; ');
}

/** The policy a worker runs under (its script's response header): the pages' own. */
export const WORKER_POLICY = policyText(DIRECTIVES);

/**
 * Whether a site path (after the base path) is an embed: `/embed/**` and `/en/embed/**` exist
 * to be framed by any site, so they send no frame-ancestors; every other page refuses framing.
 * @param {string} sitePath
 */
export const isEmbedPath = (sitePath) => /^\/(en\/)?embed(\/|$)/.test(sitePath);

/**
 * The security headers of a response, by what it is.
 * @param {string} sitePath the path after the base path
 * @param {'html' | 'script' | 'other'} kind
 * @returns {Record<string, string>}
 */
export function securityHeaders(sitePath, kind) {
  /** @type {Record<string, string>} */
  const headers = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
  if (kind === 'html' && !isEmbedPath(sitePath)) {
    headers['content-security-policy'] = "frame-ancestors 'none'";
    headers['x-frame-options'] = 'DENY';
  }
  if (kind === 'script') headers['content-security-policy'] = WORKER_POLICY;
  return headers;
}
