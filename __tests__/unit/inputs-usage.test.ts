/**
 * action.yml and the code's table of inputs (`src/action/inputs/usage.ts`) say the same: every
 * input in both, the same default, and each description opens with the commands that read it
 * ("build-push and index: …"), or with none for an input every command reads.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
import { COMMANDS, INPUTS } from '../../src/action/inputs/index.js'

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
}

const action = yaml.load(readFileSync('action.yml', 'utf8')) as ActionYml

/** The commands a description opens with: `build-push (buildx): …`, `pull and copy: …`. */
function readBy(description: string): string[] | 'every' {
  const m = /^([a-z-]+(?:(?:, | and )[a-z-]+)*)(?: \([^)]*\))?: /.exec(description)
  if (!m) return 'every'
  const named = m[1]!.split(/, | and /)
  return named.every(c => (COMMANDS as readonly string[]).includes(c)) ? named : 'every'
}

describe('action.yml and the inputs table', () => {
  test('name the same inputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUTS).sort())
  })

  test.each(Object.keys(INPUTS))('%s: the same default and the same commands', name => {
    const declared = action.inputs[name]!
    expect(declared.default).toBe(INPUTS[name]!.default)
    const commands = INPUTS[name]!.commands
    expect(readBy(declared.description)).toEqual(commands === 'every' ? 'every' : [...commands])
  })
})
