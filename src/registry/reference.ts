/**
 * Image references: `[host[:port]/]path[:tag][@digest]`, parsed with the grammar of
 * distribution/reference and the OCI distribution spec.
 */
import { digestProblem, type Digest } from './digest.js'

/** The registry Docker means when a reference names none. */
export const DOCKER_HUB = 'docker.io'
/** The host that serves Docker Hub's registry API. */
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io'

/** A parsed image reference. `tag` and `digest` are both optional; both may be present. */
export interface Reference {
  /** Registry host with optional port, lower-case: `ghcr.io`, `127.0.0.1:5000`. */
  readonly registry: string
  /** Repository path inside the registry: `owner/name`. */
  readonly repository: string
  readonly tag?: string
  readonly digest?: Digest
}

/** Thrown for a string that is not a valid reference; `rule` says which part is wrong. */
export class InvalidReferenceError extends Error {
  constructor(
    readonly value: string,
    readonly rule: string
  ) {
    super(
      `invalid reference ${JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)}: ${rule}`
    )
    this.name = 'InvalidReferenceError'
  }
}

// OCI distribution spec, "Pulling manifests": <name> components and <reference> tags.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DOMAIN_COMPONENT = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/
const MAX_NAME_LENGTH = 255

/** A piece of the user's text quoted in a rule: at most 60 characters of it. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** The rule a tag breaks, or undefined when it is valid. */
export function tagProblem(tag: string): string | undefined {
  if (TAG.test(tag)) return undefined
  return 'a tag is 1 to 128 characters from [A-Za-z0-9_.-] and must not start with "." or "-"'
}

/** The rule a repository path breaks, or undefined when it is valid. */
export function repositoryProblem(path: string): string | undefined {
  if (path.length === 0) return 'the repository path is empty'
  for (const component of path.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      if (component !== component.toLowerCase()) {
        return `repository path component "${clip(component)}" must be lower-case`
      }
      return `repository path component "${clip(component)}" must be lower-case letters and digits, separated by ".", "_", "__" or "-"`
    }
  }
  return undefined
}

/** The rule a registry host[:port] breaks, or undefined when it is valid. */
export function registryProblem(host: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(host)) return 'a registry is a host[:port] without a scheme'
  let name = host
  const port = /:(\d{1,5})$/.exec(host)
  if (port) {
    if (Number(port[1]) > 65535) return `port ${port[1]} is out of range`
    name = host.slice(0, port.index)
  }
  if (IPV6.test(name)) return undefined
  if (name.length === 0 || name.length > 253) return 'a registry host is 1 to 253 characters'
  if (!name.split('.').every(part => DOMAIN_COMPONENT.test(part))) {
    return 'a registry host is dot-separated letters, digits and hyphens, with an optional :port'
  }
  return undefined
}

/**
 * Whether the first path component of a reference names a registry host. As in
 * distribution/reference: it does when it has a "." or ":", is "localhost", or has upper case.
 */
export function looksLikeRegistry(component: string): boolean {
  return (
    component.includes('.') ||
    component.includes(':') ||
    component === 'localhost' ||
    component !== component.toLowerCase()
  )
}

/** Options for {@link parseReference}. */
export interface ParseOptions {
  /**
   * Registry for references that name none. Default: Docker Hub, where a one-component path
   * gets the `library/` prefix as `docker pull busybox` does.
   */
  defaultRegistry?: string
}

/** Parses and validates a reference. Throws {@link InvalidReferenceError} naming the broken rule. */
export function parseReference(value: string, options: ParseOptions = {}): Reference {
  if (value.length === 0) throw new InvalidReferenceError(value, 'the reference is empty')
  if (/\s/.test(value)) throw new InvalidReferenceError(value, 'a reference has no white space')
  let rest = value
  let digest: Digest | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    const encoded = rest.slice(at + 1)
    const problem = digestProblem(encoded)
    if (problem) throw new InvalidReferenceError(value, problem)
    digest = encoded as Digest
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1)
    const problem = tagProblem(tag)
    if (problem) throw new InvalidReferenceError(value, problem)
    rest = rest.slice(0, colon)
  }
  let registry: string
  let repository: string
  const firstSlash = rest.indexOf('/')
  const first = firstSlash >= 0 ? rest.slice(0, firstSlash) : ''
  if (firstSlash >= 0 && looksLikeRegistry(first)) {
    // distribution/reference takes a first component with upper case for a host; lower-cased,
    // as hosts are here, it would read back as a path. Such a name is refused, not guessed.
    if (!first.includes('.') && !first.includes(':') && first.toLowerCase() !== 'localhost') {
      throw new InvalidReferenceError(
        value,
        `"${clip(first)}" is neither a registry host (no "." or ":") nor a lower-case repository path component`
      )
    }
    const problem = registryProblem(first)
    if (problem) throw new InvalidReferenceError(value, problem)
    registry = first.toLowerCase()
    repository = rest.slice(firstSlash + 1)
  } else {
    registry = (options.defaultRegistry ?? DOCKER_HUB).toLowerCase()
    repository = rest
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`
  const problem = repositoryProblem(repository)
  if (problem) throw new InvalidReferenceError(value, problem)
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw new InvalidReferenceError(
      value,
      `a repository name is at most ${MAX_NAME_LENGTH} characters`
    )
  }
  return { registry, repository, ...(tag !== undefined && { tag }), ...(digest && { digest }) }
}

/** `registry/repository` without tag or digest. */
export function repositoryName(ref: Pick<Reference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`
}

/** The canonical string form: `registry/repository[:tag][@digest]`. */
export function formatReference(ref: Reference): string {
  let s = repositoryName(ref)
  if (ref.tag !== undefined) s += `:${ref.tag}`
  if (ref.digest) s += `@${ref.digest}`
  return s
}

/** The host to send API requests to: Docker Hub's API lives on another host than its name. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry
}

/**
 * Whether a registry host is loopback (`localhost`, `127.0.0.0/8`, `[::1]`): the only hosts the
 * client talks to over plain HTTP, as the Docker engine does.
 */
export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/** What a reference points at inside its repository: its digest, else its tag, else `latest`. */
export function pointerOf(ref: Reference): string {
  return ref.digest ?? ref.tag ?? 'latest'
}
