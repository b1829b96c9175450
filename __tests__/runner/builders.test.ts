/**
 * build-push with what docker/build-push-action users bring: buildx drivers (through the
 * buildx STAND-IN of the test bed, which records its command lines: buildx itself cannot be
 * installed here), and secrets, caches, annotations and their refusals with the real Docker
 * engine, buildah and podman.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { RegistryClient } from '../../src/registry/client.js'
import { parseManifest } from '../../src/registry/media-types.js'
import { RemoteSource } from '../../src/registry/remote.js'
import { readSmallBlob } from '../../src/registry/store.js'
import { busyboxContext } from '../helpers/busybox.js'
import { runAction } from '../helpers/run-action.js'
import { installBuildxStandin } from '../testbed/buildx-standin.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'
import { startRegistry, type TestRegistry } from '../testbed/registry.js'
import { ensureCommands } from '../testbed/tools.js'

const execAsync = promisify(execFile)
const SECRET = 's3cret-value-for-the-build'
const SECRET_DOCKERFILE =
  'RUN --mount=type=secret,id=tok ["/bin/busybox", "sh", "-c", "/bin/busybox grep -q s3cret /run/secrets/tok && echo secret-was-there > /proof"]\n'

let engine: TestDockerd
let reg: TestRegistry

beforeAll(async () => {
  ensureCommands('buildah', 'podman', 'skopeo')
  ;[engine, reg] = await Promise.all([startDockerd(), startRegistry()])
}, 120_000)
afterAll(async () => {
  await Promise.all([engine?.stop(), reg?.stop()])
})

/** Runs build-push to the local registry in a fresh runner, with `env` on top. */
function build(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const dockerConfig = env.DOCKER_CONFIG ?? mkdtempSync(join(tmpdir(), 'dc-'))
  return runAction(
    { registry: reg.host, image: `${reg.host}/o/app`, tags: 'ci', ...inputs },
    {
      env: {
        DOCKER_HOST: engine.host,
        DOCKER_CONFIG: dockerConfig,
        STORAGE_DRIVER: 'vfs',
        BUILDAH_ISOLATION: 'chroot',
        ...env
      }
    }
  )
}

/** A step's output but the lines that register masks (the runner hides what they name). */
const unmasked = (stdout: string): string =>
  stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')

/** The pushed manifest (or index) of `o/app:ci`, raw, as skopeo reads it. */
async function rawManifest(
  tag = 'ci'
): Promise<{ annotations?: Record<string, string>; manifests?: unknown[] }> {
  const { stdout } = await execAsync('skopeo', [
    'inspect',
    '--raw',
    '--tls-verify=false',
    `docker://${reg.host}/o/app:${tag}`
  ])
  return JSON.parse(stdout) as { annotations?: Record<string, string> }
}

/** `docker` against the test bed's engine. */
async function dockerCli(...args: string[]): Promise<string> {
  return (await execAsync('docker', ['-H', engine.host, ...args])).stdout
}

/** The pushed image config of `o/app:ci`, as skopeo reads it. */
async function pushedConfig(): Promise<{ config: { Labels?: Record<string, string> } }> {
  const { stdout } = await execAsync('skopeo', [
    'inspect',
    '--config',
    '--tls-verify=false',
    `docker://${reg.host}/o/app:ci`
  ])
  return JSON.parse(stdout) as { config: { Labels?: Record<string, string> } }
}

