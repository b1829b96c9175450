export const id = 122;
export const ids = [122];
export const modules = {

/***/ 90122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pull: () => (/* binding */ pull)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88701);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42419);
/* harmony import */ var _blob_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31348);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16546);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(58592);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1156);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(51671);
/**
 * `command: pull`: resolves an image to its digest for deploy steps, downloads it verified
 * (through the blob cache when it is on), and only then loads it into the Docker engine and
 * writes the `output` layout.
 */













const LAYOUT_TAG = 'latest';
/**
 * The image manifest a pull of `served` writes (the chosen platform's, for an index), read
 * before the blobs so that loading can start with them; undefined when the index has no such
 * platform (the pull itself then says so).
 */
async function imageManifest(remote, served, platform) {
    if (served.parsed.kind === 'image') {
        return {
            desc: { mediaType: served.mediaType, digest: served.digest, size: served.bytes.length },
            bytes: served.bytes
        };
    }
    const child = served.parsed.index.manifests.find(m => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .platformMatches */ .J5)(m.platform, platform));
    if (!child)
        return undefined;
    return { desc: child, bytes: await remote.manifest(child) };
}
/** What is at `output`: nothing, an empty directory, or an OCI layout (validated as an input). */
function layoutState(output) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(output))
        return 'absent';
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(output).length === 0 ? 'empty' : 'layout';
}
/**
 * The Docker engine's side of a pull, loaded only by a pull that may load: with it come the
 * builders and the process runner, which a pull to a layout or a resolve never uses.
 */
const engineSide = () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(485), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 33609));
/** Whether to load into the engine: `auto` when one answers; `true` insists on one. */
async function shouldLoad(inputs) {
    if (inputs.load === false)
        return false;
    const { dockerEngine, localEngineApi } = await engineSide();
    // An engine that answers on its socket needs no `docker version` (a CLI start) to say so;
    // the CLI must still be there, for the pulls that end in `docker load`.
    const engine = ((await localEngineApi()) !== undefined && (await (0,_actions_io__WEBPACK_IMPORTED_MODULE_1__/* .which */ .K7)('docker')) !== '') ||
        (await dockerEngine());
    if (inputs.load === true && !engine) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz('load', 'true', 'no Docker engine answers here', 'Set load: false, or start a Docker engine (DOCKER_HOST).');
    }
    return engine;
}
async function planPull(inputs, ctx, cache) {
    const { source, output } = inputs;
    const state = output ? layoutState(output) : 'none';
    const intoOutput = !cache.enabled && (state === 'absent' || state === 'empty');
    const inPlace = !cache.enabled && state === 'layout';
    if (intoOutput)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(output)), { recursive: true });
    const scratch = intoOutput
        ? await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .partialDir */ .$v)(`${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(output)}.partial-`)
        : await (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .scratchDir */ .GA)(ctx, 'ghcr-action-pull-');
    const store = cache.enabled ? cache.dir : inPlace ? output : scratch;
    // A scratch directory is this pull's alone, and empty: nothing in it need be looked for.
    const destination = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutDestination */ .cx(store, { empty: store === scratch });
    // The blob cache is restored into its store first; any other store is made ready now.
    if (!cache.enabled)
        await destination.prepare();
    return {
        store,
        destination,
        layoutTag: intoOutput || inPlace ? (source.tag ?? LAYOUT_TAG) : LAYOUT_TAG,
        finish: intoOutput
            ? 'rename'
            : inPlace
                ? 'in-place'
                : cache.enabled && output
                    ? 'copy'
                    : 'none',
        scratch
    };
}
/** The end of a pull: the layout put where `output` says (see {@link PullPlan}). */
async function finishPull(plan, inputs) {
    const { output, source } = inputs;
    if (plan.finish === 'rename') {
        // rename(2) replaces an empty directory.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(plan.scratch, output);
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .keepDir */ .FD)(plan.scratch);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
    }
    else if (plan.finish === 'in-place') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Added ${source.tag ?? LAYOUT_TAG} to the OCI image layout ${output}`);
    }
    else if (plan.finish === 'copy') {
        await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyImage */ .L1)(new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutSource */ .bB(plan.store, plan.layoutTag), new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutDestination */ .cx(output), { tags: [source.tag ?? LAYOUT_TAG] });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Wrote an OCI image layout to ${output}`);
    }
}
/**
 * Downloads the image into the plan's store, verified; with `image` (a pull that loads), the
 * engine gets it as it arrives: through a verifying proxy on the loopback when nothing is to be
 * kept here (each layer unpacked as it comes, nothing written), else from the layout as each
 * blob lands in it. `loading` settles with what the engine said.
 */
