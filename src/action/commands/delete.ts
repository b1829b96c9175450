/**
 * `command: delete`: cleans up versions of a container package without breaking any image a
 * tag points to. Every version is listed with the Packages API, every manifest read from the
 * registry, and the decision is taken on the reference graph (`packages/graph.ts`). If any
 * manifest cannot be read, nothing in the package is deleted.
 */
import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import {
  ATTESTATION_SUBJECT,
  isAttestationEntry,
  isManifest,
  type ParsedManifest,
  type Reference,
  type Repository
} from '../../registry/index.js'
import { onCancel } from '../cleanup.js'
import { ownerIsOrganization, type RunContext } from '../context.js'
import { UserError } from '../errors.js'
import { selectsVersions, type DeleteInputs } from '../inputs/index.js'
import { group, html } from '../log.js'
import {
  fallbackSubject,
  formatAge,
  planDeletion,
  type Decision,
  type PackageVersion,
  type Plan
} from '../packages/graph.js'
import {
  ApiAnswerError,
  PackagesApi,
  PackagesApiError,
  PointsWindow,
  printable,
  type ListedVersion
} from '../packages/api.js'
import { openTargetSession } from '../session.js'
import { classifyToken, packageSettingsUrl } from '../token.js'

/** Manifests read at once. */
const READERS = 8
/** Rows of each summary table; the outputs have every version. */
const SUMMARY_ROWS = 200

/** The API's refusals that mean "not this version", not "not this token". */
const SKIPPED = [/last (tagged )?version/i, /5,?000 downloads/i]

export async function deletePackageVersions(inputs: DeleteInputs, ctx: RunContext): Promise<void> {
  logRules(inputs)
  // One pace for every request of the step: GitHub's limits are the token's, not a package's.
  const window = new PointsWindow()
  const problems: string[] = []
  const packages = await group('Find the packages', () =>
    findPackages(inputs, ctx, window, problems)
  )
  const results: PackageResult[] = []
  const report = (): void => setOutputs(inputs, results)
  // Deletions are permanent: a cancelled step still says, and outputs, what went.
  onCancel(signal => {
    report()
    const current = results.at(-1)
    if (current?.plan && !current.summarized) summarize(inputs, current)
    flushSummary()
    const before = results.slice(0, -1).reduce((n, r) => n + r.outcome.removed.length, 0)
    const now = current
      ? `${current.outcome.removed.length} of the ${current.plan?.remove.length ?? 0} versions of ${current.name} it meant to delete`
      : 'nothing'
    return `The step was cancelled (${signal}) after deleting ${now}${before ? ` (and ${before} in the packages before it)` : ''}; deletions are permanent, the rest were not deleted. The deleted output and the job summary list what went.`
  })
  try {
    for (const image of packages) {
      const result: PackageResult = {
        name: `${image.registry}/${image.repository}`,
        versions: 0,
        outcome: { removed: [], skipped: [], gone: [], failed: [] },
        waitedMs: 0,
        summarized: false
      }
      results.push(result)
      try {
        await cleanPackage({ ...inputs, image }, ctx, result, window)
      } catch (error) {
        if (packages.length === 1 && problems.length === 0) throw error
        // One package that cannot be cleaned does not stop the others.
        const message = error instanceof Error ? error.message : String(error)
        result.error = message
        problems.push(`${result.name}: ${message}`)
        core.info(`${result.name} was not cleaned: ${message}`)
      } finally {
        if (result.plan && !result.summarized) summarize(inputs, result)
        report()
      }
    }
  } finally {
    onCancel(undefined)
  }
  if (problems.length) {
    throw new UserError(
      `${problems.length} of the ${packages.length} packages ${inputs.dryRun ? 'could not be checked' : 'were not cleaned as planned'} (the others were): ${problems
        .slice(0, 5)
        .join(' — ')}${problems.length > 5 ? ' — …' : ''}`
    )
  }
}

/** One package's run: what was listed, planned and done. */
interface PackageResult {
  name: string
  versions: number
  plan?: Plan
  outcome: Outcome
  waitedMs: number
  /** Why the package was not (wholly) cleaned. */
  error?: string
  summarized: boolean
}

