/** What a build that is not pushed reports about its image. */
import { expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeLayout } from '../../src/action/report.js'
import { makeIndexLayout, makeLayout } from '../helpers/images.js'

const blobsOf = (image: { layers: Array<{ size: number }> }, configSize: number): number =>
  image.layers.reduce((n, l) => n + l.size, configSize)

test('a single image: its config digest, and the size of its blobs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'describe-'))
  const built = makeLayout(dir, { layers: [{ size: 10_000 }, { size: 2_000 }] })
  const d = await describeLayout(dir, 'latest')
  expect(d.digest).toBe(built.digest)
  expect(d.imageid).toBe(built.configDigest)
  expect(d.size).toBeGreaterThan(12_000)
})

test('an index: every platform, and the size of all its images’ blobs (not of their manifests)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'describe-'))
  const built = makeIndexLayout(
    dir,
    [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ],
    [{ size: 30_000 }]
  )
  const d = await describeLayout(dir, 'latest')
  expect(d.platforms).toEqual([
    { platform: 'linux/amd64', digest: built.children[0]!.digest },
    { platform: 'linux/arm64', digest: built.children[1]!.digest }
  ])
  const expected = built.children.reduce((n, c) => {
    const m = JSON.parse(readFileSync(join(dir, 'blobs/sha256', c.digest.slice(7)), 'utf8')) as {
      config: { size: number }
    }
    return n + blobsOf(c, m.config.size)
  }, 0)
  expect(d.size).toBe(expected)
})
