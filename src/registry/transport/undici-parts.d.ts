/**
 * The two parts of undici the transport uses, by their files: `import 'undici'` evaluates all of
 * it (fetch, WebSocket, caches, mocks), which is most of a step's start-up. undici 7 has no
 * `exports` map, so its files are public paths; the types are undici's own.
 */
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import type { EnvHttpProxyAgent } from 'undici'
  const Agent: typeof EnvHttpProxyAgent
  export default Agent
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici'
  /** `Dispatcher.prototype.request`, called with the dispatcher as `this`. */
  function request(
    this: Dispatcher,
    options: Dispatcher.RequestOptions
  ): Promise<Dispatcher.ResponseData>
  export default request
}
