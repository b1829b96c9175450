/** A build context whose image has a shell, offline: busybox copied into FROM scratch. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureCommands } from '../testbed/tools.js'

export function busyboxContext(
  dockerfileTail = 'RUN ["/bin/busybox", "sh", "-c", "echo hello from the image > /hello"]\nCMD ["/bin/busybox", "cat", "/hello"]\n'
): string {
  ensureCommands('busybox')
  const dir = mkdtempSync(join(tmpdir(), 'ctx-'))
  copyFileSync('/bin/busybox', join(dir, 'busybox'))
  writeFileSync(
    join(dir, 'Dockerfile'),
    `FROM scratch\nCOPY busybox /bin/busybox\n${dockerfileTail}`
  )
  return dir
}
