/** The `source` of `command: push`: a local image in the Docker engine, an OCI layout, or an archive. */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Reference } from '../../registry/reference.js'
import { InputError } from '../errors.js'

/** Where `command: push` reads the image from. */
export type PushSource =
  | { kind: 'docker-daemon'; name: string }
  | { kind: 'oci'; path: string; tag?: string }
  | { kind: 'docker-archive'; path: string }

export function parsePushSource(raw: string, image: Reference): PushSource {
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
