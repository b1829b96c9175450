/**
 * The test bed's real components (TESTBED.md): Debian's docker-registry, docker.io, buildah,
 * skopeo, umoci. A missing one is installed with apt-get when running as root; otherwise the
 * test fails with the command that would install it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'

/** Debian package for each command the tests run. */
export const PACKAGES: Record<string, string> = {
  'docker-registry': 'docker-registry',
  htpasswd: 'apache2-utils',
  dockerd: 'docker.io',
  docker: 'docker.io',
  buildah: 'buildah',
  skopeo: 'skopeo',
  umoci: 'umoci',
  busybox: 'busybox-static',
  openssl: 'openssl'
}

let aptUpdated = false

/** Whether `command` is on the PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' }).status === 0
}

/** Makes sure each command exists, installing its Debian package when it does not. */
export function ensureCommands(...commands: string[]): void {
  const missing = commands.filter(c => !hasCommand(c))
  if (missing.length === 0) return
  const packages = [...new Set(missing.map(c => PACKAGES[c] ?? c))]
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(', ')}: run apt-get install -y ${packages.join(' ')}`)
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env })
    aptUpdated = true
  }
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'ignore', env })
  const still = commands.filter(c => !hasCommand(c))
  if (still.length)
    throw new Error(`installing ${packages.join(' ')} did not provide ${still.join(', ')}`)
}

/** A free TCP port on `host`, found by binding port 0. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Thrown by a `waitFor` check when waiting longer cannot help (the process exited). */
export class GiveUp extends Error {}

/** Polls `check` until it returns true or `ms` pass; a `GiveUp` from `check` ends it at once. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  ms = 20000
): Promise<void> {
  const deadline = Date.now() + ms
  for (;;) {
    try {
      if (await check()) return
    } catch (error) {
      if (error instanceof GiveUp) throw error
      // not ready yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${ms} ms`)
    await new Promise(r => setTimeout(r, 50))
  }
}

/** A started test service. */
interface Service {
  stop(): Promise<void>
}

type Started<T> = { -readonly [K in keyof T]: Awaited<T[K]> }

/**
 * `Promise.all` for test services: when one fails to start, the ones that did are stopped before
 * the error is thrown (a started engine nobody stops keeps jest from exiting).
 */
export async function startTogether<T extends readonly Promise<Service>[] | []>(
  starts: T
): Promise<Started<T>> {
  const settled = await Promise.allSettled(starts as readonly Promise<Service>[])
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) {
    await Promise.allSettled(
      settled.flatMap(s => (s.status === 'fulfilled' ? [s.value.stop()] : []))
    )
    throw failed.reason
  }
  return settled.map(s => (s as PromiseFulfilledResult<Service>).value) as Started<T>
}
