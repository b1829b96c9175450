/**
 * pull, tag and copy, run as the runner runs the action, against real registries, the real
 * Docker engine and skopeo.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { randomUUID } from 'node:crypto'
import { saveToLayout } from '../../src/builders/index.js'
import { spawnRunner } from '../../src/exec.js'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination } from '../../src/registry/remote.js'
import { busyboxContext } from '../helpers/busybox.js'
import { makeIndexLayout, makeLayout } from '../helpers/images.js'
import { runAction } from '../helpers/run-action.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'
import { startFaultProxy } from '../testbed/fault-proxy.js'
import { startTogether, waitFor } from '../testbed/tools.js'
import {
  ALICE,
  blobPath,
  blobWrites,
  loggedRequests,
  startRegistry,
  type TestRegistry
} from '../testbed/registry.js'

const execAsync = promisify(execFile)
const GHS = 'ghs_' + 'T3stInstallationToken0000000000000000'
const tmp = (): string => mkdtempSync(join(tmpdir(), 'transfer-'))

let engine: TestDockerd
let reg: TestRegistry
let client: RegistryClient
let appDigest: string
let appConfig: string

beforeAll(async () => {
  ;[engine, reg] = await startTogether([
    startDockerd(),
    startRegistry({
      mode: 'token',
      users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } }
    })
  ])
  client = new RegistryClient(reg.host, { credentials: { username: 'octocat', password: GHS } })
  engine.docker(['build', '--network', 'none', '-t', 'local/app:1', busyboxContext()])
  const layout = tmp()
  await saveToLayout(spawnRunner, 'local/app:1', layout, engine.env)
  const pushed = await copyImage(
    new OciLayoutSource(layout),
    new RemoteDestination(client.repository('octo-org/app')),
    { tags: ['1', 'latest'] }
  )
  appDigest = pushed.digest
  appConfig = pushed.configDigest!
}, 120_000)
afterAll(async () => {
  await client?.close()
  await Promise.all([engine?.stop(), reg?.stop()])
})

function action(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  nodeFlags: string[] = []
) {
  return runAction(
    { registry: reg.host, password: GHS, username: 'octocat', ...inputs },
    {
      env: { DOCKER_HOST: engine.host, DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'dc-')), ...env },
      nodeFlags
    }
  )
}

describe('pull', () => {
  test.each([
    ['a short name (latest)', 'app', 'octo-org/app:latest'],
    ['a tag', 'octo-org/app:1', 'octo-org/app:1'],
    ['a digest', 'DIGEST', '']
  ])('by %s: the registry digest, loaded so docker run works', async (_what, source, loadedTag) => {
    engine.docker([
      'image',
      'rm',
      '-f',
      `${reg.host}/octo-org/app:latest`,
      `${reg.host}/octo-org/app:1`
    ])
    const run = await action({
      command: 'pull',
      source: source === 'DIGEST' ? `octo-org/app@${appDigest}` : source
    })
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(appDigest)
    expect(run.outputs.ref).toBe(`${reg.host}/octo-org/app@${appDigest}`)
    expect(run.outputs.imageid).toBe(appConfig)
    expect(run.stdout).toContain(`Digest: ${appDigest}`)
    const runnable = loadedTag ? `${reg.host}/${loadedTag}` : appConfig
    expect(engine.docker(['run', '--rm', '--network', 'none', runnable]).trim()).toBe(
      'hello from the image'
    )
    // A name to tag: the engine pulls from a registry on the loopback, which leaves no trace;
    // an image known by its ID only goes through docker load.
    expect(run.stdout.includes('from a loopback registry')).toBe(loadedTag !== '')
    expect(engine.docker(['images', '--digests', '--format', '{{.Repository}}'])).not.toContain(
      'ghcr-action-load'
    )
  })

  test('an engine that cannot reach the loopback (its own network namespace) gets the image through docker load', async () => {
    const isolated = await startDockerd({ ownNetwork: true })
    try {
      const run = await runAction(
        {
          registry: reg.host,
          password: GHS,
          username: 'octocat',
          command: 'pull',
          source: 'octo-org/app:1'
        },
        { env: { DOCKER_HOST: isolated.host, DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'dc-')) } }
      )
      expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
      expect(run.stdout).toContain("cannot reach this machine's loopback: loading with docker load")
      expect(
        isolated.docker(['run', '--rm', '--network', 'none', `${reg.host}/octo-org/app:1`]).trim()
      ).toBe('hello from the image')
    } finally {
      await isolated.stop()
    }
  }, 120_000)

  /** A `docker` on PATH that writes each command line it is given to `log`, then runs docker. */
  function recordingDocker(): { path: string; log: string } {
    const dir = tmp()
    const log = join(dir, 'docker.log')
    const real = execFileSync('sh', ['-c', 'command -v docker']).toString().trim()
    writeFileSync(join(dir, 'docker'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`, {
      mode: 0o755
    })
    return { path: `${dir}:${process.env.PATH}`, log }
  }
  const commandsRun = (log: string): string[] =>
    existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []

  test('a pull that loads asks the engine on its socket: no docker command runs', async () => {
    engine.docker(['image', 'rm', '-f', `${reg.host}/octo-org/app:1`])
    const docker = recordingDocker()
    const run = await action({ command: 'pull', source: 'octo-org/app:1' }, { PATH: docker.path })
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(run.stdout).toContain('from a loopback registry')
    expect(commandsRun(docker.log)).toEqual([])
    expect(
      engine.docker(['run', '--rm', '--network', 'none', `${reg.host}/octo-org/app:1`]).trim()
    ).toBe('hello from the image')
    expect(engine.docker(['images', '--format', '{{.Repository}}'])).not.toContain(
      'ghcr-action-load'
    )
  })

  test('an engine that answers on its socket, with no docker CLI here: load: auto does not load', async () => {
    // A pull by digest ends in `docker load`, which needs the CLI.
    const run = await action(
      { command: 'pull', source: `octo-org/app@${appDigest}` },
      { PATH: tmp() }
    )
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(appDigest)
    expect(run.stdout).not.toContain('Load into the Docker engine')
  })

  test('with a Docker context chosen, the docker CLI does the same, where the context points', async () => {
    engine.docker(['image', 'rm', '-f', `${reg.host}/octo-org/app:1`])
    const docker = recordingDocker()
    const config = mkdtempSync(join(tmpdir(), 'dc-'))
    await execAsync('docker', [
      '--config',
      config,
      'context',
      'create',
      'testbed',
      '--docker',
      `host=${engine.host}`
    ])
    const run = await action(
      { command: 'pull', source: 'octo-org/app:1' },
      { PATH: docker.path, DOCKER_HOST: '', DOCKER_CONFIG: config, DOCKER_CONTEXT: 'testbed' }
    )
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(run.stdout).toContain('from a loopback registry')
    const commands = commandsRun(docker.log)
    expect(commands.some(c => c.startsWith('version'))).toBe(true)
    expect(commands.some(c => c.startsWith('pull --quiet 127.0.0.1:'))).toBe(true)
    expect(
      commands.some(c => c.startsWith('tag ') && c.endsWith(`${reg.host}/octo-org/app:1`))
    ).toBe(true)
    expect(commands.some(c => c.startsWith('rmi --no-prune '))).toBe(true)
    expect(
      engine.docker(['run', '--rm', '--network', 'none', `${reg.host}/octo-org/app:1`]).trim()
    ).toBe('hello from the image')
  })

  test('output writes an OCI layout that skopeo accepts; load: false leaves the engine alone', async () => {
    const dir = tmp()
    const built = makeLayout(dir, { layers: [{ size: 20_000 }] })
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('octo-org/oci')),
      { tags: ['2'] }
    )
    const out = join(tmp(), 'layout')
    const run = await action({
      command: 'pull',
      source: 'octo-org/oci:2',
      output: out,
      load: 'false'
    })
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(built.digest)
    const { stdout } = await execAsync('skopeo', ['inspect', '--raw', `oci:${out}:2`])
    expect(Buffer.from(stdout).equals(built.bytes)).toBe(true)
    await execAsync('skopeo', ['copy', `oci:${out}:2`, `oci:${tmp()}:copy`])
  })

  test('the HTTP parser stays on the baseline compiler, so the step exits when done', async () => {
    // V8 recompiles undici's WebAssembly parser with TurboFan in the background once enough
    // bytes went through it, and the process waits for that after its work: 0.15-0.25 s per
    // step on Node 24 before the fix. A tiny tiering budget makes any run hot enough; this
    // suite runs under Node 20 and, in CI, again under Node 24.
    const run = await action(
      { command: 'pull', source: 'octo-org/app:1', output: join(tmp(), 'out'), load: 'false' },
      {},
      ['--wasm-tiering-budget=1000', '--trace-wasm-compilation-times']
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Compiled function .* using Liftoff/)
    expect(run.stdout).not.toMatch(/using TurboFan/)
  })

  test('a pull to a layout from a plain-HTTP registry loads no process runner, no builder, no HTTP/2, TLS or zlib', async () => {
    // What the step evaluated, from Node's own list, printed as it exits. The builders and the
    // process runner would bring node:child_process.
    const preload = join(tmp(), 'loaded.cjs')
    writeFileSync(
      preload,
      "process.on('exit', () => process._rawDebug('loaded ' + JSON.stringify(process.moduleLoadList)))"
    )
    const run = await action(
      { command: 'pull', source: 'octo-org/app:1', output: join(tmp(), 'out'), load: 'false' },
      {},
      ['--require', preload]
    )
    expect(run.code).toBe(0)
    const line = run.stderr.split('\n').find(l => l.startsWith('loaded '))
    const loaded = JSON.parse(line!.slice('loaded '.length)) as string[]
    expect(loaded).toContain('NativeModule net')
    expect(loaded.filter(m => /\b(child_process|http2|tls|zlib)$/.test(m))).toEqual([])
  })

  test('a pull whose login is refused leaves no directory behind, though it made one while asking', async () => {
    const parent = tmp()
    const run = await action({
      command: 'pull',
      source: 'octo-org/app:1',
      output: join(parent, 'out'),
      load: 'false',
      password: 'not-the-password'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::/)
    expect(readdirSync(parent)).toEqual([])
  })

  test('output into an existing empty directory and into an existing layout: one write, both readable', async () => {
    const dir = tmp()
    const built = makeLayout(dir, { layers: [{ size: 20_000 }] })
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('octo-org/existing')),
      { tags: ['3'] }
    )
    // As `mkdir -p out` leaves it.
    const parent = tmp()
    const out = join(parent, 'layout')
    mkdirSync(out)
    const first = await action({
      command: 'pull',
      source: 'octo-org/existing:3',
      output: out,
      load: 'false'
    })
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(`Wrote an OCI image layout to ${out}`)
    expect(readdirSync(parent)).toEqual(['layout'])
    const { stdout } = await execAsync('skopeo', ['inspect', '--raw', `oci:${out}:3`])
    expect(Buffer.from(stdout).equals(built.bytes)).toBe(true)
    // A second image into that layout keeps the first and adds the second.
    const otherDir = tmp()
    const other = makeLayout(otherDir, { layers: [{ size: 10_000 }] })
    await copyImage(
      new OciLayoutSource(otherDir),
      new RemoteDestination(client.repository('octo-org/existing')),
      { tags: ['4'] }
    )
    const second = await action({
      command: 'pull',
      source: 'octo-org/existing:4',
      output: out,
      load: 'false'
    })
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(`Added 4 to the OCI image layout ${out}`)
    const both = await Promise.all(
      ['3', '4'].map(
        async t => (await execAsync('skopeo', ['inspect', '--raw', `oci:${out}:${t}`])).stdout
      )
    )
    expect(both.map(b => Buffer.from(b))).toEqual([built.bytes, other.bytes])
    expect(readdirSync(join(out, 'blobs', 'sha256')).some(f => f.includes('.partial'))).toBe(false)
  })

  test('an index is resolved to the runner platform; a missing platform lists what there is', async () => {
    const dir = tmp()
    const built = makeIndexLayout(
      dir,
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' }
      ],
      [{ size: 5000 }]
    )
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('octo-org/multi')),
      { tags: ['1'] }
    )
    const run = await action({ command: 'pull', source: 'octo-org/multi:1', load: 'false' })
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(built.digest)
    expect(JSON.parse(run.outputs.metadata!)).toMatchObject({
      platform: 'linux/amd64',
      platformDigest: built.children[0]!.digest
    })
    const missing = await action({
      command: 'pull',
      source: 'octo-org/multi:1',
      load: 'false',
      platform: 'linux/s390x'
    })
    expect(missing.code).toBe(1)
    expect(missing.stdout).toMatch(
      /::error::.*has no linux\/s390x image \(it has: linux\/amd64, linux\/arm64\/v8\)/
    )
  })

  test('loading while downloading: a corrupted last layer leaves no image, tagged or not, in the engine', async () => {
    // An image the engine does not have: if any of it were loaded, its ID would be there.
    engine.docker([
      'build',
      '--network',
      'none',
      '-t',
      'local/lastbad:1',
      busyboxContext(
        `RUN ["/bin/busybox", "sh", "-c", "echo ${randomUUID()} > /id"]\nRUN ["/bin/busybox", "sh", "-c", "echo two > /two"]\n`
      )
    ])
    const dir = tmp()
    await saveToLayout(spawnRunner, 'local/lastbad:1', dir, engine.env)
    engine.docker(['rmi', 'local/lastbad:1'])
    const pushed = await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('octo-org/lastbad')),
      { tags: ['1'] }
    )
    const manifest = JSON.parse(
      (await execAsync('skopeo', ['inspect', '--raw', `oci:${dir}`])).stdout
    ) as { layers: Array<{ digest: string }> }
    expect(manifest.layers.length).toBeGreaterThan(1)
    const file = blobPath(reg, manifest.layers.at(-1)!.digest)
    const bytes = readFileSync(file)
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff
    writeFileSync(file, bytes)
    // By tag the engine pulls through the verifying loopback proxy; with an output too, from a
    // loopback registry serving the layout as it fills; by digest it reads a docker load
    // archive. Every way, the last layer never reaches it whole, and no output is written.
    const out = join(tmp(), 'layout')
    const cases: Array<Record<string, string>> = [
      { source: 'octo-org/lastbad:1' },
      { source: 'octo-org/lastbad:1', output: out },
      { source: `octo-org/lastbad@${pushed.digest}` }
    ]
    for (const inputs of cases) {
      const run = await action({ command: 'pull', ...inputs })
      expect(run.code).toBe(1)
      const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain(manifest.layers.at(-1)!.digest)
      expect(run.stdout.includes('from a loopback registry')).toBe(inputs.source!.endsWith(':1'))
      expect(existsSync(out)).toBe(false)
    }
    expect(engine.docker(['images', '-q', `${reg.host}/octo-org/lastbad:1`]).trim()).toBe('')
    expect(
      engine
        .docker(['images', '-a', '-q', '--no-trunc'])
        .split('\n')
        .map(l => l.trim())
    ).not.toContain(pushed.configDigest)
  })

  test('a blob corrupted in the registry storage fails with both digests and leaves nothing behind', async () => {
    const dir = tmp()
    const built = makeLayout(dir, { layers: [{ size: 30_000 }] })
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('octo-org/bad')),
      { tags: ['1'] }
    )
    const file = blobPath(reg, built.layers[0]!.digest)
    const bytes = readFileSync(file)
    bytes[100] = bytes[100]! ^ 0xff
    writeFileSync(file, bytes)
    const out = join(tmp(), 'layout')
    const run = await action({ command: 'pull', source: 'octo-org/bad:1', output: out })
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`expected ${built.layers[0]!.digest}, got sha256:`)
    expect(existsSync(out)).toBe(false)
    expect(engine.docker(['images', '-q', `${reg.host}/octo-org/bad:1`]).trim()).toBe('')
    expect(run.outputs).toEqual({})
  })
})

describe('tag', () => {
  const uploads = (): number => blobWrites(reg).uploads

  test('in the same repository: the manifest is put under each tag, no blob moves', async () => {
    const before = uploads()
    const run = await action({
      command: 'tag',
      image: 'octo-org/app',
      source: 'octo-org/app:1',
      tags: 'stable, 2026-11'
    })
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(appDigest)
    expect(run.outputs.ref).toBe(`${reg.host}/octo-org/app@${appDigest}`)
    expect(run.outputs.tags).toBe(
      `${reg.host}/octo-org/app:stable\n${reg.host}/octo-org/app:2026-11`
    )
    expect((await client.repository('octo-org/app').headManifest('2026-11'))?.digest).toBe(
      appDigest
    )
    // Not one upload session: no preflight (the manifest PUT proves access), and no blob.
    expect(uploads() - before).toBe(0)
  })

  test('into another repository: blobs are mounted, not uploaded', async () => {
    const run = await action({
      command: 'tag',
      image: 'octo-org/release',
      source: 'octo-org/app:1',
      tags: 'v1'
    })
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(appDigest)
    const metadata = JSON.parse(run.outputs.metadata!) as {
      transfer: { layersPushed: number; layersMounted: number }
    }
    expect(metadata.transfer.layersPushed).toBe(0)
    expect(metadata.transfer.layersMounted).toBeGreaterThan(0)
  })

  test('a schema-1 manifest is refused with a message that says so', async () => {
    const plain = await startRegistry()
    const proxy = await startFaultProxy(plain.url)
    proxy.add({
      method: 'GET',
      path: /\/manifests\/old$/,
      fault: {
        kind: 'respond',
        status: 200,
        headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws' },
        body: JSON.stringify({ schemaVersion: 1, name: 'octo-org/old', tag: 'old', fsLayers: [] })
      },
      times: 5
    })
    try {
      const run = await runAction(
        {
          command: 'tag',
          registry: proxy.host,
          image: 'octo-org/old',
          source: 'octo-org/old:old',
          tags: 'new'
        },
        { env: { DOCKER_CONFIG: tmp() } }
      )
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/::error::.*Schema 1 is not supported/)
    } finally {
      await proxy.stop()
      await plain.stop()
    }
  })
})

describe('copy', () => {
  let basic: TestRegistry
  beforeAll(async () => {
    basic = await startRegistry({ mode: 'basic' })
  })
  afterAll(async () => basic?.stop())

  test('an index of two platforms, from a token registry to a Basic-auth TLS registry, byte for byte', async () => {
    const dir = tmp()
    const built = makeIndexLayout(
      dir,
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' }
      ],
      [{ size: 40_000 }]
    )
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('octo-org/tool')),
      { tags: ['3'] }
    )
    // Source credentials come from the Docker config, as docker pull would use them.
    const dockerConfig = tmp()
    writeFileSync(
      join(dockerConfig, 'config.json'),
      JSON.stringify({
        auths: { [reg.host]: { auth: Buffer.from(`octocat:${GHS}`).toString('base64') } }
      })
    )
    const caFile = join(tmp(), 'ca.pem')
    writeFileSync(caFile, basic.ca!.pem)
    const run = await runAction(
      {
        command: 'copy',
        registry: basic.host,
        token: ALICE.password,
        username: ALICE.username,
        image: `${basic.host}/mirror/tool`,
        source: `${reg.host}/octo-org/tool:3`
      },
      {
        env: {
          DOCKER_CONFIG: dockerConfig,
          NODE_EXTRA_CA_CERTS: caFile,
          GITHUB_REPOSITORY: 'octo-org/hello-world'
        }
      }
    )
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Credentials for ${reg.host} from the Docker config`)
    expect(run.outputs.digest).toBe(built.digest)
    expect(run.outputs.tags).toBe(`${basic.host}/mirror/tool:3`)
    const dest = new RegistryClient(basic.host, {
      ca: basic.ca!.pem,
      credentials: { username: ALICE.username, password: ALICE.password }
    })
    const index = await dest.repository('mirror/tool').getManifest('3')
    expect(index.bytes.equals(built.bytes)).toBe(true)
    for (const child of built.children)
      expect(
        (await dest.repository('mirror/tool').getManifest(child.digest)).bytes.equals(child.bytes)
      ).toBe(true)
    await dest.close()
  })
})

