/**
 * The auth layer's answer to a 401, with the layers under it stubbed (this is the logic between
 * them, not a registry: the registry-facing flows run against the real one in the integration
 * tests).
 */
import { expect, test } from '@jest/globals'
import { Readable } from 'node:stream'
import { Authenticator, withAuth } from '../../src/registry/transport/auth.js'
import type { HttpResponse, RoundTrip } from '../../src/registry/transport/types.js'

const CHALLENGE = 'Bearer realm="https://r.test/token",service="r.test"'
const SCOPE = ['repository:o/app:pull']

const answer = (status: number, body: string, headers = {}): HttpResponse => ({
  status,
  headers,
  body: Readable.from(body ? [Buffer.from(body)] : []),
  url: new URL('https://r.test/')
})

/** A promise and the function that settles it. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void
  const opened = new Promise<void>(resolve => (open = resolve))
  return { open, opened }
}

test('a 401 to a request sent before the challenge was known waits for the token being fetched', async () => {
  const tokenAnswer = gate()
  const tokenRequests: string[] = []
  const auth = new Authenticator({
    registryHost: 'r.test',
    transport: async req => {
      tokenRequests.push(req.url.href)
      await tokenAnswer.opened
      return answer(200, JSON.stringify({ token: 'tok', expires_in: 300 }))
    }
  })
  const firstAnswer = gate()
  const sent: Array<string | undefined> = []
  const registry: RoundTrip = async req => {
    sent.push(req.headers?.authorization)
    if (sent.length === 1) await firstAnswer.opened
    return req.headers?.authorization === 'Bearer tok'
      ? answer(200, 'manifest')
      : answer(401, '', { 'www-authenticate': CHALLENGE })
  }
  const roundTrip = withAuth(registry, auth, 'r.test')
  // Sent with no challenge known: no credentials.
  const reading = roundTrip({
    method: 'GET',
    url: new URL('https://r.test/v2/o/app/manifests/1'),
    headers: {},
    scopes: SCOPE
  })
  await new Promise(resolve => setImmediate(resolve))
  // Meanwhile the login learns the challenge and asks for the token.
  auth.learn(answer(401, '', { 'www-authenticate': CHALLENGE }))
  const login = auth.authorization(SCOPE)
  firstAnswer.open()
  await new Promise(resolve => setImmediate(resolve))
  tokenAnswer.open()
  expect(await login).toBe('Bearer tok')
  const res = await reading
  expect(res.status).toBe(200)
  expect(sent).toEqual([undefined, 'Bearer tok'])
  // One token for both: nothing was refused, so nothing was asked for again.
  expect(tokenRequests).toHaveLength(1)
})

test('Basic already sent and refused is not sent again; Basic without credentials is not tried', async () => {
  const basic = 'Basic realm="r.test"'
  for (const credentials of [{ username: 'u', password: 'p' }, undefined]) {
    const auth = new Authenticator({
      registryHost: 'r.test',
      transport: async () => answer(500, ''),
      ...(credentials && { credentials })
    })
    auth.learn(answer(401, '', { 'www-authenticate': basic }))
    let sends = 0
    const roundTrip = withAuth(
      async () => {
        sends++
        return answer(401, '', { 'www-authenticate': basic })
      },
      auth,
      'r.test'
    )
    const res = await roundTrip({ method: 'GET', url: new URL('https://r.test/v2/'), headers: {} })
    expect(res.status).toBe(401)
    expect(sends).toBe(1)
    res.body.resume()
  }
})
