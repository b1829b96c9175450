/**
 * Parsers for single input values: lists, booleans, choices and platforms. Each rejection is
 * an {@link InputError} naming the input, the value and the rule.
 */
import { InputError } from '../errors.js'

/** Reads one raw input; the default reads `INPUT_<NAME>` as the runner sets it. */
export type InputReader = (name: string) => string

/** Reads inputs as the runner passes them: `INPUT_<NAME>`, upper-cased, hyphens kept. */
export function envInput(env: NodeJS.ProcessEnv = process.env): InputReader {
  return name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export type Tristate = 'auto' | boolean

/**
 * Splits a list input: items are separated by newlines or commas; an item in double quotes
 * keeps its commas. Empty items are dropped, white space around items is trimmed.
 */
export function splitList(raw: string): string[] {
  const items: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    let current = ''
    let quoted = false
    for (const ch of line) {
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) {
        items.push(current)
        current = ''
      } else current += ch
    }
    items.push(current)
  }
  return items.map(s => s.trim()).filter(s => s.length > 0)
}

/**
 * Splits a `KEY=VALUE` list: one item per line; on one line, a comma starts a new item only
 * where `KEY=` follows it, so `A=1,B=2` is two items and `LIST=a,b` keeps its comma.
 */
export function splitKeyValueList(raw: string): string[] {
  const items: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    for (const item of line.split(/,(?=\s*[A-Za-z_][A-Za-z0-9_.-]*=)/)) {
      if (item.trim()) items.push(item.trim())
    }
  }
  return items
}

export function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  const v = value.toLowerCase()
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw new InputError(input, value, `must be one of ${allowed.join(', ')}`)
}

export function bool(input: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(input, value, 'must be true or false')
}

export function tristate(input: string, value: string): Tristate {
  if (value === '' || value.toLowerCase() === 'auto') return 'auto'
  return bool(input, value)
}

const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(?:\/[a-z0-9_.]+)?$/

/** A platform `os/arch[/variant]`; `shown` is what the error quotes (the whole item). */
export function platformOf(input: string, value: string, shown = value): string {
  if (!PLATFORM.test(value)) {
    throw new InputError(
      input,
      shown,
      'a platform is os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8'
    )
  }
  return value
}
