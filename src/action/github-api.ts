/**
 * The GitHub REST API, through `@actions/github`'s Octokit (with the runner's proxy settings),
 * at `GITHUB_API_URL` so GHES works. Octokit is loaded only when a command needs the API.
 */
import type { getOctokit } from '@actions/github'

export type GitHubClient = ReturnType<typeof getOctokit>

/** An Octokit client for `apiUrl` authenticated with `token`. */
export async function githubClient(token: string, apiUrl: string): Promise<GitHubClient> {
  const github = await import('@actions/github')
  return github.getOctokit(token, { baseUrl: apiUrl })
}

/**
 * A classic token's OAuth scopes, from the `X-OAuth-Scopes` header of an authenticated
 * request; undefined when the API does not say (other kinds of token). Throws when the API
 * cannot be reached or refuses the token; callers treat that as "unknown".
 */
export async function tokenScopes(
  apiUrl: string,
  token: string,
  timeoutMs = 5000
): Promise<string[] | undefined> {
  const octokit = await githubClient(token, apiUrl)
  const res = await octokit.request('GET /', {
    request: { signal: AbortSignal.timeout(timeoutMs) }
  })
  const header = res.headers['x-oauth-scopes']
  if (header === undefined) return undefined
  return String(header)
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
}
