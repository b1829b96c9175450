/**
 * Matrix legs and `command: index`, run as the runner runs the action: legs push by digest and
 * hand their digests over through @actions/cache (to the EMULATION of GitHub's cache service,
 * `testbed/actions-cache.ts`, the one part that cannot run here), then a merge job builds one
 * index in the real Distribution registry; skopeo reads it back and the real Docker engine
 * pulls it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination } from '../../src/registry/remote.js'
import { busyboxContext } from '../helpers/busybox.js'
import {
  makeAttestedIndexLayout,
  makeLayout,
  writeBlob,
  writeImage,
  writeIndexJson
} from '../helpers/images.js'
import { runAction } from '../helpers/run-action.js'
import { startActionsCache, type ActionsCacheService } from '../testbed/actions-cache.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'
import { blobWrites, startRegistry, type TestRegistry } from '../testbed/registry.js'

const execAsync = promisify(execFile)
const tmp = (): string => mkdtempSync(join(tmpdir(), 'index-'))
const DESCRIPTION = 'A merged image, described'

let engine: TestDockerd
let reg: TestRegistry
let cache: ActionsCacheService
let client: RegistryClient
let runId = 7000

beforeAll(async () => {
  ;[engine, reg, cache] = await Promise.all([startDockerd(), startRegistry(), startActionsCache()])
  client = new RegistryClient(reg.host)
  engine.docker([
    'build',
    '--network',
    'none',
    '--label',
    `org.opencontainers.image.description=${DESCRIPTION}`,
    '--label',
    'org.opencontainers.image.licenses=MIT',
    '-t',
    'local/leg:amd64',
    busyboxContext()
  ])
}, 120_000)
afterAll(async () => {
  await client?.close()
  await Promise.all([engine?.stop(), reg?.stop(), cache?.stop()])
})

/** A job of run `run`, attempt `attempt`, with the cache service and the test engine. */
function job(inputs: Record<string, string>, run: number, attempt = 1) {
  return runAction(
    { registry: reg.host, ...inputs },
    {
      env: {
        ...cache.env,
        DOCKER_HOST: engine.env.DOCKER_HOST!,
        GITHUB_RUN_ID: String(run),
        GITHUB_RUN_ATTEMPT: String(attempt)
      }
    }
  )
}

/** A layout with one image of `platform` (random layers: for the registry, not for running). */
function layoutFor(platform: { os: string; architecture: string; variant?: string }): string {
  const dir = tmp()
  makeLayout(dir, { layers: [{ size: 3000 }], platform })
  return dir
}

/** One leg of `run`: an amd64 image from a layout, pushed by digest and recorded. */
function pushLeg(image: string, run: number) {
  return job(
    {
      command: 'push',
      image,
      source: `oci:${layoutFor({ os: 'linux', architecture: 'amd64' })}`,
      'push-by-digest': 'true'
    },
    run
  )
}

const uploads = (): number => blobWrites(reg).uploads
const mounts = (): number => blobWrites(reg).mounts

async function rawIndex(ref: string) {
  const { stdout } = await execAsync('skopeo', [
    'inspect',
    '--raw',
    '--tls-verify=false',
    `docker://${ref}`
  ])
  return JSON.parse(stdout) as {
    mediaType: string
    manifests: Array<{
      digest: string
      platform: { os: string; architecture: string; variant?: string }
      annotations?: Record<string, string>
    }>
    annotations?: Record<string, string>
  }
}

function errors(stdout: string): string[] {
  return stdout.split('\n').filter(l => l.startsWith('::error'))
}

