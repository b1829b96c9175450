/**
 * Every input of the action, read once and validated before any work starts (CONTRACT.md,
 * "Inputs"). A rejection is an {@link InputError} naming the input, the value and the rule.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  looksLikeRegistry,
  parseReference,
  ReferenceError,
  registryProblem,
  repositoryProblem,
  tagProblem,
  type Reference
} from '../registry/reference.js'
import { InputError } from './errors.js'
import type { RunContext } from './context.js'

export const COMMANDS = ['build-push', 'push', 'pull', 'tag', 'copy', 'login'] as const
export type Command = (typeof COMMANDS)[number]
export const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'] as const
export type BuilderName = (typeof BUILDERS)[number]
export type Tristate = 'auto' | boolean

/** Where `command: push` reads the image from. */
export type PushSource =
  | { kind: 'docker-daemon'; name: string }
  | { kind: 'oci'; path: string; tag?: string }
  | { kind: 'docker-archive'; path: string }

/** The validated inputs. */
export interface Inputs {
  command: Command
  registry: string
  username: string
  /** Already masked by the time this object exists. Never logged, never stored in state. */
  token: string
  /** The target repository (registry and path); no tag or digest. */
  image: Reference
  /** Bare tags to write to `image`; undefined means "derive from the git context". */
  tags: string[] | undefined
  push: Tristate
  context: string
  file: string
  buildArgs: string[]
  labels: Record<string, string>
  target: string
  /** Networking for RUN steps during the build (`default`, `none`, `host`); empty: the builder's. */
  network: string
  platforms: string[]
  builder: BuilderName
  /** push: the local image; pull/tag/copy: the remote reference. */
  pushSource: PushSource | undefined
  remoteSource: Reference | undefined
  platform: string
  load: Tristate
  output: string
  logout: boolean
  /** Notices for the log (e.g. a lower-cased repository name), printed after validation. */
  notices: string[]
}

/** Reads one raw input; the default reads `INPUT_<NAME>` as the runner sets it. */
export type InputReader = (name: string) => string

/** Reads inputs as the runner passes them: `INPUT_<NAME>`, upper-cased, hyphens kept. */
export function envInput(env: NodeJS.ProcessEnv = process.env): InputReader {
  return name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * Splits a list input: items are separated by newlines or commas; an item in double quotes
 * keeps its commas. Empty items are dropped, white space around items is trimmed.
 */
export function splitList(raw: string): string[] {
  const items: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    let current = ''
    let quoted = false
    for (const ch of line) {
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) {
        items.push(current)
        current = ''
      } else current += ch
    }
    items.push(current)
  }
  return items.map(s => s.trim()).filter(s => s.length > 0)
}

/**
 * Splits a `KEY=VALUE` list: one item per line; on one line, a comma starts a new item only
 * where `KEY=` follows it, so `A=1,B=2` is two items and `LIST=a,b` keeps its comma.
 */
export function splitKeyValueList(raw: string): string[] {
  const items: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    for (const item of line.split(/,(?=\s*[A-Za-z_][A-Za-z0-9_.-]*=)/)) {
      if (item.trim()) items.push(item.trim())
    }
  }
  return items
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  const v = value.toLowerCase()
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw new InputError(input, value, `must be one of ${allowed.join(', ')}`)
}

function tristate(input: string, value: string): Tristate {
  if (value === '' || value.toLowerCase() === 'auto') return 'auto'
  return bool(input, value)
}

function bool(input: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(input, value, 'must be true or false')
}

const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(?:\/[a-z0-9_.]+)?$/

function platformOf(input: string, value: string): string {
  if (!PLATFORM.test(value)) {
    throw new InputError(
      input,
      value,
      'a platform is os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8'
    )
  }
  return value
}

/**
 * Resolves the `image` input against `registry` and the repository owner: a full
 * `host/path` is taken as is; a path without a host is `<registry>/<owner>/<name>` for one
 * component and `<registry>/<path>` for more.
 */
