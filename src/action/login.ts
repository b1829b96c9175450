/**
 * Logging in: the `login` command, and the same login at the start of every other command.
 *
 * 1. The token is classified; a personal credential for GitHub's registry gets one warning and
 *    a migration guide in the job summary, and a classic PAT's scopes are checked.
 * 2. The registry is pinged and a registry token obtained for the repository with the scopes
 *    the command needs, so bad credentials fail at once.
 * 3. Commands that push open an upload session and cancel it (the preflight), so a missing
 *    write permission fails in seconds, before a long build.
 * 4. Docker CLI credentials are written for later `docker` steps; the post step restores the
 *    Docker config.
 */
import * as core from '@actions/core'
import { RegistryClient, type Repository } from '../registry/index.js'
import type { RunContext } from './context.js'
import { isPullRequestEvent } from './context.js'
import { writeDockerCredentials } from './docker-config.js'
import { tokenScopes } from './github-api.js'
import type { Inputs } from './inputs.js'
import { explain, type FailureContext } from './registry-errors.js'
import { saveState } from './state.js'
import {
  classifyToken,
  excessScopes,
  isGitHubRegistry,
  isPersonal,
  migrationGuide,
  packageSettingsUrl,
  personalTokenWarning,
  TOKEN_KIND_LABEL,
  type TokenKind
} from './token.js'

/** A logged-in registry connection, with what the summary and error messages need. */
export interface Session {
  client: RegistryClient
  registry: string
  tokenKind: TokenKind
  /** Translates an error of an operation into the user's fix. */
  explain(error: unknown, action: string, repository: string, write: boolean): unknown
  close(): Promise<void>
}

/** The Docker CLI's key for a registry in `auths` (Docker Hub keeps its historical URL). */
export function dockerAuthKey(registry: string): string {
  return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry
}

function ownerIsOrganization(ctx: RunContext): boolean {
  const repo = ctx.event.repository as { owner?: { type?: string } } | undefined
  return repo?.owner?.type === 'Organization'
}

/** Whether this run is a pull request from a fork (its GITHUB_TOKEN is read-only). */
export function isForkPullRequest(ctx: RunContext): boolean {
  if (!isPullRequestEvent(ctx)) return false
  const pr = ctx.event.pull_request as
    { head?: { repo?: { full_name?: string; fork?: boolean } } } | undefined
  const head = pr?.head?.repo
  return !!head && (head.fork === true || (!!head.full_name && head.full_name !== ctx.repository))
}

export function failureContext(
  inputs: Inputs,
  ctx: RunContext,
  tokenKind: TokenKind,
  action: string,
  repository: string,
  write: boolean
): FailureContext {
  return {
    action,
    registry: inputs.registry,
    repository,
    tokenKind,
    username: inputs.username,
    github: isGitHubRegistry(inputs.registry, ctx.serverUrl),
    write,
    settingsUrl: packageSettingsUrl(ctx.serverUrl, repository, ownerIsOrganization(ctx)),
    forkPullRequest: isForkPullRequest(ctx)
  }
}

/** Warns about a personal credential (once) and checks a classic PAT's scopes. */
async function adviseOnToken(inputs: Inputs, ctx: RunContext, kind: TokenKind): Promise<void> {
  if (!isPersonal(kind) || !isGitHubRegistry(inputs.registry, ctx.serverUrl)) return
  core.warning(personalTokenWarning(kind), { title: 'Personal token used for GitHub Packages' })
  const settings = packageSettingsUrl(
    ctx.serverUrl,
    inputs.image.repository,
    ownerIsOrganization(ctx)
  )
  core.summary.addRaw(migrationGuide(kind, settings), true)
  if (kind !== 'classic-pat' && kind !== 'legacy' && kind !== 'oauth') return
  let scopes: string[] | undefined
  try {
    scopes = await tokenScopes(ctx.apiUrl, inputs.token)
  } catch (error) {
    core.debug(
      `Could not read the token's scopes from ${ctx.apiUrl}: ${error instanceof Error ? error.message : String(error)}`
    )
    return
  }
  if (!scopes) {
    core.debug(`${ctx.apiUrl} did not report the token's scopes`)
    return
  }
  const extra = excessScopes(scopes, inputs.command)
  if (extra.length > 0) {
    const repo = extra.includes('repo')
      ? ' It has "repo", full control of private repositories: selecting write:packages in the token settings also selects repo, so unselect it.'
      : ''
    core.warning(
      `The personal access token has scopes this step does not need: ${extra.join(', ')}.${repo} ${inputs.command} needs only ${inputs.command === 'pull' ? 'read:packages' : 'write:packages'}; better still, use GITHUB_TOKEN.`,
      { title: 'Token scopes wider than needed' }
    )
  }
}

