import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets the same build be served under a sub-path (e.g. BASE_PATH=/x npm run build).
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    paths: { base, relative: true },
    prerender: {
      entries: ['*'],
      handleHttpError: 'fail',
      handleMissingId: 'fail',
    },
  },
};

export default config;
