export const id = 541;
export const ids = [541];
export const modules = {

/***/ 15541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tag: () => (/* binding */ tag)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34081);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58592);
/* harmony import */ var _push_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12332);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1156);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51671);
/** `command: tag`: adds tags to an image of the registry without moving a layer. */





async function tag(inputs, ctx) {
    const { source, tags } = inputs;
    const started = Date.now();
    const session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_4__/* .openTargetSession */ .k)(inputs, ctx, { write: true }));
    try {
        const destination = session.client.repository(inputs.image.repository);
        let result;
        let size;
        try {
            if (source.repository === inputs.image.repository) {
                // The manifest bytes are read once and put under each tag: no blob moves at all.
                const manifest = await destination.getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerOf */ .rq)(source));
                for (const tag of tags)
                    await destination.putManifest(tag, manifest.bytes, manifest.mediaType);
                result = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .copyResultOf */ .yS)(manifest.bytes, manifest.parsed, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyStats */ .bD)());
                // The size from the bytes in hand: nothing just written is read back.
                size = await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .imageSize */ .R9)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteSource */ .aJ(destination, manifest.digest, manifest), {
                    mediaType: manifest.mediaType,
                    digest: manifest.digest,
                    size: manifest.bytes.length
                });
            }
            else {
                // Another repository of the same registry: blobs are mounted, not uploaded.
                const from = session.client.repository(source.repository);
                result = await (0,_push_image_js__WEBPACK_IMPORTED_MODULE_2__/* .copyRemote */ .sw)(from, source, destination, { tags });
                size = result.stats.bytesCopied + result.stats.bytesReused;
            }
        }
        catch (error) {
            throw session.explain(error, `tag ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(source)}`, inputs.image.repository, true);
        }
        const name = `${inputs.image.registry}/${inputs.image.repository}`;
        (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .reportCopy */ .KJ)('Tagged', source, result, { name, tags, size, started });
    }
    finally {
        await session.close();
    }
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
