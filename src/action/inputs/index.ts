/**
 * Every input of the action, read once and validated before any work starts (README, "Inputs";
 * action.yml). The result is a union keyed on `command` (`types.ts`): each command gets exactly
 * the inputs it uses, checked, cross-input rules included, so commands never re-check or
 * assert. An input that a user set for a command that does not use it is refused, naming the
 * commands that do (`usage.ts`, which also holds every default).
 *
 * One file per concern: `common.ts` (registry, credentials, image, tags), `build-push.ts` and
 * `build.ts` (the build), `transfer.ts` (push, pull, tag, copy), `index-merge.ts`, `delete.ts`;
 * the value parsers in `values.ts`, `references.ts`, `push-source.ts`, `linear-regex.ts`.
 */
import type { RunContext } from '../context.js'
import { readBuildPush } from './build-push.js'
import { readCommon } from './common.js'
import { readDelete } from './delete.js'
import { readIndex } from './index-merge.js'
import { readCopy, readPull, readPush, readTag } from './transfer.js'
import { COMMANDS, type Inputs } from './types.js'
import { refuseUnused, withDefaults } from './usage.js'
import { oneOf, type InputReader } from './values.js'

export { envInput, splitKeyValueList, splitList } from './values.js'
export type { InputReader, Tristate } from './values.js'
export type { PushSource } from './push-source.js'
export type { Annotation, BuildFeatures, CacheSpec, SecretSpec } from './build.js'
export { selectsVersions } from './delete.js'
export * from './types.js'
export { INPUTS } from './usage.js'

/**
 * Reads and validates every input. Throws {@link InputError} for the first bad one; the
 * caller reports it as one `::error::` line before any network or build work.
 */
export function readInputs(raw: InputReader, ctx: RunContext): Inputs {
  const read = withDefaults(raw)
  const command = oneOf('command', read('command'), COMMANDS)
  refuseUnused(raw, command)
  const common = readCommon(read, ctx, command)
  switch (command) {
    case 'build-push':
      return readBuildPush(read, common, ctx)
    case 'push':
      return readPush(read, common, ctx)
    case 'pull':
      return readPull(read, common, ctx)
    case 'tag':
      return readTag(read, common, ctx)
    case 'copy':
      return readCopy(read, common, ctx)
    case 'login':
      return { ...common, command }
    case 'index':
      return readIndex(read, common, ctx)
    case 'delete':
      return readDelete(read, common, ctx)
  }
}
