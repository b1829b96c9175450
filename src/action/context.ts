/**
 * The GitHub Actions run context, read from the runner's environment variables and the event
 * payload file (GITHUB_EVENT_PATH). Nothing here talks to the network.
 *
 * The payload is typed with `@actions/github`'s `WebhookPayload`, narrowed to the fields the
 * action reads. Its `context` object is not used: constructing it loads Octokit (about 0.2 s
 * and 20 MB at every start) only to read one JSON file, and it reads `process.env` at import
 * time, where tests and the action pass their own environment.
 */
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { partialDir } from './cleanup.js'
import type { context } from '@actions/github'

/** `@actions/github`'s payload type (a type-only import: nothing is loaded at run time). */
type WebhookPayload = typeof context.payload

/** The parts of the event payload the action reads (push, pull_request, release, …). */
export interface EventPayload extends WebhookPayload {
  repository?: WebhookPayload['repository'] & {
    default_branch?: string
    description?: string | null
    license?: { spdx_id?: string } | null
    owner: { login: string; type?: 'User' | 'Organization' | string }
  }
  pull_request?: WebhookPayload['pull_request'] & {
    updated_at?: string
    head?: { repo?: { full_name?: string; fork?: boolean } | null }
  }
  head_commit?: { timestamp?: string } | null
}

/** What the action needs to know about the run that invoked it. */
export interface RunContext {
  /** `owner/name` as GitHub spells it (may have upper case). */
  repository: string
  owner: string
  eventName: string
  /** `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`. */
  ref: string
  sha: string
  actor: string
  serverUrl: string
  apiUrl: string
  /** The parsed event payload, `{}` when there is none. */
  event: EventPayload
  runnerTemp: string
  /** Whether this process runs under GitHub Actions at all. */
  inActions: boolean
  /** `os/arch[/variant]` of the runner. */
  platform: string
  /** GITHUB_RUN_ID: the workflow run, the same in every job and attempt of it; empty outside. */
  runId: string
  /** GITHUB_RUN_ATTEMPT: 1 for the first run, one more for each re-run. */
  runAttempt: number
}

/** Reads the context from `env` (default: `process.env`). */
export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  let event: EventPayload = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
      if (parsed && typeof parsed === 'object') event = parsed as EventPayload
    } catch {
      // A missing or unreadable payload only costs the labels and tags derived from it.
    }
  }
  return {
    repository,
    owner: env.GITHUB_REPOSITORY_OWNER || repository.split('/')[0] || '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    event,
    runnerTemp: env.RUNNER_TEMP || '',
    inActions: env.GITHUB_ACTIONS === 'true',
    platform: runnerPlatform(env),
    runId: /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID! : '',
    runAttempt: Math.max(1, Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1)
  }
}

/** Whether the event is a pull request of any kind (`pull_request`, `pull_request_target`). */
export function isPullRequestEvent(ctx: RunContext): boolean {
  return ctx.eventName.startsWith('pull_request')
}

/** Whether this run is a pull request from a fork (its GITHUB_TOKEN is read-only). */
export function isForkPullRequest(ctx: RunContext): boolean {
  if (!isPullRequestEvent(ctx)) return false
  const head = ctx.event.pull_request?.head?.repo
  return !!head && (head.fork === true || (!!head.full_name && head.full_name !== ctx.repository))
}

/** Whether the repository belongs to an organisation (package URLs differ for users). */
export function ownerIsOrganization(ctx: RunContext): boolean {
  return ctx.event.repository?.owner.type === 'Organization'
}

/** `os/arch[/variant]` of the runner (RUNNER_OS, RUNNER_ARCH), or of this process. */
export function runnerPlatform(env: NodeJS.ProcessEnv = process.env): string {
  const os = (env.RUNNER_OS ?? process.platform).toLowerCase()
  const arch = (env.RUNNER_ARCH ?? process.arch).toUpperCase()
  const goOs =
    os === 'macos' || os === 'darwin'
      ? 'darwin'
      : os === 'windows' || os === 'win32'
        ? 'windows'
        : 'linux'
  const goArch: Record<string, string> = {
    X64: 'amd64',
    ARM64: 'arm64',
    ARM: 'arm/v7',
    X86: '386',
    IA32: '386',
    S390X: 's390x',
    PPC64: 'ppc64le'
  }
  return `${goOs}/${goArch[arch] ?? 'amd64'}`
}

/**
 * A new scratch directory under RUNNER_TEMP (or the system's temporary directory), removed
 * if the step is cancelled; remove it with `removeDir`.
 */
export function scratchDir(ctx: RunContext, prefix: string): Promise<string> {
  return partialDir(join(ctx.runnerTemp || tmpdir(), prefix))
}
