export const id = 545;
export const ids = [545];
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

/***/ 91545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   push: () => (/* binding */ push)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _builders_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5793);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73190);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34081);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16546);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78055);
/* harmony import */ var _leg_records_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9217);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58592);
/* harmony import */ var _push_image_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(12332);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1156);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(62965);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(64565);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(51671);
/**
 * `command: push`: an existing image, from the Docker engine, an OCI layout or a
 * `docker save` archive, to the target repository.
 */















const LAYOUT_TAG = 'latest';
/** Writes an engine image or an archive into `dir` as an OCI layout tagged {@link LAYOUT_TAG}. */
async function intoLayout(source, dir) {
    if (source.kind === 'docker-archive') {
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)(`Read ${source.path}`, async () => {
            const image = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readDockerArchive */ .z9)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source.path), dir, {
                tag: LAYOUT_TAG
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(image.converted
                ? 'Layers were uncompressed in the archive and are compressed for the registry'
                : 'Layers are kept as they are in the archive');
        });
        return;
    }
    await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)(`Read ${source.name} from the Docker engine`, () => (0,_builders_index_js__WEBPACK_IMPORTED_MODULE_2__/* .saveToLayout */ .DE)(_exec_js__WEBPACK_IMPORTED_MODULE_12__.actionRunner, source.name, dir, process.env, line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)).catch(e => {
        if (e instanceof _exec_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`Could not read ${source.name} from the Docker engine: ${e.message}`);
        throw e;
    }));
}
async function push(inputs, ctx) {
    const { source, tags } = inputs;
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const started = Date.now();
    // No upload preflight: the push's own first request proves write access as fast.
    const session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_14__/* .openTargetSession */ .k)(inputs, ctx, { write: true }));
    let scratch;
    try {
        let layoutDir;
        let layoutTag;
        if (source.kind === 'oci') {
            layoutDir = source.path;
            layoutTag = source.tag ?? '';
        }
        else {
            scratch = await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .scratchDir */ .GA)(ctx, 'ghcr-action-push-');
            await intoLayout(source, scratch);
            layoutDir = scratch;
            layoutTag = LAYOUT_TAG;
        }
        const report = await (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .group */ .O)('Push', () => (0,_push_image_js__WEBPACK_IMPORTED_MODULE_10__/* .pushLayout */ .Bx)(layoutDir, layoutTag, tags, inputs, ctx, session));
        const attestation = inputs.attest
            ? await (0,_attest_js__WEBPACK_IMPORTED_MODULE_13__/* .attestPushedImage */ .kq)(inputs, ctx, session, report.digest)
            : undefined;
        const records = inputs.pushByDigest ? await (0,_leg_records_js__WEBPACK_IMPORTED_MODULE_8__/* .recordLeg */ .Yb)(ctx, inputs.image, report) : [];
        (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .setImageOutputs */ .CF)(report, {
            source: source.kind,
            ...(inputs.pushByDigest && { pushByDigest: true, records }),
            ...(attestation && { attestation })
        });
        (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .summarizeImage */ .N5)(`Pushed ${name}`, { ...report, seconds: (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .secondsSince */ .wv)(started) }, name);
    }
    finally {
        await session.close();
        if (scratch)
            await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDir */ .M1)(scratch);
    }
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ legRecordsUnavailable),
/* harmony export */   Yb: () => (/* binding */ recordLeg),
/* harmony export */   xl: () => (/* binding */ findLegRecord)
/* harmony export */ });
/* unused harmony exports LOOKUP_DEADLINE_MS, legKeyPrefix, digestOfKey, saveLegRecords */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _blob_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31348);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16546);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97716);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58592);
/**
 * The hand-over from the per-platform legs of a matrix to the job that merges them
 * (`command: index`), with no artifact and no extra step: a leg that pushes by digest saves a
 * cache entry with @actions/cache whose *key* is the record: the run id, the run attempt, a
 * hash of the exact image, the platform, and the digest pushed. The merge looks each platform
 * up by its key's prefix without downloading anything (`lookupOnly`), trying this attempt
 * first and then each earlier one, so a merge re-run alone still finds its legs and a re-run
 * leg's newer record wins over its old one.
 *
 * Nothing is restored, so nothing from the cache reaches the merge's disk: no archive member
 * can land outside the workspace, no file can be a FIFO, no download can hang. The lookup
 * itself has a deadline. A record only names a digest; the merge reads every manifest it names
 * from the registry, verified against that digest, and checks the platform there.
 */









