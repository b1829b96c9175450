/**
 * GitHub's Packages REST API for one container package: its versions (every page), and
 * deleting one, through `@actions/github`'s Octokit at `GITHUB_API_URL`.
 *
 * Requests are paced to GitHub's secondary rate limit (900 points a minute for REST, a GET
 * costing 1 and a DELETE 5) over a sliding minute, and a `403`/`429` that asks to wait
 * (`retry-after`, or an exhausted primary limit with its reset time) is waited out and retried.
 */
import * as core from '@actions/core'
import { githubClient, type GitHubClient } from './github-api.js'
import { sleep } from '../registry/transport/retry.js'

/** What the API says of a version. */
export interface ApiVersion {
  id: number
  name: string
  created_at: string
  metadata?: { container?: { tags?: string[] } }
}

/** A points budget over a sliding window, as GitHub counts its secondary rate limit. */
export class PointsWindow {
  private readonly spent: Array<{ at: number; points: number }> = []

  constructor(
    readonly budget = 900,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = ms => sleep(ms)
  ) {}

  /** Waits until `points` more stay within the budget, then spends them. */
  async take(points: number): Promise<void> {
    for (;;) {
      const now = this.now()
      while (this.spent.length && this.spent[0]!.at <= now - this.windowMs) this.spent.shift()
      const used = this.spent.reduce((n, s) => n + s.points, 0)
      if (used + points <= this.budget || this.spent.length === 0) {
        this.spent.push({ at: now, points })
        return
      }
      // Wait for the oldest spending to leave the window.
      await this.wait(this.spent[0]!.at + this.windowMs - now + 1)
    }
  }
}

/** A refusal of the API that is not a rate limit. */
export class PackagesApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/** How long the API asks to wait, or undefined when the refusal is not a rate limit. */
export function rateLimitWait(
  status: number,
  headers: Record<string, string | number | undefined>,
  now = Date.now()
): number | undefined {
  if (status !== 403 && status !== 429) return undefined
  const retryAfter = Number(headers['retry-after'])
  if (Number.isFinite(retryAfter) && String(headers['retry-after'] ?? '') !== '')
    return Math.max(1, retryAfter) * 1000
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000
    return Number.isFinite(reset) ? Math.max(1000, reset - now) : 60_000
  }
  // A secondary limit without retry-after: GitHub asks for at least a minute.
  return status === 429 ? 60_000 : undefined
}

interface OctokitError {
  status: number
  message: string
  response?: { headers: Record<string, string | number | undefined>; data?: unknown }
}

function isOctokitError(e: unknown): e is OctokitError {
  return typeof e === 'object' && e !== null && typeof (e as OctokitError).status === 'number'
}

/** The `message` of a GitHub API error body. */
function apiMessage(e: OctokitError): string {
  const data = e.response?.data as { message?: unknown } | undefined
  return typeof data?.message === 'string' ? data.message : e.message
}

export interface PackagesOptions {
  /** Longest single wait for a rate limit before giving up. Default 15 minutes. */
  maxWaitMs?: number
  window?: PointsWindow
}

export class PackagesApi {
  /** `orgs/<org>` or `users/<user>`, once found. */
  private base: string | undefined
  /** The token's OAuth scopes, when the API reports them (classic tokens). */
  scopes: string[] | undefined
  /** Seconds waited for rate limits, for the summary. */
  waitedMs = 0

  private constructor(
    private readonly octokit: GitHubClient,
    readonly owner: string,
    /** The package name: the repository path after the owner. */
    readonly name: string,
    private readonly ownerType: 'Organization' | 'User' | undefined,
    private readonly window: PointsWindow,
    private readonly maxWaitMs: number
  ) {}

  static async open(
    token: string,
    apiUrl: string,
    repository: string,
    ownerType: 'Organization' | 'User' | undefined,
    options: PackagesOptions = {}
  ): Promise<PackagesApi> {
    const [owner, ...rest] = repository.split('/')
    return new PackagesApi(
      await githubClient(token, apiUrl),
      owner!,
      rest.join('/'),
      ownerType,
      options.window ?? new PointsWindow(),
      options.maxWaitMs ?? 15 * 60_000
    )
  }

  /** One request, paced, retried while the API asks to wait or fails on its side. */
  private async call<T>(
    method: 'GET' | 'DELETE',
    path: string,
    params: Record<string, unknown> = {}
  ): Promise<{ data: T; headers: Record<string, string | number | undefined> }> {
    for (let attempt = 1; ; attempt++) {
      await this.window.take(method === 'DELETE' ? 5 : 1)
      try {
        const res = await this.octokit.request(`${method} /${path}`, params)
        return { data: res.data as T, headers: res.headers }
      } catch (error) {
        if (!isOctokitError(error)) throw error
        const wait = rateLimitWait(error.status, error.response?.headers ?? {})
        const serverSide = error.status >= 500 && attempt < 4
        if (wait !== undefined && wait <= this.maxWaitMs) {
          core.info(
            `GitHub's API asks to wait (${error.status}: ${apiMessage(error)}): retrying in ${Math.ceil(wait / 1000)} s`
          )
          this.waitedMs += wait
          await sleep(wait)
          continue
        }
        if (wait !== undefined) {
          throw new PackagesApiError(
            error.status,
            `GitHub's API rate limit asks to wait ${Math.ceil(wait / 60_000)} minutes, longer than this step waits: ${apiMessage(error)}`
          )
        }
        if (serverSide) {
          await sleep(1000 * attempt)
          continue
        }
        throw new PackagesApiError(error.status, apiMessage(error))
      }
    }
  }

  /** Whether the owner is an organization (known once the package was found). */
  get ownerIsOrganization(): boolean {
    return this.base?.startsWith('orgs/') ?? this.ownerType === 'Organization'
  }

  /** `orgs/<owner>` or `users/<owner>`: the owner's kind from the event, else asked. */
  private async ownerBase(): Promise<string> {
    if (this.base) return this.base
    if (this.ownerType) {
      this.base = `${this.ownerType === 'Organization' ? 'orgs' : 'users'}/${this.owner}`
      return this.base
    }
    for (const base of [`orgs/${this.owner}`, `users/${this.owner}`]) {
      try {
        await this.call('GET', `${base}/packages/container/{package_name}`, {
          package_name: this.name
        })
        this.base = base
        return base
      } catch (error) {
        if (!(error instanceof PackagesApiError) || error.status !== 404) throw error
      }
    }
    throw new PackagesApiError(404, `package ${this.owner}/${this.name} not found`)
  }

  /** Every active version, all pages. */
  async versions(): Promise<ApiVersion[]> {
    const base = await this.ownerBase()
    const all: ApiVersion[] = []
    for (let page = 1; ; page++) {
      const { data, headers } = await this.call<ApiVersion[]>(
        'GET',
        `${base}/packages/container/{package_name}/versions`,
        { package_name: this.name, per_page: 100, page, state: 'active' }
      )
      if (headers['x-oauth-scopes'] !== undefined)
        this.scopes = String(headers['x-oauth-scopes'])
          .split(',')
          .map(s => s.trim())
          .filter(Boolean)
      all.push(...data)
      if (data.length < 100 || !/rel="next"/.test(String(headers.link ?? ''))) return all
    }
  }

  async deleteVersion(id: number): Promise<void> {
    const base = await this.ownerBase()
    await this.call('DELETE', `${base}/packages/container/{package_name}/versions/{id}`, {
      package_name: this.name,
      id
    })
  }
}
