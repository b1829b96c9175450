/** The inputs of the commands that move an existing image: push, pull, tag, copy. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { formatReference } from '../../registry/reference.js'
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { readLeg } from './common.js'
import { parsePushSource } from './push-source.js'
import { parseRemoteSource, parseTags } from './references.js'
import type { CommonInputs, CopyInputs, PullInputs, PushInputs, TagInputs } from './types.js'
import { bool, platformOf, tristate, type InputReader } from './values.js'

/** push: a local image, an OCI layout or a docker-archive, and the tags (or a push by digest). */
export function readPush(read: InputReader, common: CommonInputs, ctx: RunContext): PushInputs {
  return {
    ...common,
    command: 'push',
    ...readLeg(read, common.image, ctx),
    source: parsePushSource(read('source'), common.image)
  }
}

export function readPull(read: InputReader, common: CommonInputs, ctx: RunContext): PullInputs {
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

export function readTag(read: InputReader, common: CommonInputs, ctx: RunContext): TagInputs {
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

export function readCopy(read: InputReader, common: CommonInputs, ctx: RunContext): CopyInputs {
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
    platform: platformRaw ? platformOf('platform', platformRaw) : '',
    referrers: bool('referrers', read('referrers'))
  }
}
