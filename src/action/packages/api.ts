/**
 * GitHub's Packages REST API for one container package: its versions (every page), and
 * deleting one, through `@actions/github`'s Octokit at `GITHUB_API_URL`.
 *
 * Requests are paced to GitHub's secondary rate limit (900 points a minute for REST, a GET
 * costing 1 and a DELETE 5) over a sliding minute, and a `403`/`429` that asks to wait
 * (`retry-after`, or an exhausted primary limit with its reset time) is waited out and retried.
 */
import * as core from '@actions/core'
import { githubClient, type GitHubClient } from '../github-api.js'
import type { Digest } from '../../registry/digest.js'
import { sleep } from '../../registry/transport/retry.js'

/** A version as the API lists it, every field checked (`checkVersions`) before any use. */
export interface ListedVersion {
  id: number
  digest: Digest
  tags: string[]
  created: Date
}

/**
 * The API answered with something no version list is: the wrong shape, values that are not
 * what the API documents, or pages that do not end. Nothing may be decided on such an answer.
 */
export class ApiAnswerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ApiAnswerError'
  }
}

/** A tag as the distribution spec defines it. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DIGEST = /^sha256:[0-9a-f]{64}$/
/** A container package name: the repository path after the owner. */
const PACKAGE_NAME =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
/** Pages beyond those the package's version count calls for, for versions pushed meanwhile. */
const SLACK_PAGES = 2
/** The most pages read when the API gives no version count: 100,000 versions. */
const MAX_PAGES = 1000

/**
 * Text from the API for a log line or the summary: control characters (a newline could start a
 * workflow command) and the line separators shown as escapes, and cut to `max` characters.
 */
export function printable(value: unknown, max = 120): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const safe = text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it finds
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return safe.length > max ? `${safe.slice(0, max)}…` : safe
}

/** What a value is, for a message about an answer of the wrong shape. */
function shapeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `text beginning "${printable(value.trimStart(), 60)}"`
  return typeof value === 'object'
    ? `an object ${printable(value, 80)}`
    : `${typeof value} ${printable(value)}`
}

/**
 * One page of the version list, checked field by field: ids are positive integers, names
 * sha256 digests, creation times dates, tags of the distribution spec's tag grammar. Throws
 * {@link ApiAnswerError} naming the first value that is not.
 */
