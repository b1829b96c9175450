/**
 * `WWW-Authenticate` parsing (RFC 7235), as registries send it:
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
 */

export interface Challenge {
  /** Lower-case scheme: `bearer` or `basic`. */
  scheme: string
  params: Record<string, string>
}

/** Parses every challenge in a header value (several may be comma-separated). */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  const values = Array.isArray(header) ? header : header ? [header] : []
  const challenges: Challenge[] = []
  for (const value of values) {
    const re = /\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s+|$)/y
    let pos = 0
    while (pos < value.length) {
      re.lastIndex = pos
      const scheme = re.exec(value)
      if (!scheme) break
      pos = re.lastIndex
      // No prototype: a parameter named __proto__ or constructor is only a parameter.
      const params = Object.create(null) as Record<string, string>
      // auth-param = token BWS "=" BWS ( token / quoted-string ), separated by commas.
      const param =
        /\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(,|$)/y
      for (;;) {
        param.lastIndex = pos
        const m = param.exec(value)
        if (!m) break
        params[m[1]!.toLowerCase()] =
          m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '')
        pos = param.lastIndex
        if (m[4] === '') break
      }
      challenges.push({ scheme: scheme[1]!.toLowerCase(), params })
      while (pos < value.length && /[\s,]/.test(value[pos]!)) pos++
    }
  }
  return challenges
}