function resolveImage(
  raw: string,
  registry: string,
  ctx: RunContext,
  notices: string[]
): Reference {
  if (raw === '') {
    if (!ctx.repository.includes('/')) {
      throw new InputError(
        'image',
        raw,
        'no image was given and GITHUB_REPOSITORY is not set, so the default <registry>/<owner>/<repo> is unknown',
        'Set image: to e.g. ghcr.io/OWNER/NAME.'
      )
    }
    const lower = ctx.repository.toLowerCase()
    if (lower !== ctx.repository) {
      notices.push(
        `Image names must be lower-case: using ${registry}/${lower} for repository ${ctx.repository}.`
      )
    }
    return checkedImage('image', `${registry}/${lower}`, registry)
  }
  if (raw.includes('@') || /:[^/]*$/.test(raw.replace(/^[^/]*\//, ''))) {
    throw new InputError(
      'image',
      raw,
      'image is a repository without tag or digest',
      'Put tags in the tags: input.'
    )
  }
  const first = raw.split('/')[0] ?? ''
  if (raw.includes('/') && looksLikeRegistry(first)) return checkedImage('image', raw, registry)
  if (!raw.includes('/')) {
    if (!ctx.owner) {
      throw new InputError(
        'image',
        raw,
        'a short image name means <registry>/<owner>/<name>, and GITHUB_REPOSITORY is not set to give the owner',
        'Use the full name, e.g. ghcr.io/OWNER/NAME.'
      )
    }
    const problem = repositoryProblem(raw)
    if (problem) throw new InputError('image', raw, problem)
    return checkedImage('image', `${registry}/${ctx.owner.toLowerCase()}/${raw}`, registry)
  }
  return checkedImage('image', `${registry}/${raw}`, registry)
}

function checkedImage(input: string, full: string, registry: string): Reference {
  let ref: Reference
  try {
    ref = parseReference(full, { defaultRegistry: registry })
  } catch (e) {
    if (e instanceof ReferenceError) {
      const lower = full.toLowerCase()
      const fix = lower !== full ? `Use lower case: ${lower}` : undefined
      throw new InputError(input, full, e.rule, fix)
    }
    throw e
  }
  if (ref.registry !== registry) {
    throw new InputError(
      input,
      full,
      `the image is on ${ref.registry} but registry is ${registry}; the action logs in to registry only`,
      `Set registry: ${ref.registry}, or use an image on ${registry}.`
    )
  }
  return ref
}

/**
 * Tags: bare tags (`latest`, `2.5`) or full references (`ghcr.io/o/i:2.5`, as
 * docker/metadata-action prints them). Full references must name `image`.
 */
function parseTags(raw: string, image: Reference): string[] | undefined {
  if (raw === '') return undefined
  const tags: string[] = []
  for (const item of splitList(raw)) {
    if (item.includes('/') || item.includes('@')) {
      let ref: Reference
      try {
        ref = parseReference(item, { defaultRegistry: image.registry })
      } catch (e) {
        if (e instanceof ReferenceError) throw new InputError('tags', item, e.rule)
        throw e
      }
      if (ref.registry !== image.registry || ref.repository !== image.repository) {
        throw new InputError(
          'tags',
          item,
          `the reference names ${ref.registry}/${ref.repository}, not the image ${image.registry}/${image.repository}`,
          'Set image: to that repository, or give bare tags.'
        )
      }
      if (ref.tag === undefined || ref.digest) {
        throw new InputError(
          'tags',
          item,
          'a full reference in tags must end in :TAG and carry no digest'
        )
      }
      tags.push(ref.tag)
    } else {
      const tag = item.startsWith(':') ? item.slice(1) : item
      const problem = tagProblem(tag)
      if (problem) throw new InputError('tags', item, problem)
      tags.push(tag)
    }
  }
  if (tags.length === 0) throw new InputError('tags', raw, 'the list has no tags')
  return [...new Set(tags)]
}

const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/
const LABEL_KEY = /^[^\s=]+$/

function parseBuildArgs(raw: string): string[] {
  return splitKeyValueList(raw).map(item => {
    if (!BUILD_ARG.test(item)) {
      throw new InputError(
        'build-args',
        item,
        'each build argument is KEY=VALUE, KEY being letters, digits and _ not starting with a digit'
      )
    }
    return item
  })
}

function parseLabels(raw: string): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const item of splitKeyValueList(raw)) {
    const eq = item.indexOf('=')
    const key = eq > 0 ? item.slice(0, eq) : ''
    if (!LABEL_KEY.test(key)) {
      throw new InputError(
        'labels',
        item,
        'each label is KEY=VALUE with a key free of spaces and "="'
      )
    }
    labels[key] = item.slice(eq + 1)
  }
  return labels
}

