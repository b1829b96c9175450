/**
 * Registry failures translated into what the user must do. Each message is one line (for the
 * `::error::` annotation) and names the fix; the longer explanation goes to the job summary.
 * The token never appears: messages are built from status codes, the registry's own error
 * codes and messages (it never has the token), and our own text.
 */
import { AuthError, ErrorCodes, NetworkError, RegistryError, TlsError } from '../registry/index.js'
import { UserError } from './errors.js'
import type { TokenKind } from './token.js'

export interface FailureContext {
  /** What was being done: `log in to ghcr.io`, `push ghcr.io/o/app`. */
  action: string
  registry: string
  repository: string
  tokenKind: TokenKind
  username: string
  /** ghcr.io or a GHES container host. */
  github: boolean
  /** Whether the operation needed write access. */
  write: boolean
  /** The package settings URL, for access fixes. */
  settingsUrl: string
  /** Set on pull_request events whose head is a fork. */
  forkPullRequest: boolean
}

/** ghcr.io's documented refusals, recognised by their message (their code is DENIED). */
const GHCR = {
  /** An organisation that enforces SAML SSO, and a token not authorised for it. */
  sso: /\bSAML\b|single sign-on|\bSSO\b/i,
  /** The repository has no write access to the package. */
  writePackage: /permission_denied: write_package/i,
  /** GITHUB_TOKEN without `packages: write`, or a package not granted to the repository. */
  installation: /installation not allowed/i
}

/** A connection failure's code, said in words. */
function networkProblem(code: string): string {
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
    UND_ERR_BODY_TIMEOUT: 'the answer stalled',
    UND_ERR_SOCKET: 'connection closed',
    UND_ERR_CLOSED: 'connection closed'
  }
  return words[code] ? `${words[code]}, ${code}` : code
}

/** Translates an error of the registry client; anything else is returned unchanged. */
export function explain(error: unknown, ctx: FailureContext): unknown {
  const isGitHubToken = ctx.tokenKind === 'installation'
  if (error instanceof TlsError) {
    return new UserError(
      `Could not ${ctx.action}: ${error.message}.`,
      "The registry presented a certificate that is not trusted. For a private CA, point NODE_EXTRA_CA_CERTS at its certificate in the step's env."
    )
  }
  if (error instanceof NetworkError) {
    return new UserError(
      `Could not ${ctx.action}: ${ctx.registry} is unreachable (${networkProblem(error.code)}${error.attempts > 1 ? ` after ${error.attempts} attempts` : ''}; ${error.method} ${error.url}). Check the registry input, the network, and HTTPS_PROXY/NO_PROXY.`
    )
  }
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^(EPROTO|ERR_SSL_)/.test(code)) {
    return new UserError(
      `Could not ${ctx.action}: TLS with ${ctx.registry} failed (${code}): it does not speak TLS on that port, or a proxy in between does not. Check the registry input (host and port) and HTTPS_PROXY.`
    )
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new UserError(
      `Could not ${ctx.action}: the name ${ctx.registry} does not resolve (${code}). Check the registry input and the runner's DNS.`
    )
  }
  if (
    typeof code === 'string' &&
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_)/.test(code)
  ) {
    return new UserError(
      `Could not ${ctx.action}: ${ctx.registry} is unreachable (${code}). Check the registry input, the network, and HTTPS_PROXY/NO_PROXY.`
    )
  }
  if (error instanceof AuthError) {
    if (error.status === 401 || error.status === 403) {
      const fix = isGitHubToken
        ? 'The GITHUB_TOKEN was refused: it expires when the job ends, and must belong to this run. Do not pass a token from another workflow or a cached secret.'
        : ctx.tokenKind === 'none'
          ? `${ctx.registry} requires credentials: set username and token.`
          : `Check that the token is valid and not expired, and that username matches it (${ctx.username}).`
      return new UserError(
        `Could not ${ctx.action}: ${ctx.registry} refused the credentials of ${ctx.username || 'anonymous'}. ${fix}`
      )
    }
    return new UserError(`Could not ${ctx.action}: ${error.message}.`)
  }
  if (!(error instanceof RegistryError)) return error
  if (error.messageMatches(GHCR.sso)) {
    return new UserError(
      `Could not ${ctx.action}: the organisation enforces SAML single sign-on and the token is not authorised for it. Authorise the token for the organisation in your GitHub token settings ("Configure SSO"), or use GITHUB_TOKEN.`
    )
  }
  if (error.messageMatches(GHCR.writePackage)) {
    return new UserError(
      `Could not ${ctx.action}: this repository has no write access to the package ${ctx.repository} (permission_denied: write_package). In the package settings (${ctx.settingsUrl}) add this repository under "Manage Actions access" with the Write role, or link the package to this repository with the org.opencontainers.image.source label.`
    )
  }
  const denied =
    error.status === 401 ||
    error.status === 403 ||
    error.hasCode(ErrorCodes.DENIED, ErrorCodes.UNAUTHORIZED)
  if (denied && ctx.write && ctx.forkPullRequest) {
    return new UserError(
      `Could not ${ctx.action}: pull requests from forks get a read-only GITHUB_TOKEN and cannot push. Leave push: auto so fork pull requests build without pushing.`
    )
  }
  if (denied && ctx.write && isGitHubToken) {
    return new UserError(
      `Could not ${ctx.action}: the GITHUB_TOKEN may not write packages${error.messageMatches(GHCR.installation) ? ` (${error.codes[0]?.message})` : ''}. Add "permissions: packages: write" to the job; if the package already exists, also grant this repository Write access in the package settings (${ctx.settingsUrl}).`
    )
  }
  if (denied && ctx.write) {
    return new UserError(
      `Could not ${ctx.action}: ${ctx.registry} denied write access to ${ctx.repository} for ${ctx.username || 'anonymous'} (HTTP ${error.status}). The token needs push rights on the repository${ctx.github ? ' (write:packages for a classic PAT)' : ''}.`
    )
  }
  if (denied) {
    return new UserError(
      `Could not ${ctx.action}: ${ctx.registry} denied access to ${ctx.repository} for ${ctx.username || 'anonymous'} (HTTP ${error.status}).${ctx.github ? ' A private package needs a token with read access: GITHUB_TOKEN with "permissions: packages: read", and the repository granted access in the package settings.' : ''}`
    )
  }
  if (error.hasCode(ErrorCodes.NAME_UNKNOWN, ErrorCodes.MANIFEST_UNKNOWN)) {
    return new UserError(
      `Could not ${ctx.action}: ${ctx.repository} has no such image (${error.registrySays}).`
    )
  }
  // The registry's own words, whatever the status: they name the cause (a manifest refused
  // with 500 MANIFEST_INVALID is not an outage).
  const says = error.registrySays ? ` ${ctx.registry} says: ${error.registrySays}` : ''
  if (error.temporary) {
    return new UserError(
      `Could not ${ctx.action}: ${ctx.registry} kept failing (HTTP ${error.status}) after retries; try again later.${says}`
    )
  }
  return new UserError(
    `Could not ${ctx.action}: ${error.method} ${error.url} was refused (HTTP ${error.status}).${says || ' The registry gave no reason.'}`
  )
}