/**
 * The packages `image` names: its exact names as written, and for each pattern the owner's
 * container packages that match, listed through the API. A pattern whose owner cannot be
 * listed adds a problem (the step fails at the end) and cleans nothing.
 */
async function findPackages(
  inputs: DeleteInputs,
  ctx: RunContext,
  window: PointsWindow,
  problems: string[]
): Promise<Reference[]> {
  const found = new Map<string, Reference>()
  for (const target of inputs.targets) {
    if (!target.pattern) {
      found.set(target.image.repository, target.image)
      continue
    }
    const { owner, matches } = target.pattern
    let names: string[]
    try {
      const api = await PackagesApi.open(inputs.token, ctx.apiUrl, owner, ownerTypeOf(owner, ctx), {
        window
      })
      names = await api.packageNames()
    } catch (error) {
      const why =
        error instanceof PackagesApiError
          ? `HTTP ${error.status}: ${error.message}`
          : error instanceof Error
            ? error.message
            : String(error)
      problems.push(
        `${target.text}: could not list the container packages of ${owner} (${why}), so none of them was cleaned`
      )
      continue
    }
    const matched = names.filter(matches)
    core.info(
      `${target.text}: ${matched.length} of ${owner}'s ${names.length} container packages${matched.length ? `: ${matched.join(', ')}` : ''}`
    )
    if (!matched.length)
      core.warning(
        `image: "${target.text}" matches none of the ${names.length} container packages of ${owner} the token can see, so it cleans nothing.`
      )
    for (const name of matched) {
      const repository = `${owner}/${name}`
      if (!found.has(repository))
        found.set(repository, { registry: inputs.image.registry, repository })
    }
  }
  return [...found.values()]
}

/** The owner's kind, where the event says it (the repository's own owner). */
function ownerTypeOf(owner: string, ctx: RunContext): 'Organization' | 'User' | undefined {
  const o = ctx.event.repository?.owner
  return o?.login?.toLowerCase() === owner && (o.type === 'Organization' || o.type === 'User')
    ? o.type
    : undefined
}

