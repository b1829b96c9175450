/**
 * Login, run as the runner runs the action: GITHUB_TOKEN by default, the PAT migration warning,
 * scope checks, errors that say the fix, and Docker credentials restored by the post step.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
  existsSync,
  chmodSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { startGhcrEmulation, type GhcrEmulation } from '../testbed/ghcr.js'
import { startRegistry, type TestRegistry } from '../testbed/registry.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'
import { freePort, startTogether } from '../testbed/tools.js'

// Test credentials only: shaped like GitHub's token formats, valid nowhere.
const GHS = 'ghs_' + 'T3stInstallationToken0000000000000000'
const PERSONAL: Array<[string, string]> = [
  ['classic PAT', 'ghp_' + 'T3stClassicPat0000000000000000000000000'],
  ['fine-grained PAT', 'github_pat_' + '11AAAAAAA0T3stFineGrained000000000000000000'],
  ['OAuth token', 'gho_' + 'T3stOauth000000000000000000000000000000'],
  ['user-to-server token', 'ghu_' + 'T3stUserToServer0000000000000000000000'],
  ['legacy token', 'f'.repeat(39) + '0']
]

/** Everything the action wrote where later steps or people can read it, except the Docker config. */
function everything(run: ActionRun, secret: string): string {
  return [
    run.stdout.replaceAll(`::add-mask::${secret}`, ''),
    run.stderr,
    run.state,
    run.summary,
    JSON.stringify(run.outputs)
  ].join('\n')
}

function dockerConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'docker-config-'))
}

describe('against the ghcr.io emulation, with the defaults', () => {
  let ghcr: GhcrEmulation
  beforeAll(async () => {
    const users: Record<
      string,
      { password: string; grants: Record<string, Array<'pull' | 'push'>> }
    > = {
      octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } }
    }
    PERSONAL.forEach(
      ([, token], i) =>
        (users[`person${i}`] = { password: token, grants: { 'octo-org/*': ['pull', 'push'] } })
    )
    ghcr = await startGhcrEmulation({ users })
    ghcr.scopes.set(PERSONAL[0]![1], 'repo, write:packages')
  })
  afterAll(async () => ghcr?.stop())

  test('GITHUB_TOKEN logs in with no warning; the summary names identity, kind and access', async () => {
    const run = await runAction(
      { command: 'login', token: GHS, username: 'octocat' },
      { env: { ...ghcr.env, DOCKER_CONFIG: dockerConfigDir() } }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('::warning::')
    expect(run.stdout).toContain(
      'Logged in to ghcr.io as octocat with a GitHub App installation token (GITHUB_TOKEN); granted repository:octo-org/hello-world:push,pull'
    )
    expect(run.summary).toContain('<td>octocat</td>')
    expect(run.summary).toContain('GitHub App installation token (GITHUB_TOKEN)')
    expect(everything(run, GHS)).not.toContain(GHS)
    // It really went to "ghcr.io" through the proxy, verifying the certificate.
    expect(ghcr.proxy.requests).toContain('CONNECT ghcr.io:443')
    expect(run.outputs).toEqual({})
  })

  test.each(PERSONAL.map(([name, token], i) => [name, token, `person${i}`]))(
    'a %s works, with one warning and the migration guide',
    async (name, token, user) => {
      const run = await runAction(
        { command: 'login', token, username: user },
        { env: { ...ghcr.env, DOCKER_CONFIG: dockerConfigDir() } }
      )
      expect(run.code).toBe(0)
      const warnings = run.stdout.split('\n').filter(l => l.startsWith('::warning'))
      const personal = warnings.filter(l => l.includes('Personal token used for GitHub Packages'))
      expect(personal).toHaveLength(1)
      expect(personal[0]).toContain(
        'remove "token:" from this step and add "permissions: packages: write"'
      )
      if (name === 'fine-grained PAT')
        expect(personal[0]).toContain('documents only personal access tokens (classic)')
      expect(run.summary).toContain('**After**')
      expect(run.summary).toContain('packages: write')
      expect(run.summary).toContain(
        'https://github.com/users/octo-org/packages/container/hello-world/settings'
      )
      expect(everything(run, token)).not.toContain(token)
    }
  )

  test('a PAT given as password: the warning and the guide name password:, the input the step set', async () => {
    const [, token] = PERSONAL[0]!
    const run = await runAction(
      { command: 'login', password: token, username: 'person0' },
      { env: { ...ghcr.env, DOCKER_CONFIG: dockerConfigDir() } }
    )
    expect(run.code).toBe(0)
    const personal = run.stdout
      .split('\n')
      .filter(l => l.startsWith('::warning') && l.includes('Personal token used'))
    expect(personal).toHaveLength(1)
    expect(personal[0]).toContain('The password input is a personal access token (classic)')
    expect(personal[0]).toContain('remove "password:" from this step')
    expect(personal[0]).not.toContain('"token:"')
    expect(run.summary).toContain('1. Remove `password:`')
    expect(run.summary).toContain('      password: ${{ secrets.CR_PAT }}')
  })

  test('a classic PAT with repo scope is told to drop it; the API call is a debug line when unreachable', async () => {
    const [, token] = PERSONAL[0]!
    const run = await runAction(
      { command: 'login', token, username: 'person0' },
      { env: { ...ghcr.env, DOCKER_CONFIG: dockerConfigDir() } }
    )
    const scopeWarning = run.stdout
      .split('\n')
      .filter(l => l.includes('Token scopes wider than needed'))
    expect(scopeWarning).toHaveLength(1)
    expect(scopeWarning[0]).toContain('scopes this step does not need: repo')
    expect(scopeWarning[0]).toContain('unselect it')
    const unreachable = await runAction(
      { command: 'login', token, username: 'person0' },
      {
        env: {
          ...ghcr.env,
          GITHUB_API_URL: `http://127.0.0.1:${await freePort()}`,
          DOCKER_CONFIG: dockerConfigDir()
        }
      }
    )
    expect(unreachable.code).toBe(0)
    expect(unreachable.stdout).not.toContain('Token scopes wider than needed')
    expect(unreachable.stdout).toMatch(/::debug::Could not read the token's scopes/)
  })

  test('wrong credentials fail with one line that names the user and never the token', async () => {
    const run = await runAction(
      { command: 'login', token: GHS.replace('T3st', 'Nope'), username: 'octocat' },
      { env: { ...ghcr.env, DOCKER_CONFIG: dockerConfigDir() } }
    )
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/refused the credentials of octocat\. The GITHUB_TOKEN was refused/)
    expect(everything(run, GHS.replace('T3st', 'Nope'))).not.toContain('NopeInstallation')
    expect(run.summary).toContain('Failed')
  })
})

