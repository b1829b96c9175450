export const id = 609;
export const ids = [609];
export const modules = {

/***/ 33609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BlobArrivals: () => (/* binding */ BlobArrivals),
/* harmony export */   dockerEngine: () => (/* binding */ dockerEngine),
/* harmony export */   loadAsBlobsArrive: () => (/* binding */ loadAsBlobsArrive),
/* harmony export */   loadLayout: () => (/* binding */ loadLayout),
/* harmony export */   localEngineApi: () => (/* binding */ localEngineApi),
/* harmony export */   pullThroughLoopback: () => (/* binding */ pullThroughLoopback)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _builders_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5793);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73190);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34081);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37631);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62965);
/**
 * The local Docker engine: whether one answers (asked once per run), and getting an image into
 * it: `docker load` of a streamed archive, a load as the blobs of a pull arrive, or a pull by the
 * engine itself through the loopback registry (`loopback-registry.ts`, `api.ts`).
 */








let engine;
/** Whether a Docker engine answers here; asked once per run. */
function dockerEngine() {
    engine ??= (0,_builders_index_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerEngineAnswers */ .U0)(_exec_js__WEBPACK_IMPORTED_MODULE_7__.actionRunner);
    return engine;
}
let api;
/**
 * The engine's API on its unix socket, when the Docker CLI would use that socket too (no
 * other host or context chosen) and the engine answers there; asked once per run.
 */
function localEngineApi(env = process.env) {
    const find = async () => {
        // node:http only for the pulls that load.
        const { EngineApi, engineSocket } = await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 42205));
        const socket = engineSocket(env, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigPath */ .Q1)(env));
        if (!socket)
            return undefined;
        const engineApi = new EngineApi(socket);
        return (await engineApi.ping()) ? engineApi : undefined;
    };
    if (env !== process.env)
        return find();
    api ??= find();
    return api;
}
/** The same calls as `docker` commands. */
function cliCalls(env) {
    const docker = async (args, signal) => void (await _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .spawnRunner */ .Sx.run('docker', args, { env, quiet: true, ...(signal && { signal }) }));
    return {
        pull: (reference, signal) => docker(['pull', '--quiet', reference], signal),
        tag: (source, name) => docker(['tag', source, name]),
        remove: reference => docker(['rmi', '--no-prune', reference])
    };
}
/**
 * Loads the image of an OCI layout this run wrote into the Docker engine under `names` (none:
 * by its image ID only), streaming it as a `docker save` archive. Returns what `docker load`
 * said.
 */
async function loadLayout(dir, tag, names) {
    // The layout was written verified by this run (a pull, a build): no second hash on the way
    // to the engine, which checks every layer against the config's diff_ids itself.
    const layout = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutSource */ .bB(dir, tag, { trusted: true });
    const root = await layout.root();
    return dockerLoad(layout, {
        desc: { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
        bytes: root.bytes
    }, names);
}
/** `docker load` of `manifest`'s image as a streamed archive; what docker load said. */
async function dockerLoad(source, manifest, names, env = process.env) {
    const archive = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .dockerArchiveStream */ .nh)(source, manifest.desc, manifest.bytes, names);
    return (await _exec_js__WEBPACK_IMPORTED_MODULE_7__.actionRunner.pipeInto('docker', ['load'], archive, env)).trim();
}
/**
 * Blobs of a layout that a pull is still writing: each becomes readable once it is in place,
 * verified; a failed pull fails every reader still waiting.
 */
class BlobArrivals {
    waiting = new Map();
    failure;
    failures = [];
    /** Calls `listener` once, when (or if already) the pull has failed. */
    onFail(listener) {
        if (this.failure !== undefined)
            listener();
        else
            this.failures.push(listener);
    }
    entry(digest) {
        let e = this.waiting.get(digest);
        if (!e) {
            const parts = {};
            parts.promise = new Promise((resolve, reject) => {
                parts.resolve = resolve;
                parts.reject = reject;
            });
            e = parts;
            // A blob nobody waits for must not become an unhandled rejection.
            e.promise.catch(() => undefined);
            if (this.failure !== undefined)
                e.reject(this.failure);
            this.waiting.set(digest, e);
        }
        return e;
    }
    /** The blob is in the layout, verified. */
    arrived(digest) {
        this.entry(digest).resolve();
    }
    /** The pull failed: every reader fails with its error. */
    fail(error) {
        this.failure = error;
        // Settled entries (arrived blobs) ignore this.
        for (const e of this.waiting.values())
            e.reject(error);
        for (const listener of this.failures.splice(0))
            listener();
    }
    wait(digest) {
        return this.entry(digest).promise;
    }
}
/**
 * Whether the engine runs on this machine, where it can reach this process's loopback: a unix
 * socket (the default), not a `tcp://` or `ssh://` host. An engine in its own network
 * namespace (rootless Docker) is found out by {@link loadAsBlobsArrive} when it cannot connect.
 */
function engineIsLocal(env) {
    const host = env.DOCKER_HOST;
    return !host || host.startsWith('unix://');
}
/**
 * Loads an image into the Docker engine while a pull is still writing its layout, each blob
 * handed over only once it is in place, verified, and the image named only after the last.
 *
 * With names, and an engine on this machine, the engine pulls the image from a registry on
 * this process's loopback (`serveOnLoopback`), unpacking each layer while the rest
 * download; the image is tagged with `names` once the engine has it whole, and the loopback
 * name is taken off. If any blob fails the engine never gets it, its pull is stopped, and no
 * image is made.
 *
 * Otherwise (no names: an image known by its ID only; a remote engine; an engine that cannot
 * reach the loopback), `docker load` reads the image as a streamed archive, whose
 * `manifest.json`, with the tags, comes after the last layer: a cut archive loads nothing.
 */
