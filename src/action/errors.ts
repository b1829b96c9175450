/** Errors the action reports to the user as one `::error::` line. */

/**
 * A rejected input: names the input, the value and the rule, and the fix where one is known.
 * Values of secret inputs are never put in the message.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly rule: string,
    readonly fix?: string
  ) {
    super(
      `Input "${input}": ${value === '' ? 'empty value' : shown(value)} is not valid: ${rule}.` +
        (fix ? ` ${fix}` : '')
    )
    this.name = 'InputError'
  }
}

/** The longest value an input error quotes whole; a longer one is cut so the rule still shows. */
const MAX_QUOTED = 200

function shown(value: string): string {
  if (value.length <= MAX_QUOTED) return JSON.stringify(value)
  return `${JSON.stringify(value.slice(0, MAX_QUOTED))}… (${value.length} characters)`
}

/**
 * A failure whose message is already written for the user (what happened and what to do);
 * `detail` goes to the job summary, never with a secret in it.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly detail?: string
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/** The longest error line: longer ones (a server's whole page, quoted) are cut. */
const MAX_LINE = 1000

/**
 * One line for the log: multi-line messages are folded so the annotation stays one line, and
 * a very long one is cut, saying how much was left out.
 */
export function oneLine(message: string): string {
  const line = message.replace(/\s*\r?\n\s*/g, ' ').trim()
  if (line.length <= MAX_LINE) return line
  return `${line.slice(0, MAX_LINE)}… (${line.length - MAX_LINE} more characters)`
}
