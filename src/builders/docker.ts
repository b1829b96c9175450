/**
 * The classic Docker engine: `docker build`, then `docker save` streamed into a layout, layers
 * compressed in parallel on every core; an image this machine saved before is taken from the
 * layout kept then ({@link SavedImages}).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDockerArchive } from '../registry/archive.js'
import type { Descriptor } from '../registry/media-types.js'
import { CommandError, type CommandRunner, type LineSink } from '../exec.js'
import { commonArgs, dockerEngineProblem, LAYOUT_TAG, type Builder } from './common.js'
import { SavedImages } from './saved-images.js'

/**
 * The labels as one Dockerfile `LABEL` instruction, quoted so that nothing in them is read as
 * a variable or an escape; undefined when one has a line break, which a Dockerfile line cannot
 * hold.
 */
export function labelInstruction(labels: Record<string, string>): string | undefined {
  const entries = Object.entries(labels)
  if (entries.some(([k, v]) => /[\r\n]/.test(k + v))) return undefined
  const quote = (text: string): string => `"${text.replace(/[\\"$]/g, c => `\\${c}`)}"`
  return `LABEL ${entries.map(([k, v]) => `${quote(k)}=${quote(v)}`).join(' ')}`
}

/**
 * Whether the build's image may carry ONBUILD triggers: its Dockerfile has an ONBUILD
 * instruction, or cannot be read here (a remote context). Building on top of such an image
 * would run its triggers and drop them.
 */
async function mayHaveTriggers(file: string): Promise<boolean> {
  try {
    return /^\s*onbuild\s/im.test(await readFile(file, 'utf8'))
  } catch {
    return true
  }
}

export const docker: Builder = {
  kind: 'docker',
  multiPlatform: false,
  unavailable: dockerEngineProblem,
  async build(r) {
    // The classic builder makes each --label a build step of its own, and each step creates
    // and commits a container: on the vfs storage driver two copies of all the image's files,
    // per label. So the image is built without them, and they are put on in one LABEL step on
    // top of it, the same labels in the same image config.
    const instruction = Object.keys(r.labels).length ? labelInstruction(r.labels) : undefined
    const onTop = instruction !== undefined && !(await mayHaveTriggers(r.file))
    const platform = r.platforms.length === 1 ? ['--platform', r.platforms[0]!] : []
    const iidDir = onTop ? await mkdtemp(join(tmpdir(), 'ghcr-action-iid-')) : undefined
    try {
      const args = ['build', ...commonArgs(onTop ? { ...r, labels: {} } : r), ...platform]
      args.push(...(iidDir ? ['--iidfile', join(iidDir, 'id')] : ['--tag', r.name]), r.context)
      await r.runner.run('docker', args, { env: r.env, onLine: r.log })
      if (iidDir) {
        const id = (await readFile(join(iidDir, 'id'), 'utf8')).trim()
        // It becomes a line of a Dockerfile: an image ID and nothing else.
        if (!/^sha256:[a-f0-9]{64}$/.test(id))
          throw new CommandError(
            'docker build',
            null,
            `--iidfile holds ${JSON.stringify(id)}, not an image ID`
          )
        r.log(`Labels in one step on top of ${id}`)
        await r.runner.run('docker', ['build', ...platform, '--tag', r.name, '-'], {
          env: r.env,
          onLine: r.log,
          input: `FROM ${id}\n${instruction}\n`
        })
      }
    } finally {
      if (iidDir) await rm(iidDir, { recursive: true, force: true })
    }
    await saveToLayout(r.runner, r.name, r.layoutDir, r.env, r.log, r.onLayer)
    return { builder: 'docker', layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG, dockerImage: r.name }
  }
}

/**
 * `docker save NAME`, streamed into an OCI layout (the classic builder's and `push`'s path),
 * unless this machine kept the layout of the same engine image from an earlier save
 * ({@link SavedImages}), which is used again once every blob has verified.
 */
export async function saveToLayout(
  runner: CommandRunner,
  name: string,
  layoutDir: string,
  env: NodeJS.ProcessEnv,
  log?: LineSink,
  onLayer?: (layer: Descriptor) => void,
  saved = new SavedImages()
): Promise<void> {
  const id = (
    await runner
      .run('docker', ['image', 'inspect', '--format', '{{.Id}}', name], {
        env,
        quiet: true
      })
      .catch(() => '')
  ).trim()
  if (await saved.restore(id, layoutDir)) {
    log?.(
      `${name} is ${id}, which this machine saved before: its layout is used again, every blob re-hashed (no docker save)`
    )
    return
  }
  log?.(`docker save ${name} → OCI layout (layers compressed in parallel)`)
  const save = runner.stream('docker', ['save', name], env)
  const reading = readDockerArchive(save.stdout, layoutDir, {
    tag: LAYOUT_TAG,
    ...(onLayer && { onLayer })
  }).catch((error: unknown) => {
    // Stop docker save, or it would wait forever for its output to be read.
    save.kill()
    throw error
  })
  // Whichever fails first explains it: docker's own message beats a truncated archive.
  const [exported, read] = await Promise.allSettled([save.done, reading])
  if (exported.status === 'rejected') throw exported.reason
  if (read.status === 'rejected') throw read.reason
  await saved.keep(id, layoutDir)
}
