/**
 * Every input of the action, read once and validated before any work starts (CONTRACT.md,
 * "Inputs"). The result is a union keyed on `command`: each command gets exactly the inputs it
 * uses, checked, cross-input rules included, so commands never re-check or assert. An input
 * that a user set for a command that does not use it is refused, naming the commands that do.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { formatReference, registryProblem, tagProblem } from '../../registry/reference.js'
import type { Reference } from '../../registry/reference.js'
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { defaultTags } from '../tags.js'
import { classifyToken, isGitHubRegistry, isServerRegistry, serverRegistry } from '../token.js'
import {
  parseAnnotations,
  readBuildFeatures,
  type Annotation,
  type BuildFeatures
} from './build.js'
import {
  linearGlob,
  linearRegex,
  UnsupportedPatternError,
  type LinearRegex
} from './linear-regex.js'
import { parsePushSource, type PushSource } from './push-source.js'
import { parseIndexSources, parseRemoteSource, parseTags, resolveImage } from './references.js'
import {
  bool,
  oneOf,
  platformOf,
  splitKeyValueList,
  splitList,
  tristate,
  type InputReader,
  type Tristate
} from './values.js'

export { envInput, splitKeyValueList, splitList } from './values.js'
export type { InputReader, Tristate } from './values.js'
export type { PushSource } from './push-source.js'
export type { Annotation, BuildFeatures, CacheSpec, SecretSpec } from './build.js'

export const COMMANDS = [
  'build-push',
  'push',
  'pull',
  'tag',
  'copy',
  'login',
  'index',
  'delete'
] as const
export type Command = (typeof COMMANDS)[number]
export const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'] as const
export type BuilderName = (typeof BUILDERS)[number]

/** What every command has: where to log in, as whom, and the target repository. */
export interface CommonInputs {
  registry: string
  username: string
  /** Already masked by the time this object exists. Never logged, never stored in state. */
  token: string
  /** The target repository (registry and path); no tag or digest. */
  image: Reference
  logout: boolean
  /** Notices for the log (e.g. a lower-cased repository name), printed after validation. */
  notices: string[]
}

/** What a per-platform leg of a matrix has: a push by digest, handed to a later `index`. */
export interface LegInputs {
  /** Push without tags (unless `tags` is set) and record the digest for `command: index`. */
  pushByDigest: boolean
}

export interface BuildPushInputs extends CommonInputs, LegInputs {
  command: 'build-push'
  /** The tags to write: the input's, or the git context's; none for a push by digest. */
  tags: string[]
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
  /** A buildx builder instance to use (`builder: NAME`, as docker/setup-buildx-action names it). */
  buildxBuilder: string
  /** build-push-action's cache, secret, attestation and annotation inputs. */
  features: BuildFeatures
}

export interface PushInputs extends CommonInputs, LegInputs {
  command: 'push'
  tags: string[]
  source: PushSource
}

export interface PullInputs extends CommonInputs {
  command: 'pull'
  source: Reference
  /** The platform to take from an index; empty: the runner's. */
  platform: string
  load: Tristate
  /** A directory for an OCI image layout of the pulled image; empty: none. */
  output: string
}

export interface TagInputs extends CommonInputs {
  command: 'tag'
  /** An image on `registry`. */
  source: Reference
  tags: string[]
}

export interface CopyInputs extends CommonInputs {
  command: 'copy'
  source: Reference
  tags: string[]
  /** Copy only this platform of an index; empty: every platform. */
  platform: string
}

export interface LoginInputs extends CommonInputs {
  command: 'login'
}

export const ATTESTATIONS = ['keep', 'drop'] as const

export interface IndexInputs extends CommonInputs {
  command: 'index'
  /** Images to merge, all on `registry`; empty: the records of this run's legs. */
  sources: Reference[]
  /** The legs' platforms, when `sources` is empty; otherwise platforms the merge must have. */
  platforms: string[]
  tags: string[]
  /** Annotations of the index (plain and `index:`) and of its entries (`manifest-descriptor:`). */
  annotations: Annotation[]
  attestations: (typeof ATTESTATIONS)[number]
}

