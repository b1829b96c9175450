export const id = 436;
export const ids = [436,701];
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

/***/ 61436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeIndex: () => (/* binding */ mergeIndex)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88701);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34081);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78055);
/* harmony import */ var _leg_records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9217);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58592);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1156);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64565);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51671);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52409);
/**
 * `command: index`: merges per-platform images (a matrix's push-by-digest legs, or any images
 * of the registry) into one multi-platform index, and tags it. No layer moves: sources in the
 * target repository are referenced where they are, and those of other repositories are copied
 * by mounting their blobs.
 *
 * Sources that are indexes themselves (buildx wraps an image with its attestations in one, and
 * earlier multi-platform images are ones) are flattened: each platform once, its attestation
 * manifests beside it (or dropped, with `attestations: drop`). The index carries the
 * `annotations` input and the images' description, source and licenses, where ghcr.io reads a
 * multi-platform package's description.
 */










/** How deep indexes may nest in a source (an index of indexes of images is two). */
const MAX_DEPTH = 4;
/** A platform's name with `os.version` (Windows images differ by it). */
function platformKey(p) {
    return p['os.version'] ? `${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(p)} (${p['os.version']})` : (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(p);
}
async function mergeIndex(inputs, ctx) {
    const started = Date.now();
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const sources = inputs.sources.length
        ? inputs.sources.map(ref => ({ ref, label: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref) }))
        : await (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .O)("Find this run's legs", () => legSources(inputs, ctx));
    const session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_8__/* .openTargetSession */ .k)(inputs, ctx, { write: true }));
    try {
        const target = session.client.repository(inputs.image.repository);
        const reader = new SourceReader(session);
        const { entries, describing } = await (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .O)('Read the sources', () => reader.read(sources));
        checkPlatforms(entries, sources, inputs);
        checkDescriptorAnnotations(entries, inputs);
        const foreign = entries.filter(e => e.from.name !== target.name);
        const stats = foreign.length
            ? await (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .O)(`Mount ${foreign.length} image(s) from other repositories`, () => bringIn(foreign, target, inputs, session))
            : (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyStats */ .bD)();
        const annotations = indexAnnotations(inputs, describing);
        const index = {
            schemaVersion: 2,
            mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciIndex,
            manifests: entries.flatMap(e => [
                withDescriptorAnnotations(e, inputs),
                ...(inputs.attestations === 'keep' ? e.attestations : [])
            ]),
            ...(Object.keys(annotations).length && { annotations })
        };
        const bytes = Buffer.from(JSON.stringify(index, null, 2));
        const digest = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(bytes);
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .O)('Push the index', async () => {
            try {
                // By digest first: the tags are written once the index is in the registry.
                await target.putManifest(digest, bytes, _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciIndex);
                for (const tag of inputs.tags)
                    await target.putManifest(tag, bytes, _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciIndex);
            }
            catch (error) {
                throw session.explain(error, `push the index to ${name}`, inputs.image.repository, true);
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${digest}`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Tags: ${inputs.tags.map(t => `${name}:${t}`).join(', ')}`);
        });
        const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .imageReport */ .SM)({
            name,
            digest,
            tags: inputs.tags,
            platforms: entries.map(e => ({ platform: e.platform, digest: e.descriptor.digest })),
            size: entries.reduce((n, e) => n + e.size, 0),
            started,
            transfer: { direction: 'upload', stats, mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciIndex }
        });
        // The index and each platform image it lists, signed in one statement.
        const attestation = inputs.attest
            ? await (0,_attest_js__WEBPACK_IMPORTED_MODULE_7__/* .attestStep */ .gw)(inputs, ctx, target, [
                { mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciIndex, digest, size: bytes.length },
                ...entries.map(e => e.descriptor)
            ])
            : undefined;
        const attestations = inputs.attestations === 'keep' ? entries.flatMap(e => e.attestations) : [];
        (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .setImageOutputs */ .CF)(report, {
            ...(attestation && { attestation }),
            sources: entries.map(e => ({
                platform: e.platform,
                digest: e.descriptor.digest,
                source: e.source
            })),
            attestations: attestations.map(a => ({
                digest: a.digest,
                subject: a.annotations?.[_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTESTATION_SUBJECT */ ._L] ?? ''
            })),
            annotations
        });
        (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .summarizeImage */ .N5)(`Merged ${entries.length} platforms into ${name}`, report, name);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addTable([
            [
                { data: 'platform', header: true },
                { data: 'manifest', header: true },
                { data: 'from', header: true },
                { data: 'attestations', header: true }
            ],
            ...entries.map(e => [
                (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .html */ .q)(e.platform),
                `<code>${e.descriptor.digest}</code>`,
                (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .html */ .q)(e.source),
                inputs.attestations === 'keep' ? String(e.attestations.length) : 'dropped'
            ])
        ]);
    }
    finally {
        await session.close();
    }
}
/** This run's legs for `platforms`, from their records; one error names every missing one. */
async function legSources(inputs, ctx) {
    const unavailable = (0,_leg_records_js__WEBPACK_IMPORTED_MODULE_4__/* .legRecordsUnavailable */ .Nd)(ctx);
    if (unavailable) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`sources is empty, so index merges this run's push-by-digest legs, but their records cannot be read: ${unavailable}. Set sources: to the legs' digests.`);
    }
    const found = [];
    const missing = [];
    for (const platform of inputs.platforms) {
        let record;
        try {
            record = await (0,_leg_records_js__WEBPACK_IMPORTED_MODULE_4__/* .findLegRecord */ .xl)(ctx, inputs.image, platform);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
                throw error;
            // The record may well exist: the lookup failed, not the leg.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The ${platform} leg's record could not be looked up in GitHub Actions' cache service (${error instanceof Error ? error.message : String(error)}); the leg may have recorded it all the same. Re-run this merge job, or set sources: to the legs' digests.`);
        }
        if (!record) {
            missing.push(platform);
            continue;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${platform}: ${record.digest} (attempt ${record.runAttempt}${record.runAttempt === ctx.runAttempt ? '' : ', an earlier attempt'})`);
        found.push({
            ref: { ...inputs.image, digest: record.digest },
            label: `the ${platform} leg`,
            platform
        });
    }
    if (missing.length) {
        const attempts = ctx.runAttempt > 1 ? `attempts 1 to ${ctx.runAttempt}` : 'attempt 1';
        // @actions/cache files entries under a version that names the compression: a leg on a
        // runner with zstd (GitHub's all have it) records under another version than a merge
        // runner without it can see.
        if (!(await (0,_actions_io__WEBPACK_IMPORTED_MODULE_1__.which)('zstd'))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`No record of ${missing.join(', ')} for ${inputs.image.registry}/${inputs.image.repository} is visible to this job (${attempts}), and this runner has no zstd: GitHub Actions' cache keeps entries made with zstd apart from those made without, so the legs' records (GitHub's runners have zstd) cannot be seen from here. Install zstd on this runner (apt-get install zstd), or set sources: to the legs' digests (README, "Matrix legs without the cache service").`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`No leg of this run (${attempts}) recorded ${missing.join(', ')} for ${inputs.image.registry}/${inputs.image.repository}. Each platform needs a job that ran this action with push-by-digest: true and the same image, and finished before this one (needs:). Re-run the failed leg, or set sources:.`);
    }
    return found;
}
/** Reads sources into platform entries, verified, flattening indexes. */
class SourceReader {
    session;
    entries = [];
    /** From the images and source indexes, first found wins. */
    describing = {};
    seen = new Set();
    constructor(session) {
        this.session = session;
    }
    async read(sources) {
        for (const source of sources) {
            const from = this.session.client.repository(source.ref.repository);
            try {
                const root = await from.getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerOf */ .rq)(source.ref));
                if (this.seen.has(`${from.name}@${root.digest}`))
                    continue;
                this.seen.add(`${from.name}@${root.digest}`);
                const desc = { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length };
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${source.label}: ${root.digest}`);
                await this.visit(desc, root.bytes, source, from, 0);
            }
            catch (error) {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
                    throw error;
                throw this.session.explain(error, `read ${source.label}`, source.ref.repository, false);
            }
        }
        return { entries: this.entries, describing: this.describing };
    }
    async visit(desc, bytes, source, from, depth) {
        const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(bytes, desc.mediaType, `${source.label}: manifest ${desc.digest}`);
        if (parsed.kind === 'index') {
            if (depth >= MAX_DEPTH)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${source.label} nests indexes more than ${MAX_DEPTH} deep`);
            this.describe(parsed.index.annotations);
            const images = parsed.index.manifests.filter(m => !(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isAttestationEntry */ .r2)(m));
            const attestations = parsed.index.manifests.filter(m => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isAttestationEntry */ .r2)(m));
            for (const child of images) {
                const childBytes = await new _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteSource */ .aJ(from, child.digest).manifest(child);
                await this.visit(child, childBytes, source, from, depth + 1);
                // An image's attestations name it as their subject; an image met twice (the same
                // digest in two sources) keeps each attestation once.
                const entry = this.entries.find(e => e.descriptor.digest === child.digest);
                for (const a of attestations) {
                    if (entry &&
                        a.annotations?.[_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTESTATION_SUBJECT */ ._L] === child.digest &&
                        !entry.attestations.some(b => b.digest === a.digest))
                        entry.attestations.push(a);
                }
            }
            return;
        }
        const manifest = parsed.manifest;
        if (manifest.subject) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${source.label} is an artifact attached to ${manifest.subject.digest} (it has a subject), not an image.`);
        }
        // The image itself says what it is: an entry's platform in a source index is only a
        // claim, and signatures or attestations listed as images must not stand for a platform.
        const listedAs = desc.platform ? ` (listed as ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(desc.platform)})` : '';
        const notImage = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .notAnImage */ .O9)(manifest);
        if (notImage) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${source.label}: ${desc.digest}${listedAs} is not an image (${notImage}), so it cannot stand for a platform in an index. Name the images themselves in sources.`);
        }
        this.describe(manifest.annotations);
        const config = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmallBlob */ .tp)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteSource */ .aJ(from, desc.digest), manifest.config);
        this.describe(labelsOf(config));
        const own = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .configPlatform */ .Ko)(config);
        if (!own || own.os === 'unknown') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${source.label} (${desc.digest}) declares no platform in its config, so it has no place in an index.`);
        }
        if (desc.platform && !(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(desc.platform, own)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${source.label}: ${desc.digest}${listedAs} is a ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(own)} image by its config. An index entry must name the platform of the image it points to: fix the source index, or name the image by digest in sources.`);
        }
        // The entry's own platform where it agrees (it may carry os.features), else the config's.
        const platform = desc.platform ?? own;
        const key = platformKey(platform);
        const same = this.entries.find(e => e.platform === key);
        if (same?.descriptor.digest === desc.digest)
            return;
        if (same) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Two sources give ${key}: ${same.source} (${same.descriptor.digest}) and ${source.label} (${desc.digest}). An index has one image per platform; drop one of them from sources.`);
        }
        this.entries.push({
            descriptor: {
                mediaType: parsed.mediaType,
                digest: desc.digest,
                size: desc.size,
                ...(desc.annotations && { annotations: desc.annotations }),
                platform
            },
            platform: key,
            from,
            source: source.label,
            attestations: [],
            size: manifest.layers.reduce((n, l) => n + l.size, manifest.config.size)
        });
    }
    describe(found) {
        for (const key of _tags_js__WEBPACK_IMPORTED_MODULE_9__/* .DESCRIBING_LABELS */ .tP) {
            const value = found?.[key];
            if (value && !(key in this.describing))
                this.describing[key] = value;
        }
    }
}
/** An image config's labels (`config.Labels`), or none. */
function labelsOf(config) {
    try {
        const labels = JSON.parse(config.toString('utf8')).config
            ?.Labels;
        if (!labels || typeof labels !== 'object')
            return {};
        return Object.fromEntries(Object.entries(labels).filter((kv) => typeof kv[1] === 'string'));
    }
    catch {
        return {};
    }
}
/**
 * Each leg's record names its platform, and `platforms` next to `sources` lists what the merge
 * must have: a source that lacks its platform is an error, not a smaller index.
 */
