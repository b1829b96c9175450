export const id = 305;
export const ids = [305,609];
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

/***/ 88305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPush: () => (/* binding */ buildPush)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(96251);
// EXTERNAL MODULE: ./src/builders/index.ts + 5 modules
var builders = __webpack_require__(5793);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/registry/index.ts + 8 modules
var registry = __webpack_require__(34081);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/builders/registries-conf.ts
var registries_conf = __webpack_require__(83236);
// EXTERNAL MODULE: ./src/action/cleanup.ts
var cleanup = __webpack_require__(16546);
// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(78055);
;// CONCATENATED MODULE: ./src/action/commands/build-push/options.ts
/**
 * build-push-action's build inputs turned into what a builder is given: the capabilities the
 * build needs (each tied to the input that asks for it, so a builder that lacks one is refused
 * naming that input), secrets written to files for the length of the build, and cache specs
 * completed for the runner's cache service.
 */








function needsOf(f) {
    const needs = [];
    for (const [input, specs] of [
        ['cache-from', f.cacheFrom],
        ['cache-to', f.cacheTo]
    ]) {
        for (const c of specs)
            needs.push({ capability: `cache-${c.type}`, input, value: `type=${c.type}` });
    }
    for (const s of f.secrets) {
        const input = 'value' in s ? 'secrets' : 'file' in s ? 'secret-files' : 'secret-envs';
        needs.push({ capability: 'secrets', input, value: `id=${s.id}` });
    }
    if (f.ssh.length)
        needs.push({ capability: 'ssh', input: 'ssh', value: f.ssh.join(',') });
    const contexts = Object.keys(f.buildContexts);
    if (contexts.length)
        needs.push({ capability: 'build-contexts', input: 'build-contexts', value: contexts.join(',') });
    for (const a of f.annotations) {
        if (a.level === 'index')
            continue; // set in the layout by the action, for every builder
        const plain = a.level === 'manifest' && !a.platforms;
        needs.push({
            capability: plain ? 'annotations' : 'descriptor-annotations',
            input: 'annotations',
            value: `${plain ? '' : `${a.level}${a.platforms ? `[${a.platforms}]` : ''}:`}${a.key}`
        });
    }
    for (const input of ['provenance', 'sbom']) {
        if (f[input] && f[input] !== 'false')
            needs.push({ capability: 'attestations', input, value: f[input] });
    }
    return needs;
}
/** The capabilities a build needs, for choosing a builder. */
function capabilitiesNeeded(inputs) {
    return new Set(needsOf(inputs.features).map(n => n.capability));
}
/** Refuses, naming the input, a build the chosen builder cannot do as asked. */
function checkBuilderCan(kind, inputs) {
    const lacking = needsOf(inputs.features).find(n => !builders/* CAPABILITIES */.$8[kind].has(n.capability));
    if (!lacking)
        return;
    const who = builders/* CAPABILITIES */.$8.buildx.has(lacking.capability)
        ? Object.keys(builders/* CAPABILITIES */.$8).filter(k => builders/* CAPABILITIES */.$8[k].has(lacking.capability))
        : ['buildx'];
    throw new errors/* InputError */.dz(lacking.input, lacking.value, `the ${kind} builder cannot do it (${lacking.capability}); ${who.join(', ')} can`, kind === 'docker'
        ? 'Set up buildx with docker/setup-buildx-action, or install buildah or podman.'
        : `Set builder: to ${who[0]}.`);
}
/** A cache spec as given to the builder: gha gets the runner's cache service; refs lower-cased. */
function completed(c, env) {
    const attrs = { ...c.attrs };
    if (c.type === 'registry' && attrs.ref) {
        // Repositories are lower-case, as the image is (a tag keeps its case).
        const m = /^(.*?)(:[^/:]*)?$/.exec(attrs.ref);
        attrs.ref = `${m[1].toLowerCase()}${m[2] ?? ''}`;
        // A loopback registry speaks plain HTTP, as the action reaches it: buildx is told so for
        // this cache alone (buildah and podman get a registries.conf naming it).
        if ((0,registries_conf/* plainHttpRegistries */.y_)([attrs.ref]).length && attrs['registry.insecure'] === undefined)
            attrs['registry.insecure'] = 'true';
    }
    if (c.type === 'gha') {
        // As docker/build-push-action does: the runner's cache service, for BuildKit to reach.
        const v2 = env.ACTIONS_CACHE_SERVICE_V2 === 'true';
        if (v2 && !attrs.version)
            attrs.version = '2';
        if (!attrs.url && env.ACTIONS_CACHE_URL)
            attrs.url = env.ACTIONS_CACHE_URL;
        if (!attrs.url_v2 && v2 && env.ACTIONS_RESULTS_URL)
            attrs.url_v2 = env.ACTIONS_RESULTS_URL;
        if (!attrs.token && env.ACTIONS_RUNTIME_TOKEN) {
            core/* setSecret */.Pq(env.ACTIONS_RUNTIME_TOKEN);
            attrs.token = env.ACTIONS_RUNTIME_TOKEN;
        }
    }
    return attrs;
}
/**
 * Build arguments are written into the image (its config and history), where anyone who can
 * pull it reads them: one whose value is the registry password or a build secret's is a
 * secret about to be published, masked in the log or not. Warns, naming the argument.
 */