/**
 * Logs in for `repository` with the access the command needs, and writes the Docker
 * credentials. With `write`, runs the upload preflight. Throws a {@link UserError} that says
 * the fix when anything is refused.
 */
export async function login(
  inputs: Inputs,
  ctx: RunContext,
  options: { write: boolean; repository?: string; askPush?: boolean; source?: boolean }
): Promise<Session> {
  const kind = classifyToken(inputs.token)
  // A source registry's credentials come from the Docker config: no advice, nothing written.
  if (!options.source) await adviseOnToken(inputs, ctx, kind)
  const repository = options.repository ?? inputs.image.repository
  const client = new RegistryClient(inputs.registry, {
    ...(inputs.token && { credentials: { username: inputs.username, password: inputs.token } }),
    // Registry tokens are secrets too: mask them the moment they are known.
    onSecret: secret => core.setSecret(secret),
    onRetry: info =>
      core.info(
        `Retrying ${info.request.method} ${info.request.url.host} (${info.reason}) in ${(info.delayMs / 1000).toFixed(1)} s`
      )
  })
  const session: Session = {
    client,
    registry: inputs.registry,
    tokenKind: kind,
    explain: (error, action, repo, write) =>
      explain(error, failureContext(inputs, ctx, kind, action, repo, write)),
    close: () => client.close()
  }
  const repo: Repository = client.repository(repository)
  try {
    const ping = await client.transport.verify(
      repo.scope(options.write || options.askPush ? 'push' : 'pull')
    )
    if (options.write) await preflight(repo)
    const granted = client.transport.auth.granted
    core.info(
      `Logged in to ${inputs.registry} as ${inputs.username || 'anonymous'} with a ${TOKEN_KIND_LABEL[kind]}` +
        (ping.auth === 'none' ? ' (the registry asks for no credentials)' : '') +
        (granted.length ? `; granted ${granted.join(' ')}` : '')
    )
    summarizeLogin(inputs, kind, ping.auth, granted, options.write)
  } catch (error) {
    await client.close()
    throw session.explain(
      error,
      options.write ? `push to ${inputs.registry}/${repository}` : `log in to ${inputs.registry}`,
      repository,
      options.write
    )
  }
  if (inputs.token && !options.source) {
    const record = await writeDockerCredentials(
      dockerAuthKey(inputs.registry),
      inputs.username,
      inputs.token,
      ctx.runnerTemp
    )
    saveState({ mainRan: true, ...(inputs.logout && { dockerConfig: record }) })
    core.info(
      `Docker CLI credentials for ${inputs.registry} written to ${record.path}${inputs.logout ? '; the post step restores the file' : ''}`
    )
  }
  return session
}

/** Opens an upload session and cancels it: proof of write access before any long work. */
async function preflight(repo: Repository): Promise<void> {
  const location = await repo.startUpload()
  await repo.cancelUpload(location)
}

function summarizeLogin(
  inputs: Inputs,
  kind: TokenKind,
  scheme: string,
  granted: string[],
  write: boolean
): void {
  core.summary.addHeading('Registry login', 3)
  core.summary.addTable([
    [
      { data: 'registry', header: true },
      { data: 'identity', header: true },
      { data: 'credential', header: true },
      { data: 'access', header: true }
    ],
    [
      inputs.registry,
      inputs.username || 'anonymous',
      TOKEN_KIND_LABEL[kind],
      granted.length
        ? granted.join('<br>')
        : scheme === 'none'
          ? 'open registry'
          : write
            ? 'push (upload preflight passed)'
            : 'pull'
    ]
  ])
}

/** `command: login`: log in, report, and leave the Docker credentials for later steps. */
export async function loginCommand(inputs: Inputs, ctx: RunContext): Promise<void> {
  const session = await login(inputs, ctx, { write: false, askPush: true })
  await session.close()
}
