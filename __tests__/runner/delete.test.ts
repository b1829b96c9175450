/**
 * `command: delete`, run as the runner runs the action, against the ghcr.io emulation (a real
 * Distribution registry holding the real manifests) and the EMULATION of GitHub's Packages API
 * (`testbed/packages-api.ts`), so the reference graph is real; skopeo pulls what must survive.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination } from '../../src/registry/remote.js'
import {
  makeAttestedIndexLayout,
  makeIndexLayout,
  makeLayout,
  makeReferrerLayout,
  writeBlob
} from '../helpers/images.js'
import { busyboxContext } from '../helpers/busybox.js'
import { runAction } from '../helpers/run-action.js'
import { startGhcrEmulation, type GhcrEmulation } from '../testbed/ghcr.js'
import { startPackagesApi, type PackagesApiEmulation } from '../testbed/packages-api.js'
import { blobPath } from '../testbed/registry.js'

const execAsync = promisify(execFile)
const GHS = 'ghs_' + 'D3leteInstallationToken00000000000000'
const GHS_NO_ADMIN = 'ghs_' + 'N0AdminInstallationToken0000000000000'
const PAT = 'ghp_' + 'ClassicNoDeleteScope000000000000000000'
const PAT_DELETE = 'ghp_' + 'ClassicWithDeleteScope0000000000000000'
const ADMIN = { username: 'pkgadmin', password: 'admin-secret' }
const tmp = (): string => mkdtempSync(join(tmpdir(), 'delete-'))

let ghcr: GhcrEmulation
let api: PackagesApiEmulation
let client: RegistryClient
let repoCount = 0

beforeAll(async () => {
  ghcr = await startGhcrEmulation({
    users: {
      octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } },
      octonoadmin: { password: GHS_NO_ADMIN, grants: { 'octo-org/*': ['pull', 'push'] } },
      person: { password: PAT, grants: { 'octo-org/*': ['pull', 'push'] } },
      deleter: { password: PAT_DELETE, grants: { 'octo-org/*': ['pull', 'push'] } },
      [ADMIN.username]: { password: ADMIN.password, grants: { '*': ['*'] } }
    }
  })
  api = await startPackagesApi({
    registry: ghcr.registry,
    admin: ADMIN,
    owners: { 'octo-org': 'Organization' },
    tokens: {
      [GHS]: { admin: true },
      [GHS_NO_ADMIN]: { admin: false },
      [PAT]: { admin: true, scopes: 'read:packages, write:packages' },
      [PAT_DELETE]: { admin: true, scopes: 'read:packages, delete:packages' }
    }
  })
  client = new RegistryClient(ghcr.registry.directHost, {
    credentials: ADMIN,
    ca: ghcr.registry.ca!.pem
  })
}, 120_000)
afterAll(async () => {
  await client?.close()
  await api?.stop()
  await ghcr?.stop()
})

/** A new package for each test. */
function newPackage(): string {
  return `octo-org/pkg${++repoCount}`
}

let clock = Date.parse('2026-01-01T00:00:00Z')
/** Pushes a layout's image, giving its versions increasing creation times, an hour apart. */
async function push(repository: string, dir: string, tags: string[] = []): Promise<string> {
  const result = await copyImage(
    new OciLayoutSource(dir),
    new RemoteDestination(client.repository(repository)),
    { tags }
  )
  for (const digest of [result.digest, ...result.manifests.map(m => m.digest)])
    if (!api.created.has(digest)) api.created.set(digest, new Date((clock += 3_600_000)))
  return result.digest
}

function run(inputs: Record<string, string>, token = GHS, env: Record<string, string> = {}) {
  return runAction(
    { command: 'delete', username: 'octocat', token, ...inputs },
    { env: { ...ghcr.env, GITHUB_API_URL: api.url, ...env } }
  )
}

function errors(stdout: string): string[] {
  return stdout.split('\n').filter(l => l.startsWith('::error'))
}

function deletedDigests(outputs: Record<string, string>): string[] {
  return (JSON.parse(outputs.deleted ?? '[]') as Array<{ digest: string }>)
    .map(d => d.digest)
    .sort()
}

const live = (repository: string): string[] =>
  api
    .versions(repository)
    .map(v => v.digest)
    .sort()

/** Copies every platform (and attestation) of `ref` with skopeo: fails if any manifest is gone. */
async function pullAll(ref: string): Promise<void> {
  await execAsync('skopeo', [
    'copy',
    '--all',
    '--src-tls-verify=false',
    '--src-creds',
    `${ADMIN.username}:${ADMIN.password}`,
    `docker://${ghcr.registry.directHost}/${ref}`,
    `oci:${tmp()}:x`
  ])
}

