/**
 * The spawn runner's time limit: a command past it is stopped, and a command that is not
 * installed fails at once without leaving the limit's timer behind (which would keep the
 * step's process alive for the whole limit after its work).
 */
import { describe, expect, test } from '@jest/globals'
import { CommandError, spawnRunner, succeeds } from '../../src/exec.js'

const timers = (): number => process.getActiveResourcesInfo().filter(r => r === 'Timeout').length

describe('spawnRunner.run with timeoutMs', () => {
  test('a command that is not installed fails at once and leaves no timer', async () => {
    const before = timers()
    const started = Date.now()
    const run = spawnRunner.run('ghcr-action-no-such-command', ['--version'], {
      timeoutMs: 60_000,
      quiet: true
    })
    await expect(run).rejects.toThrow(CommandError)
    await expect(run).rejects.toThrow(/ENOENT/)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(timers()).toBe(before)
    expect(await succeeds(spawnRunner, 'ghcr-action-no-such-command', ['--version'])).toBe(false)
    expect(timers()).toBe(before)
  })

  test('a command past its time is stopped and fails', async () => {
    const started = Date.now()
    await expect(spawnRunner.run('sleep', ['30'], { timeoutMs: 300, quiet: true })).rejects.toThrow(
      CommandError
    )
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  test('a command within its time gives its output and leaves no timer', async () => {
    const before = timers()
    expect(await spawnRunner.run('echo', ['done'], { timeoutMs: 60_000 })).toBe('done\n')
    expect(timers()).toBe(before)
  })
})
