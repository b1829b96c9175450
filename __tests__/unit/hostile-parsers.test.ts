/**
 * The hostile suite: seeded, property-based inputs (fast-check) for everything that parses
 * what a registry, an archive, GitHub's API or a user sends: references, manifests and indexes,
 * tar headers, WWW-Authenticate challenges, version lists, tag patterns; and the deletion plan
 * on any graph those can make. Each input ends, quickly, in a result or in the
 * parser's own typed error: no crash, no hang, no unbounded memory.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { linearRegex, UnsupportedPatternError } from '../../src/action/inputs/linear-regex.js'
import {
  fallbackSubject,
  imageTags,
  planDeletion,
  type PackageVersion
} from '../../src/action/packages/graph.js'
import { ApiAnswerError, checkVersions, printable } from '../../src/action/packages/api.js'
import { isDigest } from '../../src/registry/digest.js'
import { InvalidArchiveError, UnsupportedManifestError } from '../../src/registry/errors.js'
import { MAX_MANIFEST_BYTES, parseManifest } from '../../src/registry/media-types.js'
import {
  formatReference,
  InvalidReferenceError,
  parseReference
} from '../../src/registry/reference.js'
import { readTar, tarHeader, TarPathError } from '../../src/registry/tar.js'
import { parseChallenges } from '../../src/registry/transport/challenge.js'

// Seeded: a failure names its seed and path, and the same run reproduces it.
const SEED = Number(process.env.HOSTILE_SEED ?? 20261127)
const RUNS = Number(process.env.HOSTILE_RUNS ?? 500)
fc.configureGlobal({ seed: SEED, numRuns: RUNS })

/** Runs `work`, failing when it takes longer than `ms` (a hang, or catastrophic backtracking). */
function quick<T>(ms: number, work: () => T): T {
  const started = performance.now()
  const result = work()
  const took = performance.now() - started
  if (took > ms) throw new Error(`took ${took.toFixed(0)} ms, over ${ms} ms`)
  return result
}

/** An error a parser may end in: its own type, one line, not too long, naming no stack. */
function expectClearError(error: unknown, ...types: Array<new (...a: never[]) => Error>): void {
  if (!types.some(t => error instanceof t)) throw error
  const message = (error as Error).message
  expect(message.length).toBeGreaterThan(0)
  expect(message.length).toBeLessThan(2000)
}

const HEX = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 64,
  maxLength: 64
})
const DIGESTISH = fc.oneof(
  HEX.map(h => `sha256:${h}`),
  fc.string().map(s => `sha256:${s}`),
  fc.string()
)
const PIECE = fc.string({
  unit: fc.constantFrom(...'abcXYZ019._-:/@ \t\n\u0000é$%'),
  maxLength: 40
})

describe('references', () => {
  const referenceLike = fc
    .tuple(
      fc.option(
        fc.constantFrom(
          'ghcr.io',
          'localhost:5000',
          '127.0.0.1:80',
          'Docker.io',
          '[::1]:5000',
          'a..b',
          'x:99999'
        )
      ),
      fc.array(PIECE, { minLength: 1, maxLength: 4 }),
      fc.option(PIECE),
      fc.option(DIGESTISH)
    )
    .map(([host, path, tag, digest]) =>
      [
        host ? `${host}/` : '',
        path.join('/'),
        tag !== null ? `:${tag}` : '',
        digest !== null ? `@${digest}` : ''
      ].join('')
    )

  test('any string parses to a reference that formats back to itself, or is refused with the rule', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), referenceLike), value => {
        let ref
        try {
          ref = quick(50, () => parseReference(value))
        } catch (error) {
          expectClearError(error, InvalidReferenceError)
          return
        }
        expect(parseReference(formatReference(ref))).toEqual(ref)
        if (ref.digest) expect(isDigest(ref.digest)).toBe(true)
      })
    )
  })

  test('what earlier runs found: a host named by upper case alone is refused, not lower-cased into a path', () => {
    expect(() => parseReference('A/a')).toThrow(/"A" is neither a registry host/)
  })

  test('long pathological strings are refused in linear time', () => {
    for (const value of [
      'a'.repeat(100_000),
      `${'a-'.repeat(50_000)}!`,
      `${'a/'.repeat(30_000)}:`,
      `${'a.'.repeat(50_000)}`
    ]) {
      try {
        quick(200, () => parseReference(value))
      } catch (error) {
        expectClearError(error, InvalidReferenceError)
      }
    }
  })
})