describe('the reference graph', () => {
  test('delete-untagged keeps a multi-platform attested image whole, and takes orphans with their children', async () => {
    const pkg = newPackage()
    const platforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ]
    // An earlier build whose tag moved on: an orphaned index, its images and attestations.
    const oldDir = tmp()
    const old = makeAttestedIndexLayout(oldDir, platforms, 'x')
    await push(pkg, oldDir)
    // A stray untagged image.
    const strayDir = tmp()
    makeLayout(strayDir, { layers: [{ size: 500 }] })
    const stray = await push(pkg, strayDir)
    // The tagged release: index, two images, two attestation manifests.
    const currentDir = tmp()
    const current = makeAttestedIndexLayout(currentDir, platforms, 'x')
    const index = await push(pkg, currentDir, ['1.0'])
    // A cosign-style signature under ghcr.io's fallback tag, and an OCI referrer (subject).
    const sigDir = tmp()
    makeLayout(sigDir, { layers: [{ size: 100 }] })
    const signature = await push(pkg, sigDir, [`sha256-${index.slice(7)}.sig`])
    const refDir = tmp()
    makeReferrerLayout(refDir, {
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: index,
      size: current.bytes.length
    })
    const referrer = await push(pkg, refDir)

    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(errors(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    const gone = [
      old.digest,
      ...old.images.map(i => i.digest),
      ...old.attestations.map(a => a.digest),
      stray
    ].sort()
    expect(deletedDigests(result.outputs)).toEqual(gone)
    expect(live(pkg)).toEqual(
      [
        index,
        ...current.images.map(i => i.digest),
        ...current.attestations.map(a => a.digest),
        signature,
        referrer
      ].sort()
    )
    // Every platform and attestation of the tagged image still pulls.
    await pullAll(`${pkg}:1.0`)
    expect(result.summary).toContain('Deleted 6 versions')
    expect(result.summary).toMatch(/attestation of 1\.0/)
    expect(result.summary).toMatch(/signature of 1\.0/)
  }, 120_000)

  test('exclude-tags with use-regex is matched against tags, never digests', async () => {
    const pkg = newPackage()
    const digests: Record<string, string> = {}
    for (const tag of ['v1', 'v2', 'stable']) {
      const dir = tmp()
      makeLayout(dir, { layers: [{ size: 200 }] })
      digests[tag] = await push(pkg, dir, [tag])
    }
    // "sha256" would match every digest: matched against tags, it protects nothing.
    const result = await run({
      image: `ghcr.io/${pkg}`,
      'use-regex': 'true',
      'delete-tags': '^v\\d+$',
      'exclude-tags': 'sha256\n^v2$'
    })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([digests.v1!])
    expect(live(pkg)).toEqual([digests.v2!, digests.stable!].sort())
  }, 60_000)

  test('keep-n-tagged counts images, not their children', async () => {
    const pkg = newPackage()
    const built: Array<{ digest: string; children: string[] }> = []
    for (const tag of ['t1', 't2', 't3']) {
      const dir = tmp()
      const index = makeIndexLayout(
        dir,
        [
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'arm64' }
        ],
        [{ size: 300 }],
        tag
      )
      built.push({
        digest: await push(pkg, dir, [tag]),
        children: index.children.map(c => c.digest)
      })
    }
    const result = await run({ image: `ghcr.io/${pkg}`, 'keep-n-tagged': '2' })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([built[0]!.digest, ...built[0]!.children].sort())
    for (const tag of ['t2', 't3']) await pullAll(`${pkg}:${tag}`)
  }, 60_000)
})

describe('failing closed', () => {
  test('an unreadable manifest deletes nothing in the package, and says which', async () => {
    const pkg = newPackage()
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 200 }] })
    const orphan = await push(pkg, dir)
    const tagged = tmp()
    makeLayout(tagged, { layers: [{ size: 200 }] })
    const bad = await push(pkg, tagged, ['1'])
    // The registry now serves bytes that do not hash to the version's digest.
    const file = blobPath(ghcr.registry, bad)
    writeFileSync(
      file,
      readFileSync(file).toString().replace('"schemaVersion"', '"schemaVersion" ')
    )
    const before = api.requests.filter(r => r.method === 'DELETE').length
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(result.code).toBe(1)
    const lines = errors(result.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('so nothing was deleted')
    expect(lines[0]).toContain(bad)
    expect(api.requests.filter(r => r.method === 'DELETE').length).toBe(before)
    expect(live(pkg)).toContain(orphan)
  }, 60_000)

  test('a dry run deletes nothing and lists what it would', async () => {
    const pkg = newPackage()
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 200 }] })
    const orphan = await push(pkg, dir)
    const keep = tmp()
    makeLayout(keep, { layers: [{ size: 200 }] })
    await push(pkg, keep, ['latest'])
    const before = api.requests.filter(r => r.method === 'DELETE').length
    const result = await run({
      image: `ghcr.io/${pkg}`,
      'delete-untagged': 'true',
      'dry-run': 'true'
    })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([orphan])
    expect(api.requests.filter(r => r.method === 'DELETE').length).toBe(before)
    expect(live(pkg)).toContain(orphan)
    expect(result.summary).toContain('Dry run: 1 versions')
  }, 60_000)

  test('validate reports an index whose child is missing, and deletes nothing', async () => {
    const pkg = newPackage()
    const dir = tmp()
    const index = makeIndexLayout(
      dir,
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ],
      [{ size: 300 }]
    )
    await push(pkg, dir, ['broken'])
    await client.repository(pkg).deleteManifest(index.children[1]!.digest as never)
    const result = await run({ image: `ghcr.io/${pkg}`, validate: 'true' })
    expect(result.code).toBe(1)
    expect(errors(result.stdout)).toHaveLength(1)
    expect(errors(result.stdout)[0]).toContain('broken')
    expect(result.stdout).toContain(index.children[1]!.digest)
    expect(deletedDigests(result.outputs)).toEqual([])
  }, 60_000)
})

