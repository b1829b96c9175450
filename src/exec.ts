/**
 * Running commands: argument arrays, never a shell. Every process the project starts goes
 * through a {@link CommandRunner}; this file has the plain one (Node's `spawn`), which tests and
 * the benchmark use, and the action passes its own (`@actions/exec` for commands whose output
 * is a log, so the log shows `[command]docker build …`). Streaming commands (`docker save`,
 * `docker load`) always use the spawn helpers here: their input or output is data, not a log.
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
  /** Written to the command's standard input (a credential helper's question). */
  input?: string
  /**
   * Neither the command line nor its output is a log: probes, and credential helpers whose
   * output is a secret.
   */
  quiet?: boolean
  /** Stops the command (SIGTERM) when aborted; it then rejects. */
  signal?: AbortSignal
}

/** A command whose stdout is data for the caller (`docker save`). */
export interface StreamedCommand {
  stdout: Readable
  /** Settles when the command exits; a non-zero exit rejects with its last stderr lines. */
  done: Promise<void>
  kill: () => void
}

/** Starts processes. The one way the project runs a command. */
export interface CommandRunner {
  /** Runs to completion; resolves with stdout, rejects with {@link CommandError}. */
  run(command: string, args: string[], options?: RunOptions): Promise<string>
  /** Starts a command whose stdout is streamed to the caller. */
  stream(command: string, args: string[], env?: NodeJS.ProcessEnv): StreamedCommand
  /** Streams `input` into a command's stdin (`docker load`); resolves with its stdout. */
  pipeInto(
    command: string,
    args: string[],
    input: Readable,
    env?: NodeJS.ProcessEnv
  ): Promise<string>
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
function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.signal && { signal: options.signal })
    })
    // Not spawn's own `timeout`: for a command that is not installed, Node keeps that timer
    // (and so the step's process) alive for the whole time after the spawn has failed.
    const timer = options.timeoutMs
      ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
      : undefined
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input)
    const tail: string[] = []
    let stdout = ''
    const keep = (line: string): void => {
      tail.push(line)
      if (tail.length > 20) tail.shift()
      if (!options.quiet) options.onLine?.(line)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < 1 << 20) stdout += chunk.toString('utf8')
    })
    // A quiet command's stdout may be a secret: it never reaches an error message.
    if (!options.quiet) lines(child.stdout, keep)
    lines(child.stderr, keep)
    child.on('error', error => {
      clearTimeout(timer)
      reject(new CommandError(command, null, error.message))
    })
    child.on('close', code => {
      clearTimeout(timer)
      if (code === 0) resolve(stdout)
      else
        reject(
          new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, tail.slice(-5).join(' | '))
        )
    })
  })
}

/** Whether a probe command succeeds within a few seconds; its output is not logged. */
export async function succeeds(
  runner: CommandRunner,
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv
): Promise<boolean> {
  try {
    await runner.run(command, args, { ...(env && { env }), timeoutMs: 15_000, quiet: true })
    return true
  } catch {
    return false
  }
}

/** A command whose stdout is streamed to the caller (`docker save`). */
function streamCommand(command: string, args: string[], env?: NodeJS.ProcessEnv): StreamedCommand {
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
function pipeInto(
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
    // A failed input ends the command: its stdin is closed mid-stream (a reader of archives,
    // such as docker load, then refuses the whole cut archive), it is told to stop, and killed
    // if it does not. The promise settles when it has exited, with the input's error.
    let inputError: unknown
    input.on('error', error => {
      inputError = error
      input.unpipe(child.stdin)
      child.stdin.destroy()
      child.kill()
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 2000).unref()
    })
    input.pipe(child.stdin)
    child.on('close', code =>
      inputError !== undefined
        ? reject(inputError)
        : code === 0
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

/** The plain runner: Node's `spawn`, output handed to `onLine`. */
export const spawnRunner: CommandRunner = { run, stream: streamCommand, pipeInto }
