export const id = 122;
export const ids = [122];
export const modules = {

/***/ 90122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pull: () => (/* binding */ pull)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88701);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42419);
/* harmony import */ var _blob_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31348);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16546);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40645);
/* harmony import */ var _engine_load_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33609);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(78055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(58592);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1156);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(51671);
/**
 * `command: pull`: resolves an image to its digest for deploy steps, downloads it verified
 * (through the blob cache when it is on), and only then loads it into the Docker engine and
 * writes the `output` layout.
 */














const LAYOUT_TAG = 'latest';
/**
 * The image manifest a pull of `served` writes (the chosen platform's, for an index), read
 * before the blobs so that loading can start with them; undefined when the index has no such
 * platform (the pull itself then says so).
 */
async function imageManifest(remote, served, platform) {
    if (served.parsed.kind === 'image') {
        return {
            desc: { mediaType: served.mediaType, digest: served.digest, size: served.bytes.length },
            bytes: served.bytes
        };
    }
    const child = served.parsed.index.manifests.find(m => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .platformMatches */ .J5)(m.platform, platform));
    if (!child)
        return undefined;
    return { desc: child, bytes: await remote.manifest(child) };
}
/** What is at `output`: nothing, an empty directory, or an OCI layout (validated as an input). */
function layoutState(output) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(output))
        return 'absent';
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(output).length === 0 ? 'empty' : 'layout';
}
/** Whether to load into the engine: `auto` when one answers; `true` insists on one. */
async function shouldLoad(inputs) {
    if (inputs.load === false)
        return false;
    // An engine that answers on its socket needs no `docker version` (a CLI start) to say so;
    // the CLI must still be there, for the pulls that end in `docker load`.
    const engine = ((await (0,_engine_load_js__WEBPACK_IMPORTED_MODULE_9__/* .localEngineApi */ .qV)()) !== undefined && (await (0,_actions_io__WEBPACK_IMPORTED_MODULE_1__/* .which */ .K7)('docker')) !== '') ||
        (await (0,_engine_load_js__WEBPACK_IMPORTED_MODULE_9__/* .dockerEngine */ .JH)());
    if (inputs.load === true && !engine) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz('load', 'true', 'no Docker engine answers here', 'Set load: false, or start a Docker engine (DOCKER_HOST).');
    }
    return engine;
}
async function planPull(inputs, ctx, cache) {
    const { source, output } = inputs;
    const state = output ? layoutState(output) : 'none';
    const intoOutput = !cache.enabled && (state === 'absent' || state === 'empty');
    const inPlace = !cache.enabled && state === 'layout';
    if (intoOutput)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(output)), { recursive: true });
    const scratch = intoOutput
        ? await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .partialDir */ .$v)(`${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(output)}.partial-`)
        : await (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .scratchDir */ .GA)(ctx, 'ghcr-action-pull-');
    return {
        store: cache.enabled ? cache.dir : inPlace ? output : scratch,
        layoutTag: intoOutput || inPlace ? (source.tag ?? LAYOUT_TAG) : LAYOUT_TAG,
        finish: intoOutput
            ? 'rename'
            : inPlace
                ? 'in-place'
                : cache.enabled && output
                    ? 'copy'
                    : 'none',
        scratch
    };
}
/** The end of a pull: the layout put where `output` says (see {@link PullPlan}). */
async function finishPull(plan, inputs) {
    const { output, source } = inputs;
    if (plan.finish === 'rename') {
        // rename(2) replaces an empty directory.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(plan.scratch, output);
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .keepDir */ .FD)(plan.scratch);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
    }
    else if (plan.finish === 'in-place') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Added ${source.tag ?? LAYOUT_TAG} to the OCI image layout ${output}`);
    }
    else if (plan.finish === 'copy') {
        await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutSource */ .bB(plan.store, plan.layoutTag), new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutDestination */ .cx(output), { tags: [source.tag ?? LAYOUT_TAG] });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
    }
}
/**
 * Downloads the image into the plan's store, verified; with `image` (a pull that loads), the
 * engine gets it as it arrives: through a verifying proxy on the loopback when nothing is to be
 * kept here (each layer unpacked as it comes, nothing written), else from the layout as each
 * blob lands in it. `loading` settles with what the engine said.
 */
async function transfer(remote, plan, pulling, image) {
    const progress = (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .progressReporter */ .xZ)('download');
    const proxied = image !== undefined && !pulling.keep;
    if (proxied) {
        const through = await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)(pulling.title, () => (0,_engine_load_js__WEBPACK_IMPORTED_MODULE_9__/* .pullThroughLoopback */ .QI)(remote, image, pulling.names, progress));
        if (through) {
            const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(image.bytes, image.desc.mediaType);
            return {
                result: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyResultOf */ .yS)(image.bytes, parsed, through.stats),
                loading: Promise.resolve(through.said)
            };
        }
    }
    const arrivals = new _engine_load_js__WEBPACK_IMPORTED_MODULE_9__/* .BlobArrivals */ .gv();
    let loading;
    if (image) {
        // An engine that could not reach the proxy cannot reach a loopback registry either.
        loading = (0,_engine_load_js__WEBPACK_IMPORTED_MODULE_9__/* .loadAsBlobsArrive */ .c$)(plan.store, image, pulling.names, arrivals, {
            loopback: !proxied
        });
        // Its failure is reported where it is awaited.
        loading.catch(() => undefined);
    }
    try {
        const result = await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)(pulling.title, () => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyImage */ .L1)(remote, new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutDestination */ .cx(plan.store), {
            tags: [plan.layoutTag],
            ...(pulling.chosen && { platform: pulling.chosen }),
            ...progress,
            onBlobDone: (desc, outcome) => {
                progress.onBlobDone?.(desc, outcome);
                arrivals.arrived(desc.digest);
            }
        }));
        return { result, ...(loading && { loading }) };
    }
    catch (error) {
        arrivals.fail(error);
        // Wait for the load to stop before reporting: it fails with the pull.
        await loading?.catch(() => undefined);
        throw error;
    }
}
/**
 * A pull that keeps nothing (no load, no output) only resolves, as `crane digest` does: the
 * manifest, and for an index the chosen platform's, read and checked; no layer is downloaded.
 */
async function resolveOnly(remote, chosen) {
    const { bytes, parsed } = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyRoot */ .sN)(remote, chosen);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('load: false and no output: resolved the digest only (the manifest and platforms, checked); no layer was downloaded');
    // As a pull of one platform reports it: that platform's manifest, the index as `served`.
    return { result: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyResultOf */ .yS)(bytes, parsed, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyStats */ .bD)()) };
}
async function pull(inputs, ctx, cache = _blob_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .BlobCache */ .kn.forRun(ctx.inActions)) {
    const { source, output } = inputs;
    const name = `${source.registry}/${source.repository}`;
    const platform = inputs.platform || ctx.platform;
    const started = Date.now();
    const load = await shouldLoad(inputs);
    // A pull that keeps nothing (no load, no output) only resolves: no layer, no blob cache.
    const keeps = load || !!output;
    // The manifest is asked for beside the login: the ping then costs no round trip of its own.
    let first;
    const session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_13__/* .openSourceSession */ .Y)(inputs, ctx, source, s => {
        first = s.client.repository(source.repository).getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .pointerOf */ .rq)(source));
        // Awaited below, once the login has answered (its failure is the one to report).
        first.catch(() => undefined);
    }));
    // Everything is downloaded and verified first; only then is anything loaded or written where
    // later steps could use it.
    const plan = await planPull(inputs, ctx, cache);
    if (cache.enabled && keeps) {
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Restore the blob cache', async () => {
            await cache.prepare();
            await cache.restore(source.registry, source.repository);
        });
    }
    try {
        const repo = session.client.repository(source.repository);
        // The engine gets the name it was pulled by; a digest cannot be a Docker tag.
        const names = source.tag ? [`${name}:${source.tag}`] : [];
        let served;
        let chosen;
        let moved;
        try {
            served = await (first ?? repo.getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .pointerOf */ .rq)(source)));
            chosen = served.parsed.kind === 'index' ? platform : undefined;
            // The manifest read by tag is the root: it is not asked for again by digest.
            const remote = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteSource */ .aJ(repo, served.digest, served);
            const image = load ? await imageManifest(remote, served, chosen) : undefined;
            const title = `Pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}${chosen ? ` for ${chosen}` : ''}`;
            moved = keeps
                ? await transfer(remote, plan, { title, chosen, names, keep: !!output || cache.enabled }, image)
                : await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)(`Resolve ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}`, () => resolveOnly(remote, chosen));
        }
        catch (error) {
            throw session.explain(error, `pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}`, source.repository, false);
        }
        const { result } = moved;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${served.digest}`);
        let loadedAs;
        if (load) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Load into the Docker engine', async () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(await (moved.loading ?? (0,_engine_load_js__WEBPACK_IMPORTED_MODULE_9__/* .loadLayout */ .fE)(plan.store, plan.layoutTag, names))));
            loadedAs = names[0] ?? result.configDigest;
        }
        await finishPull(plan, inputs);
        if (cache.enabled && keeps) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Save the blob cache', () => cache.save(source.registry, source.repository, {
                mediaType: result.mediaType,
                digest: result.digest,
                size: result.size
            }));
        }
        const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .downloadReport */ .F5)(result, name, served, started, chosen);
        (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .setImageOutputs */ .CF)(report, {
            source: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source),
            ...(loadedAs && { loaded: loadedAs }),
            ...(output && { output })
        });
        (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .summarizeImage */ .N5)(`Pulled ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}`, report, name, [
            ...(loadedAs ? [`Loaded into the Docker engine as \`${loadedAs}\`.`] : []),
            ...(output ? [`OCI layout written to \`${output}\`.`] : [])
        ]);
    }
    finally {
        await session.close();
        await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .removeDir */ .M1)(plan.scratch);
    }
}


