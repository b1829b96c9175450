/**
 * build-push-action's build inputs turned into what a builder is given: the capabilities the
 * build needs (each tied to the input that asks for it, so a builder that lacks one is refused
 * naming that input), secrets written to files for the length of the build, and cache specs
 * completed for the runner's cache service.
 */
import * as core from '@actions/core'
import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CAPABILITIES,
  type BuildOptions,
  type BuilderKind,
  type Capability
} from '../../../builders/index.js'
import { plainHttpRegistries } from '../../../builders/registries-conf.js'
import { removeDir } from '../../cleanup.js'
import { scratchDir, type RunContext } from '../../context.js'
import { InputError } from '../../errors.js'
import type { BuildFeatures, BuildPushInputs, CacheSpec } from '../../inputs/index.js'

/** A capability the build needs, and the input (and value) that asks for it. */
interface Need {
  capability: Capability
  input: string
  value: string
}

function needsOf(f: BuildFeatures): Need[] {
  const needs: Need[] = []
  for (const [input, specs] of [
    ['cache-from', f.cacheFrom],
    ['cache-to', f.cacheTo]
  ] as const) {
    for (const c of specs)
      needs.push({ capability: `cache-${c.type}`, input, value: `type=${c.type}` })
  }
  for (const s of f.secrets) {
    const input = 'value' in s ? 'secrets' : 'file' in s ? 'secret-files' : 'secret-envs'
    needs.push({ capability: 'secrets', input, value: `id=${s.id}` })
  }
  if (f.ssh.length) needs.push({ capability: 'ssh', input: 'ssh', value: f.ssh.join(',') })
  const contexts = Object.keys(f.buildContexts)
  if (contexts.length)
    needs.push({ capability: 'build-contexts', input: 'build-contexts', value: contexts.join(',') })
  for (const a of f.annotations) {
    if (a.level === 'index') continue // set in the layout by the action, for every builder
    const plain = a.level === 'manifest' && !a.platforms
    needs.push({
      capability: plain ? 'annotations' : 'descriptor-annotations',
      input: 'annotations',
      value: `${plain ? '' : `${a.level}${a.platforms ? `[${a.platforms}]` : ''}:`}${a.key}`
    })
  }
  for (const input of ['provenance', 'sbom'] as const) {
    if (f[input] && f[input] !== 'false')
      needs.push({ capability: 'attestations', input, value: f[input] })
  }
  return needs
}

/** The capabilities a build needs, for choosing a builder. */
export function capabilitiesNeeded(inputs: BuildPushInputs): Set<Capability> {
  return new Set(needsOf(inputs.features).map(n => n.capability))
}

/** Refuses, naming the input, a build the chosen builder cannot do as asked. */
export function checkBuilderCan(kind: BuilderKind, inputs: BuildPushInputs): void {
  const lacking = needsOf(inputs.features).find(n => !CAPABILITIES[kind].has(n.capability))
  if (!lacking) return
  const who = CAPABILITIES.buildx.has(lacking.capability)
    ? (Object.keys(CAPABILITIES) as BuilderKind[]).filter(k =>
        CAPABILITIES[k].has(lacking.capability)
      )
    : ['buildx']
  throw new InputError(
    lacking.input,
    lacking.value,
    `the ${kind} builder cannot do it (${lacking.capability}); ${who.join(', ')} can`,
    kind === 'docker'
      ? 'Set up buildx with docker/setup-buildx-action, or install buildah or podman.'
      : `Set builder: to ${who[0]}.`
  )
}

