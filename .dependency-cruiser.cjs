/**
 * The layering of DESIGN.md, checked by `npm run lint:deps` (part of `npm test`). A request goes
 * plugins → surfaces → auth, sessions, tokens … → db; app.ts assembles the plugins. Type-only
 * imports count: a surface that names a table's row type depends on the table.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others: one of them is in the wrong place.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'surfaces-not-to-db',
      severity: 'error',
      comment: 'A surface is a thin adapter: it reaches the database through the repositories in src/sessions, never src/db.',
      from: { path: '^src/surfaces/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'surfaces-not-to-other-surfaces',
      severity: 'error',
      comment: 'A surface does not import another: what two share belongs in src/auth (or wherever it belongs), not in either.',
      from: { path: '^src/surfaces/([^/]+)/' },
      to: { path: '^src/surfaces/', pathNot: '^src/surfaces/$1/' },
    },
    {
      name: 'surface-files-not-to-other-surfaces',
      severity: 'error',
      comment: 'The operations at the root of src/surfaces (health, metrics) are surfaces too; only index.ts gathers them all.',
      from: { path: '^src/surfaces/[^/]+\\.ts$', pathNot: '^src/surfaces/index\\.ts$' },
      to: { path: '^src/surfaces/' },
    },
    {
      name: 'only-the-app-registers-plugins',
      severity: 'error',
      comment: 'Plugins are wired by src/app.ts alone; nothing below them imports one (move what both need below them).',
      from: { path: '^src/', pathNot: '^src/(app|main)\\.ts$|^src/plugins/' },
      to: { path: '^src/plugins/' },
    },
    {
      name: 'only-the-app-imports-surfaces',
      severity: 'error',
      comment: 'Handlers are reached through the route table that src/app.ts builds, never imported by the layers they call.',
      from: { path: '^src/', pathNot: '^src/(app|main)\\.ts$|^src/surfaces/' },
      to: { path: '^src/surfaces/' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports and that imports nothing is dead code (entry points import something).',
      from: { orphan: true, pathNot: ['\\.d\\.ts$', '(^|/)\\.[^/]+\\.(c|m)?js$'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing fails at run time.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dependency',
      severity: 'error',
      comment: 'The service runs without devDependencies installed.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
