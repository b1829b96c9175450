/** `command: login`: log in, report, and leave the Docker credentials for later steps. */
import type { RunContext } from '../context.js'
import type { LoginInputs } from '../inputs/index.js'
import { openTargetSession } from '../session.js'

export async function login(inputs: LoginInputs, ctx: RunContext): Promise<void> {
  // Push rights are asked for, not needed: the summary then shows what the token may do.
  const session = await openTargetSession(inputs, ctx, { write: false, askPush: true })
  await session.close()
}