describe('matrix legs and the merge', () => {
  test('three legs push by digest; the merge makes one tagged index with the description, uploads nothing, and the engine pulls its amd64 image', async () => {
    const run = ++runId
    const image = `${reg.host}/octo-org/app`
    const legs = await Promise.all([
      job({ command: 'push', image, source: 'local/leg:amd64', 'push-by-digest': 'true' }, run),
      job(
        {
          command: 'push',
          image,
          source: `oci:${layoutFor({ os: 'linux', architecture: 'arm64' })}`,
          'push-by-digest': 'true'
        },
        run
      ),
      job(
        {
          command: 'push',
          image,
          source: `oci:${layoutFor({ os: 'linux', architecture: 'arm', variant: 'v7' })}`,
          'push-by-digest': 'true'
        },
        run
      )
    ])
    for (const leg of legs) {
      expect(errors(leg.stdout)).toEqual([])
      expect(leg.code).toBe(0)
      // No tag was written: the leg's output is its digest.
      expect(leg.outputs.tags).toBe('')
      expect(leg.outputs.ref).toBe(`${image}@${leg.outputs.digest}`)
    }
    expect(cache.keys().filter(k => k.includes(`-run-${run}-`))).toHaveLength(3)
    const tags = (await client.repository('octo-org/app').listTags()).filter(t => t !== 'latest')
    expect(tags).toEqual([])

    const before = uploads()
    const merge = await job(
      {
        command: 'index',
        image,
        platforms: 'linux/amd64,linux/arm64,linux/arm/v7',
        tags: 'v1,latest',
        annotations: 'index:org.opencontainers.image.title=merged'
      },
      run
    )
    expect(errors(merge.stdout)).toEqual([])
    expect(merge.code).toBe(0)
    expect(uploads()).toBe(before)
    const index = await rawIndex(`${image}:v1`)
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.manifests.map(m => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' }
    ])
    expect(index.manifests.map(m => m.digest)).toEqual(legs.map(l => l.outputs.digest))
    expect(index.annotations).toEqual({
      'org.opencontainers.image.description': DESCRIPTION,
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.title': 'merged'
    })
    expect(merge.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(merge.outputs.ref).toBe(`${image}@${merge.outputs.digest}`)
    expect(merge.outputs.tags).toBe(`${image}:v1\n${image}:latest`)
    const metadata = JSON.parse(merge.outputs.metadata!) as {
      platforms: Array<{ platform: string; digest: string }>
      transfer: { layersPushed: number }
    }
    expect(metadata.platforms).toEqual([
      { platform: 'linux/amd64', digest: legs[0]!.outputs.digest },
      { platform: 'linux/arm64', digest: legs[1]!.outputs.digest },
      { platform: 'linux/arm/v7', digest: legs[2]!.outputs.digest }
    ])
    expect(metadata.transfer.layersPushed).toBe(0)
    expect(merge.summary).toContain('Merged 3 platforms')

    // The engine on this machine takes the amd64 image from the index, and it runs.
    engine.docker(['pull', `${image}@${merge.outputs.digest}`])
    const amd64Config = JSON.parse(
      (
        await execAsync('skopeo', [
          'inspect',
          '--raw',
          '--tls-verify=false',
          `docker://${image}@${legs[0]!.outputs.digest}`
        ])
      ).stdout
    ) as { config: { digest: string } }
    expect(
      engine.docker(['inspect', '--format', '{{.Id}}', `${image}@${merge.outputs.digest}`]).trim()
    ).toBe(amd64Config.config.digest)
    expect(
      engine.docker(['run', '--rm', '--network', 'none', `${image}@${merge.outputs.digest}`]).trim()
    ).toBe('hello from the image')
  }, 240_000)

  test('a build-push leg records the platform it built', async () => {
    const run = ++runId
    const image = `${reg.host}/octo-org/built`
    const leg = await job(
      {
        command: 'build-push',
        image,
        builder: 'docker',
        context: busyboxContext(),
        'push-by-digest': 'true'
      },
      run
    )
    expect(errors(leg.stdout)).toEqual([])
    expect(leg.outputs.tags).toBe('')
    expect(JSON.parse(leg.outputs.metadata!)).toMatchObject({ pushByDigest: true })
    const merge = await job({ command: 'index', image, platforms: 'linux/amd64', tags: 'v1' }, run)
    expect(errors(merge.stdout)).toEqual([])
    const index = await rawIndex(`${image}:v1`)
    expect(index.manifests.map(m => [m.digest, m.platform])).toEqual([
      [leg.outputs.digest, { os: 'linux', architecture: 'amd64' }]
    ])
  }, 180_000)

  test('a missing leg is one error naming its platform, and nothing is tagged', async () => {
    const run = ++runId
    const image = `${reg.host}/octo-org/partial`
    const leg = await pushLeg(image, run)
    expect(leg.code).toBe(0)
    const merge = await job(
      { command: 'index', image, platforms: 'linux/amd64,linux/s390x', tags: 'v1' },
      run
    )
    expect(merge.code).toBe(1)
    const lines = errors(merge.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/recorded linux\/s390x for .*octo-org\/partial/)
    expect(lines[0]).not.toContain('linux/amd64')
    expect(merge.outputs).toEqual({})
    expect(await client.repository('octo-org/partial').listTags()).toEqual([])
  }, 120_000)

  test('a merge re-run in a new attempt finds the legs of earlier attempts, and a re-run leg wins with its newer record', async () => {
    const run = ++runId
    const image = `${reg.host}/octo-org/rerun`
    const push = (platform: { os: string; architecture: string }, attempt: number) =>
      job(
        { command: 'push', image, source: `oci:${layoutFor(platform)}`, 'push-by-digest': 'true' },
        run,
        attempt
      )
    const amd64 = await push({ os: 'linux', architecture: 'amd64' }, 1)
    const arm64First = await push({ os: 'linux', architecture: 'arm64' }, 1)
    // Attempt 2 re-runs the failed jobs: the arm64 leg (a new image) and the merge.
    const arm64Again = await push({ os: 'linux', architecture: 'arm64' }, 2)
    expect(arm64Again.outputs.digest).not.toBe(arm64First.outputs.digest)
    const merge = await job(
      { command: 'index', image, platforms: 'linux/amd64,linux/arm64', tags: 'v2' },
      run,
      2
    )
    expect(errors(merge.stdout)).toEqual([])
    expect(merge.code).toBe(0)
    const index = await rawIndex(`${image}:v2`)
    expect(index.manifests.map(m => m.digest)).toEqual([
      amd64.outputs.digest,
      arm64Again.outputs.digest
    ])
    expect(merge.stdout).toContain('an earlier attempt')
  }, 120_000)
})