/** A cache spec as given to the builder: gha gets the runner's cache service; refs lower-cased. */
function completed(c: CacheSpec, env: NodeJS.ProcessEnv): Record<string, string> {
  const attrs = { ...c.attrs }
  if (c.type === 'registry' && attrs.ref) {
    // Repositories are lower-case, as the image is (a tag keeps its case).
    const m = /^(.*?)(:[^/:]*)?$/.exec(attrs.ref)!
    attrs.ref = `${m[1]!.toLowerCase()}${m[2] ?? ''}`
    // A loopback registry speaks plain HTTP, as the action reaches it: buildx is told so for
    // this cache alone (buildah and podman get a registries.conf naming it).
    if (plainHttpRegistries([attrs.ref]).length && attrs['registry.insecure'] === undefined)
      attrs['registry.insecure'] = 'true'
  }
  if (c.type === 'gha') {
    // As docker/build-push-action does: the runner's cache service, for BuildKit to reach.
    const v2 = env.ACTIONS_CACHE_SERVICE_V2 === 'true'
    if (v2 && !attrs.version) attrs.version = '2'
    if (!attrs.url && env.ACTIONS_CACHE_URL) attrs.url = env.ACTIONS_CACHE_URL
    if (!attrs.url_v2 && v2 && env.ACTIONS_RESULTS_URL) attrs.url_v2 = env.ACTIONS_RESULTS_URL
    if (!attrs.token && env.ACTIONS_RUNTIME_TOKEN) {
      core.setSecret(env.ACTIONS_RUNTIME_TOKEN)
      attrs.token = env.ACTIONS_RUNTIME_TOKEN
    }
  }
  return attrs
}

/**
 * Build arguments are written into the image (its config and history), where anyone who can
 * pull it reads them: one whose value is the registry password or a build secret's is a
 * secret about to be published, masked in the log or not. Warns, naming the argument.
 */
function warnSecretBuildArgs(
  buildArgs: string[],
  secrets: Array<{ value: string | undefined; what: string }>
): void {
  for (const arg of buildArgs) {
    const eq = arg.indexOf('=')
    const name = arg.slice(0, eq)
    const value = arg.slice(eq + 1)
    const same = value ? secrets.find(s => s.value === value) : undefined
    if (!same) continue
    core.warning(
      `build-args: ${name} is ${same.what}. A build argument is written into the image's config and history, where anyone who can pull the image reads it. Pass it as a build secret instead (secrets: ${name}=…, or secret-envs), read in the Dockerfile with RUN --mount=type=secret,id=${name}.`,
      { title: 'A secret passed as a build argument' }
    )
  }
}

/**
 * The builder's options, with every secret in a file of its own (mode 0600) in a scratch
 * directory under RUNNER_TEMP; `cleanup` removes it, and a cancelled step does too.
 */
export async function buildOptions(
  inputs: BuildPushInputs,
  ctx: RunContext,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ options: BuildOptions; cleanup: () => Promise<void> }> {
  const f = inputs.features
  warnSecretBuildArgs(inputs.buildArgs, [
    { value: inputs.token, what: 'the registry password (token)' },
    { value: env.INPUT_PASSWORD?.trim(), what: 'the password input' },
    { value: env.INPUT_TOKEN?.trim(), what: 'the token input' },
    ...f.secrets.map(s => ({
      value: 'value' in s ? s.value : 'env' in s ? env[s.env] : undefined,
      what: `the build secret ${s.id}`
    }))
  ])
  const secrets: BuildOptions['secrets'] = []
  let dir: string | undefined
  for (const s of f.secrets) {
    if ('file' in s) {
      secrets.push({ id: s.id, src: s.file })
      continue
    }
    let value: string | undefined
    if ('env' in s) {
      value = env[s.env]
      if (value === undefined)
        throw new InputError('secret-envs', `${s.id}=${s.env}`, `the environment has no ${s.env}`)
      core.setSecret(value)
    } else value = s.value // masked by main before anything was printed
    dir ??= await scratchDir(ctx, 'ghcr-action-secrets-')
    const src = join(dir, s.id)
    await writeFile(src, value, { mode: 0o600 })
    await chmod(src, 0o600)
    secrets.push({ id: s.id, src })
  }
  const annotations = f.annotations.map(
    a =>
      `${a.level === 'manifest' && !a.platforms ? '' : `${a.level}${a.platforms ? `[${a.platforms}]` : ''}:`}${a.key}=${a.value}`
  )
  return {
    options: {
      cache: {
        from: f.cacheFrom.map(c => completed(c, env)),
        to: f.cacheTo.map(c => completed(c, env))
      },
      secrets,
      ssh: f.ssh,
      buildContexts: f.buildContexts,
      noCache: f.noCache,
      pull: f.pull,
      attestations: { provenance: f.provenance, sbom: f.sbom },
      annotations
    },
    cleanup: async () => {
      if (dir) await removeDir(dir)
    }
  }
}
