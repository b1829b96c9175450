/**
 * Registry caches of buildah and podman on registries that speak plain HTTP. The action reaches
 * loopback registries (`localhost`, `127.0.0.0/8`, `[::1]`) over plain HTTP, as the Docker
 * engine does; buildah and podman refuse them ("failed pushing cache to …") unless they are told
 * the registry is insecure. They are told for exactly those registries and this build alone: a
 * registries.conf (containers-registries.conf(5)) made from the one they would read, with an
 * `insecure = true` entry for each, passed as CONTAINERS_REGISTRIES_CONF. Never
 * `--tls-verify=false`, which would cover every registry of the build, base images included.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isLoopback, parseReference } from '../registry/reference.js'

/** The version 1 format's tables: a file in it cannot take a version 2 `[[registry]]` entry. */
const V1_TABLE = /^\s*\[\s*registries\s*\.\s*(?:search|insecure|block)\s*\]/m

/** The registries of cache references (`ref=`) that are reached over plain HTTP. */
export function plainHttpRegistries(refs: string[]): string[] {
  const hosts = new Set<string>()
  for (const ref of refs) {
    try {
      const { registry } = parseReference(ref)
      if (isLoopback(registry)) hosts.add(registry)
    } catch {
      // Not a reference the builder could use either; it says so itself.
    }
  }
  return [...hosts]
}

/** The registries.conf the containers tools read for this environment, and where it is. */
export function effectiveRegistriesConf(env: NodeJS.ProcessEnv): { path: string; text: string } {
  const candidates = [
    env.CONTAINERS_REGISTRIES_CONF,
    env.HOME && join(env.HOME, '.config', 'containers', 'registries.conf'),
    '/etc/containers/registries.conf'
  ].filter((p): p is string => !!p)
  for (const path of candidates)
    if (existsSync(path)) return { path, text: readFileSync(path, 'utf8') }
  return { path: '', text: '' }
}

/**
 * `base` with an `insecure = true` entry for each host it does not configure already. Throws
 * for a file in the version 1 format, which cannot hold one (the message says what to do).
 */
export function withInsecureRegistries(base: string, hosts: string[], where: string): string {
  if (V1_TABLE.test(base)) {
    throw new Error(
      `${where} is in the version 1 format of registries.conf, which cannot take an entry for one registry: add ${hosts.join(', ')} to its [registries.insecure] list, or convert it to version 2`
    )
  }
  const configured = (host: string): boolean =>
    new RegExp(
      `^\\s*(?:location|prefix)\\s*=\\s*["']${host.replace(/[.[\]]/g, '\\$&')}["']`,
      'm'
    ).test(base)
  const entries = hosts
    .filter(h => !configured(h))
    .map(h => `\n[[registry]]\nlocation = "${h}"\ninsecure = true\n`)
  return `${base}${base && !base.endsWith('\n') ? '\n' : ''}${entries.join('')}`
}

/**
 * The environment for a build whose caches are on plain-HTTP registries: CONTAINERS_REGISTRIES_CONF
 * pointing at a file naming them insecure; `cleanup` removes it. Unchanged when there are none.
 */
export async function insecureCacheEnv(
  refs: string[],
  env: NodeJS.ProcessEnv
): Promise<{ env: NodeJS.ProcessEnv; hosts: string[]; cleanup: () => Promise<void> }> {
  const hosts = plainHttpRegistries(refs)
  if (hosts.length === 0) return { env, hosts, cleanup: async () => undefined }
  const base = effectiveRegistriesConf(env)
  const text = withInsecureRegistries(base.text, hosts, base.path || 'registries.conf')
  const dir = await mkdtemp(join(tmpdir(), 'ghcr-action-registries-'))
  const path = join(dir, 'registries.conf')
  await writeFile(path, text)
  return {
    env: { ...env, CONTAINERS_REGISTRIES_CONF: path },
    hosts,
    cleanup: () => rm(dir, { recursive: true, force: true })
  }
}
