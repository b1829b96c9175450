export const id = 122;
export const ids = [122];
export const modules = {

/***/ 8884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kn: () => (/* binding */ BlobCache)
/* harmony export */ });
/* unused harmony exports actionsCacheBackend, actionsCacheAvailable */
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
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7804);
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
    restore: async (dir, key, prefix) => (await loadActionsCache()).restoreCache([dir], key, [prefix]),
    save: async (dir, key) => {
        await (await loadActionsCache()).saveCache([dir], key);
    }
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7804);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8884);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(645);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2076);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8592);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1658);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1671);
/**
 * `command: pull`: resolves an image to its digest for deploy steps, downloads it verified
 * (through the blob cache when it is on), and only then loads it into the Docker engine and
 * writes the `output` layout.
 */












const LAYOUT_TAG = 'latest';
/** Whether to load into the engine: `auto` when one answers; `true` insists on one. */
async function shouldLoad(inputs) {
    if (inputs.load === false)
        return false;
    const engine = await (0,_docker_js__WEBPACK_IMPORTED_MODULE_7__/* .dockerEngine */ .JH)();
    if (inputs.load === true && !engine) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz('load', 'true', 'no Docker engine answers here', 'Set load: false, or start a Docker engine (DOCKER_HOST).');
    }
    return engine;
}
async function pull(inputs, ctx, cache = _cache_js__WEBPACK_IMPORTED_MODULE_5__/* .BlobCache */ .kn.forRun(ctx.inActions)) {
    const { source, output } = inputs;
    const name = `${source.registry}/${source.repository}`;
    const platform = inputs.platform || ctx.platform;
    const started = Date.now();
    const load = await shouldLoad(inputs);
    const session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_11__/* .openSourceSession */ .Y)(inputs, ctx, source));
    // Everything is downloaded and verified here first; only then is anything loaded or written
    // where later steps could use it.
    // A new output directory is filled beside its final place and renamed into it at the end:
    // one write of every byte, and nothing at that path unless the whole pull succeeded.
    const intoOutput = !!output && !cache.enabled && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(output);
    const scratch = intoOutput
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(output)}.partial-`)
        : await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .scratchDir */ .GA)(ctx, 'ghcr-action-pull-');
    // With the blob cache, layers go into its store, and the ones it has are not downloaded.
    const store = cache.enabled ? cache.dir : scratch;
    // The image's name in the layout: its tag when the layout is the output (oci:DIR:TAG).
    const layoutTag = intoOutput ? (source.tag ?? LAYOUT_TAG) : LAYOUT_TAG;
    if (cache.enabled) {
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Restore the blob cache', async () => {
            await cache.prepare();
            await cache.restore(source.registry, source.repository);
        });
    }
    try {
        const repo = session.client.repository(source.repository);
        let served;
        let chosen;
        let result;
        try {
            served = await repo.getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pointerOf */ .rq)(source));
            chosen = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(served.bytes, served.mediaType).kind === 'index' ? platform : undefined;
            result = await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)(`Pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source)}${chosen ? ` for ${chosen}` : ''}`, () => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteSource */ .aJ(repo, served.digest), new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OciLayoutDestination */ .cx(store), {
                tags: [layoutTag],
                ...(chosen && { platform: chosen }),
                ...(0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .progressReporter */ .xZ)('download')
            }));
        }
        catch (error) {
            throw session.explain(error, `pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source)}`, source.repository, false);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${served.digest}`);
        let loadedAs;
        if (load) {
            // The engine gets the name it was pulled by; a digest cannot be a Docker tag.
            const names = source.tag ? [`${name}:${source.tag}`] : [];
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Load into the Docker engine', async () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(await (0,_docker_js__WEBPACK_IMPORTED_MODULE_7__/* .loadLayout */ .fE)(store, layoutTag, names)));
            loadedAs = names[0] ?? result.configDigest;
        }
        if (intoOutput) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(scratch, output);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
        }
        else if (output) {
            await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OciLayoutSource */ .bB(store, layoutTag), new _registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OciLayoutDestination */ .cx(output), {
                tags: [source.tag ?? LAYOUT_TAG]
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
        }
        if (cache.enabled) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Save the blob cache', () => cache.save(source.registry, source.repository, {
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
            platforms: chosen ? [] : (0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .platformsOf */ .Wt)(result),
            ...(chosen && { platform: { platform: chosen, digest: result.digest } }),
            size: result.stats.bytesPushed + result.stats.bytesReused,
            seconds: (Date.now() - started) / 1000,
            transfer: {
                direction: 'download',
                stats: result.stats,
                mediaType: served.mediaType
            }
        };
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ group)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/** Log helpers of the action layer. */

/** Runs `work` inside a collapsible log group, closing it however `work` ends. */
async function group(name, work) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(name);
    try {
        return await work();
    }
    finally {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    }
}


/***/ }),

/***/ 1658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ setImageOutputs),
/* harmony export */   KJ: () => (/* binding */ reportCopy),
/* harmony export */   M2: () => (/* binding */ describeLayout),
/* harmony export */   N5: () => (/* binding */ summarizeImage),
/* harmony export */   R9: () => (/* binding */ imageSize),
/* harmony export */   Wt: () => (/* binding */ platformsOf),
/* harmony export */   a3: () => (/* binding */ uploadReport),
/* harmony export */   xZ: () => (/* binding */ progressReporter)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7804);
/**
 * What the user reads about an image: progress lines while blobs move, the step's outputs
 * (`digest`, `ref`, `tags`, `imageid`, `metadata`), and the job summary.
 */


