/**
 * EMULATION of GitHub's Packages REST API for container packages (api.github.com cannot run
 * here), in front of a real Distribution registry that holds the real manifests, so the
 * reference graph the action reads is real. It follows the documented endpoints and behaviour:
 *
 * - `GET /orgs/{org}/packages/container/{name}` and `/users/{user}/…`: the package with its
 *   `version_count`, or 404 when the owner is not of that kind;
 * - `GET …/versions?per_page=&page=`: every manifest of the repository is a version (as on
 *   ghcr.io), `name` its digest, `metadata.container.tags` its tags, newest first, paginated
 *   with a `Link` header;
 * - `GET /orgs/{org}/packages?package_type=container` and `/users/{user}/…`: the owner's container
 *   packages (every repository under the owner that holds a manifest), paginated like versions;
 * - `GET …/versions/{id}`: one version, or 404;
 * - `DELETE …/versions/{id}`: deletes the manifest from the registry; refuses the last version
 *   of a package and public versions with more than 5,000 downloads with `400`, and a token
 *   without admin rights on the package with `403`;
 * - the secondary rate limit: 900 points a minute (GET 1, DELETE 5) over a sliding window, a
 *   `403` with `retry-after` past it (budget and window can be made smaller for a test);
 * - `GET /` answers `X-OAuth-Scopes` for classic tokens.
 *
 * A test can make it hostile or racing: `beforeList` changes the registry (or hides versions
 * the registry still serves) before a page is made, `onList` answers a page in its place (a body of any
 * shape, text, another Link header) or changes the registry before the page is read;
 * `onDelete` answers a DELETE in its place.
 *
 * Versions come from the registry's storage (`_manifests/revisions`, `_manifests/tags`); the
 * creation time is the revision's, unless a test sets it. Binds 127.0.0.1 only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import type { Digest } from '../../src/registry/digest.js'
import type { TestRegistry } from './registry.js'

export interface ApiToken {
  /** `X-OAuth-Scopes` for a classic token; undefined for an installation token. */
  scopes?: string
  /** Whether the token may delete versions (admin on the package). */
  admin: boolean
}

export interface PackagesApiOptions {
  registry: TestRegistry
  /** A registry user that may delete manifests (the emulation's own access). */
  admin: { username: string; password: string }
  owners: Record<string, 'Organization' | 'User'>
  tokens: Record<string, ApiToken>
  /** Secondary rate limit. Default: GitHub's, 900 points per 60 s. */
  budget?: { points: number; windowMs: number }
  /** Creation times to share with another emulation of the same registry. */
  created?: Map<string, Date>
}

/** A page of the version list about to be answered. */
export interface ListRequest {
  repository: string
  page: number
  perPage: number
  /** How many list requests for this repository came before this one. */
  calls: number
  /** The page as the emulation would answer it, and its Link header. */
  body: unknown[]
  link: string | undefined
}

/** An answer in the emulation's place: JSON `body`, or `text` with its content type. */
export interface ListAnswer {
  body?: unknown
  text?: string
  contentType?: string
  /** The Link header; null for none. */
  link?: string | null
}

export interface PackagesApiEmulation {
  /** Runs before a page of the version list is made: a test changes the registry or `hidden` here. */
  beforeList:
    ((req: { repository: string; page: number; calls: number }) => Promise<void> | void) | undefined
  /** Digests the API no longer lists though the registry still serves them (eventual consistency). */
  hidden: Set<string>
  /** Answers (or changes the registry before) a page of the version list; undefined: as usual. */
  onList:
    ((req: ListRequest) => Promise<ListAnswer | undefined> | ListAnswer | undefined) | undefined
  /** Answers a DELETE in the emulation's place: a status and message; undefined: as usual. */
  onDelete:
    | ((version: {
        id: number
        digest: string
      }) =>
        | Promise<{ status: number; message: string } | undefined>
        | { status: number; message: string }
        | undefined)
    | undefined
  url: string
  /** Sets a version's creation time (versions pushed in one test are seconds apart at most). */
  created: Map<string, Date>
  /** Public versions with more than 5,000 downloads: the API refuses to delete them. */
  popular: Set<string>
  /** Every request: method, path, and the status answered. */
  requests: Array<{ method: string; path: string; status: number; at: number }>
  /** Versions of `repository` as the API lists them. */
  versions(repository: string): Array<{ id: number; digest: string; tags: string[] }>
  stop(): Promise<void>
}

