import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'static/data/',
      '.dataset/',
      'node_modules/',
      'bench/results/',
      'bench/.floor-build/',
      'bench/.synthetic/',
      'tmp/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-undef': 'off', // TypeScript checks this better
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Links go through href() in src/lib/layout/paths.ts, which adds the base path and locale.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // Only the data-access layer may import DuckDB (Observable-style split: views never query).
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/lib/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@duckdb/*'], message: 'Only src/lib/data may import DuckDB.' }] },
      ],
    },
  },
);
