/**
 * Which versions of a container package `command: delete` deletes, decided on the package's
 * reference graph, so that no image a tag points to ever breaks.
 *
 * Every version is a manifest. Edges: an index → its children; a referrer → its subject (the
 * `subject` field of an attestation or signature, or ghcr.io's tag fallback `sha256-<hex>` as
 * cosign and buildx use it). The selection rules pick among *images*: tagged versions, and
 * untagged ones that nothing references (the leftovers of tags that moved). Children and
 * referrers are never picked on their own: what goes is what the rules picked and what it
 * reaches, less anything a kept version reaches. A version the picked images do not reach stays,
 * however else it is linked (a signature tagged as its own, two tagged as each other's): the plan
 * is the closure of a choice, never "everything not kept". Tagged images are deleted only by
 * `delete-tags` or `keep-n-tagged`, never by the untagged rules.
 */
import type { DeleteInputs } from '../inputs/index.js'

/** A package version as the Packages API lists it, with what its manifest says. */
export interface PackageVersion {
  id: number
  /** The manifest digest (the version's `name`). */
  digest: string
  tags: string[]
  created: Date
  /** For an index: its children's digests. */
  children: string[]
  /** For a referrer: the digest of its subject. */
  subject?: string
  /**
   * `index`, `image`, an artifact's type (`attestation`, `signature`), or `cache` (a BuildKit
   * registry cache: no image, so never broken, ghost or partial).
   */
  kind: string
}

export type Rules = Pick<
  DeleteInputs,
  | 'deleteUntagged'
  | 'olderThanMs'
  | 'keepNTagged'
  | 'keepNUntagged'
  | 'deleteTags'
  | 'excludeTags'
  | 'deleteGhostImages'
  | 'deletePartialImages'
  | 'excludeDigests'
>

/**
 * How long an untagged image is kept when `older-than` is unset: a multi-platform push uploads
 * its platform images first and the index that tags them last, so an untagged image this young
 * may be part of a push still under way.
 */
export const PUSH_GRACE_MS = 60 * 60_000

export interface Decision {
  version: PackageVersion
  /** Why it goes or stays, in a few words for the summary. */
  reason: string
}

export interface Plan {
  /** In a safe order: referrers, then indexes, then what they reference. */
  remove: Decision[]
  keep: Decision[]
  /** Indexes whose children are missing from the package, and referrers of nothing. */
  broken: Array<{ version: PackageVersion; missing: string[] }>
}

/** ghcr.io's referrer tags: `sha256-<hex>` with an optional suffix (`.sig`, `.att`, `.sbom`). */
const FALLBACK_TAG = /^sha256-([0-9a-f]{64})(?:\.[A-Za-z0-9_-]+)?$/

/** The subject a fallback tag names, or undefined for an ordinary tag. */
export function fallbackSubject(tag: string): string | undefined {
  const m = FALLBACK_TAG.exec(tag)
  return m ? `sha256:${m[1]}` : undefined
}

/** The tags that name images, without referrer fallback tags. */
export function imageTags(v: PackageVersion): string[] {
  return v.tags.filter(t => !fallbackSubject(t))
}

function describe(v: PackageVersion): string {
  const tags = imageTags(v)
  return tags.length ? tags.join(', ') : v.digest.slice(0, 19)
}

