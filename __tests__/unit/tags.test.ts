/** Default tags and labels from the git context, as the README's table gives them. */
import { describe, expect, test } from '@jest/globals'
import type { RunContext } from '../../src/action/context.js'
import { defaultTags, metadataActionTags, ociLabels, sanitizeTag } from '../../src/action/tags.js'

const SHA = 'abcdef0123456789abcdef0123456789abcdef01'

function ctx(ref: string, eventName = 'push', event: Record<string, unknown> = {}): RunContext {
  return {
    repository: 'octo-org/hello-world',
    owner: 'octo-org',
    eventName,
    ref,
    sha: SHA,
    actor: 'octocat',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    event: { repository: { default_branch: 'main' }, ...event } as RunContext['event'],
    runnerTemp: '/tmp',
    inActions: true,
    platform: 'linux/amd64',
    runId: '',
    runAttempt: 1
  }
}

describe('default tags', () => {
  test.each([
    ['refs/tags/v1.2.3', 'push', {}, ['1.2.3', '1.2', '1', 'latest', 'sha-abcdef0']],
    ['refs/tags/1.2.3', 'push', {}, ['1.2.3', '1.2', '1', 'latest', 'sha-abcdef0']],
    ['refs/tags/v0.4.1', 'push', {}, ['0.4.1', '0.4', 'latest', 'sha-abcdef0']],
    ['refs/tags/v1.2.3-rc.1', 'push', {}, ['1.2.3-rc.1', 'sha-abcdef0']],
    ['refs/tags/v2.0.0+build.5', 'push', {}, ['2.0.0', '2.0', '2', 'latest', 'sha-abcdef0']],
    ['refs/tags/release-2024', 'push', {}, ['release-2024', 'sha-abcdef0']],
    ['refs/tags/weird/tag@x', 'push', {}, ['weird-tag-x', 'sha-abcdef0']],
    ['refs/heads/main', 'push', {}, ['main', 'latest', 'sha-abcdef0']],
    ['refs/heads/feature/login', 'push', {}, ['feature-login', 'sha-abcdef0']],
    ['refs/heads/-dash', 'push', {}, ['_dash', 'sha-abcdef0']],
    [
      'refs/pull/42/merge',
      'pull_request',
      { pull_request: { number: 42 } },
      ['pr-42', 'sha-abcdef0']
    ],
    ['refs/pull/42/merge', 'pull_request_target', {}, ['pr-42', 'sha-abcdef0']]
  ])('%s (%s)', (ref, eventName, event, expected) => {
    expect(defaultTags(ctx(ref, eventName, event))).toEqual(expected)
  })

  test('sanitised tags stay valid and at most 128 characters', () => {
    expect(sanitizeTag('a'.repeat(300))).toHaveLength(128)
    expect(sanitizeTag('.hidden')).toBe('_hidden')
  })
})

describe("tag-style: metadata-action gives docker/metadata-action's default tags exactly", () => {
  // The values its README documents for the default `tags` (type=schedule, type=ref,event=branch,
  // type=ref,event=tag, type=ref,event=pr) and `flavor: latest=auto`.
  test.each([
    ['a push to main', 'refs/heads/main', 'push', {}, ['main']],
    ['a push to a branch with a slash', 'refs/heads/feature/login', 'push', {}, ['feature-login']],
    ['a git tag v1.2.3', 'refs/tags/v1.2.3', 'push', {}, ['v1.2.3', 'latest']],
    ['a pre-release tag', 'refs/tags/v1.2.3-rc.1', 'push', {}, ['v1.2.3-rc.1', 'latest']],
    [
      'a pull request',
      'refs/pull/42/merge',
      'pull_request',
      { pull_request: { number: 42 } },
      ['pr-42']
    ],
    [
      'pull_request_target (the base branch ref, read as the PR)',
      'refs/heads/main',
      'pull_request_target',
      { number: 42, pull_request: { number: 42 } },
      ['pr-42']
    ],
    ['a schedule on main', 'refs/heads/main', 'schedule', {}, ['nightly', 'main']],
    ['a run of characters sanitised to one dash', 'refs/heads/a//b@@c', 'push', {}, ['a-b-c']]
  ])('%s', (_, ref, eventName, event, expected) => {
    expect(metadataActionTags(ctx(ref, eventName, event))).toEqual(expected)
    expect(defaultTags(ctx(ref, eventName, event), 'metadata-action')).toEqual(expected)
  })

  test('no sha tag and no latest on the default branch, unlike the semver style', () => {
    const main = ctx('refs/heads/main')
    expect(defaultTags(main)).toEqual(['main', 'latest', 'sha-abcdef0'])
    expect(defaultTags(main, 'metadata-action')).toEqual(['main'])
  })
})

describe('OCI labels', () => {
  test('from the run and the event, with the source link that ties the package to the repository', () => {
    const c = ctx('refs/tags/v1.2.3', 'push', {
      repository: {
        name: 'hello-world',
        description: 'Hello',
        html_url: 'https://github.com/octo-org/hello-world',
        license: { spdx_id: 'Apache-2.0' }
      }
    })
    expect(ociLabels(c, ['1.2.3', 'latest'], new Date('2026-01-02T03:04:05Z'))).toEqual({
      'org.opencontainers.image.source': 'https://github.com/octo-org/hello-world',
      'org.opencontainers.image.url': 'https://github.com/octo-org/hello-world',
      'org.opencontainers.image.title': 'hello-world',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
      'org.opencontainers.image.description': 'Hello',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.licenses': 'Apache-2.0'
    })
  })

  test('created is the commit time when the event has it, so re-runs of a commit build alike', () => {
    const c = ctx('refs/heads/main', 'push', {
      head_commit: { timestamp: '2025-05-06T07:08:09+02:00' }
    })
    expect(ociLabels(c, ['main'])['org.opencontainers.image.created']).toBe(
      '2025-05-06T05:08:09.000Z'
    )
  })

  test('NOASSERTION licenses and missing payloads are left out', () => {
    const c = ctx('refs/heads/main', 'push', {
      repository: { license: { spdx_id: 'NOASSERTION' } }
    })
    const labels = ociLabels(c, ['main', 'latest'])
    expect(labels['org.opencontainers.image.licenses']).toBeUndefined()
    expect(labels['org.opencontainers.image.title']).toBe('hello-world')
    expect(labels['org.opencontainers.image.version']).toBe('main')
  })
})
