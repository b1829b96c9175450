export const id = 436;
export const ids = [436];
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

/***/ 61436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeIndex: () => (/* binding */ mergeIndex)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88701);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42419);
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
        if (!(await (0,_actions_io__WEBPACK_IMPORTED_MODULE_1__/* .which */ .K7)('zstd'))) {
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


/***/ })

};