describe('explicit sources', () => {
  /** Pushes an index wrapping one image with an attestation manifest, as buildx does. */
  async function pushWrapped(
    repository: string,
    platform: { os: string; architecture: string }
  ): Promise<{ digest: string; image: string; attestation: string }> {
    const dir = tmp()
    const built = makeAttestedIndexLayout(dir, [platform], 'w')
    await copyImage(
      new OciLayoutSource(dir, 'w'),
      new RemoteDestination(client.repository(repository))
    )
    return {
      digest: built.digest,
      image: built.images[0]!.digest,
      attestation: built.attestations[0]!.digest
    }
  }

  test('attestation-wrapped sources are flattened, each attestation beside its image; drop leaves them out', async () => {
    const image = `${reg.host}/octo-org/wrapped`
    const amd64 = await pushWrapped('octo-org/wrapped', { os: 'linux', architecture: 'amd64' })
    const arm64 = await pushWrapped('octo-org/wrapped', { os: 'linux', architecture: 'arm64' })
    const keep = await job(
      { command: 'index', image, sources: `${amd64.digest}\n${arm64.digest}`, tags: 'keep' },
      ++runId
    )
    expect(errors(keep.stdout)).toEqual([])
    const kept = await rawIndex(`${image}:keep`)
    expect(kept.manifests.map(m => m.digest)).toEqual([
      amd64.image,
      amd64.attestation,
      arm64.image,
      arm64.attestation
    ])
    expect(kept.manifests[1]!.annotations?.['vnd.docker.reference.digest']).toBe(amd64.image)

    const drop = await job(
      {
        command: 'index',
        image,
        sources: `${amd64.digest},${arm64.digest}`,
        tags: 'drop',
        attestations: 'drop'
      },
      ++runId
    )
    expect(errors(drop.stdout)).toEqual([])
    const dropped = await rawIndex(`${image}:drop`)
    expect(dropped.manifests.map(m => m.digest)).toEqual([amd64.image, arm64.image])
    // An earlier multi-platform image as a source: flattened, each platform once.
    const again = await job(
      { command: 'index', image, sources: `drop\n${amd64.digest}`, tags: 'again' },
      ++runId
    )
    expect(errors(again.stdout)).toEqual([])
    expect((await rawIndex(`${image}:again`)).manifests.map(m => m.digest)).toEqual([
      amd64.image,
      amd64.attestation,
      arm64.image
    ])
  }, 120_000)

  test('a source in another repository is mounted, not uploaded, and lands in the target', async () => {
    const image = `${reg.host}/octo-org/target`
    const dir = layoutFor({ os: 'linux', architecture: 'riscv64' })
    const other = await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('octo-org/elsewhere')),
      { tags: ['riscv'] }
    )
    const local = await copyImage(
      new OciLayoutSource(layoutFor({ os: 'linux', architecture: 'amd64' })),
      new RemoteDestination(client.repository('octo-org/target'))
    )
    const [uploadsBefore, mountsBefore] = [uploads(), mounts()]
    const merge = await job(
      {
        command: 'index',
        image,
        sources: `${local.digest}\nocto-org/elsewhere:riscv`,
        tags: 'multi'
      },
      ++runId
    )
    expect(errors(merge.stdout)).toEqual([])
    expect(merge.code).toBe(0)
    expect(uploads()).toBe(uploadsBefore)
    // Config and layer of the riscv64 image.
    expect(mounts() - mountsBefore).toBe(2)
    const index = await rawIndex(`${image}:multi`)
    expect(index.manifests.map(m => m.digest)).toEqual([local.digest, other.digest])
    // The child is in the target repository itself, pullable from there.
    await execAsync('skopeo', [
      'copy',
      '--src-tls-verify=false',
      `docker://${image}@${other.digest}`,
      `oci:${tmp()}:x`
    ])
  }, 120_000)

  test('two sources for the same platform are one error naming both', async () => {
    const image = `${reg.host}/octo-org/twice`
    const push = async () =>
      (
        await copyImage(
          new OciLayoutSource(layoutFor({ os: 'linux', architecture: 'amd64' })),
          new RemoteDestination(client.repository('octo-org/twice'))
        )
      ).digest
    const [a, b] = [await push(), await push()]
    const merge = await job({ command: 'index', image, sources: `${a}\n${b}`, tags: 'x' }, ++runId)
    expect(merge.code).toBe(1)
    const lines = errors(merge.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('Two sources give linux/amd64')
    expect(lines[0]).toContain(a)
    expect(lines[0]).toContain(b)
    expect(await client.repository('octo-org/twice').listTags()).toEqual([])
  }, 120_000)
})

