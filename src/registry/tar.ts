/**
 * A streaming tar reader and writer (POSIX ustar with pax extended headers; GNU long names
 * and base-256 sizes read). Enough for `docker save` archives and docker-loadable output; the
 * reader never touches the filesystem, and entry names are validated as they are read.
 */
import { Readable } from 'node:stream'
import { InvalidArchiveError } from './errors.js'

const BLOCK = 512

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other'

export interface TarHeader {
  name: string
  size: number
  type: EntryType
  linkname: string
  mode: number
}

/** A tar entry name that could escape a directory or is otherwise unsafe. */
export class TarPathError extends Error {
  constructor(readonly entry: string) {
    super(`unsafe path in archive: ${JSON.stringify(entry)}`)
    this.name = 'TarPathError'
  }
}

/** Normalises an entry name and refuses absolute paths, `..` components and NUL bytes. */
export function safeEntryName(name: string): string {
  if (name.includes('\0') || name.startsWith('/') || /^[A-Za-z]:/.test(name))
    throw new TarPathError(name)
  const parts = name.split('/').filter(p => p !== '' && p !== '.')
  if (parts.some(p => p === '..')) throw new TarPathError(name)
  return parts.join('/')
}

function readString(buf: Buffer, offset: number, length: number): string {
  const end = buf.indexOf(0, offset)
  return buf.toString('utf8', offset, end >= 0 && end < offset + length ? end : offset + length)
}

function readNumber(buf: Buffer, offset: number, length: number): number {
  if ((buf[offset]! & 0x80) !== 0) {
    // GNU base-256: big-endian, first byte's top bit set.
    let value = buf[offset]! & 0x7f
    for (let i = 1; i < length; i++) value = value * 256 + buf[offset + i]!
    return value
  }
  const text = readString(buf, offset, length).trim()
  return text ? parseInt(text, 8) : 0
}

function checksumOk(block: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!
  return sum === readNumber(block, 148, 8)
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let pos = 0
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos)
    if (space < 0) break
    const length = parseInt(data.toString('utf8', pos, space), 10)
    if (!length || length < 0) break
    const record = data.toString('utf8', space + 1, pos + length - 1)
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    pos += length
  }
  return out
}

/** Pulls exact byte counts out of a stream of chunks. */
class ByteSource {
  private buffered: Buffer[] = []
  private size = 0
  private ended = false

  constructor(private readonly iterator: AsyncIterator<Buffer | Uint8Array>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.size < n && !this.ended) {
      const next = await this.iterator.next()
      if (next.done) this.ended = true
      else {
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value)
        this.buffered.push(chunk)
        this.size += chunk.length
      }
    }
    return this.size >= n
  }

  /** Exactly `n` bytes, or null at a clean end of input. */
  async read(n: number): Promise<Buffer | null> {
    if (!(await this.fill(n))) {
      if (this.size === 0) return null
      throw new InvalidArchiveError('truncated tar archive')
    }
    const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered)
    const out = all.subarray(0, n)
    const rest = all.subarray(n)
    this.buffered = rest.length ? [rest] : []
    this.size = rest.length
    return out
  }

  /** Streams `n` bytes out as they arrive. */
  async *stream(n: number): AsyncGenerator<Buffer> {
    let left = n
    while (left > 0) {
      if (this.size === 0 && !(await this.fill(1)))
        throw new InvalidArchiveError('truncated tar archive')
      const chunk = this.buffered.shift()!
      if (chunk.length <= left) {
        this.size -= chunk.length
        left -= chunk.length
        yield chunk
      } else {
        this.buffered.unshift(chunk.subarray(left))
        this.size -= left
        yield chunk.subarray(0, left)
        left = 0
      }
    }
  }

  /** Consumes and discards the rest of the input. */
  async drain(): Promise<void> {
    this.buffered = []
    this.size = 0
    while (!this.ended) {
      const next = await this.iterator.next()
      if (next.done) this.ended = true
    }
  }

  async skip(n: number): Promise<void> {
    for await (const _ of this.stream(n)) void _
  }
}

/** One entry of a streamed archive; read or skip its body before asking for the next entry. */
export interface TarEntry {
  header: TarHeader
  /** The entry's bytes, streamed; consume fully (or not at all: it is skipped). */
  body(): AsyncGenerator<Buffer>
}

/**
 * Reads a tar archive from a stream, entry by entry, in one pass. Names are validated with
 * {@link safeEntryName}; a bad checksum or a truncated archive fails.
 */