/** One package: list, check, plan and delete, as the rules say; fails closed. */
async function cleanPackage(
  inputs: DeleteInputs,
  ctx: RunContext,
  result: PackageResult,
  window: PointsWindow
): Promise<void> {
  const name = result.name
  let settings = packageSettingsUrl(
    ctx.serverUrl,
    inputs.image.repository,
    ownerIsOrganization(ctx)
  )
  const installation = classifyToken(inputs.token) === 'installation'
  const api = await PackagesApi.open(
    inputs.token,
    ctx.apiUrl,
    inputs.image.repository,
    ownerTypeOf(inputs.image.repository.split('/')[0]!, ctx),
    { window }
  )
  const list = (title: string): Promise<ListedVersion[]> =>
    group(title, async () => {
      try {
        const versions = await api.versions()
        core.info(`${versions.length} versions`)
        return versions
      } catch (error) {
        throw listFailure(error, name, installation, settings)
      }
    })

  let listed = await list(`List the versions of ${name}`)
  // The API said which kind of owner it is: the settings URL follows.
  settings = packageSettingsUrl(ctx.serverUrl, inputs.image.repository, api.ownerIsOrganization)
  // A dry run checks what the real run checks: a green dry run promises a real one.
  if (selectsVersions(inputs) && api.scopes && !api.scopes.includes('delete:packages')) {
    throw new UserError(
      `The personal access token cannot delete package versions: it lacks the delete:packages scope (it has ${api.scopes.join(', ') || 'none'}). ${inputs.dryRun ? 'A real run would be refused; this dry run stops here.' : 'Nothing was deleted.'} Add delete:packages, or use the workflow's GITHUB_TOKEN with "permissions: packages: write" and the repository given the Admin role in the package settings (${settings}).`
    )
  }

  const session = await group('Login', () => openTargetSession(inputs, ctx, { write: false }))
  const repo = session.client.repository(inputs.image.repository)
  const manifests = new Map<string, ParsedManifest>()
  let versions: PackageVersion[]
  let plan: Plan
  try {
    // The listing is no snapshot, and pushes go on while it is read: the plan stands only if
    // every tag the registry has is in the listing, and a second listing right before the first
    // deletion finds the package as the plan saw it. Otherwise plan again, a bounded number of
    // times.
    for (let round = 1; ; round++) {
      let change = await group('Check the listing against the registry', () =>
        tagsMissingFromListing(listed, repo, name)
      )
      if (!change) {
        versions = await group(`Read ${listed.length} manifests`, () =>
          readGraph(listed, repo, session.registry, manifests)
        )
        plan = planDeletion(versions, inputs, new Date())
        if (plan.remove.length === 0 || !selectsVersions(inputs)) break
        const again = await list(`List the versions of ${name} again before deleting`)
        change = changeBetween(listed, again)
        if (!change) break
        listed = again
      } else listed = await list(`List the versions of ${name} again`)
      if (round === MAX_ROUNDS) {
        throw new UserError(
          `${name} changed ${MAX_ROUNDS} times in a row while this step read it (last: ${change}), so nothing was deleted. Run the step again when no push to the package is under way.`
        )
      }
      core.info(`${name} changed while it was read (${change}): planning again.`)
    }
  } finally {
    await session.close()
  }
  result.versions = versions.length
  result.plan = plan
  for (const d of inputs.excludeDigests)
    if (!versions.some(v => v.digest === d))
      core.info(`exclude-digests: ${d} is not a version of ${name}`)

  for (const b of plan.broken) {
    if (plan.remove.some(r => r.version.digest === b.version.digest)) continue
    core.warning(
      `${name}@${b.version.digest} (${b.version.tags.join(', ') || 'untagged'}) lists ${b.missing.length} manifest(s) the package does not have: ${b.missing.join(', ')}. Pulls of its platforms fail with "manifest unknown".`,
      { title: 'Broken image' }
    )
  }

  const outcome = result.outcome
  if (selectsVersions(inputs)) {
    const verb = inputs.dryRun ? 'Would delete' : 'Delete'
    try {
      await group(`${verb} ${plan.remove.length} of ${versions.length} versions`, () =>
        deleteVersions(api, inputs, plan, outcome, { name, installation, settings })
      )
    } finally {
      result.waitedMs = api.waitedMs
    }
  }
  result.waitedMs = api.waitedMs
  if (outcome.failed.length) {
    const refused = outcome.failed.filter(f => f.status)
    throw new UserError(
      `${refused.length} deletion(s) of ${name} failed: ${refused
        .slice(0, 3)
        .map(f => `${f.version.digest} (HTTP ${f.status}: ${f.error})`)
        .join(
          '; '
        )}${refused.length > 3 ? '; …' : ''}. ${outcome.removed.length} other version(s) were deleted; what the failed ones reference was kept (${outcome.failed.length - refused.length} held back). The failed output lists them; run the step again later.`
    )
  }
  if (inputs.validate && plan.broken.length) {
    throw new UserError(
      `${plan.broken.length} image(s) of ${name} are broken: ${plan.broken
        .slice(0, 5)
        .map(b => `${b.version.tags[0] ?? b.version.digest} lacks ${b.missing.length} manifest(s)`)
        .join(
          '; '
        )}. Push those images again${inputs.deleteGhostImages || inputs.deletePartialImages ? '' : ', or delete them with delete-ghost-images or delete-partial-images'}.`
    )
  }
}

/** What the deletions came to. */
interface Outcome {
  removed: Decision[]
  /** Refused by GitHub's rules for the version (not for the token). */
  skipped: Array<Decision & { why: string }>
  /** Answered 404 and no longer listed: another job deleted them first. */
  gone: Decision[]
  /**
   * Deletions that did not happen for another reason: the API's status and answer, or (status
   * 0) held back because a version that references it could not be deleted.
   */
  failed: Array<Decision & { status: number; error: string }>
}

/** Rounds of listing and planning before a package that keeps changing is left alone. */
const MAX_ROUNDS = 3

