/** What each command gets of the inputs: a union keyed on `command`, every value checked. */
import type { Reference } from '../../registry/reference.js'
import type { Annotation, BuildFeatures } from './build.js'
import type { PushSource } from './push-source.js'
import type { Tristate } from './values.js'
import type { TagStyle } from '../tags.js'

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
  /** The input the token came from, for messages that tell the user what to change. */
  tokenInput: 'token' | 'password'
  /** The target repository (registry and path); no tag or digest. */
  image: Reference
  logout: boolean
  /** Notices for the log (e.g. a lower-cased repository name), printed after validation. */
  notices: string[]
}

/** `attest`: signed build provenance for what the step pushes (`../attest.ts`). */
export interface AttestInputs {
  attest: boolean
  /** Also store the Sigstore bundle in the registry, next to the image. */
  attestPush: boolean
}

/** What a per-platform leg of a matrix has: a push by digest, handed to a later `index`. */
export interface LegInputs extends AttestInputs {
  /** How the tags were derived from the git context, for the names a push by digest builds under. */
  tagStyle: TagStyle
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
  /**
   * Leave the built image in the local Docker engine under its tags: `true` whether pushed or
   * not, `false` never, `auto` when it is not pushed and an engine answers.
   */
  load: Tristate
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
  /** Copy the image's referrers (attestations, signatures, SBOMs) with it. */
  referrers: boolean
}

export interface LoginInputs extends CommonInputs {
  command: 'login'
}

export const ATTESTATIONS = ['keep', 'drop'] as const

export interface IndexInputs extends CommonInputs, AttestInputs {
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
  /** Indexes none of whose children exist (ghost images): deleted with what only they reach. */
  deleteGhostImages: boolean
  /** Indexes some of whose children are missing (partial images): the same. */
  deletePartialImages: boolean
  /** Digests never deleted, nor anything they reach (children, attestations, signatures). */
  excludeDigests: Set<string>
  dryRun: boolean
  /** Report broken images (an index whose child is missing). */
  validate: boolean
  /** The packages to clean: `image`'s lines, exact names and `*` patterns over an owner's. */
  targets: DeleteTarget[]
}

/** A line of delete's `image`: one package, or a pattern over one owner's container packages. */
export interface DeleteTarget {
  /** The line as written, for messages. */
  text: string
  /** The package (for a pattern: the owner and the pattern as the path, for messages only). */
  image: Reference
  /** For a pattern: the owner whose packages it matches, and the match on the package name. */
  pattern?: { owner: string; matches: (name: string) => boolean }
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
