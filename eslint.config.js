// One lint setup for the whole workspace: TypeScript everywhere, Svelte components in web/.
// `pnpm lint` runs it with Prettier's check; CI fails on either.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'web/build/',
      'web/.svelte-kit/',
      'db/migrations/',
      'db/.cache/',
      'tests/.artifacts/',
      '**/*.d.ts',
      // Written by `pnpm codegen` from the GraphQL schema; `pnpm codegen:check` keeps them current.
      'api/src/generated/',
      'web/src/lib/generated/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Muster has no base path: a root-relative href is the page's address as it stands.
      'svelte/no-navigation-without-resolve': 'off',
      // Every {@html} shows HTML the API made: Markdown through its sanitiser (api/src/markdown.ts),
      // search snippets escaped before their marks, or one of the page's own hashed scripts.
      'svelte/no-at-html-tags': 'off',
      // {' '} is the space Prettier writes out explicitly between inline elements.
      'svelte/no-useless-mustaches': 'off',
      // Input validation looks for control characters on purpose (api/src/graphql/validate.ts).
      'no-control-regex': 'off',
      // Mercurius's context is typed by augmenting its interface with ours.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Unused names are mistakes, except a leading underscore that says "deliberately unused".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['web/**/*.svelte', 'web/**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    // Tests read GraphQL answers as the JSON they are; the API, web and benchmarks keep their types.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
