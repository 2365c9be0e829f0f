/**
 * Lint for the code that calls Office.js (src/office, src/commands): eslint-plugin-office-addins'
 * rules (load before read, sync before read, no sync in a loop, null objects tested with
 * isNullObject, no Office.initialize), as errors. Its `recommended` preset also turns on prettier
 * formatting, which this project does not use, so the rules are listed here instead.
 */
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import tsPlugin from '@typescript-eslint/eslint-plugin';

export default [
  {
    files: ['src/office/**/*.ts', 'src/commands/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'office-addins': officeAddins, '@typescript-eslint': tsPlugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': 'error',
      'no-eval': 'error',
    },
  },
];
