#!/usr/bin/env node
// Validates action.yml and every workflow against GitHub's schemas (@action-validator/cli).
//
// The schema @action-validator 0.6.0 bundles (its latest) lists runs.using as node12, node16 or
// node20: it predates node24, which GitHub's runners take since 2.327.1. action.yml is checked
// against the schema with runs.using read as node20, and runs.using itself here: node24, the
// runners' Node since 2026-06-16.
//
// Its workflow schema also predates the `attestations` and `artifact-metadata` permissions
// (artifact attestations): each workflow is checked with those lines read as `checks: write`,
// a key the schema knows, and the values themselves checked here (read, write or none).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const RUNS_USING = /^(\s+using:\s*)'node24'\s*$/m

function validate(file, shown = file) {
  const result = spawnSync('npx', ['--no-install', 'action-validator', file], { stdio: 'inherit' })
  if (result.status !== 0) return false
  console.log(`valid: ${shown}`)
  return true
}

let failed = 0
const action = readFileSync('action.yml', 'utf8')
if (!RUNS_USING.test(action)) {
  console.error("action.yml: runs.using must be 'node24'")
  failed++
} else {
  const copy = join(mkdtempSync(join(tmpdir(), 'action-yml-')), 'action.yml')
  writeFileSync(copy, action.replace(RUNS_USING, "$1'node20'"))
  if (!validate(copy, 'action.yml (runs.using node24)')) failed++
}
const NEWER_PERMISSIONS = /^(\s+)(attestations|artifact-metadata):\s*(\S+)\s*$/gm
for (const file of readdirSync('.github/workflows')
  .filter(f => /\.ya?ml$/.test(f))
  .map(f => join('.github/workflows', f))) {
  const text = readFileSync(file, 'utf8')
  const newer = [...text.matchAll(NEWER_PERMISSIONS)]
  if (!newer.length) {
    if (!validate(file)) failed++
    continue
  }
  for (const m of newer)
    if (!['read', 'write', 'none'].includes(m[3])) {
      console.error(`${file}: permission ${m[2]}: ${m[3]} is not read, write or none`)
      failed++
    }
  const copy = join(mkdtempSync(join(tmpdir(), 'workflow-')), file.split('/').pop())
  writeFileSync(copy, text.replace(NEWER_PERMISSIONS, '$1checks: $3'))
  if (!validate(copy, `${file} (attestations permissions)`)) failed++
}
process.exit(failed ? 1 : 0)
