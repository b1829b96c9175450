/**
 * ghcr-action's embedded OCI registry client, usable without the action:
 *
 * ```ts
 * import { RegistryClient, OciLayoutSource, RemoteDestination, copyImage } from './registry/index.js'
 *
 * const client = new RegistryClient('ghcr.io', { credentials: { username, password: token } })
 * const result = await copyImage(
 *   new OciLayoutSource('./layout', 'latest'),
 *   new RemoteDestination(client.repository('octo-org/app')),
 *   { tags: ['1.2.3'] }
 * )
 * console.log(result.digest)
 * await client.close()
 * ```
 *
 * Nothing here imports `@actions/*`.
 */
export { RegistryClient, Repository } from './client.js'
export type {
  BlobSource,
  ClientOptions,
  FetchedManifest,
  ProgressListener,
  UploadMode
} from './client.js'
export {
  copyImage,
  copyResultOf,
  copyRoot,
  emptyStats,
  Limiter,
  SMALL_BLOB,
  SMALL_PER_SLOT
} from './copy.js'
export type { BlobOutcome, CopyEvents, CopyOptions, CopyResult, CopyStats } from './copy.js'
export { digestProblem, isDigest, parseDigest, sha256 } from './digest.js'
export type { Digest } from './digest.js'
export {
  ContentMismatchError,
  ErrorCodes,
  IncompleteBodyError,
  InvalidArchiveError,
  InvalidLayoutError,
  NetworkError,
  PlatformNotFoundError,
  RegistryError,
  TlsError,
  UnsupportedManifestError
} from './errors.js'
export {
  annotateIndex,
  OciLayoutDestination,
  OciLayoutSource,
  readLayoutIndex,
  REF_NAME
} from './layout.js'
export { dockerArchiveStream, readDockerArchive } from './archive.js'
export type { ArchiveImage, ReadArchiveOptions } from './archive.js'
export {
  ATTESTATION_SUBJECT,
  configPlatform,
  formatPlatform,
  isAttestationEntry,
  isDistributable,
  isImageManifest,
  isIndex,
  isManifest,
  MANIFEST_ACCEPT,
  MediaType,
  notAnImage,
  parseManifest,
  platformMatches,
  samePlatform
} from './media-types.js'
export type {
  Descriptor,
  ImageIndex,
  ImageManifest,
  ParsedManifest,
  Platform
} from './media-types.js'
export {
  apiHost,
  formatReference,
  isLoopback,
  parseReference,
  pointerOf,
  InvalidReferenceError,
  registryProblem,
  repositoryProblem,
  tagProblem
} from './reference.js'
export type { Reference } from './reference.js'
export { RemoteDestination, RemoteSource } from './remote.js'
export { readSmallBlob } from './store.js'
export type { ImageDestination, ImageSource, RootManifest } from './store.js'
export { AuthError } from './transport/auth.js'
export type { Credentials } from './transport/auth.js'
export { RedirectError } from './transport/redirect.js'
export { RegistryTransport } from './transport/index.js'
export { BodyTooLargeError, DeadlineError, sameHost } from './transport/types.js'
export type { PingResult, TransportOptions } from './transport/index.js'
