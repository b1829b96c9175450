/**
 * build-push and push, run as the runner runs the action, with the real Docker engine and
 * buildah, against the ghcr.io emulation (zero configuration) and local registries.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { readSmallBlob } from '../../src/registry/store.js'
import { RemoteSource } from '../../src/registry/remote.js'
import { OciLayoutSource } from '../../src/registry/layout.js'
import { dockerArchiveStream } from '../../src/registry/archive.js'
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { parseManifest } from '../../src/registry/media-types.js'
import { busyboxContext } from '../helpers/busybox.js'
import { makeLayout } from '../helpers/images.js'
import { runAction } from '../helpers/run-action.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'
import { startGhcrEmulation, type GhcrEmulation } from '../testbed/ghcr.js'
import { startRegistry, type TestRegistry } from '../testbed/registry.js'
import { ensureCommands, startTogether } from '../testbed/tools.js'

// Async: skopeo's token requests go to the token service running in this process.
const execAsync = promisify(execFile)

const GHS = 'ghs_' + 'T3stInstallationToken0000000000000000'
const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'

let engine: TestDockerd
let ghcr: GhcrEmulation

beforeAll(async () => {
  ensureCommands('buildah', 'skopeo')
  ;[engine, ghcr] = await startTogether([
    startDockerd(),
    startGhcrEmulation({
      users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } }
    })
  ])
}, 120_000)
afterAll(async () => {
  await Promise.all([engine?.stop(), ghcr?.stop()])
})

/** A checked-out repository with a Dockerfile, and the event payload of a push or PR. */
function workspace(event: Record<string, unknown>): { dir: string; eventPath: string } {
  const dir = busyboxContext()
  const eventPath = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify({
      repository: {
        name: 'hello-world',
        description: 'A test app',
        html_url: 'https://github.com/octo-org/hello-world',
        default_branch: 'main',
        license: { spdx_id: 'MIT' },
        owner: { type: 'Organization' }
      },
      ...event
    })
  )
  return { dir, eventPath }
}

/** The emulated ghcr.io with buildah (vfs, chroot) and no Docker engine to reach. */
function buildahEnv(eventPath: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...ghcr.env,
    GITHUB_EVENT_PATH: eventPath,
    STORAGE_DRIVER: 'vfs',
    BUILDAH_ISOLATION: 'chroot',
    DOCKER_HOST: 'unix:///nonexistent/docker.sock',
    ...extra
  }
}

function ghcrClient(): RegistryClient {
  return new RegistryClient(ghcr.registry.directHost, {
    ca: ghcr.registry.ca!.pem,
    credentials: { username: 'octocat', password: GHS }
  })
}

async function labelsOf(
  client: RegistryClient,
  repository: string,
  tag: string
): Promise<Record<string, string>> {
  const source = new RemoteSource(client.repository(repository), tag)
  const root = await source.root()
  const parsed = parseManifest(root.bytes, root.mediaType)
  if (parsed.kind !== 'image') throw new Error('expected an image')
  const config = JSON.parse((await readSmallBlob(source, parsed.manifest.config)).toString()) as {
    config: { Labels: Record<string, string> }
  }
  return config.config.Labels
}

