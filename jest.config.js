/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Browser tests run in their own config (jest.e2e.config.js) after a production build.
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // A bound, not a wait: tests that spawn the CLI, openpyxl or LibreOffice must pass on a busy
  // two-core machine. Slow suites (corpus, fuzz) set their own larger bound.
  testTimeout: 60000,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only dependencies that must be transformed for jest's CommonJS runtime.
  transformIgnorePatterns: ['/node_modules/(?!(date-fns)/)'],
  // What jsdom lacks and Fluent UI touches (no-ops under the node environment).
  setupFiles: ['<rootDir>/test/taskpane/setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
