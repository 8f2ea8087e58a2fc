// The house's layers, checked transitively by dependency-cruiser (in `npm run lint`). Each rule
// has a failing example in tests/architecture/fixtures/, cruised by tests/unit/architecture.test.ts.
// Paths match `src/lib/<room>/` anywhere, so the fixtures' own src/lib tree is judged the same way.
const lib = (rooms) => `(^|/)src/lib/(${rooms})/`;
const outside = (rooms) => `(^|/)src/lib/(?!(${rooms})/)[^/]+/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycles',
      comment: 'Modules that import each other at run time (type-only imports do not count).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-is-pure',
      comment: 'The rules (domain/) import nothing of the site: no wording, no database, no view.',
      severity: 'error',
      from: { path: lib('domain') },
      to: { path: outside('domain') },
    },
    {
      name: 'i18n-reads-the-domain-only',
      comment: 'Wording (i18n/) may name what the domain defines, and nothing else of the site.',
      severity: 'error',
      from: { path: lib('i18n') },
      to: { path: outside('i18n|domain') },
    },
    {
      name: 'figure-models-are-pure',
      comment: 'A figure model (figure/) is made from the domain and its wording only.',
      severity: 'error',
      from: { path: lib('figure') },
      to: { path: outside('figure|domain|i18n') },
    },
    {
      name: 'data-reads-the-domain-only',
      comment:
        'The database layer (data/) depends on the rules and their wording, never on a view.',
      severity: 'error',
      from: { path: lib('data|dataset') },
      to: { path: outside('data|dataset|domain|i18n') },
    },
    {
      name: 'charts-never-reach-exports-or-the-database',
      comment: 'Charts draw a figure model; exports and queries are made elsewhere (transitively).',
      severity: 'error',
      from: { path: lib('charts|figure|domain|i18n') },
      to: { path: lib('export|data'), reachable: true },
    },
    {
      name: 'components-never-query',
      comment: 'A component takes a model; only models and loaders call the database client.',
      severity: 'error',
      from: { path: '\\.svelte$' },
      to: {
        path: '(^|/)src/lib/data/(client|queries|wasm-client|node-client|load-dataset|prerender\\.server)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'import-never-reaches-the-report-pages',
      comment: 'The report pages read the import room; the import room never reads them back.',
      severity: 'error',
      from: { path: lib('import') },
      to: { path: lib('report|pages'), reachable: true },
    },
    {
      name: 'no-room-reaches-the-routes',
      severity: 'error',
      from: { path: '(^|/)src/lib/' },
      to: { path: '(^|/)src/routes/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.svelte-kit|build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    webpackConfig: { fileName: 'tests/architecture/resolve-aliases.cjs' },
  },
};
