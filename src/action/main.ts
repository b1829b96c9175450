/**
 * The action's entry: masks the token, dispatches the main step or the post step, and is the
 * one place that fails the step.
 */
import * as core from '@actions/core'
import { removePartialWorkOnCancel } from './cleanup.js'
import { readContext, type RunContext } from './context.js'
import { exitIfAbandoned } from './deadline.js'
import { InputError, oneLine, UserError } from './errors.js'
import { userinfoIn } from './inputs/build.js'
import { envInput, readInputs, type Command, type Inputs } from './inputs/index.js'
import { html } from './log.js'
import { isPost, loadState, markMain, saveState } from './state.js'

/** A command's implementation, for that command's inputs. */
type Handler<C extends Command> = (
  inputs: Extract<Inputs, { command: C }>,
  ctx: RunContext
) => Promise<void>

/**
 * Each command's implementation, loaded only when it runs, so a step pays at start-up only for
 * the command it runs.
 */
const COMMANDS: { [C in Command]: () => Promise<Handler<C>> } = {
  'build-push': async () => (await import('./commands/build-push/index.js')).buildPush,
  push: async () => (await import('./commands/push.js')).push,
  pull: async () => (await import('./commands/pull.js')).pull,
  tag: async () => (await import('./commands/tag.js')).tag,
  copy: async () => (await import('./commands/copy.js')).copy,
  login: async () => (await import('./commands/login.js')).login,
  index: async () => (await import('./commands/index-merge.js')).mergeIndex,
  delete: async () => (await import('./commands/delete.js')).deletePackageVersions
}

async function dispatch<C extends Command>(
  inputs: Extract<Inputs, { command: C }>,
  ctx: RunContext
): Promise<void> {
  // The table's type pairs each command with its handler; TypeScript cannot follow that
  // pairing through an index by a union, hence the one cast.
  const load = COMMANDS[inputs.command as C] as () => Promise<Handler<C>>
  await (
    await load()
  )(inputs, ctx)
}

/**
 * Runs the main or the post step. Never throws: failures of the main step become one
 * `::error::` line through `setFailed`; failures of the post step are warnings.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Mask first: nothing may be printed before the runner knows the token is a secret.
  const read = envInput(env)
  for (const secret of [read('token'), read('password')]) if (secret) core.setSecret(secret)
  // Build secrets given by value (`secrets: ID=value`) too, before anything can echo them.
  for (const line of read('secrets').split(/\r?\n/)) {
    const value = line.slice(line.indexOf('=') + 1).trim()
    if (line.includes('=') && value) core.setSecret(value)
  }
  // And credentials written into references, which the inputs then refuse.
  for (const input of ['cache-from', 'cache-to', 'build-contexts'])
    for (const secret of userinfoIn(read(input))) core.setSecret(secret)

  if (isPost()) {
    await post()
    return
  }
  markMain()
  removePartialWorkOnCancel()
  try {
    const ctx = readContext(env)
    const inputs = readInputs(read, ctx)
    for (const notice of inputs.notices) core.notice(notice)
    saveState({})
    await dispatch(inputs, ctx)
    await writeSummary()
  } catch (error) {
    fail(error)
    if (error instanceof UserError) {
      core.summary.addHeading('Failed', 3).addRaw(html(error.message), true)
      if (error.detail) core.summary.addRaw(html(error.detail), true)
    }
    await writeSummary()
  }
  exitIfAbandoned()
}

/** Writes the job summary; outside a runner (no GITHUB_STEP_SUMMARY) it is skipped. */
async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.write()
  } catch (error) {
    core.debug(`job summary not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Reports a failure as one line, without a stack trace, and never with the token in it. */
function fail(error: unknown): void {
  if (error instanceof InputError || error instanceof UserError) {
    core.setFailed(oneLine(error.message))
    return
  }
  if (error instanceof Error) {
    core.debug(error.stack ?? error.message)
    core.setFailed(oneLine(error.message))
    return
  }
  core.setFailed(oneLine(`unexpected failure: ${String(error)}`))
}

/** The post step: undoes what the main step left behind. It only warns, never fails the job. */
async function post(): Promise<void> {
  try {
    const records = loadState()?.dockerConfigs ?? []
    if (records.length === 0) return
    const { restoreDockerConfig } = await import('./docker-config.js')
    for (const record of [...records].reverse()) {
      try {
        const what = await restoreDockerConfig(record)
        core.info(
          {
            restored: `Restored the Docker config ${record.path} as it was before the action ran`,
            removed: `Removed the Docker config ${record.path}, which the action had created`,
            unlinked: `Took this run's credentials for ${record.key} out of the Docker config ${record.path}, keeping what other steps or jobs wrote since`,
            untouched: `The Docker config ${record.path} no longer holds this run's credentials for ${record.key}: left as it is`
          }[what]
        )
      } catch (error) {
        core.warning(
          `Could not take the credentials for ${record.key} out of the Docker config ${record.path}: ${oneLine(error instanceof Error ? error.message : String(error))}`
        )
      }
    }
  } catch (error) {
    core.warning(
      `Post step clean-up failed: ${oneLine(error instanceof Error ? error.message : String(error))}`
    )
  }
}
