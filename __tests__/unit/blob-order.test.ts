/**
 * The loopback registry's turns: one body at a time, the earliest in the image first among
 * those asked for; more at once only while the bodies streaming move slowly.
 */
import { describe, expect, test } from '@jest/globals'
import { BlobTurns, type Turn } from '../../src/action/engine/blob-order.js'

/** Which of `turns` may stream now. */
async function started(turns: Record<string, Turn>): Promise<string[]> {
  const go: string[] = []
  for (const [name, turn] of Object.entries(turns)) void turn.ready.then(() => go.push(name))
  await new Promise(resolve => setImmediate(resolve))
  return go.sort()
}

describe('BlobTurns', () => {
  test('one body at a time; the next is the earliest in the image of those asked for', async () => {
    const t = new BlobTurns()
    const layer3 = t.take(3, 0)
    const layer2 = t.take(2, 0)
    const layer1 = t.take(1, 0)
    expect(await started({ layer3, layer2, layer1 })).toEqual(['layer3'])
    layer3.release(10)
    expect(await started({ layer2, layer1 })).toEqual(['layer1'])
    layer1.release(20)
    expect(await started({ layer2 })).toEqual(['layer2'])
  })

  test('a blob the engine stops asking for leaves the queue; releasing twice counts once', async () => {
    const t = new BlobTurns()
    const a = t.take(1, 0)
    const b = t.take(2, 0)
    const c = t.take(3, 0)
    b.release(1)
    a.release(2)
    a.release(3)
    expect(await started({ c })).toEqual(['c'])
    const d = t.take(4, 4)
    expect(await started({ d })).toEqual([])
  })

  test('fast bodies keep the window at one', async () => {
    const t = new BlobTurns({ minRate: 100_000_000 })
    const a = t.take(1, 0)
    const b = t.take(2, 0)
    for (let ms = 500; ms <= 3000; ms += 500) {
      a.sent(60_000_000) // 120 MB/s
      t.tick(ms)
    }
    expect(await started({ a, b })).toEqual(['a'])
  })

  test('slow bodies open the window, one more per slow interval, up to three', async () => {
    const t = new BlobTurns({ minRate: 100_000_000 })
    const turns = { a: t.take(1, 0), b: t.take(2, 0), c: t.take(3, 0), d: t.take(4, 0) }
    turns.a.sent(5_000_000) // 10 MB/s
    t.tick(300) // under half a second: not judged yet
    expect(await started(turns)).toEqual(['a'])
    t.tick(500)
    expect(await started(turns)).toEqual(['a', 'b'])
    t.tick(1000)
    expect(await started(turns)).toEqual(['a', 'b', 'c'])
    t.tick(1500)
    t.tick(2000)
    expect(await started(turns)).toEqual(['a', 'b', 'c'])
  })

  test('nothing streaming: no judgement, whatever the time', async () => {
    const t = new BlobTurns()
    t.tick(0)
    t.tick(10_000)
    const a = t.take(1, 10_000)
    const b = t.take(2, 10_000)
    a.sent(100_000_000)
    t.tick(10_500) // 200 MB/s since a started
    expect(await started({ a, b })).toEqual(['a'])
  })
})

test('a free turn (a small blob) goes at once and keeps no one waiting', async () => {
  const t = new BlobTurns()
  const layer = t.take(1, 0)
  const config = t.free()
  const other = t.take(2, 0)
  expect(await started({ layer, config, other })).toEqual(['config', 'layer'])
  config.release()
  expect(await started({ other })).toEqual([])
  layer.release(5)
  expect(await started({ other })).toEqual(['other'])
})
