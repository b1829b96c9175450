import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readContext } from '../../src/action/context.js'
import { InputError } from '../../src/action/errors.js'
import {
  readInputs,
  splitKeyValueList,
  splitList,
  type Command,
  type Inputs
} from '../../src/action/inputs/index.js'

const work = mkdtempSync(join(tmpdir(), 'inputs-'))
writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\n')
mkdirSync(join(work, 'layout'))
writeFileSync(join(work, 'layout', 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
writeFileSync(join(work, 'image.tar'), '')

const ctxEnv = {
  GITHUB_REPOSITORY: 'Octo-Org/Hello-World',
  GITHUB_REPOSITORY_OWNER: 'Octo-Org',
  GITHUB_ACTOR: 'octocat',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
}
const ctx = readContext(ctxEnv)

function parse(inputs: Record<string, string>): Inputs {
  const command = inputs.command ?? 'build-push'
  // The build context exists only where a build reads it.
  const values: Record<string, string> = {
    ...(command === 'build-push' && { context: work }),
    ...inputs
  }
  return readInputs(name => values[name] ?? '', ctx)
}

/** Parses inputs for `command`, and checks that the result is that command's inputs. */
function parseFor<C extends Command>(
  command: C,
  inputs: Record<string, string> = {}
): Extract<Inputs, { command: C }> {
  const parsed = parse({ ...inputs, command })
  expect(parsed.command).toBe(command)
  return parsed as Extract<Inputs, { command: C }>
}

describe('defaults', () => {
  test.each([
    ['https://github.com', 'ghcr.io'],
    ['https://octo.ghe.com', 'containers.octo.ghe.com'],
    ['https://ghes.example.com', 'containers.ghes.example.com']
  ])('on %s the registry and the token are %s’s', (server, registry) => {
    const onServer = readContext({ ...ctxEnv, GITHUB_SERVER_URL: server })
    const inputs = readInputs(name => ({ command: 'login', token: 'ghs_x' })[name] ?? '', onServer)
    expect(inputs.registry).toBe(registry)
    expect(inputs.image.registry).toBe(registry)
    expect(inputs.token).toBe('ghs_x')
    expect(inputs.notices).toEqual([expect.stringContaining('lower-case')])
  })

  test('on GHES, ghcr.io gets no workflow token: a pull goes anonymous with a notice, a login is refused', () => {
    const ghes = readContext({ ...ctxEnv, GITHUB_SERVER_URL: 'https://ghes.example.com' })
    const values = { command: 'pull', registry: 'ghcr.io', token: 'ghs_x', source: 'o/app:1' }
    const pull = readInputs(name => (values as Record<string, string>)[name] ?? '', ghes)
    expect(pull.token).toBe('')
    expect(pull.notices).toContainEqual(
      expect.stringContaining('is sent only to its registry, containers.ghes.example.com')
    )
    expect(() =>
      readInputs(
        name => ({ command: 'login', registry: 'ghcr.io', token: 'ghs_x' })[name] ?? '',
        ghes
      )
    ).toThrow(
      /^Input "token": "\*\*\*" is not valid: the workflow's GITHUB_TOKEN was issued by https:\/\/ghes\.example\.com/
    )
    // A password the user gives is theirs to send.
    const explicit = readInputs(
      name => ({ command: 'login', registry: 'ghcr.io', password: 'ghs_y' })[name] ?? '',
      ghes
    )
    expect(explicit.token).toBe('ghs_y')
  })

  test('zero configuration targets ghcr.io/<owner>/<repo> lower-cased, with a notice', () => {
    const inputs = parseFor('build-push', { token: 'ghs_x' })
    expect(inputs.registry).toBe('ghcr.io')
    expect(inputs.image).toEqual({ registry: 'ghcr.io', repository: 'octo-org/hello-world' })
    expect(inputs.username).toBe('octocat')
    // Tags come from the git context, resolved up front.
    expect(inputs.tags).toEqual(['main', 'sha-0123456'])
    expect(inputs.push).toBe('auto')
    expect(inputs.file).toBe(join(work, 'Dockerfile'))
    expect(inputs.logout).toBe(true)
    expect(inputs.notices.join()).toMatch(/lower-case.*ghcr\.io\/octo-org\/hello-world/)
  })

  test.each([
    ['app', 'ghcr.io/octo-org/app'],
    ['team/app', 'ghcr.io/team/app'],
    ['ghcr.io/other/app', 'ghcr.io/other/app']
  ])('image %s means %s', (image, full) => {
    const { image: ref } = parse({ image })
    expect(`${ref.registry}/${ref.repository}`).toBe(full)
  })

  test('tags accept newlines, commas, and metadata-action full references', () => {
    const { tags } = parseFor('build-push', {
      tags: 'latest, 1.2\nghcr.io/octo-org/hello-world:1.2.3\n\n1.2'
    })
    expect(tags).toEqual(['latest', '1.2', '1.2.3'])
  })

  test('key=value lists keep commas inside values', () => {
    expect(splitKeyValueList('A=1,B=2\nLIST=a,b,c\n')).toEqual(['A=1', 'B=2', 'LIST=a,b,c'])
    expect(splitList('a, "b,c"\n d')).toEqual(['a', 'b,c', 'd'])
    const { labels } = parseFor('build-push', {
      labels: 'org.opencontainers.image.title=My App,team=x=y'
    })
    expect(labels).toEqual({ 'org.opencontainers.image.title': 'My App', team: 'x=y' })
  })

  test('push sources', () => {
    expect(parseFor('push', { source: `oci:${join(work, 'layout')}:v1` }).source).toEqual({
      kind: 'oci',
      path: join(work, 'layout'),
      tag: 'v1'
    })
    expect(parseFor('push', { source: 'myapp:1.0' }).source).toEqual({
      kind: 'docker-daemon',
      name: 'myapp:1.0'
    })
    expect(parseFor('push').source).toEqual({
      kind: 'docker-daemon',
      name: 'ghcr.io/octo-org/hello-world'
    })
  })

  test('pull sources resolve short names like image', () => {
    expect(parseFor('pull', { source: 'app' }).source).toEqual({
      registry: 'ghcr.io',
      repository: 'octo-org/app',
      tag: 'latest'
    })
    const digest = `sha256:${'a'.repeat(64)}`
    expect(parseFor('pull', { source: `docker.io/library/alpine@${digest}` }).source).toEqual({
      registry: 'docker.io',
      repository: 'library/alpine',
      digest
    })
  })

  test('copy takes the source tag when tags is empty', () => {
    expect(parseFor('copy', { source: 'docker.io/library/alpine:3.20' }).tags).toEqual(['3.20'])
  })

  test("password is the token, under docker/login-action's name", () => {
    expect(parseFor('login', { password: 'ghp_x', token: 'ghs_default' }).token).toBe('ghp_x')
  })

  test("action.yml's defaults are not taken for inputs a command does not use", () => {
    const inputs = parseFor('pull', { push: 'auto', context: '.', builder: 'auto' })
    expect(inputs.source.tag).toBe('latest')
  })
})

/** Inputs set for a command that does not use them: the input, and who does use it. */
const unused: Array<[Command, string, string, RegExp]> = [
  ['pull', 'tags', 'v1', /tags is for build-push, push, tag, copy and index, not pull/],
  [
    'pull',
    'platforms',
    'linux/amd64',
    /platforms is for build-push and index, not pull.*command: build-push/
  ],
  ['pull', 'push-by-digest', 'true', /push-by-digest is for build-push and push, not pull/],
  ['index', 'push-by-digest', 'true', /push-by-digest is for build-push and push, not index/],
  ['push', 'sources', 'sha256:x', /sources is for index, not push/],
  ['build-push', 'attestations', 'drop', /attestations is for index, not build-push/],
  ['push', 'dry-run', 'true', /dry-run is for delete, not push/],
  ['delete', 'tags', 'v1', /tags is for build-push, push, tag, copy and index, not delete/],
  ['build-push', 'platform', 'linux/amd64', /platform is for pull and copy, not build-push/],
  ['tag', 'load', 'true', /load is for build-push and pull, not tag/],
  ['build-push', 'output', 'out', /output is for pull, not build-push/],
  ['push', 'build-args', 'A=1', /build-args is for build-push, not push/],
  ['tag', 'output', 'out', /output is for pull, not tag/],
  ['login', 'source', 'x', /source is for push, pull, tag and copy, not login/],
  ['login', 'push', 'true', /push is for build-push, not login/]
]

describe('index and its legs', () => {
  test('a push by digest writes no tags unless tags is set', () => {
    expect(parseFor('build-push', { 'push-by-digest': 'true' }).tags).toEqual([])
    expect(parseFor('build-push', { 'push-by-digest': 'false' }).tags).toContain('main')
    const push = parseFor('push', {
      'push-by-digest': 'true',
      source: 'local/app:1',
      tags: 'amd64'
    })
    expect(push).toMatchObject({ pushByDigest: true, tags: ['amd64'] })
  })

  test('sources: digests and bare tags of image, and references of its registry', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    const inputs = parseFor('index', {
      sources: `${digest}\nbuild-amd64, other@${digest}\nghcr.io/octo-org/third:1`
    })
    expect(inputs.sources.map(s => [s.repository, s.tag ?? '', s.digest ?? ''])).toEqual([
      ['octo-org/hello-world', '', digest],
      ['octo-org/hello-world', 'build-amd64', ''],
      ['octo-org/other', '', digest],
      ['octo-org/third', '1', '']
    ])
    // Tags from the git context, attestations kept, by default.
    expect(inputs.tags).toEqual(['main', 'sha-0123456'])
    expect(inputs.attestations).toBe('keep')
  })

  test('platforms name the legs; annotations keep their levels', () => {
    const inputs = parseFor('index', {
      platforms: 'linux/amd64,linux/arm64,linux/amd64',
      annotations: 'org.opencontainers.image.title=t\nmanifest-descriptor[linux/arm64]:k=v'
    })
    expect(inputs.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    expect(inputs.annotations.map(a => a.level)).toEqual(['manifest', 'manifest-descriptor'])
  })
})

describe('delete', () => {
  const del = (inputs: Record<string, string>) =>
    parseFor('delete', { token: 'ghs_abc', ...inputs })

  test('durations, counts and tag patterns', () => {
    const d = del({
      'older-than': '30 days',
      'keep-n-tagged': '5',
      'delete-tags': 'pr-*, v1.?',
      'exclude-tags': 'latest'
    })
    expect(d.olderThanMs).toBe(30 * 86_400_000)
    expect(d.keepNTagged).toBe(5)
    expect(d.keepNUntagged).toBeUndefined()
    expect(
      d.deleteTags.map(p => [p.matches('pr-12'), p.matches('v1.2'), p.matches('xpr-1')])
    ).toEqual([
      [true, false, false],
      [false, true, false]
    ])
    expect(del({ 'older-than': '12h' }).olderThanMs).toBe(12 * 3_600_000)
    expect(del({ 'older-than': '2 weeks' }).olderThanMs).toBe(14 * 86_400_000)
    expect(del({ 'older-than': '1 month' }).olderThanMs).toBe(30 * 86_400_000)
    expect(del({ 'older-than': '5 minutes' }).olderThanMs).toBe(300_000)
  })

  test('image takes several packages and * patterns over one owner; exclude-digests and the broken-image rules', () => {
    const d = del({
      'delete-untagged': 'true',
      image: 'ghcr.io/octo-org/api-*\nweb\nghcr.io/octo-org/team/*\nghcr.io/octo-org/web',
      'exclude-digests': `sha256:${'a'.repeat(64)}`,
      'delete-ghost-images': 'true'
    })
    expect(d.targets.map(t => [t.text, t.image.repository, !!t.pattern])).toEqual([
      ['ghcr.io/octo-org/api-*', 'octo-org/api-*', true],
      ['web', 'octo-org/web', false],
      ['ghcr.io/octo-org/team/*', 'octo-org/team/*', true]
    ])
    const api = d.targets[0]!.pattern!
    expect(api.owner).toBe('octo-org')
    expect(['api-1', 'api-x/y', 'api', 'web-api'].map(api.matches)).toEqual([
      true,
      true,
      false,
      false
    ])
    expect(d.targets[2]!.pattern!.matches('team/a')).toBe(true)
    expect(d.image.repository).toBe('octo-org/api-*')
    expect([...d.excludeDigests]).toEqual([`sha256:${'a'.repeat(64)}`])
    expect([d.deleteGhostImages, d.deletePartialImages]).toEqual([true, false])
    expect(del({ 'older-than': '0 days' }).olderThanMs).toBe(0)
    expect(del({ 'delete-partial-images': 'true' }).deletePartialImages).toBe(true)
  })

  test('use-regex patterns search tags; validate alone is a rule', () => {
    const d = del({ 'delete-tags': '^pr-\\d+$', 'use-regex': 'true' })
    expect(d.deleteTags[0]!.matches('pr-12')).toBe(true)
    expect(d.deleteTags[0]!.matches('pr-x')).toBe(false)
    expect(del({ validate: 'true' }).validate).toBe(true)
  })

  test('use-regex lists are split at lines only: a count keeps its comma', () => {
    const d = del({
      'exclude-tags': '^v\\d{1,3}$\n^stable$',
      'use-regex': 'true',
      'keep-n-tagged': '1'
    })
    expect(d.excludeTags.map(p => p.text)).toEqual(['^v\\d{1,3}$', '^stable$'])
    expect(['v1', 'v10', 'v100', 'v1000'].map(t => d.excludeTags[0]!.matches(t))).toEqual([
      true,
      true,
      true,
      false
    ])
    // Globs stay a list by lines or commas.
    expect(del({ 'delete-tags': 'pr-*, v1' }).deleteTags.map(p => p.text)).toEqual(['pr-*', 'v1'])
  })
})

describe('inputs a command does not use are refused', () => {
  test.each(unused)('%s with %s', (command, input, value, rule) => {
    expect(() => parse({ token: 'ghs_abc', command, [input]: value })).toThrow(rule)
    expect(() => parse({ token: 'ghs_abc', command, [input]: value })).toThrow(
      new RegExp(`^Input "${input}": `)
    )
  })
})

// [input values, input named in the error, fragment of the rule]
const bad: Array<[Record<string, string>, string, RegExp]> = [
  [
    { command: 'deploy' },
    'command',
    /one of build-push, push, pull, tag, copy, login, index, delete/
  ],
  [{ command: 'delete' }, 'delete-untagged', /deletes nothing by default.*at least one rule/],
  [{ command: 'delete', token: '', 'delete-untagged': 'true' }, 'token', /delete needs a token/],
  [{ command: 'delete', 'older-than': 'a month' }, 'older-than', /a whole number and a unit/],
  [{ command: 'delete', 'older-than': '-1 days' }, 'older-than', /a whole number and a unit/],
  [
    { command: 'delete', 'delete-untagged': 'true', 'exclude-digests': 'sha256:abc' },
    'exclude-digests',
    /sha256: and 64 lower-case hex digits/
  ],
  [
    { command: 'delete', 'delete-untagged': 'true', image: 'ghcr.io/octo-*/api' },
    'image',
    /the owner must be written out/
  ],
  [
    { command: 'delete', 'delete-untagged': 'true', image: 'docker.io/octo-org/api-*' },
    'image',
    /delete cleans packages of ghcr.io only/
  ],
  [{ command: 'delete', 'keep-n-tagged': '-1' }, 'keep-n-tagged', /whole number/],
  [
    { command: 'delete', 'delete-tags': '(', 'use-regex': 'true' },
    'delete-tags',
    /not a regular expression/
  ],
  [
    { command: 'delete', 'delete-tags': '^(v)\\1$', 'use-regex': 'true' },
    'delete-tags',
    /backreference "\\1" at position 5 is not supported: tag patterns are matched in linear time/
  ],
  [
    {
      command: 'delete',
      'exclude-tags': 'a'.repeat(5000),
      'use-regex': 'true',
      'delete-untagged': 'true'
    },
    'exclude-tags',
    /"a{200}"… \(5000 characters\) is not valid: the pattern is 5000 characters long/
  ],
  [
    { command: 'delete', registry: 'registry.example.com', 'delete-untagged': 'true' },
    'registry',
    /Packages API.*ghcr\.io/
  ],
  [{ command: 'index' }, 'sources', /index needs the images to merge.*Set platforms:/],
  [{ command: 'index', sources: 'sha256:abc' }, 'sources', /64 lower-case hex/],
  [
    { command: 'index', sources: 'docker.io/library/alpine:3' },
    'sources',
    /index merges images of ghcr\.io, and this one is on docker\.io.*command: copy/
  ],
  [{ command: 'index', sources: 'bad tag!' }, 'sources', /a tag is 1 to 128/],
  [{ command: 'index', platforms: 'amd64' }, 'platforms', /os\/arch/],
  [
    { command: 'index', platforms: 'linux/amd64', attestations: 'some' },
    'attestations',
    /keep, drop/
  ],
  [
    { command: 'index', platforms: 'linux/amd64', annotations: 'index-descriptor:a=b' },
    'annotations',
    /no index descriptor.*manifest-descriptor:KEY=VALUE/
  ],
  [{ 'push-by-digest': 'maybe' }, 'push-by-digest', /true or false/],
  [{ command: 'build push' }, 'command', /one of/],
  [{ registry: 'https://ghcr.io' }, 'registry', /without a scheme.*Use ghcr\.io/],
  [{ registry: 'ghcr.io:99999' }, 'registry', /out of range/],
  [{ registry: 'ghcr_io' }, 'registry', /dot-separated/],
  [{ registry: '-bad.example' }, 'registry', /dot-separated/],
  [{ image: 'ghcr.io/Octo/App' }, 'image', /lower-case.*Use lower case: ghcr\.io\/octo\/app/],
  [{ image: 'ghcr.io/octo/app:latest' }, 'image', /without tag or digest/],
  [{ image: `ghcr.io/octo/app@sha256:${'a'.repeat(64)}` }, 'image', /without tag or digest/],
  [{ image: 'docker.io/octo/app' }, 'image', /on docker\.io but registry is ghcr\.io/],
  [{ image: 'ghcr.io/octo/-app' }, 'image', /lower-case letters and digits/],
  [{ image: 'ghcr.io/octo//app' }, 'image', /lower-case letters and digits/],
  [{ image: 'My App' }, 'image', /white space|lower-case/],
  [{ tags: 'v1 beta' }, 'tags', /a tag is 1 to 128 characters/],
  [{ tags: '.hidden' }, 'tags', /must not start with/],
  [{ tags: '-rc' }, 'tags', /must not start with/],
  [{ tags: 'a'.repeat(129) }, 'tags', /1 to 128/],
  [
    { tags: 'feature/login' },
    'tags',
    /a Docker Hub name: Docker reads it as docker\.io\/feature\/login/
  ],
  [{ tags: 'ghcr.io/someone/else:1.0' }, 'tags', /names ghcr\.io\/someone\/else, not the image/],
  [{ tags: 'ghcr.io/octo-org/hello-world' }, 'tags', /must end in :TAG/],
  [{ tags: 'ümlaut' }, 'tags', /1 to 128 characters/],
  [{ push: 'maybe' }, 'push', /true or false/],
  [{ command: 'pull', load: 'sometimes' }, 'load', /true or false/],
  [{ logout: 'nope' }, 'logout', /true or false/],
  [
    { builder: 'my builder' },
    'builder',
    /one of auto, buildx, docker, buildah, podman, or the name of a buildx builder/
  ],
  [{ platforms: 'linux/amd64,arm64' }, 'platforms', /os\/arch/],
  [{ platforms: 'Linux/AMD64' }, 'platforms', /os\/arch/],
  [{ command: 'pull', platform: 'linux' }, 'platform', /os\/arch/],
  [{ 'build-args': 'NOVALUE' }, 'build-args', /KEY=VALUE/],
  [{ 'build-args': '1X=2' }, 'build-args', /not starting with a digit/],
  [{ labels: '=value' }, 'labels', /KEY=VALUE/],
  [{ target: 'stage one' }, 'target', /build stage name/],
  [{ context: '/nonexistent/dir' }, 'context', /must be a directory/],
  [{ file: '/nonexistent/Dockerfile' }, 'file', /does not exist/],
  [{ command: 'push', source: 'oci:/nonexistent' }, 'source', /not an OCI image layout/],
  [{ command: 'push', source: 'docker-archive:/nonexistent.tar' }, 'source', /is not a file/],
  [
    { command: 'push', source: 'docker://ghcr.io/a/b' },
    'source',
    /push reads a local image.*command: copy/
  ],
  [{ command: 'pull', source: 'ghcr.io/a/b:bad tag' }, 'source', /white space/],
  [{ command: 'pull', source: 'ghcr.io/a/b@sha256:abc' }, 'source', /64 lower-case hex/],
  [{ command: 'copy' }, 'source', /copy needs a source/],
  [{ command: 'login', source: 'x' }, 'source', /not login/],
  [{ command: 'tag', source: 'app:1' }, 'tags', /tag needs the tags to add/],
  [
    { command: 'tag', source: 'docker.io/library/alpine:3', tags: 'x' },
    'source',
    /tag works within one registry.*command: copy/
  ],
  [
    { command: 'copy', source: `docker.io/library/alpine@sha256:${'a'.repeat(64)}` },
    'tags',
    /copying an image named by digest needs tags/
  ],
  [
    { command: 'copy', source: 'docker.io/library/alpine:3', platform: 'amd64' },
    'platform',
    /os\/arch/
  ],
  [{ command: 'login', token: '' }, 'token', /login needs a token/],
  [{ username: 'octo cat', token: 'x' }, 'username', /no white space/],
  [{ command: 'pull', output: join(work, 'Dockerfile') }, 'output', /a file is there/],
  [{ command: 'pull', output: work }, 'output', /holds other files.*does not exist yet/]
]

describe('bad inputs are refused with the input, the value and the rule', () => {
  test.each(bad)('%j → %s', (values, input, rule) => {
    let error: unknown
    try {
      parse({ token: 'ghs_abc', ...values })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const e = error as InputError
    expect(e.input).toBe(input)
    expect(e.message).toMatch(new RegExp(`^Input "${input}": `))
    expect(e.message).toMatch(rule)
    expect(e.message).not.toContain('\n')
  })

  test('a multi-line token is refused without echoing it', () => {
    expect(() => parse({ token: 'ghp_secret\nmore' })).toThrow(
      /Input "token": "\*\*\*" is not valid: a token is one line/
    )
    try {
      parse({ token: 'ghp_secret\nmore' })
    } catch (e) {
      expect((e as Error).message).not.toContain('ghp_secret')
    }
  })

  test('no GITHUB_REPOSITORY and no image: says how to name the image', () => {
    expect(() => readInputs(() => '', readContext({}))).toThrow(
      /Input "image".*GITHUB_REPOSITORY is not set.*Set image:/
    )
  })
})
