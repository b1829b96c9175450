/**
 * The README's Inputs table is complete and true to action.yml: every input has a row, with the
 * commands that read it and its default as action.yml declares them.
 */
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
import { INPUTS } from '../../src/action/inputs/index.js'

const action = yaml.load(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>
}
const readme = readFileSync('README.md', 'utf8')
const section = readme.slice(
  readme.indexOf('## Inputs'),
  readme.indexOf('\n## ', readme.indexOf('## Inputs') + 1)
)

/** The table's rows: input → [read by, default]. */
const rows = new Map(
  section
    .split('\n')
    .map(l => /^\| `([a-z-]+)` +\| ([^|]+?) +\| ([^|]*?) +\|/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => [m[1]!, [m[2]!, m[3]!]] as const)
)

test('every input of action.yml has a row, and no row names another', () => {
  expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
})

test.each(Object.keys(action.inputs))('%s: read by and default as action.yml says', name => {
  const [readBy, shown] = rows.get(name)!
  const commands = INPUTS[name]!.commands
  expect(readBy).toBe(
    commands === 'every' ? 'every command' : commands.map(c => `\`${c}\``).join(', ')
  )
  const declared = action.inputs[name]!.default
  expect(shown).toBe(declared === undefined ? '' : `\`${declared}\``)
})
