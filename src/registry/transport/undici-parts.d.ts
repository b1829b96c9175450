/**
 * The parts of undici the transport uses, by their files: `import 'undici'` evaluates all of it
 * (fetch, WebSocket, caches, mocks), which was most of a step's start-up. undici 7 has no
 * `exports` map, so its files are public paths; the types are undici's own.
 */
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import type { EnvHttpProxyAgent } from 'undici'
  const Agent: typeof EnvHttpProxyAgent
  export default Agent
}

declare module 'undici/lib/dispatcher/dispatcher.js' {
  import type { Dispatcher } from 'undici'
  const DispatcherClass: typeof Dispatcher
  export default DispatcherClass
}

declare module 'undici/lib/api/index.js' {
  /** `request`, `stream`, `pipeline`, `upgrade`, `connect`: what undici puts on every dispatcher. */
  const api: Record<string, unknown>
  export default api
}
