// Lint rules for the server, seed, tests, bench and dashboard: the recommended sets of ESLint,
// typescript-eslint and eslint-plugin-svelte, without type-aware rules (they cost minutes on CI).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './web/svelte.config.js';

export default ts.config(
  {
    ignores: ['**/node_modules/', 'web/.svelte-kit/', 'web/build/', 'neo4j/**/target/', 'coverage/'],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['web/**/*.{js,ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      // The dashboard is served from the root with no base path, so plain hrefs and goto() are right.
      'svelte/no-navigation-without-resolve': 'off',
      // Flags every local Map/Set, also the temporaries built inside a $derived or a function, which
      // are not state; reactive collections are a review question, not a lint one.
      'svelte/prefer-svelte-reactivity': 'off',
      // A leading underscore marks an argument or binding kept on purpose (callback signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
);
