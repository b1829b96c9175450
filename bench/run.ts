/**
 * `npm run bench`: the embedded client against skopeo and curl on this machine, in the same
 * run, against a fresh local Distribution registry for every measurement, the tools of a row
 * taking turns. Prints medians and ratios; it is a benchmark, not a test, and fails nothing.
 *
 * Run with `npm run bench`, which builds the bundled client first.
 *
 * Environment: BENCH_RUNS (default 3), BENCH_CLIENT (0 skips the client rows),
 * BENCH_LAYERS (8), BENCH_LAYER_MIB (128),
 * BENCH_BIG_MIB (2048, the single layer of the memory measurement; 0 skips it),
 * BENCH_BUILD_MIB (500, the image of the build-push comparison; 0 skips it),
 * BENCH_TRANSFER_MIB (1024, the image of the pull and tag comparisons; 0 skips them),
 * BENCH_AWAY_MS (20, the delay each way of the registry far away; 0 skips those rows).
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loggedRequests, startRegistry, type TestRegistry } from '../__tests__/testbed/registry.js'
import { startDockerd } from '../__tests__/testbed/dockerd.js'
import { copyFileSync } from 'node:fs'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createLayerGzip } from '../src/registry/compress.js'
import { tarHeader } from '../src/registry/tar.js'
import { RegistryClient } from '../src/registry/client.js'
import { copyImage } from '../src/registry/copy.js'
import { OciLayoutSource } from '../src/registry/layout.js'
import { RemoteDestination } from '../src/registry/remote.js'
import { ensureCommands } from '../__tests__/testbed/tools.js'

// Every file the bench and the tools it runs write is under one directory, removed at the end.
const BENCH_TMP = mkdtempSync(join(tmpdir(), 'ghcr-action-bench-'))
process.env.TMPDIR = BENCH_TMP
process.on('exit', () => spawnSync('rm', ['-rf', BENCH_TMP]))

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/** Pulls to a layout against skopeo: the two-core floor (see the client pull row). */
const PULL_AIM = 1.0
const CLIENT_ROWS = process.env.BENCH_CLIENT !== '0'
const LAYERS = Number(process.env.BENCH_LAYERS ?? 8)
const LAYER_MIB = Number(process.env.BENCH_LAYER_MIB ?? 128)
const BIG_MIB = Number(process.env.BENCH_BIG_MIB ?? 2048)
const BUILD_MIB = Number(process.env.BENCH_BUILD_MIB ?? 500)
const TRANSFER_MIB = Number(process.env.BENCH_TRANSFER_MIB ?? 1024)
const AWAY_MS = Number(process.env.BENCH_AWAY_MS ?? 20)
const ACTION = resolve('dist/index.js')
const MIB = 1024 * 1024
// The client bundled by ncc, as the action runs it.
const CLIENT = resolve('build/bench-client/index.js')
const CURL = resolve('bench/curl-ingest.sh')
const CURL_GET = resolve('bench/curl-egress.sh')

/** Writes a blob of `size` random bytes into the layout, hashing as it goes. */
async function randomBlob(dir: string, size: number): Promise<{ digest: string; size: number }> {
  const tmp = join(dir, 'blobs/sha256/.tmp')
  const hash = createHash('sha256')
  const out = createWriteStream(tmp)
  for (let done = 0; done < size; done += MIB) {
    const chunk = randomBytes(Math.min(MIB, size - done))
    hash.update(chunk)
    if (!out.write(chunk)) await new Promise<void>(r => out.once('drain', () => r()))
  }
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())))
  const hex = hash.digest('hex')
  renameSync(tmp, join(dir, 'blobs/sha256', hex))
  return { digest: `sha256:${hex}`, size }
}

function writeJsonBlob(
  dir: string,
  value: unknown
): { digest: string; size: number; bytes: Buffer } {
  const bytes = Buffer.from(JSON.stringify(value))
  const hex = createHash('sha256').update(bytes).digest('hex')
  writeFileSync(join(dir, 'blobs/sha256', hex), bytes)
  return { digest: `sha256:${hex}`, size: bytes.length, bytes }
}

/**
 * Writes the config, an OCI manifest of gzip layers, `oci-layout` and `index.json` (tagged
 * latest) of a benchmark image whose layer blobs are in place already.
 */
function finishLayout(
  dir: string,
  config: unknown,
  layers: Array<{ digest: string; size: number }>
): void {
  const configBlob = writeJsonBlob(dir, config)
  const manifest = writeJsonBlob(dir, {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: configBlob.digest,
      size: configBlob.size
    },
    layers: layers.map(l => ({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: l.digest,
      size: l.size
    }))
  })
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: manifest.digest,
          size: manifest.size,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' }
        }
      ]
    })
  )
}

/** An OCI layout of `count` incompressible layers of `mib` MiB each, tagged latest. */
async function makeImage(count: number, mib: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-image-'))
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true })
  const layers = []
  for (let i = 0; i < count; i++) layers.push(await randomBlob(dir, mib * MIB))
  finishLayout(
    dir,
    {
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) }
    },
    layers
  )
  return dir
}