export async function* readTar(
  input: AsyncIterable<Buffer | Uint8Array>
): AsyncGenerator<TarEntry> {
  const source = new ByteSource(input[Symbol.asyncIterator]())
  let pax: Record<string, string> = {}
  let longName: string | undefined
  let longLink: string | undefined
  for (;;) {
    const block = await source.read(BLOCK)
    if (!block) return
    if (block.every(b => b === 0)) {
      // End of archive. Read what follows (the second zero block, record padding) so that a
      // producer writing into a pipe (docker save) can finish and exit.
      await source.drain()
      return
    }
    if (!checksumOk(block))
      throw new InvalidArchiveError('tar header checksum mismatch: not a tar archive, or corrupted')
    const flag = String.fromCharCode(block[156]!)
    const size = readNumber(block, 124, 12)
    const padded = Math.ceil(size / BLOCK) * BLOCK
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > 1024 * 1024) throw new InvalidArchiveError('tar extended header over 1 MiB')
      const block = await source.read(padded)
      if (!block) throw new InvalidArchiveError('truncated tar archive (in an extended header)')
      const data = block.subarray(0, size)
      if (flag === 'x') pax = parsePax(data)
      else if (flag === 'L') longName = readString(data, 0, data.length)
      else if (flag === 'K') longLink = readString(data, 0, data.length)
      continue
    }
    const prefix = block.toString('utf8', 257, 263).startsWith('ustar')
      ? readString(block, 345, 155)
      : ''
    const rawName =
      pax.path ??
      longName ??
      (prefix ? `${prefix}/${readString(block, 0, 100)}` : readString(block, 0, 100))
    const header: TarHeader = {
      name: safeEntryName(rawName),
      size: pax.size ? Number(pax.size) : size,
      type:
        flag === '0' || flag === '\0' || flag === '7'
          ? 'file'
          : flag === '5'
            ? 'directory'
            : flag === '2'
              ? 'symlink'
              : flag === '1'
                ? 'hardlink'
                : 'other',
      linkname: pax.linkpath ?? longLink ?? readString(block, 157, 100),
      mode: readNumber(block, 100, 8)
    }
    pax = {}
    longName = undefined
    longLink = undefined
    const dataSize = header.type === 'file' ? header.size : size
    const dataPadded = Math.ceil(dataSize / BLOCK) * BLOCK
    let consumed = false
    yield {
      header,
      body: async function* () {
        if (consumed) throw new InvalidArchiveError(`tar entry ${header.name} was already read`)
        consumed = true
        yield* source.stream(dataSize)
      }
    }
    if (!consumed) await source.skip(dataSize)
    await source.skip(dataPadded - dataSize)
  }
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0'
}

function headerBlock(
  name: string,
  size: number,
  flag: string,
  mode: number,
  mtime: number
): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(name, 0, 100, 'utf8')
  block.write(octal(mode, 8), 100)
  block.write(octal(0, 8), 108)
  block.write(octal(0, 8), 116)
  block.write(octal(size, 12), 124)
  block.write(octal(mtime, 12), 136)
  block.write('        ', 148)
  block.write(flag, 156)
  block.write('ustar\0', 257)
  block.write('00', 263)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += block[i]!
  block.write(octal(sum, 7) + ' ', 148)
  return block
}

/** One pax record, `<length> <key>=<value>\n`, its length counting itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = Buffer.byteLength(body)
  while (String(length).length + Buffer.byteLength(body) !== length) {
    length = String(length).length + Buffer.byteLength(body)
  }
  return `${length}${body}`
}

/** A ustar header, preceded by a pax extended header when the name is over 100 bytes. */
export function tarHeader(
  name: string,
  size: number,
  type: 'file' | 'directory' = 'file',
  mtime = 0
): Buffer {
  const flag = type === 'directory' ? '5' : '0'
  const mode = type === 'directory' ? 0o755 : 0o644
  if (Buffer.byteLength(name) <= 100) return headerBlock(name, size, flag, mode, mtime)
  const data = Buffer.from(paxRecord('path', name))
  const pad = Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK)
  return Buffer.concat([
    headerBlock('././@PaxHeader', data.length, 'x', 0o644, mtime),
    data,
    pad,
    headerBlock(name.slice(0, 100), size, flag, mode, mtime)
  ])
}

/** An entry to write: bytes in memory, or a stream factory with its exact size. */
export interface TarInput {
  name: string
  size: number
  content: Buffer | (() => AsyncIterable<Buffer>)
}

/**
 * Writes entries as one tar stream. Entries are produced lazily, one after the other, so a
 * layer is only opened when the archive reaches it; a stream whose length differs from `size`
 * fails the archive.
 */
export function writeTar(entries: Iterable<TarInput> | AsyncIterable<TarInput>): Readable {
  async function* generate(): AsyncGenerator<Buffer> {
    for await (const entry of entries) {
      yield tarHeader(entry.name, entry.size)
      let written = 0
      if (Buffer.isBuffer(entry.content)) {
        written = entry.content.length
        yield entry.content
      } else {
        for await (const chunk of entry.content()) {
          written += chunk.length
          if (written > entry.size)
            throw new InvalidArchiveError(
              `tar entry ${entry.name} is longer than ${entry.size} bytes`
            )
          yield chunk
        }
      }
      if (written !== entry.size)
        throw new InvalidArchiveError(
          `tar entry ${entry.name} has ${written} bytes, not ${entry.size}`
        )
      const pad = (BLOCK - (entry.size % BLOCK)) % BLOCK
      if (pad) yield Buffer.alloc(pad)
    }
    yield Buffer.alloc(BLOCK * 2)
  }
  return Readable.from(generate(), { objectMode: false })
}
