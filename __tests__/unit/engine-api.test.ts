/**
 * Which socket the engine API is asked on: the one the Docker CLI would use, and none when
 * the CLI would go to another host or a chosen context (then the action runs the CLI).
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { engineSocket } from '../../src/action/engine/api.js'

function config(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'engine-config-')), 'config.json')
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}
const none = join(tmpdir(), 'no-such-dir-engine-api', 'config.json')

describe('engineSocket', () => {
  test('DOCKER_HOST unix://PATH: that socket, whatever context the config names', () => {
    const remote = config({ currentContext: 'remote' })
    expect(engineSocket({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, remote)).toBe(
      '/run/user/1000/docker.sock'
    )
    expect(
      engineSocket({ DOCKER_HOST: 'unix:///tmp/d.sock', DOCKER_CONTEXT: 'remote' }, none)
    ).toBe('/tmp/d.sock')
  })

  test.each(['tcp://127.0.0.1:2375', 'ssh://builder@example.invalid', 'npipe:////./pipe/x'])(
    'DOCKER_HOST %s: none (the CLI talks to it)',
    host => {
      expect(engineSocket({ DOCKER_HOST: host }, none)).toBeUndefined()
    }
  )

  test('nothing set: the default socket, with or without a config file', () => {
    expect(engineSocket({}, none)).toBe('/var/run/docker.sock')
    expect(engineSocket({}, config({ auths: {} }))).toBe('/var/run/docker.sock')
    expect(engineSocket({}, config('not json'))).toBe('/var/run/docker.sock')
  })

  test('a chosen context: none; the default context is the default socket', () => {
    expect(engineSocket({ DOCKER_CONTEXT: 'remote' }, none)).toBeUndefined()
    expect(engineSocket({}, config({ currentContext: 'remote' }))).toBeUndefined()
    expect(engineSocket({ DOCKER_CONTEXT: 'default' }, none)).toBe('/var/run/docker.sock')
    expect(engineSocket({}, config({ currentContext: 'default' }))).toBe('/var/run/docker.sock')
  })
})
