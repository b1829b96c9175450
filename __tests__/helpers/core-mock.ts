/**
 * A stand-in for @actions/core for in-process tests of the action layer, recording what the
 * action logs and sets. Use it as
 *   const core = mockCore()
 *   jest.unstable_mockModule('@actions/core', () => core.module)
 * before importing the module under test. (It must not import @actions/core itself.)
 */
import { jest } from '@jest/globals'

export function mockCore() {
  const info: string[] = []
  const warnings: string[] = []
  const notices: string[] = []
  const outputs: Record<string, string> = {}
  const summary = {
    addHeading: jest.fn(() => summary),
    addTable: jest.fn(() => summary),
    addRaw: jest.fn(() => summary),
    write: jest.fn(async () => summary)
  }
  const module = {
    info: (m: string) => void info.push(m),
    debug: () => undefined,
    notice: (m: string) => void notices.push(m),
    warning: (m: string) => void warnings.push(m),
    setSecret: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    startGroup: () => undefined,
    endGroup: () => undefined,
    setOutput: (name: string, value: string) => void (outputs[name] = value),
    summary
  }
  /** Forgets what was recorded, between runs of one test. */
  const reset = (): void => {
    info.length = 0
    warnings.length = 0
    notices.length = 0
    for (const key of Object.keys(outputs)) delete outputs[key]
  }
  return { module, info, warnings, notices, outputs, reset }
}
