/**
 * Every GitHub host, and today's runner, run as the runner runs the action: the default registry
 * follows GITHUB_SERVER_URL (github.com, a GHES server, a ghe.com subdomain), the workflow's
 * GITHUB_TOKEN goes only to the registry of the server that issued it, a 2026-style token (`ghs_`
 * and a JWT of about 520 characters) works end to end, and pushes are declared to the runner's
 * artifacts file. The servers' registries are the ghcr.io EMULATION under the servers' names
 * (a real Distribution registry behind a CONNECT proxy that reaches loopback only).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { busyboxContext } from '../helpers/busybox.js'
import { runAction } from '../helpers/run-action.js'
import { startGhcrEmulation, type GhcrEmulation } from '../testbed/ghcr.js'
import { ensureCommands } from '../testbed/tools.js'

const GHS = 'ghs_' + 'T3stInstallationToken0000000000000000'

/** A token shaped as GITHUB_TOKEN is since 2026: `ghs_` and a JWT, about 520 characters. */
function jwtShapedToken(): string {
  const part = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')
  const header = part({ alg: 'RS256', typ: 'JWT', kid: 'test-key-0-_-' })
  const claims = part({
    iss: 'https://token.actions.example.invalid',
    sub: 'repo:octo-org/hello-world:ref:refs/heads/main',
    aud: 'ghcr',
    scp: 'packages:write contents:read',
    jti: '0a1b2c3d-_-4e5f',
    exp: 1_900_000_000
  })
  const token = `ghs_${header}.${claims}.${'s1gn4ture-_'.repeat(22)}`
  return token
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'hosts-'))

/** A workspace with a Dockerfile (busybox), built by buildah: no Docker engine is needed. */
function buildEnv(extra: Record<string, string>): Record<string, string> {
  return {
    DOCKER_CONFIG: tmp(),
    STORAGE_DRIVER: 'vfs',
    BUILDAH_ISOLATION: 'chroot',
    DOCKER_HOST: 'unix:///nonexistent/docker.sock',
    ...extra
  }
}

const lines = (stdout: string, prefix: string): string[] =>
  stdout.split('\n').filter(l => l.startsWith(prefix))

beforeAll(() => ensureCommands('buildah'))

describe.each([
  ['GitHub Enterprise Server', 'https://ghes.test', 'containers.ghes.test'],
  ['GitHub Enterprise Cloud with data residency', 'https://octo.ghe.com', 'containers.octo.ghe.com']
])('%s: the zero-config step targets the server’s own registry', (_, server, registry) => {
  let instance: GhcrEmulation
  beforeAll(async () => {
    instance = await startGhcrEmulation({
      name: registry,
      users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } }
    })
  }, 60_000)
  afterAll(async () => instance?.stop())

  test('build-push with no inputs pushes to it, and contacts no other registry', async () => {
    const dir = busyboxContext()
    const run = await runAction(
      { token: GHS, username: 'octocat' },
      {
        env: buildEnv({
          ...instance.env,
          GITHUB_SERVER_URL: server,
          GITHUB_WORKSPACE: dir
        }),
        cwd: dir
      }
    )
    expect(lines(run.stdout, '::error')).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.ref).toBe(`${registry}/octo-org/hello-world@${run.outputs.digest}`)
    expect(run.outputs.name).toBe(`${registry}/octo-org/hello-world`)
    expect(run.stdout).toContain(`Logged in to ${registry} as octocat`)
    // Every tunnel asked for went to the server's registry: none to ghcr.io or elsewhere.
    expect(new Set(instance.proxy.requests)).toEqual(new Set([`CONNECT ${registry}:443`]))
  }, 180_000)
})

describe('on GitHub Enterprise Server, the workflow token never goes to ghcr.io', () => {
  let ghcr: GhcrEmulation
  beforeAll(async () => {
    ghcr = await startGhcrEmulation({
      users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } },
      publicRepositories: ['octo-org/public-base']
    })
    // A public image on "ghcr.io" to read.
    const dir = busyboxContext()
    const pushed = await runAction(
      {
        token: GHS,
        username: 'octocat',
        image: 'ghcr.io/octo-org/public-base',
        tags: '1'
      },
      { env: buildEnv({ ...ghcr.env, GITHUB_WORKSPACE: dir }), cwd: dir }
    )
    expect(pushed.code).toBe(0)
  }, 180_000)
  afterAll(async () => ghcr?.stop())

  test('a pull from ghcr.io reads it anonymously, with a notice, and no credentials reach its token service', async () => {
    const before = ghcr.registry.tokenService!.requests.length
    const run = await runAction(
      {
        command: 'pull',
        registry: 'ghcr.io',
        token: GHS,
        username: 'octocat',
        source: 'ghcr.io/octo-org/public-base:1',
        load: 'false'
      },
      { env: { ...ghcr.env, GITHUB_SERVER_URL: 'https://ghes.test', DOCKER_CONFIG: tmp() } }
    )
    expect(lines(run.stdout, '::error')).toEqual([])
    expect(run.code).toBe(0)
    expect(lines(run.stdout, '::notice')).toEqual([
      expect.stringContaining(
        "ghcr.io: the workflow's GITHUB_TOKEN was issued by https://ghes.test and is sent only to its registry, containers.ghes.test"
      )
    ])
    const asked = ghcr.registry.tokenService!.requests.slice(before)
    // One token: the login's, which the manifest request (sent beside it, answered 401) waits
    // for rather than asking again.
    expect(asked).toHaveLength(1)
    expect(asked.map(r => r.user)).toEqual([null])
  }, 60_000)

  test('login to ghcr.io fails before any request, naming the server’s own registry', async () => {
    const requests = ghcr.proxy.requests.length
    const run = await runAction(
      { command: 'login', registry: 'ghcr.io', token: GHS, username: 'octocat' },
      { env: { ...ghcr.env, GITHUB_SERVER_URL: 'https://ghes.test', DOCKER_CONFIG: tmp() } }
    )
    expect(run.code).toBe(1)
    expect(lines(run.stdout, '::error')).toEqual([
      expect.stringMatching(
        /^::error::Input "token": "\*\*\*" is not valid: the workflow's GITHUB_TOKEN was issued by https:\/\/ghes\.test and is sent only to its registry, containers\.ghes\.test\. Set username and password/
      )
    ])
    expect(ghcr.proxy.requests.length).toBe(requests)
  }, 60_000)
})

