/**
 * Images the Docker engine already gave to `docker save` on this machine, kept so the next
 * step that needs the same image does not wait for `docker save` again. With the classic
 * engine that export is most of a push: the engine writes every layer to a temporary directory,
 * then streams it, before a byte of the image reaches the action.
 *
 * An image is known by its engine ID, which is the digest of its config: the same ID is the same
 * config, hence the same layers (the config lists their digests). The layout the action wrote
 * for it (compressed layers, config, manifest) is kept in a content-addressed store under
 * `~/.cache/ghcr-action/saved-images`, its files hard-linked, never copied: on another file
 * system nothing is kept. Before one is used again every blob is re-hashed; one that does not
 * verify drops the image, and `docker save` runs as if it had never been kept. The store keeps
 * the eight images used last.
 *
 * It pays on machines whose engine outlives a job (self-hosted runners, where the build cache
 * is warm too): a re-run, or the same image pushed to more registries or repositories.
 */
import { createReadStream, existsSync } from 'node:fs'
import {
  copyFile,
  link,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile
} from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { isDigest, parseManifest, type Descriptor } from '../registry/index.js'
import { blobPath } from '../registry/layout.js'
import { streamHash } from '../registry/hash-thread.js'

const KEEP = 8

const hexOf = (digest: string): string => digest.slice('sha256:'.length)

/** Whether the file is the blob `desc` names: its size, then its sha256. */
async function verifies(path: string, desc: Pick<Descriptor, 'digest' | 'size'>): Promise<boolean> {
  try {
    if ((await stat(path)).size !== desc.size) return false
    const hash = streamHash('sha256', desc.size)
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      const wait = hash.update(chunk as Buffer)
      if (wait) await wait
    }
    return `sha256:${await hash.digest()}` === desc.digest
  } catch {
    return false
  }
}

/** Hard-links `from` to `to`; false when they are on different file systems. */
async function linked(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return true
    if (code === 'EXDEV') return false
    throw error
  }
}

interface Kept {
  /** The layout's index.json, naming the manifest. */
  index: string
  manifest: Descriptor
  blobs: Descriptor[]
}

export class SavedImages {
  constructor(readonly dir = join(homedir(), '.cache', 'ghcr-action', 'saved-images')) {}

  private blob(digest: string): string {
    return blobPath(this.dir, digest)
  }

  private record(id: string): string {
    return join(this.dir, 'images', `${hexOf(id)}.json`)
  }

  /** The layout of a layout directory: its index, manifest and blobs, when `id` is its config. */
  private async describe(index: string, readBlob: (d: string) => Promise<Buffer>, id: string) {
    const parsed = JSON.parse(index) as { manifests?: Descriptor[] }
    const manifest = parsed.manifests?.[0]
    if (!manifest || parsed.manifests!.length !== 1 || !isDigest(manifest.digest)) return undefined
    const bytes = await readBlob(manifest.digest)
    const image = parseManifest(bytes, manifest.mediaType)
    if (image.kind !== 'image' || image.manifest.config.digest !== id) return undefined
    return {
      index,
      manifest,
      blobs: [image.manifest.config, ...image.manifest.layers]
    } satisfies Kept
  }

  /**
   * Fills the empty `layoutDir` with the kept image `id`, every blob verified first; whether
   * it did (if not, `layoutDir` is left empty).
   */
  async restore(id: string, layoutDir: string): Promise<boolean> {
    if (!isDigest(id) || !id.startsWith('sha256:') || !existsSync(this.record(id))) return false
    try {
      const kept = await this.describe(
        await readFile(this.record(id), 'utf8'),
        d => readFile(this.blob(d)),
        id
      )
      const all = kept ? [kept.manifest, ...kept.blobs] : []
      const ok =
        kept !== undefined &&
        (await Promise.all(all.map(d => verifies(this.blob(d.digest), d)))).every(Boolean)
      if (!ok) {
        await rm(this.record(id), { force: true })
        return false
      }
      await mkdir(join(layoutDir, 'blobs', 'sha256'), { recursive: true })
      for (const d of all) {
        const to = blobPath(layoutDir, d.digest)
        if (!(await linked(this.blob(d.digest), to))) await copyFile(this.blob(d.digest), to)
      }
      await writeFile(join(layoutDir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
      await writeFile(join(layoutDir, 'index.json'), kept!.index)
      const now = new Date()
      await utimes(this.record(id), now, now).catch(() => undefined)
      return true
    } catch {
      // A store another job is changing, or a broken one: as if nothing were kept.
      await rm(layoutDir, { recursive: true, force: true })
      await mkdir(layoutDir, { recursive: true })
      return false
    }
  }

  /**
   * Keeps the image `layoutDir` holds, saved from the engine image `id`, then drops the images
   * used least recently beyond the eight newest. Best effort: a failure keeps nothing.
   */
  async keep(id: string, layoutDir: string): Promise<void> {
    try {
      if (!isDigest(id) || !id.startsWith('sha256:')) return
      const kept = await this.describe(
        await readFile(join(layoutDir, 'index.json'), 'utf8'),
        d => readFile(blobPath(layoutDir, d)),
        id
      )
      if (!kept) return
      await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true })
      await mkdir(join(this.dir, 'images'), { recursive: true })
      for (const d of [kept.manifest, ...kept.blobs]) {
        if (!(await linked(blobPath(layoutDir, d.digest), this.blob(d.digest)))) return
      }
      const tmp = `${this.record(id)}.${randomBytes(4).toString('hex')}`
      await writeFile(tmp, kept.index)
      await rename(tmp, this.record(id))
      await this.evict()
    } catch {
      // Keeping is an optimisation; the push does not depend on it.
    }
  }

  /** Drops the images beyond the newest eight, then every blob no kept image uses. */
  private async evict(): Promise<void> {
    const images = join(this.dir, 'images')
    const records = await Promise.all(
      (await readdir(images))
        .filter(f => f.endsWith('.json'))
        .map(async f => ({ f, at: (await stat(join(images, f))).mtimeMs }))
    )
    records.sort((a, b) => b.at - a.at)
    for (const old of records.slice(KEEP)) await rm(join(images, old.f), { force: true })
    const used = new Set<string>()
    for (const r of records.slice(0, KEEP)) {
      const id = `sha256:${r.f.slice(0, -'.json'.length)}`
      const kept = await this.describe(
        await readFile(join(images, r.f), 'utf8'),
        d => readFile(this.blob(d)),
        id
      ).catch(() => undefined)
      for (const d of kept ? [kept.manifest, ...kept.blobs] : []) used.add(hexOf(d.digest))
    }
    const blobs = join(this.dir, 'blobs', 'sha256')
    for (const name of await readdir(blobs))
      if (!used.has(name)) await rm(join(blobs, name), { force: true })
  }
}
