/**
 * STAND-IN for the docker buildx CLI plugin. buildx has no package for this machine and
 * cannot be downloaded, so the test bed installs this instead, as `cli-plugins/docker-buildx`
 * in a Docker config directory. It is not buildx: it answers `version` and `inspect` as buildx
 * does for each documented driver, records every command line it is given, refuses
 * `--output type=oci` under the plain `docker` driver with buildx's own message, and builds
 * for real with what this machine has: `--load` with the engine's classic builder, an OCI
 * export with buildah. What it cannot prove (BuildKit's own behaviour: caches, attestations,
 * secrets) is left to the e2e workflow on GitHub's runners.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BuildxStandin {
  /** Every command line the plugin was given, oldest first (without the leading `buildx`). */
  calls(): string[][]
}

/**
 * Installs the stand-in into `dockerConfig/cli-plugins`. `builders` maps builder names to
 * drivers; the first is the current one. `containerdStore` makes the docker driver report
 * the containerd image store (OCI export allowed).
 */
export function installBuildxStandin(
  dockerConfig: string,
  builders: Record<string, string>,
  options: { containerdStore?: boolean } = {}
): BuildxStandin {
  const dir = join(dockerConfig, 'cli-plugins')
  mkdirSync(dir, { recursive: true })
  const log = join(dir, 'buildx-standin.log')
  writeFileSync(log, '')
  writeFileSync(
    join(dir, 'buildx-standin.json'),
    JSON.stringify({ builders, log, containerdStore: !!options.containerdStore })
  )
  writeFileSync(join(dir, 'docker-buildx'), SCRIPT)
  chmodSync(join(dir, 'docker-buildx'), 0o755)
  return {
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(l => JSON.parse(l) as string[])
  }
}

const SCRIPT = `#!/usr/bin/env node
// STAND-IN for docker buildx, written by the ghcr-action test bed (buildx-standin.ts).
const { appendFileSync, readFileSync } = require('node:fs')
const { spawnSync } = require('node:child_process')
const { join } = require('node:path')
const args = process.argv.slice(2)
if (args[0] === 'docker-cli-plugin-metadata') {
  console.log(JSON.stringify({ SchemaVersion: '0.1.0', Vendor: 'ghcr-action test bed', Version: 'v0.0.0-standin', ShortDescription: 'Stand-in for buildx' }))
  process.exit(0)
}
const config = JSON.parse(readFileSync(join(__dirname, 'buildx-standin.json'), 'utf8'))
const rest = args.slice(1)
appendFileSync(config.log, JSON.stringify(rest) + '\\n')
const names = Object.keys(config.builders)
const run = (cmd, argv, env) => {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } })
  process.exit(r.status === null ? 1 : r.status)
}
if (rest[0] === 'version') {
  console.log('github.com/docker/buildx v0.0.0-standin 0000000')
  process.exit(0)
}
const option = name => {
  const i = rest.indexOf(name)
  return i >= 0 ? rest[i + 1] : undefined
}
const all = name => rest.flatMap((a, i) => (a === name ? [rest[i + 1]] : []))
if (rest[0] === 'inspect') {
  const name = rest[1] || names[0]
  if (!config.builders[name]) {
    console.error('ERROR: no builder "' + name + '" found')
    process.exit(1)
  }
  console.log('Name:          ' + name + '\\nDriver:        ' + config.builders[name] + '\\n\\nNodes:\\nName:      ' + name + '0\\nStatus:    running\\nPlatforms: linux/amd64*, linux/arm64, linux/386')
  process.exit(0)
}
if (rest[0] === 'build') {
  const name = option('--builder') || names[0]
  const driver = config.builders[name]
  if (!driver) {
    console.error('ERROR: no builder "' + name + '" found')
    process.exit(1)
  }
  const output = option('--output') || ''
  const context = rest[rest.length - 1]
  const common = ['--file', option('--file')]
  for (const a of all('--build-arg')) common.push('--build-arg', a)
  for (const a of all('--label')) common.push('--label', a)
  if (option('--network')) common.push('--network', option('--network'))
  if (rest.includes('--no-cache')) common.push('--no-cache')
  if (output.startsWith('type=oci')) {
    if (driver === 'docker' && !config.containerdStore) {
      console.error('ERROR: OCI exporter is not supported for the docker driver.\\nSwitch to a different driver, or turn on the containerd image store, and try again.\\nLearn more at https://docs.docker.com/go/build-exporters/')
      process.exit(1)
    }
    const dest = /dest=([^,]+)/.exec(output)[1]
    const tag = 'localhost/buildx-standin:' + process.pid
    const env = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' }
    const built = spawnSync('buildah', ['bud', ...common, '--tag', tag, context], { stdio: 'inherit', env: { ...process.env, ...env } })
    if (built.status !== 0) process.exit(built.status || 1)
    delete process.env.DOCKER_CONFIG
    run('buildah', ['push', tag, 'oci:' + dest + ':latest'], env)
  }
  if (rest.includes('--load')) run('docker', ['build', ...common, '--tag', option('--tag'), context], { DOCKER_BUILDKIT: '0' })
  console.error('buildx stand-in: no output it can make for ' + JSON.stringify(rest))
  process.exit(1)
}
console.error('buildx stand-in: ' + rest.join(' ') + ' is not something it answers')
process.exit(1)
`
