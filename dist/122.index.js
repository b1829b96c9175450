export const id = 122;
export const ids = [122];
export const modules = {

/***/ 8884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ actionsCacheBackend),
/* harmony export */   kn: () => (/* binding */ BlobCache),
/* harmony export */   rL: () => (/* binding */ actionsCacheAvailable)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2419);
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
const loadActionsCache = () => __webpack_require__.e(/* import() */ 641).then(__webpack_require__.bind(__webpack_require__, 2641));
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

/***/ 122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pull: () => (/* binding */ pull)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8701);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2419);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8884);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6546);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(645);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2076);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8592);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1156);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1671);
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
    const engine = ((await (0,_docker_js__WEBPACK_IMPORTED_MODULE_9__/* .localEngineApi */ .qV)()) !== undefined && (await (0,_actions_io__WEBPACK_IMPORTED_MODULE_1__/* .which */ .K7)('docker')) !== '') ||
        (await (0,_docker_js__WEBPACK_IMPORTED_MODULE_9__/* .dockerEngine */ .JH)());
    if (inputs.load === true && !engine) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz('load', 'true', 'no Docker engine answers here', 'Set load: false, or start a Docker engine (DOCKER_HOST).');
    }
    return engine;
}
async function pull(inputs, ctx, cache = _cache_js__WEBPACK_IMPORTED_MODULE_6__/* .BlobCache */ .kn.forRun(ctx.inActions)) {
    const { source, output } = inputs;
    const name = `${source.registry}/${source.repository}`;
    const platform = inputs.platform || ctx.platform;
    const started = Date.now();
    const load = await shouldLoad(inputs);
    const session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_13__/* .openSourceSession */ .Y)(inputs, ctx, source));
    // Everything is downloaded and verified here first; only then is anything loaded or written
    // where later steps could use it.
    // Every byte is written once. A new (or empty) output directory is filled beside its final
    // place and renamed into it at the end, so nothing is at that path unless the whole pull
    // succeeded. An existing layout takes the blobs directly, each renamed into place once
    // verified, and names the image in its index.json only at the end.
    const outputState = output ? layoutState(output) : 'none';
    const intoOutput = !cache.enabled && (outputState === 'absent' || outputState === 'empty');
    const directly = !cache.enabled && outputState === 'layout';
    if (intoOutput)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(output)), { recursive: true });
    const scratch = intoOutput
        ? await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .partialDir */ .$v)(`${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(output)}.partial-`)
        : await (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .scratchDir */ .GA)(ctx, 'ghcr-action-pull-');
    // With the blob cache, layers go into its store, and the ones it has are not downloaded.
    const store = cache.enabled ? cache.dir : directly ? output : scratch;
    // The image's name in the layout: its tag when the layout is the output (oci:DIR:TAG).
    const layoutTag = intoOutput || directly ? (source.tag ?? LAYOUT_TAG) : LAYOUT_TAG;
    if (cache.enabled) {
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Restore the blob cache', async () => {
            await cache.prepare();
            await cache.restore(source.registry, source.repository);
        });
    }
    try {
        const repo = session.client.repository(source.repository);
        let served;
        let chosen;
        let result;
        // The engine gets the name it was pulled by; a digest cannot be a Docker tag.
        const names = source.tag ? [`${name}:${source.tag}`] : [];
        let loading;
        try {
            served = await repo.getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .pointerOf */ .rq)(source));
            chosen = served.parsed.kind === 'index' ? platform : undefined;
            const remote = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteSource */ .aJ(repo, served.digest);
            const image = load ? await imageManifest(remote, served, chosen) : undefined;
            const title = `Pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}${chosen ? ` for ${chosen}` : ''}`;
            const progress = (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .progressReporter */ .xZ)('download');
            // A pull that only loads: the engine pulls through a verifying proxy on the loopback,
            // each layer unpacked as it comes, nothing written here.
            const proxied = image !== undefined && !output && !cache.enabled;
            const through = proxied
                ? await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)(title, () => (0,_docker_js__WEBPACK_IMPORTED_MODULE_9__/* .pullThroughLoopback */ .QI)(remote, image, names, progress))
                : undefined;
            if (through) {
                result = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyResultOf */ .yS)(image.bytes, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(image.bytes, image.desc.mediaType), through.stats);
                loading = Promise.resolve(through.said);
            }
            else {
                // Otherwise the layout is written, and with load the engine reads each blob as soon as
                // it is in the layout, verified, unpacking while the rest downloads; the image is named
                // only at the end.
                const arrivals = new _docker_js__WEBPACK_IMPORTED_MODULE_9__/* .BlobArrivals */ .gv();
                if (image) {
                    // An engine that could not reach the proxy cannot reach a loopback registry either.
                    loading = (0,_docker_js__WEBPACK_IMPORTED_MODULE_9__/* .loadAsBlobsArrive */ .c$)(store, image, names, arrivals, { loopback: !proxied });
                    // Its failure is reported where it is awaited, below.
                    loading.catch(() => undefined);
                }
                result = await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)(title, () => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyImage */ .L1)(remote, new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutDestination */ .cx(store), {
                    tags: [layoutTag],
                    ...(chosen && { platform: chosen }),
                    ...progress,
                    onBlobDone: (desc, outcome) => {
                        progress.onBlobDone?.(desc, outcome);
                        arrivals.arrived(desc.digest);
                    }
                }).catch((error) => {
                    arrivals.fail(error);
                    throw error;
                }));
            }
        }
        catch (error) {
            // Wait for the load to stop before reporting: it fails with the pull.
            await loading?.catch(() => undefined);
            throw session.explain(error, `pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}`, source.repository, false);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${served.digest}`);
        let loadedAs;
        if (load) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Load into the Docker engine', async () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(await (loading ?? (0,_docker_js__WEBPACK_IMPORTED_MODULE_9__/* .loadLayout */ .fE)(store, layoutTag, names))));
            loadedAs = names[0] ?? result.configDigest;
        }
        if (intoOutput) {
            // rename(2) replaces an empty directory.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(scratch, output);
            (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .keepDir */ .FD)(scratch);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
        }
        else if (directly) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Added ${source.tag ?? LAYOUT_TAG} to the OCI image layout ${output}`);
        }
        else if (output) {
            await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutSource */ .bB(store, layoutTag), new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutDestination */ .cx(output), {
                tags: [source.tag ?? LAYOUT_TAG]
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
        }
        if (cache.enabled) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_11__/* .group */ .O)('Save the blob cache', () => cache.save(source.registry, source.repository, {
                mediaType: result.mediaType,
                digest: result.digest,
                size: result.size
            }));
        }
        const report = {
            digest: served.digest,
            ref: `${name}@${served.digest}`,
            tags: [],
            imageid: result.configDigest ?? '',
            platforms: chosen ? [] : (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .platformsOf */ .Wt)(result),
            ...(chosen && { platform: { platform: chosen, digest: result.digest } }),
            size: result.stats.bytesPushed + result.stats.bytesReused,
            seconds: (Date.now() - started) / 1000,
            transfer: {
                direction: 'download',
                stats: result.stats,
                mediaType: served.mediaType
            }
        };
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
        await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .removeDir */ .M1)(scratch);
    }
}


/***/ })

};
