/** The deletion plan on a package's reference graph, and the API's pacing. */
import { describe, expect, test } from '@jest/globals'
import { planDeletion, type PackageVersion, type Rules } from '../../src/action/packages/graph.js'
import { PointsWindow, rateLimitWait } from '../../src/action/packages/api.js'

const DAY = 86_400_000
const NOW = new Date('2026-06-01T00:00:00Z')
let nextId = 1

function digest(n: string): string {
  return `sha256:${n.padEnd(64, '0')}`
}

function version(
  name: string,
  options: { tags?: string[]; children?: string[]; subject?: string; ageDays?: number } = {}
): PackageVersion {
  return {
    id: nextId++,
    digest: digest(name),
    tags: options.tags ?? [],
    created: new Date(NOW.getTime() - (options.ageDays ?? 1) * DAY),
    children: (options.children ?? []).map(digest),
    ...(options.subject && { subject: digest(options.subject) }),
    kind: options.children?.length ? 'index' : options.subject ? 'attestation' : 'image'
  }
}

const pattern = (text: string) => ({ text, regex: false, matches: (t: string) => t === text })
const rules = (r: Partial<Rules>): Rules => ({
  deleteUntagged: false,
  olderThanMs: undefined,
  keepNTagged: undefined,
  keepNUntagged: undefined,
  deleteTags: [],
  excludeTags: [],
  deleteGhostImages: false,
  deletePartialImages: false,
  excludeDigests: new Set(),
  ...r
})

const removed = (versions: PackageVersion[], r: Partial<Rules>): string[] =>
  planDeletion(versions, rules(r), NOW)
    .remove.map(d => d.version.digest.slice(7, 9))
    .sort()

