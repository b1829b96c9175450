/**
 * What kind of credential the `token` input is, by GitHub's token prefixes
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/), and the
 * advice for moving a workflow off personal access tokens to GITHUB_TOKEN.
 */
import * as core from '@actions/core'
import { ownerIsOrganization, type RunContext } from './context.js'
import { tokenScopes } from './github-api.js'

export type TokenKind =
  | 'installation' // ghs_: a GitHub App installation token; GITHUB_TOKEN is one
  | 'classic-pat' // ghp_
  | 'fine-grained-pat' // github_pat_
  | 'oauth' // gho_
  | 'user-to-server' // ghu_
  | 'legacy' // 40 hex characters: a pre-2021 token
  | 'none'
  | 'other' // not a GitHub token (another registry's password)

export function classifyToken(token: string): TokenKind {
  if (token === '') return 'none'
  if (token.startsWith('ghs_')) return 'installation'
  if (token.startsWith('ghp_')) return 'classic-pat'
  if (token.startsWith('github_pat_')) return 'fine-grained-pat'
  if (token.startsWith('gho_')) return 'oauth'
  if (token.startsWith('ghu_')) return 'user-to-server'
  if (/^[0-9a-f]{40}$/.test(token)) return 'legacy'
  return 'other'
}

/** Whether the credential belongs to a person rather than to the workflow run. */
export function isPersonal(kind: TokenKind): boolean {
  return (
    kind === 'classic-pat' ||
    kind === 'fine-grained-pat' ||
    kind === 'oauth' ||
    kind === 'user-to-server' ||
    kind === 'legacy'
  )
}

/** What each kind of credential is called in logs and the summary (no article: it varies). */
export const TOKEN_KIND_LABEL: Record<TokenKind, string> = {
  installation: 'GitHub App installation token (GITHUB_TOKEN)',
  'classic-pat': 'personal access token (classic)',
  'fine-grained-pat': 'fine-grained personal access token',
  oauth: 'OAuth app token',
  'user-to-server': 'GitHub App user-to-server token',
  legacy: 'legacy 40-character personal token',
  none: 'no token (anonymous)',
  other: 'password or non-GitHub token'
}

/** The label with its indefinite article: "a personal access token", "an OAuth app token". */
export function withArticle(kind: TokenKind): string {
  const label = TOKEN_KIND_LABEL[kind]
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`
}

/**
 * The container registry of the GitHub server a workflow runs on (GITHUB_SERVER_URL):
 * `ghcr.io` for github.com, `containers.SUB.ghe.com` for GitHub Enterprise Cloud with data
 * residency (`SUB.ghe.com`), and `containers.HOST` for GitHub Enterprise Server.
 */
export function serverRegistry(serverUrl: string): string {
  let host: string
  try {
    host = new URL(serverUrl).hostname.toLowerCase()
  } catch {
    return 'ghcr.io'
  }
  return host === 'github.com' ? 'ghcr.io' : `containers.${host}`
}

/**
 * Whether `registry` is the registry of the server the workflow runs on: the one registry
 * the workflow's GITHUB_TOKEN, which that server issued, is sent to.
 */
export function isServerRegistry(registry: string, serverUrl: string): boolean {
  // Written with HTTPS's own port, it is the same host.
  return registry.replace(/:443$/, '') === serverRegistry(serverUrl)
}

/**
 * Whether `registry` is one of GitHub's container registries: ghcr.io, or the server's own
 * (GHES, ghe.com). Their errors and personal-token advice are GitHub's.
 */
export function isGitHubRegistry(registry: string, serverUrl: string): boolean {
  return registry.replace(/:443$/, '') === 'ghcr.io' || isServerRegistry(registry, serverUrl)
}

/** The package scopes each command needs on a classic PAT. */
export function neededScopes(command: string): string[] {
  if (command === 'pull') return ['read:packages']
  if (command === 'login') return ['read:packages', 'write:packages']
  if (command === 'delete') return ['read:packages', 'delete:packages']
  return ['write:packages']
}

/**
 * Scopes of a classic PAT beyond what the command needs. `repo` is always reported: ghcr.io's
 * documentation warns that selecting `write:packages` in the token UI also selects `repo`.
 */
export function excessScopes(granted: string[], command: string): string[] {
  const needed = new Set(neededScopes(command))
  // write implies read; delete is only needed to delete.
  if (needed.has('write:packages')) needed.add('read:packages')
  return granted.filter(s => !needed.has(s))
}

/** The one-line warning for a personal credential, naming the input the step set it in. */
export function personalTokenWarning(
  kind: TokenKind,
  input: 'token' | 'password' = 'token'
): string {
  const base = `The ${input} input is ${withArticle(kind)}. Use the workflow's GITHUB_TOKEN instead: remove "${input}:" from this step and add "permissions: packages: write" to the job; if the package was first pushed with a personal token, grant this repository Actions access in the package settings. See the job summary for the steps.`
  return kind === 'fine-grained-pat'
    ? `${base} ghcr.io documents only personal access tokens (classic) for packages, so a fine-grained token may be refused.`
    : base
}

