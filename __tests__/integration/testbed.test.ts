/**
 * Proof that the test bed is real: each registry mode enforces what it claims, using raw HTTP
 * so the proof does not depend on the client under test.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { Agent, request } from 'undici'
import { ALICE, startRegistry, type TestRegistry } from '../testbed/registry.js'
import { makeSelfSigned } from '../testbed/certs.js'
import { startDockerd } from '../testbed/dockerd.js'
import { ensureCommands, startTogether } from '../testbed/tools.js'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'

const basic = (u: string, p: string): string =>
  `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`

/** Monolithic blob upload (POST then PUT), returning the PUT's status (or the POST's on failure). */
async function pushBlob(
  reg: TestRegistry,
  repo: string,
  data: Buffer,
  authorization?: string
): Promise<number> {
  const headers: Record<string, string> = authorization ? { authorization } : {}
  const post = await request(`${reg.url}/v2/${repo}/blobs/uploads/`, {
    method: 'POST',
    headers,
    dispatcher: reg.dispatcher
  })
  await post.body.dump()
  if (post.statusCode !== 202) return post.statusCode
  const location = new URL(String(post.headers.location), reg.url)
  location.searchParams.set('digest', `sha256:${createHash('sha256').update(data).digest('hex')}`)
  const put = await request(location, {
    method: 'PUT',
    headers: {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-length': String(data.length)
    },
    body: data,
    dispatcher: reg.dispatcher
  })
  await put.body.dump()
  return put.statusCode
}

async function tokenFor(reg: TestRegistry, scope: string, credentials?: string): Promise<string> {
  const url = new URL(`${reg.tokenService!.url}/token`)
  url.searchParams.set('service', 'ghcr-emulation')
  url.searchParams.set('scope', scope)
  const res = await request(url, { headers: credentials ? { authorization: credentials } : {} })
  const body = (await res.body.json()) as { token: string }
  return body.token
}

describe('anonymous plain-HTTP registry', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry()
  })
  afterAll(async () => reg?.stop())

  test('accepts pushes without credentials over plain HTTP', async () => {
    expect(reg.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await pushBlob(reg, 'test/anon', Buffer.from('hello'))).toBe(201)
  })

  test('starts on another port when its port is taken before it binds', async () => {
    // What a parallel suite can do between freePort() and the registry's bind.
    const holder = createServer(socket => socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n'))
    await new Promise<void>(resolve => holder.listen(0, '127.0.0.1', resolve))
    const taken = (holder.address() as AddressInfo).port
    try {
      const moved = await startRegistry({ port: taken })
      try {
        expect(moved.directHost).not.toBe(`127.0.0.1:${taken}`)
        expect(await pushBlob(moved, 'test/anon', Buffer.from('moved'))).toBe(201)
      } finally {
        await moved.stop()
      }
    } finally {
      holder.close()
    }
  })
})

describe('htpasswd Basic auth over TLS', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry({ mode: 'basic' })
  })
  afterAll(async () => reg?.stop())

  test('refuses anonymous pushes and accepts the right password', async () => {
    expect(reg.url).toMatch(/^https:/)
    expect(await pushBlob(reg, 'test/basic', Buffer.from('x'))).toBe(401)
    expect(
      await pushBlob(reg, 'test/basic', Buffer.from('x'), basic(ALICE.username, 'wrong'))
    ).toBe(401)
    expect(
      await pushBlob(reg, 'test/basic', Buffer.from('x'), basic(ALICE.username, ALICE.password))
    ).toBe(201)
  })

  test('challenges with Basic', async () => {
    const res = await request(`${reg.url}/v2/`, { dispatcher: reg.dispatcher })
    await res.body.dump()
    expect(res.statusCode).toBe(401)
    expect(String(res.headers['www-authenticate'])).toMatch(/^Basic realm=/)
  })

  test('its certificate is verified: without the test CA the TLS handshake fails', async () => {
    const strict = new Agent()
    await expect(request(`${reg.url}/v2/`, { dispatcher: strict })).rejects.toThrow(/certificate/i)
    await strict.close()
  })
})

