/**
 * `attest: true`, run as the runner runs the action: signed build provenance for what the step
 * pushed. ghcr.io, the attestations API, Sigstore (Fulcio, Rekor, GitHub's timestamp authority)
 * and the Actions OIDC issuer are EMULATIONS under their real names (`testbed/ghcr.ts`,
 * `testbed/sigstore.ts`) behind a forward proxy with a test CA; the registry is a real
 * Distribution registry, and what is signed is checked with `@sigstore/verify` against the
 * emulation's trust root.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { bundleFromJSON } from '@sigstore/bundle'
import { toSignedEntity, Verifier } from '@sigstore/verify'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { busyboxContext } from '../helpers/busybox.js'
import { makeIndexLayout, makeLayout } from '../helpers/images.js'
import { runAction } from '../helpers/run-action.js'
import { startGhcrEmulation, type GhcrEmulation } from '../testbed/ghcr.js'
import { startRegistry, type TestRegistry } from '../testbed/registry.js'
import { startSigstore, type SigstoreEmulation } from '../testbed/sigstore.js'

const GHS = 'ghs_' + 'Att3stInstallationToken000000000000000'
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const tmp = (): string => mkdtempSync(join(tmpdir(), 'attest-'))

let ghcr: GhcrEmulation
let sigstore: SigstoreEmulation
let client: RegistryClient
let n = 0

beforeAll(async () => {
  ghcr = await startGhcrEmulation({
    users: {
      octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } },
      reader: { password: 'reader-secret', grants: { '*': ['pull'] } }
    }
  })
  sigstore = await startSigstore(ghcr.registry.ca!)
  Object.assign(ghcr.remap, sigstore.remap)
  client = new RegistryClient(ghcr.registry.directHost, {
    credentials: { username: 'reader', password: 'reader-secret' },
    ca: ghcr.registry.ca!.pem
  })
}, 120_000)
afterAll(async () => {
  await client?.close()
  await sigstore?.stop()
  await ghcr?.stop()
})

/** An event payload for a repository of octo-org with `visibility`. */
function event(visibility: 'public' | 'private'): string {
  const path = join(tmp(), 'event.json')
  writeFileSync(
    path,
    JSON.stringify({
      repository: {
        name: 'app',
        full_name: 'octo-org/app',
        visibility,
        owner: { login: 'octo-org', type: 'Organization' }
      }
    })
  )
  return path
}

/** The runner's environment for a push to the emulated ghcr.io by a workflow of octo-org/app. */
function jobEnv(
  visibility: 'public' | 'private' = 'public',
  oidc = true,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    ...ghcr.env,
    // A Docker config of the run's own: other suites log in to the same names meanwhile.
    DOCKER_CONFIG: tmp(),
    ...(oidc ? sigstore.env : {}),
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_PATH: event(visibility),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    ...extra
  }
}

function push(
  inputs: Record<string, string>,
  options: { visibility?: 'public' | 'private'; oidc?: boolean; layout?: string } = {}
) {
  const layout = options.layout ?? tmp()
  if (!options.layout) makeLayout(layout, { layers: [{ size: 2000 }], labels: { n: String(++n) } })
  return runAction(
    {
      command: 'push',
      source: `oci:${layout}`,
      token: GHS,
      username: 'octocat',
      attest: 'true',
      ...inputs
    },
    { env: jobEnv(options.visibility, options.oidc !== false) }
  )
}

function errors(stdout: string): string[] {
  return stdout.split('\n').filter(l => l.startsWith('::error'))
}

interface Statement {
  _type: string
  subject: Array<{ name: string; digest: { sha256: string } }>
  predicateType: string
  predicate: {
    buildDefinition: { externalParameters: { workflow: { path: string; repository: string } } }
  }
}

function statementOf(bundle: unknown): Statement {
  const envelope = (bundle as { dsseEnvelope: { payload: string; payloadType: string } })
    .dsseEnvelope
  expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
  return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Statement
}

/** The fallback index's entries for `digest` in `repository` (none: []). */
async function referrers(repository: string, digest: string) {
  const repo = client.repository(repository)
  const tag = digest.replace(':', '-')
  if (!(await repo.headManifest(tag))) return []
  const got = await repo.getManifest(tag)
  return got.parsed.kind === 'index' ? got.parsed.index.manifests : []
}

