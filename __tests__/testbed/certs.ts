/** Certificates made at test time with openssl: a CA, and server certificates it signs. */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureCommands } from './tools.js'

export interface CertificateAuthority {
  certPath: string
  keyPath: string
  /** PEM text of the CA certificate, for an explicit `ca` option or NODE_EXTRA_CA_CERTS. */
  pem: string
}

export interface ServerCertificate {
  certPath: string
  keyPath: string
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: 'pipe' })
}

/** A self-signed certificate (RSA 2048, two days) with `extensions` (`-addext` values). */
function selfSigned(
  keyPath: string,
  certPath: string,
  cn: string,
  extensions: string[] = []
): void {
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    certPath,
    '-days',
    '2',
    '-subj',
    `/CN=${cn}`,
    ...extensions.flatMap(e => ['-addext', e])
  ])
}

/** A new self-signed CA in `dir`. */
export function makeCA(dir: string, name = 'ghcr-action test CA'): CertificateAuthority {
  ensureCommands('openssl')
  const keyPath = join(dir, 'ca.key')
  const certPath = join(dir, 'ca.crt')
  selfSigned(keyPath, certPath, name, [
    'basicConstraints=critical,CA:TRUE',
    'keyUsage=critical,keyCertSign,cRLSign'
  ])
  return { certPath, keyPath, pem: readFileSync(certPath, 'utf8') }
}

/** A server certificate for `hosts` (IP addresses or names), signed by `ca`. */
export function makeServerCert(
  dir: string,
  ca: CertificateAuthority,
  hosts: string[],
  name = 'server'
): ServerCertificate {
  const keyPath = join(dir, `${name}.key`)
  const csrPath = join(dir, `${name}.csr`)
  const certPath = join(dir, `${name}.crt`)
  const extPath = join(dir, `${name}.ext`)
  const san = hosts
    .map(h => (/^[\d.]+$/.test(h) || h.includes(':') ? `IP:${h}` : `DNS:${h}`))
    .join(',')
  writeFileSync(
    extPath,
    `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`
  )
  openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    csrPath,
    '-subj',
    `/CN=${hosts[0]}`
  ])
  openssl([
    'x509',
    '-req',
    '-in',
    csrPath,
    '-CA',
    ca.certPath,
    '-CAkey',
    ca.keyPath,
    '-CAcreateserial',
    '-out',
    certPath,
    '-days',
    '2',
    '-extfile',
    extPath
  ])
  return { certPath, keyPath }
}

/** A self-signed certificate and key, as the token issuer's signing identity. */
export function makeSelfSigned(dir: string, name: string): ServerCertificate {
  ensureCommands('openssl')
  const keyPath = join(dir, `${name}.key`)
  const certPath = join(dir, `${name}.crt`)
  selfSigned(keyPath, certPath, name)
  return { certPath, keyPath }
}