/***/ }),

/***/ 33609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ dockerEngine),
/* harmony export */   QI: () => (/* binding */ pullThroughLoopback),
/* harmony export */   c$: () => (/* binding */ loadAsBlobsArrive),
/* harmony export */   fE: () => (/* binding */ loadLayout),
/* harmony export */   gv: () => (/* binding */ BlobArrivals),
/* harmony export */   qV: () => (/* binding */ localEngineApi)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _builders_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5793);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73190);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42419);
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
    engine ??= (0,_builders_index_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerEngineAnswers */ .U0)(_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .actionRunner */ .L);
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
    return (await _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .actionRunner */ .L.pipeInto('docker', ['load'], archive, env)).trim();
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
    const { serveOnLoopback } = await __webpack_require__.e(/* import() */ 485).then(__webpack_require__.bind(__webpack_require__, 27485));
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


/***/ }),

/***/ 1156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M2: () => (/* binding */ describeLayout),
  F5: () => (/* binding */ downloadReport),
  CR: () => (/* binding */ imageIdOf),
  SM: () => (/* binding */ imageReport),
  R9: () => (/* binding */ imageSize),
  Wt: () => (/* binding */ platformsOf),
  xZ: () => (/* binding */ progressReporter),
  KJ: () => (/* binding */ reportCopy),
  wv: () => (/* binding */ secondsSince),
  CF: () => (/* binding */ setImageOutputs),
  N5: () => (/* binding */ summarizeImage),
  a3: () => (/* binding */ uploadReport)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(96251);
