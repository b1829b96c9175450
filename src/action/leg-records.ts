/**
 * The hand-over from the per-platform legs of a matrix to the job that merges them
 * (`command: index`), with no artifact and no extra step: a leg that pushes by digest saves a
 * cache entry with @actions/cache whose *key* is the record: the run id, the run attempt, a
 * hash of the exact image, the platform, and the digest pushed. The merge looks each platform
 * up by its key's prefix without downloading anything (`lookupOnly`), trying this attempt
 * first and then each earlier one, so a merge re-run alone still finds its legs and a re-run
 * leg's newer record wins over its old one.
 *
 * Nothing is restored, so nothing from the cache reaches the merge's disk: no archive member
 * can land outside the workspace, no file can be a FIFO, no download can hang. The lookup
 * itself has a deadline. A record only names a digest; the merge reads every manifest it names
 * from the registry, verified against that digest, and checks the platform there.
 */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import type { Digest, Reference } from '../registry/index.js'
import { actionsCacheAvailable, actionsCacheBackend, type RecordBackend } from './blob-cache.js'
import { removeOnCancel } from './cleanup.js'
import type { RunContext } from './context.js'
import { withDeadline } from './deadline.js'
import { UserError } from './errors.js'
import { group } from './log.js'

/** What a leg hands to the merge. */
export interface LegRecord {
  /** `<registry>/<repository>` the leg pushed to. */
  image: string
  platform: string
  /** The manifest (or index, with attestations) the leg pushed for this platform. */
  digest: Digest
  runAttempt: number
}

const VERSION = 'v2'

/**
 * The directory a leg's entry is saved from, relative to the workspace: @actions/cache computes
 * an entry's version from the path as given, so the leg and the merge must name it alike on
 * runners whose workspaces differ. Its content (the record as JSON) is for people; the merge
 * reads the key.
 */
const RECORD_DIR = '.ghcr-action-leg'
const RECORD_FILE = 'record.json'

/** How long the merge waits for the cache service to answer one lookup. */
export const LOOKUP_DEADLINE_MS = 30_000

/**
 * The start of a record's key: run, attempt, the image (a hash of its exact name: two names
 * must never share a key, as `team/app` and `team-app` would as slugs), the platform. It ends
 * in `-leg-` so that no platform's prefix is the start of another's (`linux/arm` and
 * `linux/arm/v7`): the cache service matches prefixes.
 */
export function legKeyPrefix(
  ctx: RunContext,
  image: Reference,
  platform: string,
  attempt: number
): string {
  const name = createHash('sha256')
    .update(`${image.registry}/${image.repository}`)
    .digest('hex')
    .slice(0, 24)
  // Platforms are [a-z0-9_.] parts joined by "/": with "/" as "-" the name stays unique.
  return `ghcr-action-${VERSION}-run-${ctx.runId}-${attempt}-${name}-${platform.replace(/\//g, '-')}-leg-`
}

/** The digest a record's key names, or undefined for a key that is not one. */
export function digestOfKey(key: string, prefix: string): Digest | undefined {
  if (!key.startsWith(prefix)) return undefined
  const hex = key.slice(prefix.length)
  return /^[0-9a-f]{64}$/.test(hex) ? (`sha256:${hex}` as Digest) : undefined
}

/** Why records cannot pass between jobs here, or undefined when they can. */
export function legRecordsUnavailable(
  ctx: RunContext,
  backend: RecordBackend = actionsCacheBackend,
  env: NodeJS.ProcessEnv = process.env
): string | undefined {
  if (!ctx.inActions || !ctx.runId) return 'this is not a GitHub Actions run'
  if (backend === actionsCacheBackend && !actionsCacheAvailable(env))
    return "GitHub Actions' cache service is not available to this job"
  return undefined
}

/**
 * Saves one record per platform of a leg's push. Fails the step when a record cannot be
 * saved: a merge could not find the leg, and re-running the leg is the fix.
 */
