/** index's inputs: the images to merge (or this run's legs), annotations, attestations. */
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { checkAnnotationPlatforms, parseAnnotations } from './build.js'
import { readAttest, tagsOrDefault } from './common.js'
import { parseIndexSources } from './references.js'
import { ATTESTATIONS, type CommonInputs, type IndexInputs } from './types.js'
import { oneOf, platformOf, splitList, type InputReader } from './values.js'

export function readIndex(read: InputReader, common: CommonInputs, ctx: RunContext): IndexInputs {
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
    attestations: oneOf('attestations', read('attestations'), ATTESTATIONS),
    ...readAttest(read, ctx)
  }
}