const MiB = 1024 * 1024;
const PROGRESS_EVERY_MS = 5000;
function mib(bytes) {
    return `${(bytes / MiB).toFixed(1)} MiB`;
}
function short(digest) {
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
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${short(desc.digest)}  ${mib(s.done)} / ${mib(desc.size)}  (${mib(rate)}/s)`);
            }
        },
        onBlobDone: (desc, outcome) => {
            const s = started.get(desc.digest);
            const seconds = s ? (Date.now() - s.at) / 1000 : 0;
            const what = {
                pushed: `${direction === 'upload' ? 'pushed' : 'downloaded'} in ${seconds.toFixed(1)} s`,
                present: direction === 'upload' ? 'already present' : 'from the cache',
                mounted: 'mounted from another repository',
                foreign: 'foreign layer, not uploaded'
            }[outcome];
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${short(desc.digest)}  ${mib(desc.size).padStart(10)}  ${what}`);
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
    const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(await source.manifest(root), root.mediaType);
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
/** Describes an image in a layout without pushing it (for builds that are not pushed). */
async function describeLayout(dir, tag) {
    const source = new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OciLayoutSource */ .bB(dir, tag);
    const root = await source.root();
    const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(root.bytes, root.mediaType);
    const size = await imageSize(source, {
        mediaType: root.mediaType,
        digest: root.digest,
        size: root.bytes.length
    });
    if (parsed.kind === 'image') {
        return { digest: root.digest, imageid: parsed.manifest.config.digest, platforms: [], size };
    }
    return {
        digest: root.digest,
        imageid: '',
        platforms: parsed.index.manifests
            .filter(m => m.platform && m.platform.os !== 'unknown')
            .map(m => ({ platform: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(m.platform), digest: m.digest })),
        size
    };
}
/** The `metadata` output's account of what moved. */
function transferMetadata(transfer) {
    const s = transfer.stats;
    if (transfer.direction === 'download') {
        return {
            download: {
                layersDownloaded: s.pushed,
                layersCached: s.present,
                bytesDownloaded: s.bytesPushed,
                bytesCached: s.bytesReused
            }
        };
    }
    return {
        transfer: {
            layersPushed: s.pushed,
            layersPresent: s.present,
            layersMounted: s.mounted,
            layersForeign: s.foreign,
            bytesPushed: s.bytesPushed,
            bytesReused: s.bytesReused
        }
    };
}
/** Sets the outputs; `metadata` is JSON with everything plus the transfer statistics. */
function setImageOutputs(report, extra = {}) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digest', report.digest);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('ref', report.ref);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tags', report.tags.join('\n'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('imageid', report.imageid);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('metadata', JSON.stringify({
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
        pushed: report.ref !== '' && report.transfer?.direction !== 'download',
        ...(report.transfer && transferMetadata(report.transfer)),
        ...extra
    }));
}
/** The summary's platform row. */
function platformRow(report) {
    if (report.platform)
        return `${report.platform.platform} (<code>${report.platform.digest}</code>)`;
    if (report.platforms.length)
        return report.platforms.map(p => p.platform).join(', ');
    return 'single platform';
}
/** The summary's rows about what moved. */
function transferRows(transfer) {
    const s = transfer.stats;
    if (transfer.direction === 'download') {
        return [
            ['layers', `${s.pushed} downloaded, ${s.present} from the cache`],
            ['received', `${mib(s.bytesPushed)} (${mib(s.bytesReused)} from the cache)`]
        ];
    }
    return [
        [
            'layers',
            `${s.pushed} pushed, ${s.present} already present, ${s.mounted} mounted, ${s.foreign} foreign`
        ],
        ['sent', `${mib(s.bytesPushed)} (${mib(s.bytesReused)} reused)`]
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
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(title, 3);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addTable([
        [
            { data: 'what', header: true },
            { data: 'value', header: true }
        ],
        ...rows
    ]);
    for (const note of notes)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(`> ${note}`, true);
}
/** The report of an upload of `result` into `name` under `tags`. */
function uploadReport(result, name, tags, size, started) {
    return {
        digest: result.digest,
        ref: `${name}@${result.digest}`,
        tags: tags.map(t => `${name}:${t}`),
        imageid: result.configDigest ?? '',
        platforms: platformsOf(result),
        size,
        seconds: (Date.now() - started) / 1000,
        transfer: { direction: 'upload', stats: result.stats, mediaType: result.mediaType }
    };
}
/**
 * The end of a copy of `source` into `name` under `tags` (tag, copy): the digest line, the
 * outputs (with `source` in `metadata`) and the summary, titled `verb source`.
 */
function reportCopy(verb, source, result, target) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${result.digest}`);
    const report = uploadReport(result, target.name, target.tags, target.size, target.started);
    setImageOutputs(report, { source: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(source) });
    summarizeImage(`${verb} ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(source)}`, report, target.name);
}


/***/ })

};