// EXTERNAL MODULE: ./src/registry/index.ts + 9 modules
var registry = __webpack_require__(42419);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/action/artifacts.ts
/**
 * The runner's artifacts file command (`$GITHUB_ARTIFACTS`, runner 2.336 and later): a step
 * declares what it produced, one line each, and later steps of the job read the job's
 * declarations from `$GITHUB_ARTIFACTS_LIST`; `actions/attest` with no subject inputs attests
 * them. A pushed image is declared as `oci://NAME@DIGEST`. Where the runner offers no such file,
 * nothing is written and nothing is said.
 */


/** The digest an earlier step of this job declared for `name`, from the runner's list. */
function declaredEarlier(name, env) {
    if (!env.GITHUB_ARTIFACTS_LIST)
        return undefined;
    try {
        const list = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_ARTIFACTS_LIST, 'utf8'));
        const found = list.subjects?.find(s => s.name === name);
        return typeof found?.digest === 'string' ? found.digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Declares a pushed image to the runner. The runner fails the step that declares a name a
 * second time with another digest, so an image name an earlier step of the job declared with
 * another digest is left out, with a notice.
 */
function declarePushedImage(name, digest, env = process.env) {
    const file = env.GITHUB_ARTIFACTS;
    if (!file)
        return;
    const earlier = declaredEarlier(name, env);
    if (earlier === digest)
        return;
    if (earlier) {
        core/* notice */.lm(`${name}@${digest} is not declared to the runner's artifacts list: an earlier step of this job declared ${name}@${earlier}, and the runner takes one digest per name in a job. Attest this one with subject-name and subject-digest.`);
        return;
    }
    try {
        (0,external_node_fs_.appendFileSync)(file, `oci://${name}@${digest}\n`);
        core/* info */.pq(`Declared ${name}@${digest} in the runner's artifacts list (GITHUB_ARTIFACTS)`);
    }
    catch (error) {
        core/* warning */.$e(`Could not declare ${name}@${digest} in GITHUB_ARTIFACTS: ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
;// CONCATENATED MODULE: ./src/action/report.ts
/**
 * What the user reads about an image: progress lines while blobs move, the step's outputs
 * (`digest`, `ref`, `tags`, `imageid`, `metadata`), and the job summary.
 */




const MiB = 1024 * 1024;
const PROGRESS_EVERY_MS = 5000;
function mib(bytes) {
    return `${(bytes / MiB).toFixed(1)} MiB`;
}
function report_short(digest) {
    return digest.slice(0, 19);
}
/** Progress lines: per blob bytes and rate at most every few seconds, and a final line each. */
function progressReporter(direction) {
    const started = new Map();
    return {
        onBlobStart: desc => started.set(desc.digest, { at: Date.now(), done: 0, lastLog: Date.now() }),
        onBlobProgress: (desc, bytes) => {
            const s = started.get(desc.digest);
            if (!s)
                return;
            s.done += bytes;
            const now = Date.now();
            if (now - s.lastLog >= PROGRESS_EVERY_MS) {
                s.lastLog = now;
                const rate = s.done / Math.max(0.001, (now - s.at) / 1000);
                core/* info */.pq(`  ${report_short(desc.digest)}  ${mib(s.done)} / ${mib(desc.size)}  (${mib(rate)}/s)`);
            }
        },
        onBlobDone: (desc, outcome) => {
            const s = started.get(desc.digest);
            const seconds = s ? secondsSince(s.at) : 0;
            const what = {
                copied: `${direction === 'upload' ? 'pushed' : 'downloaded'} in ${seconds.toFixed(1)} s`,
                present: direction === 'upload' ? 'already present' : 'from the cache',
                mounted: 'mounted from another repository',
                foreign: 'foreign layer, not uploaded'
            }[outcome];
            core/* info */.pq(`  ${report_short(desc.digest)}  ${mib(desc.size).padStart(10)}  ${what}`);
        }
    };
}
/** The platforms of an index, without attestation manifests (`unknown/unknown`). */
function platformsOf(result) {
    return result.manifests
        .filter(m => m.platform && m.platform !== 'unknown/unknown')
        .map(m => ({ platform: m.platform, digest: m.digest }));
}
/**
 * Sum of the sizes of an image's blobs: config and layers, over every platform of an index
 * (attestations left out).
 */
async function imageSize(source, root) {
    const parsed = (0,registry/* parseManifest */.Ng)(await source.manifest(root), root.mediaType, `manifest ${root.digest} of ${source.description}`);
    if (parsed.kind === 'image')
        return parsed.manifest.layers.reduce((n, l) => n + l.size, parsed.manifest.config.size);
    let total = 0;
    for (const child of parsed.index.manifests) {
        if (child.platform?.os === 'unknown')
            continue;
        total += await imageSize(source, child);
    }
    return total;
}
/**
 * The config digest of the image a root stands for: its own, or, for an index that wraps one
 * image with attestations beside it (buildx's default provenance), that image's. Empty for a
 * multi-platform index.
 */
async function imageIdOf(source, root) {
    if (root.configDigest)
        return root.configDigest;
    const images = root.manifests.filter(m => m.platform && m.platform !== 'unknown/unknown');
    if (images.length !== 1)
        return '';
    const child = images[0];
    const { mediaType, digest, size } = child;
    const bytes = await source.manifest({ mediaType, digest, size });
    const parsed = (0,registry/* parseManifest */.Ng)(bytes, child.mediaType);
    return parsed.kind === 'image' ? parsed.manifest.config.digest : '';
}
/** Describes an image in a layout without pushing it (for builds that are not pushed). */
async function describeLayout(dir, tag) {
    const source = new registry/* OciLayoutSource */.bB(dir, tag);
    const root = await source.root();
    const parsed = (0,registry/* parseManifest */.Ng)(root.bytes, root.mediaType);
    const size = await imageSize(source, {
        mediaType: root.mediaType,
        digest: root.digest,
        size: root.bytes.length
    });
    if (parsed.kind === 'image') {
        return { digest: root.digest, imageid: parsed.manifest.config.digest, platforms: [], size };
    }
    const manifests = parsed.index.manifests.map(m => ({
        mediaType: m.mediaType,
        digest: m.digest,
        size: m.size,
        ...(m.platform && { platform: (0,registry/* formatPlatform */.Bq)(m.platform) })
    }));
    return {
        digest: root.digest,
        imageid: await imageIdOf(source, { manifests }),
        platforms: platformsOf({ manifests }),
        size
    };
}
/** The `metadata` output's account of what moved. */
function transferMetadata(transfer) {
    const s = transfer.stats;
    if (transfer.direction === 'download') {
        return {
            download: {
                layersDownloaded: s.copied,
                layersCached: s.present,
                bytesDownloaded: s.bytesCopied,
                bytesCached: s.bytesReused
            }
        };
    }
    return {
        transfer: {
            layersPushed: s.copied,
            layersPresent: s.present,
            layersMounted: s.mounted,
            layersForeign: s.foreign,
            bytesPushed: s.bytesCopied,
            bytesReused: s.bytesReused
        }
    };
}
/**
 * Sets the outputs; `metadata` is JSON with everything plus the transfer statistics. An image
 * this step wrote is also declared to the runner's artifacts list, where the runner offers one.
 */
function setImageOutputs(report, extra = {}) {
    const pushed = report.ref !== '' && report.transfer?.direction !== 'download';
    // The image's name without tag or digest, as actions/attest takes it (subject-name).
    const name = report.ref.replace(/@[^@]*$/, '');
    core/* setOutput */.uH('digest', report.digest);
    core/* setOutput */.uH('ref', report.ref);
    core/* setOutput */.uH('name', name);
    core/* setOutput */.uH('pushed', String(pushed));
    core/* setOutput */.uH('tags', report.tags.join('\n'));
    core/* setOutput */.uH('imageid', report.imageid);
    core/* setOutput */.uH('metadata', JSON.stringify({
        digest: report.digest,
        ref: report.ref,
        tags: report.tags,
        imageid: report.imageid,
        mediaType: report.transfer?.mediaType,
        platforms: report.platforms,
        ...(report.platform && {
            platform: report.platform.platform,
            platformDigest: report.platform.digest
        }),
        size: report.size,
        ...(name && { name }),
        pushed,
        ...(report.transfer && transferMetadata(report.transfer)),
        ...extra
    }));
    if (pushed)
        declarePushedImage(name, report.digest);
}
/** The summary's platform row. */
function platformRow(report) {
    // Platform names come from the image's index: text of the image's author, not markup.
    if (report.platform)
        return `${(0,log/* html */.q)(report.platform.platform)} (<code>${report.platform.digest}</code>)`;
    if (report.platforms.length)
        return report.platforms.map(p => (0,log/* html */.q)(p.platform)).join(', ');
    return 'single platform';
}
/** The summary's rows about what moved. */
function transferRows(transfer) {
    const s = transfer.stats;
    if (transfer.direction === 'download') {
        return [
            ['layers', `${s.copied} downloaded, ${s.present} from the cache`],
            ['received', `${mib(s.bytesCopied)} (${mib(s.bytesReused)} from the cache)`]
        ];
    }
    return [
        [
            'layers',
            `${s.copied} pushed, ${s.present} already present, ${s.mounted} mounted, ${s.foreign} foreign`
        ],
        ['sent', `${mib(s.bytesCopied)} (${mib(s.bytesReused)} reused)`]
    ];
}
/** The job summary table of an image. */
function summarizeImage(title, report, name, notes = []) {
    const pulled = report.transfer?.direction === 'download';
    const rows = [['image', name]];
    if (!pulled) {
        rows.push([
            'tags',
            report.tags.length
                ? report.tags.map(t => `<code>${t}</code>`).join('<br>')
                : 'none (not pushed)'
        ]);
    }
    rows.push(['digest', `<code>${report.digest}</code>`]);
    rows.push(['pinned reference', report.ref ? `<code>${report.ref}</code>` : 'none (not pushed)']);
    rows.push(['platforms', platformRow(report)]);
    rows.push(['size', mib(report.size)]);
    if (report.transfer)
        rows.push(...transferRows(report.transfer));
    rows.push(['time', `${report.seconds.toFixed(1)} s`]);
    core/* summary */.z.addHeading(title, 3);
    core/* summary */.z.addTable([
        [
            { data: 'what', header: true },
            { data: 'value', header: true }
        ],
        ...rows
    ]);
    for (const note of notes)
        core/* summary */.z.addRaw(`> ${note}`, true);
}
/** Seconds since `started` (a `Date.now()`), as the summary's time row shows them. */
function secondsSince(started) {
    return (Date.now() - started) / 1000;
}
/**
 * The report of an image a command wrote or read, `name` being `<registry>/<repository>`: its
 * `ref` and full `tags` follow from the name, and are empty for an image written nowhere
 * (`written: false`, a build that was not pushed).
 */
function imageReport(image) {
    const written = image.written ?? true;
    return {
        digest: image.digest,
        ref: written ? `${image.name}@${image.digest}` : '',
        tags: written ? (image.tags ?? []).map(t => `${image.name}:${t}`) : [],
        imageid: image.imageid ?? '',
        platforms: image.platforms ?? [],
        ...(image.platform && { platform: image.platform }),
        size: image.size,
        seconds: secondsSince(image.started),
        ...(image.transfer && { transfer: image.transfer })
    };
}
/** The report of an upload of `result` into `name` under `tags`. */
function uploadReport(result, name, tags, size, started) {
    return imageReport({
        name,
        digest: result.digest,
        tags,
        imageid: result.configDigest ?? '',
        platforms: platformsOf(result),
        size,
        started,
        transfer: { direction: 'upload', stats: result.stats, mediaType: result.mediaType }
    });
}
/**
 * The report of a download of `result` (the image `served` resolved to, or its `chosen`
 * platform of an index) from `name`.
 */
function downloadReport(result, name, served, started, chosen) {
    return imageReport({
        name,
        digest: served.digest,
        imageid: result.configDigest ?? '',
        platforms: chosen ? [] : platformsOf(result),
        ...(chosen && { platform: { platform: chosen, digest: result.digest } }),
        size: result.stats.bytesCopied + result.stats.bytesReused,
        started,
        transfer: { direction: 'download', stats: result.stats, mediaType: served.mediaType }
    });
}
/**
 * The end of a copy of `source` into `name` under `tags` (tag, copy): the digest line, the
 * outputs (with `source` in `metadata`) and the summary, titled `verb source`.
 */
function reportCopy(verb, source, result, target, extra = {}) {
    core/* info */.pq(`Digest: ${result.digest}`);
    const report = uploadReport(result, target.name, target.tags, target.size, target.started);
    setImageOutputs(report, { source: (0,registry/* formatReference */.FH)(source), ...extra });
    summarizeImage(`${verb} ${(0,registry/* formatReference */.FH)(source)}`, report, target.name);
}


/***/ })

};