describe('bearer tokens from the ghcr.io token-service emulation', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry({
      mode: 'token',
      users: {
        alice: { password: ALICE.password, grants: { 'alice/*': ['pull', 'push'] } },
        reader: { password: 'read-only', grants: { 'alice/*': ['pull'] } }
      }
    })
  })
  afterAll(async () => reg?.stop())

  test('the registry challenges the way ghcr.io does', async () => {
    const res = await request(`${reg.url}/v2/alice/app/tags/list`, { dispatcher: reg.dispatcher })
    await res.body.dump()
    expect(res.statusCode).toBe(401)
    const challenge = String(res.headers['www-authenticate'])
    expect(challenge).toContain(`Bearer realm="${reg.tokenService!.url}/token"`)
    expect(challenge).toContain('service="ghcr-emulation"')
    expect(challenge).toContain('scope="repository:alice/app:pull"')
  })

  test('a token for the repository is accepted, and refused for another repository', async () => {
    const token = await tokenFor(
      reg,
      'repository:alice/app:push,pull',
      basic('alice', ALICE.password)
    )
    expect(await pushBlob(reg, 'alice/app', Buffer.from('a'), `Bearer ${token}`)).toBe(201)
    expect(await pushBlob(reg, 'alice/other', Buffer.from('a'), `Bearer ${token}`)).toBe(401)
  })

  test('a read-only token cannot push (a GITHUB_TOKEN without packages: write)', async () => {
    const token = await tokenFor(
      reg,
      'repository:alice/app:push,pull',
      basic('reader', 'read-only')
    )
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      access: Array<{ actions: string[] }>
    }
    expect(payload.access[0]!.actions).toEqual(['pull'])
    expect(await pushBlob(reg, 'alice/app', Buffer.from('b'), `Bearer ${token}`)).toBe(401)
  })

  test('a JWT signed by another key is refused by the registry', async () => {
    const forger = makeSelfSigned(mkdtempSync(join(tmpdir(), 'forger-')), 'token-issuer')
    const now = Math.floor(Date.now() / 1000)
    const forged = reg.tokenService!.sign(
      {
        iss: 'ghcr-emulation-issuer',
        sub: 'alice',
        aud: 'ghcr-emulation',
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: 'x',
        access: [{ type: 'repository', name: 'alice/app', actions: ['push', 'pull'] }]
      },
      forger
    )
    expect(await pushBlob(reg, 'alice/app', Buffer.from('c'), `Bearer ${forged}`)).toBe(401)
  })

  test('wrong credentials get no token at all', async () => {
    const url = `${reg.tokenService!.url}/token?service=ghcr-emulation&scope=repository:alice/app:pull`
    const res = await request(url, { headers: { authorization: basic('alice', 'nope') } })
    await res.body.dump()
    expect(res.statusCode).toBe(401)
  })
})

describe('redirecting front (ghcr.io storage-host emulation)', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry({ mode: 'token', redirect: true })
  })
  afterAll(async () => reg?.stop())

  test('blob GETs are redirected to another host, which refuses Authorization', async () => {
    const data = Buffer.from('redirected blob')
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
    const token = await tokenFor(
      reg,
      'repository:alice/app:push,pull',
      basic('alice', ALICE.password)
    )
    expect(await pushBlob(reg, 'alice/app', data, `Bearer ${token}`)).toBe(201)

    const res = await request(`${reg.url}/v2/alice/app/blobs/${digest}`, {
      headers: { authorization: `Bearer ${token}` }
    })
    await res.body.dump()
    expect(res.statusCode).toBe(307)
    const location = new URL(String(res.headers.location))
    expect(location.host).toBe(reg.front!.storageHost)
    expect(location.hostname).toBe('127.0.0.2')
    expect(new URL(reg.url).hostname).toBe('127.0.0.1')

    const withAuth = await request(location, { headers: { authorization: `Bearer ${token}` } })
    await withAuth.body.dump()
    expect(withAuth.statusCode).toBe(400)
    const plain = await request(location)
    expect(plain.statusCode).toBe(200)
    expect(Buffer.from(await plain.body.arrayBuffer())).toEqual(data)
    expect(reg.front!.storageRequests.map(r => r.headers.authorization)).toEqual([
      `Bearer ${token}`,
      undefined
    ])
  })

  test('the registry still enforces auth behind the front', async () => {
    const res = await request(`${reg.url}/v2/alice/app/blobs/sha256:${'0'.repeat(64)}`)
    await res.body.dump()
    expect(res.statusCode).toBe(401)
  })
})

describe('tools', () => {
  test('startTogether stops what started when another start fails', async () => {
    const stopped: string[] = []
    const service = (name: string) => ({ stop: async () => void stopped.push(name) })
    await expect(
      startTogether([
        Promise.resolve(service('engine')),
        Promise.reject(new Error('registry did not start')),
        new Promise<{ stop(): Promise<void> }>(r => setTimeout(() => r(service('proxy')), 20))
      ])
    ).rejects.toThrow('registry did not start')
    expect(stopped.sort()).toEqual(['engine', 'proxy'])
  })

  test('skopeo, buildah and umoci are installed and run', () => {
    ensureCommands('skopeo', 'buildah', 'umoci')
    expect(execFileSync('skopeo', ['--version'], { encoding: 'utf8' })).toMatch(/skopeo version/)
    expect(execFileSync('buildah', ['--version'], { encoding: 'utf8' })).toMatch(/buildah version/)
    expect(execFileSync('umoci', ['--version'], { encoding: 'utf8' })).toMatch(/umoci version/)
  })

  test('a Docker engine starts and answers', async () => {
    const engine = await startDockerd()
    try {
      expect(engine.docker(['version', '--format', '{{.Server.Os}}']).trim()).toBe('linux')
    } finally {
      await engine.stop()
    }
  })
})
