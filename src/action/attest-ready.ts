/**
 * Whether this job can attest, checked while the inputs are read (before any build or push),
 * apart from `attest.ts` so that reading the inputs loads no registry client.
 */
import type { RunContext } from './context.js'
import { UserError } from './errors.js'

/**
 * Checks, before anything is built or pushed, that this job can attest: `@actions/attest`
 * serves github.com and ghe.com only, and signing needs the job's OIDC token.
 */
export function checkAttestReady(ctx: RunContext): void {
  const host = new URL(ctx.serverUrl).hostname
  if (host !== 'github.com' && !/^[a-z0-9-]+\.ghe\.com$/.test(host)) {
    throw new UserError(
      `Input "attest": "true" cannot be done on ${ctx.serverUrl}: artifact attestations are made on github.com and ghe.com only (GitHub Enterprise Server has no Sigstore instance nor attestations API). Set attest: false.`
    )
  }
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new UserError(
      'Input "attest": "true" needs the job\'s OIDC token, and this job may not ask for one. Give the job "permissions: id-token: write" (to sign) and "attestations: write" (to store the attestation), with "packages: write" and "contents: read".'
    )
  }
}