export async function saveLegRecords(
  ctx: RunContext,
  image: Reference,
  pushed: { digest: Digest },
  platforms: string[],
  backend: RecordBackend = actionsCacheBackend
): Promise<string[]> {
  const keys: string[] = []
  const name = `${image.registry}/${image.repository}`
  // The directory is the action's for the length of the save; one of the user's is left alone.
  if (existsSync(RECORD_DIR)) {
    throw new UserError(
      `Pushed ${name}@${pushed.digest}, but could not record it for the index step: the workspace already has ${RECORD_DIR}, the directory the record is saved from, and it is not this action's to remove. Rename it, or give the index step sources: ${pushed.digest}.`
    )
  }
  for (const platform of platforms) {
    const key = `${legKeyPrefix(ctx, image, platform, ctx.runAttempt)}${pushed.digest.slice(7)}`
    const record: LegRecord = {
      image: name,
      platform,
      digest: pushed.digest,
      runAttempt: ctx.runAttempt
    }
    removeOnCancel(RECORD_DIR)
    await mkdir(RECORD_DIR)
    try {
      await writeFile(`${RECORD_DIR}/${RECORD_FILE}`, JSON.stringify(record))
      await backend.save(RECORD_DIR, key)
    } catch (error) {
      throw new UserError(
        `Pushed ${name}@${pushed.digest} for ${platform}, but could not record it for the index step: ${error instanceof Error ? error.message : String(error)}. Re-run this job, or give the index step sources: ${pushed.digest}.`
      )
    } finally {
      await rm(RECORD_DIR, { recursive: true, force: true })
    }
    core.info(`Recorded ${pushed.digest} for ${platform} for the index step (${key})`)
    keys.push(key)
  }
  return keys
}

/**
 * The newest record of this run's leg for `platform`: this attempt's, else the latest earlier
 * one. Undefined when no attempt recorded it.
 */
export async function findLegRecord(
  ctx: RunContext,
  image: Reference,
  platform: string,
  backend: RecordBackend = actionsCacheBackend
): Promise<LegRecord | undefined> {
  for (let attempt = ctx.runAttempt; attempt >= 1; attempt--) {
    const prefix = legKeyPrefix(ctx, image, platform, attempt)
    const key = await withDeadline(
      backend.lookup(RECORD_DIR, prefix),
      LOOKUP_DEADLINE_MS,
      `GitHub Actions' cache service did not answer within ${LOOKUP_DEADLINE_MS / 1000} s when asked for the ${platform} leg's record`
    )
    if (key === undefined) continue
    const digest = digestOfKey(key, prefix)
    if (!digest) {
      throw new UserError(
        `The cache entry ${key} answered for the ${platform} leg's record, and it names no digest. Re-run the ${platform} leg, or set sources:.`
      )
    }
    return { image: `${image.registry}/${image.repository}`, platform, digest, runAttempt: attempt }
  }
  return undefined
}

/**
 * A leg's push by digest, handed to the index step: one record per platform of what was
 * pushed. Where records cannot pass between jobs, a notice says how to merge without them.
 */
export async function recordLeg(
  ctx: RunContext,
  image: Reference,
  pushed: {
    root: { digest: Digest }
    pushedPlatforms(): Promise<string[]>
  },
  backend: RecordBackend = actionsCacheBackend
): Promise<string[]> {
  const why = legRecordsUnavailable(ctx, backend)
  if (why) {
    core.notice(
      `Pushed by digest (${pushed.root.digest}); no record for an index step was saved, since ${why}. Give the index step sources: ${pushed.root.digest}.`
    )
    return []
  }
  const platforms = await pushed.pushedPlatforms()
  if (platforms.length === 0) {
    throw new UserError(
      `Pushed ${image.registry}/${image.repository}@${pushed.root.digest}, but the image declares no platform, so the index step could not place it. Set platforms: on the build.`
    )
  }
  return group('Record the push for the index step', () =>
    saveLegRecords(ctx, image, pushed.root, platforms, backend)
  )
}