async function loadAsBlobsArrive(dir, manifest, names, arrivals, options = {}) {
    const env = options.env ?? process.env;
    const layout = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutSource */ .bB(dir, undefined, { trusted: true });
    const open = async (desc) => {
        await arrivals.wait(desc.digest);
        return layout.blob(desc).open(0);
    };
    if (options.loopback !== false && names.length > 0 && engineIsLocal(env)) {
        const stop = new AbortController();
        arrivals.onFail(() => stop.abort());
        const pulled = await pullFromLoopback(open, manifest, names, stop.signal, env);
        if (pulled !== undefined)
            return pulled;
    }
    const source = {
        description: layout.description,
        root: () => layout.root(),
        manifest: desc => layout.manifest(desc),
        blob: desc => ({
            replayable: false,
            open: () => {
                const out = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough({ highWaterMark: 1024 * 1024 });
                open(desc).then(file => {
                    file.on('error', error => out.destroy(error));
                    file.pipe(out);
                }, (error) => out.destroy(error instanceof Error ? error : new Error(String(error))));
                return out;
            }
        })
    };
    return dockerLoad(source, manifest, names, env);
}
/**
 * Pulls an image into the engine straight from its registry, through a verifying loopback
 * proxy (`serveOnLoopback`): the engine asks for each blob when it wants it, the action
 * downloads it with its own client and passes each chunk on as it hashes it, holding back the
 * last until the digest and size are checked. A blob that fails verification is never whole
 * at the engine (its download is cut, and the engine's pull stopped), so no image is made;
 * the image is tagged with `names` only once the engine has it whole. Nothing is written
 * here: this is for a pull that only loads.
 *
 * Returns what it said and what moved, or undefined when the engine never reached the
 * loopback (a remote engine, or one in its own network namespace): the caller then downloads
 * and loads the archive.
 */
async function pullThroughLoopback(source, manifest, names, events = {}, env = process.env) {
    if (names.length === 0 || !engineIsLocal(env))
        return undefined;
    const stats = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyStats */ .bD)();
    let failure;
    const stop = new AbortController();
    const fail = (error) => {
        failure ??= error;
        stop.abort();
    };
    const open = async (desc) => {
        events.onBlobStart?.(desc);
        const upstream = source.blob(desc, n => events.onBlobProgress?.(desc, n)).open(0);
        const held = new HoldLast();
        // The client's stream ends only verified. Either side's end ends both: a download the
        // engine stops reading is not left half-read.
        upstream.on('end', () => {
            stats.copied++;
            stats.bytesCopied += desc.size;
            events.onBlobDone?.(desc, 'copied');
        });
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(upstream, held).catch((error) => {
            // The engine hanging up is its own pull's business; a download that fails is the pull's.
            if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
                fail(error);
        });
        return held;
    };
    try {
        const said = await pullFromLoopback(open, manifest, names, stop.signal, env);
        return said === undefined ? undefined : { said, stats };
    }
    catch (error) {
        throw failure ?? error;
    }
}
/**
 * Passes a stream on with its last chunk held back until the source ends cleanly: a source
 * that fails at its end (a digest mismatch) never has all its bytes passed on.
 */
class HoldLast extends node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform {
    last;
    _transform(chunk, _encoding, callback) {
        const previous = this.last;
        this.last = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        callback(null, this.last);
    }
}
/**
 * `docker pull` of the image from a loopback registry serving it with `open`, then `docker tag`
 * with `names` and the loopback name removed. What docker said, or undefined when the engine
 * never reached the loopback registry. `stop` is aborted when the action's own pull fails: the
 * engine's is stopped at once (its blobs will never come).
 */
async function pullFromLoopback(open, manifest, names, stop, env) {
    const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(manifest.bytes, manifest.desc.mediaType);
    if (parsed.kind !== 'image')
        return undefined;
    const image = parsed.manifest;
    // node:http only for the pulls that load.
    const { serveOnLoopback } = await __webpack_require__.e(/* import() */ 866).then(__webpack_require__.bind(__webpack_require__, 27485));
    const registry = await serveOnLoopback({
        manifest,
        blobs: [image.config, ...image.layers],
        blob: open
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The engine pulls the image from a loopback registry as its blobs verify: ${registry.reference}`);
    const engine = (await localEngineApi(env)) ?? cliCalls(env);
    try {
        try {
            await engine.pull(registry.reference, stop);
        }
        catch (error) {
            if (registry.reached() || stop.aborted)
                throw error;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq("The Docker engine cannot reach this machine's loopback: loading with docker load.");
            return undefined;
        }
        try {
            // By the loopback reference, not the config digest: on the containerd image store an
            // image's ID is its manifest's digest.
            for (const name of names)
                await engine.tag(registry.reference, name);
        }
        finally {
            // Only the loopback name: the image stays under `names`.
            await engine.remove(registry.reference).catch(() => undefined);
        }
        return names.map(name => `Loaded image: ${name}`).join('\n');
    }
    finally {
        await registry.close();
    }
}


/***/ })

};