/**
 * An index in the registry whose entries claim platforms: `entries` are manifests written into
 * the layout with `writeArtifact` or `writeImage`. Pushed as `repository:tag`.
 */
async function pushClaimingIndex(
  repository: string,
  tag: string,
  build: (
    dir: string
  ) => Array<{ manifest: { digest: string; size: number; mediaType: string }; claims: object }>
): Promise<string[]> {
  const dir = tmp()
  const entries = build(dir)
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: entries.map(e => ({ ...e.manifest, platform: e.claims }))
    })
  )
  writeIndexJson(dir, [
    {
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: writeBlob(dir, index),
      size: index.length,
      tag
    }
  ])
  await copyImage(
    new OciLayoutSource(dir, tag),
    new RemoteDestination(client.repository(repository)),
    {
      tags: [tag]
    }
  )
  return entries.map(e => e.manifest.digest)
}

/** A manifest with an OCI config and one layer of `layerType`: a signature or an attestation. */
function writeArtifact(dir: string, config: object, layerType: string) {
  const configBytes = Buffer.from(JSON.stringify(config))
  const layer = Buffer.from(JSON.stringify({ payload: Math.random() }))
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: writeBlob(dir, configBytes),
        size: configBytes.length
      },
      layers: [{ mediaType: layerType, digest: writeBlob(dir, layer), size: layer.length }]
    })
  )
  return {
    digest: writeBlob(dir, manifest),
    size: manifest.length,
    mediaType: 'application/vnd.oci.image.manifest.v1+json'
  }
}

