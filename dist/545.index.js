export const id = 545;
export const ids = [545];
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
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42419);
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
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42419);
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
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42419);
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
