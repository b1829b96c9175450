import { setFlagsFromString } from 'node:v8'

/**
 * Keeps WebAssembly on V8's baseline compiler. undici parses HTTP with a WebAssembly module.
 * V8 compiles it quickly with Liftoff, then recompiles hot functions with TurboFan in the
 * background, and a process cannot exit before that finishes: about 0.25 s at the end of every
 * step (measured on a retag), for headers that Liftoff code parses as fast as the network
 * delivers them. Call before anything imports undici (it compiles the module when loaded).
 * Node 20 (V8 11) needs only `--liftoff-only`; Node 24 (V8 13), which GitHub's runners use for
 * node20 actions, no longer applies that flag's implications when it is set at run time, so
 * the two tier-ups are switched off by name as well.
 */
export function baselineWasmOnly(): void {
  for (const flag of ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering']) {
    setFlagsFromString(flag)
  }
}
