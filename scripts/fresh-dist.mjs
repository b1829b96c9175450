#!/usr/bin/env node
// dist/ must be what the sources build, or a test of the bundle would test old code.
// `npm run package` records a hash of everything the bundle is built from in
// dist/sources.sha256; this compares it with the sources as they are, and rebuilds dist/ when
// they differ. Run as jest's global setup for the runner-style tests, or by hand with --check
// (exit 1 when stale, nothing rebuilt) or --write (record the hash after a build).
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const STAMP = join(root, 'dist', 'sources.sha256')
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json']

function files(path) {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap(name => files(join(path, name)))
}

/** sha256 over every source file's path and content, in a fixed order. */
export function sourcesHash() {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(p => files(join(root, p)))) {
    hash.update(`${relative(root, file)}\0`)
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export function isFresh() {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === sourcesHash()
}

export default async function freshDist() {
  if (isFresh()) return
  console.log('\ndist/ does not match the sources: rebuilding it (npm run package)')
  const build = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0 || !isFresh()) throw new Error('npm run package failed: dist/ is stale')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) writeFileSync(STAMP, `${sourcesHash()}\n`)
  else if (process.argv.includes('--check')) {
    if (!isFresh()) {
      console.error('dist/ is stale: run npm run package')
      process.exit(1)
    }
  } else await freshDist()
}
