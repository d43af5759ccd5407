// ESLint flat config: recommended rules for JS and TypeScript (not type-checked, to keep
// `npm run lint` quick on two cores; `tsc -b` does the type checking) plus the import
// boundaries of STYLE.md: geo imports no other workspace, server does not import the
// dashboard, the dashboard takes only the server's contracts and `import type` of its app,
// and only geo/src/h3-cells.ts (and geo's tests) may import h3-js.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const h3Only = {
  group: ['h3-js', 'h3-js/*'],
  message: 'Only geo/src/h3-cells.ts imports h3-js: use its [lng, lat] helpers from @matthan/geo.',
};

const noServer = {
  regex: '^@matthan/server(/|$)|(^|/)server/src(/|$)',
  message: 'geo is pure and imports no other workspace.',
};

const noDashboard = {
  regex: '^@matthan/dashboard(/|$)|(^|/)dashboard/src(/|$)',
  message: 'Imports point one way: nothing imports the dashboard.',
};

const dashboardServerImports = [
  {
    // Anything from the server but its contracts and its app's type.
    regex: '^@matthan/server(?!/(contracts|app)$)|(^|/)server/src(/|$)',
    message: "The dashboard imports only '@matthan/server/contracts' and `import type` from '@matthan/server/app'.",
  },
  {
    group: ['@matthan/server/app'],
    allowTypeImports: true,
    message: "Use `import type { AppType } from '@matthan/server/app'`: the server's code never enters the bundle.",
  },
];

/**
 * One `no-restricted-imports` setting per folder: flat config replaces a rule's options, it does not merge them.
 * @param {...object} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (...patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '.data/',
      '.tsbuild/',
      'coverage/',
      'test-artifacts/',
      'server/src/db/migrations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Under verbatimModuleSyntax `import { type A } from 'm'` still loads 'm' at run time.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      ...restrict(h3Only),
    },
  },
  {
    files: ['geo/src/**'],
    rules: restrict(h3Only, noServer, noDashboard),
  },
  {
    files: ['geo/src/h3-cells.ts', 'geo/src/**/*.test.ts'],
    rules: restrict(noServer, noDashboard),
  },
  {
    files: ['server/src/**'],
    rules: restrict(h3Only, noDashboard),
  },
  {
    files: ['dashboard/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...restrict(h3Only, ...dashboardServerImports),
      // no-restricted-imports does not see `import()`: a lazy import must not pull server code in either.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^@matthan\\/server(?!\\/contracts$)/]',
          message: "The dashboard imports only '@matthan/server/contracts' at run time.",
        },
      ],
    },
  },
  {
    // Browser tests start the real server as a user would, and database tests hold the dashboard's
    // pure code against the real server's answers; they run in Node, not in the bundle.
    files: ['dashboard/src/**/*.e2e.test.ts', 'dashboard/src/**/*.db.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(h3Only),
  },
);