const VERSION = 'v2';
/**
 * The directory a leg's entry is saved from, relative to the workspace: @actions/cache computes
 * an entry's version from the path as given, so the leg and the merge must name it alike on
 * runners whose workspaces differ. Its content (the record as JSON) is for people; the merge
 * reads the key.
 */
const RECORD_DIR = '.ghcr-action-leg';
const RECORD_FILE = 'record.json';
/** How long the merge waits for the cache service to answer one lookup. */
const LOOKUP_DEADLINE_MS = 30_000;
/**
 * The start of a record's key: run, attempt, the image (a hash of its exact name: two names
 * must never share a key, as `team/app` and `team-app` would as slugs), the platform. It ends
 * in `-leg-` so that no platform's prefix is the start of another's (`linux/arm` and
 * `linux/arm/v7`): the cache service matches prefixes.
 */
function legKeyPrefix(ctx, image, platform, attempt) {
    const name = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256')
        .update(`${image.registry}/${image.repository}`)
        .digest('hex')
        .slice(0, 24);
    // Platforms are [a-z0-9_.] parts joined by "/": with "/" as "-" the name stays unique.
    return `ghcr-action-${VERSION}-run-${ctx.runId}-${attempt}-${name}-${platform.replace(/\//g, '-')}-leg-`;
}
/** The digest a record's key names, or undefined for a key that is not one. */
function digestOfKey(key, prefix) {
    if (!key.startsWith(prefix))
        return undefined;
    const hex = key.slice(prefix.length);
    return /^[0-9a-f]{64}$/.test(hex) ? `sha256:${hex}` : undefined;
}
/** Why records cannot pass between jobs here, or undefined when they can. */
function legRecordsUnavailable(ctx, backend = _blob_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsCacheBackend */ .MO, env = process.env) {
    if (!ctx.inActions || !ctx.runId)
        return 'this is not a GitHub Actions run';
    if (backend === _blob_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsCacheBackend */ .MO && !(0,_blob_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsCacheAvailable */ .rL)(env))
        return "GitHub Actions' cache service is not available to this job";
    return undefined;
}
/**
 * Saves one record per platform of a leg's push. Fails the step when a record cannot be
 * saved: a merge could not find the leg, and re-running the leg is the fix.
 */