describe.each([
  ['the Docker engine', 'docker'],
  ['buildah', 'buildah']
])('zero configuration, a release tag v1.2.3, built with %s', (_name, builder) => {
  test('pushes 1.2.3, 1.2, 1, latest and sha-<7>, all one digest, with the OCI labels', async () => {
    const { dir, eventPath } = workspace({ ref: 'refs/tags/v1.2.3' })
    const env: Record<string, string> = {
      ...ghcr.env,
      DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'dc-')),
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_SHA: SHA,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: dir,
      // The test bed's engine has no bridge network; buildah runs with vfs and chroot here.
      STORAGE_DRIVER: 'vfs',
      BUILDAH_ISOLATION: 'chroot',
      DOCKER_HOST: builder === 'docker' ? engine.host : 'unix:///nonexistent/docker.sock'
    }
    const inputs: Record<string, string> = { token: GHS, username: 'octocat' }
    if (builder === 'docker') inputs.network = 'none'
    const run = await runAction(inputs, { env, cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Builder: ${builder} (first that works`)
    const digest = run.outputs.digest!
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(run.outputs.ref).toBe(`ghcr.io/octo-org/hello-world@${digest}`)
    expect(run.outputs.pushed).toBe('true')
    const expectedTags = ['1.2.3', '1.2', '1', 'latest', 'sha-1a2b3c4']
    expect(run.outputs.tags!.split('\n')).toEqual(
      expectedTags.map(t => `ghcr.io/octo-org/hello-world:${t}`)
    )
    const client = ghcrClient()
    const repo = client.repository('octo-org/hello-world')
    for (const tag of expectedTags) expect((await repo.headManifest(tag))?.digest).toBe(digest)
    const labels = await labelsOf(client, 'octo-org/hello-world', '1.2.3')
    expect(labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/octo-org/hello-world',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.title': 'hello-world',
      'org.opencontainers.image.description': 'A test app',
      'org.opencontainers.image.licenses': 'MIT'
    })
    const metadata = JSON.parse(run.outputs.metadata!) as {
      imageid: string
      transfer: { layersPushed: number; layersPresent: number }
      builder: string
    }
    expect(metadata.imageid).toBe(run.outputs.imageid)
    // A new package: every blob was sent, whether during the build (layers the classic engine's
    // save writes one by one go up as they land) or after it.
    expect(metadata.transfer.layersPresent).toBe(0)
    expect(metadata.transfer.layersPushed).toBeGreaterThanOrEqual(2)
    expect(metadata.builder).toBe(builder)
    expect(run.summary).toContain('pinned reference')
    expect(run.summary).toContain(digest)
    // skopeo, an independent client, sees the same image and labels.
    const certDir = mkdtempSync(join(tmpdir(), 'certs-'))
    writeFileSync(join(certDir, 'ca.crt'), ghcr.registry.ca!.pem)
    const { stdout } = await execAsync('skopeo', [
      'inspect',
      '--cert-dir',
      certDir,
      '--creds',
      `octocat:${GHS}`,
      `docker://${ghcr.registry.directHost}/octo-org/hello-world:latest`
    ])
    const inspected = JSON.parse(stdout) as { Digest: string; Labels: Record<string, string> }
    expect(inspected.Digest).toBe(digest)
    expect(inspected.Labels['org.opencontainers.image.source']).toBe(
      'https://github.com/octo-org/hello-world'
    )
    await client.close()
  }, 180_000)
})

test('a pull_request event builds, loads into the engine, and does not push', async () => {
  const { dir, eventPath } = workspace({
    pull_request: { number: 7, head: { repo: { full_name: 'octo-org/hello-world', fork: false } } }
  })
  const env: Record<string, string> = {
    ...ghcr.env,
    DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'dc-')),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_SHA: SHA,
    GITHUB_EVENT_PATH: eventPath,
    DOCKER_HOST: engine.host
  }
  const run = await runAction(
    { token: GHS, username: 'octocat', network: 'none', image: 'pr-app' },
    { env, cwd: dir }
  )
  expect(run.code).toBe(0)
  expect(run.stdout).toMatch(
    /::notice title=Not pushed::Built ghcr\.io\/octo-org\/pr-app but did not push it: this is a pull_request event, and push: auto does not push pull requests\./
  )
  expect(run.outputs.digest).toMatch(/^sha256:/)
  expect(run.outputs.ref).toBe('')
  expect(run.outputs.tags).toBe('')
  // Nothing was pushed: a following attest or deploy step guards on this, not on digest.
  expect(run.outputs.pushed).toBe('false')
  expect(run.outputs.name).toBe('')
  const client = ghcrClient()
  expect(await client.repository('octo-org/pr-app').listTags()).toEqual([])
  await client.close()
  expect(
    engine.docker(['run', '--rm', '--network', 'none', 'ghcr.io/octo-org/pr-app:pr-7']).trim()
  ).toBe('hello from the image')
  expect(
    engine
      .docker(['image', 'inspect', '--format', '{{.Id}}', 'ghcr.io/octo-org/pr-app:sha-1a2b3c4'])
      .trim()
  ).toBe(run.outputs.imageid)
}, 120_000)

