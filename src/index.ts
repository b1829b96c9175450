import { setFlagsFromString } from 'node:v8'

// undici parses HTTP with a WebAssembly module. V8 compiles it quickly with Liftoff, then
// recompiles hot functions with TurboFan in the background, and a process cannot exit before
// that finishes: about 0.25 s at the end of every step (measured on a retag), for headers that Liftoff code parses
// as fast as the network delivers them. Set before any module is compiled.
setFlagsFromString('--liftoff-only')

const { run } = await import('./action/main.js')
await run()