function run(command: string, args: string[]): { seconds: number; stdout: string } {
  const started = process.hrtime.bigint()
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 16 * MIB })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`)
  return { seconds, stdout: r.stdout }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * Waits until every write so far is on disk (`sync`), outside any timing: a run that starts
 * while the kernel is still writing back an earlier run's gigabyte competes with it for the disk
 * and both cores, so without this each tool would pay for the runs before it.
 */
function flushWrites(): void {
  spawnSync('sync')
}

interface Measured {
  name: string
  task: (host: string, registry: TestRegistry) => number | Promise<number>
  /** Run before the timing, against the same fresh registry (seeding it). */
  prepare?: (host: string) => void | Promise<void>
}

/**
 * Times each entry against a fresh registry `RUNS` times, the entries taking turns (A B C,
 * B C A, C A B, …): this machine's pace drifts over minutes (one tool's runs here differ by up
 * to 40 %), and tools timed in blocks one after another would be compared across that drift.
 * Returns the medians, in the entries' order.
 */
async function measureTogether<T extends Measured[]>(
  entries: [...T]
): Promise<{ [K in keyof T]: number }> {
  const times = entries.map((): number[] => [])
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < entries.length; k++) {
      const j = (i + k) % entries.length
      const { task, prepare } = entries[j]!
      const reg = await startRegistry()
      try {
        await prepare?.(reg.host)
        flushWrites()
        times[j]!.push(await task(reg.host, reg))
      } finally {
        await reg.stop()
      }
    }
  }
  return entries.map(({ name }, j) => {
    const m = median(times[j]!)
    console.log(
      `  ${name.padEnd(44)} ${m.toFixed(2).padStart(7)} s   (runs: ${times[j]!.map(t => t.toFixed(2)).join(', ')})`
    )
    return m
  }) as { [K in keyof T]: number }
}

/** One entry timed alone (see {@link measureTogether}). */
async function measure(
  name: string,
  task: Measured['task'],
  prepare?: Measured['prepare']
): Promise<number> {
  const [m] = await measureTogether([{ name, task, ...(prepare && { prepare }) }])
  return m
}

/** Runs the bundled client; returns wall time (process start included) and its own timing. */
function ours(...args: string[]): { seconds: number; inside: number; peakRssMiB: number } {
  const { seconds, stdout } = run(process.execPath, [CLIENT, ...args])
  const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    seconds: number
    peakRssMiB: number
  }
  insideTimes.push(report.seconds)
  return { seconds, inside: report.seconds, peakRssMiB: report.peakRssMiB }
}

/** The client's own timings (without process start-up) of the last measurement. */
let insideTimes: number[] = []

function verdict(ratio: number, limit: number): string {
  return `${ratio.toFixed(2)} × (target ≤ ${limit} ×: ${ratio <= limit ? 'met' : 'NOT met'})`
}

/** One row of the summary table: what was measured, against what, and the aim. */
interface Row {
  work: string
  ours: string
  peer: string
  /** The ratio or the figure the aim is about, as printed. */
  result: string
  aim: string
  met?: boolean
}
const rows: Row[] = []

function ratioRow(
  work: string,
  ours: number,
  peerName: string,
  peer: number,
  limit?: number
): void {
  const ratio = ours / peer
  rows.push({
    work,
    ours: `${ours.toFixed(2)} s`,
    peer: `${peerName}: ${peer.toFixed(2)} s`,
    result: `${ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2)} ×`,
    aim: limit === undefined ? '' : `≤ ${limit} ×`,
    ...(limit !== undefined && { met: ratio <= limit })
  })
}

function figureRow(work: string, value: string, limit: string, met?: boolean, peer = ''): void {
  rows.push({
    work,
    ours: value,
    peer,
    result: value,
    aim: limit,
    ...(met !== undefined && { met })
  })
}

/** The summary as a Markdown table (docs/benchmarks.md's table is this one). */
function table(): string {
  const lines = [
    '| work | ghcr-action | peer | result | aim | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      r =>
        `| ${r.work} | ${r.ours} | ${r.peer} | ${r.result} | ${r.aim} | ${r.met === undefined ? '' : r.met ? 'met' : '**not met**'} |`
    )
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  ensureCommands('skopeo', 'docker-registry', 'curl')
  console.log(
    `ghcr-action benchmark: ${LAYERS} layers × ${LAYER_MIB} MiB, ${RUNS} runs each, fresh registry per run, node ${process.version}`
  )
  const image = await makeImage(LAYERS, LAYER_MIB)
  const scratch = (): string => mkdtempSync(join(tmpdir(), 'bench-out-'))
  try {
    console.log('\npush from an OCI layout')
    insideTimes = []
    const [curl, skopeoPush, ourPush] = await measureTogether([
      {
        name: 'curl POST+PUT, 4 parallel (ingest limit)',
        task: host => run('bash', [CURL, host, 'bench/curl', image]).seconds
      },
      {
        name: 'skopeo copy oci: docker://',
        task: host =>
          run('skopeo', [
            'copy',
            '--quiet',
            '--dest-tls-verify=false',
            `oci:${image}:latest`,
            `docker://${host}/bench/skopeo:1`
          ]).seconds
      },
      {
        name: 'ghcr-action client',
        task: host => ours('push', image, host, 'bench/ours', '1').seconds
      }
    ])
    const ourPushInside = median(insideTimes)
    insideTimes = []
    const again = await measure(
      'ghcr-action client, image already there',
      host => ours('push', image, host, 'bench/ours', '1').seconds,
      host => {
        // Seeding the registry is not part of the measurement.
        ours('push', image, host, 'bench/ours', '1')
        insideTimes.pop()
      }
    )
    const againInside = median(insideTimes)

    console.log('\npull to an OCI layout')
    const seed = (host: string): void => void ours('push', image, host, 'bench/pull', '1')
    const [skopeoPull, egress, ourPull] = await measureTogether([
      {
        name: 'skopeo copy docker:// oci:',
        task: host => {
          const out = scratch()
          const t = run('skopeo', [
            'copy',
            '--quiet',
            '--src-tls-verify=false',
            `docker://${host}/bench/pull:1`,
            `oci:${out}:1`
          ]).seconds
          rmSync(out, { recursive: true, force: true })
          return t
        },
        prepare: seed
      },
      {
        name: 'curl GET, 4 parallel (egress limit)',
        task: host => run('bash', [CURL_GET, host, 'bench/pull', image]).seconds,
        prepare: seed
      },
      {
        name: 'ghcr-action client',
        task: host => {
          const out = scratch()
          const t = ours('pull', host, 'bench/pull', '1', out).seconds
          rmSync(out, { recursive: true, force: true })
          return t
        },
        prepare: seed
      }
    ])
    ratioRow(
      `client push, ${LAYERS} × ${LAYER_MIB} MiB, from an OCI layout`,
      ourPush,
      'curl POST+PUT, 4 at a time (ingest limit)',
      curl,
      1.1
    )
    ratioRow('the same push', ourPush, 'skopeo copy', skopeoPush, 0.75)
    // Pulls: as fast as skopeo. Two cores are the floor here: a bare Node pipeline, unhashed,
    // costs as much as skopeo's pull (docs/benchmarks.md), so the earlier 0.6× cannot be had.
    ratioRow(
      'client pull of the same image to an OCI layout',
      ourPull,
      'skopeo copy',
      skopeoPull,
      PULL_AIM
    )
    ratioRow('the same pull', ourPull, 'curl GET, 4 at a time, to /dev/null (egress limit)', egress)
    figureRow(
      'client push of an image the registry has (work, without start-up)',
      `${againInside.toFixed(3)} s`,
      '< 0.2 s',
      againInside < 0.2
    )
    console.log('\nratios')
    console.log(`  push vs curl ingest limit   ${verdict(ourPush / curl, 1.1)}`)
    console.log(
      `    (without the ${(ourPush - ourPushInside).toFixed(2)} s node start-up: ${(ourPushInside / curl).toFixed(2)} ×)`
    )
    console.log(`  push vs skopeo              ${verdict(ourPush / skopeoPush, 0.75)}`)
    console.log(`  pull vs skopeo              ${verdict(ourPull / skopeoPull, 0.6)}`)
    console.log(
      `  push of a present image     ${againInside.toFixed(3)} s of work (${again.toFixed(3)} s with node's start-up; target < 0.2 s)`
    )
  } finally {
    rmSync(image, { recursive: true, force: true })
  }

  if (BIG_MIB > 0) {
    console.log(`\npeak memory with one ${BIG_MIB} MiB layer`)
    const big = await makeImage(1, BIG_MIB)
    const reg = await startRegistry()
    try {
      const push = ours('push', big, reg.host, 'bench/big', '1')
      const out = scratch()
      const pull = ours('pull', reg.host, 'bench/big', '1', out)
      rmSync(out, { recursive: true, force: true })
      figureRow(
        `peak RSS, push of one ${BIG_MIB} MiB layer`,
        `${push.peakRssMiB.toFixed(0)} MiB`,
        '≤ 128 MiB',
        push.peakRssMiB <= 128
      )
      figureRow(
        `peak RSS, pull of one ${BIG_MIB} MiB layer`,
        `${pull.peakRssMiB.toFixed(0)} MiB`,
        '≤ 128 MiB',
        pull.peakRssMiB <= 128
      )
      console.log(
        `  push: ${push.peakRssMiB.toFixed(0)} MiB peak RSS in ${push.seconds.toFixed(2)} s (target < 128 MiB: ${push.peakRssMiB < 128 ? 'met' : 'NOT met'})`
      )
      console.log(
        `  pull: ${pull.peakRssMiB.toFixed(0)} MiB peak RSS in ${pull.seconds.toFixed(2)} s (target < 128 MiB: ${pull.peakRssMiB < 128 ? 'met' : 'NOT met'})`
      )
    } finally {
      await reg.stop()
      rmSync(big, { recursive: true, force: true })
    }
  }
}

