#!/usr/bin/env node
// Validates action.yml and every workflow against GitHub's schemas (@action-validator/cli).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const files = [
  'action.yml',
  ...readdirSync('.github/workflows')
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => join('.github/workflows', f))
]
let failed = 0
for (const file of files) {
  const result = spawnSync('npx', ['--no-install', 'action-validator', file], { stdio: 'inherit' })
  if (result.status !== 0) failed++
  else console.log(`valid: ${file}`)
}
process.exit(failed ? 1 : 0)
