export const id = 672;
export const ids = [672];
export const modules = {

/***/ 64565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ addToFallback),
/* harmony export */   fH: () => (/* binding */ fallbackTag),
/* harmony export */   gw: () => (/* binding */ attestStep),
/* harmony export */   kq: () => (/* binding */ attestPushedImage)
/* harmony export */ });
/* unused harmony exports BUNDLE_TYPE, attestPushed */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35035);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34081);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78055);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52334);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58592);
/**
 * `attest: true`: signed SLSA build provenance for what a step pushed, made as `@actions/attest`
 * makes it (its predicate, Sigstore through the runner's OIDC token, stored with the
 * attestations API), and stored next to the image in the registry as an OCI artifact whose
 * `subject` is the image, with the referrers tag-schema fallback where the registry has no
 * referrers API.
 *
 * Both OIDC tokens are fetched with `core.getIDToken`, which masks each at once; the signer is
 * handed the token instead of fetching its own (which it would not mask). Sigstore's libraries
 * are loaded only when a step attests.
 */








/** The Sigstore bundle's media type, as the artifact's type and its layer's. */
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_TYPE = 'application/vnd.oci.empty.v1+json';
const EMPTY = Buffer.from('{}');
const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1';
const INTOTO_STATEMENT = 'https://in-toto.io/Statement/v1';
const INTOTO_PAYLOAD = 'application/vnd.in-toto+json';
/** JWTs in a message (a signer's error may quote a whole token): cut out. */
function scrub(message) {
    return message.replace(/eyJ[\w-]*\.[\w-]+\.[\w-]*/g, '***');
}
/** The endpoints `@actions/attest` signs with: public-good for public repositories. */
function signingEndpoints(ctx) {
    if (ctx.event.repository?.visibility === 'public')
        return {
            sigstore: 'public-good',
            fulcioURL: 'https://fulcio.sigstore.dev',
            rekorURL: 'https://rekor.sigstore.dev'
        };
    let host = new URL(ctx.serverUrl).hostname;
    if (host === 'github.com')
        host = 'githubapp.com';
    return {
        sigstore: 'github',
        fulcioURL: `https://fulcio.${host}`,
        tsaServerURL: `https://timestamp.${host}`
    };
}
/**
 * Signs provenance for `subjects` (the first is what the step pushed), stores it with the
 * attestations API and, with `push`, in the registry next to each subject.
 */
