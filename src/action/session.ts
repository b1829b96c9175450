/**
 * A logged-in registry connection, for the target repository or for a source image.
 *
 * - Target: the action's own credentials (`username`, `token`). Bad credentials fail at once
 *   (a registry token is asked for with the scopes the command needs); with `preflight`, an
 *   upload session is opened and cancelled, so a missing write permission fails before a long
 *   build. Docker CLI credentials are then written for later `docker` steps, and the post step
 *   is told how to undo that.
 * - Source: on the target's registry, the same login; elsewhere the Docker config's
 *   credentials for that registry (as `docker pull` would use), or none.
 */
import * as core from '@actions/core'
import { RegistryClient, type Reference } from '../registry/index.js'
import { isForkPullRequest, ownerIsOrganization, type RunContext } from './context.js'
import {
  dockerAuthKey,
  readDockerCredentials,
  writeDockerCredentials,
  type DockerConfigRecord
} from './docker-config.js'
import type { Command, CommonInputs } from './inputs/index.js'
import { html } from './log.js'
import { explain } from './registry-errors.js'
import { saveState } from './state.js'
import {
  adviseOnToken,
  classifyToken,
  isGitHubRegistry,
  packageSettingsUrl,
  TOKEN_KIND_LABEL,
  withArticle,
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

interface Identity {
  registry: string
  username: string
  token: string
}

/** A client for `who`, whose registry tokens are masked and retries logged. */
function connect(who: Identity, ctx: RunContext): Session {
  const tokenKind = classifyToken(who.token)
  const client = new RegistryClient(who.registry, {
    ...(who.token && { credentials: { username: who.username, password: who.token } }),
    // Registry tokens are secrets too: mask them the moment they are known.
    onSecret: secret => core.setSecret(secret),
    onRetry: info =>
      core.info(`Retrying ${info.what} (${info.reason}) in ${(info.delayMs / 1000).toFixed(1)} s`)
  })
  return {
    client,
    registry: who.registry,
    tokenKind,
    explain: (error, action, repository, write) =>
      explain(error, {
        action,
        registry: who.registry,
        repository,
        tokenKind,
        username: who.username,
        github: isGitHubRegistry(who.registry, ctx.serverUrl),
        write,
        settingsUrl: packageSettingsUrl(ctx.serverUrl, repository, ownerIsOrganization(ctx)),
        forkPullRequest: isForkPullRequest(ctx)
      }),
    close: () => client.close()
  }
}

/**
 * Proves the credentials for `repository` with the access asked for; closes the session and
 * throws the user's fix when anything is refused. Returns how the registry authenticates.
 */
async function verify(
  session: Session,
  who: Identity,
  repository: string,
  access: { scope: 'pull' | 'push'; write: boolean; preflight: boolean }
): Promise<string> {
  const repo = session.client.repository(repository)
  try {
    const ping = await session.client.transport.verify(repo.scope(access.scope))
    if (access.preflight) {
      const location = await repo.startUpload()
      await repo.cancelUpload(location)
    }
    const granted = session.client.transport.auth.granted
    // A registry that asks for no credentials never gets the token: say that, not "logged in".
    const as =
      ping.auth === 'none'
        ? `${who.registry} asks for no credentials${who.token ? `, so ${withArticle(session.tokenKind)} of ${who.username} was not sent` : ''}`
        : who.token
          ? `Logged in to ${who.registry} as ${who.username} with ${withArticle(session.tokenKind)}`
          : `Reading ${who.registry} anonymously (no token)`
    core.info(as + (granted.length ? `; granted ${granted.join(' ')}` : ''))
    return ping.auth === 'none' ? 'open registry' : granted.join('<br>')
  } catch (error) {
    await session.close()
    throw session.explain(
      error,
      access.write ? `push to ${who.registry}/${repository}` : `log in to ${who.registry}`,
      repository,
      access.write
    )
  }
}

/** What the target session is for. */
export interface TargetAccess {
  /** Push rights are needed (and asked for). */
  write: boolean
  /** Open and cancel an upload session: proof of write access before a long build. */
  preflight?: boolean
  /** Ask for push rights without needing them (the login command reports what it got). */
  askPush?: boolean
}

/** Logs in to the target registry with the action's credentials, for `image`. */
export async function openTargetSession(
  inputs: CommonInputs & { command: Command },
  ctx: RunContext,
  access: TargetAccess,
  early?: (session: Session) => void
): Promise<Session> {
  if (inputs.token)
    await adviseOnToken(
      inputs.token,
      inputs.command,
      inputs.registry,
      inputs.image.repository,
      ctx,
      inputs.tokenInput
    )
  const session = connect(inputs, ctx)
  early?.(session)
  const granted = await verify(session, inputs, inputs.image.repository, {
    scope: access.write || access.askPush ? 'push' : 'pull',
    write: access.write,
    preflight: !!access.preflight
  })
  summarizeLogin(inputs, session.tokenKind, granted, access)
  if (inputs.token && !credentialsWritten.has(inputs.registry)) {
    credentialsWritten.add(inputs.registry)
    const record = await writeDockerCredentials(
      dockerAuthKey(inputs.registry),
      inputs.username,
      inputs.token,
      ctx.runnerTemp
    )
    if (inputs.logout) {
      records.push(record)
      saveState({ dockerConfigs: records })
    }
    core.info(
      `Docker CLI credentials for ${inputs.registry} written to ${record.path}${inputs.logout ? '; the post step takes them out again' : ''}`
    )
  }
  return session
}

/** Registries whose Docker credentials this run wrote, once each, and the post step's records. */
const credentialsWritten = new Set<string>()
const records: DockerConfigRecord[] = []

/**
 * A session for reading `source`: the action's own login when it is on the target's
 * registry; otherwise the Docker config's credentials for that registry, or none.
 *
 * `early` is called with the session before the login is checked, to send a read beside it
 * (the login's ping then costs no round trip of its own); its failures are the caller's to
 * await, after the login's, which come first.
 */
export async function openSourceSession(
  inputs: CommonInputs & { command: Command },
  ctx: RunContext,
  source: Reference,
  early?: (session: Session) => void
): Promise<Session> {
  if (source.registry === inputs.registry) {
    return openTargetSession({ ...inputs, image: source }, ctx, { write: false }, early)
  }
  const credentials = await readDockerCredentials(source.registry)
  if (credentials?.password) core.setSecret(credentials.password)
  core.info(
    credentials
      ? `Credentials for ${source.registry} from the Docker config`
      : `No credentials for ${source.registry} in the Docker config`
  )
  const who = {
    registry: source.registry,
    username: credentials?.username ?? '',
    token: credentials?.password ?? ''
  }
  const session = connect(who, ctx)
  early?.(session)
  await verify(session, who, source.repository, { scope: 'pull', write: false, preflight: false })
  return session
}

function summarizeLogin(
  inputs: Identity,
  kind: TokenKind,
  granted: string,
  access: TargetAccess
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
      html(inputs.username || 'anonymous'),
      TOKEN_KIND_LABEL[kind],
      granted ||
        (access.preflight ? 'push (upload preflight passed)' : access.write ? 'push' : 'pull')
    ]
  ])
}
