export const id = 545;
export const ids = [545];
export const modules = {

/***/ 1545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   push: () => (/* binding */ push)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _build_builders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4998);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4107);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7804);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8592);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4001);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1658);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5242);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1671);
/**
 * `command: push`: an existing image, from the Docker engine, an OCI layout or a
 * `docker save` archive, to the target repository.
 */













const LAYOUT_TAG = 'latest';
/** Writes an engine image or an archive into `dir` as an OCI layout tagged {@link LAYOUT_TAG}. */
async function intoLayout(source, dir) {
    if (source.kind === 'docker-archive') {
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .group */ .O)(`Read ${source.path}`, async () => {
            const image = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readDockerArchive */ .z9)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source.path), dir, {
                tag: LAYOUT_TAG
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(image.converted
                ? 'Layers were uncompressed in the archive and are compressed for the registry'
                : 'Layers are kept as they are in the archive');
        });
        return;
    }
    await (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .group */ .O)(`Read ${source.name} from the Docker engine`, () => (0,_build_builders_js__WEBPACK_IMPORTED_MODULE_3__/* .saveToLayout */ .DE)(_runner_js__WEBPACK_IMPORTED_MODULE_11__/* .actionRunner */ .L, source.name, dir, process.env, line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)).catch(e => {
        if (e instanceof _build_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`Could not read ${source.name} from the Docker engine: ${e.message}`);
        throw e;
    }));
}
async function push(inputs, ctx) {
    const { source, tags } = inputs;
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const started = Date.now();
    // No upload preflight: the push's own first request proves write access as fast.
    const session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_12__/* .openTargetSession */ .k)(inputs, ctx, { write: true }));
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
        const report = await (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .group */ .O)('Push', () => (0,_publish_js__WEBPACK_IMPORTED_MODULE_9__/* .pushLayout */ .B)(layoutDir, layoutTag, tags, inputs, ctx, session));
        (0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .setImageOutputs */ .CF)(report, { source: source.kind });
        (0,_report_js__WEBPACK_IMPORTED_MODULE_10__/* .summarizeImage */ .N5)(`Pushed ${name}`, { ...report, seconds: (Date.now() - started) / 1000 }, name);
    }
    finally {
        await session.close();
        if (scratch)
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

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ pushLayout),
/* harmony export */   s: () => (/* binding */ copyRemote)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7804);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(645);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1658);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(838);
/**
 * Writing images into the target repository with progress lines: the image of an OCI layout
 * (`build-push`, `push`: blobs first, then the manifest or the index and its children, then
 * each tag, and the notice when the push created the package), or a remote image (`tag`,
 * `copy`).
 */





/** Pushes the image of a layout to `inputs.image` with `tags`. */
async function pushLayout(dir, layoutTag, tags, inputs, ctx, session) {
    const repository = session.client.repository(inputs.image.repository);
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const started = Date.now();
    const github = (0,_token_js__WEBPACK_IMPORTED_MODULE_4__/* .isGitHubRegistry */ .vX)(inputs.registry, ctx.serverUrl);
    // Only the "new package" notice depends on it; a failure to ask costs nothing else.
    const createdPackage = github && !(await repository.known().catch(() => true));
    const source = new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OciLayoutSource */ .bB(dir, layoutTag);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pushing ${name} with tags ${tags.join(', ')}`);
    let result;
    try {
        result = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .copyImage */ .L1)(source, new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteDestination */ .d0(repository), {
            tags,
            ...(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .progressReporter */ .xZ)('upload')
        });
    }
    catch (error) {
        throw session.explain(error, `push ${name}`, inputs.image.repository, true);
    }
    const size = await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .imageSize */ .R9)(source, await source.rootDescriptor());
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${result.digest}`);
    if (createdPackage) {
        const settings = (0,_token_js__WEBPACK_IMPORTED_MODULE_4__/* .packageSettingsUrl */ .vy)(ctx.serverUrl, inputs.image.repository, (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .ownerIsOrganization */ .To)(ctx));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`${name} is a new package. New packages on ${inputs.registry} start private: change its visibility and who may use it in the package settings (${settings}).`, { title: 'New package' });
    }
    return { ...(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadReport */ .a3)(result, name, tags, size, started), createdPackage };
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
