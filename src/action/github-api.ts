/**
 * The one GitHub API call the action makes: reading a classic personal access token's scopes
 * from the `X-OAuth-Scopes` header of an authenticated request. An unreachable API costs only a
 * debug line.
 */
import { request } from 'undici'
import { createDispatcher } from '../registry/transport/http.js'

/** The token's OAuth scopes, or undefined when the API did not say. */
export async function tokenScopes(
  apiUrl: string,
  token: string,
  timeoutMs = 5000
): Promise<string[] | undefined> {
  const dispatcher = createDispatcher()
  try {
    const res = await request(`${apiUrl}/`, {
      headers: {
        authorization: `token ${token}`,
        accept: 'application/vnd.github+json',
        'user-agent': 'ghcr-action'
      },
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs)
    })
    await res.body.dump()
    const header = res.headers['x-oauth-scopes']
    if (res.statusCode !== 200 || header === undefined) return undefined
    const value = Array.isArray(header) ? header.join(',') : header
    return value
      .split(',')
      .map(s => s.trim())
      .filter(Boolean)
  } finally {
    await dispatcher.close()
  }
}
