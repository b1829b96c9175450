/** The registries.conf a buildah or podman build gets for caches on plain-HTTP registries. */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  insecureCacheEnv,
  plainHttpRegistries,
  withInsecureRegistries
} from '../../src/builders/registries-conf.js'

describe('registries.conf for plain-HTTP caches', () => {
  test('only loopback registries of the cache references are plain HTTP', () => {
    expect(
      plainHttpRegistries([
        'localhost:5000/o/cache',
        '127.0.0.1:5000/o/cache',
        '127.0.0.1:5000/o/other',
        '[::1]:5000/o/cache',
        'ghcr.io/o/cache',
        'registry.example.com:5000/o/cache',
        'not a reference'
      ])
    ).toEqual(['localhost:5000', '127.0.0.1:5000', '[::1]:5000'])
  })

  test("the user's file is kept whole; each host gets one insecure entry unless it has one", () => {
    const base =
      'unqualified-search-registries = ["docker.io"]\n\n[[registry]]\nlocation = "127.0.0.1:6000"\ninsecure = false\n'
    const text = withInsecureRegistries(base, ['127.0.0.1:5000', '127.0.0.1:6000'], 'x')
    expect(text.startsWith(base)).toBe(true)
    expect(text.slice(base.length)).toBe(
      '\n[[registry]]\nlocation = "127.0.0.1:5000"\ninsecure = true\n'
    )
    expect(withInsecureRegistries('', ['[::1]:5000'], 'x')).toBe(
      '\n[[registry]]\nlocation = "[::1]:5000"\ninsecure = true\n'
    )
  })

  test('a file in the version 1 format is refused with what to do', () => {
    expect(() =>
      withInsecureRegistries(
        "[registries.search]\nregistries = ['docker.io']\n",
        ['127.0.0.1:5000'],
        '/etc/containers/registries.conf'
      )
    ).toThrow(
      /\/etc\/containers\/registries\.conf is in the version 1 format .* add 127\.0\.0\.1:5000 to its \[registries\.insecure\] list/
    )
  })

  test('the environment points at a file built on the one in CONTAINERS_REGISTRIES_CONF; none when nothing is plain HTTP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regconf-'))
    const mine = join(dir, 'mine.conf')
    writeFileSync(mine, 'short-name-mode = "enforcing"\n')
    const made = await insecureCacheEnv(['127.0.0.1:5000/o/cache'], {
      CONTAINERS_REGISTRIES_CONF: mine,
      PATH: '/usr/bin'
    })
    try {
      expect(made.hosts).toEqual(['127.0.0.1:5000'])
      expect(made.env.PATH).toBe('/usr/bin')
      expect(made.env.CONTAINERS_REGISTRIES_CONF).not.toBe(mine)
      expect(readFileSync(made.env.CONTAINERS_REGISTRIES_CONF!, 'utf8')).toBe(
        'short-name-mode = "enforcing"\n\n[[registry]]\nlocation = "127.0.0.1:5000"\ninsecure = true\n'
      )
    } finally {
      await made.cleanup()
    }
    const none = await insecureCacheEnv(['ghcr.io/o/cache'], { PATH: '/usr/bin' })
    expect(none.env).toEqual({ PATH: '/usr/bin' })
  })
})
