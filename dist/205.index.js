export const id = 205;
export const ids = [205];
export const modules = {

/***/ 42205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EngineApi: () => (/* binding */ EngineApi),
/* harmony export */   engineSocket: () => (/* binding */ engineSocket)
/* harmony export */ });
/* unused harmony export EngineApiError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The Docker Engine API on the engine's own unix socket, for the calls of a pull that loads:
 * ping, pull, tag, remove. Each start of the `docker` CLI costs 0.1–0.3 s of a runner's time;
 * a request on the socket costs milliseconds. Used only when the CLI would talk to that same
 * socket (see {@link engineSocket}); otherwise the caller runs the CLI.
 */


/** How long a local call other than a pull may take. */
const CALL_TIMEOUT_MS = 60_000;
class EngineApiError extends Error {
    call;
    status;
    constructor(call, status, detail) {
        super(`Docker engine API ${call} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`);
        this.call = call;
        this.status = status;
        this.name = 'EngineApiError';
    }
}
/**
 * The unix socket the Docker CLI would use: `DOCKER_HOST` when it is `unix://…`, else the
 * default `/var/run/docker.sock` unless a Docker context is chosen (`DOCKER_CONTEXT`, or the
 * `currentContext` of the CLI's config at `configPath`), which may name another engine.
 * Undefined when the CLI would go elsewhere.
 */
function engineSocket(env, configPath) {
    const host = env.DOCKER_HOST;
    if (host)
        return host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
    const chosen = (name) => !!name && name !== 'default';
    if (chosen(env.DOCKER_CONTEXT))
        return undefined;
    try {
        const config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(configPath, 'utf8'));
        if (typeof config.currentContext === 'string' && chosen(config.currentContext))
            return undefined;
    }
    catch {
        // No config (or an unreadable one, which the CLI would refuse): the default socket.
    }
    return '/var/run/docker.sock';
}
/** `name[:tag]` split as the engine's tag call wants it (a port's colon is not a tag's). */
function repoAndTag(name) {
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/'))
        return { repo: name.slice(0, colon), tag: name.slice(colon + 1) };
    return { repo: name, tag: 'latest' };
}
/** `repo@digest` or `repo:tag` as the pull call's `fromImage` and `tag` parameters. */
function pullParameters(reference) {
    const at = reference.indexOf('@');
    if (at >= 0)
        return new URLSearchParams({ fromImage: reference.slice(0, at), tag: reference.slice(at + 1) });
    const { repo, tag } = repoAndTag(reference);
    return new URLSearchParams({ fromImage: repo, tag });
}
/** Reads a response body whole (they are small: errors, tag and remove answers). */
async function text(res) {
    let body = '';
    res.setEncoding('utf8');
    for await (const chunk of res)
        body += chunk;
    return body;
}
/** The engine's own words from an error body (`{"message": …}`), or the body itself. */
function message(body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed.message === 'string')
            return parsed.message;
    }
    catch {
        // Not JSON: said as it is.
    }
    return body.trim() || 'no message';
}
class EngineApi {
    socketPath;
    constructor(socketPath) {
        this.socketPath = socketPath;
    }
    send(method, path, options = {}) {
        return new Promise((resolve, reject) => {
            const req = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({
                socketPath: this.socketPath,
                method,
                path,
                // The engine ignores the host; HTTP/1.1 wants one.
                headers: { Host: 'docker' },
                ...(options.signal && { signal: options.signal }),
                ...(options.timeoutMs && { timeout: options.timeoutMs })
            });
            req.on('timeout', () => req.destroy(new EngineApiError(`${method} ${path}`, undefined, 'no answer in time')));
            req.on('response', resolve);
            req.on('error', reject);
            req.end();
        });
    }
    /** A call that answers with `expected` (and a small body); anything else is an error. */
    async call(method, path, expected) {
        const res = await this.send(method, path, { timeoutMs: CALL_TIMEOUT_MS });
        const body = await text(res);
        if (res.statusCode !== expected)
            throw new EngineApiError(`${method} ${path}`, res.statusCode, message(body));
    }
    /** Whether the engine answers on the socket (`GET /_ping`). */
    async ping(timeoutMs = 5_000) {
        try {
            const res = await this.send('GET', '/_ping', { timeoutMs });
            await text(res);
            return res.statusCode === 200;
        }
        catch {
            return false;
        }
    }
    /**
     * `docker pull reference`: resolves when the engine has the image whole. The engine reports
     * a failure inside its progress stream (an `error` message after a 200); either way it is
     * thrown. Aborting `signal` hangs up, which stops the engine's pull.
     */
    async pull(reference, signal) {
        const call = `pull of ${reference}`;
        const res = await this.send('POST', `/images/create?${pullParameters(reference)}`, {
            ...(signal && { signal })
        });
        if (res.statusCode !== 200)
            throw new EngineApiError(call, res.statusCode, message(await text(res)));
        let rest = '';
        let failure;
        res.setEncoding('utf8');
        const consider = (line) => {
            if (!line.trim())
                return;
            try {
                const m = JSON.parse(line);
                const said = m.errorDetail?.message ?? m.error;
                if (said !== undefined)
                    failure ??= String(said);
            }
            catch {
                // A progress line that is not JSON says nothing about the outcome.
            }
        };
        for await (const chunk of res) {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop() ?? '';
            lines.forEach(consider);
        }
        consider(rest);
        if (!res.complete)
            throw new EngineApiError(call, undefined, 'the engine hung up mid-answer');
        if (failure !== undefined)
            throw new EngineApiError(call, undefined, failure);
    }
    /** `docker tag source name`. */
    tag(source, name) {
        const { repo, tag } = repoAndTag(name);
        return this.call('POST', `/images/${source}/tag?${new URLSearchParams({ repo, tag })}`, 201);
    }
    /** `docker rmi --no-prune reference`: takes the name off; the image stays under its others. */
    remove(reference) {
        return this.call('DELETE', `/images/${reference}?noprune=1`, 200);
    }
}


/***/ })

};