describe("a source index's claims are checked against the images", () => {
  const ARM64 = { os: 'linux', architecture: 'arm64' }

  test.each([
    [
      'a cosign signature',
      (dir: string) =>
        writeArtifact(
          dir,
          { architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: [] } },
          'application/vnd.dev.cosign.simplesigning.v1+json'
        ),
      /is not an image \(its layer sha256:[0-9a-f]{64} is application\/vnd\.dev\.cosign\.simplesigning\.v1\+json, not a filesystem layer\)/
    ],
    [
      'an attestation manifest',
      (dir: string) =>
        writeArtifact(
          dir,
          {
            architecture: 'unknown',
            os: 'unknown',
            config: {},
            rootfs: { type: 'layers', diff_ids: [] }
          },
          'application/vnd.in-toto+json'
        ),
      /is not an image \(its layer .* is application\/vnd\.in-toto\+json/
    ],
    [
      'an amd64 image',
      (dir: string) =>
        writeImage(dir, {
          layers: [{ size: 500 }],
          platform: { os: 'linux', architecture: 'amd64' }
        }),
      /\(listed as linux\/arm64\) is a linux\/amd64 image by its config/
    ]
  ])(
    '%s listed as linux/arm64 is refused, naming it, and nothing is pushed',
    async (_, write, message) => {
      const repository = `octo-org/claims-${++runId}`
      const amd64Dir = layoutFor({ os: 'linux', architecture: 'amd64' })
      const amd64 = await copyImage(
        new OciLayoutSource(amd64Dir),
        new RemoteDestination(client.repository(repository)),
        { tags: [] }
      )
      const [claimed] = await pushClaimingIndex(repository, 'claims', dir => [
        { manifest: write(dir), claims: ARM64 }
      ])
      const merge = await job(
        {
          command: 'index',
          image: `${reg.host}/${repository}`,
          sources: `${amd64.digest}\n${reg.host}/${repository}:claims`,
          tags: 'merged'
        },
        ++runId
      )
      expect(merge.code).toBe(1)
      const lines = errors(merge.stdout)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(message)
      expect(lines[0]).toContain(claimed)
      expect(await client.repository(repository).listTags()).toEqual(['claims'])
    },
    60_000
  )
})

describe('annotations land where they are asked to, or the step says why not', () => {
  test('manifest[platform]: is refused before any request: the images are the legs’ own', async () => {
    const merge = await job(
      {
        command: 'index',
        image: `${reg.host}/octo-org/annotated`,
        sources: `sha256:${'a'.repeat(64)}`,
        annotations: 'manifest[linux/amd64]:org.example.k=v'
      },
      ++runId
    )
    expect(merge.code).toBe(1)
    const lines = errors(merge.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^::error::Input "annotations": "manifest\[linux\/amd64\]:org\.example\.k=v"/
    )
    expect(lines[0]).toContain('manifest-descriptor[linux/amd64]:org.example.k=')
  }, 60_000)

  test('manifest-descriptor for a platform the merge does not hold is an error, and nothing is pushed', async () => {
    const repository = `octo-org/annotated-${++runId}`
    const pushed = await Promise.all(
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ].map(p =>
        copyImage(
          new OciLayoutSource(layoutFor(p)),
          new RemoteDestination(client.repository(repository)),
          {
            tags: []
          }
        )
      )
    )
    const merge = await job(
      {
        command: 'index',
        image: `${reg.host}/${repository}`,
        sources: pushed.map(p => p.digest).join('\n'),
        tags: 'v1',
        annotations: 'manifest-descriptor[linux/ppc64le]:org.example.k=v'
      },
      runId
    )
    expect(merge.code).toBe(1)
    expect(errors(merge.stdout)[0]).toMatch(
      /manifest-descriptor\[linux\/ppc64le\]:org\.example\.k names linux\/ppc64le, which the merged index does not hold \(it holds linux\/amd64, linux\/arm64\)/
    )
    expect(await client.repository(repository).listTags()).toEqual([])
  }, 60_000)
})