async function transfer(remote, plan, pulling, image) {
    const progress = (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .progressReporter */ .xZ)('download');
    const engine = image && (await engineSide());
    const proxied = image !== undefined && !pulling.keep;
    if (engine && proxied) {
        const through = await (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .group */ .O)(pulling.title, () => engine.pullThroughLoopback(remote, image, pulling.names, progress));
        if (through) {
            const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(image.bytes, image.desc.mediaType);
            return {
                result: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyResultOf */ .yS)(image.bytes, parsed, through.stats),
                loading: Promise.resolve(through.said)
            };
        }
    }
    const arrivals = engine && new engine.BlobArrivals();
    let loading;
    if (engine && arrivals) {
        // An engine that could not reach the proxy cannot reach a loopback registry either.
        loading = engine.loadAsBlobsArrive(plan.store, image, pulling.names, arrivals, {
            loopback: !proxied
        });
        // Its failure is reported where it is awaited.
        loading.catch(() => undefined);
    }
    try {
        const result = await (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .group */ .O)(pulling.title, () => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyImage */ .L1)(remote, plan.destination, {
            tags: [plan.layoutTag],
            ...(pulling.chosen && { platform: pulling.chosen }),
            ...progress,
            onBlobDone: (desc, outcome) => {
                progress.onBlobDone?.(desc, outcome);
                arrivals?.arrived(desc.digest);
            }
        }));
        return { result, ...(loading && { loading }) };
    }
    catch (error) {
        arrivals?.fail(error);
        // Wait for the load to stop before reporting: it fails with the pull.
        await loading?.catch(() => undefined);
        throw error;
    }
}
/**
 * A pull that keeps nothing (no load, no output) only resolves, as `crane digest` does: the
 * manifest, and for an index the chosen platform's, read and checked; no layer is downloaded.
 */
async function resolveOnly(remote, chosen) {
    const { bytes, parsed } = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyRoot */ .sN)(remote, chosen);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('load: false and no output: resolved the digest only (the manifest and platforms, checked); no layer was downloaded');
    // As a pull of one platform reports it: that platform's manifest, the index as `served`.
    return { result: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyResultOf */ .yS)(bytes, parsed, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyStats */ .bD)()) };
}
async function pull(inputs, ctx, cache = _blob_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .BlobCache */ .kn.forRun(ctx.inActions)) {
    const { source, output } = inputs;
    const name = `${source.registry}/${source.repository}`;
    const platform = inputs.platform || ctx.platform;
    const started = Date.now();
    const load = await shouldLoad(inputs);
    // A pull that keeps nothing (no load, no output) only resolves: no layer, no blob cache.
    const keeps = load || !!output;
    // The manifest is asked for beside the login (the ping then costs no round trip of its own),
    // and the directories the pull writes to are made while that request is out.
    let first;
    let planning;
    let session;
    try {
        session = await (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .group */ .O)('Login', () => (0,_session_js__WEBPACK_IMPORTED_MODULE_12__/* .openSourceSession */ .Y)(inputs, ctx, source, s => {
            first = s.client.repository(source.repository).getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .pointerOf */ .rq)(source));
            planning = planPull(inputs, ctx, cache);
            // Both are awaited below, once the login has answered (its failure is the one to report).
            first.catch(() => undefined);
            planning.catch(() => undefined);
        }));
    }
    catch (error) {
        // A failed login leaves no directory behind.
        await planning?.then(plan => (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .removeDir */ .M1)(plan.scratch), () => undefined);
        throw error;
    }
    // Everything is downloaded and verified first; only then is anything loaded or written where
    // later steps could use it.
    const plan = await (planning ?? planPull(inputs, ctx, cache));
    if (cache.enabled && keeps) {
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .group */ .O)('Restore the blob cache', async () => {
            await cache.prepare();
            await cache.restore(source.registry, source.repository);
        });
    }
    try {
        const repo = session.client.repository(source.repository);
        // The engine gets the name it was pulled by; a digest cannot be a Docker tag.
        const names = source.tag ? [`${name}:${source.tag}`] : [];
        let served;
        let chosen;
        let moved;
        try {
            served = await (first ?? repo.getManifest((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .pointerOf */ .rq)(source)));
            chosen = served.parsed.kind === 'index' ? platform : undefined;
            // The manifest read by tag is the root: it is not asked for again by digest.
            const remote = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteSource */ .aJ(repo, served.digest, served);
            const image = load ? await imageManifest(remote, served, chosen) : undefined;
            const title = `Pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}${chosen ? ` for ${chosen}` : ''}`;
            moved = keeps
                ? await transfer(remote, plan, { title, chosen, names, keep: !!output || cache.enabled }, image)
                : await (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .group */ .O)(`Resolve ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}`, () => resolveOnly(remote, chosen));
        }
        catch (error) {
            throw session.explain(error, `pull ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}`, source.repository, false);
        }
        const { result } = moved;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Digest: ${served.digest}`);
        let loadedAs;
        if (load) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .group */ .O)('Load into the Docker engine', async () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(await (moved.loading ??
                (await engineSide()).loadLayout(plan.store, plan.layoutTag, names))));
            loadedAs = names[0] ?? result.configDigest;
        }
        await finishPull(plan, inputs);
        if (cache.enabled && keeps) {
            await (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .group */ .O)('Save the blob cache', () => cache.save(source.registry, source.repository, {
                mediaType: result.mediaType,
                digest: result.digest,
                size: result.size
            }));
        }
        const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .downloadReport */ .F5)(result, name, served, started, chosen);
        (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .setImageOutputs */ .CF)(report, {
            source: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source),
            ...(loadedAs && { loaded: loadedAs }),
            ...(output && { output })
        });
        (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .summarizeImage */ .N5)(`Pulled ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)}`, report, name, [
            ...(loadedAs ? [`Loaded into the Docker engine as \`${loadedAs}\`.`] : []),
            ...(output ? [`OCI layout written to \`${output}\`.`] : [])
        ]);
    }
    finally {
        await session.close();
        await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .removeDir */ .M1)(plan.scratch);
    }
}


/***/ })

};
