/** The keys legs record their pushes under, for `command: index`. */
import { describe, expect, test } from '@jest/globals'
import { readContext } from '../../src/action/context.js'
import { legKey, legRecordsUnavailable } from '../../src/action/legs.js'
import { parseReference } from '../../src/registry/reference.js'

const ctx = readContext({
  GITHUB_ACTIONS: 'true',
  GITHUB_RUN_ID: '123',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY: 'octo-org/app'
})
const image = parseReference('ghcr.io/octo-org/app')

describe('leg record keys', () => {
  test('name the run, the attempt, the image and the platform', () => {
    expect(legKey(ctx, image, 'linux/arm64', 2)).toBe(
      'ghcr-action-v1-run-123-2-ghcr-io-octo-org-app-linux-arm64-leg'
    )
    expect(legKey(ctx, image, 'linux/arm64', 1)).not.toBe(legKey(ctx, image, 'linux/arm64', 2))
    expect(legKey(ctx, parseReference('ghcr.io/octo-org/app2'), 'linux/arm64', 1)).not.toBe(
      legKey(ctx, image, 'linux/arm64', 1)
    )
  })

  test("no platform's key starts another's: the cache service falls back to prefix matches", () => {
    const platforms = ['linux/arm', 'linux/arm/v7', 'linux/arm64', 'linux/amd64', 'linux/amd64/v2']
    const keys = platforms.map(p => legKey(ctx, image, p, 1))
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a)).toBe(false)
  })

  test('need a GitHub Actions run with its cache service', () => {
    expect(legRecordsUnavailable(readContext({}))).toMatch(/not a GitHub Actions run/)
    expect(legRecordsUnavailable(ctx, undefined, {})).toMatch(/cache service is not available/)
    expect(
      legRecordsUnavailable(ctx, undefined, { ACTIONS_CACHE_URL: 'http://127.0.0.1:9/' })
    ).toBe(undefined)
  })
})
