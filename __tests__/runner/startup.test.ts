/**
 * What a step loads before it does anything: not undici (fetch, WebSocket, caches, mocks), which
 * `@actions/core` pulls in through its OIDC client unless patches/ is applied, and which the
 * transport would pull in whole through `import 'undici'`; not `@actions/exec` (and with it
 * node:child_process), which `@actions/core` loads for its platform details; not node:http2,
 * which undici loads for HTTP/2 connections that this action never opens.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { join, resolve } from 'node:path'
import { makeCA, makeServerCert } from '../testbed/certs.js'

const NODE = process.env.ACTION_NODE || process.execPath

/**
 * Runs node with `args` and a module hook that prints every module it resolves, one URL a line
 * after `resolved `, and returns those URLs.
 */
function resolvedBy(args: string[], env: Record<string, string> = {}): string[] {
  const hooks = `export async function resolve(s, c, next) { const r = await next(s, c); process._rawDebug('resolved ' + r.url); return r }`
  const register = `import { register } from 'node:module'; register(${JSON.stringify(
    `data:text/javascript,${encodeURIComponent(hooks)}`
  )})`
  const r = spawnSync(
    NODE,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, ...args],
    { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } }
  )
  return r.stderr
    .split('\n')
    .filter(l => l.startsWith('resolved '))
    .map(l => l.slice('resolved '.length))
}

describe('start-up', () => {
  test('@actions/core loads its OIDC client, and undici with it, only when a token is asked for', () => {
    const urls = resolvedBy(['--input-type=module', '-e', "await import('@actions/core')"])
    expect(urls.some(u => u.includes('/@actions/core/lib/core.js'))).toBe(true)
    expect(urls.filter(u => /http-client|undici|oidc-utils/.test(u))).toEqual([])
  })

  test('@actions/core loads @actions/exec only when asked for the platform details', () => {
    const exec = (urls: string[]): string[] =>
      urls.filter(u => /@actions\/exec|child_process/.test(u))
    expect(
      exec(resolvedBy(['--input-type=module', '-e', "await import('@actions/core')"]))
    ).toEqual([])
    const asked = resolvedBy([
      '--input-type=module',
      '-e',
      "const core = await import('@actions/core'); await core.platform.getDetails().catch(() => {})"
    ])
    expect(exec(asked).some(u => u.includes('@actions/exec'))).toBe(true)
  })

  test('undici loads node:http2 with the first HTTP/2 connection, and that connection works', () => {
    // Loopback only; the server certificate is the test CA's, verified.
    const dir = mkdtempSync(join(tmpdir(), 'startup-h2-'))
    const ca = makeCA(dir)
    const cert = makeServerCert(dir, ca, ['127.0.0.1'])
    const script = `
      const { readFileSync } = require('node:fs')
      const loaded = () => process.moduleLoadList.includes('NativeModule http2')
      // The parts of undici the transport loads (see src/registry/transport/http.ts).
      const api = require('undici/lib/api/index.js')
      const Dispatcher = require('undici/lib/dispatcher/dispatcher.js')
      Object.assign(Dispatcher.prototype, api)
      require('undici/lib/dispatcher/env-http-proxy-agent.js')
      const Client = require('undici/lib/dispatcher/client.js')
      const before = loaded()
      const http2 = require('node:http2')
      const server = http2.createSecureServer({
        cert: readFileSync(${JSON.stringify(cert.certPath)}),
        key: readFileSync(${JSON.stringify(cert.keyPath)})
      }, (req, res) => res.end('over ' + req.httpVersion))
      server.listen(0, '127.0.0.1', async () => {
        const client = new Client('https://127.0.0.1:' + server.address().port, {
          allowH2: true,
          connect: { ca: readFileSync(${JSON.stringify(ca.certPath)}) }
        })
        const res = await client.request({ path: '/', method: 'GET' })
        console.log(JSON.stringify({ before, status: res.statusCode, body: await res.body.text() }))
        await client.close()
        server.close()
      })`
    const r = spawnSync(NODE, ['-e', script], { encoding: 'utf8', cwd: process.cwd() })
    expect(r.stderr).not.toMatch(/Error/)
    expect(JSON.parse(r.stdout)).toEqual({ before: false, status: 200, body: 'over 2.0' })
  })

  test('the bundle reaches a rejected input without evaluating undici', () => {
    const urls = resolvedBy([resolve('dist/index.js')], { INPUT_COMMAND: 'deploy' })
    const chunks = urls.filter(u => u.startsWith('file:') && u.includes('/dist/'))
    expect(chunks.length).toBeGreaterThan(0)
    // undici's own error class names, as ncc keeps them.
    const withUndici = chunks.filter(u =>
      readFileSync(fileURLToPath(u), 'utf8').includes('UND_ERR_CONNECT_TIMEOUT')
    )
    expect(withUndici).toEqual([])
  })
})
