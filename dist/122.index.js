export const id = 122;
export const ids = [122];
export const modules = {

/***/ 31348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ actionsCacheBackend),
/* harmony export */   kn: () => (/* binding */ BlobCache),
/* harmony export */   rL: () => (/* binding */ actionsCacheAvailable)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34081);
/**
 * A blob cache across workflow runs: pulled layers are kept in a content-addressed store (an
 * OCI image layout) that is restored before a pull and saved after it with @actions/cache, so
 * a second run downloads only what changed. Every restored blob is re-hashed before use, and
 * any that does not match its name is dropped. Cache failures are warnings, never errors, and
 * outside GitHub Actions the cache is off.
 */








/**
 * @actions/cache, loaded only when the cache is used: it brings the Azure storage SDK, which
 * would otherwise cost every command start-up time and memory.
 */
const loadActionsCache = () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(119), __webpack_require__.e(878), __webpack_require__.e(942), __webpack_require__.e(641)]).then(__webpack_require__.bind(__webpack_require__, 82641));
/** GitHub's cache service through @actions/cache. */
const actionsCacheBackend = {
    restore: async (dir, key, prefix) => (await loadActionsCache()).restoreCache([dir], key, prefix === key ? [] : [prefix]),
    save: async (dir, key) => {
        // @actions/cache reports a failed save as a warning and the id -1, not as an error.
        if ((await (await loadActionsCache()).saveCache([dir], key)) === -1)
            throw new Error(`the cache service did not store ${key}`);
    },
    lookup: async (dir, prefix) => (await loadActionsCache()).restoreCache([dir], prefix, [prefix], { lookupOnly: true })
};
/** Whether GitHub's cache service is reachable from this run (its variables are set). */
function actionsCacheAvailable(env = process.env) {
    // What @actions/cache's isFeatureAvailable() checks, without loading it: service v2 (not on
    // GHES) needs ACTIONS_RESULTS_URL, v1 needs ACTIONS_CACHE_URL.
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    const ghes = host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
    return env.ACTIONS_CACHE_SERVICE_V2 && !ghes ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
const VERSION = 'v1';
/** A cache key part from a repository name: lower-case letters, digits and dashes. */
function scopeOf(registry, repository) {
    return `${registry}/${repository}`.replace(/[^a-z0-9]+/g, '-');
}
class BlobCache {
    dir;
    backend;
    enabled;
    restoredKey;
    constructor(
    /** The store: an OCI layout directory at the same path on every run. */
    dir, backend, enabled) {
        this.dir = dir;
        this.backend = backend;
        this.enabled = enabled;
    }
    /** The cache for this run: on under GitHub Actions with the cache service available. */
    static forRun(inActions, backend = actionsCacheBackend, dir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.homedir)(), '.cache', 'ghcr-action', 'blobs')) {
        const available = inActions && (backend !== actionsCacheBackend || actionsCacheAvailable());
        return new BlobCache(dir, backend, available);
    }
    prefix(registry, repository) {
        return `ghcr-action-blobs-${VERSION}-${scopeOf(registry, repository)}-`;
    }
    /** Restores the newest cache of the repository, then drops any blob that fails its digest. */
    async restore(registry, repository) {
        if (!this.enabled)
            return;
        try {
            const prefix = this.prefix(registry, repository);
            this.restoredKey = await this.backend.restore(this.dir, `${prefix}restore`, prefix);
            if (!this.restoredKey) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Blob cache: nothing cached yet');
                return;
            }
            const dropped = await this.verify();
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Blob cache: restored ${this.restoredKey}${dropped ? `; dropped ${dropped} blob(s) that did not match their digest` : ''}`);
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Blob cache not restored: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    /**
     * Keeps only the blobs of `roots` (so the cache holds what this run used and does not grow
     * without bound) and saves it under a key naming those images.
     */
    async save(registry, repository, roots) {
        if (!this.enabled)
            return;
        const all = Array.isArray(roots) ? roots : [roots];
        const id = all.length === 1
            ? all[0].digest.replace(':', '-')
            : (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256')
                .update(all
                .map(r => r.digest)
                .sort()
                .join(','))
                .digest('hex');
        const key = `${this.prefix(registry, repository)}${id}`;
        if (key === this.restoredKey) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Blob cache: up to date');
            return;
        }
        try {
            await this.prune(all);
            await this.backend.save(this.dir, key);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Blob cache: saved ${key}`);
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Blob cache not saved: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    /** Re-hashes every blob; removes those whose content is not what their name says. */
    async verify() {
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'blobs', 'sha256');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(folder))
            return 0;
        let dropped = 0;
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(folder)) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, name);
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
            let ok = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_7__/* .isDigest */ .Bc)(`sha256:${name}`);
            if (ok) {
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(path), hash);
                ok = hash.digest('hex') === name;
            }
            if (!ok) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(path, { force: true });
                dropped++;
            }
        }
        return dropped;
    }
    /** Removes every blob the roots do not reference. */
    async prune(roots) {
        const keep = new Set();
        const visit = async (desc) => {
            keep.add(desc.digest);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'blobs', 'sha256', desc.digest.slice(7));
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(path) || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(path)).size > 4 * 1024 * 1024)
                return;
            let parsed;
            try {
                parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseManifest */ .Ng)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(path), desc.mediaType);
            }
            catch {
                return;
            }
            if (parsed.kind === 'index')
                for (const child of parsed.index.manifests)
                    await visit(child);
            else
                for (const blob of [parsed.manifest.config, ...parsed.manifest.layers])
                    keep.add(blob.digest);
        };
        for (const root of roots)
            await visit(root);
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'blobs', 'sha256');
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(folder)) {
            if (!keep.has(`sha256:${name}`))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, name), { force: true });
        }
    }
    /** Makes sure the store exists (as an OCI layout directory). */
    async prepare() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'blobs', 'sha256'), { recursive: true });
    }
}