describe('attest: true on a push', () => {
  test('signs SLSA provenance for the digest, stores it with GitHub and next to the image, and it verifies', async () => {
    const before = ghcr.attestations.length
    const result = await push({ image: 'ghcr.io/octo-org/app', tags: 'v1' })
    expect(errors(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    const digest = result.outputs.digest!
    expect(ghcr.attestations).toHaveLength(before + 1)
    const stored = ghcr.attestations.at(-1)!
    expect(stored.repository).toBe('octo-org/app')
    expect(result.outputs['attestation-id']).toBe(String(stored.id))
    expect(result.outputs['attestation-url']).toBe(
      `https://github.com/octo-org/app/attestations/${stored.id}`
    )
    const statement = statementOf(stored.bundle)
    expect(statement._type).toBe('https://in-toto.io/Statement/v1')
    expect(statement.subject).toEqual([
      { name: 'ghcr.io/octo-org/app', digest: { sha256: digest.slice(7) } }
    ])
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toMatchObject({
      path: '.github/workflows/release.yml',
      repository: 'https://github.com/octo-org/app'
    })
    // The DSSE signature verifies with the certificate's key, against the trust root.
    const verifier = new Verifier(sigstore.trustMaterial(), {
      tlogThreshold: 1,
      // The emulated Fulcio embeds no SCT (testbed/sigstore.ts says why).
      ctlogThreshold: 0,
      tsaThreshold: 0
    })
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(stored.bundle)))).not.toThrow()
    // A statement changed after signing does not.
    const forged = structuredClone(stored.bundle) as { dsseEnvelope: { payload: string } }
    forged.dsseEnvelope.payload = Buffer.from(
      JSON.stringify({ ...statement, subject: [{ name: 'x', digest: { sha256: '0'.repeat(64) } }] })
    ).toString('base64')
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(forged)))).toThrow()
    // In the registry: an artifact whose subject is the image, listed under sha256-<hex>.
    const listed = await referrers('octo-org/app', digest)
    expect(listed).toHaveLength(1)
    expect(listed[0]!.artifactType).toBe(BUNDLE)
    const artifact = await client.repository('octo-org/app').getManifest(listed[0]!.digest)
    expect(artifact.parsed.kind).toBe('image')
    if (artifact.parsed.kind !== 'image') return
    expect(artifact.parsed.manifest.subject?.digest).toBe(digest)
    const layer = artifact.parsed.manifest.layers[0]!
    expect(layer.mediaType).toBe(BUNDLE)
    const chunks: Buffer[] = []
    for await (const c of client.repository('octo-org/app').openBlob(layer))
      chunks.push(c as Buffer)
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual(stored.bundle)
    expect(JSON.parse(result.outputs.metadata!).attestation).toMatchObject({
      id: String(stored.id),
      sigstore: 'public-good'
    })
    expect(result.summary).toContain(`gh attestation verify oci://ghcr.io/octo-org/app@${digest}`)
    // The repository belongs to an organisation: a storage record ties the image to it.
    expect(ghcr.storageRecords.at(-1)).toMatchObject({
      name: 'ghcr.io/octo-org/app',
      digest,
      registry_url: 'https://ghcr.io/'
    })
    // Every OIDC token was masked before anything else could print it, and never printed.
    expect(sigstore.issued.length).toBeGreaterThanOrEqual(2)
    for (const token of sigstore.issued) {
      expect(
        result.stdout.split('\n').slice(1).join('\n').replace(`::add-mask::${token}`, '')
      ).not.toContain(token)
    }
    const masks = result.stdout.split('\n').filter(l => l.startsWith('::add-mask::'))
    for (const token of sigstore.issued.slice(-2)) expect(masks).toContain(`::add-mask::${token}`)
  }, 120_000)

  test("a private repository signs with GitHub's instance and its timestamp authority", async () => {
    const result = await push({ image: 'ghcr.io/octo-org/private-app' }, { visibility: 'private' })
    expect(errors(result.stdout)).toEqual([])
    const stored = ghcr.attestations.at(-1)!
    const verifier = new Verifier(sigstore.trustMaterial(), {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      tsaThreshold: 1
    })
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(stored.bundle)))).not.toThrow()
    expect(sigstore.requests).toContain('POST fulcio.githubapp.com/api/v2/signingCert')
    expect(sigstore.requests).toContain('POST timestamp.githubapp.com/api/v1/timestamp')
  }, 120_000)

  test('two attests of one digest at once are both listed under its fallback tag', async () => {
    const layout = tmp()
    makeLayout(layout, { layers: [{ size: 500 }], labels: { n: 'concurrent' } })
    const [a, b] = await Promise.all([
      push({ image: 'ghcr.io/octo-org/twice' }, { layout }),
      push({ image: 'ghcr.io/octo-org/twice' }, { layout })
    ])
    expect(errors(a.stdout)).toEqual([])
    expect(errors(b.stdout)).toEqual([])
    expect(a.outputs.digest).toBe(b.outputs.digest)
    const listed = await referrers('octo-org/twice', a.outputs.digest!)
    expect(listed).toHaveLength(2)
  }, 120_000)

  test('attest-push: false stores the attestation with GitHub only', async () => {
    const before = ghcr.attestations.length
    const result = await push({ image: 'ghcr.io/octo-org/api-only', 'attest-push': 'false' })
    expect(errors(result.stdout)).toEqual([])
    expect(ghcr.attestations).toHaveLength(before + 1)
    expect(await referrers('octo-org/api-only', result.outputs.digest!)).toEqual([])
    const tags = await client.repository('octo-org/api-only').listTags()
    expect(tags.filter(t => t.startsWith('sha256-'))).toEqual([])
  }, 120_000)

  test('an index attests itself and each platform image it lists', async () => {
    const layout = tmp()
    const index = makeIndexLayout(
      layout,
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ],
      [{ size: 300 }]
    )
    const legs = await push({ image: 'ghcr.io/octo-org/multi', attest: 'false' }, { layout })
    expect(errors(legs.stdout)).toEqual([])
    const merge = await runAction(
      {
        command: 'index',
        image: 'ghcr.io/octo-org/multi',
        sources: index.children.map(c => c.digest).join('\n'),
        tags: 'v2',
        token: GHS,
        username: 'octocat',
        attest: 'true'
      },
      { env: jobEnv() }
    )
    expect(errors(merge.stdout)).toEqual([])
    const statement = statementOf(ghcr.attestations.at(-1)!.bundle)
    expect(statement.subject.map(s => `sha256:${s.digest.sha256}`)).toEqual([
      merge.outputs.digest,
      ...index.children.map(c => c.digest)
    ])
    for (const digest of [merge.outputs.digest!, ...index.children.map(c => c.digest)])
      expect(await referrers('octo-org/multi', digest)).toHaveLength(1)
  }, 120_000)
})

