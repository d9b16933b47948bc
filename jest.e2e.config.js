// End-to-end tests in Debian's Chromium against a production build served on 127.0.0.1.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