/** A tag pattern of `delete-tags` or `exclude-tags`, as the user wrote it and as a test. */
export interface TagPattern {
  text: string
  /** A regular expression (use-regex), or a glob. */
  regex: boolean
  matches(tag: string): boolean
}

export interface DeleteInputs extends CommonInputs {
  command: 'delete'
  deleteUntagged: boolean
  /** Only images older than this many milliseconds; undefined: any age. */
  olderThanMs: number | undefined
  keepNTagged: number | undefined
  keepNUntagged: number | undefined
  /** Tagged images to delete: those whose every tag matches one of these. */
  deleteTags: TagPattern[]
  /** Images with a tag matching one of these are never deleted. */
  excludeTags: TagPattern[]
  dryRun: boolean
  /** Report broken images (an index whose child is missing). */
  validate: boolean
}

export type Inputs =
  | BuildPushInputs
  | PushInputs
  | PullInputs
  | TagInputs
  | CopyInputs
  | LoginInputs
  | IndexInputs
  | DeleteInputs

/** The inputs each command reads beyond the common ones. */
const USED_BY: Record<string, readonly Command[]> = {
  tags: ['build-push', 'push', 'tag', 'copy', 'index'],
  push: ['build-push'],
  context: ['build-push'],
  file: ['build-push'],
  'build-args': ['build-push'],
  labels: ['build-push'],
  target: ['build-push'],
  network: ['build-push'],
  platforms: ['build-push', 'index'],
  builder: ['build-push'],
  'cache-from': ['build-push'],
  'cache-to': ['build-push'],
  secrets: ['build-push'],
  'secret-files': ['build-push'],
  'secret-envs': ['build-push'],
  ssh: ['build-push'],
  'build-contexts': ['build-push'],
  'no-cache': ['build-push'],
  pull: ['build-push'],
  provenance: ['build-push'],
  sbom: ['build-push'],
  annotations: ['build-push', 'index'],
  'push-by-digest': ['build-push', 'push'],
  sources: ['index'],
  attestations: ['index'],
  'delete-untagged': ['delete'],
  'older-than': ['delete'],
  'keep-n-tagged': ['delete'],
  'keep-n-untagged': ['delete'],
  'delete-tags': ['delete'],
  'exclude-tags': ['delete'],
  'use-regex': ['delete'],
  'dry-run': ['delete'],
  validate: ['delete'],
  source: ['push', 'pull', 'tag', 'copy'],
  platform: ['pull', 'copy'],
  load: ['pull'],
  output: ['pull']
}

/** Inputs whose values are secrets: never echoed. */
const SECRET_INPUTS = ['secrets']

/** Values action.yml gives these inputs: the runner passes them even when the user did not. */
const ACTION_DEFAULTS: Record<string, string> = {
  push: 'auto',
  context: '.',
  builder: 'auto',
  'push-by-digest': 'false',
  attestations: 'keep',
  'delete-untagged': 'false',
  'use-regex': 'false',
  'dry-run': 'false',
  validate: 'false'
}

