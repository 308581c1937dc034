// Flat config. The layer rules mirror ../shared/DESIGN.md: the domain is pure and shared with the
// server, and only src/data may touch the storage engine.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

const storageEngines = [
  { group: ['rxdb', 'rxdb/*', 'dexie', 'dexie/*'], message: 'Only src/data may import rxdb or dexie; use a repository or hook.' },
];
const uiAndPlatform = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next', 'zustand', 'zustand/*', 'workbox-window', '@zxing/*', 'i18next'], message: 'src/domain is pure TypeScript: no UI, platform or i18n libraries.' },
  { group: ['**/app/**', '**/data/**', '**/features/**', '**/platform/**', '**/stores/**', '**/ui/**', '**/i18n/**', '**/sync-server/**'], message: 'src/domain imports nothing of ours outside src/domain.' },
];
const camera = [{ group: ['@zxing/*'], message: 'Only src/platform/camera may import @zxing.' }];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', '**/node_modules', 'data', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'no-restricted-imports': ['error', { patterns: [...storageEngines, ...camera] }],
    },
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: camera }] },
  },
  {
    files: ['src/platform/camera/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: storageEngines }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...storageEngines, ...uiAndPlatform] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch'],
    },
  },
);
