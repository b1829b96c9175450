/**
 * What a hostile or broken registry, a shared runner and a cancelled job can do to a step, run
 * as the runner runs the action. The registries here are hostile-registry.ts servers on
 * loopback (every answer written by the test) or real Distribution registries.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination } from '../../src/registry/remote.js'
import { makeLayout, type BuiltImage } from '../helpers/images.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { json, startHostileRegistry, type HostileHandler } from '../testbed/hostile-registry.js'
import { startForwardProxy } from '../testbed/forward-proxy.js'
import { startRegistry, type TestRegistry } from '../testbed/registry.js'

const GHS = 'ghs_' + 'T3stInstallationToken0000000000000000'
const tmp = (): string => mkdtempSync(join(tmpdir(), 'hostile-'))
const dockerConfig = (): Record<string, string> => ({ DOCKER_CONFIG: tmp() })

/** Runs the action against a hostile registry answering with `handler`. */
async function against(
  handler: HostileHandler,
  inputs: (host: string) => Record<string, string>,
  listen?: { address?: string; port?: number }
): Promise<{ run: ActionRun; requests: Array<{ path: string; authorization?: string }> }> {
  const registry = await startHostileRegistry(handler, listen)
  try {
    const run = await runAction(inputs(registry.host), { env: dockerConfig() })
    return { run, requests: registry.requests }
  } finally {
    await registry.stop()
  }
}

/** The workflow commands in a step's output: lines the runner would act on. */
const commands = (stdout: string): string[] => stdout.split('\n').filter(l => l.startsWith('::'))

/** A base64url JWT-shaped token (unsigned: the client reads its claims, it never trusts them). */
function jwt(claims: unknown): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
  return `${part({ alg: 'none' })}.${part(claims)}.c2ln`
}

/** A Bearer registry that says yes to any token; its token service answers with `token`. */
function bearer(
  answer: (res: Parameters<HostileHandler>[1]) => void,
  realm?: string
): HostileHandler {
  return (req, res, host) => {
    if (req.url?.startsWith('/token')) return answer(res)
    if (req.headers.authorization?.startsWith('Bearer ')) return json(res, 200, {})
    json(
      res,
      401,
      { errors: [{ code: 'UNAUTHORIZED', message: 'auth' }] },
      {
        'www-authenticate': `Bearer realm="${realm ?? `http://${host}/token`}",service="hostile"`
      }
    )
  }
}

describe('text from a registry cannot become a workflow command or markup', () => {
  test('token claims with newlines add no annotation, output or mask to the job', async () => {
    const token = jwt({
      access: [
        {
          type: 'repository',
          name: 'o/app\n::warning::injected\n::add-mask::sha256\n::set-output name=digest::x',
          actions: ['pull\n::error::injected']
        },
        { type: 'repository', name: 'octo-org/hello-world', actions: ['pull'] }
      ]
    })
    const { run } = await against(
      bearer(res => json(res, 200, { token })),
      host => ({
        command: 'login',
        registry: host,
        username: 'u',
        password: 'pw'
      })
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/granted repository:octo-org\/hello-world:pull/)
    expect(
      commands(run.stdout).filter(
        l =>
          !l.startsWith('::add-mask::') &&
          !l.startsWith('::group::') &&
          !l.startsWith('::endgroup::')
      )
    ).toEqual([])
    expect(commands(run.stdout)).not.toContain('::add-mask::sha256')
    expect(run.stdout).not.toContain('injected')
  })

  test("a registry's error message is text in the job summary, not HTML", async () => {
    const { run } = await against(
      (req, res) =>
        req.url === '/v2/'
          ? json(res, 200, {})
          : json(res, 404, {
              errors: [{ code: 'MANIFEST_UNKNOWN', message: '<img src=x onerror=alert(1)>' }]
            }),
      host => ({ command: 'pull', registry: host, source: `${host}/o/app:1`, load: 'false' })
    )
    expect(run.code).toBe(1)
    expect(run.summary).not.toContain('<img')
    expect(run.summary).toContain('&#60;img src=x onerror=alert(1)&#62;')
  })
})

