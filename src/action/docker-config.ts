/**
 * Docker CLI credentials: the action writes `auths[registry]` into the Docker config so later
 * `docker push`/`docker pull` steps are logged in, and the post step puts the file back exactly
 * as it was.
 */
import { chmod, copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { execFile } from 'node:child_process'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** The Docker config file the CLI reads: `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
}

/** Where the post step finds what to restore. */
export interface DockerConfigRecord {
  path: string
  backup: string | null
  /** The original file's permission bits, restored with it. */
  mode?: number
}

/**
 * Adds credentials for `registry` to the Docker config, keeping every other entry (other
 * registries, `credHelpers`, `credsStore`, proxies) intact. The file is written with mode 0600
 * through a rename, so a reader never sees half a file. Returns the record for the post step;
 * the backup holds the file as it was (which is the user's own, with whatever it had).
 */
export async function writeDockerCredentials(
  registry: string,
  username: string,
  token: string,
  backupDir: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<DockerConfigRecord> {
  const path = dockerConfigPath(env)
  let config: Record<string, unknown> = {}
  let backup: string | null = null
  let mode: number | undefined
  if (existsSync(path)) {
    mode = (await stat(path)).mode & 0o777
    const text = await readFile(path, 'utf8')
    try {
      config = text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      throw new Error(`the Docker config ${path} is not valid JSON; fix or remove it`)
    }
    await mkdir(backupDir || tmpdir(), { recursive: true })
    backup = join(
      backupDir || tmpdir(),
      `ghcr-action-docker-config-${randomBytes(6).toString('hex')}.json`
    )
    await copyFile(path, backup)
    await chmod(backup, 0o600)
  }
  const auths = (config.auths && typeof config.auths === 'object' ? config.auths : {}) as Record<
    string,
    unknown
  >
  auths[registry] = { auth: Buffer.from(`${username}:${token}`).toString('base64') }
  config.auths = auths
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const tmp = `${path}.ghcr-action-${randomBytes(4).toString('hex')}`
  await writeFile(tmp, JSON.stringify(config, null, '\t') + '\n', { mode: 0o600 })
  await rename(tmp, path)
  return { path, backup, ...(mode !== undefined && { mode }) }
}

/** Puts the Docker config back exactly as it was, or removes it if there was none. */
export async function restoreDockerConfig(record: DockerConfigRecord): Promise<void> {
  if (record.backup) {
    await copyFile(record.backup, record.path)
    if (record.mode !== undefined) await chmod(record.path, record.mode)
    await rm(record.backup, { force: true })
  } else {
    await rm(record.path, { force: true })
  }
}

/**
 * Credentials for `registry` from the Docker config, as `docker pull` would use them: an
 * `auths` entry (`auth` as base64 `user:password`, or `identitytoken`), or a credential helper
 * (`credHelpers[registry]`, else `credsStore`) asked with `docker-credential-<name> get`.
 * Undefined when there are none.
 */
export async function readDockerCredentials(
  registry: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ username: string; password: string } | undefined> {
  const path = dockerConfigPath(env)
  if (!existsSync(path)) return undefined
  let config: {
    auths?: Record<
      string,
      { auth?: string; identitytoken?: string; username?: string; password?: string }
    >
    credHelpers?: Record<string, string>
    credsStore?: string
  }
  try {
    config = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return undefined
  }
  const key = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry
  const entry = config.auths?.[key] ?? config.auths?.[`https://${key}`]
  if (entry?.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
  }
  if (entry?.identitytoken) return { username: '<token>', password: entry.identitytoken }
  if (entry?.username && entry.password)
    return { username: entry.username, password: entry.password }
  const helper = config.credHelpers?.[key] ?? config.credsStore
  if (!helper || !/^[A-Za-z0-9_.-]+$/.test(helper)) return undefined
  return new Promise(resolve => {
    const child = execFile(
      `docker-credential-${helper}`,
      ['get'],
      { env, timeout: 10_000 },
      (error, stdout) => {
        if (error) return resolve(undefined)
        try {
          const answer = JSON.parse(stdout) as { Username?: string; Secret?: string }
          resolve(
            answer.Secret ? { username: answer.Username ?? '', password: answer.Secret } : undefined
          )
        } catch {
          resolve(undefined)
        }
      }
    )
    child.stdin?.end(key)
  })
}