/** Decides, for every version, whether the rules delete it. */
export function planDeletion(versions: PackageVersion[], rules: Rules, now: Date): Plan {
  const byDigest = new Map(versions.map(v => [v.digest, v]))
  // Who references each version: the indexes that list it, the subjects it is a referrer of.
  const parents = new Map<string, PackageVersion[]>()
  const referrers = new Map<string, PackageVersion[]>()
  const broken: Plan['broken'] = []
  for (const v of versions) {
    const missing = v.children.filter(c => !byDigest.has(c))
    if (missing.length) broken.push({ version: v, missing })
    for (const c of v.children) if (byDigest.has(c)) push(parents, c, v)
    const subject = subjectOf(v)
    if (subject && byDigest.has(subject) && subject !== v.digest) push(referrers, subject, v)
  }
  const isDependent = (v: PackageVersion): boolean => {
    if (imageTags(v).length) return false
    if (parents.has(v.digest)) return true
    const subject = subjectOf(v)
    return !!subject && byDigest.has(subject)
  }
  const images = versions.filter(v => !isDependent(v))
  const reasons = new Map<string, string>()
  const selected = new Map<string, string>()
  const old = (v: PackageVersion): boolean =>
    rules.olderThanMs === undefined || now.getTime() - v.created.getTime() > rules.olderThanMs
  // Without older-than, an untagged image pushed within the hour may be a push in progress.
  const pushedRecently = (v: PackageVersion): string | undefined => {
    const age = now.getTime() - v.created.getTime()
    if (rules.olderThanMs !== undefined || age >= PUSH_GRACE_MS) return undefined
    const minutes = Math.max(0, Math.floor(age / 60_000))
    return `pushed ${minutes} minute${minutes === 1 ? '' : 's'} ago; may belong to a push in progress`
  }
  // Ghost images (every child gone) and partial ones (some), for their rules.
  const missingOf = new Map(broken.map(b => [b.version.digest, b.missing.length]))
  const brokenRule = (v: PackageVersion): string | undefined => {
    const missing = missingOf.get(v.digest)
    if (!missing) return undefined
    if (missing === v.children.length)
      return rules.deleteGhostImages
        ? `ghost image: none of its ${missing} manifests exist (delete-ghost-images)`
        : undefined
    return rules.deletePartialImages
      ? `partial image: ${missing} of its ${v.children.length} manifests are missing (delete-partial-images)`
      : undefined
  }
  const newestFirst = (a: PackageVersion, b: PackageVersion): number =>
    b.created.getTime() - a.created.getTime() || b.id - a.id

  // Tagged images: delete-tags (every tag matched) and keep-n-tagged, never the excluded.
  const tagged = images.filter(v => imageTags(v).length).sort(newestFirst)
  const excludedBy = (v: PackageVersion): string | undefined =>
    rules.excludeTags.find(p => imageTags(v).some(t => p.matches(t)))?.text
  const countable = tagged.filter(v => !excludedBy(v))
  for (const v of tagged) {
    const excluded = excludedBy(v)
    if (excluded) {
      reasons.set(v.digest, `exclude-tags matches ${excluded}`)
      continue
    }
    const ghost = brokenRule(v)
    if (ghost) {
      if (old(v)) selected.set(v.digest, ghost)
      else reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs!)}`)
      continue
    }
    const tags = imageTags(v)
    const listed =
      rules.deleteTags.length > 0 && tags.every(t => rules.deleteTags.some(p => p.matches(t)))
    const rank = countable.indexOf(v)
    const beyond = rules.keepNTagged !== undefined && rank >= rules.keepNTagged
    if (!listed && !beyond) {
      const unmatched = tags.filter(t => !rules.deleteTags.some(p => p.matches(t)))
      reasons.set(
        v.digest,
        rules.keepNTagged !== undefined
          ? `one of the ${rules.keepNTagged} newest tagged images`
          : rules.deleteTags.length && unmatched.length < tags.length
            ? `also tagged ${unmatched.join(', ')}, which delete-tags does not match`
            : 'tagged'
      )
    } else if (!old(v)) {
      reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs!)}`)
    } else {
      selected.set(
        v.digest,
        listed ? 'delete-tags matches every tag' : `beyond the ${rules.keepNTagged} newest tagged`
      )
    }
  }

  // Untagged images: delete-untagged, keep-n-untagged, or older-than on its own.
  const onlyAge =
    rules.olderThanMs !== undefined &&
    !rules.deleteUntagged &&
    rules.deleteTags.length === 0 &&
    rules.keepNTagged === undefined &&
    rules.keepNUntagged === undefined
  const untaggedRule = rules.deleteUntagged || rules.keepNUntagged !== undefined || onlyAge
  const untagged = images.filter(v => !imageTags(v).length).sort(newestFirst)
  untagged.forEach((v, rank) => {
    const orphan = subjectOf(v) ? ' (its subject is gone)' : ''
    const recent = pushedRecently(v)
    const ghost = brokenRule(v)
    if (recent && (untaggedRule || ghost)) reasons.set(v.digest, recent)
    else if (ghost) {
      if (old(v)) selected.set(v.digest, ghost)
      else reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs!)}`)
    } else if (!untaggedRule) reasons.set(v.digest, 'untagged, and no rule deletes untagged images')
    else if (rules.keepNUntagged !== undefined && rank < rules.keepNUntagged)
      reasons.set(v.digest, `one of the ${rules.keepNUntagged} newest untagged images`)
    else if (!old(v)) reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs!)}`)
    else selected.set(v.digest, `untagged${orphan}`)
  })

  // What may go is what the rules chose and what it reaches (children, referrers); never
  // "everything not kept": a version no rule reaches stays, however it is linked.
  const reach = new Set<string>()
  const walk = (v: PackageVersion): void => {
    if (reach.has(v.digest)) return
    reach.add(v.digest)
    for (const c of v.children) {
      const child = byDigest.get(c)
      if (child) walk(child)
    }
    for (const r of referrers.get(v.digest) ?? []) walk(r)
  }
  // exclude-digests: never deleted, nor anything they reach.
  for (const d of rules.excludeDigests) selected.delete(d)
  for (const v of images) if (selected.has(v.digest)) walk(v)

  // Everything a kept version reaches is kept: children, and referrers of what is kept.
  const kept = new Set<string>()
  const visit = (v: PackageVersion, why: string): void => {
    if (kept.has(v.digest)) return
    kept.add(v.digest)
    if (!reasons.has(v.digest)) reasons.set(v.digest, why)
    for (const c of v.children) {
      const child = byDigest.get(c)
      if (child) visit(child, `in ${describe(v)}`)
    }
    for (const r of referrers.get(v.digest) ?? []) visit(r, `${r.kind} of ${describe(v)}`)
  }
  for (const d of rules.excludeDigests) {
    const v = byDigest.get(d)
    if (v) visit(v, 'exclude-digests')
  }
  for (const v of images) if (!selected.has(v.digest)) visit(v, reasons.get(v.digest) ?? 'kept')
  for (const v of versions)
    if (!reach.has(v.digest)) visit(v, 'no rule chose it, nor an image it belongs to')

  // A package keeps at least one version: the API refuses to delete the last one.
  if (kept.size === 0 && versions.length) {
    const last = [...images].sort(newestFirst)[0] ?? versions[0]!
    selected.delete(last.digest)
    reasons.set(last.digest, 'the last version of the package (delete the package instead)')
    visit(last, reasons.get(last.digest)!)
  }

  const remove: Decision[] = []
  const keep: Decision[] = []
  for (const v of versions) {
    if (kept.has(v.digest)) {
      keep.push({ version: v, reason: reasons.get(v.digest) ?? 'kept' })
      continue
    }
    const owner = [...(parents.get(v.digest) ?? [])][0]
    const subject = subjectOf(v)
    remove.push({
      version: v,
      reason:
        selected.get(v.digest) ??
        (owner
          ? `in ${describe(owner)}, which goes`
          : subject
            ? `${v.kind} of ${describe(byDigest.get(subject)!)}, which goes`
            : 'goes with what it belongs to')
    })
  }
  remove.sort((a, b) => order(a.version) - order(b.version))
  return { remove, keep, broken }
}

/** Referrers first, then indexes, then images: a run cut short leaves no index without its children. */
function order(v: PackageVersion): number {
  if (subjectOf(v)) return 0
  return v.children.length ? 1 : 2
}

function subjectOf(v: PackageVersion): string | undefined {
  return v.subject ?? v.tags.map(fallbackSubject).find(Boolean)
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function formatAge(ms: number): string {
  const days = ms / 86_400_000
  return days >= 1 ? `${+days.toFixed(1)} days` : `${+(ms / 3_600_000).toFixed(1)} hours`
}
