/**
 * buildx's default provenance wraps a single-platform image in an index beside its attestation
 * manifest (platform unknown/unknown): the image is still reported as one image.
 */
import { expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeLayout } from '../../src/action/report.js'
import { annotateIndex, OciLayoutSource } from '../../src/registry/layout.js'
import { parseManifest } from '../../src/registry/media-types.js'
import { makeIndexLayout, makeLayout } from '../helpers/images.js'

test('an image wrapped with its attestation reports the image’s config digest as imageid', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attested-'))
  const built = makeIndexLayout(
    dir,
    [
      { os: 'linux', architecture: 'amd64' },
      { os: 'unknown', architecture: 'unknown' }
    ],
    [{ size: 2000 }]
  )
  const d = await describeLayout(dir, 'latest')
  expect(d.platforms).toEqual([{ platform: 'linux/amd64', digest: built.children[0]!.digest }])
  expect(d.imageid).toBe(built.children[0]!.configDigest)
})

test('a multi-platform index has no single imageid', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'multi-'))
  makeIndexLayout(
    dir,
    [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ],
    [{ size: 2000 }]
  )
  expect((await describeLayout(dir, 'latest')).imageid).toBe('')
})

test('index annotations: set ones replace, defaults fill only what is missing; images are left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annotate-'))
  makeIndexLayout(dir, [{ os: 'linux', architecture: 'amd64' }], [{ size: 100 }])
  expect(
    await annotateIndex(dir, 'latest', { 'org.example.a': 'set' }, { 'org.example.b': 'default' })
  ).toBe(true)
  expect(
    await annotateIndex(dir, 'latest', {}, { 'org.example.b': 'not this', 'org.example.c': 'c' })
  ).toBe(true)
  const source = new OciLayoutSource(dir, 'latest')
  const root = await source.root()
  const parsed = parseManifest(root.bytes, root.mediaType)
  expect((parsed as { index: { annotations?: Record<string, string> } }).index.annotations).toEqual(
    {
      'org.example.a': 'set',
      'org.example.b': 'default',
      'org.example.c': 'c'
    }
  )
  const single = mkdtempSync(join(tmpdir(), 'single-'))
  makeLayout(single, { layers: [{ size: 100 }] })
  expect(await annotateIndex(single, 'latest', { a: 'b' })).toBe(false)
})