function warnSecretBuildArgs(buildArgs, secrets) {
    for (const arg of buildArgs) {
        const eq = arg.indexOf('=');
        const name = arg.slice(0, eq);
        const value = arg.slice(eq + 1);
        const same = value ? secrets.find(s => s.value === value) : undefined;
        if (!same)
            continue;
        core/* warning */.$e(`build-args: ${name} is ${same.what}. A build argument is written into the image's config and history, where anyone who can pull the image reads it. Pass it as a build secret instead (secrets: ${name}=…, or secret-envs), read in the Dockerfile with RUN --mount=type=secret,id=${name}.`, { title: 'A secret passed as a build argument' });
    }
}
/**
 * The builder's options, with every secret in a file of its own (mode 0600) in a scratch
 * directory under RUNNER_TEMP; `cleanup` removes it, and a cancelled step does too.
 */
async function buildOptions(inputs, ctx, env = process.env) {
    const f = inputs.features;
    warnSecretBuildArgs(inputs.buildArgs, [
        { value: inputs.token, what: 'the registry password (token)' },
        { value: env.INPUT_PASSWORD?.trim(), what: 'the password input' },
        { value: env.INPUT_TOKEN?.trim(), what: 'the token input' },
        ...f.secrets.map(s => ({
            value: 'value' in s ? s.value : 'env' in s ? env[s.env] : undefined,
            what: `the build secret ${s.id}`
        }))
    ]);
    const secrets = [];
    let dir;
    for (const s of f.secrets) {
        if ('file' in s) {
            secrets.push({ id: s.id, src: s.file });
            continue;
        }
        let value;
        if ('env' in s) {
            value = env[s.env];
            if (value === undefined)
                throw new errors/* InputError */.dz('secret-envs', `${s.id}=${s.env}`, `the environment has no ${s.env}`);
            core/* setSecret */.Pq(value);
        }
        else
            value = s.value; // masked by main before anything was printed
        dir ??= await (0,context/* scratchDir */.GA)(ctx, 'ghcr-action-secrets-');
        const src = (0,external_node_path_.join)(dir, s.id);
        await (0,promises_.writeFile)(src, value, { mode: 0o600 });
        await (0,promises_.chmod)(src, 0o600);
        secrets.push({ id: s.id, src });
    }
    const annotations = f.annotations.map(a => `${a.level === 'manifest' && !a.platforms ? '' : `${a.level}${a.platforms ? `[${a.platforms}]` : ''}:`}${a.key}=${a.value}`);
    return {
        options: {
            cache: {
                from: f.cacheFrom.map(c => completed(c, env)),
                to: f.cacheTo.map(c => completed(c, env))
            },
            secrets,
            ssh: f.ssh,
            buildContexts: f.buildContexts,
            noCache: f.noCache,
            pull: f.pull,
            attestations: { provenance: f.provenance, sbom: f.sbom },
            annotations
        },
        cleanup: async () => {
            if (dir)
                await (0,cleanup/* removeDir */.M1)(dir);
        }
    };
}