/** The rules as read, one line each, so the log shows what a pattern was taken to mean. */
function logRules(inputs: DeleteInputs): void {
  const rules: string[] = []
  if (inputs.deleteUntagged) rules.push('delete-untagged: true')
  if (inputs.olderThanMs !== undefined) rules.push(`older-than: ${formatAge(inputs.olderThanMs)}`)
  if (inputs.keepNTagged !== undefined) rules.push(`keep-n-tagged: ${inputs.keepNTagged}`)
  if (inputs.keepNUntagged !== undefined) rules.push(`keep-n-untagged: ${inputs.keepNUntagged}`)
  for (const [input, patterns] of [
    ['delete-tags', inputs.deleteTags],
    ['exclude-tags', inputs.excludeTags]
  ] as const) {
    for (const p of patterns)
      rules.push(
        `${input}: ${p.regex ? `regular expression /${p.text}/` : `tag pattern ${p.text}`}`
      )
  }
  if (inputs.validate) rules.push('validate: true')
  if (inputs.dryRun) rules.push('dry-run: true (nothing is deleted)')
  core.info(`Rules:\n${rules.map(r => `  ${r}`).join('\n')}`)
}

/**
 * Whether the listing misses a tag the registry has (a version that moved between pages, or one
 * pushed meanwhile): a reason to list again, or undefined.
 */
