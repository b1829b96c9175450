export const id = 631;
export const ids = [631,701];
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
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42419);
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
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF)
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
