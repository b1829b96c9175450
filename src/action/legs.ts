/**
 * The hand-over from the per-platform legs of a matrix to the job that merges them
 * (`command: index`), with no artifact and no extra step: a leg that pushes by digest saves a
 * small record with @actions/cache under a key made of the run id, the run attempt, the image
 * and the platform; the merge restores each platform's record by its exact key, trying this
 * attempt first and then each earlier one, so a merge re-run alone still finds its legs and a
 * re-run leg's newer record wins over its old one.
 *
 * A record only names a digest. The merge reads every manifest it names from the registry,
 * verified against that digest, and checks the platform there; a record is never trusted for
 * more than which digest to read.
 */
import * as core from '@actions/core'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { isDigest, type Digest, type Reference } from '../registry/index.js'
import { actionsCacheAvailable, actionsCacheBackend, type CacheBackend } from './cache.js'
import type { RunContext } from './context.js'
import { UserError } from './errors.js'
import { group } from './log.js'

/** What a leg hands to the merge. */
export interface LegRecord {
  version: 1
  /** `<registry>/<repository>` the leg pushed to. */
  image: string
  platform: string
  /** The manifest (or index, with attestations) the leg pushed for this platform. */
  digest: Digest
  mediaType: string
  size: number
  runAttempt: number
}

const VERSION = 'v1'

/**
 * The one directory records pass through, relative to the workspace: @actions/cache computes an
 * entry's version from the path as given, so the leg and the merge must name it alike on
 * runners whose workspaces differ.
 */
const RECORD_DIR = '.ghcr-action-leg'
const RECORD_FILE = 'record.json'

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

/**
 * The record's key. It ends in `-leg` so that no platform's key is the start of another's
 * (`linux/arm` and `linux/arm/v7`): the cache service falls back to prefix matches.
 */
export function legKey(
  ctx: RunContext,
  image: Reference,
  platform: string,
  attempt: number
): string {
  return `ghcr-action-${VERSION}-run-${ctx.runId}-${attempt}-${slug(`${image.registry}/${image.repository}`)}-${slug(platform)}-leg`
}

/** Why records cannot pass between jobs here, or undefined when they can. */
export function legRecordsUnavailable(
  ctx: RunContext,
  backend: CacheBackend = actionsCacheBackend,
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
  pushed: Pick<LegRecord, 'digest' | 'mediaType' | 'size'>,
  platforms: string[],
  backend: CacheBackend = actionsCacheBackend
): Promise<string[]> {
  const keys: string[] = []
  for (const platform of platforms) {
    const key = legKey(ctx, image, platform, ctx.runAttempt)
    const record: LegRecord = {
      version: 1,
      image: `${image.registry}/${image.repository}`,
      platform,
      ...pushed,
      runAttempt: ctx.runAttempt
    }
    await rm(RECORD_DIR, { recursive: true, force: true })
    await mkdir(RECORD_DIR, { recursive: true })
    await writeFile(`${RECORD_DIR}/${RECORD_FILE}`, JSON.stringify(record))
    try {
      await backend.save(RECORD_DIR, key)
    } catch (error) {
      throw new UserError(
        `Pushed ${record.image}@${pushed.digest} for ${platform}, but could not record it for the index step: ${error instanceof Error ? error.message : String(error)}. Re-run this job, or give the index step sources: ${pushed.digest}.`
      )
    } finally {
      await rm(RECORD_DIR, { recursive: true, force: true })
    }
    core.info(`Recorded ${pushed.digest} for ${platform} for the index step (${key})`)
    keys.push(key)
  }
  return keys
}

/** Reads a restored record, refusing anything that is not one for `image` and `platform`. */
function checkedRecord(text: string, image: Reference, platform: string, key: string): LegRecord {
  let record: Partial<LegRecord>
  try {
    record = JSON.parse(text) as Partial<LegRecord>
  } catch {
    throw new UserError(`The record ${key} is not JSON; re-run the ${platform} leg.`)
  }
  const name = `${image.registry}/${image.repository}`
  if (
    record.version !== 1 ||
    record.image !== name ||
    record.platform !== platform ||
    typeof record.digest !== 'string' ||
    !isDigest(record.digest) ||
    typeof record.mediaType !== 'string' ||
    typeof record.size !== 'number'
  ) {
    throw new UserError(
      `The record ${key} is not a record of ${name} for ${platform}; re-run the ${platform} leg.`
    )
  }
  return record as LegRecord
}

/**
 * The newest record of this run's leg for `platform`: this attempt's, else the latest earlier
 * one. Undefined when no attempt recorded it.
 */
export async function findLegRecord(
  ctx: RunContext,
  image: Reference,
  platform: string,
  backend: CacheBackend = actionsCacheBackend
): Promise<LegRecord | undefined> {
  for (let attempt = ctx.runAttempt; attempt >= 1; attempt--) {
    const key = legKey(ctx, image, platform, attempt)
    await rm(RECORD_DIR, { recursive: true, force: true })
    try {
      // Exact keys only: a prefix match would be another image's or platform's record.
      if ((await backend.restore(RECORD_DIR, key, key)) !== key) continue
      return checkedRecord(
        await readFile(`${RECORD_DIR}/${RECORD_FILE}`, 'utf8').catch(() => ''),
        image,
        platform,
        key
      )
    } finally {
      await rm(RECORD_DIR, { recursive: true, force: true })
    }
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
    root: Pick<LegRecord, 'digest' | 'mediaType' | 'size'>
    pushedPlatforms(): Promise<string[]>
  },
  backend: CacheBackend = actionsCacheBackend
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
