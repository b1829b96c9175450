/**
 * The build inputs that docker/build-push-action users bring, in its names and syntax:
 * `cache-from`, `cache-to`, `secrets`, `secret-files`, `secret-envs`, `ssh`,
 * `build-contexts`, `no-cache`, `pull`, `provenance`, `sbom`, `annotations`.
 */
import { InputError } from '../errors.js'
import { bool, platformOf, splitKeyValueList, splitList, type InputReader } from './values.js'

/** A cache import or export, as buildx's `--cache-from`/`--cache-to` take it. */
export interface CacheSpec {
  type: 'registry' | 'gha' | 'local' | 'inline' | 's3' | 'azblob'
  /** Every attribute, `type` included, in the order given (`ref=…`, `mode=max`, …). */
  attrs: Record<string, string>
}

/** A build secret: where its value comes from. */
export type SecretSpec =
  { id: string; value: string } | { id: string; file: string } | { id: string; env: string }

/** An annotation, at the level buildx writes it. */
export interface Annotation {
  level: 'manifest' | 'index' | 'manifest-descriptor' | 'index-descriptor'
  /** `linux/amd64` for `manifest[linux/amd64]:`; empty for every platform. */
  platforms: string
  key: string
  value: string
}

export interface BuildFeatures {
  cacheFrom: CacheSpec[]
  cacheTo: CacheSpec[]
  secrets: SecretSpec[]
  ssh: string[]
  buildContexts: Record<string, string>
  noCache: boolean
  pull: boolean
  /** buildx's `--provenance` value (`false`, `true`, `mode=max`, …); empty: the builder's default. */
  provenance: string
  /** buildx's `--sbom` value; empty: none. */
  sbom: string
  annotations: Annotation[]
}

const CACHE_TYPES = ['registry', 'gha', 'local', 'inline', 's3', 'azblob'] as const
const SECRET_ID = /^[A-Za-z0-9_.-]+$/

/**
 * Credentials written into a reference or URL (`user:password@host/…`, `docker-image://u:p@…`):
 * an `@` before the first `/`, and not a digest's (`alpine@sha256:…`).
 */
const USERINFO = /^((?:[a-z][a-z0-9+.-]*:\/\/)?)([^/@\s]+)@(?!sha(?:256|384|512):)/i

/**
 * The credentials in the references of a cache or build-context input (each line, each
 * `key=value` of it): what main masks before anything is printed.
 */
export function userinfoIn(raw: string): string[] {
  const found: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    for (const part of line.split(',')) {
      const value = part.slice(part.indexOf('=') + 1).trim()
      const userinfo = USERINFO.exec(value)?.[2]
      if (userinfo) found.push(userinfo, userinfo.slice(userinfo.indexOf(':') + 1))
    }
  }
  return found.filter(Boolean)
}

/**
 * Refuses a reference that carries credentials: the builder prints its command line, and its
 * errors, with them. The error quotes the item with the credentials as `***`.
 */
function noUserinfo(input: string, item: string, reference: string): void {
  if (!USERINFO.test(reference)) return
  throw new InputError(
    input,
    item.replace(reference, reference.replace(USERINFO, '$1***@')),
    'a reference carries no credentials (user:password@): the builder prints its command line and errors with them',
    'Log in to that registry before this step (docker/login-action, or this action with command: login), and name the reference without them.'
  )
}

