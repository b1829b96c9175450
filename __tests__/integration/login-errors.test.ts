/**
 * The login layer in-process, with @actions/core mocked: the upload preflight, and registry
 * refusals turned into the fix, each against the token service (and ghcr.io's own answers
 * from the emulation front).
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mockCore } from '../helpers/core-mock.js'

const core = mockCore()
jest.unstable_mockModule('@actions/core', () => core.module)

const { openTargetSession } = await import('../../src/action/session.js')
const { readInputs } = await import('../../src/action/inputs/index.js')
const { readContext } = await import('../../src/action/context.js')
const { UserError } = await import('../../src/action/errors.js')
const { startRegistry } = await import('../testbed/registry.js')
const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs')
const { tmpdir } = await import('node:os')
const { join } = await import('node:path')

type TestRegistry = Awaited<ReturnType<typeof startRegistry>>

const GHS = 'ghs_' + 'T3stInstallationToken0000000000000000'
const READER = 'ghs_' + 'T3stReadOnly00000000000000000000000000'
const PAT = 'ghp_' + 'T3stClassicPat0000000000000000000000000'
const UPLOADS = /\/blobs\/uploads\//

function setup(
  registry: string,
  token: string,
  username: string,
  event: Record<string, unknown> = {},
  eventName = 'push'
) {
  const dir = mkdtempSync(join(tmpdir(), 'login-'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event))
  process.env.DOCKER_CONFIG = join(dir, 'docker')
  const ctx = readContext({
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_ACTOR: username,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    RUNNER_TEMP: dir
  })
  const values: Record<string, string> = {
    command: 'push',
    registry,
    // A local registry is no GitHub registry: a token for it is given explicitly.
    password: token,
    username,
    tags: 'latest'
  }
  return { ctx, inputs: readInputs(n => values[n] ?? '', ctx) }
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(UserError)
  const message = (error as Error).message
  expect(message).not.toContain('T3st')
  return message
}

describe('the preflight against the token service', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry({
      mode: 'token',
      users: {
        octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } },
        reader: { password: READER, grants: { 'octo-org/*': ['pull'] } },
        person: { password: PAT, grants: { 'octo-org/*': ['pull'] } }
      }
    })
  })
  afterAll(async () => reg?.stop())

  test('passes for a token with push, and cancels its upload session', async () => {
    const { inputs, ctx } = setup(reg.host, GHS, 'octocat')
    const session = await openTargetSession(inputs, ctx, { write: true, preflight: true })
    await session.close()
    expect(
      core.info.some(l => l.includes('granted repository:octo-org/hello-world:push,pull'))
    ).toBe(true)
    // The session was opened and a cancel sent for it. (Distribution demands the "*" action for
    // any DELETE, so a push-only token's cancel is refused there and the session expires.)
    const log = readFileSync(reg.log, 'utf8')
    expect(log).toMatch(/"POST \/v2\/octo-org\/hello-world\/blobs\/uploads\/ HTTP\/1\.1" 202/)
    expect(log).toMatch(
      /"DELETE \/v2\/octo-org\/hello-world\/blobs\/uploads\/[0-9a-f-]+\?_state=\S+ HTTP\/1\.1" (204|401)/
    )
  })

  test('a read-only GITHUB_TOKEN fails in under a second with the packages: write advice', async () => {
    const { inputs, ctx } = setup(reg.host, READER, 'reader')
    const started = Date.now()
    const message = await failure(openTargetSession(inputs, ctx, { write: true, preflight: true }))
    expect(Date.now() - started).toBeLessThan(1000)
    expect(message).toMatch(
      /^Could not push to 127\.0\.0\.1:\d+\/octo-org\/hello-world: the GITHUB_TOKEN may not write packages\. Add "permissions: packages: write" to the job/
    )
  })

  test('a personal token without push rights is told which rights it lacks', async () => {
    const { inputs, ctx } = setup(reg.host, PAT, 'person')
    expect(await failure(openTargetSession(inputs, ctx, { write: true, preflight: true }))).toMatch(
      /denied write access to octo-org\/hello-world for person \(HTTP 401\)\. The token needs push rights/
    )
  })

  test('a fork pull request is told that forks cannot push', async () => {
    const event = {
      pull_request: { head: { repo: { full_name: 'someone/hello-world', fork: true } } }
    }
    const { inputs, ctx } = setup(reg.host, READER, 'reader', event, 'pull_request')
    expect(await failure(openTargetSession(inputs, ctx, { write: true, preflight: true }))).toMatch(
      /pull requests from forks get a read-only GITHUB_TOKEN and cannot push\. Leave push: auto/
    )
  })
})

describe("ghcr.io's own refusals (emulation front)", () => {
  test.each([
    [
      'installation not allowed to Write organization package',
      GHS,
      /GITHUB_TOKEN may not write packages \(installation not allowed to Write organization package\)\. Add "permissions: packages: write"/
    ],
    [
      'permission_denied: write_package',
      GHS,
      /no write access to the package octo-org\/hello-world \(permission_denied: write_package\)\. In the package settings \(https:\/\/github\.com\/users\/octo-org\/packages\/container\/hello-world\/settings\) add this repository/
    ],
    [
      'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.',
      PAT,
      /enforces SAML single sign-on.*"Configure SSO"/
    ]
  ])('%s', async (ghcrMessage, token, advice) => {
    const reg = await startRegistry({
      mode: 'token',
      users: { octocat: { password: token, grants: { 'octo-org/*': ['pull', 'push'] } } },
      denials: [
        { method: 'POST', path: UPLOADS, status: 403, code: 'DENIED', message: ghcrMessage }
      ]
    })
    try {
      const { inputs, ctx } = setup(reg.host, token, 'octocat')
      expect(
        await failure(openTargetSession(inputs, ctx, { write: true, preflight: true }))
      ).toMatch(advice)
    } finally {
      await reg.stop()
    }
  })
})
