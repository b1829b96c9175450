/**
 * EMULATION of what `attest: true` talks to and cannot reach here, under the real names, behind
 * the ghcr.io emulation's forward proxy and test CA:
 *
 * - Sigstore's public-good Fulcio (`fulcio.sigstore.dev`) and Rekor (`rekor.sigstore.dev`), and
 *   GitHub's instance for private repositories (`fulcio.githubapp.com`,
 *   `timestamp.githubapp.com`), answered by `@sigstore/mock`'s handlers (a real CA, CT log,
 *   transparency log and timestamp authority with keys made here) in a real HTTPS server;
 * - GitHub Actions' OIDC issuer (`token.actions.githubusercontent.com`: its discovery document
 *   and JWKS) and the runner's token endpoint (`ACTIONS_ID_TOKEN_REQUEST_URL`, on loopback), which
 *   issues RS256 tokens with the claims GitHub documents for the requested audience.
 *
 * `trustMaterial()` is the trust root of these keys, for `@sigstore/verify`. Binds 127.0.0.1.
 */
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler
} from '@sigstore/mock'
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createTlsServer, type Server as HttpsServer } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SignJWT, exportJWK } from 'jose'
import { makeServerCert, type CertificateAuthority } from './certs.js'

export const ISSUER = 'https://token.actions.githubusercontent.com'
export const SIGSTORE_NAMES = [
  'fulcio.sigstore.dev',
  'rekor.sigstore.dev',
  'token.actions.githubusercontent.com',
  'fulcio.githubapp.com',
  'timestamp.githubapp.com'
]

export interface SigstoreEmulation {
  /** host:443 → the local HTTPS server, for the forward proxy's remap. */
  remap: Record<string, string>
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN for the action's environment. */
  env: Record<string, string>
  /** Every token issued (to check none is printed), and the requests by host and path. */
  issued: string[]
  requests: string[]
  /** The claims of the tokens issued; a test may change them. */
  claims: Record<string, string>
  trustMaterial(): TrustMaterial
  stop(): Promise<void>
}

function ecKeys(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
}

const b64 = (bytes: ArrayBuffer | ArrayBufferView | Buffer): string =>
  Buffer.from(
    bytes instanceof ArrayBuffer
      ? bytes
      : (bytes as ArrayBufferView).buffer.slice(
          (bytes as ArrayBufferView).byteOffset,
          (bytes as ArrayBufferView).byteOffset + (bytes as ArrayBufferView).byteLength
        )
  ).toString('base64')

/**
 * A proposed `dsse` entry as Rekor stores it (hashes of the envelope and payload, the signature
 * and its verifier), which is the body a log entry carries and verifiers compare; the mock
 * would log the proposal itself.
 */
function asRekorStores(body: string): string {
  const entry = JSON.parse(body) as {
    kind?: string
    apiVersion?: string
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } }
  }
  const proposed = entry.spec?.proposedContent
  if (entry.kind !== 'dsse' || !proposed) return body
  const envelope = JSON.parse(proposed.envelope) as {
    payload: string
    signatures: Array<{ sig: string }>
  }
  const hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
  return JSON.stringify({
    apiVersion: entry.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: hex(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: hex(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((sig, i) => ({
        signature: sig.sig,
        verifier: proposed.verifiers[i] ?? proposed.verifiers[0]
      }))
    }
  })
}

