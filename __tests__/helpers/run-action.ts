/**
 * Runs the bundled action (`node dist/index.js`) the way the GitHub runner does: inputs as
 * `INPUT_<NAME>` variables, and the GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY and
 * GITHUB_ENV files. Runs the post step too when asked, with the state the main step saved.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** The raw GITHUB_STATE file content. */
  state: string
  summary: string
  dir: string
}

const DIST = resolve('dist/index.js')
/** The Node binary that runs the bundle: ACTION_NODE (CI sets Node 24's), else this one. */
const NODE = process.env.ACTION_NODE || process.execPath

/** Parses the runner's `name<<DELIMITER` / `name=value` file format. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
      result[name!] = value.join('\n')
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return result
}

/** Base GITHUB_* environment of a push to `refs/heads/main` of octo-org/hello-world. */
export function githubEnv(dir: string): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens on the discard port: the API is unreachable unless a test emulates it.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: join(dir, 'runner-temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64'
  }
}

/** Runs the main step (and, with `post`, the post step after it) in a fresh runner directory. */
export async function runAction(
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string>
    post?: boolean
    cwd?: string
    /** Called with the main step's process once it runs (to signal it, say). */
    onSpawn?: (child: ChildProcess) => void
    /** Node or V8 flags before the bundle's path (a trace, say); the runner passes none. */
    nodeFlags?: string[]
  } = {}
): Promise<ActionRun & { post?: ActionRun }> {
  const dir = mkdtempSync(join(tmpdir(), 'ghcr-action-run-'))
  mkdirSync(join(dir, 'runner-temp'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const inputEnv: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.toUpperCase()}`] = value
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...githubEnv(dir),
    ...files,
    ...options.env,
    ...inputEnv
  }
  const cwd = options.cwd ?? dir
  const read = (f: string): string => readFileSync(f, 'utf8')
  const main = await exec(base, cwd, options.onSpawn, options.nodeFlags)
  const result: ActionRun & { post?: ActionRun } = {
    ...main,
    outputs: parseCommandFile(read(files.GITHUB_OUTPUT)),
    state: read(files.GITHUB_STATE),
    summary: read(files.GITHUB_STEP_SUMMARY),
    dir
  }
  if (options.post) {
    // The runner hands the saved state to the post step as STATE_<name> variables.
    const stateEnv: Record<string, string> = {}
    for (const [name, value] of Object.entries(parseCommandFile(result.state))) {
      stateEnv[`STATE_${name}`] = value
    }
    writeFileSync(files.GITHUB_OUTPUT, '')
    const post = await exec({ ...base, ...stateEnv }, cwd)
    result.post = {
      ...post,
      outputs: parseCommandFile(read(files.GITHUB_OUTPUT)),
      state: '',
      summary: read(files.GITHUB_STEP_SUMMARY),
      dir
    }
  }
  return result
}

function exec(
  env: NodeJS.ProcessEnv,
  cwd: string,
  onSpawn?: (child: ChildProcess) => void,
  nodeFlags: string[] = []
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE, [...nodeFlags, DIST], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    onSpawn?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => resolvePromise({ code: code ?? -1, stdout, stderr }))
  })
}