describe("GitHub's rules", () => {
  test('never the last version; popular versions are skipped, not failures', async () => {
    const pkg = newPackage()
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 200 }] })
    const only = await push(pkg, dir)
    const alone = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(errors(alone.stdout)).toEqual([])
    expect(deletedDigests(alone.outputs)).toEqual([])
    expect(alone.summary).toContain('the last version of the package')
    expect(live(pkg)).toEqual([only])

    const popularDir = tmp()
    makeLayout(popularDir, { layers: [{ size: 200 }] })
    const popular = await push(pkg, popularDir)
    const tagged = tmp()
    makeLayout(tagged, { layers: [{ size: 200 }] })
    await push(pkg, tagged, ['1'])
    api.popular.add(popular)
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(errors(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(deletedDigests(result.outputs)).toEqual([only])
    expect(JSON.parse(result.outputs.metadata!).skipped).toEqual([
      expect.objectContaining({ digest: popular, why: expect.stringContaining('5000 downloads') })
    ])
  }, 60_000)

  test('1,000 versions across pages, and deletions paced within the secondary rate limit', async () => {
    const pkg = newPackage()
    // 1,000 untagged images differing by their config: pushed a few at a time.
    const layouts = Array.from({ length: 1000 }, (_, i) => {
      const d = tmp()
      makeLayout(d, { layers: [{ size: 64 }], labels: { n: String(i) } })
      return d
    })
    // Setting the package up is most of this test's time (and all of it on a busy machine).
    for (let i = 0; i < layouts.length; i += 50)
      await Promise.all(layouts.slice(i, i + 50).map(d => push(pkg, d)))
    // An API of its own, so that no other test's requests count against this one's minute.
    const own = await startPackagesApi({
      registry: ghcr.registry,
      admin: ADMIN,
      owners: { 'octo-org': 'Organization' },
      tokens: { [GHS]: { admin: true } },
      created: api.created
    })
    try {
      const result = await run({ image: `ghcr.io/${pkg}`, 'keep-n-untagged': '850' }, GHS, {
        GITHUB_API_URL: own.url
      })
      expect(errors(result.stdout)).toEqual([])
      expect(deletedDigests(result.outputs)).toHaveLength(150)
      // Ten pages, listed twice: to plan, and again right before the first deletion.
      expect(
        own.requests.filter(r => r.path.endsWith('/versions') && r.method === 'GET')
      ).toHaveLength(20)
      expect(own.requests.filter(r => r.status === 403 || r.status === 429)).toEqual([])
      expect(own.versions(pkg)).toHaveLength(850)
      // The oldest went.
      const oldest = [...api.created.entries()]
        .filter(([d]) => deletedDigests(result.outputs).includes(d))
        .map(([, t]) => t.getTime())
      const survivors = own.versions(pkg).map(v => api.created.get(v.digest)!.getTime())
      expect(Math.max(...oldest)).toBeLessThan(Math.min(...survivors))
    } finally {
      await own.stop()
    }
  }, 600_000)

  test('a secondary rate limit refusal with retry-after is waited out', async () => {
    const pkg = newPackage()
    for (let i = 0; i < 6; i++) {
      const d = tmp()
      makeLayout(d, { layers: [{ size: 64 }] })
      await push(pkg, d, i === 0 ? ['1'] : [])
    }
    // A stricter budget than GitHub's: the action's own pacing allows more than it does.
    const strict = await startPackagesApi({
      registry: ghcr.registry,
      admin: ADMIN,
      owners: { 'octo-org': 'Organization' },
      tokens: { [GHS]: { admin: true } },
      budget: { points: 12, windowMs: 2000 },
      created: api.created
    })
    try {
      const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' }, GHS, {
        GITHUB_API_URL: strict.url
      })
      expect(errors(result.stdout)).toEqual([])
      expect(deletedDigests(result.outputs)).toHaveLength(5)
      expect(strict.requests.filter(r => r.status === 403).length).toBeGreaterThan(0)
      expect(result.stdout).toContain("GitHub's API asks to wait")
      expect(result.summary).toMatch(/Waited \d+ s for GitHub's rate limits/)
    } finally {
      await strict.stop()
    }
  }, 120_000)
})

