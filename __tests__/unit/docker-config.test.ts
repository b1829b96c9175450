/**
 * The Docker config shared by jobs on one runner home: each run's post step takes out only
 * its own credentials, under a lock, and a linked config stays linked.
 */
import { describe, expect, test } from '@jest/globals'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  restoreDockerConfig,
  writeDockerCredentials,
  type DockerConfigRecord
} from '../../src/action/docker-config.js'

const ORIGINAL =
  '{\n  "auths": {\n    "ghcr.io": { "auth": "b3JpZ2luYWw6b2xk" }\n  },\n  "credHelpers": { "gcr.io": "gcloud" }\n}\n'

function home(original: string | null = ORIGINAL): {
  env: NodeJS.ProcessEnv
  file: string
  temp: string
} {
  const dir = mkdtempSync(join(tmpdir(), 'docker-config-'))
  const config = join(dir, 'docker')
  mkdirSync(config)
  if (original !== null) writeFileSync(join(config, 'config.json'), original)
  return {
    env: { DOCKER_CONFIG: config },
    file: join(config, 'config.json'),
    temp: join(dir, 'temp')
  }
}

const login = (h: ReturnType<typeof home>, user: string, registry = 'ghcr.io') =>
  writeDockerCredentials(registry, user, `${user}-token`, h.temp, h.env)

function whoIsLoggedIn(file: string, registry = 'ghcr.io'): string | undefined {
  const config = JSON.parse(readFileSync(file, 'utf8')) as {
    auths?: Record<string, { auth?: string }>
  }
  const auth = config.auths?.[registry]?.auth
  return auth ? Buffer.from(auth, 'base64').toString().split(':')[0] : undefined
}

describe('overlapping runs on one runner home', () => {
  test('A main, B main, A post, B post: B keeps its login until its own post; then the original', async () => {
    const h = home()
    const a = await login(h, 'alice')
    const b = await login(h, 'bob')
    expect(await restoreDockerConfig(a)).toBe('unlinked')
    expect(whoIsLoggedIn(h.file)).toBe('bob')
    expect(await restoreDockerConfig(b)).toBe('unlinked')
    expect(whoIsLoggedIn(h.file)).toBe('original')
    expect(readFileSync(h.file, 'utf8')).not.toMatch(/alice|bob|ghcrAction/)
  })

  test('A main, B main, B post, A post: each post undoes its own, last first, byte for byte', async () => {
    const h = home()
    const a = await login(h, 'alice')
    const b = await login(h, 'bob')
    expect(await restoreDockerConfig(b)).toBe('restored')
    expect(whoIsLoggedIn(h.file)).toBe('alice')
    expect(await restoreDockerConfig(a)).toBe('restored')
    expect(readFileSync(h.file, 'utf8')).toBe(ORIGINAL)
  })

  test("a personal token of an earlier run never comes back after that run's post", async () => {
    const h = home(null)
    const a = await login(h, 'alice-pat')
    const b = await login(h, 'bob')
    await restoreDockerConfig(a)
    await restoreDockerConfig(b)
    // No file before: no credentials after, and certainly not alice's token.
    expect(JSON.parse(readFileSync(h.file, 'utf8'))).toEqual({ auths: {} })
  })

  test('eight concurrent logins to eight registries keep all eight; their posts leave the original', async () => {
    const h = home()
    const registries = Array.from({ length: 8 }, (_, i) => `registry${i}.example`)
    const records: DockerConfigRecord[] = await Promise.all(
      registries.map((r, i) => login(h, `user${i}`, r))
    )
    for (const [i, r] of registries.entries()) expect(whoIsLoggedIn(h.file, r)).toBe(`user${i}`)
    await Promise.all(records.map(restoreDockerConfig))
    const config = JSON.parse(readFileSync(h.file, 'utf8')) as { auths: Record<string, unknown> }
    expect(Object.keys(config.auths)).toEqual(['ghcr.io'])
    expect(whoIsLoggedIn(h.file)).toBe('original')
  })

  test('a login made after ours by other means (docker login) is left alone', async () => {
    const h = home()
    const a = await login(h, 'alice')
    const config = JSON.parse(readFileSync(h.file, 'utf8')) as { auths: Record<string, unknown> }
    config.auths['ghcr.io'] = { auth: Buffer.from('carol:pw').toString('base64') }
    writeFileSync(h.file, JSON.stringify(config))
    expect(await restoreDockerConfig(a)).toBe('untouched')
    expect(whoIsLoggedIn(h.file)).toBe('carol')
  })
})

test('a linked config stays a link, and the file it points at gets the change', async () => {
  const h = home(null)
  const real = join(h.temp, '..', 'shared-config.json')
  writeFileSync(real, ORIGINAL)
  symlinkSync(real, h.file)
  const record = await login(h, 'alice')
  expect(lstatSync(h.file).isSymbolicLink()).toBe(true)
  expect(whoIsLoggedIn(real)).toBe('alice')
  await restoreDockerConfig(record)
  expect(lstatSync(h.file).isSymbolicLink()).toBe(true)
  expect(readFileSync(real, 'utf8')).toBe(ORIGINAL)
})

test('a record holds no secret', async () => {
  const h = home()
  const record = await login(h, 'alice')
  expect(JSON.stringify(record)).not.toMatch(/alice-token|YWxpY2U/)
  await restoreDockerConfig(record)
})