describe('the classic builder', () => {
  // Quotes, a variable and a backslash: a LABEL instruction would read them unless quoted.
  const QUIRK = 'a "$HOME" \\ b ${X}'

  test('puts the labels on in one step on top of the build, literally; the engine has the image pushed', async () => {
    const run = await build({
      context: busyboxContext(),
      builder: 'docker',
      network: 'none',
      labels: `org.example.quirk=${QUIRK}\nteam=x=y`
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Labels in one step on top of sha256:')
    const pushed = (await pushedConfig()).config.Labels ?? {}
    expect(pushed).toMatchObject({ 'org.example.quirk': QUIRK, team: 'x=y' })
    const [local] = JSON.parse(
      await dockerCli('image', 'inspect', `${reg.host}/o/app:ci`)
    ) as Array<{
      Id: string
      Config: { Labels: Record<string, string> }
    }>
    expect(local!.Id).toBe(run.outputs.imageid)
    expect(local!.Config.Labels).toEqual(pushed)
    const history = (
      await dockerCli('history', '--no-trunc', '--format', '{{.CreatedBy}}', `${reg.host}/o/app:ci`)
    ).split('\n')
    expect(history.filter(line => line.includes('LABEL'))).toHaveLength(1)
  }, 180_000)

  test('an image with ONBUILD triggers keeps them: its labels are steps of its own build', async () => {
    const run = await build({
      context: busyboxContext('ONBUILD RUN ["/bin/busybox", "true"]\n'),
      builder: 'docker',
      network: 'none',
      labels: 'team=platform'
    })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('Labels in one step')
    const [local] = JSON.parse(
      await dockerCli('image', 'inspect', `${reg.host}/o/app:ci`)
    ) as Array<{
      Config: { OnBuild: string[] | null; Labels: Record<string, string> }
    }>
    expect(local!.Config.OnBuild).toEqual(['RUN ["/bin/busybox", "true"]'])
    expect(local!.Config.Labels.team).toBe('platform')
    expect((await pushedConfig()).config.Labels?.team).toBe('platform')
  }, 180_000)
})

describe('buildx, through the stand-in', () => {
  test("buildx's plain docker driver builds into the engine, never asking it for an OCI export", async () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), 'dc-'))
    const standin = installBuildxStandin(dockerConfig, { default: 'docker' })
    const run = await build(
      { context: busyboxContext(), network: 'none' },
      { DOCKER_CONFIG: dockerConfig }
    )
    expect(run.stdout).toContain('Builder: buildx (first that works)')
    expect(run.stdout).toContain(
      'buildx builder default, driver docker: building into the Docker engine, then docker save into an OCI layout'
    )
    expect(run.code).toBe(0)
    const builds = standin.calls().filter(c => c[0] === 'build')
    expect(builds).toHaveLength(1)
    expect(builds[0]).toContain('--load')
    expect(builds[0]!.join(' ')).not.toMatch(/type=oci/)
    expect(run.outputs.digest).toMatch(/^sha256:/)
  })

  test('two platforms on the docker driver fail before building, with the setup actions to add', async () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), 'dc-'))
    const standin = installBuildxStandin(dockerConfig, { default: 'docker' })
    const run = await build(
      { context: busyboxContext(), platforms: 'linux/amd64,linux/arm64' },
      { DOCKER_CONFIG: dockerConfig }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::buildx's docker driver \(builder default\) builds one platform into the engine, and platforms lists 2\. Add docker\/setup-buildx-action before this step \(and docker\/setup-qemu-action/
    )
    expect(standin.calls().filter(c => c[0] === 'build')).toEqual([])
  })

  test('a named docker-container builder exports OCI, with the caches, attestations and annotations asked for', async () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), 'dc-'))
    const standin = installBuildxStandin(dockerConfig, {
      default: 'docker',
      'builder-1a2b': 'docker-container'
    })
    const runtimeToken = 'runtime-token-0123456789'
    const run = await build(
      {
        context: busyboxContext('CMD ["/bin/busybox", "true"]\n'),
        builder: 'builder-1a2b',
        'cache-from': 'type=gha\ntype=registry,ref=ghcr.io/Octo/App:buildcache',
        'cache-to': 'type=gha,mode=max',
        provenance: 'mode=max',
        sbom: 'true',
        annotations: 'index:org.opencontainers.image.description=an index\norg.example.note=hi'
      },
      {
        DOCKER_CONFIG: dockerConfig,
        ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache/',
        ACTIONS_RUNTIME_TOKEN: runtimeToken
      }
    )
    expect(run.stdout).toContain(
      'buildx builder builder-1a2b, driver docker-container: exporting an OCI layout'
    )
    expect(run.code).toBe(0)
    const call = standin.calls().find(c => c[0] === 'build')!
    const pairs = (flag: string) => call.flatMap((a, i) => (a === flag ? [call[i + 1]] : []))
    expect(pairs('--builder')).toEqual(['builder-1a2b'])
    expect(pairs('--output')[0]).toMatch(/^type=oci,dest=.*,tar=false,name=/)
    expect(pairs('--cache-from')).toEqual([
      `type=gha,url=http://127.0.0.1:9/cache/,token=${runtimeToken}`,
      'type=registry,ref=ghcr.io/octo/app:buildcache'
    ])
    expect(pairs('--cache-to')).toEqual([
      `type=gha,mode=max,url=http://127.0.0.1:9/cache/,token=${runtimeToken}`
    ])
    expect(pairs('--provenance')).toEqual(['mode=max'])
    expect(pairs('--sbom')).toEqual(['true'])
    expect(pairs('--annotation')).toEqual([
      'index:org.opencontainers.image.description=an index',
      'org.example.note=hi'
    ])
    // The runner masks the cache token before the command line that carries it is logged.
    const lines = run.stdout.split('\n')
    const mask = lines.indexOf(`::add-mask::${runtimeToken}`)
    const command = lines.findIndex(l => l.startsWith('[command]') && l.includes(runtimeToken))
    expect(mask).toBeGreaterThanOrEqual(0)
    expect(mask).toBeLessThan(command)
  })

  test('a builder name that buildx does not know fails with the hint', async () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), 'dc-'))
    installBuildxStandin(dockerConfig, { default: 'docker' })
    const run = await build(
      { context: busyboxContext(), builder: 'nosuchbuilder' },
      { DOCKER_CONFIG: dockerConfig }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::docker buildx inspect nosuchbuilder failed: .*no builder "nosuchbuilder" found.*docker\/setup-buildx-action/
    )
  })
})