describe('leg records come from a cache anything in the repository can write', () => {
  test('a planted archive with absolute and ../ members is never extracted: the merge reads the key alone', async () => {
    const run = ++runId
    const image = `${reg.host}/octo-org/planted`
    const leg = await pushLeg(image, run)
    expect(errors(leg.stdout)).toEqual([])
    // An archive that writes outside the workspace, and a FIFO where the record would be.
    const marker = `planted-${run}-${Date.now()}`
    const outside = join(tmpdir(), marker)
    const staging = tmp()
    const archive = join(staging, 'cache.tzst')
    await execAsync('python3', [
      '-c',
      `import tarfile, io, sys
t = tarfile.open(sys.argv[1] + '.tar', 'w')
for name in ['../../../../../../../..' + sys.argv[2], sys.argv[2] + '-absolute']:
    data = b'escaped'
    info = tarfile.TarInfo(name if name.startswith('..') else name)
    info.size = len(data)
    t.addfile(info, io.BytesIO(data))
fifo = tarfile.TarInfo('.ghcr-action-leg/record.json')
fifo.type = tarfile.FIFOTYPE
t.addfile(fifo)
t.close()`,
      archive,
      outside
    ])
    await execAsync('zstd', ['-q', '-f', `${archive}.tar`, '-o', archive])
    const planted = readFileSync(archive)
    // Under the key this version of the action reads (newest wins), and the one before it read.
    const prefix = cache
      .keys()
      .find(k => k.includes(`-run-${run}-`))!
      .replace(/[0-9a-f]{64}$/, '')
    cache.plant(`${prefix}${'e'.repeat(64)}`, planted)
    cache.plant(
      `ghcr-action-v1-run-${run}-1-${image.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-linux-amd64-leg`,
      planted
    )
    const started = Date.now()
    const merge = await job({ command: 'index', image, platforms: 'linux/amd64', tags: 'v1' }, run)
    expect(existsSync(outside)).toBe(false)
    expect(existsSync(`${outside}-absolute`)).toBe(false)
    expect(Date.now() - started).toBeLessThan(30_000)
    // The planted key names a digest the registry does not have: the merge says so.
    expect(merge.code).toBe(1)
    expect(errors(merge.stdout)[0]).toContain(`sha256:${'e'.repeat(64)}`)
  }, 120_000)

  test('two images that a slug would merge (team/app, team-app) record and merge apart', async () => {
    const run = ++runId
    const images = [`${reg.host}/octo-org/team/app`, `${reg.host}/octo-org/team-app`]
    const legs = []
    for (const image of images) legs.push(await pushLeg(image, run))
    for (const leg of legs) expect(errors(leg.stdout)).toEqual([])
    for (const [i, image] of images.entries()) {
      const merge = await job(
        { command: 'index', image, platforms: 'linux/amd64', tags: 'v1' },
        run
      )
      expect(errors(merge.stdout)).toEqual([])
      expect((await rawIndex(`${image}:v1`)).manifests.map(m => m.digest)).toEqual([
        legs[i]!.outputs.digest
      ])
    }
  }, 120_000)

  test('a merge runner without zstd says the records it cannot see may exist, and how to fix it', async () => {
    const run = ++runId
    const image = `${reg.host}/octo-org/no-zstd`
    const leg = await pushLeg(image, run)
    expect(errors(leg.stdout)).toEqual([])
    // The same job on a runner whose PATH has no zstd: @actions/cache files the lookup under
    // gzip's version, where the leg's zstd entry is not.
    const bin = tmp()
    const merge = await runAction(
      { registry: reg.host, command: 'index', image, platforms: 'linux/amd64', tags: 'v1' },
      {
        env: {
          ...cache.env,
          PATH: bin,
          GITHUB_RUN_ID: String(run),
          GITHUB_RUN_ATTEMPT: '1'
        }
      }
    )
    expect(merge.code).toBe(1)
    const lines = errors(merge.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('this runner has no zstd')
    expect(lines[0]).toContain('Install zstd on this runner')
    expect(lines[0]).not.toContain('Re-run the failed leg')
  }, 120_000)

  test('a cache service that never answers fails the merge at the deadline, and the step ends', async () => {
    const run = ++runId
    cache.hang = true
    try {
      const started = Date.now()
      const merge = await job(
        {
          command: 'index',
          image: `${reg.host}/octo-org/hung`,
          platforms: 'linux/amd64',
          tags: 'v1'
        },
        run
      )
      expect(merge.code).toBe(1)
      expect(errors(merge.stdout)[0]).toContain(
        "cache service did not answer within 30 s when asked for the linux/amd64 leg's record"
      )
      expect(Date.now() - started).toBeLessThan(45_000)
    } finally {
      cache.hang = false
    }
  }, 90_000)
})