function parsePushSource(raw: string, image: Reference): PushSource {
  if (raw === '') return { kind: 'docker-daemon', name: `${image.registry}/${image.repository}` }
  const [scheme, ...restParts] = raw.split(':')
  const rest = restParts.join(':')
  if (scheme === 'docker-daemon') {
    if (!rest)
      throw new InputError('source', raw, 'docker-daemon: needs an image name or ID after it')
    return { kind: 'docker-daemon', name: rest }
  }
  if (scheme === 'oci') {
    // oci:PATH[:TAG], as skopeo writes it; a path may itself contain ":" only before the tag.
    const m = /^(.*?)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(rest)
    const path = m?.[1] ?? ''
    if (!path) throw new InputError('source', raw, 'oci: needs a layout directory: oci:PATH[:TAG]')
    if (!existsSync(join(path, 'oci-layout'))) {
      throw new InputError(
        'source',
        raw,
        `${path} is not an OCI image layout (it has no oci-layout file)`
      )
    }
    return { kind: 'oci', path, ...(m?.[2] !== undefined && { tag: m[2] }) }
  }
  if (scheme === 'docker-archive') {
    if (!rest)
      throw new InputError('source', raw, 'docker-archive: needs a file: docker-archive:PATH')
    if (!existsSync(rest) || !statSync(rest).isFile()) {
      throw new InputError('source', raw, `${rest} is not a file`)
    }
    return { kind: 'docker-archive', path: rest }
  }
  // skopeo transports the action does not read from; "docker://" is a remote image, not a local one.
  if (/^(docker|dir|containers-storage|oci-archive|ostree|sif|tarball):/.test(raw)) {
    throw new InputError(
      'source',
      raw,
      'push reads a local image NAME, docker-daemon:NAME, oci:PATH[:TAG] or docker-archive:PATH',
      scheme === 'docker' ? 'To copy a remote image, use command: copy.' : undefined
    )
  }
  return { kind: 'docker-daemon', name: raw }
}

function parseRemoteSource(
  raw: string,
  image: Reference,
  ctx: RunContext,
  command: Command
): Reference {
  if (raw === '') {
    if (command === 'copy') {
      throw new InputError(
        'source',
        raw,
        'copy needs a source image',
        'Set source: to e.g. docker.io/library/alpine:3.20.'
      )
    }
    return { ...image, tag: 'latest' }
  }
  // Short names resolve as image does: one component is <registry>/<owner>/<name>.
  let full = raw
  const first = raw.split('/')[0] ?? ''
  if (!(raw.includes('/') && looksLikeRegistry(first))) {
    const name = raw.includes('/') ? raw : `${ctx.owner.toLowerCase()}/${raw}`
    full = `${image.registry}/${name}`
  }
  try {
    const ref = parseReference(full, { defaultRegistry: image.registry })
    return ref.tag === undefined && !ref.digest ? { ...ref, tag: 'latest' } : ref
  } catch (e) {
    if (e instanceof ReferenceError) throw new InputError('source', raw, e.rule)
    throw e
  }
}

/**
 * Reads and validates every input. Throws {@link InputError} for the first bad one; the
 * caller reports it as one `::error::` line before any network or build work.
 */
