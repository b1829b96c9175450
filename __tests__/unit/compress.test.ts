/** The layer compressor: one standard gzip member, read back by the system gzip. */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { compressible, createLayerGzip } from '../../src/registry/compress.js'

async function gz(data: Buffer, adaptive = true, piece = 64 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = []
  const input = Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += piece) yield data.subarray(i, i + piece)
    })()
  )
  await pipeline(
    input,
    createLayerGzip({ adaptive }),
    new Writable({ write: (c: Buffer, _e, cb) => void (chunks.push(c), cb()) })
  )
  return Buffer.concat(chunks)
}

const text = Buffer.from(readFileSync(process.execPath).subarray(0, 3 << 20))
const noise = randomBytes(3 << 20)

describe('createLayerGzip', () => {
  test.each([
    ['empty', Buffer.alloc(0)],
    ['small', Buffer.from('hello')],
    ['compressible', text],
    ['incompressible', noise],
    [
      'mixed',
      Buffer.concat([
        noise.subarray(0, 1 << 20),
        text.subarray(0, 2 << 20),
        noise.subarray(1 << 20)
      ])
    ]
  ])('%s input round-trips through the system gzip', async (_name, data) => {
    const out = await gz(data)
    expect(out.subarray(0, 3)).toEqual(Buffer.from([0x1f, 0x8b, 0x08]))
    expect(execFileSync('gzip', ['-dc'], { input: out, maxBuffer: 64 << 20 }).equals(data)).toBe(
      true
    )
    expect(() => execFileSync('gzip', ['-t'], { input: out })).not.toThrow()
  })

  test('windows that do not compress are stored; the rest is deflated as at level 1', async () => {
    expect(compressible(text.subarray(0, 32768))).toBe(true)
    expect(compressible(noise.subarray(0, 32768))).toBe(false)
    const mixed = Buffer.concat([noise, text])
    const adaptive = await gz(mixed, true)
    const plain = await gz(mixed, false)
    // Within a fraction of a percent of deflating everything.
    expect(adaptive.length).toBeLessThan(plain.length * 1.005)
    expect(adaptive.length).toBeLessThan(mixed.length * 0.8)
  })
})
