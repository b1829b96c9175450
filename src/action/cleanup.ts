/**
 * Partial work of a cancelled step. The runner cancels a job with SIGINT, then SIGTERM; the
 * step then stops at once (every transfer with it) and removes the scratch and partial
 * directories it made, so nothing half-written stays where a later step could use it. The
 * post step still runs and takes the Docker credentials out.
 */
import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'

const pending = new Set<string>()
/** What a cancelled step says instead of the default, once it has reported its own work. */
let cancelReport: ((signal: NodeJS.Signals) => string) | undefined

/**
 * While set, a cancelled step calls `report` (synchronously: the step exits right after) and
 * prints its line, for work that cannot be undone, such as deletions.
 */
export function onCancel(report: ((signal: NodeJS.Signals) => string) | undefined): void {
  cancelReport = report
}

/** A new directory (`mkdtemp(prefix)`), removed if the step is cancelled before it is. */
export async function partialDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(prefix)
  pending.add(dir)
  return dir
}

/** Removes a directory from {@link partialDir}. */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  pending.delete(dir)
}

/** A directory the step made under a fixed name: removed if the step is cancelled before it is. */
export function removeOnCancel(dir: string): void {
  pending.add(dir)
}

/** A directory from {@link partialDir} that became a result (renamed into place): kept. */
export function keepDir(dir: string): void {
  pending.delete(dir)
}

/** Installs the handlers for SIGINT and SIGTERM: remove partial work, then end the step. */
export function removePartialWorkOnCancel(): void {
  const cancel = (signal: NodeJS.Signals): void => {
    for (const dir of pending) rmSync(dir, { recursive: true, force: true })
    core.error(
      cancelReport?.(signal) ?? `The step was cancelled (${signal}); its partial work is removed.`
    )
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGTERM', cancel)
  process.once('SIGINT', cancel)
}
