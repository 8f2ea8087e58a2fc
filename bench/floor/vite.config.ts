import { defineConfig } from 'vite';

// A separate tiny build: no SvelteKit, just the engine, served beside the site by the benchmark.
export default defineConfig({
  root: 'bench/floor',
  base: './',
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { outDir: '../.floor-build', emptyOutDir: true, target: 'es2022' },
});