describe('manifests and indexes', () => {
  const descriptor = fc.record(
    {
      mediaType: fc.oneof(
        fc.constant('application/vnd.oci.image.layer.v1.tar+gzip'),
        fc.string(),
        fc.integer()
      ),
      digest: fc.oneof(DIGESTISH, fc.integer(), fc.constant(null)),
      size: fc.oneof(
        fc.nat(),
        fc.integer(),
        fc.double(),
        fc.constant(Number.MAX_SAFE_INTEGER + 2),
        fc.string()
      ),
      platform: fc.oneof(
        fc.record({
          os: fc.string(),
          architecture: fc.string(),
          variant: fc.option(fc.string(), { nil: undefined })
        }),
        fc.anything()
      ),
      urls: fc.anything()
    },
    { requiredKeys: [] }
  )
  const document = fc.record(
    {
      schemaVersion: fc.oneof(fc.constant(2), fc.constant(1), fc.anything()),
      mediaType: fc.oneof(
        fc.constantFrom(
          'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.oci.image.index.v1+json',
          'application/vnd.docker.distribution.manifest.v2+json',
          'application/vnd.docker.distribution.manifest.list.v2+json',
          'application/vnd.docker.distribution.manifest.v1+prettyjws'
        ),
        fc.string()
      ),
      config: fc.oneof(descriptor, fc.anything()),
      layers: fc.oneof(fc.array(descriptor, { maxLength: 5 }), fc.anything()),
      manifests: fc.oneof(fc.array(descriptor, { maxLength: 5 }), fc.anything()),
      subject: fc.oneof(descriptor, fc.anything())
    },
    { requiredKeys: [] }
  )
  const declared = fc.option(fc.string(), { nil: undefined })

  test('documents of any shape parse to checked descriptors, or are refused as unsupported', () => {
    fc.assert(
      fc.property(fc.oneof(document, fc.jsonValue()), declared, (doc, type) => {
        let parsed
        try {
          parsed = quick(50, () => parseManifest(Buffer.from(JSON.stringify(doc) ?? 'null'), type))
        } catch (error) {
          expectClearError(error, UnsupportedManifestError)
          return
        }
        const descriptors =
          parsed.kind === 'index'
            ? parsed.index.manifests
            : [parsed.manifest.config, ...parsed.manifest.layers]
        for (const d of descriptors) {
          expect(isDigest(d.digest)).toBe(true)
          expect(Number.isSafeInteger(d.size) && d.size >= 0).toBe(true)
          if (d.platform)
            expect(typeof d.platform.os + typeof d.platform.architecture).toBe('stringstring')
        }
      })
    )
  })

  test('bytes that are not JSON, and JSON past the size limit, are refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), bytes => {
        try {
          parseManifest(Buffer.from(bytes))
        } catch (error) {
          expectClearError(error, UnsupportedManifestError)
        }
      })
    )
    expect(() => parseManifest(Buffer.alloc(MAX_MANIFEST_BYTES + 1, 0x20))).toThrow(
      UnsupportedManifestError
    )
  })
})