/***/ }),

/***/ 90122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pull: () => (/* binding */ pull)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34081);
/* harmony import */ var _blob_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31348);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16546);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58592);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1156);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(51671);
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
    const child = served.parsed.index.manifests.find(m => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .platformMatches */ .J5)(m.platform, platform));
    if (!child)
        return undefined;
    return { desc: child, bytes: await remote.manifest(child) };
}
/** What is at `output`: nothing, an empty directory, or an OCI layout (validated as an input). */
function layoutState(output) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(output))
        return 'absent';
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(output).length === 0 ? 'empty' : 'layout';
}
/**
 * The Docker engine's side of a pull, loaded only by a pull that may load: with it come the
 * builders and the process runner, which a pull to a layout or a resolve never uses.
 */
const engineSide = () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(485), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 33609));
/** Whether to load into the engine: `auto` when one answers; `true` insists on one. */
async function shouldLoad(inputs) {
    if (inputs.load === false)
        return false;
    const { dockerEngine, localEngineApi } = await engineSide();
    const { which } = await __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 88701));
    // An engine that answers on its socket needs no `docker version` (a CLI start) to say so;
    // the CLI must still be there, for the pulls that end in `docker load`.
    const engine = ((await localEngineApi()) !== undefined && (await which('docker')) !== '') ||
        (await dockerEngine());
    if (inputs.load === true && !engine) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz('load', 'true', 'no Docker engine answers here', 'Set load: false, or start a Docker engine (DOCKER_HOST).');
    }
    return engine;
}
async function planPull(inputs, ctx, cache) {
    const { source, output } = inputs;
    const state = output ? layoutState(output) : 'none';
    const intoOutput = !cache.enabled && (state === 'absent' || state === 'empty');
    const inPlace = !cache.enabled && state === 'layout';
    if (intoOutput)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(output)), { recursive: true });
    const scratch = intoOutput
        ? await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .partialDir */ .$v)(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(output)}.partial-`)
        : await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .scratchDir */ .GA)(ctx, 'ghcr-action-pull-');
    const store = cache.enabled ? cache.dir : inPlace ? output : scratch;
    // A scratch directory is this pull's alone, and empty: nothing in it need be looked for.
    const destination = new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OciLayoutDestination */ .cx(store, { empty: store === scratch });
    // The blob cache is restored into its store first; any other store is made ready now.
    if (!cache.enabled)
        await destination.prepare();
    return {
        store,
        destination,
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(plan.scratch, output);
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .keepDir */ .FD)(plan.scratch);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
    }
    else if (plan.finish === 'in-place') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Added ${source.tag ?? LAYOUT_TAG} to the OCI image layout ${output}`);
    }
    else if (plan.finish === 'copy') {
        await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OciLayoutSource */ .bB(plan.store, plan.layoutTag), new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OciLayoutDestination */ .cx(output), { tags: [source.tag ?? LAYOUT_TAG] });
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
    const progress = (0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .progressReporter */ .xZ)('download');
    const engine = image && (await engineSide());
    const proxied = image !== undefined && !pulling.keep;
    if (engine && proxied) {
        const through = await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)(pulling.title, () => engine.pullThroughLoopback(remote, image, pulling.names, progress));
        if (through) {
            const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(image.bytes, image.desc.mediaType);
            return {
                result: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .copyResultOf */ .yS)(image.bytes, parsed, through.stats),
                loading: Promise.resolve(through.said)
            };
        }
    }
    const arrivals = engine && new engine.BlobArrivals();
    let loading;
    if (engine && arrivals) {
        // An engine that could not reach the proxy cannot reach a loopback registry either.
        loading = engine.loadAsBlobsArrive(plan.store, image, pulling.names, arrivals, {
            loopback: !proxied
        });
        // Its failure is reported where it is awaited.
        loading.catch(() => undefined);
    }
    try {
        const result = await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)(pulling.title, () => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .copyImage */ .L1)(remote, plan.destination, {
            tags: [plan.layoutTag],
            ...(pulling.chosen && { platform: pulling.chosen }),
            ...progress,
            onBlobDone: (desc, outcome) => {
                progress.onBlobDone?.(desc, outcome);
                arrivals?.arrived(desc.digest);
            }
        }));
        return { result, ...(loading && { loading }) };
    }
    catch (error) {
        arrivals?.fail(error);
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
    const { bytes, parsed } = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .copyRoot */ .sN)(remote, chosen);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('load: false and no output: resolved the digest only (the manifest and platforms, checked); no layer was downloaded');
    // As a pull of one platform reports it: that platform's manifest, the index as `served`.
    return { result: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .copyResultOf */ .yS)(bytes, parsed, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyStats */ .bD)()) };
}
async function pull(inputs, ctx, cache = _blob_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .BlobCache */ .kn.forRun(ctx.inActions)) {
    const { source, output } = inputs;
    const name = `${source.registry}/${source.repository}`;
    const platform = inputs.platform || ctx.platform;
    const started = Date.now();
    const load = await shouldLoad(inputs);
    // A pull that keeps nothing (no load, no output) only resolves: no layer, no blob cache.
    const keeps = load || !!output;
    // The manifest is asked for beside the login (the ping then costs no round trip of its own),
    // and the directories the pull writes to are made while that request is out.
    let first;
    let planning;
    let session;
    try {
        session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_11__/* .openSourceSession */ .Y)(inputs, ctx, source, s => {
            first = s.client.repository(source.repository).getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pointerOf */ .rq)(source));
            planning = planPull(inputs, ctx, cache);
            // Both are awaited below, once the login has answered (its failure is the one to report).
            first.catch(() => undefined);
            planning.catch(() => undefined);
        }));
    }
    catch (error) {
        // A failed login leaves no directory behind.
        await planning?.then(plan => (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeDir */ .M1)(plan.scratch), () => undefined);
        throw error;
    }
    // Everything is downloaded and verified first; only then is anything loaded or written where
    // later steps could use it.
    const plan = await (planning ?? planPull(inputs, ctx, cache));
    if (cache.enabled && keeps) {
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Restore the blob cache', async () => {
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
            served = await (first ?? repo.getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pointerOf */ .rq)(source)));
            chosen = served.parsed.kind === 'index' ? platform : undefined;
            // The manifest read by tag is the root: it is not asked for again by digest.
            const remote = new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteSource */ .aJ(repo, served.digest, served);
            const image = load ? await imageManifest(remote, served, chosen) : undefined;
            const title = `Pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source)}${chosen ? ` for ${chosen}` : ''}`;
            moved = keeps
                ? await transfer(remote, plan, { title, chosen, names, keep: !!output || cache.enabled }, image)
                : await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)(`Resolve ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source)}`, () => resolveOnly(remote, chosen));
        }
        catch (error) {
            throw session.explain(error, `pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source)}`, source.repository, false);
        }
        const { result } = moved;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${served.digest}`);
        let loadedAs;
        if (load) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Load into the Docker engine', async () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(await (moved.loading ??
                (await engineSide()).loadLayout(plan.store, plan.layoutTag, names))));
            loadedAs = names[0] ?? result.configDigest;
        }
        await finishPull(plan, inputs);
        if (cache.enabled && keeps) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Save the blob cache', () => cache.save(source.registry, source.repository, {
                mediaType: result.mediaType,
                digest: result.digest,
                size: result.size
            }));
        }
        const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .downloadReport */ .F5)(result, name, served, started, chosen);
        (0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .setImageOutputs */ .CF)(report, {
            source: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source),
            ...(loadedAs && { loaded: loadedAs }),
            ...(output && { output })
        });
        (0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .summarizeImage */ .N5)(`Pulled ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source)}`, report, name, [
            ...(loadedAs ? [`Loaded into the Docker engine as \`${loadedAs}\`.`] : []),
            ...(output ? [`OCI layout written to \`${output}\`.`] : [])
        ]);
    }
    finally {
        await session.close();
        await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeDir */ .M1)(plan.scratch);
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
// EXTERNAL MODULE: ./src/registry/index.ts + 8 modules
var registry = __webpack_require__(34081);
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
