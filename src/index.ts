import { setFlagsFromString } from 'node:v8'

// undici parses HTTP with a WebAssembly module. V8 compiles it quickly with Liftoff, then
// recompiles hot functions with TurboFan in the background, and a process cannot exit before
// that finishes: about 0.25 s at the end of every step (measured on a retag), for headers that
// Liftoff code parses as fast as the network delivers them. Set before any module is compiled.
// Node 20 (V8 11) needs only `--liftoff-only`; Node 24 (V8 13), which GitHub's runners use for
// node20 actions, no longer applies that flag's implications when it is set at run time, so
// the two tier-ups are switched off by name as well.
for (const flag of ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering']) {
  setFlagsFromString(flag)
}

const { run } = await import('./action/main.js')
await run()
