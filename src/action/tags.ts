/**
 * Default tags and labels from the git context (README, "Default tags from the git
 * context"), the way docker/metadata-action derives them.
 */
import type { RunContext } from './context.js'
import { isPullRequestEvent } from './context.js'

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/

/** Turns any ref name into a valid tag: invalid characters become `-`, at most 128 long. */
export function sanitizeTag(name: string): string {
  let tag = name.replace(/[^A-Za-z0-9_.-]/g, '-')
  if (/^[.-]/.test(tag)) tag = `_${tag.slice(1)}`
  return tag.slice(0, 128)
}

function defaultBranch(ctx: RunContext): string | undefined {
  return ctx.event.repository?.default_branch
}

/** How tags are derived from the git context when the `tags` input is empty. */
export const TAG_STYLES = ['semver', 'metadata-action'] as const
export type TagStyle = (typeof TAG_STYLES)[number]

/**
 * The tags a run gets when the `tags` input is empty: this action's (`semver`), or exactly
 * docker/metadata-action's defaults (`metadata-action`).
 */
export function defaultTags(ctx: RunContext, style: TagStyle = 'semver'): string[] {
  return style === 'metadata-action' ? metadataActionTags(ctx) : semverTags(ctx)
}

/**
 * docker/metadata-action's default tags (its `src/tag.ts` and `src/meta.ts`, v6): the rules
 * `type=schedule` (`nightly`), `type=ref,event=branch`, `type=ref,event=tag`,
 * `type=ref,event=pr` (`pr-<n>`), in that order, each value sanitised its way (runs of other
 * characters become one `-`), the first rule that gives a value deciding `latest` by its
 * `auto` flavour: only a git tag gets it. A `pull_request_target` run is its PR's merge ref.
 */
export function metadataActionTags(ctx: RunContext): string[] {
  const number = ctx.event.number ?? ctx.event.pull_request?.number
  const ref = /pull_request_target/.test(ctx.eventName) ? `refs/pull/${number}/merge` : ctx.ref
  const values: string[] = []
  let latest: boolean | undefined
  const add = (raw: string, latestToo: boolean): void => {
    if (!raw) return
    const value = raw.replace(/[^a-zA-Z0-9._-]+/g, '-')
    if (!values.includes(value)) values.push(value)
    latest ??= latestToo
  }
  if (/schedule/.test(ctx.eventName)) add('nightly', false)
  if (/^refs\/heads\//.test(ref)) add(ref.replace(/^refs\/heads\//, ''), false)
  if (/^refs\/tags\//.test(ref)) add(ref.replace(/^refs\/tags\//, ''), true)
  if (/^refs\/pull\//.test(ref))
    add(`pr-${ref.replace(/^refs\/pull\//, '').replace(/\/merge$/, '')}`, false)
  if (latest) values.push('latest')
  return values
}

/** This action's default tags (README, "Default tags from the git context"). */
function semverTags(ctx: RunContext): string[] {
  const tags: string[] = []
  if (ctx.ref.startsWith('refs/tags/')) {
    const name = ctx.ref.slice('refs/tags/'.length)
    const semver = SEMVER.exec(name)
    if (semver) {
      const [, major, minor, patch, pre] = semver
      if (pre) tags.push(sanitizeTag(`${major}.${minor}.${patch}-${pre}`))
      else {
        tags.push(`${major}.${minor}.${patch}`, `${major}.${minor}`)
        if (major !== '0') tags.push(`${major}`)
        tags.push('latest')
      }
    } else {
      tags.push(sanitizeTag(name))
    }
  } else if (isPullRequestEvent(ctx)) {
    const number = ctx.event.pull_request?.number ?? /^refs\/pull\/(\d+)\//.exec(ctx.ref)?.[1]
    if (number !== undefined) tags.push(`pr-${number}`)
  } else if (ctx.ref.startsWith('refs/heads/')) {
    const branch = ctx.ref.slice('refs/heads/'.length)
    tags.push(sanitizeTag(branch))
    if (branch === defaultBranch(ctx)) tags.push('latest')
  }
  if (ctx.sha) tags.push(`sha-${ctx.sha.slice(0, 7)}`)
  return [...new Set(tags)]
}

/**
 * When the commit was made, from the event payload: builds of one commit then carry one
 * `created` label, so they are reproducible and the builder's cache holds across re-runs.
 */
export function commitTime(ctx: RunContext): Date | undefined {
  const stamp = ctx.event.head_commit?.timestamp ?? ctx.event.pull_request?.updated_at
  const date = stamp ? new Date(stamp) : undefined
  return date && !Number.isNaN(date.getTime()) ? date : undefined
}

/** The version label: the semver of a tag, the tag or branch name, or pr-N. */
function versionOf(ctx: RunContext, tags: string[]): string | undefined {
  return tags.find(t => t !== 'latest' && !t.startsWith('sha-'))
}

/**
 * The labels ghcr.io shows a package by. For a multi-platform image it reads them from the
 * index's annotations only, so they are copied there from the images.
 */
export const DESCRIBING_LABELS = [
  'org.opencontainers.image.description',
  'org.opencontainers.image.source',
  'org.opencontainers.image.licenses'
] as const

/**
 * The OCI labels the action adds (image-spec `annotations.md`), from the run and the event
 * payload. `org.opencontainers.image.source` links a ghcr.io package to the repository, so the
 * repository's permissions (and GITHUB_TOKEN) apply to it. User labels win.
 */
export function ociLabels(
  ctx: RunContext,
  tags: string[],
  created = commitTime(ctx) ?? new Date()
): Record<string, string> {
  const repo = ctx.event.repository
  const labels: Record<string, string> = {}
  if (ctx.repository) {
    labels['org.opencontainers.image.source'] = `${ctx.serverUrl}/${ctx.repository}`
    labels['org.opencontainers.image.url'] = repo?.html_url ?? `${ctx.serverUrl}/${ctx.repository}`
    labels['org.opencontainers.image.title'] =
      repo?.name ?? ctx.repository.split('/')[1] ?? ctx.repository
  }
  if (ctx.sha) labels['org.opencontainers.image.revision'] = ctx.sha
  labels['org.opencontainers.image.created'] = created.toISOString()
  if (repo?.description) labels['org.opencontainers.image.description'] = repo.description
  const version = versionOf(ctx, tags)
  if (version) labels['org.opencontainers.image.version'] = version
  const spdx = repo?.license?.spdx_id
  if (spdx && spdx !== 'NOASSERTION') labels['org.opencontainers.image.licenses'] = spdx
  return labels
}
