/**
 * EMULATION of GitHub Actions' cache service (the one @actions/cache talks to; it cannot run
 * here). It follows the service's v1 REST protocol as @actions/cache 6 speaks it, the one GHES
 * serves (`ACTIONS_CACHE_URL`):
 *
 * - `GET  _apis/artifactcache/cache?keys=K1,K2&version=V`: for each key in order, an entry of
 *   that version whose key is exactly it, else the newest whose key starts with it; `200`
 *   `{cacheKey, archiveLocation}` or `204`;
 * - `POST _apis/artifactcache/caches {key, version, cacheSize}`: `201 {cacheId}`, or `409` when
 *   the key and version exist (entries are immutable);
 * - `PATCH _apis/artifactcache/caches/:id` with `Content-Range: bytes a-b/*`: a chunk;
 * - `POST _apis/artifactcache/caches/:id {size}`: commits the entry;
 * - the archive is downloaded from `archiveLocation`, here on this server.
 *
 * Entries are not scoped by branch (every test run is one branch). Binds 127.0.0.1 only.
 *
 * For hostile tests: `plant` puts an entry in place as anything that can write the
 * repository's cache could (any archive, any key), and `hang` makes lookups never answer.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'

interface Entry {
  id: number
  key: string
  version: string
  chunks: Array<{ start: number; data: Buffer }>
  archive?: Buffer
  created: number
}

export interface ActionsCacheService {
  /** ACTIONS_CACHE_URL for the action's environment. */
  url: string
  /** The environment that points @actions/cache here. */
  env: Record<string, string>
  /** Keys of committed entries, oldest first. */
  keys(): string[]
  /** Every lookup: the keys asked for, and the key answered (or undefined). */
  lookups: Array<{ keys: string[]; hit?: string }>
  /** An entry under `key` holding `archive` (in place of one of that key), of the version of the newest entry saved. */
  plant(key: string, archive: Buffer): void
  /** While true, lookups are never answered. */
  hang: boolean
  stop(): Promise<void>
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function startActionsCache(): Promise<ActionsCacheService> {
  const entries: Entry[] = []
  const lookups: ActionsCacheService['lookups'] = []
  let nextId = 1
  let clock = 0
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const path = url.pathname.replace(/^\/+/, '/')
      const json = (status: number, value?: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(value === undefined ? '' : JSON.stringify(value))
      }
      if (req.method === 'GET' && path === '/_apis/artifactcache/cache') {
        if (service.hang) return
        const keys = (url.searchParams.get('keys') ?? '').split(',').filter(Boolean)
        const version = url.searchParams.get('version') ?? ''
        const committed = entries.filter(e => e.archive && e.version === version)
        let hit: Entry | undefined
        for (const key of keys) {
          hit =
            committed.find(e => e.key === key) ??
            committed.filter(e => e.key.startsWith(key)).sort((a, b) => b.created - a.created)[0]
          if (hit) break
        }
        lookups.push({ keys, ...(hit && { hit: hit.key }) })
        if (!hit) return json(204)
        return json(200, {
          cacheKey: hit.key,
          scope: 'refs/heads/main',
          archiveLocation: `http://127.0.0.1:${port}/archive/${hit.id}`
        })
      }
      if (req.method === 'POST' && path === '/_apis/artifactcache/caches') {
        const { key, version } = JSON.parse((await body(req)).toString()) as {
          key: string
          version: string
        }
        if (entries.some(e => e.key === key && e.version === version)) {
          return json(409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}` })
        }
        const entry: Entry = { id: nextId++, key, version, chunks: [], created: ++clock }
        entries.push(entry)
        return json(201, { cacheId: entry.id })
      }
      const chunk = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(path)
      if (chunk) {
        const entry = entries.find(e => e.id === Number(chunk[1]))
        if (!entry) return json(404, { message: 'no such cache' })
        if (req.method === 'PATCH') {
          const range = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '')
          if (!range) return json(400, { message: 'Content-Range required' })
          entry.chunks.push({ start: Number(range[1]), data: await body(req) })
          return json(204)
        }
        if (req.method === 'POST') {
          const { size } = JSON.parse((await body(req)).toString()) as { size: number }
          const archive = Buffer.alloc(size)
          for (const c of entry.chunks) c.data.copy(archive, c.start)
          entry.archive = archive
          entry.created = ++clock
          return json(204)
        }
      }
      const archive = /^\/archive\/(\d+)$/.exec(path)
      if (req.method === 'GET' && archive) {
        const entry = entries.find(e => e.id === Number(archive[1]))
        if (!entry?.archive) return json(404, { message: 'no such archive' })
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': entry.archive.length
        })
        res.end(entry.archive)
        return
      }
      json(404, { message: `not emulated: ${req.method} ${path}` })
    })().catch(() => {
      res.destroy()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const url = `http://127.0.0.1:${port}/`
  const service: ActionsCacheService = {
    url,
    hang: false,
    plant: (key, archive) => {
      const newest = [...entries].filter(e => e.archive).sort((a, b) => b.created - a.created)[0]
      if (!newest) throw new Error('plant needs an entry saved first, for its version')
      // In place of an entry of the same key, as a writer that got there first would be.
      const same = entries.findIndex(e => e.key === key && e.version === newest.version)
      if (same >= 0) entries.splice(same, 1)
      entries.push({
        id: nextId++,
        key,
        version: newest.version,
        chunks: [],
        archive,
        created: ++clock
      })
    },
    env: { ACTIONS_CACHE_URL: url, ACTIONS_RUNTIME_TOKEN: 'emulated-runtime-token' },
    keys: () =>
      entries
        .filter(e => e.archive)
        .sort((a, b) => a.created - b.created)
        .map(e => e.key),
    lookups,
    stop: () =>
      new Promise(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
  return service
}
