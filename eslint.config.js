/**
 * ESLint (flat config) with typescript-eslint, and eslint-plugin-lit / eslint-plugin-wc for the
 * elements. Chosen over Biome because Biome has no rules for Lit templates or custom-element
 * manners, which is where an embeddable component library goes wrong most.
 * Core gets extra rules: no Node built-ins, no DOM globals (it runs in browsers, Node and workers).
 */
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', '**/*.d.ts', '.test-results/**', '.bench-results/**', 'artifacts/**', '**/custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'core must not import Node built-ins' }] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'Buffer', 'require'].map((name) => ({
          name,
          message: 'core runs in browsers, Node and workers: pass it in instead',
        })),
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'apps/demo-portal/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'apps/demo-portal/src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
);
