/** The newcomer's first command, as the README gives it: `npm run demo` works on this machine. */
import { expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'

test('npm run demo: login, build-push, pull by digest, tag; and it cleans up', async () => {
  const { code, output } = await new Promise<{ code: number; output: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ['scripts/demo.mjs'], {
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let output = ''
      child.stdout.on('data', d => (output += d))
      child.stderr.on('data', d => (output += d))
      child.on('error', reject)
      child.on('close', c => resolve({ code: c ?? -1, output }))
    }
  )
  expect(code).toBe(0)
  // Each step is printed with exactly the inputs it passes.
  expect(output).toMatch(
    /uses: org\/ghcr-action@v1 {2}with: \{ command: login, registry: 127\.0\.0\.1:\d+, username: octocat, token: \*\*\* \}/
  )
  expect(output).toMatch(
    /uses: org\/ghcr-action@v1 {2}with: \{ registry: 127\.0\.0\.1:\d+(, builder: buildah)? \} {3}# build-push/
  )
  // An open registry gets no token, and the log says so rather than "logged in".
  expect(output).toMatch(
    /127\.0\.0\.1:\d+ asks for no credentials, so a password or non-GitHub token of octocat was not sent/
  )
  expect(output).not.toMatch(/Logged in to 127\.0\.0\.1/)
  expect(output).toMatch(/pulled digest sha256:[a-f0-9]{64} = the pushed digest/)
  expect(output).toMatch(
    /127\.0\.0\.1:\d+\/octo-org\/hello-world: 1, 1\.2, 1\.2\.3, latest, sha-d6cd1e2, stable/
  )
  expect(output).toContain('Done. Everything the demo made is removed.')
  expect(output).not.toContain('::error::')
}, 300_000)
