/**
 * Every input of the action: which commands read it and its default, the one source of both.
 * action.yml declares the same names, defaults and, at the start of each description, the
 * commands that read it; `__tests__/unit/inputs-usage.test.ts` holds the two together. The
 * runner passes action.yml's defaults as if the user had set them, so a value equal to its
 * default counts as unset when an input is refused for a command that does not read it.
 */
import { InputError } from '../errors.js'
import { COMMANDS, type Command } from './types.js'
import type { InputReader } from './values.js'

export interface InputUsage {
  /** The commands that read it; `every` for the inputs every command reads. */
  commands: readonly Command[] | 'every'
  /** action.yml's default; an expression (`${{ github.token }}`) is the runner's to fill in. */
  default?: string
  /** Its value is a secret: never echoed. */
  secret?: true
}

const BUILD: readonly Command[] = ['build-push']
const DELETE: readonly Command[] = ['delete']

export const INPUTS: Record<string, InputUsage> = {
  command: { commands: 'every', default: 'build-push' },
  registry: { commands: 'every' },
  username: { commands: 'every', default: '${{ github.actor }}' },
  token: { commands: 'every', default: '${{ github.token }}', secret: true },
  password: { commands: 'every', secret: true },
  image: { commands: 'every' },
  tags: { commands: ['build-push', 'push', 'tag', 'copy', 'index'] },
  push: { commands: BUILD, default: 'auto' },
  context: { commands: BUILD, default: '.' },
  file: { commands: BUILD },
  'build-args': { commands: BUILD },
  labels: { commands: BUILD },
  target: { commands: BUILD },
  network: { commands: BUILD },
  platforms: { commands: ['build-push', 'index'] },
  builder: { commands: BUILD, default: 'auto' },
  'cache-from': { commands: BUILD },
  'cache-to': { commands: BUILD },
  secrets: { commands: BUILD, secret: true },
  'secret-files': { commands: BUILD },
  'secret-envs': { commands: BUILD },
  ssh: { commands: BUILD },
  'build-contexts': { commands: BUILD },
  'no-cache': { commands: BUILD, default: 'false' },
  pull: { commands: BUILD, default: 'false' },
  provenance: { commands: BUILD },
  sbom: { commands: BUILD },
  annotations: { commands: ['build-push', 'index'] },
  'push-by-digest': { commands: ['build-push', 'push'], default: 'false' },
  'tag-style': { commands: ['build-push', 'push', 'index'], default: 'semver' },
  attest: { commands: ['build-push', 'push', 'index'], default: 'false' },
  'attest-push': { commands: ['build-push', 'push', 'index'], default: 'true' },
  sources: { commands: ['index'] },
  attestations: { commands: ['index'], default: 'keep' },
  'delete-untagged': { commands: DELETE, default: 'false' },
  'older-than': { commands: DELETE },
  'keep-n-tagged': { commands: DELETE },
  'keep-n-untagged': { commands: DELETE },
  'delete-tags': { commands: DELETE },
  'exclude-tags': { commands: DELETE },
  'exclude-digests': { commands: DELETE },
  'delete-ghost-images': { commands: DELETE, default: 'false' },
  'delete-partial-images': { commands: DELETE, default: 'false' },
  'use-regex': { commands: DELETE, default: 'false' },
  'dry-run': { commands: DELETE, default: 'false' },
  validate: { commands: DELETE, default: 'false' },
  source: { commands: ['push', 'pull', 'tag', 'copy'] },
  platform: { commands: ['pull', 'copy'] },
  referrers: { commands: ['copy'], default: 'true' },
  load: { commands: ['build-push', 'pull'] },
  output: { commands: ['pull'] },
  logout: { commands: 'every', default: 'true' }
}

/** The default a reader gets for an input left unset (an expression's is the runner's). */
function literalDefault(name: string): string {
  const value = INPUTS[name]?.default
  return value !== undefined && !value.startsWith('${{') ? value : ''
}

/** A reader that gives each input its default where the step left it unset. */
export function withDefaults(read: InputReader): InputReader {
  return name => read(name) || literalDefault(name)
}

/** The commands that read an input, in the words of a message: `pull and copy`. */
export function readers(input: string): string {
  const commands = INPUTS[input]?.commands ?? []
  const list = commands === 'every' ? COMMANDS : commands
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
}

/** Refuses inputs that the command does not read, when the user set them. */
export function refuseUnused(read: InputReader, command: Command): void {
  for (const [input, usage] of Object.entries(INPUTS)) {
    if (usage.commands === 'every') continue
    const value = read(input)
    if (value === '' || value === usage.default || usage.commands.includes(command)) continue
    throw new InputError(
      input,
      usage.secret ? '***' : value,
      `${input} is for ${readers(input)}, not ${command}`,
      `Remove it, or set command: ${usage.commands[0]}.`
    )
  }
}