describe('what a builder cannot do is refused before building, naming the input', () => {
  test.each([
    [
      { secrets: `tok=${SECRET}` },
      'secrets',
      /"id=tok" is not valid: the docker builder cannot do it \(secrets\); buildx, buildah, podman can/
    ],
    [
      { 'cache-to': 'type=gha' },
      'cache-to',
      /"type=gha" is not valid: the docker builder cannot do it \(cache-gha\); buildx can/
    ],
    [{ ssh: 'default' }, 'ssh', /the docker builder cannot do it \(ssh\)/],
    [
      { provenance: 'mode=max' },
      'provenance',
      /the docker builder cannot do it \(attestations\); buildx can/
    ]
  ])('builder: docker with %j', async (inputs, input, rule) => {
    const run = await build({ context: busyboxContext(), builder: 'docker', ...inputs })
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(new RegExp(`^::error::Input "${input}": `))
    expect(errors[0]).toMatch(rule)
    expect(run.stdout).not.toMatch(/Step 1\/|\[command\]docker build/)
    expect(unmasked(run.stdout)).not.toContain(SECRET.slice(5))
  })

  test('buildah cannot export to the GitHub Actions cache: refused naming cache-to and buildx', async () => {
    const run = await build({
      context: busyboxContext(),
      builder: 'buildah',
      'cache-to': 'type=gha'
    })
    expect(run.stdout).toMatch(
      /::error::Input "cache-to": "type=gha" is not valid: the buildah builder cannot do it \(cache-gha\); buildx can\. Set builder: to buildx\./
    )
  })

  test('auto passes over the engine for a build with secrets, and takes buildah', async () => {
    const run = await build({
      context: busyboxContext(SECRET_DOCKERFILE),
      secrets: `tok=${SECRET}`,
      network: 'none'
    })
    expect(run.stdout).toMatch(
      /Builder: buildah \(first that works \(buildx: the buildx plugin is not installed; docker: cannot do secrets\)\)/
    )
    expect(run.code).toBe(0)
  })
})

/** Every file of every layer of the pushed `o/app:ci`, as text. */
async function layerText(): Promise<string> {
  const client = new RegistryClient(reg.host)
  try {
    const source = new RemoteSource(client.repository('o/app'), 'ci')
    const root = await source.root()
    const parsed = parseManifest(root.bytes, root.mediaType)
    if (parsed.kind !== 'image') throw new Error('expected one image')
    let text = (await readSmallBlob(source, parsed.manifest.config)).toString('latin1')
    for (const layer of parsed.manifest.layers) {
      const bytes = await readSmallBlob(source, layer).catch(() => Buffer.alloc(0))
      text += (layer.mediaType.includes('gzip') ? gunzipSync(bytes) : bytes).toString('latin1')
    }
    return text
  } finally {
    await client.close()
  }
}

