/**
 * The runner's artifacts file command (`$GITHUB_ARTIFACTS`, runner 2.336 and later): a step
 * declares what it produced, one line each, and later steps of the job read the job's
 * declarations from `$GITHUB_ARTIFACTS_LIST`; `actions/attest` with no subject inputs attests
 * them. A pushed image is declared as `oci://NAME@DIGEST`. Where the runner offers no such file,
 * nothing is written and nothing is said.
 */
import * as core from '@actions/core'
import { appendFileSync, readFileSync } from 'node:fs'

/** A subject the runner lists (`{version: 1, subjects: [{name, digest, kind}]}`). */
interface ListedSubject {
  name?: unknown
  digest?: unknown
}

/** The digest an earlier step of this job declared for `name`, from the runner's list. */
function declaredEarlier(name: string, env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_ARTIFACTS_LIST) return undefined
  try {
    const list = JSON.parse(readFileSync(env.GITHUB_ARTIFACTS_LIST, 'utf8')) as {
      subjects?: ListedSubject[]
    }
    const found = list.subjects?.find(s => s.name === name)
    return typeof found?.digest === 'string' ? found.digest : undefined
  } catch {
    return undefined
  }
}

/**
 * Declares a pushed image to the runner. The runner fails the step that declares a name a
 * second time with another digest, so an image name an earlier step of the job declared with
 * another digest is left out, with a notice.
 */
export function declarePushedImage(
  name: string,
  digest: string,
  env: NodeJS.ProcessEnv = process.env
): void {
  const file = env.GITHUB_ARTIFACTS
  if (!file) return
  const earlier = declaredEarlier(name, env)
  if (earlier === digest) return
  if (earlier) {
    core.notice(
      `${name}@${digest} is not declared to the runner's artifacts list: an earlier step of this job declared ${name}@${earlier}, and the runner takes one digest per name in a job. Attest this one with subject-name and subject-digest.`
    )
    return
  }
  try {
    appendFileSync(file, `oci://${name}@${digest}\n`)
    core.info(`Declared ${name}@${digest} in the runner's artifacts list (GITHUB_ARTIFACTS)`)
  } catch (error) {
    core.warning(
      `Could not declare ${name}@${digest} in GITHUB_ARTIFACTS: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