async function tagsMissingFromListing(
  listed: ListedVersion[],
  repo: Repository,
  name: string
): Promise<string | undefined> {
  const tags = new Set(listed.flatMap(v => v.tags))
  let inRegistry: string[]
  try {
    inRegistry = await repo.listTags()
  } catch (error) {
    throw new UserError(
      `Could not list the tags of ${name} in the registry, so nothing was deleted (every tag there must be in GitHub's listing before anything is deleted): ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const missing = inRegistry.filter(t => !tags.has(t))
  core.info(
    `${inRegistry.length} tags in the registry${missing.length ? `, ${missing.length} of them not in the listing` : ', all in the listing'}`
  )
  if (!missing.length) return undefined
  return `the registry has ${missing.length} tag(s) the listing lacks: ${missing
    .slice(0, 5)
    .map(t => printable(t, 130))
    .join(', ')}${missing.length > 5 ? ', …' : ''}`
}

/** How two listings of the package differ, or undefined when they list the same versions. */
function changeBetween(before: ListedVersion[], after: ListedVersion[]): string | undefined {
  const old = new Map(before.map(v => [v.id, v]))
  const now = new Map(after.map(v => [v.id, v]))
  const added = after.filter(v => !old.has(v.id)).length
  const removed = before.filter(v => !now.has(v.id)).length
  const retagged = after.filter(v => {
    const was = old.get(v.id)
    return was && [...was.tags].sort().join(',') !== [...v.tags].sort().join(',')
  }).length
  const parts = [
    added && `${added} version(s) added`,
    removed && `${removed} removed`,
    retagged && `tags changed on ${retagged}`
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : undefined
}

/** Refusals that are about the token, not the version: no other deletion would fare better. */
function refusesToken(status: number): boolean {
  return status === 401 || status === 403 || status === 404
}

/**
 * Deletes the plan's versions in its order; the API's refusals decide what is a failure. A
 * version that is not deleted holds back what it references, so no index is left without its
 * images; a failure that is not about the token leaves the rest of the plan to go.
 */
async function deleteVersions(
  api: PackagesApi,
  inputs: DeleteInputs,
  plan: Plan,
  outcome: Outcome,
  where: { name: string; installation: boolean; settings: string }
): Promise<void> {
  const byDigest = new Map(plan.remove.map(d => [d.version.digest, d.version]))
  const heldBy = new Map<string, string>()
  const holdBack = (v: PackageVersion, by: string): void => {
    for (const c of v.children) {
      const child = byDigest.get(c)
      if (!child || heldBy.has(c)) continue
      heldBy.set(c, by)
      holdBack(child, by)
    }
  }
  for (const d of plan.remove) {
    const what = `${d.version.digest} (${d.version.tags.join(', ') || 'untagged'}): ${d.reason}`
    const by = heldBy.get(d.version.digest)
    if (by) {
      core.info(`kept ${d.version.digest}: ${by}, which references it, was not deleted`)
      outcome.failed.push({
        ...d,
        status: 0,
        error: `held back: ${by}, which references it, was not deleted`
      })
      continue
    }
    if (inputs.dryRun) {
      core.info(`would delete ${what}`)
      outcome.removed.push(d)
      continue
    }
    try {
      await api.deleteVersion(d.version.id)
      core.info(`deleted ${what}`)
      outcome.removed.push(d)
    } catch (error) {
      if (!(error instanceof PackagesApiError)) throw error
      if (error.status === 400 && SKIPPED.some(p => p.test(error.message))) {
        core.info(`skipped ${d.version.digest}: ${error.message}`)
        outcome.skipped.push({ ...d, why: error.message })
        holdBack(d.version, d.version.digest)
        continue
      }
      // GitHub answers 404 both for a version that is gone and for a refusal: ask the version.
      if (error.status === 404 && !(await api.versionExists(d.version.id).catch(() => true))) {
        core.info(`already gone (deleted by someone else meanwhile): ${what}`)
        outcome.gone.push(d)
        continue
      }
      outcome.failed.push({ ...d, status: error.status, error: error.message })
      if (refusesToken(error.status)) {
        throw deleteFailure(
          error,
          where.name,
          where.installation,
          where.settings,
          outcome.removed.length
        )
      }
      core.warning(
        `Could not delete ${d.version.digest} of ${where.name} (HTTP ${error.status}: ${error.message}); what it references is kept, and the rest of the plan goes on.`
      )
      holdBack(d.version, d.version.digest)
    }
  }
}

/** Writes the job summary now, synchronously: the step is about to exit. */
function flushSummary(): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  try {
    appendFileSync(file, core.summary.stringify())
    core.summary.emptyBuffer()
  } catch {
    // The summary is a courtesy; the outputs and the error line carry the facts.
  }
}

/**
 * Reads every version's manifest, a few at a time (those already read in an earlier round are
 * kept). Fails closed: one unreadable manifest and nothing is decided, so nothing is deleted.
 */
async function readGraph(
  listed: ListedVersion[],
  repo: Repository,
  registry: string,
  parsed: Map<string, ParsedManifest>
): Promise<PackageVersion[]> {
  const failures: string[] = []
  const unread = listed.filter(v => !parsed.has(v.digest))
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(READERS, unread.length) }, async () => {
      while (next < unread.length) {
        const v = unread[next++]!
        try {
          parsed.set(v.digest, (await repo.getManifest(v.digest)).parsed)
        } catch (error) {
          failures.push(
            `${v.digest} (${v.tags.join(', ') || 'untagged'}): ${error instanceof Error ? error.message : String(error)}`
          )
        }
      }
    })
  )
  if (failures.length) {
    throw new UserError(
      `Could not read ${failures.length} of ${listed.length} manifests of ${registry}/${repo.name}, so nothing was deleted (a version whose manifest is unknown could be what a tagged image needs): ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`
    )
  }
  const versions = listed.map(v => toVersion(v, parsed.get(v.digest)!))
  // Attestation manifests are children of an index that says so on their descriptors.
  const attestations = new Set(
    listed.flatMap(v => {
      const p = parsed.get(v.digest)!
      return p.kind === 'index'
        ? p.index.manifests
            .filter(m => isAttestationEntry(m) || m.annotations?.[ATTESTATION_SUBJECT])
            .map(m => m.digest as string)
        : []
    })
  )
  for (const v of versions) if (attestations.has(v.digest)) v.kind = 'attestation'
  return versions
}

function toVersion(v: ListedVersion, parsed: ParsedManifest): PackageVersion {
  const tags = v.tags
  // A subject named only by a `sha256-…` tag is the graph's to read from the tags.
  const subject =
    parsed.kind === 'index' ? parsed.index.subject?.digest : parsed.manifest.subject?.digest
  return {
    id: v.id,
    digest: v.digest,
    tags,
    created: v.created,
    // A BuildKit cache index lists cache blobs, not manifests: it has no children to miss.
    children:
      parsed.kind === 'index' && !isBuildKitCache(parsed)
        ? parsed.index.manifests.map(m => m.digest as string)
        : [],
    ...(subject && { subject }),
    kind: kindOf(parsed, tags)
  }
}

/** BuildKit's config of a registry cache (`cache-to: type=registry`). */
const BUILDKIT_CACHE_CONFIG = 'application/vnd.buildkit.cacheconfig.v0'

/**
 * A BuildKit registry cache: an index whose entries are blobs (the cache config and layers, no
 * manifest), or with `image-manifest=true` a manifest whose config is the cache config.
 */
function isBuildKitCache(parsed: ParsedManifest): boolean {
  if (parsed.kind === 'image') return parsed.manifest.config.mediaType === BUILDKIT_CACHE_CONFIG
  const entries = parsed.index.manifests
  return (
    entries.length > 0 &&
    entries.some(m => m.mediaType === BUILDKIT_CACHE_CONFIG) &&
    entries.every(m => !isManifest(m.mediaType))
  )
}

/** An image, an index, or what a referrer is (from its type or its fallback tag's suffix). */
function kindOf(parsed: ParsedManifest, tags: string[]): string {
  if (isBuildKitCache(parsed)) return 'cache'
  const suffix = tags.map(t => /^sha256-[0-9a-f]{64}\.(\w+)$/.exec(t)?.[1]).find(Boolean)
  const type =
    parsed.kind === 'index'
      ? (parsed.index.artifactType ?? '')
      : (parsed.manifest.artifactType ?? parsed.manifest.config.mediaType)
  if (suffix === 'sig' || /signature|cosign/i.test(type)) return 'signature'
  if (
    suffix === 'att' ||
    suffix === 'sbom' ||
    /in-toto|sbom|spdx|cyclonedx|attestation/i.test(type)
  )
    return 'attestation'
  if (parsed.kind === 'index')
    return suffix || (parsed.index.subject ?? tags.some(fallbackSubject)) ? 'referrers' : 'index'
  return parsed.manifest.subject || suffix ? 'referrer' : 'image'
}

function listFailure(
  error: unknown,
  name: string,
  installation: boolean,
  settings: string
): unknown {
  if (error instanceof ApiAnswerError)
    return new UserError(`${error.message}, so nothing was deleted.`)
  if (!(error instanceof PackagesApiError)) return error
  if (error.status === 404) {
    return new UserError(
      `GitHub's API does not show the package ${name} (HTTP 404: ${error.message}). Check image:, and that the token may read it${installation ? ': GITHUB_TOKEN needs "permissions: packages: read" and the repository given access in the package settings' : ' (read:packages)'}.`
    )
  }
  return new UserError(
    `Could not list the versions of ${name} (HTTP ${error.status}: ${error.message}).${installation ? ` GITHUB_TOKEN needs "permissions: packages: write" and the Admin role for this repository in the package settings (${settings}).` : ''}`
  )
}