async function attestPushed(options) {
    const { name, subjects, ctx } = options;
    const [owner, repo] = ctx.repository.split('/');
    const attest = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(40), __webpack_require__.e(878), __webpack_require__.e(942), __webpack_require__.e(179), __webpack_require__.e(758), __webpack_require__.e(983)]).then(__webpack_require__.bind(__webpack_require__, 11983));
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(878), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
    const { bundleToJSON } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 61040));
    let predicate;
    try {
        predicate = await attest.buildSLSAProvenancePredicate();
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Could not read the job's OIDC token for the provenance (${scrub(errorText(error))}). The job needs "permissions: id-token: write".`);
    }
    const statement = {
        _type: INTOTO_STATEMENT,
        subject: subjects.map(s => ({ name, digest: { sha256: s.digest.slice('sha256:'.length) } })),
        predicateType: predicate.type,
        predicate: predicate.params
    };
    const endpoints = signingEndpoints(ctx);
    const identityProvider = { getToken: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9('sigstore') };
    const witnesses = [
        ...(endpoints.rekorURL
            ? [
                new RekorWitness({
                    rekorBaseURL: endpoints.rekorURL,
                    fetchOnConflict: true,
                    timeout: 10_000,
                    retry: 3
                })
            ]
            : []),
        ...(endpoints.tsaServerURL
            ? [new TSAWitness({ tsaBaseURL: endpoints.tsaServerURL, timeout: 10_000, retry: 3 })]
            : [])
    ];
    const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({
            identityProvider,
            fulcioBaseURL: endpoints.fulcioURL,
            timeout: 10_000,
            retry: 3
        }),
        witnesses
    });
    let bundle;
    let tlogIndex;
    try {
        const signed = await builder.create({
            data: Buffer.from(JSON.stringify(statement)),
            type: INTOTO_PAYLOAD
        });
        tlogIndex = signed.verificationMaterial.tlogEntries[0]?.logIndex;
        bundle = bundleToJSON(signed);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Could not sign the provenance with Sigstore's ${endpoints.sigstore === 'public-good' ? 'public-good instance' : "GitHub's instance"} (${new URL(endpoints.fulcioURL).host}): ${scrub(errorText(error))}`);
    }
    // The attestations API, as actions/attest stores it.
    let id;
    try {
        const octokit = await (0,_github_api_js__WEBPACK_IMPORTED_MODULE_7__/* .githubClient */ .$)(options.token, ctx.apiUrl);
        const res = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
            owner: owner,
            repo: repo,
            bundle: bundle
        });
        id = String(res.data.id ?? '');
    }
    catch (error) {
        const status = error.status;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`GitHub refused to store the attestation for ${name}@${subjects[0].digest} (HTTP ${status ?? '?'}: ${scrub(errorText(error))}). ${status === 403 || status === 401
            ? 'The job needs "permissions: attestations: write" (and id-token: write).'
            : status === 404 || status === 422
                ? 'Attestations for private repositories need GitHub Enterprise Cloud; public repositories have them on every plan.'
                : 'Run the job again.'}`);
    }
    const url = `${ctx.serverUrl}/${ctx.repository}/attestations/${id}`;
    // Where the repository belongs to an organisation, a storage record ties the image to it.
    if ((0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .ownerIsOrganization */ .To)(ctx)) {
        for (const s of subjects.slice(0, 1)) {
            try {
                await attest.createStorageRecord({ name, digest: s.digest }, { registryUrl: `https://${name.split('/')[0]}/` }, options.token);
            }
            catch (error) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The attestation is stored, but GitHub did not record where the image is stored (${scrub(errorText(error))}); artifact metadata needs "permissions: artifact-metadata: write".`);
            }
        }
    }
    const referrers = [];
    if (options.push) {
        const bytes = Buffer.from(JSON.stringify(bundle));
        for (const subject of subjects)
            referrers.push({
                subject: subject.digest,
                digest: await pushBundle(options.repository, bytes, subject)
            });
    }
    return {
        id,
        url,
        name,
        subjects: subjects.map(s => s.digest),
        sigstore: endpoints.sigstore,
        referrers,
        ...(tlogIndex !== undefined && { tlogIndex }),
        verify: `gh attestation verify oci://${name}@${subjects[0].digest} -R ${ctx.repository}`
    };
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
/** The referrers fallback tag of a subject: `sha256-<hex>`. */
function fallbackTag(subject) {
    return subject.replace(':', '-');
}
/**
 * Pushes the bundle as an OCI artifact whose subject is the image; where the registry does not
 * take the subject (no `OCI-Subject` answer), lists it in the fallback index.
 */
async function pushBundle(repo, bundle, subject) {
    const empty = { mediaType: EMPTY_TYPE, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(EMPTY), size: EMPTY.length };
    const layer = { mediaType: BUNDLE_TYPE, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(bundle), size: bundle.length };
    for (const [desc, data] of [
        [empty, EMPTY],
        [layer, bundle]
    ]) {
        if ((await repo.blobSize(desc.digest, true)) === undefined)
            await repo.pushBlob(desc, {
                open: offset => node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([data.subarray(offset)]),
                replayable: true
            });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest,
        artifactType: BUNDLE_TYPE,
        config: empty,
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': SLSA_PROVENANCE,
            'org.opencontainers.image.created': new Date().toISOString()
        }
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const { digest, subjectTaken } = await repo.putManifestWithSubject(bytes, _registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Stored the attestation in the registry as ${digest} (subject ${subject.digest})`);
    if (!subjectTaken)
        await addToFallback(repo, subject.digest, {
            mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest,
            digest,
            size: bytes.length,
            artifactType: BUNDLE_TYPE,
            annotations: manifest.annotations
        });
    return digest;
}
/**
 * Adds `entry` to the subject's `sha256-<hex>` fallback index, keeping what it lists. Registries
 * may ignore `If-Match` (Distribution does), so the index is read back after each write, and
 * again a moment later, and the entry added again if a concurrent writer dropped it.
 */
async function addToFallback(repo, subject, entry) {
    const tag = fallbackTag(subject);
    const listed = async () => {
        if (!(await repo.headManifest(tag, true)))
            return undefined;
        const got = await repo.getManifest(tag);
        if (got.parsed.kind !== 'index')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${repo.name}:${tag} is not an index, so the attestation cannot be listed there as a referrer of ${subject}. Remove that tag, or set attest-push: false.`);
        return got.parsed.index;
    };
    for (let attempt = 1; attempt <= 5; attempt++) {
        const current = await listed();
        const has = (index) => !!index?.manifests.some(m => m.digest === entry.digest);
        if (!has(current)) {
            const index = {
                schemaVersion: 2,
                mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciIndex,
                manifests: [...(current?.manifests ?? []), entry]
            };
            await repo.putManifest(tag, Buffer.from(JSON.stringify(index)), _registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciIndex);
        }
        if (has(await listed())) {
            await new Promise(resolve => setTimeout(resolve, 300 * attempt));
            if (has(await listed())) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Listed it under ${repo.name}:${tag}, the referrers fallback tag`);
                return;
            }
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Could not keep the attestation listed under ${repo.name}:${tag}: another writer kept replacing that index. The attestation is stored with GitHub; run the step again to list it in the registry.`);
}
/**
 * Attests what a step pushed, in a log group: the outputs `attestation-id` and
 * `attestation-url`, and the summary's lines with the link and the command that verifies it.
 */
async function attestStep(inputs, ctx, repository, subjects) {
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const attestation = await (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .group */ .O)('Attest build provenance', async () => {
        const made = await attestPushed({
            name,
            subjects,
            repository,
            token: inputs.token,
            push: inputs.attestPush,
            ctx
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Attestation ${made.id}: ${made.url}`);
        return made;
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('attestation-id', attestation.id);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('attestation-url', attestation.url);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(`<p>Build provenance attested for ${attestation.subjects.length} digest(s): <a href="${attestation.url}">attestation ${attestation.id}</a>${attestation.referrers.length ? ', stored in the registry next to the image' : ''}. Verify with <code>${attestation.verify}</code>${attestation.referrers.length ? ' (add <code>--bundle-from-oci</code> to read it from the registry)' : ''}.</p>`, true);
    return attestation;
}
/** Attests the image a push wrote, by its digest (its type and size asked of the registry). */
async function attestPushedImage(inputs, ctx, session, digest) {
    const repository = session.client.repository(inputs.image.repository);
    const head = await repository.headManifest(digest, true);
    if (!head)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${inputs.image.registry}/${inputs.image.repository}@${digest} was pushed but the registry does not show it, so it was not attested. Run the step again.`);
    return attestStep(inputs, ctx, repository, [head]);
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