/** The job-summary section that walks the user through the move, as Markdown. */
export function migrationGuide(
  kind: TokenKind,
  settings: string,
  input: 'token' | 'password' = 'token',
  command = 'push'
): string {
  // Deleting versions takes the Admin role on the package; reading and writing, Write.
  const role =
    command === 'delete'
      ? 'the Admin role (deleting versions needs Admin; Write only pushes)'
      : 'the Write role'
  return [
    `### Move from ${withArticle(kind)} to GITHUB_TOKEN`,
    '',
    "A personal token in a workflow acts as you, everywhere you have access, until it expires or is revoked. The workflow's own `GITHUB_TOKEN` is created for each run, limited to this repository and to the permissions the job asks for, and expires with the job.",
    '',
    '**Before**',
    '',
    '```yaml',
    'steps:',
    '  - uses: org/ghcr-action@v1',
    '    with:',
    `      ${input}: \${{ secrets.CR_PAT }}`,
    '```',
    '',
    '**After**',
    '',
    '```yaml',
    'permissions:',
    '  contents: read',
    '  packages: write',
    'steps:',
    '  - uses: org/ghcr-action@v1',
    '```',
    '',
    `1. Remove \`${input}:\` (the token defaults to \`\${{ github.token }}\`).`,
    '2. Add `permissions: packages: write` to the job (or workflow).',
    `3. If the package was first pushed with a personal token, open its settings (${settings}), and under "Manage Actions access" add this repository with ${role}.`,
    "4. Link the package to this repository with the label `org.opencontainers.image.source` set to the repository URL (this action adds it to images it builds), so the repository's permissions apply to it.",
    '5. Delete the personal token from the repository secrets once the workflow runs without it.',
    ...(kind === 'fine-grained-pat'
      ? [
          '',
          '> ghcr.io documents only personal access tokens (classic) for GitHub Packages; fine-grained tokens may be refused.'
        ]
      : [])
  ].join('\n')
}

/**
 * The package's settings page, where visibility and Actions access are managed. `repository`
 * is the path inside the registry (`owner/name`); organisations and users have different URLs.
 */
export function packageSettingsUrl(
  serverUrl: string,
  repository: string,
  ownerIsOrganization: boolean
): string {
  const [owner, ...rest] = repository.split('/')
  const name = encodeURIComponent(rest.join('/'))
  return `${serverUrl}/${ownerIsOrganization ? 'orgs' : 'users'}/${owner}/packages/container/${name}/settings`
}

let advised = false

/**
 * For a personal credential on GitHub's registry: one warning with the move to GITHUB_TOKEN,
 * the guide in the job summary, and, for a classic PAT, a check of its scopes against what
 * `command` needs. Other credentials and registries get no advice.
 */
export async function adviseOnToken(
  token: string,
  command: string,
  registry: string,
  repository: string,
  ctx: RunContext,
  input: 'token' | 'password' = 'token'
): Promise<void> {
  const kind = classifyToken(token)
  if (!isPersonal(kind) || !isGitHubRegistry(registry, ctx.serverUrl)) return
  // Once a run: a copy within one registry logs in twice with the same token.
  if (advised) return
  advised = true
  core.warning(personalTokenWarning(kind, input), {
    title: 'Personal token used for GitHub Packages'
  })
  const settings = packageSettingsUrl(ctx.serverUrl, repository, ownerIsOrganization(ctx))
  core.summary.addRaw(migrationGuide(kind, settings, input, command), true)
  if (kind !== 'classic-pat' && kind !== 'legacy' && kind !== 'oauth') return
  let scopes: string[] | undefined
  try {
    scopes = await tokenScopes(ctx.apiUrl, token)
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
  const extra = excessScopes(scopes, command)
  if (extra.length > 0) {
    const repo = extra.includes('repo')
      ? ' It has "repo", full control of private repositories: selecting write:packages in the token settings also selects repo, so unselect it.'
      : ''
    core.warning(
      `The personal access token has scopes this step does not need: ${extra.join(', ')}.${repo} ${command} needs only ${neededScopes(command).join(' and ')}; better still, use GITHUB_TOKEN.`,
      { title: 'Token scopes wider than needed' }
    )
  }
}