/**
 * build-push with the classic Docker engine against `docker build` + `docker push` of the same
 * Dockerfile: four RUN layers of random data. The build cache is warmed once, so both sides
 * pay a cached build and the difference is how the image reaches the registry.
 */
async function buildPush(): Promise<void> {
  console.log(`\nbuild-push of a ${BUILD_MIB} MB image in 4 layers (classic Docker engine)`)
  const engine = await startDockerd()
  const context = mkdtempSync(join(tmpdir(), 'bench-build-'))
  try {
    copyFileSync('/bin/busybox', join(context, 'busybox'))
    const bytes = Math.round((BUILD_MIB * 1e6) / 4)
    const runs = [1, 2, 3, 4].map(
      i =>
        `RUN ["/bin/busybox", "sh", "-c", "/bin/busybox head -c ${bytes} /dev/urandom > /data${i}"]`
    )
    // NONCE changes the top layer: a new image whose four big layers the build cache has.
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        ...runs,
        'ARG NONCE=warm',
        'RUN ["/bin/busybox", "sh", "-c", "echo $NONCE > /nonce"]',
        ''
      ].join('\n')
    )
    const docker = (args: string[]): number => run('docker', ['-H', engine.host, ...args]).seconds
    // One commit's event: its timestamp is the created label, the same on every run.
    const eventPath = `${context}-event.json`
    writeFileSync(eventPath, JSON.stringify({ head_commit: { timestamp: '2026-01-01T00:00:00Z' } }))
    // The labels the action adds for this event, given to docker too, so both sides build the
    // same image. `docker build --label` makes each a build step of its own (on vfs, each
    // copies the image's files); the action puts them on in one step on top of the build.
    const labels = Object.entries({
      'org.opencontainers.image.source': 'https://github.com/bench/ours',
      'org.opencontainers.image.url': 'https://github.com/bench/ours',
      'org.opencontainers.image.title': 'ours',
      'org.opencontainers.image.revision': '0'.repeat(40),
      'org.opencontainers.image.created': '2026-01-01T00:00:00.000Z',
      'org.opencontainers.image.version': '1'
    }).flatMap(([k, v]) => ['--label', `${k}=${v}`])
    docker(['build', '--network', 'none', ...labels, '-t', 'bench/warm', context])
    const dockerRun = (host: string, nonce?: string): number => {
      const ref = `${host}/bench/docker:1`
      const arg = nonce ? ['--build-arg', `NONCE=${nonce}`] : []
      const build = ['build', '--network', 'none', ...labels, ...arg, '-t', ref, context]
      return docker(build) + docker(['push', ref])
    }
    // The action's own home: what it keeps on the machine (saved images) starts empty.
    const home = mkdtempSync(join(tmpdir(), 'bench-home-'))
    const ourRun = (host: string, nonce?: string): number => {
      const runner = mkdtempSync(join(tmpdir(), 'bench-runner-'))
      const files = ['output', 'state', 'summary'].map(f => join(runner, f))
      files.forEach(f => writeFileSync(f, ''))
      const started = process.hrtime.bigint()
      const r = spawnSync(process.execPath, [ACTION], {
        cwd: context,
        encoding: 'utf8',
        maxBuffer: 64 * MIB,
        env: {
          PATH: process.env.PATH,
          HOME: home,
          DOCKER_HOST: engine.host,
          DOCKER_CONFIG: runner,
          GITHUB_REPOSITORY: 'bench/ours',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: '0'.repeat(40),
          GITHUB_EVENT_PATH: eventPath,
          RUNNER_TEMP: runner,
          GITHUB_OUTPUT: files[0],
          GITHUB_STATE: files[1],
          GITHUB_STEP_SUMMARY: files[2],
          INPUT_REGISTRY: host,
          INPUT_TAGS: '1',
          INPUT_NETWORK: 'none',
          INPUT_BUILDER: 'docker',
          ...(nonce && { 'INPUT_BUILD-ARGS': `NONCE=${nonce}` })
        }
      })
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (r.status !== 0) throw new Error(`build-push failed: ${r.stdout}${r.stderr}`)
      // BENCH_LOG=FILE keeps the last build-push's log, to see where its time goes.
      if (process.env.BENCH_LOG) writeFileSync(process.env.BENCH_LOG, r.stdout)
      rmSync(runner, { recursive: true, force: true })
      return seconds
    }
    // Warm the cache with the labels the action adds, as docker's side is warm too.
    const warm = await startRegistry()
    ourRun(warm.host)
    await warm.stop()
    const [dockerTime, ourTime] = await measureTogether([
      { name: 'docker build + docker push', task: host => dockerRun(host) },
      { name: 'ghcr-action build-push', task: host => ourRun(host) }
    ])
    const nonce = (): string => randomBytes(8).toString('hex')
    const [dockerNew, ourNew] = await measureTogether([
      { name: 'docker, a new top layer', task: host => dockerRun(host, nonce()) },
      { name: 'ghcr-action, a new top layer', task: host => ourRun(host, nonce()) }
    ])
    ratioRow(
      `\`command: build-push\`, ${BUILD_MIB} MB in 4 layers (classic engine, warm cache, an image this machine pushed before)`,
      ourTime,
      'docker build + docker push',
      dockerTime,
      0.75
    )
    ratioRow(
      `\`command: build-push\`, the same with a new top layer (a new image: docker save runs)`,
      ourNew,
      'docker build + docker push',
      dockerNew,
      0.75
    )
    console.log(`  build-push vs docker        ${verdict(ourTime / dockerTime, 0.75)}`)
    console.log(`  a new image                 ${verdict(ourNew / dockerNew, 0.75)}`)
  } finally {
    await engine.stop()
    rmSync(context, { recursive: true, force: true })
  }
}