function deleteFailure(
  error: unknown,
  name: string,
  installation: boolean,
  settings: string,
  done: number
): unknown {
  if (!(error instanceof PackagesApiError)) return error
  const before = done ? ` ${done} version(s) were deleted before this.` : ' Nothing was deleted.'
  if (error.status === 403 || error.status === 404 || error.status === 401) {
    return new UserError(
      installation
        ? `GitHub refused to delete a version of ${name} with the workflow's GITHUB_TOKEN (HTTP ${error.status}: ${error.message}).${before} GITHUB_TOKEN may delete versions only of packages in which this repository has the Admin role (packages this repository's workflows published have it): in the package settings (${settings}) under "Manage Actions access", give this repository the Admin role, and give the job "permissions: packages: write".`
        : `GitHub refused to delete a version of ${name} (HTTP ${error.status}: ${error.message}).${before} The token needs the delete:packages and read:packages scopes, and its user the admin permission on the package (${settings}).`
    )
  }
  return new UserError(
    `Could not delete a version of ${name} (HTTP ${error.status}: ${error.message}).${before}`
  )
}

/** One package's facts, as `metadata` gives them. */
function packageMetadata(inputs: DeleteInputs, r: PackageResult): Record<string, unknown> {
  const { skipped, gone } = r.outcome
  return {
    package: r.name,
    dryRun: inputs.dryRun,
    versions: r.versions,
    deleted: r.outcome.removed.length,
    kept: r.plan?.keep.length ?? 0,
    failed: r.outcome.failed.length,
    skipped: skipped.map(s => ({ digest: s.version.digest, tags: s.version.tags, why: s.why })),
    alreadyGone: gone.map(d => ({ digest: d.version.digest, tags: d.version.tags })),
    broken: (r.plan?.broken ?? []).map(b => ({
      digest: b.version.digest,
      tags: b.version.tags,
      missing: b.missing
    })),
    ...(r.error && { error: r.error })
  }
}

