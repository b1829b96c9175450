/**
 * The Docker CLI's config: the action writes `auths[registry]` into it so later
 * `docker push`/`docker pull` steps are logged in, and the post step puts the file back as it
 * was (taking out only what its own run wrote); source registries' credentials are read from it.
 */
import { chmod, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { createHash, randomBytes } from 'node:crypto'

/** The Docker CLI's key for a registry in `auths` (Docker Hub keeps its historical URL). */
export function dockerAuthKey(registry: string): string {
  return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry
}

/** The Docker config file the CLI reads: `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
}

/** Where the post step finds what to restore. Holds no secret: it goes into the state. */
export interface DockerConfigRecord {
  /** The config file written, links followed. */
  path: string
  /** The `auths` key written. */
  key: string
  /** Marks the entry this run wrote (see {@link Entry}). */
  id: string
  /** sha256 of the file as this run left it: when it is still so, the backup comes back. */
  written: string
  /**
   * The file as it was, copied (mode 0600) under RUNNER_TEMP: it may hold credentials, so it
   * is a file, never state. Null when there was no file.
   */
  backup: string | null
  /** The original file's permission bits, restored with it. */
  mode?: number
}

/**
 * An `auths` entry. One the action wrote carries `ghcrAction`: its run's id and the entry it
 * replaced, so the entries of overlapping runs on one runner home form a chain, and each
 * run's post step takes out its own link wherever it is (the Docker CLI ignores the field,
 * and drops it when it rewrites the file, as after a `docker login`).
 */
interface Entry {
  auth?: string
  ghcrAction?: { id: string; previous?: Entry }
  [field: string]: unknown
}

type Config = Record<string, unknown> & { auths?: Record<string, Entry> }

const LOCK_WAIT_MS = 15_000
const LOCK_STALE_MS = 60_000

/**
 * Runs `work` holding `<file>.lock`: the read-modify-write of a config shared by concurrent
 * jobs on one runner home. A lock older than a minute is a crashed holder's, and is broken.
 */
async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx', mode: 0o600 })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = await stat(lock).then(
        s => Date.now() - s.mtimeMs,
        () => 0
      )
      if (age > LOCK_STALE_MS) await rm(lock, { force: true })
      else if (Date.now() > deadline)
        throw new Error(`the Docker config ${file} stayed locked (${lock}) for 15 s`)
      else await new Promise(r => setTimeout(r, 20 + Math.random() * 30))
    }
  }
  try {
    return await work()
  } finally {
    await rm(lock, { force: true })
  }
}

/** The file a config path names, its links followed (a missing file: the path itself). */
async function target(path: string): Promise<string> {
  return realpath(path).catch(() => path)
}

function parseConfig(text: string, path: string): Config {
  try {
    const parsed: unknown = text.trim() ? JSON.parse(text) : {}
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Config
  } catch {
    // reported below
  }
  throw new Error(`the Docker config ${path} is not valid JSON; fix or remove it`)
}

/** Writes `text` to `file` through a rename in its own directory: never half a file. */
async function replaceFile(file: string, text: string, mode: number): Promise<void> {
  const tmp = join(
    dirname(file),
    `.${basename(file)}.ghcr-action-${randomBytes(4).toString('hex')}`
  )
  try {
    await writeFile(tmp, text, { mode })
    await chmod(tmp, mode)
    await rename(tmp, file)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}

const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex')

/**
 * Adds credentials for `registry` to the Docker config, keeping every other entry (other
 * registries, `credHelpers`, `credsStore`, proxies) intact, under a lock and through a rename
 * (links followed, so a linked config stays linked). Returns the record for the post step.
 */
export async function writeDockerCredentials(
  registry: string,
  username: string,
  token: string,
  backupDir: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<DockerConfigRecord> {
  const path = await target(dockerConfigPath(env))
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const id = randomBytes(6).toString('hex')
  return withLock(path, async () => {
    let config: Config = {}
    let backup: string | null = null
    let mode: number | undefined
    if (existsSync(path)) {
      mode = (await stat(path)).mode & 0o777
      const text = await readFile(path)
      config = parseConfig(text.toString('utf8'), path)
      await mkdir(backupDir || tmpdir(), { recursive: true })
      backup = join(backupDir || tmpdir(), `ghcr-action-docker-config-${id}.json`)
      await writeFile(backup, text, { mode: 0o600 })
    }
    const auths = config.auths && typeof config.auths === 'object' ? config.auths : {}
    const previous = auths[registry]
    auths[registry] = {
      auth: Buffer.from(`${username}:${token}`).toString('base64'),
      ghcrAction: { id, ...(previous && { previous }) }
    }
    config.auths = auths
    const text = JSON.stringify(config, null, '\t') + '\n'
    await replaceFile(path, text, 0o600)
    return {
      path,
      key: registry,
      id,
      written: sha(text),
      backup,
      ...(mode !== undefined && { mode })
    }
  })
}

/**
 * Takes this run's link out of an entry's chain; returns the entry as it should now be
 * (undefined: no entry), or `entry` itself when this run's link is not in it.
 */
function unlink(entry: Entry | undefined, id: string): Entry | undefined {
  if (!entry?.ghcrAction) return entry
  if (entry.ghcrAction.id === id) return entry.ghcrAction.previous
  const previous = unlink(entry.ghcrAction.previous, id)
  if (previous === entry.ghcrAction.previous) return entry
  return { ...entry, ghcrAction: { id: entry.ghcrAction.id, ...(previous && { previous }) } }
}

/**
 * Undoes what {@link writeDockerCredentials} did, under the same lock. A file nobody changed
 * since comes back byte for byte (mode included), or goes if the action created it. A file
 * that changed (another job logged in meanwhile) keeps every other change: only this run's
 * entry is taken out of its key's chain, so the entry it replaced comes back, and a later
 * run's login stays.
 */
export async function restoreDockerConfig(
  record: DockerConfigRecord
): Promise<'restored' | 'removed' | 'unlinked' | 'untouched'> {
  return withLock(record.path, async () => {
    const text = await readFile(record.path).catch(() => undefined)
    if (text === undefined) return 'untouched'
    if (sha(text) === record.written) {
      if (!record.backup) {
        await rm(record.path, { force: true })
        return 'removed'
      }
      await replaceFile(record.path, await readFile(record.backup, 'utf8'), record.mode ?? 0o600)
      return 'restored'
    }
    const config = parseConfig(text.toString('utf8'), record.path)
    const auths = config.auths ?? {}
    const before = auths[record.key]
    const after = unlink(before, record.id)
    if (after === before) return 'untouched'
    if (after) auths[record.key] = after
    else delete auths[record.key]
    const mode = (await stat(record.path)).mode & 0o777
    await replaceFile(record.path, JSON.stringify(config, null, '\t') + '\n', mode)
    return 'unlinked'
  }).finally(() => (record.backup ? rm(record.backup, { force: true }) : undefined))
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
    // Loaded here: a step that finds no helper does not load the process runner at start.
    const { actionRunner } = await import('./exec.js')
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
