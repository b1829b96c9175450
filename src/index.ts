import { baselineWasmOnly } from './wasm-flags.js'

// Before the action's modules load undici.
baselineWasmOnly()

const { run } = await import('./action/main.js')
await run()
