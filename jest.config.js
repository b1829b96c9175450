/**
 * Tests run as ESM through ts-jest; see README "Tests". Three projects:
 * - unit: no daemon, no network, seconds (`npm run test:unit`);
 * - integration: the client and the action layer in-process against the test bed (real
 *   registries, a Docker engine, buildah, skopeo);
 * - runner: the bundle run as the runner runs it (`node dist/index.js`), after a check that
 *   dist/ is what the sources build (rebuilt when it is not), under the Node binary in
 *   ACTION_NODE when set (CI runs them under Node 24 too).
 */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  }
}

export default {
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/__tests__/unit'] },
    { ...common, displayName: 'integration', roots: ['<rootDir>/__tests__/integration'] },
    {
      ...common,
      displayName: 'runner',
      roots: ['<rootDir>/__tests__/runner'],
      globalSetup: '<rootDir>/scripts/fresh-dist.mjs'
    }
  ],
  // One temporary directory for the whole run, removed at its end (scripts/test-tmpdir.mjs).
  globalSetup: '<rootDir>/scripts/test-tmpdir-setup.mjs',
  globalTeardown: '<rootDir>/scripts/test-tmpdir-teardown.mjs',
  // Integration tests start real registries and Docker engines; they need time, not retries.
  testTimeout: 120000,
  maxWorkers: 2
}
