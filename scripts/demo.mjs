#!/usr/bin/env node
/**
 * `npm run demo`: the action's main job, run locally the way the GitHub runner runs it.
 *
 * 1. Installs the test bed's Debian packages when missing (docker-registry, buildah, ...).
 * 2. Starts a real Distribution registry on a free loopback port, with its own storage.
 * 3. Writes a sample repository with a Dockerfile (busybox in an image from scratch).
 * 4. Runs `node dist/index.js` with INPUT_* variables and the GITHUB_* files: login, build-push
 *    with the tags a release tag v1.2.3 gets, pull by the pinned digest (to an OCI layout, and
 *    into Docker when an engine answers), and tag; printing the outputs and the summary.
 * 5. Stops the registry and removes everything it made.
 *
 * The builder is the first that works here: Docker when an engine answers (DOCKER_HOST),
 * otherwise buildah, which needs no daemon.
 */
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const action = join(root, 'dist', 'index.js')
const work = mkdtempSync(join(tmpdir(), 'ghcr-action-demo-'))
let registry

function step(title) {
  console.log(`\n\x1b[1m== ${title}\x1b[0m`)
}

/**
 * Prints the step as a workflow would write it, with exactly the inputs it passes (a secret as
 * ***), and runs it.
 */
function uses(inputs, env, comment = '') {
  const shown = Object.entries(inputs)
    .map(([k, v]) => `${k}: ${k === 'token' || k === 'password' ? '***' : v}`)
    .join(', ')
  step(`uses: org/ghcr-action@v1  with: { ${shown} }${comment ? `   # ${comment}` : ''}`)
  return runAction(inputs, env)
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

/** Runs the bundled action as the runner does; returns its outputs. */
function runAction(inputs, env) {
  const runner = mkdtempSync(join(work, 'runner-'))
  const files = {}
  for (const name of [
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_ENV',
    'GITHUB_PATH'
  ]) {
    files[name] = join(runner, name.toLowerCase())
    writeFileSync(files[name], '')
  }
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
  )
  const result = spawnSync(process.env.ACTION_NODE || process.execPath, [action], {
    cwd: env.GITHUB_WORKSPACE,
    env: { ...process.env, ...env, ...files, RUNNER_TEMP: runner, ...inputEnv },
    encoding: 'utf8'
  })
  for (const line of result.stdout.split('\n')) {
    if (line && !line.startsWith('::add-mask::') && !line.startsWith('::debug::'))
      console.log(`  ${line}`)
  }
  if (result.stderr) console.error(result.stderr)
  const outputs = {}
  const text = readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n')
  for (let i = 0; i < text.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(text[i])
    if (!m) continue
    const value = []
    while (++i < text.length && text[i] !== m[2]) value.push(text[i])
    outputs[m[1]] = value.join('\n')
  }
  return { code: result.status, outputs, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') }
}

function printOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) {
    console.log(`  ${name}:`)
    const text = name === 'metadata' ? JSON.stringify(JSON.parse(value), null, 2) : value
    for (const line of text.split('\n')) console.log(`    ${line}`)
  }
}

async function main() {
  step('Installing the test bed packages when missing')
  const install = spawnSync('bash', [join(root, 'scripts', 'install-testbed.sh')], {
    stdio: 'inherit'
  })
  if (install.status !== 0)
    throw new Error(
      'installing the test bed failed (run as root, or install docker-registry and buildah)'
    )

  step('Starting a local Distribution registry')
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  const config = join(work, 'registry.yml')
  writeFileSync(
    config,
    JSON.stringify({
      version: 0.1,
      storage: { filesystem: { rootdirectory: join(work, 'storage') }, delete: { enabled: true } },
      http: { addr: host }
    })
  )
  registry = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`http://${host}/v2/`)
      if (res.ok) break
    } catch {
      if (i > 100) throw new Error('the registry did not start')
      await new Promise(r => setTimeout(r, 50))
    }
  }
  console.log(`  registry at ${host}`)

  step('Writing a sample repository')
  const repo = join(work, 'hello-world')
  mkdirSync(repo)
  copyFileSync('/bin/busybox', join(repo, 'busybox'))
  writeFileSync(
    join(repo, 'Dockerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo hello from ghcr-action > /hello"]\nCMD ["/bin/busybox", "cat", "/hello"]\n'
  )
  const event = join(work, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      ref: 'refs/tags/v1.2.3',
      head_commit: { timestamp: new Date().toISOString() },
      repository: {
        name: 'hello-world',
        description: 'ghcr-action demo',
        default_branch: 'main',
        license: { spdx_id: 'MIT' }
      }
    })
  )
  console.log(`  ${repo}: Dockerfile, busybox`)

  const engine = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {
    encoding: 'utf8'
  })
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_SHA: 'd6cd1e2bd19e03a81132a23b2025920577f84e37',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: repo,
    DOCKER_CONFIG: join(work, 'docker-config'),
    // buildah without a daemon, as it runs in containers and on this kind of machine.
    STORAGE_DRIVER: process.env.STORAGE_DRIVER ?? 'vfs',
    BUILDAH_ISOLATION: process.env.BUILDAH_ISOLATION ?? 'chroot'
  }
  console.log(
    `  builder: ${engine.status === 0 ? `Docker engine ${engine.stdout.trim()}` : 'buildah (no Docker engine answers)'}`
  )

  // The demo's registry is open, as a registry:2 service container is: the token is not sent.
  const login = uses(
    { command: 'login', registry: host, username: 'octocat', token: 'demo-token' },
    env
  )
  if (login.code !== 0) throw new Error('login failed')

  const built = uses(
    { registry: host, ...(engine.status === 0 ? {} : { builder: 'buildah' }) },
    env,
    'build-push, tags from refs/tags/v1.2.3'
  )
  if (built.code !== 0) throw new Error('build-push failed')

  step('Outputs of build-push')
  printOutputs(built.outputs)
  step('Job summary of build-push (HTML, as GitHub renders it)')
  console.log(built.summary.replace(/^/gm, '  '))

  const ref = built.outputs.ref
  const layout = join(work, 'pulled-layout')
  const pulled = uses({ command: 'pull', registry: host, source: ref, output: layout }, env)
  if (pulled.code !== 0) throw new Error('pull failed')
  const same = pulled.outputs.digest === built.outputs.digest
  console.log(
    `  pulled digest ${pulled.outputs.digest} ${same ? '= the pushed digest' : 'differs!'}`
  )

  const tagged = uses({ command: 'tag', registry: host, source: ref, tags: 'stable' }, env)
  if (tagged.code !== 0) throw new Error('tag failed')
  printOutputs(tagged.outputs)
  step('The registry now has')
  const tags = await (await fetch(`http://${host}/v2/octo-org/hello-world/tags/list`)).json()
  console.log(`  ${host}/octo-org/hello-world: ${tags.tags.sort().join(', ')}`)
}

try {
  await main()
  console.log('\nDone. Everything the demo made is removed.')
} catch (error) {
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  registry?.kill()
  rmSync(work, { recursive: true, force: true })
}