describe.each(['buildah', 'podman'])('%s', builder => {
  test('a secret reaches RUN --mount=type=secret and nothing else: no layer, log, output or file', async () => {
    const runnerTemps: string[] = []
    const run = await build({
      context: busyboxContext(SECRET_DOCKERFILE),
      builder,
      secrets: `tok=${SECRET}`,
      'no-cache': 'true',
      annotations: 'org.example.note=from the annotations input'
    })
    expect(run.stdout).toMatch(new RegExp(`\\[command\\]\\S*${builder} (bud|build) .*--no-cache`))
    expect(run.code).toBe(0)
    runnerTemps.push(join(run.dir, 'runner-temp'))
    const text = await layerText()
    expect(text).toContain('secret-was-there')
    expect(text).not.toContain(SECRET)
    // Printed only to be masked, and nowhere else.
    expect(run.stdout).toContain(`::add-mask::${SECRET}`)
    expect(unmasked(run.stdout)).not.toContain(SECRET)
    expect(JSON.stringify(run.outputs) + run.summary + run.state).not.toContain(SECRET)
    for (const dir of runnerTemps) expect(readdirSync(dir)).toEqual([])
    expect((await rawManifest()).annotations?.['org.example.note']).toBe(
      'from the annotations input'
    )
  })
})

test('buildah, two platforms: the index carries the index: annotations and the image description', async () => {
  const context = busyboxContext('LABEL org.opencontainers.image.description="a described image"\n')
  const run = await build({
    context,
    builder: 'buildah',
    platforms: 'linux/amd64,linux/arm64',
    annotations: 'index:org.example.index=yes',
    labels: 'org.opencontainers.image.licenses=MIT'
  })
  expect(run.code).toBe(0)
  const index = await rawManifest()
  expect(index.manifests).toHaveLength(2)
  expect(index.annotations).toMatchObject({
    'org.example.index': 'yes',
    'org.opencontainers.image.licenses': 'MIT'
  })
  expect(existsSync(join(run.dir, 'runner-temp'))).toBe(true)
  expect(JSON.parse(run.outputs.metadata!).platforms).toHaveLength(2)
})

test('buildah: ssh default reaches RUN --mount=type=ssh through the runner’s agent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'agent-'))
  const socket = join(dir, 'agent.sock')
  const agent = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' })
  try {
    for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise(r => setTimeout(r, 50))
    const run = await build(
      {
        context: busyboxContext(
          'RUN --mount=type=ssh ["/bin/busybox", "sh", "-c", "test -S \\"$SSH_AUTH_SOCK\\" && echo agent-was-there > /ssh"]\n'
        ),
        builder: 'buildah',
        ssh: 'default',
        network: 'none'
      },
      { SSH_AUTH_SOCK: socket }
    )
    expect(run.stdout).toMatch(/\[command\]\S*buildah bud .*--ssh default/)
    expect(run.code).toBe(0)
    expect(await layerText()).toContain('agent-was-there')
  } finally {
    agent.kill()
  }
})

test('buildah: the commit time from the event makes the image’s timestamps (SOURCE_DATE_EPOCH)', async () => {
  const eventDir = mkdtempSync(join(tmpdir(), 'event-'))
  const eventPath = join(eventDir, 'event.json')
  writeFileSync(eventPath, JSON.stringify({ head_commit: { timestamp: '2026-01-01T00:00:00Z' } }))
  const run = await build(
    { context: busyboxContext('CMD ["/bin/busybox", "true"]\n'), builder: 'buildah' },
    { GITHUB_EVENT_PATH: eventPath }
  )
  expect(run.stdout).toMatch(/\[command\]\S*buildah bud .*--timestamp 1767225600/)
  expect(run.code).toBe(0)
  expect(await layerText()).toContain('"created":"2026-01-01T00:00:00Z"')
})

/** A new, empty containers store for buildah and podman. */
function emptyStore(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'store-'))
  const conf = join(dir, 'storage.conf')
  writeFileSync(
    conf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${dir}/root"\nrunroot = "${dir}/run"\n`
  )
  return { CONTAINERS_STORAGE_CONF: conf }
}

