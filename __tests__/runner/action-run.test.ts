/** The bundled action run as the runner runs it: bad inputs fail with one clear line each. */
import { describe, expect, test } from '@jest/globals'
import { runAction } from '../helpers/run-action.js'

const SECRET = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'

describe('node dist/index.js with bad inputs', () => {
  test.each([
    [
      { command: 'deploy' },
      /^::error::Input "command": "deploy" is not valid: must be one of build-push, push, pull, tag, copy, login, index, delete\.$/
    ],
    [
      { registry: 'https://ghcr.io/' },
      /^::error::Input "registry": .* a registry is a host\[:port\] without a scheme\. Use ghcr\.io\.$/
    ],
    [
      { image: 'ghcr.io/Octo/App' },
      /^::error::Input "image": .*must be lower-case\. Use lower case: ghcr\.io\/octo\/app$/
    ],
    [
      { tags: 'v1 beta' },
      /^::error::Input "tags": "v1 beta" is not valid: a tag is 1 to 128 characters/
    ],
    [
      { command: 'pull', platform: 'amd64' },
      /^::error::Input "platform": "amd64" is not valid: a platform is os\/arch/
    ]
  ])('%j', async (inputs, expected) => {
    const run = await runAction({ token: SECRET, ...inputs })
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n').filter(Boolean)
    const errors = lines.filter(l => l.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(expected)
    // The token is masked before anything else is printed, and appears nowhere.
    expect(lines[0]).toBe(`::add-mask::${SECRET}`)
    const everything = [
      run.stdout.replace(`::add-mask::${SECRET}`, ''),
      run.stderr,
      run.state,
      run.summary,
      JSON.stringify(run.outputs)
    ].join('\n')
    expect(everything).not.toContain(SECRET)
    // No stack trace, no half-written outputs.
    expect(everything).not.toMatch(/\n\s+at /)
    expect(run.outputs).toEqual({})
  })

  test('the post step after a failed main step does nothing and succeeds', async () => {
    const run = await runAction({ token: SECRET, command: 'deploy' }, { post: true })
    expect(run.post!.code).toBe(0)
    expect(run.post!.stdout).not.toMatch(/::(error|warning)::/)
  })
})