export async function startPackagesApi(options: PackagesApiOptions): Promise<PackagesApiEmulation> {
  const { registry } = options
  const storage = join(registry.root, 'docker/registry/v2/repositories')
  const ids = new Map<string, number>()
  let nextId = 1000
  const created = options.created ?? new Map<string, Date>()
  const popular = new Set<string>()
  const requests: PackagesApiEmulation['requests'] = []
  const listCalls = new Map<string, number>()
  const spent: Array<{ at: number; points: number }> = []
  const budget = options.budget ?? { points: 900, windowMs: 60_000 }
  const client = new RegistryClient(registry.directHost, {
    credentials: options.admin,
    ...(registry.ca && { ca: registry.ca.pem })
  })

  const versionsOf = (repository: string) => {
    const manifests = join(storage, repository, '_manifests')
    const revisions = join(manifests, 'revisions', 'sha256')
    if (!existsSync(revisions)) return []
    const tags = new Map<string, string[]>()
    const tagDir = join(manifests, 'tags')
    for (const tag of existsSync(tagDir) ? readdirSync(tagDir) : []) {
      const link = join(tagDir, tag, 'current', 'link')
      if (!existsSync(link)) continue
      const digest = readFileSync(link, 'utf8').trim()
      tags.set(digest, [...(tags.get(digest) ?? []), tag])
    }
    return readdirSync(revisions)
      .filter(hex => existsSync(join(revisions, hex, 'link')))
      .map(hex => {
        const digest = `sha256:${hex}`
        const key = `${repository}@${digest}`
        if (!ids.has(key)) ids.set(key, nextId++)
        return {
          id: ids.get(key)!,
          digest,
          tags: (tags.get(digest) ?? []).sort(),
          created: created.get(digest) ?? statSync(join(revisions, hex, 'link')).mtime
        }
      })
      .sort((a, b) => b.created.getTime() - a.created.getTime() || b.id - a.id)
  }

  /** Every repository under `owner` holding a manifest: its package names, sorted. */
  const packagesOf = (owner: string): string[] => {
    const names: string[] = []
    const walk = (dir: string, name: string): void => {
      if (!existsSync(dir)) return
      for (const entry of readdirSync(dir)) {
        if (entry.startsWith('_')) continue
        const path = join(dir, entry)
        const full = name ? `${name}/${entry}` : entry
        if (!statSync(path).isDirectory()) continue
        if (existsSync(join(path, '_manifests')) && versionsOf(`${owner}/${full}`).length)
          names.push(full)
        walk(path, full)
      }
    }
    walk(join(storage, owner), '')
    return names.sort()
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const path = decodeURIComponent(url.pathname)
      const method = req.method ?? 'GET'
      const answer = (
        status: number,
        body: unknown,
        headers: Record<string, string> = {}
      ): void => {
        requests.push({ method, path, status, at: Date.now() })
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(body === undefined ? '' : JSON.stringify(body))
      }
      const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
      const who = token ? options.tokens[token] : undefined
      if (!who) return answer(401, { message: 'Bad credentials' })
      const scopes: Record<string, string> =
        who.scopes !== undefined ? { 'x-oauth-scopes': who.scopes } : {}

      // The secondary rate limit, over a sliding window.
      const now = Date.now()
      while (spent.length && spent[0]!.at <= now - budget.windowMs) spent.shift()
      const points = method === 'DELETE' ? 5 : 1
      const used = spent.reduce((n, s) => n + s.points, 0)
      if (used + points > budget.points) {
        const wait = Math.ceil((spent[0]!.at + budget.windowMs - now) / 1000)
        return answer(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          },
          { 'retry-after': String(Math.max(1, wait)) }
        )
      }
      spent.push({ at: now, points })

      if (path === '/') return answer(200, {}, scopes)
      const owned = /^\/(orgs|users)\/([^/]+)\/packages$/.exec(path)
      if (owned && method === 'GET') {
        const [, kind, owner] = owned
        if ((options.owners[owner!] === 'Organization' ? 'orgs' : 'users') !== kind)
          return answer(404, { message: 'Not Found' })
        if (url.searchParams.get('package_type') !== 'container')
          return answer(400, { message: 'package_type is required' })
        const names = packagesOf(owner!)
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
        const body = names.slice((page - 1) * perPage, page * perPage).map(name => ({
          id: 1 + names.indexOf(name),
          name,
          package_type: 'container',
          owner: { login: owner },
          version_count: versionsOf(`${owner}/${name}`).length,
          visibility: 'private'
        }))
        const next = page * perPage < names.length
        const u = new URL(`http://127.0.0.1:${port}${url.pathname}`)
        u.searchParams.set('package_type', 'container')
        u.searchParams.set('per_page', String(perPage))
        u.searchParams.set('page', String(page + 1))
        return answer(200, body, {
          ...scopes,
          ...(next && { link: `<${u.toString()}>; rel="next"` })
        })
      }
      const m =
        /^\/(orgs|users)\/([^/]+)\/packages\/container\/(.+?)(?:\/versions(?:\/(\d+))?)?$/.exec(
          path
        )
      const isVersions = /\/versions(\/\d+)?$/.test(path)
      if (!m) return answer(404, { message: 'Not Found' })
      const [, kind, owner, name, id] = m
      const repository = `${owner}/${name}`
      const ownerKind = options.owners[owner!] === 'Organization' ? 'orgs' : 'users'
      const listing = method === 'GET' && isVersions && !id
      if (listing)
        await emulation.beforeList?.({
          repository,
          page: Math.max(1, Number(url.searchParams.get('page') ?? 1)),
          calls: listCalls.get(repository) ?? 0
        })
      const versions = versionsOf(repository).filter(
        v => !(listing && emulation.hidden.has(v.digest))
      )
      if (kind !== ownerKind || versions.length === 0)
        return answer(404, { message: 'Package not found.' })
      if (!isVersions)
        return answer(
          200,
          { name, package_type: 'container', version_count: versions.length },
          scopes
        )

      if (method === 'GET' && !id) {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
        const last = Math.max(1, Math.ceil(versions.length / perPage))
        const link = (p: number): string => {
          const u = new URL(`http://127.0.0.1:${port}${url.pathname}`)
          u.searchParams.set('per_page', String(perPage))
          u.searchParams.set('page', String(p))
          return u.toString()
        }
        const links = [
          ...(page < last
            ? [`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`]
            : []),
          ...(page > 1 ? [`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`] : [])
        ]
        const calls = listCalls.get(repository) ?? 0
        listCalls.set(repository, calls + 1)
        const body: unknown[] = versions.slice((page - 1) * perPage, page * perPage).map(v => ({
          id: v.id,
          name: v.digest,
          url: `http://127.0.0.1:${port}${url.pathname}/${v.id}`,
          package_html_url: `https://github.com/${owner}/packages/container/package/${name}`,
          created_at: v.created.toISOString(),
          updated_at: v.created.toISOString(),
          metadata: { package_type: 'container', container: { tags: v.tags } }
        }))
        const linkHeader = links.length ? links.join(', ') : undefined
        const hostile = await emulation.onList?.({
          repository,
          page,
          perPage,
          calls,
          body,
          link: linkHeader
        })
        if (hostile) {
          const headers: Record<string, string> = { ...scopes }
          const l = hostile.link === undefined ? linkHeader : hostile.link
          if (l) headers.link = l
          if (hostile.text !== undefined) {
            requests.push({ method, path, status: 200, at: Date.now() })
            res.writeHead(200, { 'content-type': hostile.contentType ?? 'text/html', ...headers })
            return void res.end(hostile.text)
          }
          return answer(200, hostile.body, headers)
        }
        return answer(200, body, { ...scopes, ...(linkHeader && { link: linkHeader }) })
      }
      if (method === 'GET' && id) {
        const version = versions.find(v => v.id === Number(id))
        if (!version) return answer(404, { message: 'Package version not found.' })
        return answer(200, { id: version.id, name: version.digest }, scopes)
      }
      if (method === 'DELETE' && id) {
        const version = versions.find(v => v.id === Number(id))
        const instead = await emulation.onDelete?.({
          id: Number(id),
          digest: version?.digest ?? ''
        })
        if (instead) return answer(instead.status, { message: instead.message })
        if (!version) return answer(404, { message: 'Package version not found.' })
        if (!who.admin) return answer(403, { message: 'Resource not accessible by integration' })
        if (versions.length === 1) {
          return answer(400, {
            message:
              'You cannot delete the last tagged version of a package. You must delete the package instead.'
          })
        }
        if (popular.has(version.digest)) {
          return answer(400, {
            message:
              'Publicly visible package versions with more than 5000 downloads cannot be deleted. Contact GitHub support for further assistance.'
          })
        }
        await client.repository(repository).deleteManifest(version.digest as Digest)
        return answer(204, undefined)
      }
      answer(404, { message: 'Not Found' })
    })().catch(error => {
      res.writeHead(500).end(JSON.stringify({ message: String(error) }))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const emulation: PackagesApiEmulation = {
    beforeList: undefined,
    hidden: new Set(),
    onList: undefined,
    onDelete: undefined,
    url: `http://127.0.0.1:${port}`,
    created,
    popular,
    requests,
    versions: repository =>
      versionsOf(repository).map(({ id, digest, tags }) => ({ id, digest, tags })),
    stop: async () => {
      await client.close()
      await new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
  return emulation
}
