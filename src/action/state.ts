/**
 * State handed from the main step to the post step. One typed JSON value under one key; it
 * never holds a secret (the token is read again from the inputs if ever needed).
 */
import * as core from '@actions/core'
import type { DockerConfigRecord } from './docker-config.js'

const KEY = 'ghcr-action'

/** What the post step needs to undo. */
export interface PostState {
  /** Set by the main step, so the post step knows the main step ran. */
  mainRan: true
  /** Docker config entries the main step wrote, in order; the post step undoes them last first. */
  dockerConfigs?: DockerConfigRecord[]
}

let current: PostState | undefined

/**
 * Adds `patch` to the state for the post step. Parts saved earlier in the run are kept: the
 * main step and the login each record what they know.
 */
export function saveState(patch: Partial<PostState>): void {
  current = { ...current, ...patch, mainRan: true }
  core.saveState(KEY, JSON.stringify(current))
}

/** Reads the state saved by the main step; undefined in the main step or if it never saved. */
export function loadState(): PostState | undefined {
  const raw = core.getState(KEY)
  if (!raw) return undefined
  try {
    const parsed = JSON.parse(raw) as PostState
    return parsed.mainRan ? parsed : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether this process is the post step. The runner runs the same bundle for main and post;
 * like docker/actions-toolkit, main marks `isPost` in the state so the second run knows.
 */
export function isPost(): boolean {
  return core.getState('isPost') === 'true'
}

/** Marks the main step as started; call before anything that could fail. */
export function markMain(): void {
  core.saveState('isPost', 'true')
}