/** Each platform an annotation names (`manifest[linux/amd64,linux/arm64]:`) must be one. */
function checkAnnotationPlatforms(annotations: Annotation[], built?: string[]): void {
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

/** Refuses inputs that the command does not read, when the user set them. */
function refuseUnused(read: InputReader, command: Command): void {
  for (const [input, commands] of Object.entries(USED_BY)) {
    const value = read(input)
    if (value === '' || value === ACTION_DEFAULTS[input] || commands.includes(command)) continue
    const users =
      commands.length === 1
        ? commands[0]
        : `${commands.slice(0, -1).join(', ')} and ${commands.at(-1)}`
    throw new InputError(
      input,
      SECRET_INPUTS.includes(input) ? '***' : value,
      `${input} is for ${users}, not ${command}`,
      `Remove it, or set command: ${commands[0]}.`
    )
  }
}

function readCommon(read: InputReader, ctx: RunContext, command: Command): CommonInputs {
  const notices: string[] = []
  const registryRaw = read('registry') || serverRegistry(ctx.serverUrl)
  const registryIssue = registryProblem(registryRaw)
  if (registryIssue) {
    const fix = /^[a-z]+:\/\//i.test(registryRaw)
      ? `Use ${registryRaw.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}.`
      : undefined
    throw new InputError('registry', registryRaw, registryIssue, fix)
  }
  const registry = registryRaw.toLowerCase()

  // `password` is docker/login-action's name for the token; it wins when set.
  let token = read('password') || read('token')
  if (/[\r\n]/.test(token)) {
    // The value is never echoed: it is a secret.
    throw new InputError(
      read('password') ? 'password' : 'token',
      '***',
      'a token is one line',
      'Check the secret the token comes from.'
    )
  }
  const username = read('username') || ctx.actor
  if (/[\s:]/.test(username)) {
    throw new InputError('username', username, 'a user name has no white space or ":"')
  }
  // The workflow's GITHUB_TOKEN is the credential of the server that issued it: it goes to
  // that server's registry only (on GHES and ghe.com, never to ghcr.io). `token` defaults to
  // it, so an installation token there is taken as that default; one given explicitly as
  // `password` is the user's choice.
  const githubToken = classifyToken(token) === 'installation' && !read('password')
  if (githubToken && !isServerRegistry(registry, ctx.serverUrl)) {
    const own = serverRegistry(ctx.serverUrl)
    const why = isGitHubRegistry(registry, ctx.serverUrl)
      ? `the workflow's GITHUB_TOKEN was issued by ${ctx.serverUrl} and is sent only to its registry, ${own}`
      : `the workflow's GITHUB_TOKEN is sent only to ${own}, the registry of ${ctx.serverUrl}, and ${registry} is another`
    if (command === 'login') {
      throw new InputError(
        'token',
        '***',
        why,
        `Set username and password from a secret for ${registry}.`
      )
    }
    notices.push(
      `${registry}: ${why}, so this step reads and writes ${registry} without credentials. To log in there, set username and password from a secret for ${registry}.`
    )
    token = ''
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
  const logout = bool('logout', read('logout') || 'true')
  return { registry, username, token, image, logout, notices }
}

/**
 * The tags to write: the input's, or the git context's; each checked before any work. A push
 * by digest writes only the tags given (none by default): the `index` step tags the merge.
 */
function tagsOrDefault(
  read: InputReader,
  image: Reference,
  ctx: RunContext,
  byDigest = false
): string[] {
  const given = parseTags(read('tags'), image)
  if (byDigest) return given ?? []
  const tags = given ?? defaultTags(ctx)
  if (tags.length === 0) {
    throw new InputError(
      'tags',
      '',
      'no tags were given and none can be derived from the git context (GITHUB_REF, GITHUB_SHA)',
      'Set tags:.'
    )
  }
  for (const tag of tags) {
    const problem = tagProblem(tag)
    if (problem) throw new InputError('tags', tag, problem)
  }
  return tags
}

const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/
const LABEL_KEY = /^[^\s=]+$/
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/

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

/** A leg's `push-by-digest`, and the tags it writes (none by default). */
function readLeg(
  read: InputReader,
  image: Reference,
  ctx: RunContext
): LegInputs & { tags: string[] } {
  const pushByDigest = bool('push-by-digest', read('push-by-digest') || 'false')
  return { pushByDigest, tags: tagsOrDefault(read, image, ctx, pushByDigest) }
}

function readBuildPush(read: InputReader, common: CommonInputs, ctx: RunContext): BuildPushInputs {
  const { pushByDigest, tags } = readLeg(read, common.image, ctx)
  const push = tristate('push', read('push'))
  const context = read('context') || '.'
  const isRemoteContext = /^(https?:\/\/|git@|github\.com\/)/.test(context)
  const file = read('file') || (isRemoteContext ? '' : join(context, 'Dockerfile'))
  if (!isRemoteContext) {
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
  if (target && !NAME.test(target)) {
    throw new InputError(
      'target',
      target,
      'a build stage name is letters, digits, "_", "." and "-"'
    )
  }
  const network = read('network')
  if (network && !NAME.test(network)) {
    throw new InputError('network', network, 'a network is a name such as default, none or host')
  }
  const platforms = splitList(read('platforms')).map(p => platformOf('platforms', p))
  // Any other name is a buildx builder instance, as docker/setup-buildx-action outputs it.
  const builderRaw = read('builder') || 'auto'
  const named = (BUILDERS as readonly string[]).includes(builderRaw.toLowerCase())
  if (!named && !NAME.test(builderRaw)) {
    throw new InputError(
      'builder',
      builderRaw,
      `one of ${BUILDERS.join(', ')}, or the name of a buildx builder instance`
    )
  }
  const builder = named ? oneOf('builder', builderRaw, BUILDERS) : 'buildx'
  const features = readBuildFeatures(read)
  checkAnnotationPlatforms(features.annotations, platforms.length ? platforms : [ctx.platform])
  return {
    ...common,
    command: 'build-push',
    tags,
    pushByDigest,
    push,
    context,
    file,
    buildArgs,
    labels,
    target,
    network,
    platforms,
    builder,
    buildxBuilder: named ? '' : builderRaw,
    features
  }
}

function readPull(read: InputReader, common: CommonInputs, ctx: RunContext): PullInputs {
  const source = parseRemoteSource(read('source'), common.image, ctx)
  const platformRaw = read('platform')
  const load = tristate('load', read('load'))
  const output = read('output')
  if (output && existsSync(output)) {
    if (!statSync(output).isDirectory()) {
      throw new InputError(
        'output',
        output,
        'output is a directory for an OCI image layout, and a file is there'
      )
    }
    // An OCI layout takes more images; any other directory with files in it is not ours to
    // write blobs/, oci-layout and index.json into.
    if (!existsSync(join(output, 'oci-layout')) && readdirSync(output).length > 0) {
      throw new InputError(
        'output',
        output,
        'output is a new or empty directory, or an OCI image layout; this directory holds other files',
        'Name a directory that does not exist yet.'
      )
    }
  }
  return {
    ...common,
    command: 'pull',
    source,
    platform: platformRaw ? platformOf('platform', platformRaw) : '',
    load,
    output
  }
}

function readTag(read: InputReader, common: CommonInputs, ctx: RunContext): TagInputs {
  const source = parseRemoteSource(read('source'), common.image, ctx)
  if (source.registry !== common.registry) {
    throw new InputError(
      'source',
      formatReference(source),
      `tag works within one registry, and the source is on ${source.registry}`,
      'Use command: copy to bring an image from another registry.'
    )
  }
  const tags = parseTags(read('tags'), common.image)
  if (!tags)
    throw new InputError('tags', '', 'tag needs the tags to add', 'Set tags: to e.g. stable, 1.2.')
  return { ...common, command: 'tag', source, tags }
}

function readCopy(read: InputReader, common: CommonInputs, ctx: RunContext): CopyInputs {
  if (read('source') === '') {
    throw new InputError(
      'source',
      '',
      'copy needs a source image',
      'Set source: to e.g. docker.io/library/alpine:3.20.'
    )
  }
  const source = parseRemoteSource(read('source'), common.image, ctx)
  const tags = parseTags(read('tags'), common.image) ?? (source.tag ? [source.tag] : undefined)
  if (!tags) {
    throw new InputError(
      'tags',
      '',
      'copying an image named by digest needs tags to write',
      'Set tags:.'
    )
  }
  const platformRaw = read('platform')
  return {
    ...common,
    command: 'copy',
    source,
    tags,
    platform: platformRaw ? platformOf('platform', platformRaw) : ''
  }
}

function readIndex(read: InputReader, common: CommonInputs, ctx: RunContext): IndexInputs {
  const sources = parseIndexSources(read('sources'), common.image, ctx)
  const platforms = [...new Set(splitList(read('platforms')).map(p => platformOf('platforms', p)))]
  if (sources.length === 0 && platforms.length === 0) {
    throw new InputError(
      'sources',
      '',
      "index needs the images to merge: sources, or the platforms of this run's push-by-digest legs",
      'Set platforms: to the platforms of the matrix legs (e.g. linux/amd64,linux/arm64), or sources: to their digests.'
    )
  }
  const annotations = parseAnnotations(read('annotations'))
  const misplaced = annotations.find(a => a.level === 'index-descriptor')
  if (misplaced) {
    throw new InputError(
      'annotations',
      `index-descriptor:${misplaced.key}=${misplaced.value}`,
      'index writes an index to a registry, which has no index descriptor to annotate',
      'Use index:KEY=VALUE for the index, manifest-descriptor:KEY=VALUE for its entries.'
    )
  }
  // A platform's manifest is the image a leg pushed: index cannot change it without changing
  // its digest. Plain manifest: lines (docker/metadata-action's form) annotate the index.
  const perImage = annotations.find(a => a.level === 'manifest' && a.platforms)
  if (perImage) {
    throw new InputError(
      'annotations',
      `manifest[${perImage.platforms}]:${perImage.key}=${perImage.value}`,
      "index writes only the index: the images' manifests are the legs' own, and annotating one would change its digest",
      `Set it on the leg's build (annotations: ${perImage.key}=…), or annotate the index's entry with manifest-descriptor[${perImage.platforms}]:${perImage.key}=….`
    )
  }
  checkAnnotationPlatforms(annotations)
  return {
    ...common,
    command: 'index',
    sources,
    platforms,
    tags: tagsOrDefault(read, common.image, ctx),
    annotations,
    attestations: oneOf('attestations', read('attestations') || 'keep', ATTESTATIONS)
  }
}

const DURATION_UNITS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  mo: 30 * 86_400_000,
  y: 365 * 86_400_000
}

/** `30 days`, `2 weeks`, `12h`, `1 month`: milliseconds. */
function parseDuration(input: string, raw: string): number {
  const m =
    /^(\d+)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|h|days?|d|weeks?|w|months?|mo|years?|y)$/i.exec(
      raw
    )
  if (!m || Number(m[1]) === 0) {
    throw new InputError(
      input,
      raw,
      'a duration is a positive number and a unit: seconds, minutes, hours, days, weeks, months (30 days) or years (365 days)',
      'For example: older-than: 30 days.'
    )
  }
  // Every unit is named by its first letter, but months (`mo`), which share minutes' `m`.
  const unit = m[2]!.toLowerCase()
  return Number(m[1]) * DURATION_UNITS[unit.startsWith('mo') ? 'mo' : unit[0]!]!
}

function count(input: string, raw: string): number | undefined {
  if (raw === '') return undefined
  if (!/^\d{1,6}$/.test(raw)) throw new InputError(input, raw, 'a whole number, 0 or more')
  return Number(raw)
}

/**
 * Tag patterns: exact tags with `*` and `?` wildcards (a list, by lines or commas), or with
 * use-regex, regular expressions, one per line (a pattern's own commas stay in it: `{1,3}`).
 * Both are matched in linear time (`linear-regex.ts`), so no pattern can hang the step.
 */
function tagPatterns(input: string, raw: string, regex: boolean): TagPattern[] {
  const texts = regex
    ? raw
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean)
    : splitList(raw)
  return texts.map(text => {
    let compiled: LinearRegex
    try {
      compiled = regex ? linearRegex(text) : linearGlob(text)
    } catch (e) {
      if (e instanceof UnsupportedPatternError)
        throw new InputError(
          input,
          text,
          `${e.message}: tag patterns are matched in linear time, which rules out backreferences and lookaround`
        )
      throw new InputError(input, text, `not a regular expression: ${(e as Error).message}`)
    }
    // A tag is tested against a pattern several times while the plan is made.
    const seen = new Map<string, boolean>()
    return {
      text,
      regex,
      matches: tag => {
        let hit = seen.get(tag)
        if (hit === undefined) seen.set(tag, (hit = compiled.test(tag)))
        return hit
      }
    }
  })
}