/**
 * A runnable-by-docker image of `count` layers, each a tar of one random file, gzip-framed
 * (the compressor stores incompressible windows, so this is quick to make).
 */
async function makeValidImage(count: number, mib: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-valid-'))
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true })
  const layers: Array<{ digest: string; size: number; diffId: string }> = []
  for (let i = 0; i < count; i++) {
    const size = mib * MIB
    async function* tar(): AsyncGenerator<Buffer> {
      yield tarHeader(`data${i}`, size)
      for (let done = 0; done < size; done += MIB) yield randomBytes(Math.min(MIB, size - done))
      yield Buffer.alloc(1024)
    }
    const diff = createHash('sha256')
    const gz = createHash('sha256')
    let gzSize = 0
    const tmp = join(dir, 'blobs/sha256/.tmp')
    const out = createWriteStream(tmp)
    await pipeline(
      Readable.from(tar()),
      new Transform({ transform: (c: Buffer, _e, cb) => (diff.update(c), cb(null, c)) }),
      createLayerGzip(),
      new Transform({
        transform: (c: Buffer, _e, cb) => (gz.update(c), (gzSize += c.length), cb(null, c))
      }),
      out
    )
    const hex = gz.digest('hex')
    renameSync(tmp, join(dir, 'blobs/sha256', hex))
    layers.push({ digest: `sha256:${hex}`, size: gzSize, diffId: `sha256:${diff.digest('hex')}` })
  }
  finishLayout(
    dir,
    {
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.diffId) }
    },
    layers
  )
  return dir
}

