/** buildah and podman: build, then push to `oci:DIR`. */
import { succeeds } from '../exec.js'
import { BuildSetupError, commonArgs, LAYOUT_TAG, secretArgs, type Builder } from './common.js'
import { insecureCacheEnv } from './registries-conf.js'

/** buildah and podman share their command shapes. */
function containersBuilder(kind: 'buildah' | 'podman'): Builder {
  return {
    kind,
    multiPlatform: true,
    async unavailable(runner, env) {
      if (!(await succeeds(runner, kind, ['--version'], env))) return `${kind} is not installed`
      if (kind === 'podman' && !(await succeeds(runner, 'podman', ['info'], env)))
        return 'podman is installed but does not work here (podman info failed)'
      return undefined
    },
    async build(r) {
      const build = kind === 'buildah' ? ['bud'] : ['build']
      const multi = r.platforms.length > 1
      const args = [...build, ...commonArgs(r), ...secretArgs(r.options)]
      const o = r.options
      if (o?.pull) args.push('--pull=always')
      // The containers builders cache layers in a repository (no tag: they name the layers).
      const cacheRepo = (c: Record<string, string>): string => (c.ref ?? '').replace(/:[^/:]*$/, '')
      if (o?.cache.from.length || o?.cache.to.length) args.push('--layers')
      for (const c of o?.cache.from ?? []) args.push('--cache-from', cacheRepo(c))
      for (const c of o?.cache.to ?? []) args.push('--cache-to', cacheRepo(c))
      if (r.sourceDateEpoch !== undefined) args.push('--timestamp', String(r.sourceDateEpoch))
      // Index-level annotations are the caller's to set in the layout; these are the image's.
      for (const a of o?.annotations ?? [])
        if (!/^[a-z-]+(\[[^\]]*\])?:/.test(a)) args.push('--annotation', a)
      // A manifest list cannot take the name of an image the store already has (a single-
      // platform build of the same tag, earlier on this runner): the list gets a name of its
      // own, used only to export it, and is removed after.
      const list = `localhost/ghcr-action-manifest:${process.pid}-${Date.now()}`
      args.push(multi ? '--manifest' : '--tag', multi ? list : r.name)
      if (r.platforms.length) args.push('--platform', r.platforms.join(','))
      args.push(r.context)
      // Caches on plain-HTTP (loopback) registries: those registries alone are insecure.
      const cacheRefs = [...(o?.cache.from ?? []), ...(o?.cache.to ?? [])].map(cacheRepo)
      const insecure = await insecureCacheEnv(cacheRefs, r.env).catch((e: unknown) => {
        throw new BuildSetupError(
          `The registry cache cannot be reached over plain HTTP: ${e instanceof Error ? e.message : String(e)}`
        )
      })
      if (insecure.hosts.length)
        r.log(
          `${insecure.hosts.join(', ')}: plain HTTP for the registry cache, for this build only (registries.conf)`
        )
      const options = { env: insecure.env, onLine: r.log }
      try {
        await r.runner.run(kind, args, options)
      } finally {
        await insecure.cleanup()
      }
      const destination = `oci:${r.layoutDir}:${LAYOUT_TAG}`
      // Writing a local layout needs no credentials; with DOCKER_CONFIG set to a directory
      // that has no config.json, buildah and podman refuse to push at all ("checking authfile").
      const local = { ...r.env }
      delete local.DOCKER_CONFIG
      const push = { ...options, env: local }
      if (multi) {
        await r.runner.run(kind, ['manifest', 'push', '--all', list, destination], push)
        await r.runner.run(kind, ['manifest', 'rm', list], { ...push, quiet: true }).catch(() => '')
      } else await r.runner.run(kind, ['push', r.name, destination], push)
      return { builder: kind, layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG }
    }
  }
}

export const buildah = containersBuilder('buildah')
export const podman = containersBuilder('podman')