describe("the workflow's GITHUB_TOKEN goes to its server's registry only", () => {
  const basicOnly: HostileHandler = (_req, res) =>
    json(
      res,
      401,
      { errors: [{ code: 'UNAUTHORIZED', message: 'auth' }] },
      {
        'www-authenticate': 'Basic realm="elsewhere"'
      }
    )

  test('pull from another registry with the default token sends no credentials, and says why', async () => {
    const { run, requests } = await against(basicOnly, host => ({
      command: 'pull',
      registry: host,
      token: GHS,
      source: `${host}/o/app:1`,
      load: 'false'
    }))
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter(r => r.authorization)).toEqual([])
    expect(run.stdout).toMatch(
      /::notice::127\.0\.0\.1:\d+: the workflow's GITHUB_TOKEN is sent only to ghcr\.io, the registry of https:\/\/github\.com, and 127\.0\.0\.1:\d+ is another, so this step reads and writes 127\.0\.0\.1:\d+ without credentials/
    )
    expect(run.stdout).toMatch(
      /::error::Could not log in to 127\.0\.0\.1:\d+: .* requires credentials/
    )
  })

  test('login to another registry with the default token fails before any request', async () => {
    const { run, requests } = await against(basicOnly, host => ({
      command: 'login',
      registry: host,
      token: GHS
    }))
    expect(run.code).toBe(1)
    expect(requests).toEqual([])
    expect(run.stdout).toMatch(
      /::error::Input "token": "\*\*\*" is not valid: the workflow's GITHUB_TOKEN is sent only to ghcr\.io, the registry of https:\/\/github\.com, and 127\.0\.0\.1:\d+ is another\. Set username and password from a secret/
    )
  })
})

test('a registry written with its default port (127.0.0.3:80) gets the credentials', async () => {
  const expected = `Basic ${Buffer.from('alice:pw').toString('base64')}`
  const { run } = await against(
    (req, res) =>
      req.headers.authorization === expected
        ? json(res, 200, {})
        : json(
            res,
            401,
            { errors: [{ code: 'UNAUTHORIZED', message: 'auth' }] },
            {
              'www-authenticate': 'Basic realm="port80"'
            }
          ),
    host => ({ command: 'login', registry: host, username: 'alice', password: 'pw' }),
    { address: '127.0.0.3', port: 80 }
  )
  expect(run.stdout).toMatch(/Logged in to 127\.0\.0\.3:80 as alice/)
  expect(run.code).toBe(0)
})

describe('messages say which request, which host, and what was expected', () => {
  test('a token service answering with an HTML page', async () => {
    const { run } = await against(
      bearer(res => {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<html><body>Please log in</body></html>')
      }),
      host => ({ command: 'login', registry: host, username: 'u', password: 'pw' })
    )
    expect(run.stdout).toMatch(
      /::error::.*token service 127\.0\.0\.1:\d+ answered with text\/html, not a JSON token \("<html><body>Please log in/
    )
  })

  test('a challenge whose realm is not a URL', async () => {
    const { run } = await against(
      bearer(() => undefined, '::not a url'),
      host => ({ command: 'login', registry: host, username: 'u', password: 'pw' })
    )
    expect(run.stdout).toMatch(/named a token service that is not a URL \(realm "::not a url"\)/)
  })

  test('a blob redirected to a file: URL', async () => {
    const image = makeLayout(tmp(), { layers: [{ size: 100 }] })
    const { run } = await against(
      (req, res) => {
        if (req.url === '/v2/') return json(res, 200, {})
        if (req.url?.includes('/manifests/')) {
          res.writeHead(200, {
            'content-type': image.mediaType,
            'docker-content-digest': image.digest
          })
          return res.end(image.bytes)
        }
        res.writeHead(307, { location: 'file:///etc/passwd' })
        res.end()
      },
      host => ({
        command: 'pull',
        registry: host,
        source: `${host}/o/app:1`,
        load: 'false',
        output: join(tmp(), 'layout')
      })
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /redirected GET http:\/\/127\.0\.0\.1:\d+\/v2\/o\/app\/blobs\/sha256:[0-9a-f]{64} to a file: URL; only HTTP\(S\) is followed/
    )
  })

  test.each([
    [
      'a manifest whose config is not a descriptor',
      (bytes: Buffer) => bytes,
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: 'x',
          layers: []
        })
      ),
      /manifest o\/app@1: config is not a descriptor/
    ],
    [
      "an index's child with no schemaVersion",
      (child: Buffer) =>
        Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.index.v1+json',
            manifests: [
              {
                mediaType: 'application/vnd.oci.image.manifest.v1+json',
                digest: `sha256:${createHash('sha256').update(child).digest('hex')}`,
                size: child.length,
                platform: { os: 'linux', architecture: 'amd64' }
              }
            ]
          })
        ),
      Buffer.from(JSON.stringify({ mediaType: 'application/vnd.oci.image.manifest.v1+json' })),
      /manifest o\/app@sha256:[0-9a-f]{64}: unsupported schemaVersion undefined/
    ]
  ])('%s is named in the error', async (_, root, child, message) => {
    const top = root(child)
    const childDigest = `sha256:${createHash('sha256').update(child).digest('hex')}`
    const { run } = await against(
      (req, res) => {
        if (req.url === '/v2/') return json(res, 200, {})
        const bytes = req.url?.endsWith(childDigest) ? child : top
        res.writeHead(200, {
          'content-type': JSON.parse(bytes.toString()).mediaType,
          'docker-content-digest': `sha256:${createHash('sha256').update(bytes).digest('hex')}`
        })
        res.end(bytes)
      },
      host => ({
        command: 'pull',
        registry: host,
        source: `${host}/o/app:1`,
        load: 'false',
        platform: 'linux/amd64',
        output: join(tmp(), 'out')
      })
    )
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n').filter(l => l.startsWith('::error::'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
  })

  test('a 20,000-character error stays one line of at most about a thousand', async () => {
    const { run } = await against(
      (req, res) =>
        req.url === '/v2/'
          ? json(res, 200, {})
          : json(res, 400, { errors: [{ code: 'UNSUPPORTED', message: 'x'.repeat(20_000) }] }),
      host => ({ command: 'pull', registry: host, source: `${host}/o/app:1`, load: 'false' })
    )
    const error = run.stdout.split('\n').find(l => l.startsWith('::error::'))!
    expect(error.length).toBeLessThan(1100)
    expect(error).toMatch(/more characters\)$/)
  })
})

