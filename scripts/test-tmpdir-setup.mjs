// Every temporary file of a test run lives under one directory, removed when the run ends:
// this global setup points TMPDIR (which os.tmpdir(), the test bed's registries and engines,
// and the tools they start all follow) at a fresh directory, and the global teardown
// (test-tmpdir-teardown.mjs) removes it. Repeated runs on one machine leave nothing behind.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'ghcr-action-tests-'))
  process.env.TMPDIR = dir
  globalThis.ghcrActionTestTmp = dir
}
