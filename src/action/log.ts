/** Log helpers of the action layer. */
import * as core from '@actions/core'

/** Runs `work` inside a collapsible log group, closing it however `work` ends. */
export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(name)
  try {
    return await work()
  } finally {
    core.endGroup()
  }
}