describe('WWW-Authenticate challenges', () => {
  const param = fc
    .tuple(
      fc.constantFrom('realm', 'service', 'scope', 'error', '__proto__', 'constructor', 'Realm'),
      fc.oneof(fc.string(), PIECE)
    )
    .map(([k, v]) => `${k}="${v.replace(/"/g, '\\"')}"`)
  const challenge = fc
    .tuple(
      fc.constantFrom('Bearer', 'Basic', 'bearer', 'Negotiate', ''),
      fc.array(param, { maxLength: 5 })
    )
    .map(([scheme, params]) => `${scheme} ${params.join(',')}`)

  test('any header value gives challenges with string parameters, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          challenge,
          fc.array(challenge).map(c => c.join(', '))
        ),
        value => {
          const parsed = quick(50, () => parseChallenges(value))
          for (const c of parsed) {
            expect(typeof c.scheme).toBe('string')
            for (const v of Object.values(c.params)) expect(typeof v).toBe('string')
            expect(Object.getPrototypeOf(c.params)).toBe(null)
          }
        }
      )
    )
  })

  test('long pathological headers are read in linear time', () => {
    for (const value of [
      `Bearer realm="${'\\'.repeat(100_000)}`,
      `Bearer ${'a=b,'.repeat(30_000)}`,
      ` ${' '.repeat(100_000)}x`,
      `Bearer realm=${'"'.repeat(50_000)}`
    ]) {
      quick(300, () => parseChallenges(value))
    }
  })
})

describe('tar headers', () => {
  /** A header block with `fields` written over a valid one, checksum made right or not. */
  const block = fc
    .record({
      name: fc.oneof(
        fc.constantFrom('a', '../x', '/etc/passwd', 'blobs/sha256/..', 'ok/../../x', 'a\u0000b'),
        fc.string({ maxLength: 120 })
      ),
      size: fc.oneof(fc.nat({ max: 4096 }), fc.constant(8 * 1024 ** 3)),
      flag: fc.constantFrom('0', '5', '2', '1', 'x', 'L', 'K', 'g', '7', '\u0000', 'Z'),
      noise: fc.array(fc.tuple(fc.nat({ max: 511 }), fc.nat({ max: 255 })), { maxLength: 8 }),
      fixChecksum: fc.boolean(),
      body: fc.uint8Array({ maxLength: 1500 })
    })
    .map(({ name, size, flag, noise, fixChecksum, body }) => {
      const header = Buffer.from(tarHeader('placeholder', 0).subarray(-512))
      header.fill(0, 0, 100)
      header.write(name.slice(0, 100), 0)
      header.write(size.toString(8).padStart(11, '0').slice(-11), 124)
      header.write(flag, 156)
      for (const [at, value] of noise) if (at < 148 || at >= 156) header[at] = value
      if (fixChecksum) {
        header.fill(0x20, 148, 156)
        const sum = header.reduce((n, b) => n + b, 0)
        header.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148)
      }
      return Buffer.concat([header, Buffer.from(body)])
    })

  test('what earlier runs found: an extended header cut short is a truncated archive', async () => {
    const header = tarHeader('x'.repeat(150), 10)
    const cut = header.subarray(0, 512 + 100)
    const read = async () => {
      for await (const entry of readTar(
        (async function* () {
          yield cut
        })()
      ))
        void entry
    }
    await expect(read()).rejects.toThrow(InvalidArchiveError)
  })

  test('any sequence of headers and bodies is read entry by entry, or refused with a typed error', async () => {
    const before = process.memoryUsage().rss
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 4 }), fc.boolean(), async (blocks, end) => {
        const input = [...blocks, ...(end ? [Buffer.alloc(1024)] : [])]
        const started = performance.now()
        try {
          for await (const entry of readTar(
            (async function* () {
              yield* input
            })()
          )) {
            expect(entry.header.name).not.toMatch(/(^|\/)\.\.(\/|$)|^\//)
            for await (const chunk of entry.body()) void chunk
          }
        } catch (error) {
          expectClearError(error, InvalidArchiveError, TarPathError)
        }
        expect(performance.now() - started).toBeLessThan(500)
      }),
      { numRuns: Math.min(RUNS, 300) }
    )
    // An 8 GiB size in a header is a number, never an allocation.
    expect((process.memoryUsage().rss - before) / 1048576).toBeLessThan(200)
  })
})

