import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

// lib/core must stay runnable anywhere (Node, worker, tests): no browser,
// extension, wxt, dexie or DOM access. Platform code lives in lib/platform.
const coreForbiddenImports = {
  patterns: [
    { group: ['wxt', 'wxt/*', '#imports', '#i18n'], message: 'lib/core is browser-free' },
    { group: ['dexie', 'dexie/*', 'fake-indexeddb*'], message: 'lib/core is storage-free' },
    { group: ['webextension-polyfill', '@wxt-dev/*'], message: 'lib/core is browser-free' },
    { group: ['react', 'react-dom', 'react-dom/*'], message: 'lib/core has no UI' },
    {
      group: ['**/platform/*', '**/services/*', '**/entrypoints/*', '**/components/*'],
      message: 'lib/core depends on nothing above it',
    },
    { group: ['node:*', 'fs', 'path', 'child_process'], message: 'lib/core is Node-free too' },
  ],
};
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'browser',
  'chrome',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'crypto',
  'self',
  'globalThis',
  'DOMParser',
  'HTMLElement',
  'Element',
  'Node',
  'Document',
  'Storage',
  'process',
  'Buffer',
].map((name) => ({ name, message: 'lib/core is browser-free: pass what you need in' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'reports/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-checked rules for promises only: an unawaited promise in the worker
    // loses records silently, and a promise-returning listener is never awaited.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Site-controlled text (policies, lists, CMP payloads, headers, URLs) is
    // hostile: no expression may backtrack or move super-linearly on it
    // (SPEC "Reliability and security requirements"; issue 9). Expressions
    // built at run time are checked by tests/unit/regex-linear.test.ts.
    files: ['lib/**', 'cli/**', 'entrypoints/**', 'components/**'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['**/*.tsx', 'components/**', 'entrypoints/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['lib/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
);
