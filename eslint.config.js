// ESLint with typescript-eslint's strict type-checked rules over everything TypeScript here.
// Where a rule is relaxed, the reason is beside it.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.tap/', 'test/sdk/generated/', '**/*.mjs', '**/*.cjs', 'eslint.config.js'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans print as themselves in messages; objects and undefined still may not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Fastify hooks and handlers are async by contract even when a given one awaits nothing.
      '@typescript-eslint/require-await': 'off',
      // `() => reply.send(x)` style arrows are idiomatic in Fastify callbacks.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // With noUncheckedIndexedAccess, `!` after a checked lookup is the clearer spelling.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Refusing control characters is the point of the expressions that name them.
      'no-control-regex': 'off',
      // Fastify accepts async hooks and handlers wherever its types say a callback returns void.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, properties: false, returns: false } }],
      // A leading underscore marks a value left out on purpose (`{ secret: _dropped, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Kysely's migrations run against the database as it was, not as src/db/tables.ts describes it now.
    files: ['src/db/migrations/**', 'src/db/migrator.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: {
      // Answers are parsed JSON (`any`) that the tests check field by field against the contract.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // tap queues subtests itself: `t.test(...)` need not be awaited.
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests probe odd values on purpose (a header that may be an array, a spec read as plain
      // data, a deleted field), where these rules would only ask for casts that say nothing.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-misused-spread': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      // A variable assigned inside a callback is narrowed differently by tsc and by the linter.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Test callbacks keep tap's `t` in their signature where a sibling test uses it.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
)