describe('tokens', () => {
  test('GITHUB_TOKEN without the Admin role is told how to get it, with the package settings URL', async () => {
    const pkg = newPackage()
    for (const tags of [[], ['1']]) {
      const d = tmp()
      makeLayout(d, { layers: [{ size: 64 }] })
      await push(pkg, d, tags)
    }
    const result = await run(
      { image: `ghcr.io/${pkg}`, 'delete-untagged': 'true', username: 'octonoadmin' },
      GHS_NO_ADMIN
    )
    expect(result.code).toBe(1)
    const lines = errors(result.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('the Admin role')
    expect(lines[0]).toContain(
      `https://github.com/orgs/octo-org/packages/container/${pkg.split('/')[1]}/settings`
    )
    expect(lines[0]).toContain('Nothing was deleted')
  }, 60_000)

  test('a classic PAT without delete:packages is refused before anything is deleted', async () => {
    const pkg = newPackage()
    for (const tags of [[], ['1']]) {
      const d = tmp()
      makeLayout(d, { layers: [{ size: 64 }] })
      await push(pkg, d, tags)
    }
    const before = api.requests.filter(r => r.method === 'DELETE').length
    const result = await run(
      { image: `ghcr.io/${pkg}`, 'delete-untagged': 'true', username: 'person' },
      PAT
    )
    expect(result.code).toBe(1)
    expect(errors(result.stdout)).toHaveLength(1)
    expect(errors(result.stdout)[0]).toContain('lacks the delete:packages scope')
    expect(api.requests.filter(r => r.method === 'DELETE').length).toBe(before)
    // Masked first, and never printed after that.
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${PAT}`)
    expect(result.stdout.split('\n').slice(1).join('\n')).not.toContain(PAT)
    expect(errors(result.stdout)[0]).toContain('/orgs/octo-org/packages/container/')
  }, 60_000)
})

/** A small untagged (or tagged) image pushed to `pkg`; its digest. */
async function image(pkg: string, tags: string[] = [], n = Math.random()): Promise<string> {
  const dir = tmp()
  makeLayout(dir, { layers: [{ size: 64 }], labels: { n: String(n) } })
  return push(pkg, dir, tags)
}

const deletes = (): number => api.requests.filter(r => r.method === 'DELETE').length

describe('patterns mean what they say', () => {
  test('use-regex splits at lines only: a count {1,3} protects v1, v2 and v10', async () => {
    const pkg = newPackage()
    const kept: string[] = []
    for (const tag of ['v1', 'v2', 'v10']) kept.push(await image(pkg, [tag]))
    const newest = await image(pkg, ['latest'])
    const before = deletes()
    const result = await run({
      image: `ghcr.io/${pkg}`,
      'use-regex': 'true',
      'keep-n-tagged': '1',
      'exclude-tags': '^v\\d{1,3}$'
    })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([])
    expect(deletes()).toBe(before)
    expect(live(pkg)).toEqual([...kept, newest].sort())
    // The pattern is logged as it was read.
    expect(result.stdout).toContain('exclude-tags: regular expression /^v\\d{1,3}$/')
  }, 60_000)

  test('a pattern that backtracks catastrophically is matched in linear time', async () => {
    const pkg = newPackage()
    const tag = `${'a'.repeat(40)}b`
    const kept = await image(pkg, [tag])
    const victim = await image(pkg, ['aaaa'])
    const started = Date.now()
    const result = await run({
      image: `ghcr.io/${pkg}`,
      'use-regex': 'true',
      'delete-tags': '^(a+)+$'
    })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([victim])
    expect(live(pkg)).toEqual([kept])
    expect(Date.now() - started).toBeLessThan(20_000)
  }, 60_000)

  test('a pattern too long or beyond linear matching is refused before any request, naming the input', async () => {
    const pkg = newPackage()
    const requests = api.requests.length
    for (const [pattern, rule] of [
      ['a'.repeat(100_000), /over the 1000 allowed/],
      ['^(v)\\1$', /backreference/]
    ] as const) {
      const result = await run({
        image: `ghcr.io/${pkg}`,
        'use-regex': 'true',
        'delete-tags': pattern
      })
      expect(result.code).toBe(1)
      expect(errors(result.stdout)).toHaveLength(1)
      expect(errors(result.stdout)[0]).toMatch(/^::error::Input "delete-tags": /)
      expect(errors(result.stdout)[0]).toMatch(rule)
      expect(errors(result.stdout)[0]!.length).toBeLessThan(1100)
    }
    expect(api.requests.length).toBe(requests)
  }, 60_000)
})

describe('links only a fallback tag makes are never a reason to delete', () => {
  test('a version tagged as its own signature, and two tagged as each other’s, survive delete-tags of nothing', async () => {
    const pkg = newPackage()
    const self = await image(pkg)
    await client
      .repository(pkg)
      .putManifest(
        `sha256-${self.slice(7)}.sig`,
        (await client.repository(pkg).getManifest(self)).bytes,
        'application/vnd.oci.image.manifest.v1+json'
      )
    const a = await image(pkg)
    const b = await image(pkg)
    const tag = async (digest: string, as: string): Promise<void> => {
      const m = await client.repository(pkg).getManifest(digest)
      await client.repository(pkg).putManifest(as, m.bytes, m.mediaType)
    }
    await tag(a, `sha256-${b.slice(7)}.sig`)
    await tag(b, `sha256-${a.slice(7)}.att`)
    await image(pkg, ['latest'])
    const before = deletes()
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-tags': 'no-such-tag' })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([])
    expect(deletes()).toBe(before)
    expect(live(pkg)).toEqual(expect.arrayContaining([self, a, b]))
  }, 60_000)
})

describe('the version list is checked before anything is decided on it', () => {
  afterEach(() => {
    api.onList = undefined
    api.onDelete = undefined
    api.beforeList = undefined
    api.hidden.clear()
  })

  /** A package with an orphan and a tagged image; the digests. */
  async function small(): Promise<{ pkg: string; orphan: string; tagged: string }> {
    const pkg = newPackage()
    const orphan = await image(pkg)
    const tagged = await image(pkg, ['1'])
    return { pkg, orphan, tagged }
  }

  test.each([
    [
      'a name that is a path',
      (body: Array<Record<string, unknown>>) => (body[0]!.name = 'sha256:../../../v2/_catalog'),
      /entry 1 \(id \d+\): name "sha256:\.\.\/\.\.\/\.\.\/v2\/_catalog" is not a sha256 digest/
    ],
    [
      'a name with a query',
      (body: Array<Record<string, unknown>>) => (body[0]!.name = 'v1?n=1'),
      /name "v1\?n=1" is not a sha256 digest/
    ],
    [
      'a tag holding a newline and a workflow command',
      (body: Array<Record<string, unknown>>) =>
        (body[0]!.metadata = { container: { tags: ['v1\n::warning::injected'] } }),
      /the tag "v1\\u000a::warning::injected" is not a tag/
    ],
    [
      'a date that is not one',
      (body: Array<Record<string, unknown>>) => (body[1]!.created_at = 'yesterday'),
      /entry 2 \(id \d+\): created_at "yesterday" is not a date/
    ],
    [
      'an id that is not a whole number',
      (body: Array<Record<string, unknown>>) => (body[0]!.id = '12; DROP'),
      /entry 1: id "12; DROP" is not a positive whole number/
    ]
  ])(
    '%s: nothing is read from the registry by it, nothing deleted',
    async (_, spoil, message) => {
      const { pkg, orphan } = await small()
      api.onList = req => {
        const body = structuredClone(req.body) as Array<Record<string, unknown>>
        spoil(body)
        return { body }
      }
      const before = deletes()
      const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
      expect(result.code).toBe(1)
      const lines = errors(result.stdout)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(message)
      expect(lines[0]).toContain(`octo-org/${pkg.split('/')[1]}`)
      expect(lines[0]).toContain('so nothing was deleted')
      expect(deletes()).toBe(before)
      expect(live(pkg)).toContain(orphan)
      // No line of the output is a workflow command the API wrote.
      expect(result.stdout.split('\n').filter(l => l.startsWith('::warning'))).toEqual([])
      // Refused while listing: the registry is never asked anything.
      expect(result.stdout).not.toContain('::group::Login')
    },
    60_000
  )

  test.each([
    [
      'an object',
      { body: { message: 'ok', versions: [] } },
      /is not a list of versions but an object/
    ],
    ['null', { body: null }, /is not a list of versions but null/],
    [
      'an HTML page',
      { text: '<!DOCTYPE html><html><body>Unicorn!</body></html>' },
      /is not a list of versions but text beginning "<!DOCTYPE html>/
    ]
  ])(
    'a list answered with %s is refused in words',
    async (_, answer, message) => {
      const { pkg } = await small()
      api.onList = () => answer
      const before = deletes()
      const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
      expect(result.code).toBe(1)
      expect(errors(result.stdout)).toHaveLength(1)
      expect(errors(result.stdout)[0]).toMatch(message)
      expect(errors(result.stdout)[0]).not.toMatch(/Spread syntax|undefined/)
      expect(deletes()).toBe(before)
    },
    60_000
  )

  test('pages that never end stop at the count the API gave, plus slack', async () => {
    const { pkg } = await small()
    let id = 900_000
    api.onList = req => ({
      body: Array.from({ length: 100 }, () => ({
        id: ++id,
        name: `sha256:${id.toString(16).padStart(64, '0')}`,
        created_at: '2026-01-01T00:00:00Z',
        metadata: { container: { tags: [] } }
      })),
      link: `<${api.url}/next?page=${req.page + 1}>; rel="next"`
    })
    const before = api.requests.filter(r => r.path.endsWith('/versions')).length
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(result.code).toBe(1)
    expect(errors(result.stdout)[0]).toContain(
      'offered more than 3 pages of 100, though the package has 2 versions'
    )
    expect(api.requests.filter(r => r.path.endsWith('/versions')).length - before).toBe(3)
  }, 60_000)

  test('a page repeating the last one forever is refused', async () => {
    const { pkg } = await small()
    const page = Array.from({ length: 100 }, (_, i) => ({
      id: 800_000 + i,
      name: `sha256:${(800_000 + i).toString(16).padStart(64, 'a')}`,
      created_at: '2026-01-01T00:00:00Z'
    }))
    api.onList = () => ({ body: page, link: `<${api.url}/x>; rel="next"` })
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(result.code).toBe(1)
    expect(errors(result.stdout)[0]).toContain('page 2 lists only versions of earlier pages')
  }, 60_000)

  test('a version listed twice (a push landing between pages) is deleted once', async () => {
    const { pkg, orphan, tagged } = await small()
    api.onList = req => ({
      body: [...req.body, req.body.find(v => (v as { name: string }).name === orphan)]
    })
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(errors(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(deletedDigests(result.outputs)).toEqual([orphan])
    expect(live(pkg)).toEqual([tagged])
  }, 60_000)

  test('a version another job deleted first is reported as gone, not as a refusal', async () => {
    const pkg = newPackage()
    const first = await image(pkg)
    const second = await image(pkg)
    const tagged = await image(pkg, ['1'])
    api.onDelete = async version => {
      if (version.digest !== second) return undefined
      // Another job's cleanup got there first.
      await client.repository(pkg).deleteManifest(second as never)
      return undefined
    }
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(errors(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(deletedDigests(result.outputs)).toEqual([first])
    expect(JSON.parse(result.outputs.metadata!).alreadyGone).toEqual([{ digest: second, tags: [] }])
    expect(result.stdout).toContain(`already gone (deleted by someone else meanwhile): ${second}`)
    expect(result.summary).toContain('Already gone')
    expect(live(pkg)).toEqual([tagged])
  }, 60_000)

  test('a tagged index shifted out of the listing between pages keeps its children', async () => {
    const pkg = newPackage()
    // Newest first, as the API lists them: 99 orphans, a child, the tagged index, the other
    // child. The index is the first entry of page 2.
    const dir = tmp()
    const index = makeIndexLayout(
      dir,
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ],
      [{ size: 100 }],
      'release'
    )
    const [childA, childB] = index.children.map(c => c.digest)
    await copyImage(new OciLayoutSource(dir), new RemoteDestination(client.repository(pkg)), {
      tags: ['release']
    })
    const base = Date.parse('2025-06-01T00:00:00Z')
    api.created.set(childB!, new Date(base))
    api.created.set(index.digest, new Date(base + 1000))
    api.created.set(childA!, new Date(base + 2000))
    const orphans: string[] = []
    const layouts = Array.from({ length: 99 }, (_, i) => {
      const d = tmp()
      makeLayout(d, { layers: [{ size: 64 }], labels: { orphan: String(i) } })
      return d
    })
    for (let i = 0; i < layouts.length; i += 25) {
      const pushed = await Promise.all(
        layouts.slice(i, i + 25).map(d =>
          copyImage(new OciLayoutSource(d), new RemoteDestination(client.repository(pkg)), {
            tags: []
          })
        )
      )
      orphans.push(...pushed.map(r => r.digest))
    }
    orphans.forEach((d, i) => api.created.set(d, new Date(base + 10_000 + i * 1000)))
    // While page 2 is asked for, the newest orphan leaves the API's list (the registry still
    // serves it): page 2 starts one entry later, and the index is on neither page.
    const newest = orphans.at(-1)!
    api.beforeList = req => {
      if (req.repository === pkg && req.page === 2) api.hidden.add(newest)
    }
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(live(pkg)).toEqual(expect.arrayContaining([index.digest, childA, childB]))
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual(orphans.slice(0, -1).sort())
    expect(result.stdout).toContain('changed while it was read')
    expect(result.stdout).toContain('the registry has 1 tag(s) the listing lacks: release')
    api.hidden.clear()
    await pullAll(`${pkg}:release`)
  }, 180_000)

  test('a cancelled delete says, and outputs, what it deleted: deletions are permanent', async () => {
    const pkg = newPackage()
    const orphans = [await image(pkg), await image(pkg), await image(pkg)]
    await image(pkg, ['1'])
    let deleting!: () => void
    const second = new Promise<void>(resolve => (deleting = resolve))
    let count = 0
    api.onDelete = async () => {
      if (++count === 2) {
        deleting()
        await new Promise(resolve => setTimeout(resolve, 5000).unref())
      }
      return undefined
    }
    const result = await runAction(
      {
        command: 'delete',
        username: 'octocat',
        token: GHS,
        image: `ghcr.io/${pkg}`,
        'delete-untagged': 'true'
      },
      {
        env: { ...ghcr.env, GITHUB_API_URL: api.url },
        onSpawn: child => void second.then(() => setTimeout(() => child.kill('SIGTERM'), 200))
      }
    )
    expect(result.code).toBe(143)
    const lines = errors(result.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('cancelled (SIGTERM) after deleting 1 of the 3 versions')
    expect(lines[0]).toContain('deletions are permanent')
    expect(lines[0]).not.toContain('partial work is removed')
    const gone = deletedDigests(result.outputs)
    expect(gone).toHaveLength(1)
    expect(orphans).toContain(gone[0])
    expect(result.summary).toContain('Deleted 1 versions')
  }, 60_000)
})

/** Pushes a layout's image as a push under way now would: its versions created this minute. */
async function pushNow(repository: string, dir: string): Promise<string> {
  const result = await copyImage(
    new OciLayoutSource(dir),
    new RemoteDestination(client.repository(repository)),
    { tags: [] }
  )
  for (const digest of [result.digest, ...result.manifests.map(m => m.digest)])
    api.created.set(digest, new Date())
  return result.digest
}

function failedOutput(outputs: Record<string, string>): Array<Record<string, unknown>> {
  return JSON.parse(outputs.failed ?? '[]') as Array<Record<string, unknown>>
}

describe('beside a push in progress', () => {
  test('untagged images of the last hour are kept as a push in progress; older-than: 0 days lifts that', async () => {
    const pkg = newPackage()
    const orphan = await image(pkg)
    await image(pkg, ['latest'])
    // A multi-platform push under way: its platform images are up, its index not yet.
    const platforms: string[] = []
    for (const architecture of ['amd64', 'arm64']) {
      const dir = tmp()
      makeLayout(dir, { layers: [{ size: 64 }], platform: { os: 'linux', architecture } })
      platforms.push(await pushNow(pkg, dir))
    }
    const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([orphan])
    expect(live(pkg)).toEqual(expect.arrayContaining(platforms))
    expect(result.summary).toMatch(/pushed \d+ minutes? ago; may belong to a push in progress/)

    const all = await run({
      image: `ghcr.io/${pkg}`,
      'delete-untagged': 'true',
      'older-than': '0 days'
    })
    expect(errors(all.stdout)).toEqual([])
    expect(deletedDigests(all.outputs)).toEqual([...platforms].sort())
  }, 90_000)

  test('a tag added to a victim between the listing and the deletions keeps it', async () => {
    const pkg = newPackage()
    const victim = await image(pkg)
    await image(pkg, ['latest'])
    api.beforeList = async req => {
      // The second listing, right before the first deletion: a release tags the victim.
      if (req.repository !== pkg || req.calls !== 1) return
      const m = await client.repository(pkg).getManifest(victim)
      await client.repository(pkg).putManifest('v2', m.bytes, m.mediaType)
    }
    try {
      const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
      expect(errors(result.stdout)).toEqual([])
      expect(result.stdout).toContain('changed while it was read')
      expect(deletedDigests(result.outputs)).toEqual([])
      expect(live(pkg)).toContain(victim)
    } finally {
      api.beforeList = undefined
    }
  }, 60_000)
})

describe('many packages', () => {
  let group = 0
  /** Three packages, svcN-a, svcN-b and otherN, each with an old orphan and a tagged image. */
  async function three(): Promise<{ n: number; orphans: Record<string, string> }> {
    const n = ++group
    const orphans: Record<string, string> = {}
    for (const name of [`svc${n}-a`, `svc${n}-b`, `other${n}`]) {
      orphans[name] = await image(`octo-org/${name}`)
      await image(`octo-org/${name}`, ['latest'])
    }
    return { n, orphans }
  }

  test('a pattern cleans the packages it matches, each on its own graph, grouped by package', async () => {
    const { n, orphans } = await three()
    const result = await run({ image: `ghcr.io/octo-org/svc${n}-*`, 'delete-untagged': 'true' })
    expect(errors(result.stdout)).toEqual([])
    const deleted = JSON.parse(result.outputs.deleted!) as Array<{
      package: string
      digest: string
    }>
    expect(deleted.map(d => [d.package, d.digest])).toEqual([
      [`ghcr.io/octo-org/svc${n}-a`, orphans[`svc${n}-a`]],
      [`ghcr.io/octo-org/svc${n}-b`, orphans[`svc${n}-b`]]
    ])
    expect(live(`octo-org/other${n}`)).toContain(orphans[`other${n}`])
    expect(result.summary).toContain(`Deleted 1 versions of ghcr.io/octo-org/svc${n}-a`)
    expect(result.summary).toContain(`Deleted 1 versions of ghcr.io/octo-org/svc${n}-b`)
    const metadata = JSON.parse(result.outputs.metadata!) as { packages: unknown[] }
    expect(metadata.packages).toHaveLength(2)
  }, 90_000)

  test('an unreadable package deletes nothing in it, the others are still cleaned, and the step fails naming it', async () => {
    const { n, orphans } = await three()
    const tagged = await image(`octo-org/svc${n}-a`, ['2'])
    const file = blobPath(ghcr.registry, tagged)
    writeFileSync(
      file,
      readFileSync(file).toString().replace('"schemaVersion"', '"schemaVersion" ')
    )
    const result = await run({
      image: `ghcr.io/octo-org/svc${n}-*\nghcr.io/octo-org/other${n}`,
      'delete-untagged': 'true'
    })
    expect(result.code).toBe(1)
    const lines = errors(result.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`ghcr.io/octo-org/svc${n}-a: Could not read 1 of`)
    expect(lines[0]).not.toContain(`svc${n}-b:`)
    expect(live(`octo-org/svc${n}-a`)).toContain(orphans[`svc${n}-a`])
    expect(deletedDigests(result.outputs)).toEqual(
      [orphans[`svc${n}-b`]!, orphans[`other${n}`]!].sort()
    )
  }, 90_000)

  test('a pattern that matches nothing is a warning, and deletes nothing', async () => {
    const result = await run({
      image: 'ghcr.io/octo-org/nothing-here-*',
      'delete-untagged': 'true'
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::image: "ghcr.io\/octo-org\/nothing-here-\*" matches none/
    )
    expect(deletedDigests(result.outputs)).toEqual([])
  }, 60_000)
})

/** A BuildKit registry cache as buildx writes it (`cache-to: type=registry`), by hand. */
async function pushBuildKitCache(
  pkg: string,
  tag: string,
  imageManifest: boolean
): Promise<string> {
  const dir = tmp()
  const config = Buffer.from(JSON.stringify({ layers: [], records: [{ digest: 'sha256:0' }] }))
  const layer = Buffer.from(`cache layer ${tag} ${Math.random()}`)
  const descs = [
    { mediaType: 'application/vnd.buildkit.cacheconfig.v0', data: config },
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', data: layer }
  ].map(b => ({ mediaType: b.mediaType, digest: writeBlob(dir, b.data), size: b.data.length }))
  const repo = client.repository(pkg)
  const source = new OciLayoutSource(dir)
  for (const d of descs) await repo.pushBlob(d as never, source.blob(d as never))
  const manifest = imageManifest
    ? {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: descs[0],
        layers: [descs[1]]
      }
    : { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: descs }
  const digest = await repo.putManifest(
    tag,
    Buffer.from(JSON.stringify(manifest)),
    manifest.mediaType
  )
  api.created.set(digest, new Date((clock += 3_600_000)))
  return digest
}

describe('broken images, caches and pinned digests', () => {
  test('ghost and partial images go only by their rules; BuildKit caches are neither', async () => {
    const pkg = newPackage()
    const platforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ]
    const ghostDir = tmp()
    const ghost = makeIndexLayout(ghostDir, platforms, [{ size: 100 }])
    await push(pkg, ghostDir, ['ghost'])
    const partialDir = tmp()
    const partial = makeIndexLayout(partialDir, platforms, [{ size: 100 }])
    await push(pkg, partialDir, ['partial'])
    for (const c of ghost.children) await client.repository(pkg).deleteManifest(c.digest as never)
    await client.repository(pkg).deleteManifest(partial.children[0]!.digest as never)
    const cacheIndex = await pushBuildKitCache(pkg, 'buildcache', false)
    const cacheManifest = await pushBuildKitCache(pkg, 'buildcache-manifest', true)
    await image(pkg, ['latest'])

    const neither = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
    expect(errors(neither.stdout)).toEqual([])
    expect(deletedDigests(neither.outputs)).toEqual([])
    const broken = neither.stdout
      .split('\n')
      .filter(l => l.startsWith('::warning title=Broken image'))
    expect(broken).toHaveLength(2)
    expect(broken.join('\n')).not.toContain(cacheIndex)
    expect(neither.stdout).not.toContain(`${cacheManifest} (buildcache`)

    const ghosts = await run({ image: `ghcr.io/${pkg}`, 'delete-ghost-images': 'true' })
    expect(errors(ghosts.stdout)).toEqual([])
    expect(deletedDigests(ghosts.outputs)).toEqual([ghost.digest])

    const partials = await run({ image: `ghcr.io/${pkg}`, 'delete-partial-images': 'true' })
    expect(errors(partials.stdout)).toEqual([])
    expect(deletedDigests(partials.outputs)).toEqual(
      [partial.digest, partial.children[1]!.digest].sort()
    )
    expect(live(pkg)).toEqual(expect.arrayContaining([cacheIndex, cacheManifest]))

    // The caches are tagged versions like any other: delete-tags takes them.
    const caches = await run({ image: `ghcr.io/${pkg}`, 'delete-tags': 'buildcache*' })
    expect(errors(caches.stdout)).toEqual([])
    expect(deletedDigests(caches.outputs)).toEqual([cacheIndex, cacheManifest].sort())
  }, 120_000)

  test('a registry cache written by a real buildah build is no broken image', async () => {
    const pkg = newPackage()
    await image(pkg, ['latest'])
    const certs = join('/etc/containers/certs.d', ghcr.registry.directHost)
    mkdirSync(certs, { recursive: true })
    writeFileSync(join(certs, 'ca.crt'), ghcr.registry.ca!.pem)
    const store = tmp()
    const conf = join(store, 'storage.conf')
    writeFileSync(
      conf,
      `[storage]\ndriver = "vfs"\ngraphroot = "${store}/root"\nrunroot = "${store}/run"\n`
    )
    try {
      const context = busyboxContext()
      await execAsync(
        'buildah',
        [
          'bud',
          '--layers',
          '--isolation',
          'chroot',
          '--creds',
          `${ADMIN.username}:${ADMIN.password}`,
          '--cache-to',
          `${ghcr.registry.directHost}/${pkg}`,
          '-t',
          `cache-test-${repoCount}`,
          context
        ],
        { env: { ...process.env, CONTAINERS_STORAGE_CONF: conf }, maxBuffer: 64 << 20 }
      )
    } finally {
      rmSync(certs, { recursive: true, force: true })
    }
    const cache = api.versions(pkg).filter(v => !v.tags.includes('latest'))
    expect(cache.length).toBeGreaterThan(0)
    for (const v of cache) if (!api.created.has(v.digest)) api.created.set(v.digest, new Date(0))
    const result = await run({ image: `ghcr.io/${pkg}`, validate: 'true' })
    expect(errors(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('Broken image')
  }, 180_000)

  test('exclude-digests keeps an untagged image and everything it reaches', async () => {
    const pkg = newPackage()
    const dir = tmp()
    const pinned = makeAttestedIndexLayout(dir, [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ])
    await push(pkg, dir)
    const other = await image(pkg)
    await image(pkg, ['latest'])
    const result = await run({
      image: `ghcr.io/${pkg}`,
      'delete-untagged': 'true',
      'exclude-digests': pinned.digest
    })
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([other])
    expect(live(pkg)).toEqual(
      expect.arrayContaining([
        pinned.digest,
        ...pinned.images.map(i => i.digest),
        ...pinned.attestations.map(a => a.digest)
      ])
    )
    expect(result.summary).toContain('exclude-digests')
  }, 60_000)

  test('a deletion the API keeps failing is in failed with its answer, its images are held back, the rest goes, and the step fails', async () => {
    const pkg = newPackage()
    const dir = tmp()
    const stuck = makeIndexLayout(
      dir,
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ],
      [{ size: 100 }]
    )
    await push(pkg, dir)
    const other = await image(pkg)
    await image(pkg, ['latest'])
    api.onDelete = version =>
      version.digest === stuck.digest ? { status: 502, message: 'Server Error' } : undefined
    try {
      const result = await run({ image: `ghcr.io/${pkg}`, 'delete-untagged': 'true' })
      expect(result.code).toBe(1)
      const lines = errors(result.stdout)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`${stuck.digest} (HTTP 502: Server Error)`)
      expect(deletedDigests(result.outputs)).toEqual([other])
      const failed = failedOutput(result.outputs)
      expect(failed[0]).toMatchObject({ digest: stuck.digest, status: 502 })
      expect(failed.slice(1).map(f => [f.digest, f.status])).toEqual(
        expect.arrayContaining(stuck.children.map(c => [c.digest, 0]))
      )
      expect(failed).toHaveLength(3)
      expect(failed[0]!.error).toBe('Server Error')
      expect(failed[0]!.package).toBe(`ghcr.io/${pkg}`)
      expect(live(pkg)).toEqual(
        expect.arrayContaining([stuck.digest, ...stuck.children.map(c => c.digest)])
      )
      await pullAll(`${pkg}@${stuck.digest}`)
    } finally {
      api.onDelete = undefined
    }
  }, 90_000)
})

describe('a dry run checks what the real run checks', () => {
  test('a classic PAT without delete:packages fails the dry run too, and the guide asks for the Admin role', async () => {
    const pkg = newPackage()
    await image(pkg)
    await image(pkg, ['1'])
    const result = await run(
      { image: `ghcr.io/${pkg}`, 'delete-untagged': 'true', 'dry-run': 'true', username: 'person' },
      PAT
    )
    expect(result.code).toBe(1)
    expect(errors(result.stdout)).toHaveLength(1)
    expect(errors(result.stdout)[0]).toContain('lacks the delete:packages scope')
    expect(errors(result.stdout)[0]).toContain('A real run would be refused')
  }, 60_000)

  test('the token guide on a delete step asks for the Admin role, which deleting needs', async () => {
    const pkg = newPackage()
    const orphan = await image(pkg)
    await image(pkg, ['1'])
    const result = await run(
      {
        image: `ghcr.io/${pkg}`,
        'delete-untagged': 'true',
        'dry-run': 'true',
        username: 'deleter'
      },
      PAT_DELETE
    )
    expect(errors(result.stdout)).toEqual([])
    expect(deletedDigests(result.outputs)).toEqual([orphan])
    expect(result.summary).toContain('add this repository with the Admin role')
    expect(result.summary).not.toContain('with the Write role')
  }, 60_000)
})
