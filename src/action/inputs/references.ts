/**
 * Inputs that name images: `image` (the target repository), `tags`, and a remote `source`,
 * resolved against `registry` and the repository owner as the contract describes.
 */
import {
  InvalidReferenceError,
  looksLikeRegistry,
  parseReference,
  repositoryProblem,
  tagProblem,
  type Reference
} from '../../registry/reference.js'
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { linearGlob } from './linear-regex.js'
import type { DeleteTarget } from './types.js'
import { splitList } from './values.js'

/** Parses `value` as a reference, turning a parse failure into an error on `input`. */
function parseAs(input: string, value: string, registry: string, shown = value): Reference {
  try {
    return parseReference(value, { defaultRegistry: registry })
  } catch (e) {
    if (!(e instanceof InvalidReferenceError)) throw e
    const lower = value.toLowerCase()
    throw new InputError(
      input,
      shown,
      e.rule,
      input === 'image' && lower !== value ? `Use lower case: ${lower}` : undefined
    )
  }
}

function checkedImage(full: string, registry: string): Reference {
  const ref = parseAs('image', full, registry)
  if (ref.registry !== registry) {
    throw new InputError(
      'image',
      full,
      `the image is on ${ref.registry} but registry is ${registry}; the action logs in to registry only`,
      `Set registry: ${ref.registry}, or use an image on ${registry}.`
    )
  }
  return ref
}

/**
 * Resolves the `image` input against `registry` and the repository owner: a full
 * `host/path` is taken as is; a path without a host is `<registry>/<owner>/<name>` for one
 * component and `<registry>/<path>` for more.
 */
export function resolveImage(
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
    return checkedImage(`${registry}/${lower}`, registry)
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
  if (raw.includes('/') && looksLikeRegistry(first)) return checkedImage(raw, registry)
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
    return checkedImage(`${registry}/${ctx.owner.toLowerCase()}/${raw}`, registry)
  }
  return checkedImage(`${registry}/${raw}`, registry)
}

/**
 * delete's `image`: packages one per line (or comma), each an image name as {@link resolveImage}
 * reads it, or a pattern with `*` (any run of characters, `/` included) and `?` over the package
 * names of one owner, written out: `ghcr.io/octo-org/api-*`, `octo-org/*`, or `api-*` for the
 * repository owner's.
 */