export function checkVersions(data: unknown, where: string): ListedVersion[] {
  if (!Array.isArray(data))
    throw new ApiAnswerError(`${where} is not a list of versions but ${shapeOf(data)}`)
  return data.map((entry: unknown, i) => {
    const v = entry as {
      id?: unknown
      name?: unknown
      created_at?: unknown
      metadata?: { container?: { tags?: unknown } }
    } | null
    const bad = (field: string, value: unknown, rule: string): ApiAnswerError =>
      new ApiAnswerError(
        `${where}, entry ${i + 1}${typeof v?.id === 'number' ? ` (id ${v.id})` : ''}: ${field} ${typeof value === 'string' ? `"${printable(value)}"` : printable(value)} is not ${rule}`
      )
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      throw new ApiAnswerError(`${where}, entry ${i + 1} is not a version but ${shapeOf(v)}`)
    if (typeof v.id !== 'number' || !Number.isSafeInteger(v.id) || v.id <= 0)
      throw bad('id', v.id, 'a positive whole number')
    if (typeof v.name !== 'string' || !DIGEST.test(v.name))
      throw bad(
        'name',
        v.name,
        'a sha256 digest (a container version is named by its manifest digest)'
      )
    const created = typeof v.created_at === 'string' ? Date.parse(v.created_at) : NaN
    if (!Number.isFinite(created)) throw bad('created_at', v.created_at, 'a date')
    const tags = v.metadata?.container?.tags ?? []
    if (!Array.isArray(tags)) throw bad('metadata.container.tags', tags, 'a list of tags')
    for (const tag of tags as unknown[])
      if (typeof tag !== 'string' || !TAG.test(tag))
        throw bad('the tag', tag, 'a tag (letters, digits, ".", "_" and "-", at most 128)')
    return {
      id: v.id,
      digest: v.name as Digest,
      tags: tags as string[],
      created: new Date(created)
    }
  })
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

/** The `message` of a GitHub API error body, printable. */
function apiMessage(e: OctokitError): string {
  const data = e.response?.data as { message?: unknown } | undefined
  return printable(typeof data?.message === 'string' ? data.message : e.message, 300)
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
  /** The package's `version_count`, once read; undefined where the API gives none. */
  private count: number | undefined

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

  /**
   * `orgs/<owner>` or `users/<owner>`: the owner's kind from the event, else asked. Either way
   * the package is read once, for its version count.
   */
  private async ownerBase(): Promise<string> {
    if (this.base) return this.base
    const bases = this.ownerType
      ? [`${this.ownerType === 'Organization' ? 'orgs' : 'users'}/${this.owner}`]
      : [`orgs/${this.owner}`, `users/${this.owner}`]
    for (const base of bases) {
      try {
        const { data } = await this.call<unknown>(
          'GET',
          `${base}/packages/container/{package_name}`,
          {
            package_name: this.name
          }
        )
        const count = (data as { version_count?: unknown } | null)?.version_count
        this.count =
          typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : undefined
        this.base = base
        return base
      } catch (error) {
        if (!(error instanceof PackagesApiError) || error.status !== 404 || bases.length === 1)
          throw error
      }
    }
    throw new PackagesApiError(404, `package ${this.owner}/${this.name} not found`)
  }

  /**
   * Every active version, all pages, each checked. The list is read as the API pages it, which
   * is no snapshot: a version pushed meanwhile shifts later pages (the same id is then listed
   * twice, and kept once). Paging ends where the API says, and no later than the pages the
   * package's version count calls for plus {@link SLACK_PAGES}; a page that lists only
   * versions already listed, or a version under two digests, is an answer nothing may be
   * decided on.
   */
  async versions(): Promise<ListedVersion[]> {
    const base = await this.ownerBase()
    const count = this.count
    const pages = count === undefined ? MAX_PAGES : Math.ceil(count / 100) + SLACK_PAGES
    const where = `GitHub's API list of the versions of ${this.owner}/${this.name}`
    const byId = new Map<number, ListedVersion>()
    const byDigest = new Map<string, number>()
    for (let page = 1; ; page++) {
      if (page > pages) {
        throw new ApiAnswerError(
          `${where} offered more than ${pages} pages of 100${count === undefined ? '' : `, though the package has ${count} versions`}`
        )
      }
      const { data, headers } = await this.call<unknown>(
        'GET',
        `${base}/packages/container/{package_name}/versions`,
        { package_name: this.name, per_page: 100, page, state: 'active' }
      )
      if (headers['x-oauth-scopes'] !== undefined)
        this.scopes = String(headers['x-oauth-scopes'])
          .split(',')
          .map(s => s.trim())
          .filter(Boolean)
      const listed = checkVersions(data, `${where}, page ${page}`)
      let fresh = 0
      for (const v of listed) {
        const known = byId.get(v.id)
        if (known && known.digest !== v.digest)
          throw new ApiAnswerError(
            `${where} gives version ${v.id} as ${known.digest} and as ${v.digest}`
          )
        const other = byDigest.get(v.digest)
        if (other !== undefined && other !== v.id)
          throw new ApiAnswerError(`${where} gives ${v.digest} as versions ${other} and ${v.id}`)
        if (!known) fresh++
        byId.set(v.id, v)
        byDigest.set(v.digest, v.id)
      }
      if (listed.length > 0 && fresh === 0)
        throw new ApiAnswerError(`${where}: page ${page} lists only versions of earlier pages`)
      if (listed.length < 100 || !/rel="next"/.test(String(headers.link ?? '')))
        return [...byId.values()]
    }
  }

  /**
   * The names of the owner's container packages (`api`, `team/api`), every page, each checked.
   * The owner's kind comes from the event, else the organisation endpoint is tried first.
   */
  async packageNames(): Promise<string[]> {
    const bases = this.ownerType
      ? [`${this.ownerType === 'Organization' ? 'orgs' : 'users'}/${this.owner}`]
      : [`orgs/${this.owner}`, `users/${this.owner}`]
    const where = `GitHub's API list of the container packages of ${this.owner}`
    for (const [i, base] of bases.entries()) {
      const names = new Set<string>()
      try {
        for (let page = 1; ; page++) {
          if (page > MAX_PAGES)
            throw new ApiAnswerError(`${where} offered more than ${MAX_PAGES} pages`)
          const { data, headers } = await this.call<unknown>('GET', `${base}/packages`, {
            package_type: 'container',
            per_page: 100,
            page
          })
          if (!Array.isArray(data))
            throw new ApiAnswerError(
              `${where}, page ${page}, is not a list of packages but ${shapeOf(data)}`
            )
          let fresh = 0
          for (const [n, entry] of (data as unknown[]).entries()) {
            const p = entry as { name?: unknown; package_type?: unknown } | null
            if (
              typeof p !== 'object' ||
              p === null ||
              typeof p.name !== 'string' ||
              !PACKAGE_NAME.test(p.name) ||
              (p.package_type !== undefined && p.package_type !== 'container')
            )
              throw new ApiAnswerError(
                `${where}, page ${page}, entry ${n + 1} is not a container package: ${printable(entry)}`
              )
            if (!names.has(p.name)) fresh++
            names.add(p.name)
          }
          if (data.length > 0 && fresh === 0)
            throw new ApiAnswerError(`${where}: page ${page} lists only packages of earlier pages`)
          if (data.length < 100 || !/rel="next"/.test(String(headers.link ?? '')))
            return [...names].sort()
        }
      } catch (error) {
        if (error instanceof PackagesApiError && error.status === 404 && i < bases.length - 1)
          continue
        throw error
      }
    }
    throw new PackagesApiError(404, `owner ${this.owner} not found`)
  }

  /**
   * Whether a version is still listed, asked of it by id: a DELETE answered 404 means it is
   * gone only if the version itself is gone too (GitHub also answers 404 for a refusal).
   */
  async versionExists(id: number): Promise<boolean> {
    const base = await this.ownerBase()
    try {
      await this.call('GET', `${base}/packages/container/{package_name}/versions/{id}`, {
        package_name: this.name,
        id
      })
      return true
    } catch (error) {
      if (error instanceof PackagesApiError && error.status === 404) return false
      throw error
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
