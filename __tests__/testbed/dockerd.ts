/**
 * A real Docker engine for tests, started as TESTBED.md describes: vfs storage, no bridge, no
 * iptables, its own data and exec roots and socket. `host` goes into DOCKER_HOST.
 */
import { spawn, spawnSync } from 'node:child_process'
import { openSync, closeSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureCommands, GiveUp, waitFor } from './tools.js'

export interface TestDockerd {
  /** `unix:///…/docker.sock`, for DOCKER_HOST. */
  host: string
  /** Environment for a `docker` CLI talking to this engine, with its own DOCKER_CONFIG. */
  env: NodeJS.ProcessEnv
  /** Runs the docker CLI against this engine; throws with its output on failure. */
  docker(args: string[], input?: Buffer): string
  /**
   * The same without blocking this process: needed whenever the engine talks to a server that
   * runs inside the test process (the token-service emulation, a proxy).
   */
  dockerAsync(args: string[]): Promise<string>
  stop(): Promise<void>
}

export interface DockerdOptions {
  /**
   * Runs the engine in a network namespace of its own (`unshare --net`), as rootless Docker
   * runs: it cannot reach servers on this machine's loopback.
   */
  ownNetwork?: boolean
}

export async function startDockerd(options: DockerdOptions = {}): Promise<TestDockerd> {
  ensureCommands('dockerd', 'docker')
  // Under /tmp with a short name: unix socket paths are limited to 108 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'gad-'))
  const sock = join(dir, 'd.sock')
  const host = `unix://${sock}`
  const log = join(dir, 'dockerd.log')
  // The log is a file descriptor the child owns, not a pipe: dockerd's containerd inherits it
  // and may outlive dockerd, and a pipe would keep this process waiting for it.
  const out = openSync(log, 'a')
  const dockerd = [
    'dockerd',
    '--storage-driver',
    'vfs',
    '--iptables=false',
    '--ip6tables=false',
    '--bridge=none',
    '--data-root',
    join(dir, 'data'),
    '--exec-root',
    join(dir, 'exec'),
    '--pidfile',
    join(dir, 'pid'),
    '-H',
    host
  ]
  // unshare execs dockerd in the new namespace: the child is dockerd itself.
  const [command, ...args] = options.ownNetwork ? ['unshare', '--net', ...dockerd] : dockerd
  const child = spawn(command!, args, { stdio: ['ignore', out, out] })
  closeSync(out)
  const env = {
    ...process.env,
    DOCKER_HOST: host,
    DOCKER_CONFIG: join(dir, 'cli-config'),
    DOCKER_BUILDKIT: '0'
  }
  const docker = (args: string[], input?: Buffer): string => {
    const r = spawnSync('docker', args, { env, input, maxBuffer: 64 * 1024 * 1024 })
    if (r.status !== 0) {
      throw new Error(
        `docker ${args.join(' ')} failed (${r.status}): ${r.stderr?.toString()}${r.stdout?.toString()}`
      )
    }
    return r.stdout.toString()
  }
  const dockerAsync = (args: string[]): Promise<string> =>
    new Promise((resolve, reject) => {
      const child = spawn('docker', args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      let err = ''
      child.stdout.on('data', d => (out += d))
      child.stderr.on('data', d => (err += d))
      child.on('error', reject)
      child.on('close', code =>
        code === 0
          ? resolve(out)
          : reject(new Error(`docker ${args.join(' ')} failed (${code}): ${err}${out}`))
      )
    })
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      let timer: NodeJS.Timeout | undefined
      await Promise.race([exited, new Promise(r => (timer = setTimeout(r, 15000)))])
      clearTimeout(timer)
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    // vfs layers can hold read-only files; rm -rf copes.
    spawnSync('rm', ['-rf', dir])
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitFor(
      'dockerd',
      async () => {
        if (child.exitCode !== null) throw new GiveUp('dockerd exited')
        return (
          spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {
            env,
            stdio: 'ignore'
          }).status === 0
        )
      },
      60000
    )
  } catch (error) {
    await stop()
    throw new Error(
      `dockerd did not start: ${(error as Error).message}\n${readFileSync(log, 'utf8').slice(-2000)}`
    )
  }
  return { host, env, docker, dockerAsync, stop }
}
