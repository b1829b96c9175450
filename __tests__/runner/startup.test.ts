/**
 * What a step loads before it does anything: not undici (fetch, WebSocket, caches, mocks), which
 * `@actions/core` pulls in through its OIDC client unless patches/ is applied, and which the
 * transport would pull in whole through `import 'undici'`.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

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
