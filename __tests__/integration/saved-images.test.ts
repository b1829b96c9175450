/**
 * Layouts of engine images kept across steps (SavedImages), with a real Docker engine: the
 * second save of the same image skips docker save and gives the same layout, which skopeo
 * reads; a kept blob that no longer verifies sends the step back to docker save; the store
 * keeps the eight images used last and no blob of the others.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { saveToLayout } from '../../src/builders/index.js'
import { spawnRunner } from '../../src/exec.js'
import { SavedImages } from '../../src/builders/saved-images.js'
import { busyboxContext } from '../helpers/busybox.js'
import { makeLayout } from '../helpers/images.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'

const execAsync = promisify(execFile)
const tmp = (): string => mkdtempSync(join(tmpdir(), 'saved-'))
const blobNames = (dir: string): string[] => readdirSync(join(dir, 'blobs', 'sha256')).sort()

describe('with a real engine', () => {
  let engine: TestDockerd
  const name = 'local/saved:1'
  beforeAll(async () => {
    engine = await startDockerd()
    engine.docker([
      'build',
      '--network',
      'none',
      '-t',
      name,
      busyboxContext(`RUN ["/bin/busybox", "sh", "-c", "echo ${randomUUID()} > /id"]\n`)
    ])
  }, 120_000)
  afterAll(async () => {
    await engine?.stop()
  })

  async function save(store: SavedImages): Promise<{ dir: string; log: string[] }> {
    const dir = tmp()
    const log: string[] = []
    await saveToLayout(spawnRunner, name, dir, engine.env, l => log.push(l), undefined, store)
    return { dir, log }
  }

  test('the second save of an image uses the kept layout: the same bytes, no docker save', async () => {
    const store = new SavedImages(tmp())
    const first = await save(store)
    expect(first.log.join('\n')).toContain(`docker save ${name}`)
    const second = await save(store)
    expect(second.log.join('\n')).not.toContain(`docker save ${name}`)
    expect(second.log.join('\n')).toContain('which this machine saved before')
    expect(readFileSync(join(second.dir, 'index.json'), 'utf8')).toBe(
      readFileSync(join(first.dir, 'index.json'), 'utf8')
    )
    expect(blobNames(second.dir)).toEqual(blobNames(first.dir))
    // Hard links into the store, not copies.
    for (const blob of blobNames(second.dir))
      expect(statSync(join(second.dir, 'blobs', 'sha256', blob)).nlink).toBeGreaterThan(1)
    const { stdout } = await execAsync('skopeo', ['inspect', `oci:${second.dir}`])
    expect(JSON.parse(stdout).Layers.length).toBeGreaterThan(0)
    const id = engine.docker(['image', 'inspect', '--format', '{{.Id}}', name]).trim()
    expect(existsSync(join(store.dir, 'images', `${id.slice(7)}.json`))).toBe(true)
  })

  test('a kept blob that does not verify: docker save runs again and the layout is right', async () => {
    const store = new SavedImages(tmp())
    const first = await save(store)
    const index = JSON.parse(readFileSync(join(first.dir, 'index.json'), 'utf8')) as {
      manifests: Array<{ digest: string }>
    }
    const manifest = JSON.parse(
      readFileSync(join(first.dir, 'blobs', 'sha256', index.manifests[0]!.digest.slice(7)), 'utf8')
    ) as { layers: Array<{ digest: string }> }
    // The store's copy of the last layer is damaged (the first layout shares it: a hard link).
    const kept = join(store.dir, 'blobs', 'sha256', manifest.layers.at(-1)!.digest.slice(7))
    const bytes = readFileSync(kept)
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0xff
    writeFileSync(kept, bytes)
    const second = await save(store)
    expect(second.log.join('\n')).toContain(`docker save ${name}`)
    // Every blob of the new layout is what its name says.
    for (const blob of blobNames(second.dir)) {
      const { stdout } = await execAsync('sha256sum', [join(second.dir, 'blobs', 'sha256', blob)])
      expect(stdout.split(' ')[0]).toBe(blob)
    }
  })
})

test('the store keeps the eight images used last, and only their blobs', async () => {
  const store = new SavedImages(tmp())
  const images = []
  for (let i = 0; i < 9; i++) {
    const dir = tmp()
    const image = makeLayout(dir, { layers: [{ size: 1000 + i }] })
    images.push(image)
    await store.keep(image.configDigest, dir)
    // Distinct use times, oldest first.
    await new Promise(r => setTimeout(r, 20))
  }
  const records = readdirSync(join(store.dir, 'images'))
  expect(records).toHaveLength(8)
  expect(records).not.toContain(`${images[0]!.configDigest.slice(7)}.json`)
  const blobs = readdirSync(join(store.dir, 'blobs', 'sha256'))
  expect(blobs).not.toContain(images[0]!.layers[0]!.digest.slice(7))
  expect(blobs).toContain(images[8]!.layers[0]!.digest.slice(7))
  // A layout whose config is not the engine ID given is not kept.
  const other = tmp()
  const image = makeLayout(other, { layers: [{ size: 5 }] })
  await store.keep(`sha256:${'0'.repeat(64)}`, other)
  expect(readdirSync(join(store.dir, 'images'))).toHaveLength(8)
  expect(readdirSync(join(store.dir, 'blobs', 'sha256'))).not.toContain(
    image.layers[0]!.digest.slice(7)
  )
})