function checkPlatforms(entries, sources, inputs) {
    const have = new Set(entries.map(e => e.platform));
    for (const source of sources) {
        if (source.platform && !have.has(source.platform)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${source.label} pushed ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(source.ref)}, which holds ${[...have].join(', ') || 'no image'}, not ${source.platform}.`);
        }
    }
    const absent = inputs.platforms.filter(p => !have.has(p));
    if (absent.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`platforms lists ${absent.join(', ')}, and no source holds ${absent.length === 1 ? 'it' : 'them'} (the sources hold ${[...have].join(', ')}).`);
    }
    if (entries.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('The sources hold no image to merge.');
}
/** Copies images of other repositories (and their attestations) into the target by digest, their blobs mounted. */
async function bringIn(entries, target, inputs, session) {
    const stats = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyStats */ .bD)();
    for (const entry of entries) {
        const manifests = [
            entry.descriptor,
            ...(inputs.attestations === 'keep' ? entry.attestations : [])
        ];
        for (const desc of manifests) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${entry.platform}: ${entry.from.name}@${desc.digest}`);
            try {
                const result = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteSource */ .aJ(entry.from, desc.digest), new _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteDestination */ .d0(target), { tags: [], ...(0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .progressReporter */ .xZ)('upload') });
                for (const k of Object.keys(stats))
                    stats[k] += result.stats[k];
            }
            catch (error) {
                throw session.explain(error, `copy ${entry.from.name}@${desc.digest} into ${target.name}`, inputs.image.repository, true);
            }
        }
    }
    if (stats.copied) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`${stats.copied} layer(s) could not be mounted from their repositories and were copied through this runner.`);
    }
    return stats;
}
/**
 * The index's annotations: the images' description, source and licenses, then the input's
 * (plain and `index:` ones both annotate the index, the one thing this command writes).
 */