/** `type=registry,ref=…,mode=max`, or a bare reference meaning `type=registry,ref=…`. */
function parseCache(input: string, item: string): CacheSpec {
  if (!item.includes('=')) {
    noUserinfo(input, item, item)
    return { type: 'registry', attrs: { type: 'registry', ref: item } }
  }
  const attrs: Record<string, string> = {}
  for (const part of splitList(item)) {
    const eq = part.indexOf('=')
    if (eq <= 0) throw new InputError(input, item, `"${part}" is not key=value`)
    attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  const type = attrs.type ?? 'registry'
  if (!(CACHE_TYPES as readonly string[]).includes(type)) {
    throw new InputError(input, item, `type is one of ${CACHE_TYPES.join(', ')}`)
  }
  if (attrs.ref) noUserinfo(input, item, attrs.ref)
  if (type === 'registry' && !attrs.ref) {
    throw new InputError(
      input,
      item,
      'a registry cache needs ref=',
      'e.g. type=registry,ref=ghcr.io/o/app:buildcache'
    )
  }
  if (type === 'local' && !attrs[input === 'cache-to' ? 'dest' : 'src']) {
    throw new InputError(
      input,
      item,
      `a local cache needs ${input === 'cache-to' ? 'dest' : 'src'}=`
    )
  }
  return { type: type as CacheSpec['type'], attrs: { ...attrs, type } }
}

/** Lines, each one cache spec (a spec's own commas stay in it). */
function cacheLines(read: InputReader, input: string): CacheSpec[] {
  return read(input)
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(Boolean)
    .map(l => parseCache(input, l))
}

function secretsOf(read: InputReader): SecretSpec[] {
  const secrets: SecretSpec[] = []
  const idOf = (input: string, id: string, item: string): string => {
    // The id names the secret's file in the scratch directory: "." and ".." would be that
    // directory or its parent.
    if (!SECRET_ID.test(id) || id === '.' || id === '..')
      throw new InputError(
        input,
        item.replace(/=.*/s, '=***'),
        'a secret id is letters, digits, ".", "_" and "-", and not "." or ".."'
      )
    if (secrets.some(s => s.id === id))
      throw new InputError(
        input,
        id,
        'each secret id is given once across secrets, secret-files and secret-envs'
      )
    return id
  }
  // secrets: ID=value lines (build-push-action's form), or buildx's id=…,src=… / id=…,env=….
  for (const line of read('secrets')
    .split(/\r?\n/)
    .filter(l => l.trim())) {
    const item = line.trim()
    const csv = /^id=([^,]+),(src|env)=(.+)$/.exec(item)
    if (csv) {
      const id = idOf('secrets', csv[1]!, item)
      secrets.push(csv[2] === 'src' ? { id, file: csv[3]! } : { id, env: csv[3]! })
      continue
    }
    const eq = item.indexOf('=')
    if (eq <= 0)
      throw new InputError('secrets', '***', 'each secret is ID=value, or id=ID,src=PATH')
    secrets.push({ id: idOf('secrets', item.slice(0, eq), item), value: item.slice(eq + 1) })
  }
  for (const item of splitKeyValueList(read('secret-files'))) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw new InputError('secret-files', item, 'each secret file is ID=PATH')
    secrets.push({ id: idOf('secret-files', item.slice(0, eq), item), file: item.slice(eq + 1) })
  }
  for (const item of splitKeyValueList(read('secret-envs'))) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw new InputError('secret-envs', item, 'each secret env is ID=ENV_VAR')
    secrets.push({ id: idOf('secret-envs', item.slice(0, eq), item), env: item.slice(eq + 1) })
  }
  return secrets
}

const ANNOTATION =
  /^(?:(manifest|index|manifest-descriptor|index-descriptor)(?:\[([^\]]*)\])?:)?([^=\s]+)=(.*)$/s

/**
 * buildx's annotation syntax, one per line: `KEY=VALUE` (the manifest), `index:KEY=VALUE`,
 * `manifest[linux/amd64]:KEY=VALUE`, …; docker/metadata-action's `annotations` output is
 * exactly this.
 */
export function parseAnnotations(raw: string): Annotation[] {
  return raw
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(Boolean)
    .map(item => {
      const m = ANNOTATION.exec(item)
      if (!m) {
        throw new InputError(
          'annotations',
          item,
          'each annotation is KEY=VALUE, optionally after a level: index:, manifest:, manifest-descriptor:, index-descriptor:'
        )
      }
      return {
        level: (m[1] ?? 'manifest') as Annotation['level'],
        platforms: m[2] ?? '',
        key: m[3]!,
        value: m[4]!
      }
    })
}

/** The attestation inputs: `false`/`true`, or buildx's attribute list (`mode=max`). */
function attestation(input: string, raw: string): string {
  if (raw === '') return ''
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase()
  if (!/^[a-z-]+=[^,\s]*(,[a-z-]+=[^,\s]*)*$/.test(raw))
    throw new InputError(input, raw, 'true, false, or key=value attributes such as mode=max')
  return raw
}

export function readBuildFeatures(read: InputReader): BuildFeatures {
  const buildContexts: Record<string, string> = {}
  for (const item of splitKeyValueList(read('build-contexts'))) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw new InputError('build-contexts', item, 'each build context is NAME=SOURCE')
    noUserinfo('build-contexts', item, item.slice(eq + 1))
    buildContexts[item.slice(0, eq)] = item.slice(eq + 1)
  }
  return {
    cacheFrom: cacheLines(read, 'cache-from'),
    cacheTo: cacheLines(read, 'cache-to'),
    secrets: secretsOf(read),
    ssh: splitList(read('ssh')).map(item => {
      if (!/^[A-Za-z0-9_.-]+(=.+)?$/.test(item))
        throw new InputError('ssh', item, 'each entry is default, or ID=PATH to a socket or key')
      return item
    }),
    buildContexts,
    noCache: bool('no-cache', read('no-cache')),
    pull: bool('pull', read('pull')),
    provenance: attestation('provenance', read('provenance')),
    sbom: attestation('sbom', read('sbom')),
    annotations: parseAnnotations(read('annotations'))
  }
}

/** Each platform an annotation names (`manifest[linux/amd64,linux/arm64]:`) must be one. */
export function checkAnnotationPlatforms(annotations: Annotation[], built?: string[]): void {
  for (const a of annotations) {
    if (!a.platforms) continue
    for (const p of a.platforms.split(',')) {
      const shown = `${a.level}[${a.platforms}]:${a.key}=${a.value}`
      platformOf('annotations', p.trim(), shown)
      if (built && !built.includes(p.trim())) {
        throw new InputError(
          'annotations',
          shown,
          `this build makes ${built.join(', ')}, so an annotation for ${p.trim()} would be set on nothing`,
          'Name one of the built platforms, or add it to platforms.'
        )
      }
    }
  }
}