export function readInputs(read: InputReader, ctx: RunContext): Inputs {
  const notices: string[] = []
  const command = oneOf('command', read('command') || 'build-push', COMMANDS)

  const registryRaw = read('registry') || 'ghcr.io'
  const registryIssue = registryProblem(registryRaw)
  if (registryIssue) {
    const fix = /^[a-z]+:\/\//i.test(registryRaw)
      ? `Use ${registryRaw.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}.`
      : undefined
    throw new InputError('registry', registryRaw, registryIssue, fix)
  }
  const registry = registryRaw.toLowerCase()

  const token = read('token')
  if (/[\r\n]/.test(token)) {
    // The value is never echoed: it is a secret.
    throw new InputError(
      'token',
      '***',
      'a token is one line',
      'Check the secret the token comes from.'
    )
  }
  const username = read('username') || ctx.actor
  if (/[\s:]/.test(username)) {
    throw new InputError('username', username, 'a user name has no white space or ":"')
  }
  if (command === 'login' && token === '') {
    throw new InputError(
      'token',
      '',
      'login needs a token',
      'Leave token: unset to use ${{ github.token }}, or pass a secret.'
    )
  }
  if (token !== '' && username === '') {
    throw new InputError(
      'username',
      '',
      'a token needs a user name',
      'Set username: or run in GitHub Actions.'
    )
  }

  const image = resolveImage(read('image'), registry, ctx, notices)
  const tags = parseTags(read('tags'), image)
  const push = tristate('push', read('push'))
  const context = read('context') || '.'
  const isRemoteContext = /^(https?:\/\/|git@|github\.com\/)/.test(context)
  const file = read('file') || (isRemoteContext ? '' : join(context, 'Dockerfile'))
  if (command === 'build-push' && !isRemoteContext) {
    if (!existsSync(context) || !statSync(context).isDirectory()) {
      throw new InputError('context', context, 'the build context must be a directory')
    }
    if (!existsSync(file)) {
      throw new InputError(
        'file',
        file,
        'the Dockerfile does not exist',
        'Set file: to your Dockerfile.'
      )
    }
  }
  const buildArgs = parseBuildArgs(read('build-args'))
  const labels = parseLabels(read('labels'))
  const target = read('target')
  if (target && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target)) {
    throw new InputError(
      'target',
      target,
      'a build stage name is letters, digits, "_", "." and "-"'
    )
  }
  const network = read('network')
  if (network && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(network)) {
    throw new InputError('network', network, 'a network is a name such as default, none or host')
  }
  const platforms = splitList(read('platforms')).map(p => platformOf('platforms', p))
  const builder = oneOf('builder', read('builder') || 'auto', BUILDERS)
  const sourceRaw = read('source')
  let pushSource: PushSource | undefined
  let remoteSource: Reference | undefined
  if (command === 'push') pushSource = parsePushSource(sourceRaw, image)
  else if (command === 'pull' || command === 'tag' || command === 'copy') {
    remoteSource = parseRemoteSource(sourceRaw, image, ctx, command)
  } else if (sourceRaw !== '') {
    throw new InputError(
      'source',
      sourceRaw,
      `source is for push, pull, tag and copy, not ${command}`
    )
  }
  const platformRaw = read('platform')
  const platform = platformRaw ? platformOf('platform', platformRaw) : ''
  const load = tristate('load', read('load'))
  const output = read('output')
  if (output && existsSync(output) && !statSync(output).isDirectory()) {
    throw new InputError(
      'output',
      output,
      'output is a directory for an OCI image layout, and a file is there'
    )
  }
  const logout = bool('logout', read('logout') || 'true')

  return {
    command,
    registry,
    username,
    token,
    image,
    tags,
    push,
    context,
    file,
    buildArgs,
    labels,
    target,
    network,
    platforms,
    builder,
    pushSource,
    remoteSource,
    platform,
    load,
    output,
    logout,
    notices
  }
}
