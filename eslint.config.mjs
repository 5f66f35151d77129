// Lint with type information, React hooks rules, and the layering of ARCHITECTURE.md
// ("Rules that keep it simple") enforced as import rules, so the layers hold by machine, not hope.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** A zone: files in `target` may not import anything in `from`. */
const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'src/main/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      // The classic hooks rules; the React Compiler's extra rules do not apply (we do not use the compiler).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // `void promise` is not a way out: a save that fails must be handled, not dropped.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/shared',
              ['./src/main', './src/renderer', './src/preload'],
              'src/shared is imported by every side and imports none of them.',
            ),
            zone('./src/renderer', ['./src/main', './src/preload'], 'The renderer reaches the main side only through the API client.'),
            zone('./src/shared/domain', './src/shared/content', 'Content is data built on the domain; the domain never imports content.'),
            zone('./src/main/services', './src/main/api', 'The dispatch calls services, never the other way.'),
            zone('./src/main/host', './src/main/window', 'Browser mode shares security policy through a neutral module, not window/.'),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'Only src/main/db opens the database.' },
            { name: 'electron', message: 'Electron stays in src/main/window, the IPC transport, src/main/index.ts and the preload.' },
          ],
          patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only src/main/db uses drizzle.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'react', 'react-dom'],
              message: 'src/shared is pure TypeScript: no Node, Electron, database or DOM.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/db/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Test matchers (expect.any, objectContaining) are typed `any` by design; Playwright fixtures
    // take `({}, use)`, which is neither an empty mistake nor React's `use`.
    files: ['tests/**'],
    rules: {
      'no-empty-pattern': 'off',
      'react-hooks/rules-of-hooks': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src/main/window/**', 'src/main/api/ipc.ts', 'src/main/index.ts', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'better-sqlite3', message: 'Only src/main/db opens the database.' }],
          patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only src/main/db uses drizzle.' }],
        },
      ],
    },
  },
  // Plain JavaScript (scripts, configs) has no types to check.
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