/**
 * Runs `pull` into a fresh layout path (an empty directory there with `existing`) and
 * removes what it wrote once timed, as the client rows do. Layouts left behind made each
 * later run slower than the one before (3.2, then 4.3, then 5.4 s for the same pull): the
 * page cache grows into memory this virtual machine has not touched yet, and the first
 * touch of each page is paid for in the writes (system time 1.5 s per pull with the old
 * layouts removed, 5.4–6.2 s with three kept).
 */
function intoLayout(pull: (out: string) => number, existing = false): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pull-'))
  const out = join(dir, 'layout')
  // As `mkdir -p out` leaves it.
  if (existing) mkdirSync(out)
  try {
    return pull(out)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A front far away (see bench/front.ts) before a registry, for one measurement. */
interface Front {
  /** `127.0.0.1:PORT`, the front's. */
  host: string
  /** Wall-clock times (ms since the epoch) of each connection's first byte from the client. */
  connections(): number[]
  stop(): void
}

async function startFront(registry: TestRegistry, delayMs: number): Promise<Front> {
  const events = join(mkdtempSync(join(tmpdir(), 'bench-front-')), 'events')
  writeFileSync(events, '')
  const port = registry.host.split(':')[1]!
  const child = spawn(
    process.execPath,
    [resolve('build/bench/front.js'), port, String(delayMs), events],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  const listening = await new Promise<string>((res, rej) => {
    child.stdout.once('data', (b: Buffer) => res(b.toString().trim()))
    child.once('exit', code => rej(new Error(`the front exited (${code})`)))
  })
  return {
    host: `127.0.0.1:${listening}`,
    connections: () => readFileSync(events, 'utf8').split('\n').filter(Boolean).map(Number),
    stop: () => child.kill('SIGTERM')
  }
}

/**
 * The work users do most against ghcr.io, a registry tens of milliseconds away: small images
 * pushed, tagged and pulled, each tool as a whole process through a front that holds every
 * chunk `AWAY_MS` ms each way. Counts the requests each makes, times the start-up to the first
 * request on the wire, and, from the pull at two distances, splits a pull into round trips and
 * the time that does not depend on the network.
 */
async function faraway(): Promise<void> {
  const rtt = (2 * AWAY_MS) / 1000
  console.log(
    `\na registry ${2 * AWAY_MS} ms away (a front on loopback): 12 layers × 256 KiB, whole processes`
  )
  const image = await makeValidImage(12, 0.25)
  const seed = async (host: string): Promise<void> => {
    const client = new RegistryClient(host)
    await copyImage(
      new OciLayoutSource(image, 'latest'),
      new RemoteDestination(client.repository('bench/app')),
      { tags: ['1'] }
    )
    await client.close()
  }
  const skopeo = (...args: string[]): number => run('skopeo', args).seconds
  const counted = new Map<string, number[]>()
  const startups: number[] = []
  /**
   * One tool's run through a new front: times `task` (given the front's host), counts the
   * requests the registry logged meanwhile, and notes when the first request went out.
   */
  const away = (
    name: string,
    task: (front: string) => number,
    options: { seeded?: boolean; delayMs?: number; startup?: boolean } = {}
  ): Measured => ({
    name,
    ...(options.seeded && { prepare: seed }),
    task: async (_host, registry) => {
      const front = await startFront(registry, options.delayMs ?? AWAY_MS)
      try {
        const mark = loggedRequests(registry).lines
        const started = performance.timeOrigin + performance.now()
        const seconds = task(front.host)
        // The registry writes its access log as it answers; give the last line a moment.
        await new Promise(r => setTimeout(r, 100))
        const list = counted.get(name) ?? []
        list.push(loggedRequests(registry, mark).requests.length)
        counted.set(name, list)
        const first = Math.min(...front.connections())
        if (options.startup && Number.isFinite(first)) startups.push((first - started) / 1000)
        return seconds
      } finally {
        front.stop()
      }
    }
  })
  const requests = (name: string): number => median(counted.get(name) ?? [NaN])
  /** A row of ours against skopeo, with the requests each made (the peer named without notes). */
  const awayRow = (
    work: string,
    aim: number | undefined,
    [ours, ourTime]: [Measured, number],
    [peer, peerTime]: [Measured, number]
  ): void =>
    ratioRow(
      `${work}, ${2 * AWAY_MS} ms away (requests: ${requests(ours.name)} / ${requests(peer.name)})`,
      ourTime,
      peer.name.replace(/ \(.*\)$/, ''),
      peerTime,
      aim
    )
  /** Ours and skopeo doing the same work, timed together, and their row. */
  const compare = async (
    work: string,
    aim: number | undefined,
    ours: Measured,
    peer: Measured
  ): Promise<void> => {
    const [ourTime, peerTime] = await measureTogether([ours, peer])
    awayRow(work, aim, [ours, ourTime], [peer, peerTime])
  }
  const pushInputs = (front: string): Record<string, string> => ({
    command: 'push',
    registry: front,
    image: `${front}/bench/app`,
    source: `oci:${image}:latest`,
    tags: '1'
  })
  const pullInputs = (front: string, output: string): Record<string, string> => ({
    command: 'pull',
    registry: front,
    source: 'bench/app:1',
    load: 'false',
    ...(output && { output })
  })
  const skopeoPull = (front: string): number =>
    intoLayout(out =>
      skopeo(
        'copy',
        '--quiet',
        '--src-tls-verify=false',
        `docker://${front}/bench/app:1`,
        `oci:${out}:1`
      )
    )
  const ourPull = (front: string): number =>
    intoLayout(out => actionRun(pullInputs(front, out), {}))
  try {
    await compare(
      'push (new)',
      0.4,
      away('ghcr-action push (new)', front => actionRun(pushInputs(front), {}), { startup: true }),
      away('skopeo copy oci: docker:// (new)', front =>
        skopeo(
          'copy',
          '--quiet',
          '--dest-tls-verify=false',
          `oci:${image}:latest`,
          `docker://${front}/bench/app:1`
        )
      )
    )
    await compare(
      'push of an image the registry has',
      0.6,
      away('ghcr-action push (the registry has it)', front => actionRun(pushInputs(front), {}), {
        seeded: true
      }),
      away(
        'skopeo copy oci: docker:// (the registry has it)',
        front =>
          skopeo(
            'copy',
            '--quiet',
            '--dest-tls-verify=false',
            `oci:${image}:latest`,
            `docker://${front}/bench/app:1`
          ),
        { seeded: true }
      )
    )
    await compare(
      'a new tag on a pushed image',
      0.8,
      away(
        'ghcr-action tag',
        front =>
          actionRun(
            {
              command: 'tag',
              registry: front,
              image: `${front}/bench/app`,
              source: 'bench/app:1',
              tags: 'stable'
            },
            {}
          ),
        { seeded: true, startup: true }
      ),
      away(
        'skopeo copy docker:// docker://',
        front =>
          skopeo(
            'copy',
            '--quiet',
            '--src-tls-verify=false',
            '--dest-tls-verify=false',
            `docker://${front}/bench/app:1`,
            `docker://${front}/bench/app:stable`
          ),
        { seeded: true }
      )
    )
    const far = AWAY_MS * 2.5
    const near = [
      away('ghcr-action pull, output', ourPull, { seeded: true, startup: true }),
      away('skopeo copy docker:// oci:', skopeoPull, { seeded: true })
    ] as const
    const [pull, sPull, pullFar, sPullFar] = await measureTogether([
      ...near,
      away(`ghcr-action pull, output, ${2 * far} ms away`, ourPull, { seeded: true, delayMs: far }),
      away(`skopeo copy docker:// oci:, ${2 * far} ms away`, skopeoPull, {
        seeded: true,
        delayMs: far
      })
    ])
    awayRow('pull to an OCI layout', 1.0, [near[0], pull], [near[1], sPull])
    await compare(
      'pull, `load: false` and no `output` (resolve only)',
      undefined,
      away('ghcr-action pull, resolve only', front => actionRun(pullInputs(front, ''), {}), {
        seeded: true,
        startup: true
      }),
      away(
        'skopeo inspect',
        front => skopeo('inspect', '--tls-verify=false', `docker://${front}/bench/app:1`),
        { seeded: true }
      )
    )
    // A pull at two distances: the slope is its round trips, the rest does not depend on them.
    const split = (near: number, farther: number): { trips: number; fixed: number } => {
      const trips = (farther - near) / ((2 * far) / 1000 - rtt)
      return { trips, fixed: near - trips * rtt }
    }
    const ourSplit = split(pull, pullFar)
    const theirSplit = split(sPull, sPullFar)
    const startup = median(startups)
    const bare = median(Array.from({ length: 5 }, () => run(process.execPath, ['-e', '0']).seconds))
    figureRow(
      'start-up: process start to the first request on the wire',
      `${startup.toFixed(2)} s`,
      '≤ 0.18 s',
      startup <= 0.18,
      `node -e 0: ${bare.toFixed(2)} s`
    )
    figureRow(
      `pull to a layout: round trips (fitted at ${2 * AWAY_MS} and ${2 * far} ms)`,
      ourSplit.trips.toFixed(1),
      '',
      undefined,
      `skopeo: ${theirSplit.trips.toFixed(1)}`
    )
    const beyond = ourSplit.fixed - startup
    figureRow(
      'pull to a layout: time beyond start-up and round trips',
      `${beyond.toFixed(2)} s`,
      '≤ 0.1 s',
      beyond <= 0.1,
      `skopeo, with its start-up: ${theirSplit.fixed.toFixed(2)} s`
    )
    console.log(
      `  start-up to the first request: ${startup.toFixed(3)} s (node -e 0: ${bare.toFixed(3)} s)`
    )
    console.log(
      `  pull: ${ourSplit.trips.toFixed(1)} round trips + ${ourSplit.fixed.toFixed(2)} s; skopeo: ${theirSplit.trips.toFixed(1)} + ${theirSplit.fixed.toFixed(2)} s`
    )
  } finally {
    rmSync(image, { recursive: true, force: true })
  }
}

/**
 * GitHub's runners run node20 actions on Node 24: the whole-process rows are measured with it
 * too (the binary from npm, as `npm run test:runtime` uses it).
 */
function node24(): string {
  const r = spawnSync(process.execPath, ['scripts/node24.mjs', '--path'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`no Node 24 for the bench: ${r.stderr}`)
  return r.stdout.trim()
}

/** Runs the bundled action with `inputs` as the runner does; returns the wall time. */
function actionRun(
  inputs: Record<string, string>,
  env: Record<string, string>,
  expectFailure = false,
  node = process.execPath
): number {
  const runner = mkdtempSync(join(tmpdir(), 'bench-runner-'))
  const files = ['output', 'state', 'summary'].map(f => join(runner, f))
  files.forEach(f => writeFileSync(f, ''))
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
  )
  const started = process.hrtime.bigint()
  const r = spawnSync(node, [ACTION], {
    encoding: 'utf8',
    maxBuffer: 64 * MIB,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DOCKER_CONFIG: runner,
      GITHUB_REPOSITORY: 'bench/ours',
      RUNNER_TEMP: runner,
      GITHUB_OUTPUT: files[0],
      GITHUB_STATE: files[1],
      GITHUB_STEP_SUMMARY: files[2],
      ...env,
      ...inputEnv
    }
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if ((r.status !== 0) !== expectFailure)
    throw new Error(`action ${expectFailure ? 'succeeded' : 'failed'}: ${r.stdout}${r.stderr}`)
  rmSync(runner, { recursive: true, force: true })
  return seconds
}

/** pull (to a layout, and loaded) and tag, against skopeo and docker, on one runnable image. */
async function transfers(): Promise<void> {
  console.log(`\npull and tag of a ${TRANSFER_MIB} MiB image in 8 layers (the bundled action)`)
  const image = await makeValidImage(8, Math.max(1, Math.round(TRANSFER_MIB / 8)))
  const engine = await startDockerd()
  const seed = async (host: string): Promise<void> => {
    const client = new RegistryClient(host)
    await copyImage(
      new OciLayoutSource(image, 'latest'),
      new RemoteDestination(client.repository('bench/app')),
      { tags: ['1'] }
    )
    await client.close()
  }
  const docker = (args: string[]): number => run('docker', ['-H', engine.host, ...args]).seconds
  const env = { DOCKER_HOST: engine.host }
  try {
    // The seed's writes reach the disk before the timing (see measureTogether), so no run pays
    // for another's.
    const seeded = (name: string, task: (host: string) => number): Measured => ({
      name,
      task,
      prepare: seed
    })
    const pullInputs = (host: string, output: string): Record<string, string> => ({
      command: 'pull',
      registry: host,
      source: 'bench/app:1',
      output,
      load: 'false'
    })
    const [skopeoPull, ourPull, ourPullExisting] = await measureTogether([
      seeded('skopeo copy docker:// oci:', host =>
        intoLayout(
          out =>
            run('skopeo', [
              'copy',
              '--quiet',
              '--src-tls-verify=false',
              `docker://${host}/bench/app:1`,
              `oci:${out}:1`
            ]).seconds
        )
      ),
      seeded('ghcr-action pull, output: NEW DIR, load: false', host =>
        intoLayout(out => actionRun(pullInputs(host, out), env))
      ),
      seeded('ghcr-action pull, output: EMPTY DIR, load: false', host =>
        intoLayout(out => actionRun(pullInputs(host, out), env), true)
      )
    ])
    const [dockerPull, ourLoad] = await measureTogether([
      seeded('docker pull', host => {
        const t = docker(['pull', `${host}/bench/app:1`])
        docker(['rmi', `${host}/bench/app:1`])
        return t
      }),
      seeded('ghcr-action pull (loads into the engine)', host => {
        const t = actionRun({ command: 'pull', registry: host, source: 'bench/app:1' }, env)
        docker(['rmi', `${host}/bench/app:1`])
        return t
      })
    ])
    const newer = node24()
    const tagInputs = (host: string): Record<string, string> => ({
      command: 'tag',
      registry: host,
      image: `${host}/bench/app`,
      source: 'bench/app:1',
      tags: 'stable'
    })
    const noopInputs = (host: string): Record<string, string> => ({
      command: 'push',
      registry: host,
      image: `${host}/bench/app`,
      source: `oci:${image}:latest`,
      tags: '1'
    })
    const [dockerTag, ourTag, ourTag24] = await measureTogether([
      seeded('docker pull + docker tag + docker push', host => {
        const t =
          docker(['pull', `${host}/bench/app:1`]) +
          docker(['tag', `${host}/bench/app:1`, `${host}/bench/app:stable`]) +
          docker(['push', `${host}/bench/app:stable`])
        docker(['rmi', `${host}/bench/app:1`, `${host}/bench/app:stable`])
        return t
      }),
      seeded('ghcr-action tag', host => actionRun(tagInputs(host), env)),
      seeded('ghcr-action tag, Node 24', host => actionRun(tagInputs(host), env, false, newer))
    ])
    const [noop, noop24] = await measureTogether([
      seeded('ghcr-action push of an image the registry has', host =>
        actionRun(noopInputs(host), env)
      ),
      seeded('ghcr-action push of an image the registry has, Node 24', host =>
        actionRun(noopInputs(host), env, false, newer)
      )
    ])
    const rejected = median(
      Array.from({ length: 5 }, () => actionRun({ command: 'deploy' }, env, true))
    )
    const bare = median(Array.from({ length: 5 }, () => run(process.execPath, ['-e', '0']).seconds))
    const mib = `${TRANSFER_MIB} MiB, 8 layers`
    ratioRow(
      `\`command: pull\`, ${mib}, into a new \`output\` directory`,
      ourPull,
      'skopeo copy',
      skopeoPull,
      PULL_AIM
    )
    ratioRow(
      `\`command: pull\`, ${mib}, into an existing empty directory`,
      ourPullExisting,
      'skopeo copy',
      skopeoPull,
      PULL_AIM
    )
    ratioRow(
      `\`command: pull\`, ${mib}, loaded into the engine`,
      ourLoad,
      'docker pull',
      dockerPull,
      1.0
    )
    // The aim for a step that moves nothing: the whole process within 0.4 s.
    const quickRow = (work: string, seconds: number, peer?: string): void =>
      figureRow(
        `${work} (whole process)`,
        `${seconds.toFixed(2)} s`,
        '≤ 0.4 s',
        seconds <= 0.4,
        peer
      )
    quickRow('`command: push` of an image the registry has', noop)
    quickRow(
      '`command: tag`, a new tag in the same repository',
      ourTag,
      `docker pull + tag + push: ${dockerTag.toFixed(2)} s`
    )
    quickRow('`command: push` of an image the registry has, Node 24', noop24)
    quickRow('`command: tag`, a new tag, Node 24', ourTag24)
    figureRow(
      'start-up to a rejected input (whole process)',
      `${rejected.toFixed(2)} s`,
      '',
      undefined,
      `node -e 0: ${bare.toFixed(2)} s`
    )
    console.log(`  pull to a layout vs skopeo  ${(ourPull / skopeoPull).toFixed(2)} ×`)
    console.log(`  pull and load vs docker pull ${(ourLoad / dockerPull).toFixed(2)} ×`)
    console.log(`  tag vs docker pull+tag+push ${(ourTag / dockerTag).toFixed(3)} ×`)
  } finally {
    await engine.stop()
    rmSync(image, { recursive: true, force: true })
  }
}

if (AWAY_MS > 0) await faraway()
if (CLIENT_ROWS) await main()
if (BUILD_MIB > 0) await buildPush()
if (TRANSFER_MIB > 0) await transfers()

const summary = table()
console.log(
  `\nsummary (${new Date().toISOString().slice(0, 10)}, node ${process.version}, medians of ${RUNS})\n\n${summary}`
)
// BENCH_DOCS=1 (or the older BENCH_README=1) puts the table into docs/benchmarks.md, between
// its markers.
if (process.env.BENCH_DOCS === '1' || process.env.BENCH_README === '1') {
  const file = 'docs/benchmarks.md'
  const doc = readFileSync(file, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const from = doc.indexOf(start)
  const to = doc.indexOf(end)
  if (from < 0 || to < from) throw new Error(`${file} has no bench markers`)
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n\n${summary}\n\n${doc.slice(to)}`)
  // The repository's formatter aligns the table as it does every Markdown file.
  spawnSync('npx', ['prettier', '--write', file], { stdio: 'ignore' })
  console.log(`${file}: benchmark table updated`)
}