// EXTERNAL MODULE: ./src/action/docker-config.ts
var docker_config = __webpack_require__(37631);
// EXTERNAL MODULE: ./src/action/engine/load.ts
var load = __webpack_require__(33609);
// EXTERNAL MODULE: ./src/action/exec.ts
var action_exec = __webpack_require__(62965);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
;// CONCATENATED MODULE: ./src/action/commands/build-push/base-images.ts
/**
 * Base layers for builds through the blob cache: before a classic Docker build, the images the
 * Dockerfile's `FROM` lines name are fetched with the embedded client (layers the cache holds
 * are not downloaded) and loaded into the engine, so `docker build` finds them there. Anything
 * that goes wrong here is a warning: the builder then pulls the image itself.
 */








/**
 * The external images a Dockerfile builds on: `FROM` arguments that are not `scratch`, not an
 * earlier stage, and not built from `${ARG}`s (those resolve only in the builder).
 */
function baseImages(dockerfile) {
    const stages = new Set();
    const bases = [];
    // Line continuations join; comments go.
    const text = dockerfile.replace(/\\\r?\n/g, ' ');
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const m = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
        if (!m)
            continue;
        const image = m[1];
        const alias = m[2]?.toLowerCase();
        if (image.toLowerCase() !== 'scratch' &&
            !stages.has(image.toLowerCase()) &&
            !image.includes('$')) {
            try {
                const ref = (0,registry/* parseReference */.F2)(image);
                if (!bases.some(b => (0,registry/* formatReference */.FH)(b) === (0,registry/* formatReference */.FH)(ref)))
                    bases.push(ref);
            }
            catch {
                // Not a reference we can read; the builder will say what is wrong with it.
            }
        }
        if (alias)
            stages.add(alias);
    }
    return bases;
}
/** Fetches the build's base images through the cache into the engine. Never throws. */
async function prefetchBaseImages(inputs, cache, platform) {
    if (!cache.enabled)
        return;
    let bases;
    try {
        bases = baseImages(await (0,promises_.readFile)(inputs.file, 'utf8'));
    }
    catch {
        return;
    }
    if (bases.length === 0)
        return;
    await (0,log/* group */.O)('Base images through the blob cache', () => fetchThroughCache(bases, inputs, cache, platform));
}
async function fetchThroughCache(bases, inputs, cache, platform) {
    const roots = [];
    await cache.prepare();
    await cache.restore('build', 'base-images');
    for (const base of bases) {
        const name = (0,registry/* formatReference */.FH)({
            ...base,
            tag: base.tag ?? (base.digest ? undefined : 'latest')
        });
        try {
            const credentials = base.registry === inputs.registry && inputs.token
                ? { username: inputs.username, password: inputs.token }
                : await (0,docker_config/* readDockerCredentials */.BO)(base.registry);
            const client = new registry/* RegistryClient */.bP(base.registry, {
                ...(credentials && { credentials }),
                onSecret: s => core/* setSecret */.Pq(s)
            });
            try {
                const tag = `base-${roots.length}`;
                const result = await (0,registry/* copyImage */.L1)(new registry/* RemoteSource */.aJ(client.repository(base.repository), base.digest ?? base.tag ?? 'latest'), new registry/* OciLayoutDestination */.cx(cache.dir), { tags: [tag], platform });
                roots.push({ mediaType: result.mediaType, digest: result.digest, size: result.size });
                core/* info */.pq(`${name}: ${result.stats.present} blob(s) from the cache, ${result.stats.copied} downloaded (${(result.stats.bytesCopied / 1048576).toFixed(1)} MiB)`);
                if (await (0,exec/* succeeds */.kz)(action_exec.actionRunner, 'docker', ['image', 'inspect', name]))
                    continue;
                await (0,load.loadLayout)(cache.dir, tag, base.digest ? [] : [name]);
                core/* info */.pq(`${name}: loaded into the Docker engine`);
            }
            finally {
                await client.close();
            }
        }
        catch (error) {
            core/* warning */.$e(`Base image ${name} not taken from the blob cache (the builder will pull it): ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (roots.length)
        await cache.save('build', 'base-images', roots);
}

// EXTERNAL MODULE: ./src/action/blob-cache.ts
var blob_cache = __webpack_require__(31348);
// EXTERNAL MODULE: ./src/action/leg-records.ts
var leg_records = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/action/push-image.ts
var push_image = __webpack_require__(12332);
// EXTERNAL MODULE: ./src/action/report.ts + 1 modules
var action_report = __webpack_require__(1156);
// EXTERNAL MODULE: ./src/action/attest.ts
var attest = __webpack_require__(64565);
// EXTERNAL MODULE: ./src/action/session.ts + 1 modules
var action_session = __webpack_require__(51671);
// EXTERNAL MODULE: ./src/action/tags.ts
var action_tags = __webpack_require__(52409);
;// CONCATENATED MODULE: ./src/action/commands/build-push/index.ts
/**
 * `command: build-push` (the default): build with the first builder that works, push the
 * result with the embedded client, or, where pushing is off (pull requests), load it into the
 * local Docker engine.
 */



















function buildFailure(error) {
    if (error instanceof builders/* NoBuilderError */.z$) {
        return new errors/* UserError */.yo(`No builder can run this build: ${error.reasons.join('; ')}. Install one, or set up buildx with docker/setup-buildx-action.`);
    }
    if (error instanceof exec/* CommandError */.Qd)
        return new errors/* UserError */.yo(`The build failed: ${error.message}`);
    if (error instanceof builders/* BuildSetupError */.Cp)
        return new errors/* UserError */.yo(error.message);
    return error;
}
/** Why a build is not pushed, in the words of the notice. */
function notPushedBecause(inputs, ctx) {
    if ((0,context/* isForkPullRequest */.B7)(ctx))
        return 'a pull request from a fork gets a read-only token';
    if (inputs.push === false)
        return 'push is false';
    return `this is a ${ctx.eventName} event, and push: auto does not push pull requests`;
}
async function buildPush(inputs, ctx, cache = blob_cache/* BlobCache */.kn.forRun(ctx.inActions)) {
    const { tags } = inputs;
    // A push by digest writes no tags; the image still has names in the builder and the engine.
    const derived = tags.length ? [] : (0,action_tags/* defaultTags */.nK)(ctx, inputs.tagStyle);
    const localTags = tags.length ? tags : derived.length ? derived : ['latest'];
    const push = inputs.push === 'auto' ? !(0,context/* isPullRequestEvent */.T5)(ctx) : inputs.push;
    const name = `${inputs.image.registry}/${inputs.image.repository}`;
    const started = Date.now();
    let session;
    let removeSecrets;
    let early;
    const layoutDir = await (0,context/* scratchDir */.GA)(ctx, 'ghcr-action-build-');
    try {
        // The builder is checked first (a bad builder or platforms is a bad request, found before
        // any network work); then the login: private base images need it, and a missing write
        // permission should fail now (the upload preflight), not after the build.
        const choice = await (0,builders/* chooseBuilder */.Z7)(inputs.builder, inputs.platforms, action_exec.actionRunner, process.env, capabilitiesNeeded(inputs)).catch(e => {
            throw buildFailure(e);
        });
        checkBuilderCan(choice.builder.kind, inputs);
        // load: true is a promise to later steps (docker run): no engine, no build.
        if (inputs.load === true && !(await (0,load.dockerEngine)())) {
            throw new errors/* InputError */.dz('load', 'true', 'no Docker engine answers here to load the built image into', 'Set load: false, or start a Docker engine (DOCKER_HOST).');
        }
        const { options, cleanup } = await buildOptions(inputs, ctx);
        removeSecrets = cleanup;
        if (inputs.token || push) {
            session = await (0,log/* group */.O)('Login', () => (0,action_session/* openTargetSession */.k)(inputs, ctx, { write: push, preflight: push }));
        }
        core/* info */.pq(`Builder: ${choice.builder.kind} (${choice.reason})`);
        // The classic engine pulls base images itself; give it them from the blob cache instead.
        if (choice.builder.kind === 'docker')
            await prefetchBaseImages(inputs, cache, inputs.platforms[0] ?? ctx.platform);
        const labels = { ...(0,action_tags/* ociLabels */.TT)(ctx, tags), ...inputs.labels };
        const epoch = (0,action_tags/* commitTime */.bX)(ctx);
        // Layers the builder writes one by one are uploaded as they land.
        early = push
            ? new push_image/* EarlyUploads */.W9(session.client.repository(inputs.image.repository), layoutDir)
            : undefined;
        const result = await (0,log/* group */.O)(`Build with ${choice.builder.kind}`, () => choice.builder
            .build({
            context: inputs.context,
            file: inputs.file,
            buildArgs: inputs.buildArgs,
            labels,
            target: inputs.target,
            platforms: inputs.platforms,
            network: inputs.network,
            name: `${name}:${localTags[0]}`,
            layoutDir,
            env: process.env,
            log: line => core/* info */.pq(line),
            runner: action_exec.actionRunner,
            options,
            ...(inputs.buildxBuilder && { buildxBuilder: inputs.buildxBuilder }),
            ...(epoch && { sourceDateEpoch: Math.floor(epoch.getTime() / 1000) }),
            ...(early && { onLayer: (layer) => early.add(layer) })
        })
            .catch(e => {
            throw buildFailure(e);
        }));
        await cleanup();
        await annotateBuilt(result, inputs, labels, choice.builder.kind);
        if (push) {
            const report = await (0,log/* group */.O)('Push', () => (0,push_image/* pushLayout */.Bx)(result.layoutDir, result.layoutTag, tags, inputs, ctx, session, early));
            const attestation = inputs.attest
                ? await (0,attest/* attestPushedImage */.kq)(inputs, ctx, session, report.digest)
                : undefined;
            const records = inputs.pushByDigest ? await (0,leg_records/* recordLeg */.Yb)(ctx, inputs.image, report) : [];
            const loadedAs = inputs.load === true
                ? await (0,log/* group */.O)('Load into the Docker engine', () => loadBuilt(result, inputs, name, localTags))
                : undefined;
            (0,action_report/* setImageOutputs */.CF)(report, {
                builder: choice.builder.kind,
                ...(inputs.pushByDigest && { pushByDigest: true, records }),
                ...(loadedAs && { loaded: loadedAs }),
                ...(attestation && { attestation })
            });
            (0,action_report/* summarizeImage */.N5)(`Built and pushed ${name}`, { ...report, seconds: (0,action_report/* secondsSince */.wv)(started) }, name, report.createdPackage
                ? [
                    `This push created the package. New packages on ${inputs.registry} are private until their visibility is changed in the package settings.`
                ]
                : []);
            return;
        }
        const why = notPushedBecause(inputs, ctx);
        core/* notice */.lm(`Built ${name} but did not push it: ${why}.${inputs.pushByDigest ? ' No record for an index step was saved.' : ''}${inputs.attest ? ' Nothing was attested (attest applies to pushed images).' : ''}`, { title: 'Not pushed' });
        const report = (0,action_report/* imageReport */.SM)({
            name,
            ...(await (0,action_report/* describeLayout */.M2)(result.layoutDir, result.layoutTag)),
            started,
            written: false
        });
        const loadedAs = inputs.load === false ? undefined : await loadBuilt(result, inputs, name, localTags);
        (0,action_report/* setImageOutputs */.CF)(report, { builder: choice.builder.kind, ...(loadedAs && { loaded: loadedAs }) });
        (0,action_report/* summarizeImage */.N5)(`Built ${name}`, report, name, [`Built but not pushed: ${why}.`]);
    }
    finally {
        // A failed build may leave uploads running: they end before their connection does.
        await early?.settle();
        await session?.close();
        await removeSecrets?.();
        await (0,cleanup/* removeDir */.M1)(layoutDir);
    }
}
/**
 * Index-level annotations, set in the layout before the push: the `index:` ones of the
 * annotations input (buildx writes them itself), and the image's description, source and
 * licenses labels where the index lacks them, since that is where ghcr.io reads a
 * multi-platform package's description.
 */
async function annotateBuilt(result, inputs, labels, kind) {
    const set = kind === 'buildx'
        ? {}
        : Object.fromEntries(inputs.features.annotations.filter(a => a.level === 'index').map(a => [a.key, a.value]));
    const defaults = Object.fromEntries(action_tags/* DESCRIBING_LABELS */.tP.filter(k => labels[k]).map(k => [k, labels[k]]));
    const done = await (0,registry/* annotateIndex */.xb)(result.layoutDir, result.layoutTag, set, defaults);
    if (!done && Object.keys(set).length) {
        core/* notice */.lm(`The index: annotations (${Object.keys(set).join(', ')}) were not set: this build made a single image, not an index. Use manifest annotations for it.`);
    }
}
/**
 * The built image goes into the local Docker engine, when there is one, under every tag, so
 * later steps can run it (a build that was not pushed, or `load: true`). The docker builder put
 * it there already. Returns the names it has there, or undefined when it is not there.
 */
async function loadBuilt(result, inputs, name, tags) {
    if (inputs.platforms.length > 1 || !(await (0,load.dockerEngine)()))
        return undefined;
    const names = tags.map(t => `${name}:${t}`);
    if (result.dockerImage) {
        for (const other of names.filter(n => n !== result.dockerImage))
            await action_exec.actionRunner.run('docker', ['tag', result.dockerImage, other]);
        core/* info */.pq(`The image is in the Docker engine as ${names.join(', ')}`);
    }
    else {
        await (0,load.loadLayout)(result.layoutDir, result.layoutTag, names);
        core/* info */.pq(`Loaded into the Docker engine as ${names.join(', ')}`);
    }
    return names;
}


/***/ }),

/***/ 33609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BlobArrivals: () => (/* binding */ BlobArrivals),
/* harmony export */   dockerEngine: () => (/* binding */ dockerEngine),
/* harmony export */   loadAsBlobsArrive: () => (/* binding */ loadAsBlobsArrive),
/* harmony export */   loadLayout: () => (/* binding */ loadLayout),
/* harmony export */   localEngineApi: () => (/* binding */ localEngineApi),
/* harmony export */   pullThroughLoopback: () => (/* binding */ pullThroughLoopback)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _builders_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5793);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73190);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34081);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37631);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62965);
/**
 * The local Docker engine: whether one answers (asked once per run), and getting an image into
 * it: `docker load` of a streamed archive, a load as the blobs of a pull arrive, or a pull by the
 * engine itself through the loopback registry (`loopback-registry.ts`, `api.ts`).
 */








let engine;
/** Whether a Docker engine answers here; asked once per run. */
function dockerEngine() {
    engine ??= (0,_builders_index_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerEngineAnswers */ .U0)(_exec_js__WEBPACK_IMPORTED_MODULE_7__.actionRunner);
    return engine;
}
let api;
/**
 * The engine's API on its unix socket, when the Docker CLI would use that socket too (no
 * other host or context chosen) and the engine answers there; asked once per run.
 */
function localEngineApi(env = process.env) {
    const find = async () => {
        // node:http only for the pulls that load.
        const { EngineApi, engineSocket } = await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 42205));
        const socket = engineSocket(env, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigPath */ .Q1)(env));
        if (!socket)
            return undefined;
        const engineApi = new EngineApi(socket);
        return (await engineApi.ping()) ? engineApi : undefined;
    };
    if (env !== process.env)
        return find();
    api ??= find();
    return api;
}
/** The same calls as `docker` commands. */
function cliCalls(env) {
    const docker = async (args, signal) => void (await _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .spawnRunner */ .Sx.run('docker', args, { env, quiet: true, ...(signal && { signal }) }));
    return {
        pull: (reference, signal) => docker(['pull', '--quiet', reference], signal),
        tag: (source, name) => docker(['tag', source, name]),
        remove: reference => docker(['rmi', '--no-prune', reference])
    };
}
/**
 * Loads the image of an OCI layout this run wrote into the Docker engine under `names` (none:
 * by its image ID only), streaming it as a `docker save` archive. Returns what `docker load`
 * said.
 */
async function loadLayout(dir, tag, names) {
    // The layout was written verified by this run (a pull, a build): no second hash on the way
    // to the engine, which checks every layer against the config's diff_ids itself.
    const layout = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutSource */ .bB(dir, tag, { trusted: true });
    const root = await layout.root();
    return dockerLoad(layout, {
        desc: { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
        bytes: root.bytes
    }, names);
}
/** `docker load` of `manifest`'s image as a streamed archive; what docker load said. */
async function dockerLoad(source, manifest, names, env = process.env) {
    const archive = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .dockerArchiveStream */ .nh)(source, manifest.desc, manifest.bytes, names);
    return (await _exec_js__WEBPACK_IMPORTED_MODULE_7__.actionRunner.pipeInto('docker', ['load'], archive, env)).trim();
}
/**
 * Blobs of a layout that a pull is still writing: each becomes readable once it is in place,
 * verified; a failed pull fails every reader still waiting.
 */
class BlobArrivals {
    waiting = new Map();
    failure;
    failures = [];
    /** Calls `listener` once, when (or if already) the pull has failed. */
    onFail(listener) {
        if (this.failure !== undefined)
            listener();
        else
            this.failures.push(listener);
    }
    entry(digest) {
        let e = this.waiting.get(digest);
        if (!e) {
            const parts = {};
            parts.promise = new Promise((resolve, reject) => {
                parts.resolve = resolve;
                parts.reject = reject;
            });
            e = parts;
            // A blob nobody waits for must not become an unhandled rejection.
            e.promise.catch(() => undefined);
            if (this.failure !== undefined)
                e.reject(this.failure);
            this.waiting.set(digest, e);
        }
        return e;
    }
    /** The blob is in the layout, verified. */
    arrived(digest) {
        this.entry(digest).resolve();
    }
    /** The pull failed: every reader fails with its error. */
    fail(error) {
        this.failure = error;
        // Settled entries (arrived blobs) ignore this.
        for (const e of this.waiting.values())
            e.reject(error);
        for (const listener of this.failures.splice(0))
            listener();
    }
    wait(digest) {
        return this.entry(digest).promise;
    }
}
/**
 * Whether the engine runs on this machine, where it can reach this process's loopback: a unix
 * socket (the default), not a `tcp://` or `ssh://` host. An engine in its own network
 * namespace (rootless Docker) is found out by {@link loadAsBlobsArrive} when it cannot connect.
 */
function engineIsLocal(env) {
    const host = env.DOCKER_HOST;
    return !host || host.startsWith('unix://');
}
/**
 * Loads an image into the Docker engine while a pull is still writing its layout, each blob
 * handed over only once it is in place, verified, and the image named only after the last.
 *
 * With names, and an engine on this machine, the engine pulls the image from a registry on
 * this process's loopback (`serveOnLoopback`), unpacking each layer while the rest
 * download; the image is tagged with `names` once the engine has it whole, and the loopback
 * name is taken off. If any blob fails the engine never gets it, its pull is stopped, and no
 * image is made.
 *
 * Otherwise (no names: an image known by its ID only; a remote engine; an engine that cannot
 * reach the loopback), `docker load` reads the image as a streamed archive, whose
 * `manifest.json`, with the tags, comes after the last layer: a cut archive loads nothing.
 */
async function loadAsBlobsArrive(dir, manifest, names, arrivals, options = {}) {
    const env = options.env ?? process.env;
    const layout = new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutSource */ .bB(dir, undefined, { trusted: true });
    const open = async (desc) => {
        await arrivals.wait(desc.digest);
        return layout.blob(desc).open(0);
    };
    if (options.loopback !== false && names.length > 0 && engineIsLocal(env)) {
        const stop = new AbortController();
        arrivals.onFail(() => stop.abort());
        const pulled = await pullFromLoopback(open, manifest, names, stop.signal, env);
        if (pulled !== undefined)
            return pulled;
    }
    const source = {
        description: layout.description,
        root: () => layout.root(),
        manifest: desc => layout.manifest(desc),
        blob: desc => ({
            replayable: false,
            open: () => {
                const out = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough({ highWaterMark: 1024 * 1024 });
                open(desc).then(file => {
                    file.on('error', error => out.destroy(error));
                    file.pipe(out);
                }, (error) => out.destroy(error instanceof Error ? error : new Error(String(error))));
                return out;
            }
        })
    };
    return dockerLoad(source, manifest, names, env);
}
/**
 * Pulls an image into the engine straight from its registry, through a verifying loopback
 * proxy (`serveOnLoopback`): the engine asks for each blob when it wants it, the action
 * downloads it with its own client and passes each chunk on as it hashes it, holding back the
 * last until the digest and size are checked. A blob that fails verification is never whole
 * at the engine (its download is cut, and the engine's pull stopped), so no image is made;
 * the image is tagged with `names` only once the engine has it whole. Nothing is written
 * here: this is for a pull that only loads.
 *
 * Returns what it said and what moved, or undefined when the engine never reached the
 * loopback (a remote engine, or one in its own network namespace): the caller then downloads
 * and loads the archive.
 */
async function pullThroughLoopback(source, manifest, names, events = {}, env = process.env) {
    if (names.length === 0 || !engineIsLocal(env))
        return undefined;
    const stats = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyStats */ .bD)();
    let failure;
    const stop = new AbortController();
    const fail = (error) => {
        failure ??= error;
        stop.abort();
    };
    const open = async (desc) => {
        events.onBlobStart?.(desc);
        const upstream = source.blob(desc, n => events.onBlobProgress?.(desc, n)).open(0);
        const held = new HoldLast();
        // The client's stream ends only verified. Either side's end ends both: a download the
        // engine stops reading is not left half-read.
        upstream.on('end', () => {
            stats.copied++;
            stats.bytesCopied += desc.size;
            events.onBlobDone?.(desc, 'copied');
        });
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(upstream, held).catch((error) => {
            // The engine hanging up is its own pull's business; a download that fails is the pull's.
            if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
                fail(error);
        });
        return held;
    };
    try {
        const said = await pullFromLoopback(open, manifest, names, stop.signal, env);
        return said === undefined ? undefined : { said, stats };
    }
    catch (error) {
        throw failure ?? error;
    }
}
/**
 * Passes a stream on with its last chunk held back until the source ends cleanly: a source
 * that fails at its end (a digest mismatch) never has all its bytes passed on.
 */
class HoldLast extends node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform {
    last;
    _transform(chunk, _encoding, callback) {
        const previous = this.last;
        this.last = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        callback(null, this.last);
    }
}
/**
 * `docker pull` of the image from a loopback registry serving it with `open`, then `docker tag`
 * with `names` and the loopback name removed. What docker said, or undefined when the engine
 * never reached the loopback registry. `stop` is aborted when the action's own pull fails: the
 * engine's is stopped at once (its blobs will never come).
 */
async function pullFromLoopback(open, manifest, names, stop, env) {
    const parsed = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(manifest.bytes, manifest.desc.mediaType);
    if (parsed.kind !== 'image')
        return undefined;
    const image = parsed.manifest;
    // node:http only for the pulls that load.
    const { serveOnLoopback } = await __webpack_require__.e(/* import() */ 866).then(__webpack_require__.bind(__webpack_require__, 27485));
    const registry = await serveOnLoopback({
        manifest,
        blobs: [image.config, ...image.layers],
        blob: open
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The engine pulls the image from a loopback registry as its blobs verify: ${registry.reference}`);
    const engine = (await localEngineApi(env)) ?? cliCalls(env);
    try {
        try {
            await engine.pull(registry.reference, stop);
        }
        catch (error) {
            if (registry.reached() || stop.aborted)
                throw error;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq("The Docker engine cannot reach this machine's loopback: loading with docker load.");
            return undefined;
        }
        try {
            // By the loopback reference, not the config digest: on the containerd image store an
            // image's ID is its manifest's digest.
            for (const name of names)
                await engine.tag(registry.reference, name);
        }
        finally {
            // Only the loopback name: the image stays under `names`.
            await engine.remove(registry.reference).catch(() => undefined);
        }
        return names.map(name => `Loaded image: ${name}`).join('\n');
    }
    finally {
        await registry.close();
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