function indexAnnotations(inputs, describing) {
    const annotations = { ...describing };
    for (const a of inputs.annotations)
        if (a.level === 'index' || a.level === 'manifest')
            annotations[a.key] = a.value;
    return annotations;
}
/**
 * A `manifest-descriptor[platform]:` annotation must land on an entry: one naming a platform
 * the merge does not hold is a mistake to report, not one to drop.
 */
function checkDescriptorAnnotations(entries, inputs) {
    const held = new Set(entries.map(e => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(e.descriptor.platform)));
    for (const a of inputs.annotations) {
        if (a.level !== 'manifest-descriptor' || !a.platforms)
            continue;
        const absent = a.platforms.split(',').filter(p => !held.has(p));
        if (absent.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`annotations: manifest-descriptor[${a.platforms}]:${a.key} names ${absent.join(', ')}, which the merged index does not hold (it holds ${[...held].join(', ')}). Nothing was pushed.`);
        }
    }
}
/** An entry's descriptor with the `manifest-descriptor:` annotations for its platform. */
function withDescriptorAnnotations(entry, inputs) {
    const extra = inputs.annotations.filter(a => a.level === 'manifest-descriptor' &&
        (a.platforms === '' ||
            a.platforms.split(',').includes((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(entry.descriptor.platform))));
    if (!extra.length)
        return entry.descriptor;
    return {
        ...entry.descriptor,
        annotations: {
            ...entry.descriptor.annotations,
            ...Object.fromEntries(extra.map(a => [a.key, a.value]))
        }
    };
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

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath)
/* harmony export */ });
/* unused harmony exports chmod, copyFile, lstat, open, readdir, rename, rmdir, stat, symlink, unlink, readlink, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 88701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF),
/* harmony export */   which: () => (/* binding */ which)
/* harmony export */ });
/* unused harmony exports cp, mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

};
