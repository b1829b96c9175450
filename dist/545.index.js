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
/* harmony import */ var _build_builders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4998);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4107);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7804);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6546);
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
            const image = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readDockerArchive */ .z9)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source.path), dir, {
                tag: LAYOUT_TAG
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(image.converted
                ? 'Layers were uncompressed in the archive and are compressed for the registry'
                : 'Layers are kept as they are in the archive');
        });
        return;
    }
    await (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .group */ .O)(`Read ${source.name} from the Docker engine`, () => (0,_build_builders_js__WEBPACK_IMPORTED_MODULE_2__/* .saveToLayout */ .DE)(_runner_js__WEBPACK_IMPORTED_MODULE_11__/* .actionRunner */ .L, source.name, dir, process.env, line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)).catch(e => {
        if (e instanceof _build_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd)
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
            await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDir */ .M1)(scratch);
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
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadReport */ .a3)(result, name, tags, size, started);
    return { ...report, imageid: await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .imageIdOf */ .CR)(source, result), createdPackage };
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
