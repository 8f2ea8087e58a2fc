import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // The absolute base path the site is built for (paths.base is relative in prerendered pages).
  define: { __SITE_BASE__: JSON.stringify(process.env.BASE_PATH ?? '') },
  // duckdb-wasm ships its own workers; pre-bundling it breaks their asset URLs.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { chunkSizeWarningLimit: 1024 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