test('buildah: a registry cache written by one build is used by the next, on an empty store', async () => {
  // A TLS registry of the test bed, its CA where containers/image looks for a registry's CA.
  const cacheRegistry = await startRegistry({ tls: true })
  const certs = join('/etc/containers/certs.d', cacheRegistry.host)
  mkdirSync(certs, { recursive: true })
  writeFileSync(join(certs, 'ca.crt'), cacheRegistry.ca!.pem)
  const store = emptyStore
  const context = busyboxContext(
    'RUN ["/bin/busybox", "sh", "-c", "echo expensive step > /expensive"]\n'
  )
  const cache = `type=registry,ref=${cacheRegistry.host}/o/app-cache:buildcache`
  try {
    const first = await build(
      { context, builder: 'buildah', network: 'none', 'cache-to': cache },
      store()
    )
    expect(first.stdout).toMatch(
      /\[command\]\S*buildah bud .*--layers .*--cache-to \S+\/o\/app-cache /
    )
    expect(first.code).toBe(0)
    const second = await build(
      { context, builder: 'buildah', network: 'none', 'cache-from': cache },
      store()
    )
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/Cache pulled from remote|Using cache/)
  } finally {
    rmSync(certs, { recursive: true, force: true })
    await cacheRegistry.stop()
  }
})

describe.each(['buildah', 'podman'])(
  '%s: a registry cache on a plain-HTTP loopback registry',
  builder => {
    test('one build writes it, the next uses it on an empty store, and base images keep their TLS checks', async () => {
      const plain = await startRegistry()
      // A base image on a TLS registry whose CA nothing trusts: it must stay unpullable.
      const tls = await startRegistry({ tls: true })
      try {
        const cache = `type=registry,ref=${plain.host}/o/app-cache:buildcache`
        const context = busyboxContext(
          'RUN ["/bin/busybox", "sh", "-c", "echo expensive step > /expensive"]\n'
        )
        const first = await build({ context, builder, 'cache-to': cache }, emptyStore())
        expect(first.stdout).toContain(
          `${plain.host}: plain HTTP for the registry cache, for this build only (registries.conf)`
        )
        expect(first.stdout).not.toMatch(/--tls-verify/)
        expect(first.code).toBe(0)
        // The cache is in the plain-HTTP registry.
        const { stdout: tags } = await execAsync('skopeo', [
          'list-tags',
          '--tls-verify=false',
          `docker://${plain.host}/o/app-cache`
        ])
        expect((JSON.parse(tags) as { Tags: string[] }).Tags.length).toBeGreaterThan(0)
        const second = await build({ context, builder, 'cache-from': cache }, emptyStore())
        expect(second.code).toBe(0)
        expect(second.stdout).toMatch(/Cache pulled from remote|Using cache/)

        const base = mkdtempSync(join(tmpdir(), 'base-'))
        writeFileSync(
          join(base, 'Dockerfile'),
          `FROM ${tls.host}/o/base:1\nRUN ["/bin/busybox", "true"]\n`
        )
        const untrusted = await build({ context: base, builder, 'cache-from': cache }, emptyStore())
        expect(untrusted.code).toBe(1)
        expect(untrusted.stdout).toMatch(/x509|certificate/)
      } finally {
        await Promise.all([plain.stop(), tls.stop()])
      }
    }, 240_000)
  }
)

describe.each([
  ['the classic engine', 'docker'],
  ['buildah', 'buildah']
])('build-push with load: true, built by %s', (_, builder) => {
  test('pushes, and leaves the image in the Docker engine under its tags for docker run', async () => {
    const tag = `loaded-${builder}`
    const ref = `${reg.host}/o/app:${tag}`
    await dockerCli('image', 'rm', '-f', ref).catch(() => '')
    const run = await build({
      context: busyboxContext(),
      builder,
      network: builder === 'docker' ? 'none' : '',
      tags: tag,
      load: 'true'
    })
    expect(run.code).toBe(0)
    expect(run.outputs.pushed).toBe('true')
    expect(JSON.parse(run.outputs.metadata!).loaded).toEqual([ref])
    expect((await dockerCli('run', '--rm', '--network', 'none', ref)).trim()).toBe(
      'hello from the image'
    )
  }, 180_000)
})

test('load: true with two platforms is refused before building', async () => {
  const run = await build({
    context: busyboxContext(),
    builder: 'buildah',
    platforms: 'linux/amd64,linux/arm64',
    load: 'true'
  })
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(
    /::error::Input "load": "true" is not valid: the Docker engine keeps one image per name, and platforms lists 2/
  )
})
