/**
 * What belongs to an image and is not in it: its referrers (attestations, signatures, SBOMs),
 * found through the referrers API, or where the registry has none (ghcr.io) through the
 * `sha256-<hex>` fallback index and cosign's `sha256-<hex>.sig`, `.att` and `.sbom` tags. `copy`
 * carries them with the image, by digest, and writes the fallback tag at the destination.
 */
import * as core from '@actions/core'
import {
  copyImage,
  RemoteDestination,
  RemoteSource,
  type Descriptor,
  type Digest,
  type Reference,
  type Repository
} from '../registry/index.js'
import { addToFallback, fallbackTag } from './attest.js'

/** cosign's tags beside the fallback index: signatures, attestations, SBOMs. */
const COSIGN_SUFFIXES = ['sig', 'att', 'sbom']

export interface CarriedReferrers {
  /** Each referrer copied: its subject, digest and type, and the tag it was found under. */
  copied: Array<{ subject: Digest; digest: Digest; artifactType?: string; tag?: string }>
}

/** The referrers of `subject` in `repo`: entries to copy by digest, and cosign tags to copy as tags. */
async function referrersOf(
  repo: Repository,
  registry: string,
  subject: Digest
): Promise<{ entries: Descriptor[]; tags: string[] }> {
  // ghcr.io has no referrers API, and answers the route with a redirect to a page that is
  // rate limited: asking costs seconds and finds nothing.
  let entries = registry === 'ghcr.io' ? undefined : await repo.listReferrers(subject)
  if (!entries) {
    const tag = fallbackTag(subject)
    const head = await repo.headManifest(tag)
    entries = []
    if (head) {
      const got = await repo.getManifest(tag)
      if (got.parsed.kind === 'index') entries = got.parsed.index.manifests
    }
  }
  const tags: string[] = []
  for (const suffix of COSIGN_SUFFIXES) {
    const tag = `${fallbackTag(subject)}.${suffix}`
    if (await repo.headManifest(tag)) tags.push(tag)
  }
  return { entries, tags }
}

/**
 * Copies the referrers of each subject (the copied image, and each platform image of an index)
 * from `from` to `to`, by digest, listing each under the subject's fallback tag there.
 */
export async function carryReferrers(
  from: Repository,
  source: Reference,
  to: Repository,
  subjects: Digest[]
): Promise<CarriedReferrers> {
  const copied: CarriedReferrers['copied'] = []
  for (const subject of subjects) {
    const { entries, tags } = await referrersOf(from, source.registry, subject)
    for (const entry of entries) {
      await copyImage(new RemoteSource(from, entry.digest), new RemoteDestination(to), { tags: [] })
      await addToFallback(to, subject, entry)
      copied.push({
        subject,
        digest: entry.digest,
        ...(entry.artifactType && { artifactType: entry.artifactType })
      })
    }
    for (const tag of tags) {
      const result = await copyImage(new RemoteSource(from, tag), new RemoteDestination(to), {
        tags: [tag]
      })
      copied.push({ subject, digest: result.digest, tag })
    }
  }
  if (copied.length)
    core.info(
      `Copied ${copied.length} referrer(s) with the image: ${copied
        .map(c => `${c.digest.slice(0, 19)} (${c.artifactType ?? c.tag ?? 'referrer'})`)
        .join(', ')}`
    )
  else core.info('The image has no referrers (attestations, signatures, SBOMs) to copy')
  return { copied }
}
