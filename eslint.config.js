import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// A call of .query/.exec with SQL text (a string or template literal) as its argument.
const SQL_CALL = {
  selector:
    'CallExpression[callee.property.name=/^(query|exec)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
  message: 'SQL runs only in src/lib/data (queries.ts) and the data build: call a query function.',
};
const NATIONAL_LITERAL = {
  selector: "Literal[value='VN']",
  message: "The nation's id is NATIONAL_ID (or isNational) from src/lib/domain/national.ts.",
};

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
    // Only the data-access layer may import DuckDB or run SQL (Observable-style split: views
    // never query; Mosaic-style: SQL is tested where it lives).
    files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/**/*.ts', 'scripts/**/*.js'],
    ignores: ['src/lib/data/**', 'scripts/build-data.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@duckdb/*'], message: 'Only src/lib/data may import DuckDB.' }] },
      ],
      'no-restricted-syntax': ['error', SQL_CALL],
    },
  },
  {
    // The nation's id is spelled once (domain/national.ts): the rooms outside the domain and its
    // wording ask the domain (NATIONAL_ID, isNational) instead of repeating 'VN'.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/lib/data/**', 'src/lib/domain/**', 'src/lib/i18n/**'],
    rules: { 'no-restricted-syntax': ['error', SQL_CALL, NATIONAL_LITERAL] },
  },
  {
    // Charts and the domain are pure: they never reach the data-access layer.
    files: ['src/lib/charts/**', 'src/lib/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@duckdb/*'], message: 'Only src/lib/data may import DuckDB.' },
            {
              group: ['$lib/data', '$lib/data/*', '../data/*', '../../data/*'],
              message: 'Charts and the domain never import the data layer (pass values in).',
            },
          ],
        },
      ],
    },
  },
  {
    // Charts draw a figure model; files and images are made from the model by src/lib/export,
    // which may draw charts (never the other way: no charts ↔ export cycle).
    files: ['src/lib/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@duckdb/*'], message: 'Only src/lib/data may import DuckDB.' },
            {
              group: ['$lib/data', '$lib/data/*', '../data/*', '../../data/*'],
              message: 'Charts and the domain never import the data layer (pass values in).',
            },
            {
              group: ['$lib/export', '$lib/export/*', '../export/*'],
              message:
                'Charts never import exports: a page composes chart and download bar from one figure model.',
            },
          ],
        },
      ],
    },
  },
  {
    // The figure model is pure: charts draw it and exports write it, it imports neither.
    files: ['src/lib/figure/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@duckdb/*'], message: 'Only src/lib/data may import DuckDB.' },
            {
              group: ['$lib/data', '$lib/data/*', '../data/*'],
              message: 'The figure model never imports the data layer (pass values in).',
            },
            {
              group: [
                '$lib/charts',
                '$lib/charts/*',
                '../charts/*',
                '$lib/export',
                '$lib/export/*',
                '../export/*',
              ],
              message: 'The figure model never imports charts or exports: they draw and write it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The data layer reads and queries; drawing is the charts' concern (no import the other way).
    files: ['src/lib/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$lib/charts', '$lib/charts/*', '../charts/*'],
              message: 'The data layer never imports charts (return data; the route draws it).',
            },
          ],
        },
      ],
    },
  },
);