/** Whether any rule of `delete` chooses versions to delete (`validate` alone chooses none). */
export function selectsVersions(inputs: DeleteInputs): boolean {
  return (
    inputs.deleteUntagged ||
    inputs.olderThanMs !== undefined ||
    inputs.keepNTagged !== undefined ||
    inputs.keepNUntagged !== undefined ||
    inputs.deleteTags.length > 0
  )
}

function readDelete(read: InputReader, common: CommonInputs, ctx: RunContext): DeleteInputs {
  if (!isServerRegistry(common.registry, ctx.serverUrl)) {
    throw new InputError(
      'registry',
      common.registry,
      `delete works through the Packages API of ${ctx.serverUrl}, so only on its registry, ${serverRegistry(ctx.serverUrl)}`
    )
  }
  if (!common.token) {
    throw new InputError(
      'token',
      '',
      'delete needs a token that may delete package versions',
      'Leave token: unset to use ${{ github.token }} with "permissions: packages: write".'
    )
  }
  const regex = bool('use-regex', read('use-regex') || 'false')
  const olderThan = read('older-than')
  const inputs: DeleteInputs = {
    ...common,
    command: 'delete',
    deleteUntagged: bool('delete-untagged', read('delete-untagged') || 'false'),
    olderThanMs: olderThan ? parseDuration('older-than', olderThan) : undefined,
    keepNTagged: count('keep-n-tagged', read('keep-n-tagged')),
    keepNUntagged: count('keep-n-untagged', read('keep-n-untagged')),
    deleteTags: tagPatterns('delete-tags', read('delete-tags'), regex),
    excludeTags: tagPatterns('exclude-tags', read('exclude-tags'), regex),
    dryRun: bool('dry-run', read('dry-run') || 'false'),
    validate: bool('validate', read('validate') || 'false')
  }
  if (!selectsVersions(inputs) && !inputs.validate) {
    throw new InputError(
      'delete-untagged',
      read('delete-untagged'),
      'delete deletes nothing by default: give at least one rule (delete-untagged, older-than, keep-n-tagged, keep-n-untagged, delete-tags) or validate: true',
      'For example: delete-untagged: true.'
    )
  }
  return inputs
}

/**
 * Reads and validates every input. Throws {@link InputError} for the first bad one; the
 * caller reports it as one `::error::` line before any network or build work.
 */
export function readInputs(read: InputReader, ctx: RunContext): Inputs {
  const command = oneOf('command', read('command') || 'build-push', COMMANDS)
  refuseUnused(read, command)
  const common = readCommon(read, ctx, command)
  switch (command) {
    case 'build-push':
      return readBuildPush(read, common, ctx)
    case 'push':
      return {
        ...common,
        command,
        ...readLeg(read, common.image, ctx),
        source: parsePushSource(read('source'), common.image)
      }
    case 'pull':
      return readPull(read, common, ctx)
    case 'tag':
      return readTag(read, common, ctx)
    case 'copy':
      return readCopy(read, common, ctx)
    case 'login':
      return { ...common, command }
    case 'index':
      return readIndex(read, common, ctx)
    case 'delete':
      return readDelete(read, common, ctx)
  }
}
