/**
 * The local Docker engine and the Docker CLI's config:
 *
 * - whether an engine answers (asked once per run);
 * - loading an image of an OCI layout into the engine (`docker load` of a streamed archive);
 * - credentials: the action writes `auths[registry]` into the Docker config so later
 *   `docker push`/`docker pull` steps are logged in, and the post step puts the file back
 *   exactly as it was; source registries' credentials are read from it.
 */
import { chmod, copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { dockerEngineAnswers } from '../build/builders.js'
import { dockerArchiveStream, OciLayoutSource } from '../registry/index.js'
import { actionRunner } from './runner.js'

let engine: Promise<boolean> | undefined

/** Whether a Docker engine answers here; asked once per run. */
export function dockerEngine(): Promise<boolean> {
  engine ??= dockerEngineAnswers(actionRunner)
  return engine
}

/**
 * Loads the image of an OCI layout into the Docker engine under `names` (none: by its image
 * ID only), streaming it as a `docker save` archive. Returns what `docker load` said.
 */
export async function loadLayout(dir: string, tag: string, names: string[]): Promise<string> {
  const layout = new OciLayoutSource(dir, tag)
  const root = await layout.root()
  const archive = await dockerArchiveStream(
    layout,
    { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
    root.bytes,
    names
  )
  return (await actionRunner.pipeInto('docker', ['load'], archive)).trim()
}

/** The Docker CLI's key for a registry in `auths` (Docker Hub keeps its historical URL). */
export function dockerAuthKey(registry: string): string {
  return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry
}

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
  const key = dockerAuthKey(registry)
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
  try {
    // The helper's answer is a secret: asked quietly, so it is neither logged nor echoed.
    const stdout = await actionRunner.run(`docker-credential-${helper}`, ['get'], {
      env,
      input: key,
      quiet: true,
      timeoutMs: 10_000
    })
    const answer = JSON.parse(stdout) as { Username?: string; Secret?: string }
    return answer.Secret ? { username: answer.Username ?? '', password: answer.Secret } : undefined
  } catch {
    return undefined
  }
}
