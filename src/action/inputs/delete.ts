/** delete's inputs: the selection rules, tag patterns and durations. */
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { isServerRegistry, serverRegistry } from '../token.js'
import {
  linearGlob,
  linearRegex,
  UnsupportedPatternError,
  type LinearRegex
} from './linear-regex.js'
import { deleteTargets } from './references.js'
import type { CommonInputs, DeleteInputs, TagPattern } from './types.js'
import { bool, splitList, type InputReader } from './values.js'

const DURATION_UNITS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  mo: 30 * 86_400_000,
  y: 365 * 86_400_000
}

/**
 * `30 days`, `2 weeks`, `12h`, `1 month`: milliseconds. `0 days` is allowed: age then protects
 * nothing, not even the hour's grace for untagged images.
 */
function parseDuration(input: string, raw: string): number {
  const m =
    /^(\d{1,9})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|h|days?|d|weeks?|w|months?|mo|years?|y)$/i.exec(
      raw
    )
  if (!m) {
    throw new InputError(
      input,
      raw,
      'a duration is a whole number and a unit: seconds, minutes, hours, days, weeks, months (30 days) or years (365 days)',
      'For example: older-than: 30 days.'
    )
  }
  // Every unit is named by its first letter, but months (`mo`), which share minutes' `m`.
  const unit = m[2]!.toLowerCase()
  return Number(m[1]) * DURATION_UNITS[unit.startsWith('mo') ? 'mo' : unit[0]!]!
}

/** `sha256:<64 hex>` digests, a list. */
function digests(input: string, raw: string): Set<string> {
  const list = splitList(raw)
  for (const d of list)
    if (!/^sha256:[0-9a-f]{64}$/.test(d))
      throw new InputError(
        input,
        d,
        'a manifest digest is sha256: and 64 lower-case hex digits',
        "Copy it from a step's digest output or the package page."
      )
  return new Set(list)
}

function count(input: string, raw: string): number | undefined {
  if (raw === '') return undefined
  if (!/^\d{1,6}$/.test(raw)) throw new InputError(input, raw, 'a whole number, 0 or more')
  return Number(raw)
}

/**
 * Tag patterns: exact tags with `*` and `?` wildcards (a list, by lines or commas), or with
 * use-regex, regular expressions, one per line (a pattern's own commas stay in it: `{1,3}`).
 * Both are matched in linear time (`linear-regex.ts`), so no pattern can hang the step.
 */
function tagPatterns(input: string, raw: string, regex: boolean): TagPattern[] {
  const texts = regex
    ? raw
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean)
    : splitList(raw)
  return texts.map(text => {
    let compiled: LinearRegex
    try {
      compiled = regex ? linearRegex(text) : linearGlob(text)
    } catch (e) {
      if (e instanceof UnsupportedPatternError)
        throw new InputError(
          input,
          text,
          `${e.message}: tag patterns are matched in linear time, which rules out backreferences and lookaround`
        )
      throw new InputError(input, text, `not a regular expression: ${(e as Error).message}`)
    }
    // A tag is tested against a pattern several times while the plan is made.
    const seen = new Map<string, boolean>()
    return {
      text,
      regex,
      matches: tag => {
        let hit = seen.get(tag)
        if (hit === undefined) seen.set(tag, (hit = compiled.test(tag)))
        return hit
      }
    }
  })
}

/** Whether any rule of `delete` chooses versions to delete (`validate` alone chooses none). */
export function selectsVersions(inputs: DeleteInputs): boolean {
  return (
    inputs.deleteUntagged ||
    inputs.olderThanMs !== undefined ||
    inputs.keepNTagged !== undefined ||
    inputs.keepNUntagged !== undefined ||
    inputs.deleteTags.length > 0 ||
    inputs.deleteGhostImages ||
    inputs.deletePartialImages
  )
}

export function readDelete(read: InputReader, common: CommonInputs, ctx: RunContext): DeleteInputs {
  if (!isServerRegistry(common.registry, ctx.serverUrl)) {
    throw new InputError(
      'registry',
      common.registry,
      `delete works through the Packages API of ${ctx.serverUrl}, so only on its registry, ${serverRegistry(ctx.serverUrl)}`
    )
  }
  if (!common.token) {
    throw new InputError(
      'token',
      '',
      'delete needs a token that may delete package versions',
      'Leave token: unset to use ${{ github.token }} with "permissions: packages: write".'
    )
  }
  const regex = bool('use-regex', read('use-regex'))
  const olderThan = read('older-than')
  const inputs: DeleteInputs = {
    ...common,
    command: 'delete',
    deleteUntagged: bool('delete-untagged', read('delete-untagged')),
    olderThanMs: olderThan ? parseDuration('older-than', olderThan) : undefined,
    keepNTagged: count('keep-n-tagged', read('keep-n-tagged')),
    keepNUntagged: count('keep-n-untagged', read('keep-n-untagged')),
    deleteTags: tagPatterns('delete-tags', read('delete-tags'), regex),
    excludeTags: tagPatterns('exclude-tags', read('exclude-tags'), regex),
    deleteGhostImages: bool('delete-ghost-images', read('delete-ghost-images')),
    deletePartialImages: bool('delete-partial-images', read('delete-partial-images')),
    excludeDigests: digests('exclude-digests', read('exclude-digests')),
    dryRun: bool('dry-run', read('dry-run')),
    validate: bool('validate', read('validate')),
    targets: deleteTargets(read('image'), common.registry, ctx, [])
  }
  if (!selectsVersions(inputs) && !inputs.validate) {
    throw new InputError(
      'delete-untagged',
      read('delete-untagged'),
      'delete deletes nothing by default: give at least one rule (delete-untagged, older-than, keep-n-tagged, keep-n-untagged, delete-tags, delete-ghost-images, delete-partial-images) or validate: true',
      'For example: delete-untagged: true.'
    )
  }
  return inputs
}
