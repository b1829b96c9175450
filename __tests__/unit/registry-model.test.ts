/** The client's pure pieces: references, digests, media types, challenges, retry timing. */
import { describe, expect, test } from '@jest/globals'
import { digestProblem, parseDigest, sha256 } from '../../src/registry/digest.js'
import { UnsupportedManifestError } from '../../src/registry/errors.js'
import {
  isDistributable,
  isIndex,
  MediaType,
  parseManifest,
  platformMatches
} from '../../src/registry/media-types.js'
import {
  apiHost,
  formatReference,
  isLoopback,
  parseReference,
  InvalidReferenceError
} from '../../src/registry/reference.js'
import { parseChallenges } from '../../src/registry/transport/challenge.js'
import { backoffMs, retryAfterMs } from '../../src/registry/transport/retry.js'
import { redactUrl } from '../../src/registry/errors.js'

const D = `sha256:${'ab'.repeat(32)}`

describe('references', () => {
  test.each([
    ['busybox', { registry: 'docker.io', repository: 'library/busybox' }],
    [
      'index.docker.io/library/alpine:3',
      { registry: 'docker.io', repository: 'library/alpine', tag: '3' }
    ],
    ['ghcr.io/octo/app:1.2', { registry: 'ghcr.io', repository: 'octo/app', tag: '1.2' }],
    [`ghcr.io/octo/app@${D}`, { registry: 'ghcr.io', repository: 'octo/app', digest: D }],
    [
      `ghcr.io/octo/app:v1@${D}`,
      { registry: 'ghcr.io', repository: 'octo/app', tag: 'v1', digest: D }
    ],
    ['localhost:5000/a/b/c', { registry: 'localhost:5000', repository: 'a/b/c' }],
    ['127.0.0.1:5000/x:latest', { registry: '127.0.0.1:5000', repository: 'x', tag: 'latest' }],
    ['[::1]:5000/x', { registry: '[::1]:5000', repository: 'x' }],
    ['GHCR.IO/octo/app', { registry: 'ghcr.io', repository: 'octo/app' }],
    ['octo/app__x.y-z', { registry: 'docker.io', repository: 'octo/app__x.y-z' }]
  ])('%s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected)
  })

  test('a default registry replaces Docker Hub for short names', () => {
    expect(parseReference('octo/app', { defaultRegistry: 'ghcr.io' })).toEqual({
      registry: 'ghcr.io',
      repository: 'octo/app'
    })
    expect(
      formatReference({ registry: 'ghcr.io', repository: 'o/a', tag: 't', digest: parseDigest(D) })
    ).toBe(`ghcr.io/o/a:t@${D}`)
  })

  test.each([
    ['', /empty/],
    ['ghcr.io/Octo/app', /must be lower-case/],
    ['ghcr.io/octo/app:-x', /tag is 1 to 128/],
    ['ghcr.io/octo/app@sha256:123', /64 lower-case hex/],
    ['ghcr.io/octo/app@md5:abc', /not supported/],
    ['ghcr.io/octo/a pp', /white space/],
    ['ghcr.io/octo/app.', /lower-case letters and digits/],
    [`ghcr.io/${'a'.repeat(260)}`, /at most 255/]
  ])('refuses %j', (input, rule) => {
    expect(() => parseReference(input)).toThrow(InvalidReferenceError)
    expect(() => parseReference(input)).toThrow(rule)
  })

  test('Docker Hub API host and loopback detection', () => {
    expect(apiHost('docker.io')).toBe('registry-1.docker.io')
    expect(apiHost('ghcr.io')).toBe('ghcr.io')
    expect(['localhost:5000', '127.0.0.1', '127.1.2.3:80', '[::1]:5000'].every(isLoopback)).toBe(
      true
    )
    expect(
      ['ghcr.io', '10.0.0.1:5000', 'localhost.example.com', '128.0.0.1'].some(isLoopback)
    ).toBe(false)
  })
})

