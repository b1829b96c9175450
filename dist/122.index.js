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
