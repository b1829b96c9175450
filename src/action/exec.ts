/**
 * The action's {@link CommandRunner}: commands whose output is a log run through
 * `@actions/exec`, so the log shows `[command]docker build …` and the output as it comes, as
 * docker's own actions do. Quiet commands (probes, credential helpers, which need a time limit
 * and must not echo), and streams (`docker save`, `docker load`) use the spawn runner.
 */
import * as exec from '@actions/exec'
import { CommandError, spawnRunner, type CommandRunner } from '../exec.js'

export const actionRunner: CommandRunner = {
  async run(command, args, options = {}) {
    if (options.quiet || options.timeoutMs) return spawnRunner.run(command, args, options)
    const tail: string[] = []
    const keep = (line: string): void => {
      tail.push(line)
      if (tail.length > 5) tail.shift()
    }
    const env = options.env ?? process.env
    const result = await exec
      .getExecOutput(command, args, {
        ...(options.cwd && { cwd: options.cwd }),
        env: Object.fromEntries(
          Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)
        ),
        ...(options.input !== undefined && { input: Buffer.from(options.input) }),
        ignoreReturnCode: true,
        listeners: { stdline: keep, errline: keep }
      })
      .catch((error: unknown) => {
        // Not found, or not executable: the same error the spawn runner gives.
        throw new CommandError(
          command,
          null,
          error instanceof Error ? error.message : String(error)
        )
      })
    if (result.exitCode !== 0)
      throw new CommandError(
        `${command} ${args[0] ?? ''}`.trim(),
        result.exitCode,
        tail.join(' | ')
      )
    return result.stdout
  },
  stream: spawnRunner.stream,
  pipeInto: spawnRunner.pipeInto
}
