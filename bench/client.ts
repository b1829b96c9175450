/**
 * The embedded client as a command, for the benchmark to run in its own process (so its time
 * and peak memory are measured alone):
 *
 *   node build/bench/client.js push <layout-dir> <registry-host> <repository> <tag>
 *   node build/bench/client.js pull <registry-host> <repository> <tag> <layout-dir>
 *
 * Prints one JSON line: seconds, peak RSS in MiB, and the copy's statistics. V8 is set up as
 * the action's entry sets it up.
 */
import { baselineWasmOnly } from '../src/wasm-flags.js'

// As the action runs: set before the client's modules load undici.
baselineWasmOnly()
const { RegistryClient } = await import('../src/registry/client.js')
const { copyImage } = await import('../src/registry/copy.js')
const { OciLayoutDestination, OciLayoutSource } = await import('../src/registry/layout.js')
const { RemoteDestination, RemoteSource } = await import('../src/registry/remote.js')

const [command, ...args] = process.argv.slice(2)
const started = process.hrtime.bigint()
let result
if (command === 'push') {
  const [dir, host, repository, tag] = args as [string, string, string, string]
  const client = new RegistryClient(host)
  result = await copyImage(
    new OciLayoutSource(dir),
    new RemoteDestination(client.repository(repository)),
    { tags: [tag], concurrency: Number(process.env.BENCH_CONCURRENCY ?? 4) }
  )
  await client.close()
} else if (command === 'pull') {
  const [host, repository, tag, dir] = args as [string, string, string, string]
  const client = new RegistryClient(host)
  result = await copyImage(
    new RemoteSource(client.repository(repository), tag),
    new OciLayoutDestination(dir),
    { tags: [tag], concurrency: Number(process.env.BENCH_CONCURRENCY ?? 4) }
  )
  await client.close()
} else {
  console.error('usage: client.js push DIR HOST REPO TAG | pull HOST REPO TAG DIR')
  process.exit(2)
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9
console.log(
  JSON.stringify({
    seconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    digest: result.digest,
    stats: result.stats
  })
)