describe('against real registries', () => {
  let source: TestRegistry
  let target: TestRegistry
  let image: BuiltImage
  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    const dir = tmp()
    image = makeLayout(dir, { layers: [{ size: 50_000 }] })
    const client = new RegistryClient(source.host)
    await copyImage(new OciLayoutSource(dir), new RemoteDestination(client.repository('o/app')), {
      tags: ['1']
    })
    await client.close()
  })
  afterAll(async () => {
    await source?.stop()
    await target?.stop()
  })

  test('copy of a missing source blames the source, not the target', async () => {
    const run = await runAction(
      {
        command: 'copy',
        registry: target.host,
        image: `${target.host}/o/dst`,
        source: `${source.host}/o/missing:1`
      },
      { env: dockerConfig() }
    )
    expect(run.stdout).toMatch(
      /::error::Could not read 127\.0\.0\.1:\d+\/o\/missing:1: o\/missing has no such image/
    )
  })

  test('pull into an output whose parent directories do not exist yet', async () => {
    const output = join(tmp(), 'a', 'b', 'layout')
    const run = await runAction(
      {
        command: 'pull',
        registry: source.host,
        source: `${source.host}/o/app:1`,
        load: 'false',
        output
      },
      { env: dockerConfig() }
    )
    expect(run.code).toBe(0)
    expect(JSON.parse(readFileSync(join(output, 'index.json'), 'utf8')).manifests[0].digest).toBe(
      image.digest
    )
  })
})

test('SIGTERM mid-pull stops the step and leaves no partial output behind', async () => {
  const imageDir = tmp()
  const image = makeLayout(imageDir, { layers: [{ size: 2_000_000 }] })
  const layer = image.layers[0]!
  let layerAsked!: () => void
  const asked = new Promise<void>(resolve => (layerAsked = resolve))
  const registry = await startHostileRegistry((req, res) => {
    if (req.url === '/v2/') return json(res, 200, {})
    if (req.url?.includes('/manifests/')) {
      res.writeHead(200, { 'content-type': image.mediaType, 'docker-content-digest': image.digest })
      return res.end(image.bytes)
    }
    if (req.url?.endsWith(layer.digest)) {
      // A little of the layer, then nothing: the pull is under way when it is cancelled.
      res.writeHead(200, { 'content-length': String(layer.size) })
      res.write(Buffer.alloc(64 * 1024))
      layerAsked()
      return
    }
    const hex = req.url!.split('sha256:')[1]!
    res.writeHead(200)
    res.end(readFileSync(join(imageDir, 'blobs', 'sha256', hex)))
  })
  const parent = tmp()
  const output = join(parent, 'out')
  try {
    const run = await runAction(
      {
        command: 'pull',
        registry: registry.host,
        source: `${registry.host}/o/app:1`,
        load: 'false',
        output
      },
      {
        env: dockerConfig(),
        onSpawn: child => void asked.then(() => setTimeout(() => child.kill('SIGTERM'), 200))
      }
    )
    expect(run.code).toBe(143)
    expect(run.stdout).toMatch(
      /::error::The step was cancelled \(SIGTERM\); its partial work is removed/
    )
    expect(readdirSync(parent)).toEqual([])
    expect(existsSync(output)).toBe(false)
  } finally {
    await registry.stop()
  }
})

test('"ghcr.io" answering plain HTTP on 443 is said in words, not as an OpenSSL string', async () => {
  // The forward proxy tunnels CONNECT ghcr.io:443 to a server that speaks no TLS.
  const plain = await startHostileRegistry((_req, res) => json(res, 200, {}))
  const proxy = await startForwardProxy({ 'ghcr.io:443': plain.host })
  try {
    const run = await runAction(
      { command: 'login', token: GHS, username: 'octocat' },
      { env: { ...dockerConfig(), HTTPS_PROXY: proxy.url } }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Could not log in to ghcr\.io: TLS with ghcr\.io failed \((EPROTO|ERR_SSL_[A-Z_]+)\): it does not speak TLS on that port/
    )
    expect(run.stdout).not.toMatch(/SSL routines/)
  } finally {
    await proxy.stop()
    await plain.stop()
  }
})
