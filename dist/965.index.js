export const id = 965;
export const ids = [965];
export const modules = {

/***/ 62965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionRunner: () => (/* binding */ actionRunner)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41955);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73190);
/**
 * The action's {@link CommandRunner}: commands whose output is a log run through
 * `@actions/exec`, so the log shows `[command]docker build …` and the output as it comes, as
 * docker's own actions do. Quiet commands (probes, credential helpers, which need a time limit
 * and must not echo), and streams (`docker save`, `docker load`) use the spawn runner.
 */


const actionRunner = {
    async run(command, args, options = {}) {
        if (options.quiet || options.timeoutMs)
            return _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnRunner */ .Sx.run(command, args, options);
        const tail = [];
        const keep = (line) => {
            tail.push(line);
            if (tail.length > 5)
                tail.shift();
        };
        const env = options.env ?? process.env;
        const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__.getExecOutput(command, args, {
            ...(options.cwd && { cwd: options.cwd }),
            env: Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined)),
            ...(options.input !== undefined && { input: Buffer.from(options.input) }),
            ignoreReturnCode: true,
            listeners: { stdline: keep, errline: keep }
        })
            .catch((error) => {
            // Not found, or not executable: the same error the spawn runner gives.
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd(command, null, error instanceof Error ? error.message : String(error));
        });
        if (result.exitCode !== 0)
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd(`${command} ${args[0] ?? ''}`.trim(), result.exitCode, tail.join(' | '));
        return result.stdout;
    },
    stream: _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnRunner */ .Sx.stream,
    pipeInto: _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnRunner */ .Sx.pipeInto
};


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Sx: () => (/* binding */ spawnRunner),
/* harmony export */   kz: () => (/* binding */ succeeds)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Running commands: argument arrays, never a shell. Every process the project starts goes
 * through a {@link CommandRunner}; this file has the plain one (Node's `spawn`), which tests and
 * the benchmark use, and the action passes its own (`@actions/exec` for commands whose output
 * is a log, so the log shows `[command]docker build …`). Streaming commands (`docker save`,
 * `docker load`) always use the spawn helpers here: their input or output is data, not a log.
 */

/** A command that exited with a non-zero status; `output` holds its last lines. */
class CommandError extends Error {
    command;
    code;
    output;
    constructor(command, code, output) {
        super(`${command} failed${code === null ? '' : ` with exit code ${code}`}${output ? `: ${output}` : ''}`);
        this.command = command;
        this.code = code;
        this.output = output;
        this.name = 'CommandError';
    }
}
function lines(stream, sink) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
        const parts = (rest + text).split(/\r?\n/);
        rest = parts.pop() ?? '';
        for (const part of parts)
            sink(part);
    });
    stream.on('end', () => {
        if (rest)
            sink(rest);
    });
}
/** Runs a command to completion; rejects with {@link CommandError} on a non-zero exit. */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            env: options.env ?? process.env,
            cwd: options.cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
            ...(options.signal && { signal: options.signal })
        });
        // Not spawn's own `timeout`: for a command that is not installed, Node keeps that timer
        // (and so the step's process) alive for the whole time after the spawn has failed.
        const timer = options.timeoutMs
            ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
            : undefined;
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input);
        const tail = [];
        let stdout = '';
        const keep = (line) => {
            tail.push(line);
            if (tail.length > 20)
                tail.shift();
            if (!options.quiet)
                options.onLine?.(line);
        };
        child.stdout.on('data', (chunk) => {
            if (stdout.length < 1 << 20)
                stdout += chunk.toString('utf8');
        });
        // A quiet command's stdout may be a secret: it never reaches an error message.
        if (!options.quiet)
            lines(child.stdout, keep);
        lines(child.stderr, keep);
        child.on('error', error => {
            clearTimeout(timer);
            reject(new CommandError(command, null, error.message));
        });
        child.on('close', code => {
            clearTimeout(timer);
            if (code === 0)
                resolve(stdout);
            else
                reject(new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, tail.slice(-5).join(' | ')));
        });
    });
}
/** Whether a probe command succeeds within a few seconds; its output is not logged. */
async function succeeds(runner, command, args, env) {
    try {
        await runner.run(command, args, { ...(env && { env }), timeoutMs: 15_000, quiet: true });
        return true;
    }
    catch {
        return false;
    }
}
/** A command whose stdout is streamed to the caller (`docker save`). */
function streamCommand(command, args, env) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    lines(child.stderr, line => {
        tail.push(line);
        if (tail.length > 5)
            tail.shift();
    });
    const done = new Promise((resolve, reject) => {
        child.on('error', error => reject(new CommandError(command, null, error.message)));
        child.on('close', code => code === 0
            ? resolve()
            : reject(new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, tail.join(' | '))));
    });
    return {
        stdout: child.stdout,
        done,
        kill: () => {
            child.stdout.destroy();
            child.kill();
        }
    };
}
/** Streams data into a command's stdin (`docker load`); resolves with its stdout. */
function pipeInto(command, args, input, env) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', d => (out += d));
        child.stderr.on('data', d => (err += d));
        child.on('error', error => reject(new CommandError(command, null, error.message)));
        child.stdin.on('error', () => undefined);
        // A failed input ends the command: its stdin is closed mid-stream (a reader of archives,
        // such as docker load, then refuses the whole cut archive), it is told to stop, and killed
        // if it does not. The promise settles when it has exited, with the input's error.
        let inputError;
        input.on('error', error => {
            inputError = error;
            input.unpipe(child.stdin);
            child.stdin.destroy();
            child.kill();
            setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 2000).unref();
        });
        input.pipe(child.stdin);
        child.on('close', code => inputError !== undefined
            ? reject(inputError)
            : code === 0
                ? resolve(out)
                : reject(new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, (err || out).trim().split('\n').slice(-3).join(' | '))));
    });
}
/** The plain runner: Node's `spawn`, output handed to `onLine`. */
const spawnRunner = { run, stream: streamCommand, pipeInto };


/***/ })

};