describe('attest: true on a build', () => {
  test('build-push with buildah attests the digest it pushed', async () => {
    const before = ghcr.attestations.length
    const result = await runAction(
      {
        image: 'ghcr.io/octo-org/built',
        context: busyboxContext(),
        builder: 'buildah',
        tags: 'v1',
        token: GHS,
        username: 'octocat',
        attest: 'true'
      },
      {
        env: jobEnv('public', true, {
          STORAGE_DRIVER: 'vfs',
          BUILDAH_ISOLATION: 'chroot',
          DOCKER_HOST: 'unix:///nonexistent/docker.sock'
        })
      }
    )
    expect(errors(result.stdout)).toEqual([])
    expect(result.outputs.pushed).toBe('true')
    expect(ghcr.attestations).toHaveLength(before + 1)
    expect(statementOf(ghcr.attestations.at(-1)!.bundle).subject).toEqual([
      { name: 'ghcr.io/octo-org/built', digest: { sha256: result.outputs.digest!.slice(7) } }
    ])
    expect(await referrers('octo-org/built', result.outputs.digest!)).toHaveLength(1)
  }, 180_000)
})

describe('attest: true refuses early and clearly', () => {
  test('without the OIDC token variables: one error naming the permissions, nothing pushed', async () => {
    const result = await push({ image: 'ghcr.io/octo-org/no-oidc' }, { oidc: false })
    expect(result.code).toBe(1)
    const lines = errors(result.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('id-token: write')
    expect(lines[0]).toContain('attestations: write')
    expect(result.stdout).not.toContain('::group::Push')
    expect(await client.repository('octo-org/no-oidc').known()).toBe(false)
  }, 60_000)

  test('on GitHub Enterprise Server: refused up front, naming the server', async () => {
    const layout = tmp()
    makeLayout(layout, { layers: [{ size: 100 }] })
    const result = await runAction(
      {
        command: 'push',
        source: `oci:${layout}`,
        registry: ghcr.registry.host,
        image: `${ghcr.registry.host}/octo-org/ghes`,
        attest: 'true'
      },
      { env: { ...sigstore.env, GITHUB_SERVER_URL: 'https://ghes.example.internal' } }
    )
    expect(result.code).toBe(1)
    expect(errors(result.stdout)).toHaveLength(1)
    expect(errors(result.stdout)[0]).toContain('github.com and ghe.com only')
  }, 60_000)

  test('a refusal of the attestations API names the permission it needs', async () => {
    ghcr.attestationRefusal = { status: 403, message: 'Resource not accessible by integration' }
    try {
      const result = await push({ image: 'ghcr.io/octo-org/refused' })
      expect(result.code).toBe(1)
      const lines = errors(result.stdout)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain('attestations: write')
      expect(result.outputs.digest).toBeUndefined()
    } finally {
      ghcr.attestationRefusal = undefined
    }
  }, 120_000)
})

describe('copy carries what belongs to the image', () => {
  let plain: TestRegistry
  beforeAll(async () => {
    plain = await startRegistry()
  }, 60_000)
  afterAll(async () => {
    await plain?.stop()
  })

  /** A Docker config holding the login to the source, as `docker login ghcr.io` leaves it. */
  function sourceLogin(): string {
    const dir = tmp()
    const auth = Buffer.from(`octocat:${GHS}`).toString('base64')
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth } } }))
    return dir
  }

  function copy(inputs: Record<string, string>) {
    return runAction(
      {
        command: 'copy',
        source: 'ghcr.io/octo-org/carried:v1',
        registry: plain.host,
        image: `${plain.host}/o/carried`,
        token: GHS,
        username: 'octocat',
        ...inputs
      },
      { env: jobEnv('public', false, { NO_PROXY: '127.0.0.1', DOCKER_CONFIG: sourceLogin() }) }
    )
  }

  test('an attested image copied to another registry keeps its attestation, listed under the fallback tag there; referrers: false copies the image alone', async () => {
    const pushed = await push({ image: 'ghcr.io/octo-org/carried', tags: 'v1' })
    expect(errors(pushed.stdout)).toEqual([])
    const digest = pushed.outputs.digest!
    const [artifact] = await referrers('octo-org/carried', digest)
    expect(artifact).toBeDefined()

    // A cosign signature under its tag, as cosign writes it on a registry without referrers.
    const sigLayout = tmp()
    makeLayout(sigLayout, { layers: [{ size: 100 }], labels: { cosign: 'signature' } })
    const sigTag = `${digest.replace(':', '-')}.sig`
    const sig = await push(
      { image: 'ghcr.io/octo-org/carried', tags: sigTag, attest: 'false' },
      { layout: sigLayout }
    )
    expect(errors(sig.stdout)).toEqual([])

    const alone = await copy({ referrers: 'false', image: `${plain.host}/o/alone` })
    expect(errors(alone.stdout)).toEqual([])
    const dest = new RegistryClient(plain.host)
    try {
      expect(await dest.repository('o/alone').listTags()).toEqual(['v1'])

      const result = await copy({})
      expect(errors(result.stdout)).toEqual([])
      expect(result.outputs.digest).toBe(digest)
      const repo = dest.repository('o/carried')
      const tag = digest.replace(':', '-')
      const index = await repo.getManifest(tag)
      expect(index.parsed.kind).toBe('index')
      if (index.parsed.kind !== 'index') return
      expect(index.parsed.index.manifests.map(m => [m.digest, m.artifactType])).toEqual([
        [artifact!.digest, BUNDLE]
      ])
      // The bundle there is the one GitHub stored, and still verifies.
      const copied = await repo.getManifest(artifact!.digest)
      if (copied.parsed.kind !== 'image') throw new Error('not an artifact manifest')
      expect(copied.parsed.manifest.subject?.digest).toBe(digest)
      const chunks: Buffer[] = []
      for await (const c of repo.openBlob(copied.parsed.manifest.layers[0]!))
        chunks.push(c as Buffer)
      const bundle = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
      expect(bundle).toEqual(ghcr.attestations.at(-1)!.bundle)
      const verifier = new Verifier(sigstore.trustMaterial(), {
        tlogThreshold: 1,
        ctlogThreshold: 0,
        tsaThreshold: 0
      })
      expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle)))).not.toThrow()
      expect(JSON.parse(result.outputs.metadata!).referrers).toEqual([
        { subject: digest, digest: artifact!.digest, artifactType: BUNDLE },
        { subject: digest, digest: sig.outputs.digest, tag: sigTag }
      ])
      expect((await repo.headManifest(sigTag))?.digest).toBe(sig.outputs.digest)
    } finally {
      await dest.close()
    }
  }, 180_000)
})