export async function startSigstore(
  ca: CertificateAuthority,
  repository = 'octo-org/app'
): Promise<SigstoreEmulation> {
  const caKeys = ecKeys()
  const ctlog = await initializeCTLog(caKeys as never)
  // No CT log behind the CA: @sigstore/mock 0.10 encodes the embedded SCT list with a one-byte
  // length, which @sigstore/core 2 cannot parse. Certificates come without SCTs (verify with
  // ctlogThreshold: 0); the chain, the signature and the transparency log are checked.
  const fulcioCA = await initializeCA(caKeys as never)
  const tlogKeys = ecKeys()
  const tlog = await initializeTLog('https://rekor.sigstore.dev', tlogKeys as never)
  const tsa = await initializeTSA(ecKeys() as never)
  // @sigstore/mock's TSA writes genTime with asn1js, which drops the trailing zeros of the
  // milliseconds (".12Z" at 120 ms), and @sigstore/core reads only three digits or none: one
  // timestamp in ten was refused as "invalid time". Its clock skips those milliseconds.
  ;(tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => {
    const now = new Date()
    if (now.getUTCMilliseconds() % 10 === 0) now.setUTCMilliseconds(now.getUTCMilliseconds() + 1)
    return now
  }
  const handlers: Record<string, ReturnType<typeof fulcioHandler>> = {
    'fulcio.sigstore.dev': fulcioHandler(fulcioCA),
    'fulcio.githubapp.com': fulcioHandler(fulcioCA),
    'rekor.sigstore.dev': rekorHandler(tlog),
    'timestamp.githubapp.com': tsaHandler(tsa)
  }

  // The OIDC issuer's signing key.
  const oidc = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const jwk = { ...(await exportJWK(oidc.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }
  const [owner] = repository.split('/')
  const claims: Record<string, string> = {
    sub: `repo:${repository}:ref:refs/heads/main`,
    ref: 'refs/heads/main',
    sha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    repository,
    repository_owner: owner!,
    repository_id: '123456',
    repository_owner_id: '654321',
    event_name: 'push',
    workflow_ref: `${repository}/.github/workflows/release.yml@refs/heads/main`,
    job_workflow_ref: `${repository}/.github/workflows/release.yml@refs/heads/main`,
    runner_environment: 'github-hosted',
    run_id: '4242',
    run_attempt: '1'
  }
  const issued: string[] = []
  const requests: string[] = []

  const dir = mkdtempSync(join(tmpdir(), 'sigstore-'))
  const cert = makeServerCert(dir, ca, SIGSTORE_NAMES, 'sigstore')
  const https: HttpsServer = createTlsServer(
    { key: readFileSync(cert.keyPath), cert: readFileSync(cert.certPath) },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '')
      const path = (req.url ?? '/').split('?')[0]!
      requests.push(`${req.method} ${host}${path}`)
      if (host === 'token.actions.githubusercontent.com') {
        if (path === '/.well-known/openid-configuration')
          return void res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${ISSUER}/.well-known/jwks` }))
        if (path === '/.well-known/jwks')
          return void res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ keys: [jwk] }))
        return void res.writeHead(404).end()
      }
      const handler = handlers[host]
      if (!handler || req.method !== 'POST' || path !== handler.path)
        return void res.writeHead(404).end()
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        let body = Buffer.concat(chunks).toString('utf8')
        if (host === 'rekor.sigstore.dev') body = asRekorStores(body)
        handler
          .fn(body)
          .then(({ statusCode, response, contentType }) => {
            res.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' })
            res.end(typeof response === 'string' ? response : Buffer.from(b64(response), 'base64'))
          })
          .catch((e: unknown) => res.writeHead(500).end(String(e)))
      })
    }
  )
  await new Promise<void>(resolve => https.listen(0, '127.0.0.1', resolve))
  const httpsPort = (https.address() as { port: number }).port

  // The runner's token endpoint: GET ?audience=… with the request token.
  const requestToken = `request-token-${Math.random().toString(36).slice(2)}`
  const tokens: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      if (req.headers.authorization !== `Bearer ${requestToken}`)
        return void res.writeHead(401).end('{"message":"Unauthorized"}')
      const audience = url.searchParams.get('audience') ?? 'https://github.com/octo-org'
      const jwt = await new SignJWT({ ...emulation.claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
        .setIssuer(ISSUER)
        .setAudience(audience)
        .setIssuedAt()
        .setNotBefore('0s')
        .setExpirationTime('10m')
        .setJti(Math.random().toString(36).slice(2))
        .sign(oidc.privateKey)
      issued.push(jwt)
      requests.push(`GET token ${audience}`)
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }))
    })()
  })
  await new Promise<void>(resolve => tokens.listen(0, '127.0.0.1', resolve))
  const tokenPort = (tokens.address() as { port: number }).port

  const spki = (key: KeyObject): Buffer => key.export({ format: 'der', type: 'spki' })
  const validFor = { start: '2000-01-01T00:00:00Z' }
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.sigstore.dev',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: spki(tlogKeys.publicKey).toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor
        },
        logId: { keyId: createHash('sha256').update(spki(tlogKeys.publicKey)).digest('base64') }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'test', commonName: 'test' },
        uri: 'https://fulcio.sigstore.dev',
        certChain: { certificates: [{ rawBytes: b64(fulcioCA.rootCertificate) }] },
        validFor
      }
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.dev/test',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: spki(caKeys.publicKey).toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor
        },
        logId: { keyId: b64(ctlog.logID) }
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'test', commonName: 'test' },
        uri: 'https://timestamp.githubapp.com',
        certChain: {
          certificates: [
            { rawBytes: b64(tsa.intCertificate) },
            { rawBytes: b64(tsa.rootCertificate) }
          ]
        },
        validFor
      }
    ]
  }

  const emulation: SigstoreEmulation = {
    remap: Object.fromEntries(SIGSTORE_NAMES.map(n => [`${n}:443`, `127.0.0.1:${httpsPort}`])),
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${tokenPort}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken
    },
    issued,
    requests,
    claims,
    trustMaterial: () => toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)),
    stop: async () => {
      for (const s of [https, tokens] as Array<Server | HttpsServer>)
        await new Promise<void>(resolve => {
          s.close(() => resolve())
          s.closeAllConnections()
        })
    }
  }
  return emulation
}
