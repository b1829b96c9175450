/**
 * How many transfers a copy runs at once: large blobs take a slot each (`concurrency`, 4), small
 * ones a quarter of a slot, so an image of many small layers moves in one round of requests.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  copyImage,
  Limiter,
  OciLayoutDestination,
  OciLayoutSource,
  SMALL_BLOB,
  type Descriptor
} from '../../src/registry/index.js'
import { makeLayout } from '../helpers/images.js'

const tick = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

/** Tasks that run until released, recording which are running. */
function gate() {
  const running = new Set<string>()
  const releases = new Map<string, () => void>()
  let most = 0
  const task = (name: string) => () =>
    new Promise<void>(resolve => {
      running.add(name)
      most = Math.max(most, running.size)
      releases.set(name, () => {
        running.delete(name)
        resolve()
      })
    })
  return {
    task,
    running: () => [...running].sort(),
    release: async (name: string) => {
      releases.get(name)!()
      await tick()
      await tick()
    },
    most: () => most
  }
}

describe('Limiter', () => {
  test('weights add up to the limit, never over it', async () => {
    const g = gate()
    const l = new Limiter(4)
    const all = [
      l.run(g.task('big1'), 4),
      l.run(g.task('small1'), 1),
      l.run(g.task('small2'), 1),
      l.run(g.task('big2'), 4)
    ]
    await tick()
    expect(g.running()).toEqual(['big1'])
    await g.release('big1')
    expect(g.running()).toEqual(['small1', 'small2'])
    await g.release('small1')
    // big2 needs all four units: it waits for small2, and nothing overtakes it meanwhile.
    const late = l.run(g.task('small3'), 1)
    await tick()
    expect(g.running()).toEqual(['small2'])
    await g.release('small2')
    expect(g.running()).toEqual(['big2'])
    await g.release('big2')
    expect(g.running()).toEqual(['small3'])
    await g.release('small3')
    await Promise.all([...all, late])
  })

  test('a weight over the limit runs alone rather than never', async () => {
    const l = new Limiter(2)
    await expect(l.run(async () => 'ran', 9)).resolves.toBe('ran')
  })

  test('once aborted, waiting tasks do not start', async () => {
    const g = gate()
    const controller = new AbortController()
    const l = new Limiter(1, controller.signal)
    const first = l.run(g.task('first'))
    const second = l.run(g.task('second')).then(
      () => 'ran',
      (error: Error) => error.message
    )
    await tick()
    controller.abort(new Error('stop'))
    await g.release('first')
    await first
    expect(await second).toBe('stop')
    expect(g.running()).toEqual([])
  })
})

/** A layout destination that holds each blob until released, and counts them at once. */
class SlowLayout extends OciLayoutDestination {
  readonly g = gate()
  override async putBlob(...args: Parameters<OciLayoutDestination['putBlob']>): Promise<void> {
    await this.g.task(args[0].digest)()
    return super.putBlob(...args)
  }
}

describe('copyImage: transfers at once', () => {
  const copyWith = async (sizes: number[]): Promise<{ most: number; blobs: Descriptor[] }> => {
    const dir = mkdtempSync(join(tmpdir(), 'limiter-'))
    try {
      const image = makeLayout(join(dir, 'src'), { layers: sizes.map(size => ({ size })) })
      const dest = new SlowLayout(join(dir, 'dest'))
      const copying = copyImage(new OciLayoutSource(join(dir, 'src')), dest)
      const blobs = [
        { digest: image.configDigest, size: 0, mediaType: '' },
        ...image.layers
      ] as Descriptor[]
      // Let every transfer that may start, start (the copy reads files first): wait until the
      // count has stood still for a while; then let them all finish.
      let settled = false
      void copying.finally(() => (settled = true))
      for (let seen = -1, still = 0; still < 5 && !settled; still++) {
        if (dest.g.running().length !== seen) [seen, still] = [dest.g.running().length, 0]
        await new Promise(resolve => setTimeout(resolve, 20))
      }
      const most = dest.g.most()
      while (!settled) {
        for (const name of dest.g.running()) await dest.g.release(name)
        await new Promise(resolve => setTimeout(resolve, 5))
      }
      const result = await copying
      expect(result.stats.copied).toBe(blobs.length)
      return { most, blobs }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  test('an image of 12 small layers and its config move at once (16 small blobs at a time)', async () => {
    const { most, blobs } = await copyWith(Array(12).fill(4096))
    expect(most).toBe(blobs.length)
  })

  test('large layers go four at a time', async () => {
    const { most } = await copyWith(Array(6).fill(SMALL_BLOB + 1))
    // The config (small, first) and three large layers take 1 + 3 × 4 of the 16 units; the
    // fourth large layer waits for a whole slot.
    expect(most).toBe(4)
  })
})