const requestsSince = (mark: number): string[] => loggedRequests(reg, mark).requests
const answeredSince = (mark: number): string[] => loggedRequests(reg, mark).answered
const logLines = (): number => loggedRequests(reg).lines
/** Waits until the access log holds `request` after `mark`: the registry logs once it answered. */
const logged = (mark: number, request: string): Promise<void> =>
  waitFor(
    `${request} in the access log`,
    async () => [...requestsSince(mark), ...answeredSince(mark)].includes(request),
    5000
  )

describe('round trips: nothing asked for twice, nothing downloaded that nobody asked for', () => {
  test('a pull with load: false and no output resolves only: no layer is downloaded', async () => {
    const mark = logLines()
    const run = await action({ command: 'pull', source: 'octo-org/app:1', load: 'false' })
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(appDigest)
    expect(run.outputs.imageid).toBe(appConfig)
    expect(run.stdout).toContain('resolved the digest only')
    await logged(mark, 'GET /v2/octo-org/app/manifests/1 200')
    const requests = requestsSince(mark)
    expect(requests.filter(r => r.includes('/blobs/'))).toEqual([])
    // The first read stands for the ping: its 401 brings the challenge, and no `GET /v2/` is sent.
    expect(answeredSince(mark)).toEqual([
      'GET /v2/octo-org/app/manifests/1 401',
      'GET /v2/octo-org/app/manifests/1 200'
    ])
  })

  test('a pull that keeps the image reads its manifest once, by the tag it was asked by', async () => {
    const mark = logLines()
    const run = await action({
      command: 'pull',
      source: 'octo-org/app:1',
      output: join(tmp(), 'out'),
      load: 'false'
    })
    expect(run.code).toBe(0)
    await logged(mark, 'GET /v2/octo-org/app/manifests/1 200')
    const manifests = answeredSince(mark).filter(r => r.includes('/manifests/'))
    // Once answered (after the 401 that stands for the ping), never again by digest.
    expect(manifests).toEqual([
      'GET /v2/octo-org/app/manifests/1 401',
      'GET /v2/octo-org/app/manifests/1 200'
    ])
    expect(requestsSince(mark)).not.toContain('GET /v2/')
  })

  test('a new tag PUTs the manifest and reads nothing back', async () => {
    const mark = logLines()
    const run = await action({
      command: 'tag',
      image: 'octo-org/app',
      source: 'octo-org/app:1',
      tags: 'rt'
    })
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(appDigest)
    await logged(mark, 'PUT /v2/octo-org/app/manifests/rt')
    const manifests = requestsSince(mark).filter(r => r.includes('/manifests/'))
    expect(manifests).toEqual([
      'GET /v2/octo-org/app/manifests/1',
      'PUT /v2/octo-org/app/manifests/rt'
    ])
  })
})
