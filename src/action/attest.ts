/**
 * `attest: true`: signed SLSA build provenance for what a step pushed, made as `@actions/attest`
 * makes it (its predicate, Sigstore through the runner's OIDC token, stored with the
 * attestations API), and stored next to the image in the registry as an OCI artifact whose
 * `subject` is the image, with the referrers tag-schema fallback where the registry has no
 * referrers API.
 *
 * Both OIDC tokens are fetched with `core.getIDToken`, which masks each at once; the signer is
 * handed the token instead of fetching its own (which it would not mask). Sigstore's libraries
 * are loaded only when a step attests.
 */
import * as core from '@actions/core'
import { Readable } from 'node:stream'
import { sha256 } from '../registry/digest.js'
import type { Digest } from '../registry/digest.js'
import { MediaType, type Descriptor, type ImageIndex, type Repository } from '../registry/index.js'
import { ownerIsOrganization, type RunContext } from './context.js'
import { UserError } from './errors.js'
import { githubClient } from './github-api.js'
import { group } from './log.js'
import type { Session } from './session.js'

/** The Sigstore bundle's media type, as the artifact's type and its layer's. */
export const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const EMPTY_TYPE = 'application/vnd.oci.empty.v1+json'
const EMPTY = Buffer.from('{}')
const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1'
const INTOTO_STATEMENT = 'https://in-toto.io/Statement/v1'
const INTOTO_PAYLOAD = 'application/vnd.in-toto+json'

/** What an attestation came to, for the outputs, metadata and summary. */
export interface Attestation {
  /** The attestations API's id, and the page that shows it. */
  id: string
  url: string
  /** The subjects signed: the image name and each digest. */
  name: string
  subjects: Digest[]
  /** `public-good` (public repositories) or `github` (private ones). */
  sigstore: 'public-good' | 'github'
  /** The artifact manifests pushed next to each subject (none with attest-push: false). */
  referrers: Array<{ subject: Digest; digest: Digest }>
  /** Rekor's log index, where the bundle was logged there. */
  tlogIndex?: string
  /** The line that checks it. */
  verify: string
}

/** JWTs in a message (a signer's error may quote a whole token): cut out. */
function scrub(message: string): string {
  return message.replace(/eyJ[\w-]*\.[\w-]+\.[\w-]*/g, '***')
}

/** The endpoints `@actions/attest` signs with: public-good for public repositories. */
function signingEndpoints(ctx: RunContext): {
  sigstore: Attestation['sigstore']
  fulcioURL: string
  rekorURL?: string
  tsaServerURL?: string
} {
  if (ctx.event.repository?.visibility === 'public')
    return {
      sigstore: 'public-good',
      fulcioURL: 'https://fulcio.sigstore.dev',
      rekorURL: 'https://rekor.sigstore.dev'
    }
  let host = new URL(ctx.serverUrl).hostname
  if (host === 'github.com') host = 'githubapp.com'
  return {
    sigstore: 'github',
    fulcioURL: `https://fulcio.${host}`,
    tsaServerURL: `https://timestamp.${host}`
  }
}

/**
 * Signs provenance for `subjects` (the first is what the step pushed), stores it with the
 * attestations API and, with `push`, in the registry next to each subject.
 */
