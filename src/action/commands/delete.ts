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
  type ParsedManifest,
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
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  logRules(inputs)
  let settings = packageSettingsUrl(
    ctx.serverUrl,
    inputs.image.repository,
    ownerIsOrganization(ctx)
  )
  const installation = classifyToken(inputs.token) === 'installation'
  const owner = ctx.event.repository?.owner
  const sameOwner = owner?.login?.toLowerCase() === inputs.image.repository.split('/')[0]
  const ownerType =
    sameOwner && (owner?.type === 'Organization' || owner?.type === 'User') ? owner.type : undefined
  const api = await PackagesApi.open(inputs.token, ctx.apiUrl, inputs.image.repository, ownerType)
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
  const deleting = !inputs.dryRun && selectsVersions(inputs)
  if (deleting && api.scopes && !api.scopes.includes('delete:packages')) {
    throw new UserError(
      `The personal access token cannot delete package versions: it lacks the delete:packages scope (it has ${api.scopes.join(', ') || 'none'}). Nothing was deleted. Add delete:packages, or use the workflow's GITHUB_TOKEN with "permissions: packages: write" and the repository given the Admin role in the package settings (${settings}).`
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

  for (const b of plan.broken) {
    core.warning(
      `${name}@${b.version.digest} (${b.version.tags.join(', ') || 'untagged'}) lists ${b.missing.length} manifest(s) the package does not have: ${b.missing.join(', ')}. Pulls of its platforms fail with "manifest unknown".`,
      { title: 'Broken image' }
    )
  }

  const outcome: Outcome = { removed: [], skipped: [], gone: [] }
  const report = (): void => {
    setOutputs(inputs, outcome, versions.length, plan)
    summarize(inputs, name, outcome, plan, api.waitedMs)
  }
  if (selectsVersions(inputs)) {
    const verb = inputs.dryRun ? 'Would delete' : 'Delete'
    // Deletions are permanent: a cancelled step still says, and outputs, what went.
    onCancel(signal => {
      report()
      flushSummary()
      return `The step was cancelled (${signal}) after deleting ${outcome.removed.length} of the ${plan.remove.length} versions of ${name} it meant to delete; deletions are permanent, the rest were not deleted. The deleted output and the job summary list what went.`
    })
    try {
      await group(`${verb} ${plan.remove.length} of ${versions.length} versions`, () =>
        deleteVersions(api, inputs, plan, outcome, { name, installation, settings })
      )
    } catch (error) {
      report()
      throw error
    } finally {
      onCancel(undefined)
    }
  }

  report()
  if (inputs.validate && plan.broken.length) {
    throw new UserError(
      `${plan.broken.length} image(s) of ${name} are broken: ${plan.broken
        .slice(0, 5)
        .map(b => `${b.version.tags[0] ?? b.version.digest} lacks ${b.missing.length} manifest(s)`)
        .join('; ')}. Push those images again.`
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

/** Deletes the plan's versions in its order; the API's refusals decide what is a failure. */
async function deleteVersions(
  api: PackagesApi,
  inputs: DeleteInputs,
  plan: Plan,
  outcome: Outcome,
  where: { name: string; installation: boolean; settings: string }
): Promise<void> {
  for (const d of plan.remove) {
    const what = `${d.version.digest} (${d.version.tags.join(', ') || 'untagged'}): ${d.reason}`
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
      if (
        error instanceof PackagesApiError &&
        error.status === 400 &&
        SKIPPED.some(p => p.test(error.message))
      ) {
        core.info(`skipped ${d.version.digest}: ${error.message}`)
        outcome.skipped.push({ ...d, why: error.message })
        continue
      }
      // GitHub answers 404 both for a version that is gone and for a refusal: ask the version.
      if (
        error instanceof PackagesApiError &&
        error.status === 404 &&
        !(await api.versionExists(d.version.id).catch(() => true))
      ) {
        core.info(`already gone (deleted by someone else meanwhile): ${what}`)
        outcome.gone.push(d)
        continue
      }
      throw deleteFailure(
        error,
        where.name,
        where.installation,
        where.settings,
        outcome.removed.length
      )
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
    children: parsed.kind === 'index' ? parsed.index.manifests.map(m => m.digest as string) : [],
    ...(subject && { subject }),
    kind: kindOf(parsed, tags)
  }
}

/** An image, an index, or what a referrer is (from its type or its fallback tag's suffix). */
function kindOf(parsed: ParsedManifest, tags: string[]): string {
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

function setOutputs(inputs: DeleteInputs, outcome: Outcome, total: number, plan: Plan): void {
  const { removed, skipped, gone } = outcome
  const list = removed.map(d => ({
    digest: d.version.digest,
    tags: d.version.tags,
    id: d.version.id,
    reason: d.reason
  }))
  core.setOutput('deleted', JSON.stringify(list))
  core.setOutput(
    'metadata',
    JSON.stringify({
      package: `${inputs.image.registry}/${inputs.image.repository}`,
      dryRun: inputs.dryRun,
      versions: total,
      deleted: list.length,
      kept: plan.keep.length,
      skipped: skipped.map(s => ({ digest: s.version.digest, tags: s.version.tags, why: s.why })),
      alreadyGone: gone.map(d => ({ digest: d.version.digest, tags: d.version.tags })),
      broken: plan.broken.map(b => ({
        digest: b.version.digest,
        tags: b.version.tags,
        missing: b.missing
      }))
    })
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

function summarize(
  inputs: DeleteInputs,
  name: string,
  outcome: Outcome,
  plan: Plan,
  waitedMs: number
): void {
  const { removed, skipped, gone } = outcome
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
