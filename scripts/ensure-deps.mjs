#!/usr/bin/env node
// Before `npm test`: install the dependencies when node_modules is missing or older than the
// lock file, so the test command works on a fresh checkout by itself. CI runs npm ci first.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

const stale =
  !existsSync('node_modules/.package-lock.json') ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs
if (stale) {
  console.log('Installing dependencies (npm ci)')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