describe('command: push', () => {
  let reg: TestRegistry
  let client: RegistryClient
  beforeAll(async () => {
    reg = await startRegistry({
      mode: 'token',
      users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } }
    })
    client = new RegistryClient(reg.host, { credentials: { username: 'octocat', password: GHS } })
    engine.docker(['build', '--network', 'none', '-t', 'local/app:1', busyboxContext()])
  }, 60_000)
  afterAll(async () => {
    await client?.close()
    await reg?.stop()
  })

  async function push(
    source: string,
    image: string,
    tags = 'v1',
    options: { dockerConfig?: string; logout?: string } = {}
  ): Promise<Awaited<ReturnType<typeof runAction>>> {
    return runAction(
      {
        command: 'push',
        registry: reg.host,
        password: GHS,
        username: 'octocat',
        image,
        tags,
        source,
        ...(options.logout && { logout: options.logout })
      },
      {
        env: {
          DOCKER_HOST: engine.host,
          DOCKER_CONFIG: options.dockerConfig ?? mkdtempSync(join(tmpdir(), 'dc-'))
        }
      }
    )
  }

  test.each([
    ['a local image name', 'local/app:1', 'from-name'],
    ['docker-daemon:', 'docker-daemon:local/app:1', 'from-daemon']
  ])('from %s: the engine pulls it back by digest and runs it', async (_what, source, name) => {
    const run = await push(source, name)
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.imageid).toBe(
      engine.docker(['image', 'inspect', '--format', '{{.Id}}', 'local/app:1']).trim()
    )
    const ref = `${reg.host}/octo-org/${name}@${run.outputs.digest}`
    expect(run.outputs.ref).toBe(ref)
    expect((await client.repository(`octo-org/${name}`).headManifest('v1'))?.digest).toBe(
      run.outputs.digest
    )
  })

  test('from an image ID as docker images prints it', async () => {
    const id = engine.docker(['images', '-q', 'local/app:1']).trim()
    expect(id).toMatch(/^[a-f0-9]{12}$/)
    const run = await push(id, 'from-id')
    expect(run.code).toBe(0)
    expect(run.outputs.imageid).toMatch(new RegExp(`^sha256:${id}`))
  })

  test('from an OCI layout: the manifest digest is unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-'))
    const built = makeLayout(dir, { layers: [{ size: 100_000 }, { size: 1_000 }] }, 'v9')
    const run = await push(`oci:${dir}:v9`, 'from-layout', 'v9, stable')
    expect(run.code).toBe(0)
    expect(run.outputs.digest).toBe(built.digest)
    expect(run.outputs.tags).toBe(
      `${reg.host}/octo-org/from-layout:v9\n${reg.host}/octo-org/from-layout:stable`
    )
    const metadata = JSON.parse(run.outputs.metadata!) as {
      transfer: { layersPushed: number; bytesPushed: number }
    }
    expect(metadata.transfer.layersPushed).toBe(3)
  })

  test('from a docker-archive whose layers are compressed: their digests are kept', async () => {
    const src = mkdtempSync(join(tmpdir(), 'layout-'))
    const built = makeLayout(src, { layers: [{ size: 50_000 }] })
    // Our own docker-loadable writer keeps gzip layers as they are (skopeo's writes them raw).
    const layout = new OciLayoutSource(src, 'latest')
    const root = await layout.root()
    const file = join(mkdtempSync(join(tmpdir(), 'archive-')), 'image.tar')
    const stream = await dockerArchiveStream(
      layout,
      { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
      root.bytes,
      ['x/y:1']
    )
    await pipeline(stream, createWriteStream(file))
    const run = await push(`docker-archive:${file}`, 'from-archive')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Layers are kept as they are in the archive')
    const m = await client.repository('octo-org/from-archive').getManifest('v1')
    const parsed = parseManifest(m.bytes, m.mediaType)
    expect(parsed.kind === 'image' && parsed.manifest.layers.map(l => l.digest)).toEqual(
      built.layers.map(l => l.digest)
    )
  })

  test('a docker save archive of the engine pushes, and a later docker pull uses the credentials', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'archive-')), 'saved.tar')
    engine.docker(['save', '-o', file, 'local/app:1'])
    const run = await push(`docker-archive:${file}`, 'from-save', 'v1', {
      dockerConfig: engine.env.DOCKER_CONFIG!,
      logout: 'false'
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'Layers were uncompressed in the archive and are compressed for the registry'
    )
    const ref = `${reg.host}/octo-org/from-save@${run.outputs.digest}`
    await engine.dockerAsync(['pull', ref])
    expect((await engine.dockerAsync(['run', '--rm', '--network', 'none', ref])).trim()).toBe(
      'hello from the image'
    )
  })
})

describe('bad requests fail before building', () => {
  test('platforms with a builder that cannot build several', async () => {
    const { dir } = workspace({})
    mkdirSync(join(dir, 'x'), { recursive: true })
    const run = await runAction(
      {
        token: GHS,
        username: 'octocat',
        builder: 'docker',
        platforms: 'linux/amd64,linux/arm64',
        push: 'false'
      },
      { env: { DOCKER_HOST: engine.host }, cwd: dir }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::No builder can run this build: docker: builds one platform at a time, and platforms lists 2/
    )
  })
})