describe('digests', () => {
  test('validation and hashing', () => {
    expect(digestProblem(D)).toBeUndefined()
    expect(digestProblem(`sha256:${'AB'.repeat(32)}`)).toMatch(/lower-case hex/)
    expect(digestProblem(`sha512:${'a'.repeat(128)}`)).toBeUndefined()
    expect(() => parseDigest('../../etc/passwd')).toThrow(/invalid digest/)
    expect(sha256('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    )
  })
})

describe('manifests', () => {
  const config = { mediaType: MediaType.OciConfig, digest: D, size: 2 }
  test('OCI manifests with artifactType, subject and annotations parse; bytes kept', () => {
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        artifactType: 'application/x.sbom',
        config,
        layers: [],
        subject: config,
        annotations: { a: 'b' }
      })
    )
    const parsed = parseManifest(bytes)
    expect(parsed.kind).toBe('image')
    expect(parsed.bytes).toBe(bytes)
  })

  test('an OCI document without mediaType is recognised by its shape', () => {
    expect(
      parseManifest(Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [] }))).mediaType
    ).toBe(MediaType.OciIndex)
    expect(
      parseManifest(Buffer.from(JSON.stringify({ schemaVersion: 2, config, layers: [] }))).mediaType
    ).toBe(MediaType.OciManifest)
  })

  test.each([
    [{ schemaVersion: 1, name: 'x', tag: 'y', fsLayers: [] }, /Schema 1 is not supported/],
    [{ schemaVersion: 2, mediaType: MediaType.DockerSchema1Signed }, /Schema 1 is not supported/],
    [
      { schemaVersion: 2, mediaType: 'application/x-unknown', config, layers: [] },
      /unsupported manifest media type/
    ],
    [
      {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: { ...config, digest: 'sha256:../x' },
        layers: []
      },
      /invalid digest/
    ],
    [
      {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: { ...config, size: -1 },
        layers: []
      },
      /invalid size/
    ],
    [{ schemaVersion: 2, mediaType: MediaType.OciIndex }, /no manifests/]
  ])('refuses %j', (doc, message) => {
    expect(() => parseManifest(Buffer.from(JSON.stringify(doc)))).toThrow(UnsupportedManifestError)
    expect(() => parseManifest(Buffer.from(JSON.stringify(doc)))).toThrow(message)
  })

  test('over 4 MiB is refused', () => {
    expect(() => parseManifest(Buffer.alloc(4 * 1024 * 1024 + 1, 0x20))).toThrow(/exceeds/)
  })

  test('predicates', () => {
    expect(isIndex(MediaType.DockerManifestList)).toBe(true)
    expect(isDistributable(MediaType.DockerForeignLayer)).toBe(false)
    expect(isDistributable(MediaType.OciForeignLayerGzip)).toBe(false)
    expect(isDistributable(MediaType.OciLayerZstd)).toBe(true)
    expect(platformMatches({ os: 'linux', architecture: 'arm64' }, 'linux/arm64/v8')).toBe(true)
    expect(
      platformMatches({ os: 'linux', architecture: 'arm', variant: 'v7' }, 'linux/arm/v6')
    ).toBe(false)
  })
})

describe('challenges', () => {
  test('ghcr.io, Docker Hub and Basic challenges', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull,push"'
      )
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:o/r:pull,push'
        }
      }
    ])
    expect(parseChallenges('Basic realm="Registry Realm"')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } }
    ])
    expect(
      parseChallenges(['Bearer realm="a",error="insufficient_scope"', 'Basic realm=x'])
    ).toEqual([
      { scheme: 'bearer', params: { realm: 'a', error: 'insufficient_scope' } },
      { scheme: 'basic', params: { realm: 'x' } }
    ])
    expect(
      parseChallenges('Bearer realm="say \\"hi\\"", Basic realm="b"').map(c => c.scheme)
    ).toEqual(['bearer', 'basic'])
  })
})

describe('retry timing and redaction', () => {
  test('Retry-After in seconds and as a date; backoff grows with jitter', () => {
    expect(retryAfterMs('3')).toBe(3000)
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000)
    expect(retryAfterMs('soon')).toBeUndefined()
    const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000, maxElapsedMs: 60_000 }
    for (let i = 0; i < 50; i++) {
      expect(backoffMs(policy, 1)).toBeGreaterThanOrEqual(50)
      expect(backoffMs(policy, 1)).toBeLessThanOrEqual(150)
      expect(backoffMs(policy, 10)).toBeLessThanOrEqual(1500)
    }
  })

  test('URLs in errors lose credentials and signed query values', () => {
    expect(redactUrl('https://u:p@storage.example/b?X-Amz-Signature=abc&_state=xyz')).toBe(
      'https://storage.example/b?X-Amz-Signature=…&_state=…'
    )
  })
})