describe('against local registries', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry({
      mode: 'token',
      users: {
        octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } },
        reader: {
          password: 'ghs_' + 'ReadOnly0000000000000000000000000000',
          grants: { 'octo-org/*': ['pull'] }
        }
      }
    })
  })
  afterAll(async () => reg?.stop())

  test('the Docker config gets the credentials and the post step restores it byte for byte', async () => {
    const dir = dockerConfigDir()
    const original =
      '{\n  "auths": {\n    "other.example": { "auth": "b3RoZXI6c2VjcmV0" }\n  },\n  "credHelpers": { "gcr.io": "gcloud" },\n  "proxies": {}\n}\n'
    writeFileSync(join(dir, 'config.json'), original, { mode: 0o644 })
    chmodSync(join(dir, 'config.json'), 0o644)
    const run = await runAction(
      { command: 'login', registry: reg.host, password: GHS, username: 'octocat' },
      { env: { DOCKER_CONFIG: dir }, post: true }
    )
    expect(run.code).toBe(0)
    expect(run.post!.code).toBe(0)
    expect(run.post!.stdout).toContain('Restored the Docker config')
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(original)
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o644)
    expect(run.state).not.toContain(GHS)
  })

  test('with no Docker config before, the post step removes the one it wrote', async () => {
    const dir = dockerConfigDir()
    const run = await runAction(
      { command: 'login', registry: reg.host, password: GHS, username: 'octocat' },
      { env: { DOCKER_CONFIG: dir }, post: true }
    )
    expect(run.code).toBe(0)
    expect(run.post!.stdout).toContain('Removed the Docker config')
    expect(existsSync(join(dir, 'config.json'))).toBe(false)
  })

  test('logout: false keeps the credentials for later jobs on the runner', async () => {
    const dir = dockerConfigDir()
    const run = await runAction(
      { command: 'login', registry: reg.host, password: GHS, username: 'octocat', logout: 'false' },
      { env: { DOCKER_CONFIG: dir }, post: true }
    )
    expect(run.post!.code).toBe(0)
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {
      auths: Record<string, { auth: string }>
    }
    expect(Buffer.from(config.auths[reg.host]!.auth, 'base64').toString()).toBe(`octocat:${GHS}`)
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600)
  })

  test('an unreachable registry fails with the retry count', async () => {
    const port = await freePort()
    const run = await runAction(
      { command: 'login', registry: `127.0.0.1:${port}`, password: GHS, username: 'octocat' },
      { env: { DOCKER_CONFIG: dockerConfigDir() } }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Could not log in to 127\.0\.0\.1:\d+: 127\.0\.0\.1:\d+ is unreachable \(connection refused, ECONNREFUSED after 5 attempts; GET http:\/\/127\.0\.0\.1:\d+\/v2\/\)/
    )
  }, 60_000)

  test('a registry whose certificate is not trusted fails with the TLS advice', async () => {
    const tls = await startRegistry({ mode: 'basic' })
    try {
      const run = await runAction(
        { command: 'login', registry: tls.host, token: 'secret-password', username: 'alice' },
        { env: { DOCKER_CONFIG: dockerConfigDir() } }
      )
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(
        /::error::Could not log in to 127\.0\.0\.1:\d+: TLS verification of 127\.0\.0\.1:\d+ failed .*NODE_EXTRA_CA_CERTS/
      )
    } finally {
      await tls.stop()
    }
  })
})

describe('Docker CLI with the written credentials', () => {
  let engine: TestDockerd
  let reg: TestRegistry
  beforeAll(async () => {
    ;[engine, reg] = await startTogether([
      startDockerd(),
      startRegistry({
        mode: 'token',
        users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } }
      })
    ])
  }, 120_000)
  afterAll(async () => {
    await Promise.all([engine?.stop(), reg?.stop()])
  })

  test('a later docker push is authenticated by what the action wrote', async () => {
    const dir = engine.env.DOCKER_CONFIG!
    mkdirSync(dir, { recursive: true })
    const { busyboxContext } = await import('../helpers/busybox.js')
    engine.docker([
      'build',
      '--network',
      'none',
      '-t',
      `${reg.host}/octo-org/hello-world:cli`,
      busyboxContext()
    ])
    // Without credentials the engine is refused (async: the token service runs in this process).
    await expect(
      engine.dockerAsync(['push', `${reg.host}/octo-org/hello-world:cli`])
    ).rejects.toThrow(/unauthorized|authentication required|denied/i)
    const run = await runAction(
      { command: 'login', registry: reg.host, password: GHS, username: 'octocat', logout: 'false' },
      { env: { DOCKER_CONFIG: dir } }
    )
    expect(run.code).toBe(0)
    expect(await engine.dockerAsync(['push', `${reg.host}/octo-org/hello-world:cli`])).toMatch(
      /digest: sha256:/
    )
  })
})
