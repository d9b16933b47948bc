import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'artifacts/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
);
