export const id = 266;
export const ids = [266];
export const modules = {

/***/ 12266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copy: () => (/* binding */ copy)
});

// EXTERNAL MODULE: ./src/registry/index.ts + 8 modules
var registry = __webpack_require__(34081);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(78055);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: ./src/action/push-image.ts
var push_image = __webpack_require__(12332);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(96251);
// EXTERNAL MODULE: ./src/action/attest.ts
var attest = __webpack_require__(64565);
;// CONCATENATED MODULE: ./src/action/referrers.ts
/**
 * What belongs to an image and is not in it: its referrers (attestations, signatures, SBOMs),
 * found through the referrers API, or where the registry has none (ghcr.io) through the
 * `sha256-<hex>` fallback index and cosign's `sha256-<hex>.sig`, `.att` and `.sbom` tags. `copy`
 * carries them with the image, by digest, and writes the fallback tag at the destination.
 */



/** cosign's tags beside the fallback index: signatures, attestations, SBOMs. */
const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'];
/** The referrers of `subject` in `repo`: entries to copy by digest, and cosign tags to copy as tags. */
async function referrersOf(repo, registry, subject) {
    // ghcr.io has no referrers API, and answers the route with a redirect to a page that is
    // rate limited: asking costs seconds and finds nothing.
    let entries = registry === 'ghcr.io' ? undefined : await repo.listReferrers(subject);
    if (!entries) {
        const tag = (0,attest/* fallbackTag */.fH)(subject);
        const head = await repo.headManifest(tag);
        entries = [];
        if (head) {
            const got = await repo.getManifest(tag);
            if (got.parsed.kind === 'index')
                entries = got.parsed.index.manifests;
        }
    }
    const tags = [];
    for (const suffix of COSIGN_SUFFIXES) {
        const tag = `${(0,attest/* fallbackTag */.fH)(subject)}.${suffix}`;
        if (await repo.headManifest(tag))
            tags.push(tag);
    }
    return { entries, tags };
}
/**
 * Copies the referrers of each subject (the copied image, and each platform image of an index)
 * from `from` to `to`, by digest, listing each under the subject's fallback tag there.
 */
async function carryReferrers(from, source, to, subjects) {
    const copied = [];
    for (const subject of subjects) {
        const { entries, tags } = await referrersOf(from, source.registry, subject);
        for (const entry of entries) {
            await (0,registry/* copyImage */.L1)(new registry/* RemoteSource */.aJ(from, entry.digest), new registry/* RemoteDestination */.d0(to), { tags: [] });
            await (0,attest/* addToFallback */.Bv)(to, subject, entry);
            copied.push({
                subject,
                digest: entry.digest,
                ...(entry.artifactType && { artifactType: entry.artifactType })
            });
        }
        for (const tag of tags) {
            const result = await (0,registry/* copyImage */.L1)(new registry/* RemoteSource */.aJ(from, tag), new registry/* RemoteDestination */.d0(to), {
                tags: [tag]
            });
            copied.push({ subject, digest: result.digest, tag });
        }
    }
    if (copied.length)
        core/* info */.pq(`Copied ${copied.length} referrer(s) with the image: ${copied
            .map(c => `${c.digest.slice(0, 19)} (${c.artifactType ?? c.tag ?? 'referrer'})`)
            .join(', ')}`);
    else
        core/* info */.pq('The image has no referrers (attestations, signatures, SBOMs) to copy');
    return { copied };
}

// EXTERNAL MODULE: ./src/action/report.ts + 1 modules
var report = __webpack_require__(1156);
// EXTERNAL MODULE: ./src/action/session.ts + 1 modules
var session = __webpack_require__(51671);
;// CONCATENATED MODULE: ./src/action/commands/copy.ts
/** `command: copy`: an image from any registry to `image`, digests preserved. */







async function copy(inputs, ctx) {
    const { source, tags } = inputs;
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const started = Date.now();
    const from = await (0,log/* group */.O)(`Login to ${source.registry}`, () => (0,session/* openSourceSession */.Y)(inputs, ctx, source));
    let to;
    try {
        to = await (0,log/* group */.O)(`Login to ${inputs.registry}`, () => (0,session/* openTargetSession */.k)(inputs, ctx, { write: true }));
        const target = to;
        let result;
        try {
            result = await (0,log/* group */.O)(`Copy ${(0,registry/* formatReference */.FH)(source)} to ${name}`, () => (0,push_image/* copyRemote */.sw)(from.client.repository(source.repository), source, target.client.repository(inputs.image.repository), { tags, ...(inputs.platform && { platform: inputs.platform }) }));
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            // A failure to read the source is the source's, whatever the copy was doing.
            if (readingSource(error, source)) {
                throw from.explain(error, `read ${(0,registry/* formatReference */.FH)(source)}`, source.repository, false);
            }
            throw target.explain(error, `copy ${(0,registry/* formatReference */.FH)(source)} to ${name}`, inputs.image.repository, true);
        }
        // What belongs to the image comes with it: attestations, signatures, SBOMs. A copy of one
        // platform carries that platform's.
        const carried = inputs.referrers
            ? await (0,log/* group */.O)('Copy the referrers (attestations, signatures, SBOMs)', async () => {
                try {
                    return await carryReferrers(from.client.repository(source.repository), source, target.client.repository(inputs.image.repository), [result.digest, ...(inputs.platform ? [] : result.manifests.map(m => m.digest))]);
                }
                catch (error) {
                    throw target.explain(error, `copy the referrers of ${(0,registry/* formatReference */.FH)(source)} to ${name}`, inputs.image.repository, true);
                }
            })
            : undefined;
        const size = result.stats.bytesCopied + result.stats.bytesReused;
        (0,report/* reportCopy */.KJ)('Copied', source, result, { name, tags, size, started }, carried ? { referrers: carried.copied } : {});
    }
    finally {
        await from.close();
        await to?.close();
    }
}
/** Whether a registry error answered a request for the source repository. */
function readingSource(error, source) {
    if (!(error instanceof registry/* RegistryError */.gl))
        return false;
    try {
        const url = new URL(error.url);
        return ((0,registry/* sameHost */.RM)(url, (0,registry/* apiHost */.nz)(source.registry)) &&
            url.pathname.startsWith(`/v2/${source.repository}/`));
    }
    catch {
        return false;
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


/***/ })

};