export function deleteTargets(
  raw: string,
  registry: string,
  ctx: RunContext,
  notices: string[]
): DeleteTarget[] {
  const lines = splitList(raw)
  if (lines.length === 0) return [{ text: '', image: resolveImage('', registry, ctx, notices) }]
  const targets: DeleteTarget[] = []
  for (const text of lines) {
    if (!/[*?]/.test(text)) {
      const image = resolveImage(text, registry, ctx, notices)
      if (!targets.some(t => !t.pattern && t.image.repository === image.repository))
        targets.push({ text, image })
      continue
    }
    const first = text.split('/')[0] ?? ''
    const hosted = text.includes('/') && looksLikeRegistry(first)
    if (hosted && first.toLowerCase() !== registry) {
      throw new InputError(
        'image',
        text,
        `the pattern is on ${first} but registry is ${registry}; delete cleans packages of ${registry} only`,
        `Write ${registry}/OWNER/PATTERN.`
      )
    }
    let path = hosted ? text.slice(first.length + 1) : text
    if (!path.includes('/')) {
      if (!ctx.owner)
        throw new InputError(
          'image',
          text,
          'a pattern without an owner means the repository owner, and GITHUB_REPOSITORY is not set to give it',
          `Write the owner: ${registry}/OWNER/${path}.`
        )
      path = `${ctx.owner.toLowerCase()}/${path}`
    }
    const [owner, ...rest] = path.split('/')
    const name = rest.join('/')
    if (!owner || /[*?]/.test(owner)) {
      throw new InputError(
        'image',
        text,
        "a pattern matches the package names of one owner, and the owner must be written out (GitHub's API lists packages owner by owner)",
        `For example: ${registry}/octo-org/api-*.`
      )
    }
    // What a package name may hold, with the wildcards: a pattern of anything else matches nothing.
    if (!/^[a-z0-9*?][a-z0-9._/*?-]*$/.test(name) || owner !== owner.toLowerCase()) {
      throw new InputError(
        'image',
        text,
        'a package pattern is lower-case letters, digits, ".", "_", "-" and "/", with * for any run of characters and ? for one',
        `For example: ${registry}/octo-org/api-*.`
      )
    }
    const glob = linearGlob(name)
    targets.push({
      text,
      image: { registry, repository: `${owner}/${name}` },
      pattern: { owner, matches: n => glob.test(n) }
    })
  }
  return targets
}

/**
 * Tags: bare tags (`latest`, `2.5`) or full references (`ghcr.io/o/i:2.5`, as
 * docker/metadata-action prints them). Full references must name `image`. Undefined when the
 * input is empty.
 */
export function parseTags(raw: string, image: Reference): string[] | undefined {
  if (raw === '') return undefined
  const tags: string[] = []
  for (const item of splitList(raw)) {
    // `owner/name:tag` with no registry host is how Docker names a Docker Hub image
    // (docker.io/owner/name): taking it for this registry's image would push elsewhere than
    // the workflow meant, and silently drop the Docker Hub push.
    const first = item.split('/')[0] ?? ''
    if (item.includes('/') && !looksLikeRegistry(first)) {
      throw new InputError(
        'tags',
        item,
        `a name with a path and no registry host is a Docker Hub name: Docker reads it as docker.io/${item}, and this step pushes only to ${image.registry}/${image.repository}`,
        `Write the full name for this registry (${image.registry}/${image.repository}:${/:([^/:]+)$/.exec(item)?.[1] ?? 'TAG'}), or give bare tags; to publish to Docker Hub as well, add a step with command: copy, registry: docker.io and its own credentials (see the README, "Docker Hub too").`
      )
    }
    if (item.includes('/') || item.includes('@')) {
      const ref = parseAs('tags', item, image.registry)
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

/**
 * A remote `source` (pull, tag, copy): short names resolve as `image` does (one component is
 * `<registry>/<owner>/<name>`); no tag or digest means `latest`. Empty: `image:latest`.
 */
export function parseRemoteSource(
  raw: string,
  image: Reference,
  ctx: RunContext,
  input = 'source'
): Reference {
  if (raw === '') return { ...image, tag: 'latest' }
  let full = raw
  const first = raw.split('/')[0] ?? ''
  if (!(raw.includes('/') && looksLikeRegistry(first))) {
    const name = raw.includes('/') ? raw : `${ctx.owner.toLowerCase()}/${raw}`
    full = `${image.registry}/${name}`
  }
  const ref = parseAs(input, full, image.registry, raw)
  return ref.tag === undefined && !ref.digest ? { ...ref, tag: 'latest' } : ref
}

const BARE_DIGEST = /^sha(256|512):/

/**
 * The `sources` of `index`: a digest (`sha256:…`) or a bare tag (`1.2-amd64`) of `image`, or a
 * reference (`name@sha256:…`, `name:tag`, `ghcr.io/o/name@…`) resolved as `source` is. All on
 * `image`'s registry: the merge mounts blobs, it never moves them between registries.
 */
export function parseIndexSources(raw: string, image: Reference, ctx: RunContext): Reference[] {
  const sources = splitList(raw).map(item => {
    if (BARE_DIGEST.test(item))
      return parseAs('sources', `${formatRepo(image)}@${item}`, image.registry, item)
    if (!/[/:@]/.test(item)) {
      const problem = tagProblem(item)
      if (problem) throw new InputError('sources', item, problem)
      return { ...image, tag: item }
    }
    const ref = parseRemoteSource(item, image, ctx, 'sources')
    if (ref.registry !== image.registry) {
      throw new InputError(
        'sources',
        item,
        `index merges images of ${image.registry}, and this one is on ${ref.registry}`,
        `Copy it to ${image.registry} first with command: copy, and list the copy.`
      )
    }
    return ref
  })
  return sources
}

function formatRepo(ref: Reference): string {
  return `${ref.registry}/${ref.repository}`
}
