/**
 * Running builder commands: argument arrays, never a shell; output streamed line by line to the
 * caller (the action puts it in a collapsible log group).
 */
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'

export type LineSink = (line: string) => void

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  cwd?: string
  onLine?: LineSink
  /** Give up after this long (probes); default none. */
  timeoutMs?: number
}

/** A command that exited with a non-zero status; `output` holds its last lines. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly code: number | null,
    readonly output: string
  ) {
    super(
      `${command} failed${code === null ? '' : ` with exit code ${code}`}${output ? `: ${output}` : ''}`
    )
    this.name = 'CommandError'
  }
}

function lines(stream: Readable, sink: (line: string) => void): void {
  let rest = ''
  stream.setEncoding('utf8')
  stream.on('data', (text: string) => {
    const parts = (rest + text).split(/\r?\n/)
    rest = parts.pop() ?? ''
    for (const part of parts) sink(part)
  })
  stream.on('end', () => {
    if (rest) sink(rest)
  })
}

/** Runs a command to completion; rejects with {@link CommandError} on a non-zero exit. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.timeoutMs && { timeout: options.timeoutMs })
    })
    const tail: string[] = []
    let stdout = ''
    const keep = (line: string): void => {
      tail.push(line)
      if (tail.length > 20) tail.shift()
      options.onLine?.(line)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < 1 << 20) stdout += chunk.toString('utf8')
    })
    lines(child.stdout, keep)
    lines(child.stderr, keep)
    child.on('error', error => reject(new CommandError(command, null, error.message)))
    child.on('close', code => {
      if (code === 0) resolve(stdout)
      else
        reject(
          new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, tail.slice(-5).join(' | '))
        )
    })
  })
}

/** Whether a probe command succeeds within a few seconds. */
export async function succeeds(
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv
): Promise<boolean> {
  try {
    await run(command, args, { ...(env && { env }), timeoutMs: 15_000 })
    return true
  } catch {
    return false
  }
}

/**
 * A command whose stdout is streamed to the caller (`docker save`). `done` settles when it
 * exits; a non-zero exit rejects it with the command's last stderr lines.
 */
export function streamCommand(
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv
): { stdout: Readable; done: Promise<void>; kill: () => void } {
  const child = spawn(command, args, { env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
  const tail: string[] = []
  lines(child.stderr, line => {
    tail.push(line)
    if (tail.length > 5) tail.shift()
  })
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', error => reject(new CommandError(command, null, error.message)))
    child.on('close', code =>
      code === 0
        ? resolve()
        : reject(new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, tail.join(' | ')))
    )
  })
  return {
    stdout: child.stdout,
    done,
    kill: () => {
      child.stdout.destroy()
      child.kill()
    }
  }
}

/** Streams data into a command's stdin (`docker load`); resolves with its stdout. */
export function pipeInto(
  command: string,
  args: string[],
  input: Readable,
  env?: NodeJS.ProcessEnv
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => (err += d))
    child.on('error', error => reject(new CommandError(command, null, error.message)))
    child.stdin.on('error', () => undefined)
    input.on('error', error => {
      child.kill()
      reject(error)
    })
    input.pipe(child.stdin)
    child.on('close', code =>
      code === 0
        ? resolve(out)
        : reject(
            new CommandError(
              `${command} ${args[0] ?? ''}`.trim(),
              code,
              (err || out).trim().split('\n').slice(-3).join(' | ')
            )
          )
    )
  })
}