describe('secrets stay out of the image and the log', () => {
  test('a build argument holding the registry password is built with a warning naming build-args and secrets', async () => {
    const { dir, eventPath } = workspace({ ref: 'refs/heads/main' })
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nARG NPM_TOKEN\nCOPY busybox /busybox\n')
    const run = await runAction(
      {
        token: GHS,
        username: 'octocat',
        builder: 'buildah',
        'build-args': `NPM_TOKEN=${GHS}\nPLAIN=1`,
        push: 'false'
      },
      {
        env: buildahEnv(eventPath),
        cwd: dir
      }
    )
    expect(run.code).toBe(0)
    const warnings = run.stdout.split('\n').filter(l => l.startsWith('::warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/build-args: NPM_TOKEN is the registry password \(token\)/)
    expect(warnings[0]).toContain('secrets: NPM_TOKEN=')
    expect(warnings[0]).toContain('RUN --mount=type=secret,id=NPM_TOKEN')
    // The runner masks it in the log (the first line registers it): the warning is about the image.
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${GHS}`)
  }, 180_000)

  test.each([
    [
      'cache-to',
      'type=registry,ref=robot:s3cr3t-Pa55@127.0.0.1:5000/o/cache,mode=max',
      'ref=***@127.0.0.1:5000/o/cache'
    ],
    [
      'cache-from',
      'robot:s3cr3t-Pa55@127.0.0.1:5000/o/cache:buildcache',
      '***@127.0.0.1:5000/o/cache'
    ],
    [
      'build-contexts',
      'base=docker-image://robot:s3cr3t-Pa55@127.0.0.1:5000/o/base:1',
      'docker-image://***@127.0.0.1'
    ]
  ])(
    '%s with credentials in its reference is refused, and the password printed nowhere',
    async (input, value, shown) => {
      const { dir } = workspace({})
      const run = await runAction(
        { token: GHS, username: 'octocat', builder: 'buildah', push: 'false', [input]: value },
        { env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' }, cwd: dir }
      )
      expect(run.code).toBe(1)
      const lines = run.stdout.split('\n').filter(l => l.startsWith('::error'))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`^::error::Input "${input}": `))
      expect(lines[0]).toContain(shown)
      expect(lines[0]).toContain('carries no credentials')
      // Masked before anything was printed, and never printed.
      expect(run.stdout).toContain('::add-mask::s3cr3t-Pa55')
      expect(run.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('s3cr3t-Pa55')
      expect(run.stderr).not.toContain('s3cr3t-Pa55')
    }
  )

  test.each(['.', '..'])(
    'a secret id %s is refused naming the input, not a raw file error',
    async id => {
      const { dir } = workspace({})
      const run = await runAction(
        {
          token: GHS,
          username: 'octocat',
          builder: 'buildah',
          push: 'false',
          secrets: `${id}=value`
        },
        { env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' }, cwd: dir }
      )
      expect(run.code).toBe(1)
      const lines = run.stdout.split('\n').filter(l => l.startsWith('::error'))
      expect(lines).toEqual([
        `::error::Input "secrets": "${id}=***" is not valid: a secret id is letters, digits, ".", "_" and "-", and not "." or "..".`
      ])
    }
  )
})

describe('moving from the docker/* actions', () => {
  test('a Docker Hub-shaped tag (owner/name:tag) is refused before anything, with how Docker reads it and the fixes', async () => {
    const { dir } = workspace({})
    const run = await runAction(
      {
        token: GHS,
        username: 'octocat',
        image: 'ghcr.io/vocdoni/vocdoni-faucet',
        tags: 'ghcr.io/vocdoni/vocdoni-faucet:latest\nvocdoni/vocdoni-faucet:latest'
      },
      { env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' }, cwd: dir }
    )
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^::error::Input "tags": "vocdoni\/vocdoni-faucet:latest" is not valid: a name with a path and no registry host is a Docker Hub name: Docker reads it as docker\.io\/vocdoni\/vocdoni-faucet:latest, and this step pushes only to ghcr\.io\/vocdoni\/vocdoni-faucet\./
    )
    expect(lines[0]).toContain('ghcr.io/vocdoni/vocdoni-faucet:latest')
    expect(lines[0]).toContain('command: copy, registry: docker.io')
    expect(run.stdout).not.toContain('::group::Login')
  })

  test("tag-style: metadata-action pushes docker/metadata-action's tags for a release: v1.2.3 and latest", async () => {
    const { dir, eventPath } = workspace({ ref: 'refs/tags/v1.2.3' })
    const run = await runAction(
      { token: GHS, username: 'octocat', 'tag-style': 'metadata-action', image: 'ma-style' },
      {
        env: buildahEnv(eventPath, {
          DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'dc-')),
          GITHUB_REF: 'refs/tags/v1.2.3'
        }),
        cwd: dir
      }
    )
    expect(run.code).toBe(0)
    expect(run.outputs.tags!.split('\n')).toEqual([
      'ghcr.io/octo-org/ma-style:v1.2.3',
      'ghcr.io/octo-org/ma-style:latest'
    ])
    const client = ghcrClient()
    expect((await client.repository('octo-org/ma-style').listTags()).sort()).toEqual([
      'latest',
      'v1.2.3'
    ])
    await client.close()
  }, 180_000)
})