describe('planDeletion', () => {
  test('untagged images of the last hour stay as a push in progress, unless older-than is set', () => {
    const versions = [
      version('b1', { ageDays: 0.5 / 24 }),
      version('b2', { ageDays: 2 }),
      version('b3', { tags: ['1'] })
    ]
    expect(removed(versions, { deleteUntagged: true })).toEqual(['b2'])
    expect(removed(versions, { keepNUntagged: 0 })).toEqual(['b2'])
    expect(removed(versions, { deleteUntagged: true, olderThanMs: 0 })).toEqual(['b1', 'b2'])
    const plan = planDeletion(versions, rules({ deleteUntagged: true }), NOW)
    expect(plan.keep.find(k => k.version.digest === digest('b1'))?.reason).toBe(
      'pushed 30 minutes ago; may belong to a push in progress'
    )
  })

  test('ghost and partial images go only by their rules, with what only they reference', () => {
    const versions = [
      version('d1', { tags: ['ghost'], children: ['e1', 'e2'] }),
      version('d2', { tags: ['partial'], children: ['e3', 'e4'] }),
      version('d3', { tags: ['whole'], children: ['e5'] }),
      version('e4'),
      version('e5')
    ]
    expect(removed(versions, { deleteUntagged: true })).toEqual([])
    expect(removed(versions, { deleteGhostImages: true })).toEqual(['d1'])
    expect(removed(versions, { deletePartialImages: true })).toEqual(['d2', 'e4'])
    expect(
      removed(versions, { deletePartialImages: true, excludeTags: [pattern('partial')] })
    ).toEqual([])
  })

  test('exclude-digests keeps a version and all it reaches, even when an index that goes lists it', () => {
    const versions = [
      version('f1', { children: ['f2', 'f3'] }),
      version('f2'),
      version('f3'),
      version('f4', { subject: 'f2' }),
      version('f5', { tags: ['1'] })
    ]
    expect(removed(versions, { deleteUntagged: true })).toEqual(['f1', 'f2', 'f3', 'f4'])
    expect(
      removed(versions, { deleteUntagged: true, excludeDigests: new Set([digest('f2')]) })
    ).toEqual(['f1', 'f3'])
    expect(
      removed(versions, { deleteUntagged: true, excludeDigests: new Set([digest('f1')]) })
    ).toEqual([])
  })

  test('a child shared by a kept index and an orphaned one stays', () => {
    const versions = [
      version('a1', { tags: ['1'], children: ['c1', 'c2'] }),
      version('a2', { children: ['c2', 'c3'] }),
      version('c1'),
      version('c2'),
      version('c3')
    ]
    expect(removed(versions, { deleteUntagged: true })).toEqual(['a2', 'c3'])
  })

  test('referrers go with their subject and stay with it; one whose subject is gone is an orphan', () => {
    const versions = [
      version('a1', { tags: ['1'] }),
      version('b1', { subject: 'a1' }),
      version('a2'),
      version('b2', { subject: 'a2' }),
      version('b3', { tags: [`sha256-${'d9'.padEnd(64, '0')}.sig`] })
    ]
    // b3's fallback tag names a subject that is not in the package.
    expect(removed(versions, { deleteUntagged: true })).toEqual(['a2', 'b2', 'b3'])
  })

  test('older-than alone deletes only untagged images older than it', () => {
    const versions = [
      version('t1', { tags: ['old'], ageDays: 90 }),
      version('u1', { ageDays: 90 }),
      version('u2', { ageDays: 2 })
    ]
    expect(removed(versions, { olderThanMs: 30 * DAY })).toEqual(['u1'])
  })

  test('keep-n-untagged keeps the newest untagged images, delete-untagged or not', () => {
    const versions = [version('u1', { ageDays: 3 }), version('u2', { ageDays: 2 }), version('u3')]
    expect(removed(versions, { keepNUntagged: 1 })).toEqual(['u1', 'u2'])
    expect(removed(versions, { keepNUntagged: 2, deleteUntagged: true })).toEqual(['u1'])
  })

  test('delete-tags needs every tag of a version to match; exclude-tags always wins', () => {
    const versions = [
      version('a1', { tags: ['pr-1'] }),
      version('a2', { tags: ['pr-2', 'stable'] }),
      version('a3', { tags: ['pr-3'] })
    ]
    const plan = planDeletion(
      versions,
      rules({
        deleteTags: [pattern('pr-1'), pattern('pr-2'), pattern('pr-3')],
        excludeTags: [pattern('pr-3')]
      }),
      NOW
    )
    expect(plan.remove.map(d => d.version.tags)).toEqual([['pr-1']])
    expect(plan.keep.find(d => d.version.tags.includes('stable'))?.reason).toBe(
      'also tagged stable, which delete-tags does not match'
    )
    expect(plan.keep.find(d => d.version.tags.includes('pr-3'))?.reason).toBe(
      'exclude-tags matches pr-3'
    )
  })

  test('never the last version; referrers are deleted before indexes, indexes before images', () => {
    expect(removed([version('u1')], { deleteUntagged: true })).toEqual([])
    const versions = [
      version('i1', { children: ['c1'] }),
      version('c1'),
      version('r1', { subject: 'i1' }),
      version('t1', { tags: ['1'] })
    ]
    const plan = planDeletion(versions, rules({ deleteUntagged: true }), NOW)
    expect(plan.remove.map(d => d.version.digest.slice(7, 9))).toEqual(['r1', 'i1', 'c1'])
  })

  test('only what the rules chose goes: versions linked through fallback tags alone stay', () => {
    const own = `sha256-${digest('e1').slice(7)}.sig`
    const versions = [
      // Tagged as its own signature.
      version('e1', { tags: [own] }),
      // Tagged as each other's signature and attestation.
      version('f1', { tags: [`sha256-${digest('f2').slice(7)}.sig`] }),
      version('f2', { tags: [`sha256-${digest('f1').slice(7)}.att`] }),
      version('t1', { tags: ['1'] })
    ]
    expect(removed(versions, { deleteTags: [pattern('no-such-tag')] })).toEqual([])
    expect(removed(versions, { deleteUntagged: true })).toEqual([])
    const plan = planDeletion(versions, rules({ deleteUntagged: true }), NOW)
    expect(plan.keep.find(d => d.version.digest === digest('e1'))?.reason).toBe(
      'no rule chose it, nor an image it belongs to'
    )
  })

  test('an index whose child is missing is reported broken', () => {
    const plan = planDeletion(
      [version('i1', { tags: ['x'], children: ['c1', 'c2'] }), version('c1')],
      rules({}),
      NOW
    )
    expect(plan.broken.map(b => b.missing)).toEqual([[digest('c2')]])
  })
})

describe("pacing to GitHub's secondary rate limit", () => {
  test('no sliding minute ever holds more than 900 points', async () => {
    let now = 0
    const window = new PointsWindow(
      900,
      60_000,
      () => now,
      async ms => {
        now += ms
      }
    )
    const spent: Array<{ at: number; points: number }> = []
    for (let i = 0; i < 400; i++) {
      await window.take(5)
      spent.push({ at: now, points: 5 })
    }
    for (const s of spent) {
      const inMinute = spent
        .filter(o => o.at >= s.at && o.at < s.at + 60_000)
        .reduce((n, o) => n + o.points, 0)
      expect(inMinute).toBeLessThanOrEqual(900)
    }
    // 400 deletions at 180 a minute: just over two minutes.
    expect(now).toBeGreaterThanOrEqual(120_000)
    expect(now).toBeLessThan(135_000)
  })

  test('a refusal says how long to wait: retry-after, or the primary limit reset', () => {
    expect(rateLimitWait(403, { 'retry-after': '7' })).toBe(7000)
    expect(rateLimitWait(429, {})).toBe(60_000)
    expect(
      rateLimitWait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1030' }, 1_000_000)
    ).toBe(30_000)
    expect(rateLimitWait(403, {})).toBeUndefined()
    expect(rateLimitWait(404, { 'retry-after': '7' })).toBeUndefined()
  })
})
