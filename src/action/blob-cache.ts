/**
 * A blob cache across workflow runs: pulled layers are kept in a content-addressed store (an
 * OCI image layout) that is restored before a pull and saved after it with @actions/cache, so
 * a second run downloads only what changed. Every restored blob is re-hashed before use, and
 * any that does not match its name is dropped. Cache failures are warnings, never errors, and
 * outside GitHub Actions the cache is off.
 */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { isDigest, parseManifest, type Descriptor } from '../registry/index.js'

/** Where cache entries live: GitHub's cache service, or (in tests) a stand-in. */
export interface CacheBackend {
  /**
   * Restores `dir` from the entry `key` or, failing that, the newest entry whose key starts with
   * `prefix`; the key restored, or undefined.
   */
  restore(dir: string, key: string, prefix: string): Promise<string | undefined>
  /** Saves `dir` under `key`; throws when the entry was not stored. */
  save(dir: string, key: string): Promise<void>
}

/** Entries whose key is what they hold (the legs' records): saved, and looked up by key alone. */
export interface RecordBackend {
  save(dir: string, key: string): Promise<void>
  /**
   * The key of the newest entry of `dir` whose key starts with `prefix`, without downloading
   * it; undefined when there is none.
   */
  lookup(dir: string, prefix: string): Promise<string | undefined>
}

/**
 * @actions/cache, loaded only when the cache is used: it brings the Azure storage SDK, which
 * would otherwise cost every command start-up time and memory.
 */
const loadActionsCache = (): Promise<typeof import('@actions/cache')> => import('@actions/cache')

/** GitHub's cache service through @actions/cache. */
export const actionsCacheBackend: CacheBackend & RecordBackend = {
  restore: async (dir, key, prefix) =>
    (await loadActionsCache()).restoreCache([dir], key, prefix === key ? [] : [prefix]),
  save: async (dir, key) => {
    // @actions/cache reports a failed save as a warning and the id -1, not as an error.
    if ((await (await loadActionsCache()).saveCache([dir], key)) === -1)
      throw new Error(`the cache service did not store ${key}`)
  },
  lookup: async (dir, prefix) =>
    (await loadActionsCache()).restoreCache([dir], prefix, [prefix], { lookupOnly: true })
}

/** Whether GitHub's cache service is reachable from this run (its variables are set). */
export function actionsCacheAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  // What @actions/cache's isFeatureAvailable() checks, without loading it: service v2 (not on
  // GHES) needs ACTIONS_RESULTS_URL, v1 needs ACTIONS_CACHE_URL.
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase()
  const ghes = host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
  return env.ACTIONS_CACHE_SERVICE_V2 && !ghes ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL
}

const VERSION = 'v1'

/** A cache key part from a repository name: lower-case letters, digits and dashes. */
function scopeOf(registry: string, repository: string): string {
  return `${registry}/${repository}`.replace(/[^a-z0-9]+/g, '-')
}

export class BlobCache {
  private restoredKey: string | undefined

  constructor(
    /** The store: an OCI layout directory at the same path on every run. */
    readonly dir: string,
    private readonly backend: CacheBackend,
    readonly enabled: boolean
  ) {}

  /** The cache for this run: on under GitHub Actions with the cache service available. */
  static forRun(
    inActions: boolean,
    backend: CacheBackend = actionsCacheBackend,
    dir = join(homedir(), '.cache', 'ghcr-action', 'blobs')
  ): BlobCache {
    const available = inActions && (backend !== actionsCacheBackend || actionsCacheAvailable())
    return new BlobCache(dir, backend, available)
  }

  private prefix(registry: string, repository: string): string {
    return `ghcr-action-blobs-${VERSION}-${scopeOf(registry, repository)}-`
  }

  /** Restores the newest cache of the repository, then drops any blob that fails its digest. */
  async restore(registry: string, repository: string): Promise<void> {
    if (!this.enabled) return
    try {
      const prefix = this.prefix(registry, repository)
      this.restoredKey = await this.backend.restore(this.dir, `${prefix}restore`, prefix)
      if (!this.restoredKey) {
        core.info('Blob cache: nothing cached yet')
        return
      }
      const dropped = await this.verify()
      core.info(
        `Blob cache: restored ${this.restoredKey}${dropped ? `; dropped ${dropped} blob(s) that did not match their digest` : ''}`
      )
    } catch (error) {
      core.warning(
        `Blob cache not restored: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }

  /**
   * Keeps only the blobs of `roots` (so the cache holds what this run used and does not grow
   * without bound) and saves it under a key naming those images.
   */
  async save(
    registry: string,
    repository: string,
    roots: Descriptor | Descriptor[]
  ): Promise<void> {
    if (!this.enabled) return
    const all = Array.isArray(roots) ? roots : [roots]
    const id =
      all.length === 1
        ? all[0]!.digest.replace(':', '-')
        : createHash('sha256')
            .update(
              all
                .map(r => r.digest)
                .sort()
                .join(',')
            )
            .digest('hex')
    const key = `${this.prefix(registry, repository)}${id}`
    if (key === this.restoredKey) {
      core.info('Blob cache: up to date')
      return
    }
    try {
      await this.prune(all)
      await this.backend.save(this.dir, key)
      core.info(`Blob cache: saved ${key}`)
    } catch (error) {
      core.warning(
        `Blob cache not saved: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }

  /** Re-hashes every blob; removes those whose content is not what their name says. */
  private async verify(): Promise<number> {
    const folder = join(this.dir, 'blobs', 'sha256')
    if (!existsSync(folder)) return 0
    let dropped = 0
    for (const name of await readdir(folder)) {
      const path = join(folder, name)
      const hash = createHash('sha256')
      let ok = isDigest(`sha256:${name}`)
      if (ok) {
        await pipeline(createReadStream(path), hash)
        ok = hash.digest('hex') === name
      }
      if (!ok) {
        await rm(path, { force: true })
        dropped++
      }
    }
    return dropped
  }

  /** Removes every blob the roots do not reference. */
  private async prune(roots: Descriptor[]): Promise<void> {
    const keep = new Set<string>()
    const visit = async (desc: Descriptor): Promise<void> => {
      keep.add(desc.digest)
      const path = join(this.dir, 'blobs', 'sha256', desc.digest.slice(7))
      if (!existsSync(path) || (await stat(path)).size > 4 * 1024 * 1024) return
      let parsed
      try {
        parsed = parseManifest(await readFile(path), desc.mediaType)
      } catch {
        return
      }
      if (parsed.kind === 'index') for (const child of parsed.index.manifests) await visit(child)
      else
        for (const blob of [parsed.manifest.config, ...parsed.manifest.layers])
          keep.add(blob.digest)
    }
    for (const root of roots) await visit(root)
    const folder = join(this.dir, 'blobs', 'sha256')
    for (const name of await readdir(folder)) {
      if (!keep.has(`sha256:${name}`)) await rm(join(folder, name), { force: true })
    }
  }

  /** Makes sure the store exists (as an OCI layout directory). */
  async prepare(): Promise<void> {
    await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true })
  }
}