describe("the Packages API's version lists", () => {
  const NASTY = fc.constantFrom(
    'v1\n::warning::injected',
    'sha256:../../../v2/_catalog',
    'v1?n=1',
    '',
    ' latest',
    'a'.repeat(129),
    '\u2028',
    'é'
  )
  const entry = fc.record(
    {
      id: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      name: fc.oneof(
        HEX.map(h => `sha256:${h}`),
        DIGESTISH,
        NASTY,
        fc.anything()
      ),
      created_at: fc.oneof(
        fc.date({ noInvalidDate: true }).map(d => d.toISOString()),
        fc.string(),
        NASTY,
        fc.anything()
      ),
      metadata: fc.oneof(
        fc.record({
          container: fc.record({
            tags: fc.oneof(
              fc.array(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,20}$/), NASTY)),
              fc.anything()
            )
          })
        }),
        fc.anything()
      )
    },
    { requiredKeys: [] }
  )
  const page = fc.oneof(fc.array(fc.oneof(entry, fc.anything()), { maxLength: 8 }), fc.anything())

  test('any answer gives versions whose every field is checked, or one printable refusal', () => {
    fc.assert(
      fc.property(page, data => {
        let versions
        try {
          versions = quick(50, () => checkVersions(data, 'the list of octo-org/app'))
        } catch (error) {
          expectClearError(error, ApiAnswerError)
          const message = (error as Error).message
          expect(message).toContain('octo-org/app')
          // Nothing the API wrote can start a workflow command or break the line.
          // eslint-disable-next-line no-control-regex -- control characters are what it finds
          expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
          return
        }
        for (const v of versions) {
          expect(Number.isSafeInteger(v.id) && v.id > 0).toBe(true)
          expect(v.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
          expect(Number.isNaN(v.created.getTime())).toBe(false)
          for (const t of v.tags) expect(t).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/)
        }
      })
    )
  })

  test('printable() leaves no control or line-separator character, and bounds the length', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything()),
        fc.integer({ min: 1, max: 300 }),
        (v, max) => {
          const text = printable(v, max)
          // eslint-disable-next-line no-control-regex -- control characters are what it finds
          expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
          expect(text.length).toBeLessThanOrEqual(max + 1)
        }
      )
    )
  })
})

describe("delete's tag patterns", () => {
  test('any pattern compiles for linear matching or is refused with a reason, and matches any tag quickly', () => {
    const tags = fc.array(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/), {
      maxLength: 5
    })
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({
            unit: fc.constantFrom(...'()[]{}*+?|^$\\.-,:<=!a1dDwWsSbBkpu'),
            maxLength: 40
          })
        ),
        tags,
        (pattern, sample) => {
          let re
          try {
            re = quick(50, () => linearRegex(pattern))
          } catch (error) {
            expectClearError(error, SyntaxError, UnsupportedPatternError)
            return
          }
          for (const tag of [...sample, 'a'.repeat(128)]) quick(50, () => re.test(tag))
        }
      )
    )
  })
})