describe("today's GITHUB_TOKEN: ghs_ and a JWT of about 520 characters", () => {
  const token = jwtShapedToken()
  let ghcr: GhcrEmulation
  beforeAll(async () => {
    ghcr = await startGhcrEmulation({
      users: { octocat: { password: token, grants: { 'octo-org/*': ['pull', 'push'] } } }
    })
  }, 60_000)
  afterAll(async () => ghcr?.stop())

  test('masks it first, logs in, pushes, writes the Docker config and the post step takes it out', async () => {
    expect(token.length).toBeGreaterThan(500)
    expect(token).toMatch(/^ghs_[\w-]+\.[\w-]+\.[\w-]+$/)
    const dockerConfig = tmp()
    const dir = busyboxContext()
    const run = await runAction(
      { token, username: 'octocat', tags: 'long-token' },
      {
        env: buildEnv({ ...ghcr.env, DOCKER_CONFIG: dockerConfig, GITHUB_WORKSPACE: dir }),
        cwd: dir,
        post: true
      }
    )
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${token}`)
    expect(lines(run.stdout, '::error')).toEqual([])
    expect(run.code).toBe(0)
    // An installation token: no personal-token warning.
    expect(lines(run.stdout, '::warning')).toEqual([])
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    // Nowhere but the mask line, before the post step took the config out.
    const seen = [
      run.stdout.replace(`::add-mask::${token}`, ''),
      run.stderr,
      run.state,
      run.summary,
      JSON.stringify(run.outputs)
    ].join('\n')
    expect(seen).not.toContain(token)
    expect(seen).not.toContain(token.slice(4, 60))
    expect(run.post?.code).toBe(0)
    expect(run.post?.stdout).toContain('Removed the Docker config')
    expect(existsSync(join(dockerConfig, 'config.json'))).toBe(false)
  }, 180_000)

  test('the Docker config entry holds it whole, and a later step reads it back', async () => {
    const dockerConfig = tmp()
    const run = await runAction(
      { command: 'login', token, username: 'octocat' },
      { env: { ...ghcr.env, DOCKER_CONFIG: dockerConfig } }
    )
    expect(run.code).toBe(0)
    const config = JSON.parse(readFileSync(join(dockerConfig, 'config.json'), 'utf8')) as {
      auths: Record<string, { auth: string }>
    }
    expect(Buffer.from(config.auths['ghcr.io']!.auth, 'base64').toString()).toBe(`octocat:${token}`)
  }, 60_000)
})

describe("pushes are declared to the runner's artifacts file", () => {
  let ghcr: GhcrEmulation
  beforeAll(async () => {
    ghcr = await startGhcrEmulation({
      users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } }
    })
  }, 60_000)
  afterAll(async () => ghcr?.stop())

  function push(env: Record<string, string>, tags = 'artifacts') {
    const dir = busyboxContext(`LABEL run=${Math.random()}\n`)
    return runAction(
      { token: GHS, username: 'octocat', tags },
      { env: buildEnv({ ...ghcr.env, GITHUB_WORKSPACE: dir, ...env }), cwd: dir }
    )
  }

  test('with GITHUB_ARTIFACTS set, the pushed image is one line, oci://NAME@DIGEST', async () => {
    const file = join(tmp(), 'artifacts')
    writeFileSync(file, '')
    const run = await push({ GITHUB_ARTIFACTS: file })
    expect(run.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(
      `oci://ghcr.io/octo-org/hello-world@${run.outputs.digest}\n`
    )
    expect(run.outputs.name).toBe('ghcr.io/octo-org/hello-world')
  }, 180_000)

  test('a name declared earlier in the job with another digest is left out, with a notice', async () => {
    const file = join(tmp(), 'artifacts')
    writeFileSync(file, '')
    const list = join(tmp(), 'artifacts-list.json')
    const earlier = `sha256:${'e'.repeat(64)}`
    writeFileSync(
      list,
      JSON.stringify({
        version: 1,
        subjects: [{ name: 'ghcr.io/octo-org/hello-world', digest: earlier, kind: 'oci' }]
      })
    )
    const run = await push({ GITHUB_ARTIFACTS: file, GITHUB_ARTIFACTS_LIST: list }, 'again')
    expect(run.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('')
    expect(lines(run.stdout, '::notice')).toEqual([
      expect.stringContaining(
        `an earlier step of this job declared ghcr.io/octo-org/hello-world@${earlier}`
      )
    ])
  }, 180_000)

  test('without GITHUB_ARTIFACTS nothing is written and nothing is said', async () => {
    const run = await push({})
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('GITHUB_ARTIFACTS')
    expect(run.stdout).not.toContain('artifacts list')
  }, 180_000)
})
