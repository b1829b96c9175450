/**
 * Hashing off the main thread: one large blob at a time is hashed inline, the others on worker
 * threads; the digest is the one crypto gives inline, in any chunking, either way; a writer
 * that outruns the hashing is told to wait; an abandoned hash leaves nothing that keeps the
 * process running.
 */
import { describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { OFF_THREAD_MIN, streamHash, type StreamHash } from '../../src/registry/hash-thread.js'

/** Holds the main thread's place for large blobs, so the next ones go to worker threads. */
function occupyMain(): StreamHash {
  const held = streamHash('sha256', OFF_THREAD_MIN)
  expect(held.update(Buffer.alloc(1))).toBeUndefined()
  return held
}

async function feed(bytes: Buffer, chunks: number[]): Promise<{ hex: string; waits: number }> {
  const hash = streamHash('sha256', bytes.length)
  let offset = 0
  let waits = 0
  let i = 0
  while (offset < bytes.length) {
    const n = Math.min(chunks[i++ % chunks.length]!, bytes.length - offset)
    const pending = hash.update(bytes.subarray(offset, offset + n))
    offset += n
    if (pending) {
      waits++
      await pending
    }
  }
  return { hex: await hash.digest(), waits }
}

describe('streamHash', () => {
  const big = randomBytes(OFF_THREAD_MIN * 4 + 12345)
  const expected = createHash('sha256').update(big).digest('hex')

  test.each([
    ['64 KiB chunks', [65536]],
    ['odd chunk sizes across batch edges', [1, 1048575, 7, 300_001, 2_000_003]],
    ['one chunk', [big.length]]
  ])(
    'a large blob in %s: the digest crypto gives, inline and on a thread',
    async (_what, chunks) => {
      expect((await feed(big, chunks)).hex).toBe(expected)
      const held = occupyMain()
      expect((await feed(big, chunks)).hex).toBe(expected)
      held.abort()
    }
  )

  test('one changed byte changes the digest, on a thread too', async () => {
    const changed = Buffer.from(big)
    changed[changed.length - 1] = changed[changed.length - 1]! ^ 1
    const held = occupyMain()
    expect((await feed(changed, [65536])).hex).not.toBe(expected)
    held.abort()
  })

  test('four blobs at once on the shared threads each get their own digest', async () => {
    const blobs = Array.from({ length: 4 }, () => randomBytes(OFF_THREAD_MIN + 999))
    const hexes = await Promise.all(blobs.map(b => feed(b, [65536])))
    expect(hexes.map(h => h.hex)).toEqual(
      blobs.map(b => createHash('sha256').update(b).digest('hex'))
    )
  })

  test('a writer that outruns the hashing is told to wait (memory stays bounded)', async () => {
    // 16 MiB in 1 MiB chunks fed as fast as the loop goes: more than the batches in flight.
    const held = occupyMain()
    const { waits } = await feed(big, [1024 * 1024])
    held.abort()
    expect(waits).toBeGreaterThan(0)
  })

  test('small blobs are hashed inline, with the same digest', async () => {
    const small = randomBytes(1000)
    const hash = streamHash('sha256', small.length)
    expect(hash.update(small)).toBeUndefined()
    expect(await hash.digest()).toBe(createHash('sha256').update(small).digest('hex'))
  })

  test('the threads hold the process open only while they have work', async () => {
    const ports = (): number =>
      process.getActiveResourcesInfo().filter(r => r === 'MessagePort').length
    const before = ports()
    // A lone large blob is hashed inline: no thread at all.
    const lone = streamHash('sha256', big.length)
    lone.update(big.subarray(0, OFF_THREAD_MIN))
    expect(ports()).toBe(before)
    const hash = streamHash('sha256', big.length)
    hash.update(big.subarray(0, OFF_THREAD_MIN))
    expect(ports()).toBeGreaterThan(before)
    await hash.digest()
    expect(ports()).toBe(before)
    const abandoned = streamHash('sha256', big.length)
    abandoned.update(big.subarray(0, OFF_THREAD_MIN))
    abandoned.abort()
    expect(ports()).toBe(before)
    await lone.digest()
  })
})
