/** build-push-action's build inputs, in its names and syntax, read and refused up front. */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readContext } from '../../src/action/context.js'
import { InputError } from '../../src/action/errors.js'
import { parseAnnotations } from '../../src/action/inputs/build.js'
import { readInputs, type BuildPushInputs } from '../../src/action/inputs/index.js'

const work = mkdtempSync(join(tmpdir(), 'build-inputs-'))
writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\n')
const ctx = readContext({ GITHUB_REPOSITORY: 'octo-org/app', GITHUB_SHA: 'a'.repeat(40) })

function parse(values: Record<string, string>): BuildPushInputs {
  const all: Record<string, string> = {
    ...(!values.command && { context: work }),
    ...values
  }
  return readInputs(name => all[name] ?? '', ctx) as BuildPushInputs
}

describe('as docker/build-push-action writes them', () => {
  test('caches: its CSV specs, one per line, and a bare reference meaning a registry cache', () => {
    const { features } = parse({
      'cache-from': 'type=gha\nghcr.io/octo-org/app:buildcache\ntype=local,src=/tmp/cache',
      'cache-to': 'type=gha,mode=max,scope=${{ github.ref_name }}'
    })
    expect(features.cacheFrom).toEqual([
      { type: 'gha', attrs: { type: 'gha' } },
      { type: 'registry', attrs: { type: 'registry', ref: 'ghcr.io/octo-org/app:buildcache' } },
      { type: 'local', attrs: { type: 'local', src: '/tmp/cache' } }
    ])
    expect(features.cacheTo[0]!.attrs).toEqual({
      type: 'gha',
      mode: 'max',
      scope: '${{ github.ref_name }}'
    })
  })

  test('secrets in both of its forms, secret-files and secret-envs', () => {
    const { features } = parse({
      secrets: 'GIT_AUTH_TOKEN=abc=def\nid=npm,src=/run/npmrc\nid=aws,env=AWS_KEY',
      'secret-files': 'cert=/etc/cert.pem',
      'secret-envs': 'other=OTHER_VAR'
    })
    expect(features.secrets).toEqual([
      { id: 'GIT_AUTH_TOKEN', value: 'abc=def' },
      { id: 'npm', file: '/run/npmrc' },
      { id: 'aws', env: 'AWS_KEY' },
      { id: 'cert', file: '/etc/cert.pem' },
      { id: 'other', env: 'OTHER_VAR' }
    ])
  })

  test('ssh, build contexts, no-cache, pull, provenance and sbom', () => {
    const { features } = parse({
      ssh: 'default\nkey=/home/runner/.ssh/id',
      'build-contexts': 'alpine=docker-image://alpine:3.20\nsrc=../src',
      'no-cache': 'true',
      pull: 'true',
      provenance: 'mode=max',
      sbom: 'true'
    })
    expect(features.ssh).toEqual(['default', 'key=/home/runner/.ssh/id'])
    expect(features.buildContexts).toEqual({ alpine: 'docker-image://alpine:3.20', src: '../src' })
    expect([features.noCache, features.pull, features.provenance, features.sbom]).toEqual([
      true,
      true,
      'mode=max',
      'true'
    ])
  })

  test("annotations as docker/metadata-action's annotations output prints them", () => {
    expect(
      parseAnnotations(
        'manifest:org.opencontainers.image.description=My app, with a comma\nindex:org.opencontainers.image.source=https://github.com/o/r\nmanifest[linux/amd64]:a=b\nplain=value'
      )
    ).toEqual([
      {
        level: 'manifest',
        platforms: '',
        key: 'org.opencontainers.image.description',
        value: 'My app, with a comma'
      },
      {
        level: 'index',
        platforms: '',
        key: 'org.opencontainers.image.source',
        value: 'https://github.com/o/r'
      },
      { level: 'manifest', platforms: 'linux/amd64', key: 'a', value: 'b' },
      { level: 'manifest', platforms: '', key: 'plain', value: 'value' }
    ])
  })

  test('builder names a buildx builder instance when it is none of the builders', () => {
    const inputs = parse({ builder: 'builder-7f3a2c' })
    expect([inputs.builder, inputs.buildxBuilder]).toEqual(['buildx', 'builder-7f3a2c'])
    expect(parse({ builder: 'buildah' }).buildxBuilder).toBe('')
  })
})

const bad: Array<[Record<string, string>, string, RegExp]> = [
  [{ 'cache-from': 'type=s4,ref=x' }, 'cache-from', /type is one of registry, gha, local/],
  [{ 'cache-to': 'type=registry,mode=max' }, 'cache-to', /a registry cache needs ref=/],
  [{ 'cache-to': 'type=local' }, 'cache-to', /a local cache needs dest=/],
  [{ 'cache-from': 'type=gha,oops' }, 'cache-from', /"oops" is not key=value/],
  [{ secrets: 'no-equals-sign' }, 'secrets', /each secret is ID=value, or id=ID,src=PATH/],
  [{ secrets: 'bad id=x' }, 'secrets', /a secret id is letters, digits/],
  [{ secrets: 'a=1', 'secret-files': 'a=/f' }, 'secret-files', /each secret id is given once/],
  [{ ssh: 'default;rm' }, 'ssh', /default, or ID=PATH/],
  [{ 'build-contexts': '=x' }, 'build-contexts', /NAME=SOURCE/],
  [{ 'no-cache': 'maybe' }, 'no-cache', /true or false/],
  [{ provenance: 'mode max' }, 'provenance', /true, false, or key=value/],
  [{ annotations: 'no value here' }, 'annotations', /each annotation is KEY=VALUE/],
  [
    { command: 'pull', secrets: 'a=1' },
    'secrets',
    /^Input "secrets": "\*\*\*" is not valid: secrets is for build-push, not pull/
  ]
]

describe('bad build inputs are refused with the input, the value and the rule', () => {
  test.each(bad)('%j → %s', (values, input, rule) => {
    let error: unknown
    try {
      parse(values)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect((error as Error).message).toMatch(rule)
  })

  test('a secret value never appears in a refusal', () => {
    for (const secrets of ['bad id=topsecretvalue', 'a=topsecretvalue\na=topsecretvalue']) {
      expect(() => parse({ secrets })).toThrow(InputError)
      try {
        parse({ secrets })
      } catch (e) {
        expect((e as Error).message).not.toContain('topsecretvalue')
      }
    }
  })
})