describe('the deletion plan on any graph', () => {
  const graph = fc
    .array(
      fc.record({
        tags: fc.array(fc.constantFrom('1', '2', 'latest', 'pr-1', 'sig', 'att'), { maxLength: 2 }),
        children: fc.array(fc.nat(11), { maxLength: 3 }),
        subject: fc.option(fc.nat(11), { nil: undefined }),
        ageDays: fc.nat(60)
      }),
      { minLength: 1, maxLength: 12 }
    )
    .map(specs => {
      const d = (i: number): string => `sha256:${i.toString(16).padStart(64, '0')}`
      return specs.map((s, i): PackageVersion => ({
        id: i + 1,
        digest: d(i),
        // 'sig' and 'att' stand for fallback tags of another version (or of itself).
        tags: s.tags.map(t =>
          t === 'sig' || t === 'att' ? `sha256-${d(s.children[0] ?? i).slice(7)}.${t}` : t
        ),
        created: new Date(Date.UTC(2026, 0, 1) - s.ageDays * 86_400_000),
        // Children past the last version are missing: ghost and partial images.
        children: s.children.map(d),
        ...(s.subject !== undefined && s.subject < specs.length && { subject: d(s.subject) }),
        kind: 'image'
      }))
    })
  const exact = (text: string) => ({ text, regex: false, matches: (t: string) => t === text })
  const rules = fc.record({
    deleteUntagged: fc.boolean(),
    olderThanMs: fc.option(
      fc.nat(40).map(n => n * 86_400_000),
      { nil: undefined }
    ),
    keepNTagged: fc.option(fc.nat(3), { nil: undefined }),
    keepNUntagged: fc.option(fc.nat(3), { nil: undefined }),
    deleteTags: fc.array(fc.constantFrom('1', 'pr-1', 'none').map(exact), { maxLength: 2 }),
    excludeTags: fc.array(fc.constantFrom('latest', '2').map(exact), { maxLength: 1 }),
    deleteGhostImages: fc.boolean(),
    deletePartialImages: fc.boolean(),
    excludeDigests: fc
      .array(fc.nat(11), { maxLength: 2 })
      .map(ns => new Set(ns.map(n => `sha256:${n.toString(16).padStart(64, '0')}`)))
  })

  test('nothing a kept version reaches goes, and a version the rules cannot reach stays', () => {
    fc.assert(
      fc.property(graph, rules, (versions, r) => {
        const plan = planDeletion(versions, r, new Date(Date.UTC(2026, 0, 1)))
        const byDigest = new Map(versions.map(v => [v.digest, v]))
        const going = new Set(plan.remove.map(d => d.version.digest))
        expect(going.size + plan.keep.length).toBe(versions.length)
        // Edges: index → child, subject → referrer (by field or fallback tag).
        const edges = (v: PackageVersion): string[] => [
          ...v.children,
          ...versions
            .filter(o => {
              const s = o.subject ?? o.tags.map(fallbackSubject).find(Boolean)
              return s === v.digest && o.digest !== v.digest
            })
            .map(o => o.digest)
        ]
        for (const k of plan.keep)
          for (const e of edges(k.version))
            expect([k.version.digest, e, going.has(e)]).toEqual([k.version.digest, e, false])
        // Nothing an excluded digest reaches goes.
        const reached = new Set<string>()
        const reach = (d: string): void => {
          const v = byDigest.get(d)
          if (!v || reached.has(d)) return
          reached.add(d)
          for (const e of edges(v)) reach(e)
        }
        for (const d of r.excludeDigests) reach(d)
        for (const d of reached) expect([d, going.has(d)]).toEqual([d, false])
        // A version whose image tags no rule can touch is never removed.
        const broken = new Set(plan.broken.map(b => b.version.digest))
        for (const v of versions) {
          const tags = imageTags(v)
          const touchable =
            tags.length > 0 &&
            (r.keepNTagged !== undefined ||
              r.deleteTags.length > 0 ||
              ((r.deleteGhostImages || r.deletePartialImages) && broken.has(v.digest)))
          if (tags.length && !touchable) expect(going.has(v.digest)).toBe(false)
        }
        // The API refuses to delete a package's last version: one is always kept.
        expect(plan.keep.length).toBeGreaterThan(0)
        for (const v of going) expect(byDigest.has(v)).toBe(true)
      })
    )
  })

  test('rules that choose nothing delete nothing, however the versions are linked', () => {
    fc.assert(
      fc.property(graph, versions => {
        const plan = planDeletion(
          versions,
          {
            deleteUntagged: false,
            olderThanMs: undefined,
            keepNTagged: undefined,
            keepNUntagged: undefined,
            deleteTags: [exact('no-such-tag')],
            excludeTags: [],
            deleteGhostImages: false,
            deletePartialImages: false,
            excludeDigests: new Set()
          },
          new Date(Date.UTC(2026, 0, 1))
        )
        expect(plan.remove).toEqual([])
      })
    )
  })
})
