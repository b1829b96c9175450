/**
 * The GitHub Actions run context, read from the runner's environment variables and the event
 * payload file (GITHUB_EVENT_PATH). Nothing here talks to the network.
 */
import { readFileSync } from 'node:fs'

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
  event: Record<string, unknown>
  runnerTemp: string
  /** Whether this process runs under GitHub Actions at all. */
  inActions: boolean
}

/** Reads the context from `env` (default: `process.env`). */
export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  let event: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
      if (parsed && typeof parsed === 'object') event = parsed as Record<string, unknown>
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
    inActions: env.GITHUB_ACTIONS === 'true'
  }
}

/** Whether the event is a pull request of any kind (`pull_request`, `pull_request_target`). */
export function isPullRequestEvent(ctx: RunContext): boolean {
  return ctx.eventName.startsWith('pull_request')
}
