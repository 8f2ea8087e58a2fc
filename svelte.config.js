import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { DIRECTIVES } from './src/lib/layout/security-policy.js';

// BASE_PATH lets the same build be served under a sub-path (e.g. BASE_PATH=/x npm run build).
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    paths: { base, relative: true },
    // Every page carries the site's Content-Security-Policy as a <meta> (src/lib/layout/security-policy.js: what
    // it allows and why, and the headers a host must add); prerendered pages get the hashes of
    // their inline scripts.
    csp: { mode: 'hash', directives: DIRECTIVES },
    // src/service-worker.ts is registered by the site layout once a page is idle (never before
    // the page is interactive, never by an embed): not by SvelteKit's start-up script.
    serviceWorker: { register: false },
    prerender: {
      // The status pages (not found, address too long, offline) are prerendered in both
      // languages and turned into 404.html, 414.html and offline.html by scripts/status-pages.js.
      entries: [
        '*',
        '/status/not-found/',
        '/en/status/not-found/',
        '/status/too-long/',
        '/en/status/too-long/',
        '/status/offline/',
        '/en/status/offline/',
      ],
      handleHttpError: 'fail',
      handleMissingId: 'fail',
    },
  },
};

export default config;
