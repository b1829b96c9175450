/** build-push's inputs: the build itself, and docker/build-push-action's (`build.ts`). */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { checkAnnotationPlatforms, readBuildFeatures } from './build.js'
import { readLeg } from './common.js'
import { BUILDERS, type BuildPushInputs, type CommonInputs } from './types.js'
import {
  oneOf,
  platformOf,
  splitKeyValueList,
  splitList,
  tristate,
  type InputReader
} from './values.js'

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

export function readBuildPush(
  read: InputReader,
  common: CommonInputs,
  ctx: RunContext
): BuildPushInputs {
  const { pushByDigest, tagStyle, tags, attest, attestPush } = readLeg(read, common.image, ctx)
  const push = tristate('push', read('push'))
  const context = read('context')
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
  const builderRaw = read('builder')
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
  const load = tristate('load', read('load'))
  if (load === true && platforms.length > 1) {
    throw new InputError(
      'load',
      'true',
      `the Docker engine keeps one image per name, and platforms lists ${platforms.length}`,
      'Build one platform to load it, or push and pull the platform you need.'
    )
  }
  checkAnnotationPlatforms(features.annotations, platforms.length ? platforms : [ctx.platform])
  return {
    ...common,
    command: 'build-push',
    tags,
    pushByDigest,
    tagStyle,
    attest,
    attestPush,
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
    load,
    features
  }
}
