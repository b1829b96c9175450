/**
 * Hash threads after several rounds of downloads, in a module of their own (the thread pool is
 * module state): a pull in which two large blobs download at a time, round after round, must
 * leave no thread holding the process open once every digest is in.
 */
import { expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { OFF_THREAD_MIN, streamHash } from '../../src/registry/hash-thread.js'

const blob = randomBytes(OFF_THREAD_MIN * 2)
const expected = createHash('sha256').update(blob).digest('hex')

async function hashOf(bytes: Buffer): Promise<string> {
  const hash = streamHash('sha256', bytes.length)
  for (let offset = 0; offset < bytes.length; offset += 65536) {
    await hash.update(bytes.subarray(offset, offset + 65536))
    // Let the other download in.
    await new Promise(resolve => setImmediate(resolve))
  }
  return hash.digest()
}

test('rounds of two overlapping large blobs leave no thread holding the process', async () => {
  const ports = (): number =>
    process.getActiveResourcesInfo().filter(r => r === 'MessagePort').length
  const before = ports()
  for (let round = 0; round < 3; round++) {
    // One inline, one on a thread; every round after the first finds that thread idle.
    expect(await Promise.all([hashOf(blob), hashOf(blob)])).toEqual([expected, expected])
    expect(ports()).toBe(before)
  }
})
