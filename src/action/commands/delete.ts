/**
 * `command: delete`: cleans up versions of a container package without breaking any image a
 * tag points to. Every version is listed with the Packages API, every manifest read from the
 * registry, and the decision is taken on the reference graph (`package-graph.ts`). If any
 * manifest cannot be read, nothing in the package is deleted.
 */
import * as core from '@actions/core'
import {
  ATTESTATION_SUBJECT,
  isAttestationEntry,
  type ParsedManifest
} from '../../registry/index.js'
import { ownerIsOrganization, type RunContext } from '../context.js'
import { UserError } from '../errors.js'
import { selectsVersions, type DeleteInputs } from '../inputs/index.js'
import { group, html } from '../log.js'
import {
  fallbackSubject,
  planDeletion,
  type Decision,
  type PackageVersion
} from '../package-graph.js'
import { PackagesApi, PackagesApiError, type ApiVersion } from '../packages.js'
import { openTargetSession, type Session } from '../session.js'
import { classifyToken, packageSettingsUrl } from '../token.js'

/** Manifests read at once. */
const READERS = 8
/** Rows of each summary table; the outputs have every version. */
const SUMMARY_ROWS = 200

/** The API's refusals that mean "not this version", not "not this token". */
const SKIPPED = [/last (tagged )?version/i, /5,?000 downloads/i]

export async function deletePackageVersions(inputs: DeleteInputs, ctx: RunContext): Promise<void> {
  const name = `${inputs.image.registry}/${inputs.image.repository}`
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

  const listed = await group(`List the versions of ${name}`, async () => {
    try {
      const versions = await api.versions()
      core.info(`${versions.length} versions`)
      return versions
    } catch (error) {
      throw listFailure(error, name, installation, settings)
    }
  })
  // The API said which kind of owner it is: the settings URL follows.
  settings = packageSettingsUrl(ctx.serverUrl, inputs.image.repository, api.ownerIsOrganization)
  const deleting = !inputs.dryRun && selectsVersions(inputs)
  if (deleting && api.scopes && !api.scopes.includes('delete:packages')) {
    throw new UserError(
      `The personal access token cannot delete package versions: it lacks the delete:packages scope (it has ${api.scopes.join(', ') || 'none'}). Nothing was deleted. Add delete:packages, or use the workflow's GITHUB_TOKEN with "permissions: packages: write" and the repository given the Admin role in the package settings (${settings}).`
    )
  }

  const session = await group('Login', () => openTargetSession(inputs, ctx, { write: false }))
  let versions: PackageVersion[]
  try {
    versions = await group(`Read ${listed.length} manifests`, () =>
      readGraph(listed, session, inputs.image.repository)
    )
  } finally {
    await session.close()
  }

  const plan = planDeletion(versions, inputs, new Date())
  for (const b of plan.broken) {
    core.warning(
      `${name}@${b.version.digest} (${b.version.tags.join(', ') || 'untagged'}) lists ${b.missing.length} manifest(s) the package does not have: ${b.missing.join(', ')}. Pulls of its platforms fail with "manifest unknown".`,
      { title: 'Broken image' }
    )
  }

  const removed: Decision[] = []
  const skipped: Array<Decision & { why: string }> = []
  if (selectsVersions(inputs)) {
    const verb = inputs.dryRun ? 'Would delete' : 'Delete'
    await group(`${verb} ${plan.remove.length} of ${versions.length} versions`, async () => {
      for (const d of plan.remove) {
        const what = `${d.version.digest} (${d.version.tags.join(', ') || 'untagged'}): ${d.reason}`
        if (inputs.dryRun) {
          core.info(`would delete ${what}`)
          removed.push(d)
          continue
        }
        try {
          await api.deleteVersion(d.version.id)
          core.info(`deleted ${what}`)
          removed.push(d)
        } catch (error) {
          if (
            error instanceof PackagesApiError &&
            error.status === 400 &&
            SKIPPED.some(p => p.test(error.message))
          ) {
            core.info(`skipped ${d.version.digest}: ${error.message}`)
            skipped.push({ ...d, why: error.message })
            continue
          }
          setOutputs(inputs, removed, versions.length, plan, skipped)
          throw deleteFailure(error, name, installation, settings, removed.length)
        }
      }
    })
  }

  setOutputs(inputs, removed, versions.length, plan, skipped)
  summarize(inputs, name, removed, plan, skipped, api.waitedMs)
  if (inputs.validate && plan.broken.length) {
    throw new UserError(
      `${plan.broken.length} image(s) of ${name} are broken: ${plan.broken
        .slice(0, 5)
        .map(b => `${b.version.tags[0] ?? b.version.digest} lacks ${b.missing.length} manifest(s)`)
        .join('; ')}. Push those images again.`
    )
  }
}

/**
 * Reads every version's manifest, a few at a time. Fails closed: one unreadable manifest and
 * nothing is decided, so nothing is deleted.
 */
async function readGraph(
  listed: ApiVersion[],
  session: Session,
  repository: string
): Promise<PackageVersion[]> {
  const repo = session.client.repository(repository)
  const parsed = new Map<number, ParsedManifest>()
  const failures: string[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(READERS, listed.length) }, async () => {
      while (next < listed.length) {
        const v = listed[next++]!
        try {
          parsed.set(v.id, (await repo.getManifest(v.name)).parsed)
        } catch (error) {
          failures.push(
            `${v.name} (${tagsOf(v).join(', ') || 'untagged'}): ${error instanceof Error ? error.message : String(error)}`
          )
        }
      }
    })
  )
  if (failures.length) {
    throw new UserError(
      `Could not read ${failures.length} of ${listed.length} manifests of ${session.registry}/${repository}, so nothing was deleted (a version whose manifest is unknown could be what a tagged image needs): ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`
    )
  }
  const versions = listed.map(v => toVersion(v, parsed.get(v.id)!))
  // Attestation manifests are children of an index that says so on their descriptors.
  const attestations = new Set(
    [...parsed.values()].flatMap(p =>
      p.kind === 'index'
        ? p.index.manifests
            .filter(m => isAttestationEntry(m) || m.annotations?.[ATTESTATION_SUBJECT])
            .map(m => m.digest as string)
        : []
    )
  )
  for (const v of versions) if (attestations.has(v.digest)) v.kind = 'attestation'
  return versions
}

function tagsOf(v: ApiVersion): string[] {
  return v.metadata?.container?.tags ?? []
}

function toVersion(v: ApiVersion, parsed: ParsedManifest): PackageVersion {
  const tags = tagsOf(v)
  // A subject named only by a `sha256-…` tag is the graph's to read from the tags.
  const subject =
    parsed.kind === 'index' ? parsed.index.subject?.digest : parsed.manifest.subject?.digest
  return {
    id: v.id,
    digest: v.name,
    tags,
    created: new Date(v.created_at),
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

function setOutputs(
  inputs: DeleteInputs,
  removed: Decision[],
  total: number,
  plan: ReturnType<typeof planDeletion>,
  skipped: Array<Decision & { why: string }>
): void {
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
  removed: Decision[],
  plan: ReturnType<typeof planDeletion>,
  skipped: Array<Decision & { why: string }>,
  waitedMs: number
): void {
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
