/** The loopback registry's blob bodies when the engine hangs up before they are ready. */
import { expect, test } from '@jest/globals'
import { request } from 'node:http'
import { PassThrough } from 'node:stream'
import { serveOnLoopback } from '../../src/action/engine/loopback-registry.js'
import { parseDigest } from '../../src/registry/index.js'

const LAYER = {
  mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
  digest: parseDigest(`sha256:${'a'.repeat(64)}`),
  size: 4 * 1024 * 1024
}

test('a blob verified after the engine hung up is closed, not left open unread', async () => {
  let verified!: (file: NodeJS.ReadableStream) => void
  let asked!: () => void
  const opened = new Promise<void>(resolve => (asked = resolve))
  const registry = await serveOnLoopback({
    manifest: {
      desc: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: parseDigest(`sha256:${'b'.repeat(64)}`),
        size: 2
      },
      bytes: Buffer.from('{}')
    },
    blobs: [LAYER],
    blob: () => {
      asked()
      return new Promise(resolve => (verified = resolve))
    }
  })
  try {
    // 127.0.0.1:PORT/NAME@DIGEST
    const [, port, name] = /^127\.0\.0\.1:(\d+)\/([^@]+)@/.exec(registry.reference)!
    // The engine asks for the blob, gets the headers, and hangs up while it is being verified.
    await new Promise<void>(resolve => {
      const req = request(
        { host: '127.0.0.1', port: Number(port), path: `/v2/${name}/blobs/${LAYER.digest}` },
        res => {
          expect(res.statusCode).toBe(200)
          req.destroy()
        }
      )
      req.on('error', () => undefined)
      req.on('close', resolve)
      req.end()
    })
    await opened
    // The server has seen the hang-up before the blob verifies.
    await new Promise(r => setTimeout(r, 100))
    const file = new PassThrough()
    verified(file)
    for (let i = 0; i < 100 && !file.destroyed; i++) await new Promise(r => setTimeout(r, 10))
    expect(file.destroyed).toBe(true)
  } finally {
    await registry.close()
  }
})
