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

/**
 * Text for the job summary, which GitHub renders as HTML: what a registry or an image says
 * (error messages, platform names) must not become markup there.
 */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