/** `deleted`, `failed` and `metadata`, grouped by package in the order they were cleaned. */
function setOutputs(inputs: DeleteInputs, results: PackageResult[]): void {
  const deleted = results.flatMap(r =>
    r.outcome.removed.map(d => ({
      package: r.name,
      digest: d.version.digest,
      tags: d.version.tags,
      id: d.version.id,
      reason: d.reason
    }))
  )
  const failed = results.flatMap(r =>
    r.outcome.failed.map(f => ({
      package: r.name,
      digest: f.version.digest,
      tags: f.version.tags,
      id: f.version.id,
      status: f.status,
      error: f.error
    }))
  )
  core.setOutput('deleted', JSON.stringify(deleted))
  core.setOutput('failed', JSON.stringify(failed))
  const each = results.map(r => packageMetadata(inputs, r))
  core.setOutput(
    'metadata',
    JSON.stringify(
      each.length === 1
        ? each[0]
        : {
            dryRun: inputs.dryRun,
            packages: each,
            versions: results.reduce((n, r) => n + r.versions, 0),
            deleted: deleted.length,
            failed: failed.length
          }
    )
  )
}

function rows(decisions: Array<{ version: PackageVersion; reason: string }>): string[][] {
  return decisions
    .slice(0, SUMMARY_ROWS)
    .map(d => [
      `<code>${d.version.digest.slice(0, 19)}</code>`,
      html(d.version.tags.join(', ')) || '—',
      d.version.kind,
      html(d.reason)
    ])
}

/** The package's section of the job summary. */
function summarize(inputs: DeleteInputs, result: PackageResult): void {
  result.summarized = true
  const { name, waitedMs } = result
  const plan = result.plan!
  const { removed, skipped, gone, failed } = result.outcome
  const header = ['version', 'tags', 'kind', 'why'].map(data => ({ data, header: true }))
  const more = (n: number): void => {
    if (n > SUMMARY_ROWS)
      core.summary.addRaw(`… and ${n - SUMMARY_ROWS} more (see the outputs)`, true)
  }
  core.summary.addHeading(
    inputs.dryRun
      ? `Dry run: ${removed.length} versions of ${name} would be deleted`
      : `Deleted ${removed.length} versions of ${name}`,
    3
  )
  if (waitedMs)
    core.summary.addRaw(`Waited ${Math.round(waitedMs / 1000)} s for GitHub's rate limits.`, true)
  if (removed.length) {
    core.summary.addTable([header, ...rows(removed)])
    more(removed.length)
  }
  if (failed.length) {
    core.summary.addHeading('Failed (not deleted; what they reference was kept)', 4)
    core.summary.addTable([
      header,
      ...rows(
        failed.map(f => ({
          version: f.version,
          reason: f.status ? `HTTP ${f.status}: ${f.error}` : f.error
        }))
      )
    ])
  }
  if (skipped.length) {
    core.summary.addHeading('Skipped (GitHub refuses to delete them)', 4)
    core.summary.addTable([
      header,
      ...rows(skipped.map(s => ({ version: s.version, reason: s.why })))
    ])
  }
  if (gone.length) {
    core.summary.addHeading('Already gone (deleted by someone else meanwhile)', 4)
    core.summary.addTable([header, ...rows(gone)])
  }
  core.summary.addHeading(`Kept: ${plan.keep.length} versions`, 4)
  core.summary.addTable([header, ...rows(plan.keep)])
  more(plan.keep.length)
  if (plan.broken.length) {
    core.summary.addHeading('Broken images (an index lists manifests the package does not have)', 4)
    core.summary.addTable([
      ['index', 'tags', 'missing'].map(data => ({ data, header: true })),
      ...plan.broken.map(b => [
        `<code>${b.version.digest}</code>`,
        html(b.version.tags.join(', ')) || '—',
        b.missing.map(m => `<code>${m}</code>`).join('<br>')
      ])
    ])
  }
}
