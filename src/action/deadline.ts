/**
 * A deadline around work the action cannot cancel (a request inside a library that sets no
 * timeout of its own). When it passes, the step fails with `message`; the work is abandoned,
 * and since its socket would keep the process alive, the step then exits instead of waiting
 * for it (`exitIfAbandoned`, at the end of the run).
 */
import { UserError } from './errors.js'

let abandoned = false

export async function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned = true
      reject(new UserError(message))
    }, ms)
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Ends the process once the step's result is written, when work was left running. */
export function exitIfAbandoned(): void {
  if (abandoned) process.exit()
}
