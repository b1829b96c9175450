// Removes the run's temporary directory (see test-tmpdir-setup.mjs).
import { spawnSync } from 'node:child_process'

export default function teardown() {
  const dir = globalThis.ghcrActionTestTmp
  // Engines' vfs layers can hold read-only files; rm -rf copes.
  if (dir) spawnSync('rm', ['-rf', dir])
}
