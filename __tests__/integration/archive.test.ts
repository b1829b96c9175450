/** docker-save archives in and docker-loadable archives out, against the real Docker engine. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createWriteStream } from 'node:fs'
import { dockerArchiveStream, readDockerArchive } from '../../src/registry/archive.js'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination, RemoteSource } from '../../src/registry/remote.js'
import { TarPathError, tarHeader, writeTar, type TarInput } from '../../src/registry/tar.js'
import { createHash, randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { makeLayout } from '../helpers/images.js'
import { busyboxContext } from '../helpers/busybox.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'
import { startRegistry, type TestRegistry } from '../testbed/registry.js'

const tmp = (): string => mkdtempSync(join(tmpdir(), 'archive-'))
let engine: TestDockerd
let reg: TestRegistry
let client: RegistryClient
let savedArchive: string
let imageId: string

beforeAll(async () => {
  ;[engine, reg] = await Promise.all([startDockerd(), startRegistry()])
  client = new RegistryClient(reg.host)
  engine.docker(['build', '--network', 'none', '-t', 'local/app:1', busyboxContext()])
  imageId = engine.docker(['image', 'inspect', '--format', '{{.Id}}', 'local/app:1']).trim()
  savedArchive = join(tmp(), 'app.tar')
  engine.docker(['save', '-o', savedArchive, 'local/app:1'])
}, 180_000)
afterAll(async () => {
  await client?.close()
  await Promise.all([engine?.stop(), reg?.stop()])
})

describe('reading docker save archives', () => {
  test('a classic docker save archive becomes a pushable image whose ID is the config digest', async () => {
    const layout = tmp()
    const image = await readDockerArchive(createReadStream(savedArchive), layout, { tag: 'v1' })
    expect(image.repoTags).toEqual(['local/app:1'])
    expect(image.converted).toBe(true)
    const result = await copyImage(
      new OciLayoutSource(layout, 'v1'),
      new RemoteDestination(client.repository('archive/app')),
      { tags: ['1'] }
    )
    expect(result.configDigest).toBe(imageId)
    // The engine pulls it back by digest and runs it.
    engine.docker(['rmi', 'local/app:1'])
    const ref = `${reg.host}/archive/app@${result.digest}`
    engine.docker(['pull', ref])
    expect(engine.docker(['run', '--rm', '--network', 'none', ref]).trim()).toBe(
      'hello from the image'
    )
    engine.docker(['tag', ref, 'local/app:1'])
  })

  test('an archive written by skopeo (docker-archive:) reads and pushes', async () => {
    const src = tmp()
    makeLayout(src, { layers: [{ size: 20_000 }, { size: 5_000 }] })
    const file = join(tmp(), 'skopeo.tar')
    execFileSync('skopeo', ['copy', `oci:${src}:latest`, `docker-archive:${file}:mirror/tool:2`])
    const layout = tmp()
    const image = await readDockerArchive(createReadStream(file), layout)
    // skopeo writes fully qualified names.
    expect(image.repoTags).toEqual(['docker.io/mirror/tool:2'])
    const result = await copyImage(
      new OciLayoutSource(layout),
      new RemoteDestination(client.repository('archive/skopeo')),
      { tags: ['2'] }
    )
    const inspected = JSON.parse(
      execFileSync(
        'skopeo',
        ['inspect', '--tls-verify=false', `docker://${reg.host}/archive/skopeo:2`],
        { encoding: 'utf8' }
      )
    ) as { Digest: string; Layers: string[] }
    expect(inspected.Digest).toBe(result.digest)
    expect(inspected.Layers).toHaveLength(2)
  })

  test('an OCI-form archive of many mid-sized layers is streamed, not held in memory', async () => {
    // 24 layers of 15 MiB: each under the size of a document, 360 MiB in all.
    const src = tmp()
    const built = makeLayout(src, {
      layers: Array.from({ length: 24 }, () => ({ size: 15 * 1024 * 1024 }))
    })
    const blob = (hex: string) => ({
      name: `blobs/sha256/${hex}`,
      size: statSync(join(src, 'blobs/sha256', hex)).size,
      content: () => createReadStream(join(src, 'blobs/sha256', hex))
    })
    const small = (name: string) => {
      const content = readFileSync(join(src, name))
      return { name, size: content.length, content }
    }
    const entries: TarInput[] = [
      small('oci-layout'),
      small('index.json'),
      ...readdirSync(join(src, 'blobs/sha256')).map(blob)
    ]

    global.gc?.()
    const baseline = process.memoryUsage().rss
    let peak = baseline
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    try {
      const image = await readDockerArchive(writeTar(entries), tmp())
      expect(image.root.digest).toBe(built.digest)
    } finally {
      clearInterval(sampler)
    }
    expect((peak - baseline) / 1048576).toBeLessThan(150)
  })

  test('an OCI-form archive keeps every digest', async () => {
    const src = tmp()
    const built = makeLayout(src, { layers: [{ size: 30_000 }] })
    const entries = [
      { name: 'oci-layout', size: 0, content: readFileSync(join(src, 'oci-layout')) },
      { name: 'index.json', size: 0, content: readFileSync(join(src, 'index.json')) },
      ...readdirSync(join(src, 'blobs/sha256')).map(hex => ({
        name: `blobs/sha256/${hex}`,
        size: 0,
        content: readFileSync(join(src, 'blobs/sha256', hex))
      })),
      {
        name: 'manifest.json',
        size: 0,
        content: Buffer.from(
          JSON.stringify([
            {
              Config: `blobs/sha256/${built.configDigest.slice(7)}`,
              RepoTags: ['oci/form:1'],
              Layers: built.layers.map(l => `blobs/sha256/${l.digest.slice(7)}`)
            }
          ])
        )
      }
    ].map(e => ({ ...e, size: e.content.length }))
    const file = join(tmp(), 'oci.tar')
    await pipeline(writeTar(entries), createWriteStream(file))
    const layout = tmp()
    const image = await readDockerArchive(createReadStream(file), layout)
    expect(image.converted).toBe(false)
    expect(image.root.digest).toBe(built.digest)
    const result = await copyImage(
      new OciLayoutSource(layout),
      new RemoteDestination(client.repository('archive/oci')),
      { tags: ['1'] }
    )
    expect(result.digest).toBe(built.digest)
  })
})

describe('layers the action compresses', () => {
  test.each([
    ['an incompressible layer (sent straight through)', () => randomBytes(3 << 20)],
    [
      'a compressible layer (spooled and compressed in parallel)',
      () => Buffer.alloc(3 << 20, 'text text text ')
    ]
  ])('a classic archive with %s round-trips exactly', async (_what, content) => {
    const data = content()
    // A layer is itself a tar: one file holding the data.
    const layerTar = Buffer.concat([
      tarHeader('data', data.length),
      data,
      Buffer.alloc((512 - (data.length % 512)) % 512),
      Buffer.alloc(1024)
    ])
    const diffId = `sha256:${createHash('sha256').update(layerTar).digest('hex')}`
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [diffId] }
      })
    )
    const manifest = Buffer.from(
      JSON.stringify([
        { Config: 'config.json', RepoTags: ['round/trip:1'], Layers: ['abc/layer.tar'] }
      ])
    )
    const file = join(tmp(), 'classic.tar')
    await pipeline(
      writeTar([
        { name: 'abc/layer.tar', size: layerTar.length, content: layerTar },
        { name: 'config.json', size: config.length, content: config },
        { name: 'manifest.json', size: manifest.length, content: manifest }
      ]),
      createWriteStream(file)
    )
    const layout = tmp()
    const image = await readDockerArchive(createReadStream(file), layout)
    expect(image.converted).toBe(true)
    const m = JSON.parse(
      readFileSync(join(layout, 'blobs/sha256', image.root.digest.slice(7)), 'utf8')
    ) as { layers: Array<{ digest: string; size: number }> }
    const blob = readFileSync(join(layout, 'blobs/sha256', m.layers[0]!.digest.slice(7)))
    expect(blob.length).toBe(m.layers[0]!.size)
    expect(`sha256:${createHash('sha256').update(blob).digest('hex')}`).toBe(m.layers[0]!.digest)
    expect(gunzipSync(blob).equals(layerTar)).toBe(true)
    expect(readdirSync(join(layout, 'blobs/sha256')).filter(n => n.startsWith('.'))).toEqual([])
  })
})

describe('hostile archives are refused before anything is kept', () => {
  test.each(['../escape', '/etc/passwd', 'a/../../b'])('entry name %s', async name => {
    const file = join(tmp(), 'evil.tar')
    await pipeline(
      writeTar([{ name, size: 4, content: Buffer.from('evil') }]),
      createWriteStream(file)
    )
    const layout = tmp()
    await expect(readDockerArchive(createReadStream(file), layout)).rejects.toBeInstanceOf(
      TarPathError
    )
    expect(existsSync(join(layout, 'index.json'))).toBe(false)
  })

  test('a blob whose bytes do not match its name', async () => {
    const file = join(tmp(), 'lie.tar')
    await pipeline(
      writeTar([
        { name: `blobs/sha256/${'a'.repeat(64)}`, size: 5, content: Buffer.from('hello') }
      ]),
      createWriteStream(file)
    )
    const layout = tmp()
    await expect(readDockerArchive(createReadStream(file), layout)).rejects.toThrow(
      /archive blob blobs\/sha256\/a{64}: expected sha256:a{64}, got sha256:2cf24dba/
    )
    expect(readdirSync(join(layout, 'blobs/sha256'))).toEqual([])
  })

  test('a blob named by something that is not a digest', async () => {
    const file = join(tmp(), 'bad.tar')
    await pipeline(
      writeTar([{ name: 'blobs/sha256/../../x', size: 1, content: Buffer.from('x') }]),
      createWriteStream(file)
    )
    await expect(readDockerArchive(createReadStream(file), tmp())).rejects.toThrow(
      /unsafe path|valid digest/
    )
  })

  test('a file that is not a tar archive', async () => {
    const file = join(tmp(), 'not.tar')
    writeFileSync(file, Buffer.alloc(2048, 7))
    await expect(readDockerArchive(createReadStream(file), tmp())).rejects.toThrow(
      /not a tar archive/
    )
  })
})

describe('writing docker-loadable archives', () => {
  test('an image pulled from the registry streams into docker load and runs', async () => {
    const repo = client.repository('archive/app')
    const source = new RemoteSource(repo, '1')
    const root = await source.root()
    const stream = await dockerArchiveStream(
      source,
      { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
      root.bytes,
      ['loaded/app:latest']
    )
    const load = spawn('docker', ['load'], { env: engine.env, stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    load.stdout.on('data', d => (output += d))
    load.stderr.on('data', d => (output += d))
    const exited = new Promise<number>(resolve => load.on('close', code => resolve(code ?? -1)))
    await pipeline(stream, load.stdin)
    expect(await exited).toBe(0)
    expect(output).toContain('Loaded image: loaded/app:latest')
    expect(engine.docker(['run', '--rm', '--network', 'none', 'loaded/app:latest']).trim()).toBe(
      'hello from the image'
    )
    expect(
      engine.docker(['image', 'inspect', '--format', '{{.Id}}', 'loaded/app:latest']).trim()
    ).toBe(imageId)
  })
})