async function saveLegRecords(ctx, image, pushed, platforms, backend = _blob_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsCacheBackend */ .MO) {
    const keys = [];
    const name = `${image.registry}/${image.repository}`;
    // The directory is the action's for the length of the save; one of the user's is left alone.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(RECORD_DIR)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`Pushed ${name}@${pushed.digest}, but could not record it for the index step: the workspace already has ${RECORD_DIR}, the directory the record is saved from, and it is not this action's to remove. Rename it, or give the index step sources: ${pushed.digest}.`);
    }
    for (const platform of platforms) {
        const key = `${legKeyPrefix(ctx, image, platform, ctx.runAttempt)}${pushed.digest.slice(7)}`;
        const record = {
            image: name,
            platform,
            digest: pushed.digest,
            runAttempt: ctx.runAttempt
        };
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_5__/* .removeOnCancel */ .c_)(RECORD_DIR);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(RECORD_DIR);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)(`${RECORD_DIR}/${RECORD_FILE}`, JSON.stringify(record));
            await backend.save(RECORD_DIR, key);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`Pushed ${name}@${pushed.digest} for ${platform}, but could not record it for the index step: ${error instanceof Error ? error.message : String(error)}. Re-run this job, or give the index step sources: ${pushed.digest}.`);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(RECORD_DIR, { recursive: true, force: true });
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Recorded ${pushed.digest} for ${platform} for the index step (${key})`);
        keys.push(key);
    }
    return keys;
}
/**
 * The newest record of this run's leg for `platform`: this attempt's, else the latest earlier
 * one. Undefined when no attempt recorded it.
 */
async function findLegRecord(ctx, image, platform, backend = _blob_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsCacheBackend */ .MO) {
    for (let attempt = ctx.runAttempt; attempt >= 1; attempt--) {
        const prefix = legKeyPrefix(ctx, image, platform, attempt);
        const key = await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_6__/* .withDeadline */ .N)(backend.lookup(RECORD_DIR, prefix), LOOKUP_DEADLINE_MS, `GitHub Actions' cache service did not answer within ${LOOKUP_DEADLINE_MS / 1000} s when asked for the ${platform} leg's record`);
        if (key === undefined)
            continue;
        const digest = digestOfKey(key, prefix);
        if (!digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`The cache entry ${key} answered for the ${platform} leg's record, and it names no digest. Re-run the ${platform} leg, or set sources:.`);
        }
        return { image: `${image.registry}/${image.repository}`, platform, digest, runAttempt: attempt };
    }
    return undefined;
}
/**
 * A leg's push by digest, handed to the index step: one record per platform of what was
 * pushed. Where records cannot pass between jobs, a notice says how to merge without them.
 */
