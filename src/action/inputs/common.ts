/** What every command reads: where to log in, as whom, the target repository, and the tags. */
import { registryProblem, tagProblem, type Reference } from '../../registry/reference.js'
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { defaultTags, TAG_STYLES, type TagStyle } from '../tags.js'
import { classifyToken, isGitHubRegistry, isServerRegistry, serverRegistry } from '../token.js'
import { deleteTargets, parseTags, resolveImage } from './references.js'
import { checkAttestReady } from '../attest-ready.js'
import type { AttestInputs, Command, CommonInputs, LegInputs } from './types.js'
import { bool, oneOf, type InputReader } from './values.js'

/** How tags are derived from the git context when `tags` is empty. */
export function tagStyleOf(read: InputReader): TagStyle {
  return oneOf('tag-style', read('tag-style'), TAG_STYLES)
}

export function readCommon(read: InputReader, ctx: RunContext, command: Command): CommonInputs {
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
  // delete reads image as a list of packages and patterns: its first stands for it in messages.
  const image =
    command === 'delete'
      ? deleteTargets(read('image'), registry, ctx, notices)[0]!.image
      : resolveImage(read('image'), registry, ctx, notices)
  const logout = bool('logout', read('logout'))
  return {
    registry,
    username,
    token,
    tokenInput: read('password') ? 'password' : 'token',
    image,
    logout,
    notices
  }
}

/**
 * The tags to write: the input's, or the git context's; each checked before any work. A push
 * by digest writes only the tags given (none by default): the `index` step tags the merge.
 */
export function tagsOrDefault(
  read: InputReader,
  image: Reference,
  ctx: RunContext,
  byDigest = false
): string[] {
  const given = parseTags(read('tags'), image)
  if (byDigest) return given ?? []
  const style = tagStyleOf(read)
  const tags = given ?? defaultTags(ctx, style)
  if (tags.length === 0) {
    throw new InputError(
      'tags',
      '',
      `no tags were given and the git context gives none (tag-style: ${style}, ${ctx.eventName || 'no'} event, ref ${ctx.ref || 'unset'})`,
      'Set tags:.'
    )
  }
  for (const tag of tags) {
    const problem = tagProblem(tag)
    if (problem) throw new InputError('tags', tag, problem)
  }
  return tags
}

/** `attest` and `attest-push`; with attest, the job must be able to (checked before any work). */
export function readAttest(read: InputReader, ctx: RunContext): AttestInputs {
  const attest = bool('attest', read('attest'))
  if (attest) checkAttestReady(ctx)
  return { attest, attestPush: bool('attest-push', read('attest-push')) }
}

/** A leg's `push-by-digest`, and the tags it writes (none by default). */
export function readLeg(
  read: InputReader,
  image: Reference,
  ctx: RunContext
): LegInputs & { tags: string[] } {
  const pushByDigest = bool('push-by-digest', read('push-by-digest'))
  return {
    pushByDigest,
    tagStyle: tagStyleOf(read),
    tags: tagsOrDefault(read, image, ctx, pushByDigest),
    ...readAttest(read, ctx)
  }
}
