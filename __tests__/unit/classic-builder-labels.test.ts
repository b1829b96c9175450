/** The one LABEL step the classic builder's labels go on in, on top of the image it built. */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { docker, labelInstruction } from '../../src/builders/index.js'
import type { CommandRunner } from '../../src/exec.js'

describe('labelInstruction', () => {
  test('quotes every key and value, escaping what a Dockerfile would read', () => {
    expect(
      labelInstruction({
        'org.opencontainers.image.title': 'My App',
        quirk: 'a "$HOME" \\ b ${X}'
      })
    ).toBe(
      'LABEL "org.opencontainers.image.title"="My App" "quirk"="a \\"\\$HOME\\" \\\\ b \\${X}"'
    )
  })

  test('a line break, which a Dockerfile line cannot hold, leaves the labels to --label', () => {
    expect(labelInstruction({ a: '1', note: 'two\nlines' })).toBeUndefined()
    expect(labelInstruction({ 'carriage\r': 'x' })).toBeUndefined()
  })
})

describe('the classic builder’s second build', () => {
  test('an iidfile that does not hold an image ID stops the build before a Dockerfile is made of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctx-'))
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n')
    const calls: string[][] = []
    // A stand-in for the docker CLI: its first build leaves an iidfile with more than an ID.
    const runner = {
      run: async (_command: string, args: string[]): Promise<string> => {
        calls.push(args)
        const at = args.indexOf('--iidfile')
        if (at >= 0) writeFileSync(args[at + 1]!, 'sha256:abc\nRUN echo injected')
        return ''
      }
    } as unknown as CommandRunner
    await expect(
      docker.build({
        context: dir,
        file: join(dir, 'Dockerfile'),
        buildArgs: [],
        labels: { team: 'x' },
        target: '',
        platforms: [],
        network: '',
        name: 'app:1',
        layoutDir: join(dir, 'layout'),
        env: {},
        log: () => undefined,
        runner
      })
    ).rejects.toThrow(/--iidfile holds .*not an image ID/)
    expect(calls).toHaveLength(1)
  })
})
