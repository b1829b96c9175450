/**
 * A registry far away, made on loopback: a TCP front that holds every chunk `delay` ms on its way
 * in each direction (a round trip of twice that), with no limit on bandwidth. It runs as a
 * process of its own, because the bench runs the tools it times with `spawnSync`, which blocks
 * the bench's own event loop.
 *
 *   node build/bench/front.js <registry port> <delay ms> <events file>
 *
 * Listens on 127.0.0.1 only and prints its port as the first line of stdout. For each
 * connection it appends to the events file the wall-clock time (ms since the epoch) of the
 * connection's first byte from the client: the first of them is when a tool put its first
 * request on the wire, and their number is how many connections it opened.
 */
import { appendFileSync } from 'node:fs'
import { connect, createServer, type Socket } from 'node:net'

const [targetPort, delayArg, events] = process.argv.slice(2)
const delay = Number(delayArg)
if (!targetPort || !events || !(delay >= 0)) {
  console.error('usage: front.js <registry port> <delay ms> <events file>')
  process.exit(2)
}

const now = (): number => performance.now()

/**
 * Forwards what `from` sends to `to`, each chunk `delay` ms after it arrived, in order: one queue
 * and one timer per direction, so no chunk overtakes another.
 */
function relay(from: Socket, to: Socket, onFirst?: () => void): void {
  const queue: Array<{ at: number; chunk: Buffer | null }> = []
  let timer: NodeJS.Timeout | undefined
  const flush = (): void => {
    timer = undefined
    while (queue.length > 0 && queue[0]!.at <= now()) {
      const { chunk } = queue.shift()!
      if (to.destroyed) return
      if (chunk) to.write(chunk)
      else to.end()
    }
    if (queue.length > 0) timer = setTimeout(flush, queue[0]!.at - now())
  }
  const push = (chunk: Buffer | null): void => {
    queue.push({ at: now() + delay, chunk })
    timer ??= setTimeout(flush, delay)
  }
  from.on('data', (chunk: Buffer) => {
    if (onFirst) {
      onFirst()
      onFirst = undefined
    }
    push(chunk)
  })
  from.on('end', () => push(null))
  from.on('error', () => to.destroy())
  from.on('close', () => {
    if (queue.length === 0 && !from.readableEnded) to.destroy()
  })
}

const server = createServer({ noDelay: true }, client => {
  const upstream = connect({ host: '127.0.0.1', port: Number(targetPort), noDelay: true })
  relay(client, upstream, () =>
    appendFileSync(events, `${(performance.timeOrigin + now()).toFixed(1)}\n`)
  )
  relay(upstream, client)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  if (address && typeof address === 'object') console.log(address.port)
})
process.on('SIGTERM', () => process.exit(0))
