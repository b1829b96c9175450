/** The keys legs record their pushes under, for `command: index`. */
import { describe, expect, jest, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readContext } from '../../src/action/context.js'
import {
  digestOfKey,
  findLegRecord,
  legKeyPrefix,
  legRecordsUnavailable,
  saveLegRecords
} from '../../src/action/leg-records.js'
import { parseReference } from '../../src/registry/reference.js'

const ctx = readContext({
  GITHUB_ACTIONS: 'true',
  GITHUB_RUN_ID: '123',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY: 'octo-org/app'
})
const image = parseReference('ghcr.io/octo-org/app')

describe('leg record keys', () => {
  test('name the run, the attempt, the exact image and the platform; the digest ends the key', () => {
    const prefix = legKeyPrefix(ctx, image, 'linux/arm64', 2)
    expect(prefix).toMatch(/^ghcr-action-v2-run-123-2-[0-9a-f]{24}-linux-arm64-leg-$/)
    expect(legKeyPrefix(ctx, image, 'linux/arm64', 1)).not.toBe(prefix)
    const hex = 'ab'.repeat(32)
    expect(digestOfKey(`${prefix}${hex}`, prefix)).toBe(`sha256:${hex}`)
    for (const odd of [`${prefix}${hex}x`, `${prefix}../x`, `${prefix}`, `other-${hex}`])
      expect(digestOfKey(odd, prefix)).toBeUndefined()
  })

  test('images that a slug would merge keep keys of their own', () => {
    const names = [
      'ghcr.io/octo-org/team/app',
      'ghcr.io/octo-org/team-app',
      'ghcr.io/octo-org/team.app',
      'ghcr.io/octo-org/team_app'
    ].map(n => legKeyPrefix(ctx, parseReference(n), 'linux/amd64', 1))
    expect(new Set(names).size).toBe(names.length)
  })

  test("no platform's key starts another's: the cache service falls back to prefix matches", () => {
    const platforms = [
      'linux/arm',
      'linux/arm/v7',
      'linux/arm64',
      'linux/amd64',
      'linux/amd64/v2',
      'linux/arm64/v8.0',
      'linux/arm64/v8_0'
    ]
    const keys = platforms.map(p => legKeyPrefix(ctx, image, p, 1))
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a)).toBe(false)
  })

  test('a lookup that never answers fails at the deadline, naming the platform', async () => {
    jest.useFakeTimers()
    try {
      const hung = findLegRecord(ctx, image, 'linux/arm64', {
        save: async () => undefined,
        lookup: () => new Promise<never>(() => undefined)
      })
      const settled = expect(hung).rejects.toThrow(
        /cache service did not answer within 30 s when asked for the linux\/arm64 leg's record/
      )
      await jest.advanceTimersByTimeAsync(30_000)
      await settled
    } finally {
      jest.useRealTimers()
    }
  })

  test("a directory of the user's under the record's name is left alone, and the leg says why", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'legs-'))
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      mkdirSync('.ghcr-action-leg')
      writeFileSync('.ghcr-action-leg/mine', 'keep')
      const saved: string[] = []
      await expect(
        saveLegRecords(
          ctx,
          image,
          { digest: `sha256:${'cd'.repeat(32)}` as never },
          ['linux/amd64'],
          {
            save: async (_, key) => void saved.push(key),
            lookup: async () => undefined
          }
        )
      ).rejects.toThrow(/already has \.ghcr-action-leg.*not this action's to remove/)
      expect(readFileSync('.ghcr-action-leg/mine', 'utf8')).toBe('keep')
      expect(saved).toEqual([])
    } finally {
      process.chdir(cwd)
    }
  })

  test('need a GitHub Actions run with its cache service', () => {
    expect(legRecordsUnavailable(readContext({}))).toMatch(/not a GitHub Actions run/)
    expect(legRecordsUnavailable(ctx, undefined, {})).toMatch(/cache service is not available/)
    expect(
      legRecordsUnavailable(ctx, undefined, { ACTIONS_CACHE_URL: 'http://127.0.0.1:9/' })
    ).toBe(undefined)
  })
})