async function recordLeg(ctx, image, pushed, backend = _blob_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsCacheBackend */ .MO) {
    const why = legRecordsUnavailable(ctx, backend);
    if (why) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Pushed by digest (${pushed.root.digest}); no record for an index step was saved, since ${why}. Give the index step sources: ${pushed.root.digest}.`);
        return [];
    }
    const platforms = await pushed.pushedPlatforms();
    if (platforms.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`Pushed ${image.registry}/${image.repository}@${pushed.root.digest}, but the image declares no platform, so the index step could not place it. Set platforms: on the build.`);
    }
    return (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .group */ .O)('Record the push for the index step', () => saveLegRecords(ctx, image, pushed.root, platforms, backend));
}


/***/ }),

/***/ 12332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ pushLayout),
/* harmony export */   W9: () => (/* binding */ EarlyUploads),
/* harmony export */   sw: () => (/* binding */ copyRemote)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34081);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40645);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1156);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11187);
/**
 * Writing images into the target repository with progress lines: the image of an OCI layout
 * (`build-push`, `push`: blobs first, then the manifest or the index and its children, then
 * each tag, and the notice when the push created the package), or a remote image (`tag`,
 * `copy`).
 */





/**
 * Layers uploaded while the build is still writing the layout (`docker save` into layers,
 * compressed on every core): each starts as soon as it lands, so compression and upload
 * overlap as they do in `docker push`. Best effort: a failed early upload is left to the push
 * that follows, which sends whatever the registry still lacks.
 */
class EarlyUploads {
    repository;
    dir;
    running = [];
    limiter;
    /** Digests this uploader sent, and their bytes. */
    sent = new Map();
    progress = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .progressReporter */ .xZ)('upload');
    constructor(repository, dir, limit = 2) {
        this.repository = repository;
        this.dir = dir;
        this.limiter = new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Limiter */ .jG(limit);
    }
    /** Starts uploading a layer that is now final in the layout. */
    add(layer) {
        const job = this.limiter.run(async () => {
            if ((await this.repository.blobSize(layer.digest, true)) !== undefined)
                return;
            this.progress.onBlobStart?.(layer);
            await this.repository.pushBlob(layer, new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OciLayoutSource */ .bB(this.dir).blob(layer), {
                onProgress: n => this.progress.onBlobProgress?.(layer, n)
            });
            this.sent.set(layer.digest, layer.size);
            this.progress.onBlobDone?.(layer, 'copied');
        });
        job.catch((error) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`early upload of ${layer.digest} failed, left to the push: ${error instanceof Error ? error.message : String(error)}`));
        this.running.push(job);
    }
    /** Waits for the uploads under way (their failures are the push's to repair). */
    async settle() {
        await Promise.allSettled(this.running);
    }
}
/** Pushes the image of a layout to `inputs.image` with `tags` (none: by digest only). */
async function pushLayout(dir, layoutTag, tags, inputs, ctx, session, early) {
    const repository = session.client.repository(inputs.image.repository);
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const started = Date.now();
    const github = (0,_token_js__WEBPACK_IMPORTED_MODULE_4__/* .isGitHubRegistry */ .vX)(inputs.registry, ctx.serverUrl);
    // Only the "new package" notice depends on it; a failure to ask costs nothing else.
    const createdPackage = github && !(await repository.known().catch(() => true));
    const source = new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OciLayoutSource */ .bB(dir, layoutTag);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(tags.length
        ? `Pushing ${name} with tags ${tags.join(', ')}`
        : `Pushing ${name} by digest, without tags`);
    let result;
    const progress = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .progressReporter */ .xZ)('upload');
    try {
        await early?.settle();
        result = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .copyImage */ .L1)(source, new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteDestination */ .d0(repository), {
            tags,
            ...progress,
            // Layers sent early were reported then; the registry has them now.
            onBlobDone: (desc, outcome) => {
                if (!early?.sent.has(desc.digest))
                    progress.onBlobDone?.(desc, outcome);
            }
        });
    }
    catch (error) {
        throw session.explain(error, `push ${name}`, inputs.image.repository, true);
    }
    // What was sent early counts as pushed, not as found there.
    for (const bytes of early?.sent.values() ?? []) {
        result.stats.present--;
        result.stats.copied++;
        result.stats.bytesReused -= bytes;
        result.stats.bytesCopied += bytes;
    }
    const size = await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .imageSize */ .R9)(source, await source.rootDescriptor());
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${result.digest}`);
    if (createdPackage) {
        const settings = (0,_token_js__WEBPACK_IMPORTED_MODULE_4__/* .packageSettingsUrl */ .vy)(ctx.serverUrl, inputs.image.repository, (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .ownerIsOrganization */ .To)(ctx));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`${name} is a new package. New packages on ${inputs.registry} start private: change its visibility and who may use it in the package settings (${settings}).`, { title: 'New package' });
    }
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadReport */ .a3)(result, name, tags, size, started);
    return {
        ...report,
        imageid: await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .imageIdOf */ .CR)(source, result),
        createdPackage,
        root: { digest: result.digest, mediaType: result.mediaType, size: result.size },
        // Read only for a push by digest: a single image's platform is in its config.
        pushedPlatforms: () => platformNames(source, result)
    };
}
/** The platforms of a pushed image: an index's, or the one its config declares. */
async function platformNames(source, result) {
    if (!result.configDigest)
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .platformsOf */ .Wt)(result).map(p => p.platform);
    const root = await source.root();
    const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(root.bytes, root.mediaType);
    if (parsed.kind !== 'image')
        return [];
    const platform = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .configPlatform */ .Ko)(await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readSmallBlob */ .tp)(source, parsed.manifest.config));
    return platform ? [(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(platform)] : [];
}
/**
 * Copies the image `source` names from the repository `from` into `to` under `tags` (with
 * `platform`, that platform of an index only). Blobs of another repository of the same
 * registry are mounted, not uploaded.
 */
function copyRemote(from, source, to, options) {
    return (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteSource */ .aJ(from, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(source)), new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteDestination */ .d0(to), {
        tags: options.tags,
        ...(options.platform && { platform: options.platform }),
        ...(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .progressReporter */ .xZ)('upload')
    });
}


/***/ })

};