export async function attestPushed(options: {
  /** The image name without tag or digest: `ghcr.io/owner/name`. */
  name: string
  subjects: Array<Pick<Descriptor, 'mediaType' | 'digest' | 'size'>>
  repository: Repository
  token: string
  push: boolean
  ctx: RunContext
}): Promise<Attestation> {
  const { name, subjects, ctx } = options
  const [owner, repo] = ctx.repository.split('/')
  const attest = await import('@actions/attest')
  const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } =
    await import('@sigstore/sign')
  const { bundleToJSON } = await import('@sigstore/bundle')

  let predicate: { type: string; params: object }
  try {
    predicate = await attest.buildSLSAProvenancePredicate()
  } catch (error) {
    throw new UserError(
      `Could not read the job's OIDC token for the provenance (${scrub(errorText(error))}). The job needs "permissions: id-token: write".`
    )
  }
  const statement = {
    _type: INTOTO_STATEMENT,
    subject: subjects.map(s => ({ name, digest: { sha256: s.digest.slice('sha256:'.length) } })),
    predicateType: predicate.type,
    predicate: predicate.params
  }
  const endpoints = signingEndpoints(ctx)
  const identityProvider = { getToken: () => core.getIDToken('sigstore') }
  const witnesses = [
    ...(endpoints.rekorURL
      ? [
          new RekorWitness({
            rekorBaseURL: endpoints.rekorURL,
            fetchOnConflict: true,
            timeout: 10_000,
            retry: 3
          })
        ]
      : []),
    ...(endpoints.tsaServerURL
      ? [new TSAWitness({ tsaBaseURL: endpoints.tsaServerURL, timeout: 10_000, retry: 3 })]
      : [])
  ]
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      identityProvider,
      fulcioBaseURL: endpoints.fulcioURL,
      timeout: 10_000,
      retry: 3
    }),
    witnesses
  })
  let bundle: object
  let tlogIndex: string | undefined
  try {
    const signed = await builder.create({
      data: Buffer.from(JSON.stringify(statement)),
      type: INTOTO_PAYLOAD
    })
    tlogIndex = signed.verificationMaterial.tlogEntries[0]?.logIndex
    bundle = bundleToJSON(signed) as object
  } catch (error) {
    throw new UserError(
      `Could not sign the provenance with Sigstore's ${endpoints.sigstore === 'public-good' ? 'public-good instance' : "GitHub's instance"} (${new URL(endpoints.fulcioURL).host}): ${scrub(errorText(error))}`
    )
  }

  // The attestations API, as actions/attest stores it.
  let id: string
  try {
    const octokit = await githubClient(options.token, ctx.apiUrl)
    const res = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
      owner: owner!,
      repo: repo!,
      bundle: bundle as never
    })
    id = String((res.data as { id?: unknown }).id ?? '')
  } catch (error) {
    const status = (error as { status?: number }).status
    throw new UserError(
      `GitHub refused to store the attestation for ${name}@${subjects[0]!.digest} (HTTP ${status ?? '?'}: ${scrub(errorText(error))}). ${
        status === 403 || status === 401
          ? 'The job needs "permissions: attestations: write" (and id-token: write).'
          : status === 404 || status === 422
            ? 'Attestations for private repositories need GitHub Enterprise Cloud; public repositories have them on every plan.'
            : 'Run the job again.'
      }`
    )
  }
  const url = `${ctx.serverUrl}/${ctx.repository}/attestations/${id}`

  // Where the repository belongs to an organisation, a storage record ties the image to it.
  if (ownerIsOrganization(ctx)) {
    for (const s of subjects.slice(0, 1)) {
      try {
        await attest.createStorageRecord(
          { name, digest: s.digest },
          { registryUrl: `https://${name.split('/')[0]}/` },
          options.token
        )
      } catch (error) {
        core.warning(
          `The attestation is stored, but GitHub did not record where the image is stored (${scrub(errorText(error))}); artifact metadata needs "permissions: artifact-metadata: write".`
        )
      }
    }
  }

  const referrers: Attestation['referrers'] = []
  if (options.push) {
    const bytes = Buffer.from(JSON.stringify(bundle))
    for (const subject of subjects)
      referrers.push({
        subject: subject.digest,
        digest: await pushBundle(options.repository, bytes, subject)
      })
  }
  return {
    id,
    url,
    name,
    subjects: subjects.map(s => s.digest),
    sigstore: endpoints.sigstore,
    referrers,
    ...(tlogIndex !== undefined && { tlogIndex }),
    verify: `gh attestation verify oci://${name}@${subjects[0]!.digest} -R ${ctx.repository}`
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The referrers fallback tag of a subject: `sha256-<hex>`. */
export function fallbackTag(subject: Digest): string {
  return subject.replace(':', '-')
}

/**
 * Pushes the bundle as an OCI artifact whose subject is the image; where the registry does not
 * take the subject (no `OCI-Subject` answer), lists it in the fallback index.
 */
async function pushBundle(
  repo: Repository,
  bundle: Buffer,
  subject: Pick<Descriptor, 'mediaType' | 'digest' | 'size'>
): Promise<Digest> {
  const empty = { mediaType: EMPTY_TYPE, digest: sha256(EMPTY), size: EMPTY.length }
  const layer = { mediaType: BUNDLE_TYPE, digest: sha256(bundle), size: bundle.length }
  for (const [desc, data] of [
    [empty, EMPTY],
    [layer, bundle]
  ] as const) {
    if ((await repo.blobSize(desc.digest, true)) === undefined)
      await repo.pushBlob(desc, {
        open: offset => Readable.from([data.subarray(offset)]),
        replayable: true
      })
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType: BUNDLE_TYPE,
    config: empty,
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': SLSA_PROVENANCE,
      'org.opencontainers.image.created': new Date().toISOString()
    }
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const { digest, subjectTaken } = await repo.putManifestWithSubject(bytes, MediaType.OciManifest)
  core.info(`Stored the attestation in the registry as ${digest} (subject ${subject.digest})`)
  if (!subjectTaken)
    await addToFallback(repo, subject.digest, {
      mediaType: MediaType.OciManifest,
      digest,
      size: bytes.length,
      artifactType: BUNDLE_TYPE,
      annotations: manifest.annotations
    })
  return digest
}

/**
 * Adds `entry` to the subject's `sha256-<hex>` fallback index, keeping what it lists. Registries
 * may ignore `If-Match` (Distribution does), so the index is read back after each write, and
 * again a moment later, and the entry added again if a concurrent writer dropped it.
 */
export async function addToFallback(
  repo: Repository,
  subject: Digest,
  entry: Descriptor
): Promise<void> {
  const tag = fallbackTag(subject)
  const listed = async (): Promise<ImageIndex | undefined> => {
    if (!(await repo.headManifest(tag, true))) return undefined
    const got = await repo.getManifest(tag)
    if (got.parsed.kind !== 'index')
      throw new UserError(
        `${repo.name}:${tag} is not an index, so the attestation cannot be listed there as a referrer of ${subject}. Remove that tag, or set attest-push: false.`
      )
    return got.parsed.index
  }
  for (let attempt = 1; attempt <= 5; attempt++) {
    const current = await listed()
    const has = (index: ImageIndex | undefined): boolean =>
      !!index?.manifests.some(m => m.digest === entry.digest)
    if (!has(current)) {
      const index: ImageIndex = {
        schemaVersion: 2,
        mediaType: MediaType.OciIndex,
        manifests: [...(current?.manifests ?? []), entry]
      }
      await repo.putManifest(tag, Buffer.from(JSON.stringify(index)), MediaType.OciIndex)
    }
    if (has(await listed())) {
      await new Promise(resolve => setTimeout(resolve, 300 * attempt))
      if (has(await listed())) {
        core.info(`Listed it under ${repo.name}:${tag}, the referrers fallback tag`)
        return
      }
    }
  }
  throw new UserError(
    `Could not keep the attestation listed under ${repo.name}:${tag}: another writer kept replacing that index. The attestation is stored with GitHub; run the step again to list it in the registry.`
  )
}

/**
 * Attests what a step pushed, in a log group: the outputs `attestation-id` and
 * `attestation-url`, and the summary's lines with the link and the command that verifies it.
 */
export async function attestStep(
  inputs: { attestPush: boolean; token: string; image: { registry: string; repository: string } },
  ctx: RunContext,
  repository: Repository,
  subjects: Array<Pick<Descriptor, 'mediaType' | 'digest' | 'size'>>
): Promise<Attestation> {
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const attestation = await group('Attest build provenance', async () => {
    const made = await attestPushed({
      name,
      subjects,
      repository,
      token: inputs.token,
      push: inputs.attestPush,
      ctx
    })
    core.info(`Attestation ${made.id}: ${made.url}`)
    return made
  })
  core.setOutput('attestation-id', attestation.id)
  core.setOutput('attestation-url', attestation.url)
  core.summary.addRaw(
    `<p>Build provenance attested for ${attestation.subjects.length} digest(s): <a href="${attestation.url}">attestation ${attestation.id}</a>${attestation.referrers.length ? ', stored in the registry next to the image' : ''}. Verify with <code>${attestation.verify}</code>${attestation.referrers.length ? ' (add <code>--bundle-from-oci</code> to read it from the registry)' : ''}.</p>`,
    true
  )
  return attestation
}

/** Attests the image a push wrote, by its digest (its type and size asked of the registry). */
export async function attestPushedImage(
  inputs: { attestPush: boolean; token: string; image: { registry: string; repository: string } },
  ctx: RunContext,
  session: Session,
  digest: string
): Promise<Attestation> {
  const repository = session.client.repository(inputs.image.repository)
  const head = await repository.headManifest(digest, true)
  if (!head)
    throw new UserError(
      `${inputs.image.registry}/${inputs.image.repository}@${digest} was pushed but the registry does not show it, so it was not attested. Run the step again.`
    )
  return attestStep(inputs, ctx, repository, [head])
}
