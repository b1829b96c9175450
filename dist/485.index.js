export const id = 485;
export const ids = [485,965];
export const modules = {

/***/ 62965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionRunner: () => (/* binding */ actionRunner)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41955);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73190);
/**
 * The action's {@link CommandRunner}: commands whose output is a log run through
 * `@actions/exec`, so the log shows `[command]docker build …` and the output as it comes, as
 * docker's own actions do. Quiet commands (probes, credential helpers, which need a time limit
 * and must not echo), and streams (`docker save`, `docker load`) use the spawn runner.
 */


const actionRunner = {
    async run(command, args, options = {}) {
        if (options.quiet || options.timeoutMs)
            return _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnRunner */ .Sx.run(command, args, options);
        const tail = [];
        const keep = (line) => {
            tail.push(line);
            if (tail.length > 5)
                tail.shift();
        };
        const env = options.env ?? process.env;
        const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__.getExecOutput(command, args, {
            ...(options.cwd && { cwd: options.cwd }),
            env: Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined)),
            ...(options.input !== undefined && { input: Buffer.from(options.input) }),
            ignoreReturnCode: true,
            listeners: { stdline: keep, errline: keep }
        })
            .catch((error) => {
            // Not found, or not executable: the same error the spawn runner gives.
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd(command, null, error instanceof Error ? error.message : String(error));
        });
        if (result.exitCode !== 0)
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd(`${command} ${args[0] ?? ''}`.trim(), result.exitCode, tail.join(' | '));
        return result.stdout;
    },
    stream: _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnRunner */ .Sx.stream,
    pipeInto: _exec_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnRunner */ .Sx.pipeInto
};


/***/ }),

/***/ 5793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cp: () => (/* reexport */ BuildSetupError),
  $8: () => (/* binding */ CAPABILITIES),
  z$: () => (/* binding */ NoBuilderError),
  Z7: () => (/* binding */ chooseBuilder),
  U0: () => (/* reexport */ dockerEngineAnswers),
  DE: () => (/* reexport */ saveToLayout)
});

// UNUSED EXPORTS: BUILDERS, LAYOUT_TAG, buildah, buildx, commonArgs, docker, dockerEngineProblem, inspectBuildx, labelInstruction, podman, secretArgs, withEpoch

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
;// CONCATENATED MODULE: ./src/builders/common.ts

/** The tag every builder gives its image in the layout it writes. */
const LAYOUT_TAG = 'latest';
/** The arguments every builder takes: Dockerfile, build arguments, labels, target, network. */
function commonArgs(r) {
    const args = ['--file', r.file];
    for (const arg of r.buildArgs)
        args.push('--build-arg', arg);
    for (const [key, value] of Object.entries(r.labels))
        args.push('--label', `${key}=${value}`);
    if (r.target)
        args.push('--target', r.target);
    if (r.network)
        args.push('--network', r.network);
    const o = r.options;
    if (o?.noCache)
        args.push('--no-cache');
    return args;
}
/** What buildx and the containers builders share: secrets, ssh, extra contexts. */
function secretArgs(o) {
    const args = [];
    for (const s of o?.secrets ?? [])
        args.push('--secret', `id=${s.id},src=${s.src}`);
    for (const ssh of o?.ssh ?? [])
        args.push('--ssh', ssh);
    for (const [name, value] of Object.entries(o?.buildContexts ?? {}))
        args.push('--build-context', `${name}=${value}`);
    return args;
}
/** The environment BuildKit reads SOURCE_DATE_EPOCH from (buildx passes it to the build). */
function withEpoch(r) {
    return r.sourceDateEpoch === undefined
        ? r.env
        : { ...r.env, SOURCE_DATE_EPOCH: String(r.sourceDateEpoch) };
}
/** Thrown before building when the build cannot be done the way the builder is set up. */
class BuildSetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BuildSetupError';
    }
}
/** Whether a Docker engine answers (the CLI's `docker version` reaches its server). */
function dockerEngineAnswers(runner, env = process.env) {
    return (0,exec/* succeeds */.kz)(runner, 'docker', ['version', '--format', '{{.Server.Version}}'], env);
}
/** Why the Docker engine cannot build here (no CLI, no answer), or undefined when it can. */
async function dockerEngineProblem(runner, env) {
    if (!(await (0,exec/* succeeds */.kz)(runner, 'docker', ['--version'], env)))
        return 'the docker CLI is not installed';
    if (!(await dockerEngineAnswers(runner, env))) {
        return `the Docker engine does not answer${env.DOCKER_HOST ? ` at ${env.DOCKER_HOST}` : ''}`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/registry/archive.ts + 2 modules
var archive = __webpack_require__(2970);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/registry/index.ts + 8 modules
var registry = __webpack_require__(34081);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/hash-thread.ts
var hash_thread = __webpack_require__(34108);
;// CONCATENATED MODULE: ./src/builders/saved-images.ts
/**
 * Images the Docker engine already gave to `docker save` on this machine, kept so the next
 * step that needs the same image does not wait for `docker save` again. With the classic
 * engine that export is most of a push: the engine writes every layer to a temporary directory,
 * then streams it, before a byte of the image reaches the action.
 *
 * An image is known by its engine ID, which is the digest of its config: the same ID is the same
 * config, hence the same layers (the config lists their digests). The layout the action wrote
 * for it (compressed layers, config, manifest) is kept in a content-addressed store under
 * `~/.cache/ghcr-action/saved-images`, its files hard-linked, never copied: on another file
 * system nothing is kept. Before one is used again every blob is re-hashed; one that does not
 * verify drops the image, and `docker save` runs as if it had never been kept. The store keeps
 * the eight images used last.
 *
 * It pays on machines whose engine outlives a job (self-hosted runners, where the build cache
 * is warm too): a re-run, or the same image pushed to more registries or repositories.
 */








const KEEP = 8;
const hexOf = (digest) => digest.slice('sha256:'.length);
/** Whether the file is the blob `desc` names: its size, then its sha256. */
async function verifies(path, desc) {
    try {
        if ((await (0,promises_.stat)(path)).size !== desc.size)
            return false;
        const hash = (0,hash_thread/* streamHash */.L)('sha256', desc.size);
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 })) {
            const wait = hash.update(chunk);
            if (wait)
                await wait;
        }
        return `sha256:${await hash.digest()}` === desc.digest;
    }
    catch {
        return false;
    }
}
/** Hard-links `from` to `to`; false when they are on different file systems. */
async function linked(from, to) {
    try {
        await (0,promises_.link)(from, to);
        return true;
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return true;
        if (code === 'EXDEV')
            return false;
        throw error;
    }
}
class SavedImages {
    dir;
    constructor(dir = (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'ghcr-action', 'saved-images')) {
        this.dir = dir;
    }
    blob(digest) {
        return (0,layout/* blobPath */.nD)(this.dir, digest);
    }
    record(id) {
        return (0,external_node_path_.join)(this.dir, 'images', `${hexOf(id)}.json`);
    }
    /** The layout of a layout directory: its index, manifest and blobs, when `id` is its config. */
    async describe(index, readBlob, id) {
        const parsed = JSON.parse(index);
        const manifest = parsed.manifests?.[0];
        if (!manifest || parsed.manifests.length !== 1 || !(0,registry/* isDigest */.Bc)(manifest.digest))
            return undefined;
        const bytes = await readBlob(manifest.digest);
        const image = (0,registry/* parseManifest */.Ng)(bytes, manifest.mediaType);
        if (image.kind !== 'image' || image.manifest.config.digest !== id)
            return undefined;
        return {
            index,
            manifest,
            blobs: [image.manifest.config, ...image.manifest.layers]
        };
    }
    /**
     * Fills the empty `layoutDir` with the kept image `id`, every blob verified first; whether
     * it did (if not, `layoutDir` is left empty).
     */
    async restore(id, layoutDir) {
        if (!(0,registry/* isDigest */.Bc)(id) || !id.startsWith('sha256:') || !(0,external_node_fs_.existsSync)(this.record(id)))
            return false;
        try {
            const kept = await this.describe(await (0,promises_.readFile)(this.record(id), 'utf8'), d => (0,promises_.readFile)(this.blob(d)), id);
            const all = kept ? [kept.manifest, ...kept.blobs] : [];
            const ok = kept !== undefined &&
                (await Promise.all(all.map(d => verifies(this.blob(d.digest), d)))).every(Boolean);
            if (!ok) {
                await (0,promises_.rm)(this.record(id), { force: true });
                return false;
            }
            await (0,promises_.mkdir)((0,external_node_path_.join)(layoutDir, 'blobs', 'sha256'), { recursive: true });
            for (const d of all) {
                const to = (0,layout/* blobPath */.nD)(layoutDir, d.digest);
                if (!(await linked(this.blob(d.digest), to)))
                    await (0,promises_.copyFile)(this.blob(d.digest), to);
            }
            await (0,promises_.writeFile)((0,external_node_path_.join)(layoutDir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
            await (0,promises_.writeFile)((0,external_node_path_.join)(layoutDir, 'index.json'), kept.index);
            const now = new Date();
            await (0,promises_.utimes)(this.record(id), now, now).catch(() => undefined);
            return true;
        }
        catch {
            // A store another job is changing, or a broken one: as if nothing were kept.
            await (0,promises_.rm)(layoutDir, { recursive: true, force: true });
            await (0,promises_.mkdir)(layoutDir, { recursive: true });
            return false;
        }
    }
    /**
     * Keeps the image `layoutDir` holds, saved from the engine image `id`, then drops the images
     * used least recently beyond the eight newest. Best effort: a failure keeps nothing.
     */
    async keep(id, layoutDir) {
        try {
            if (!(0,registry/* isDigest */.Bc)(id) || !id.startsWith('sha256:'))
                return;
            const kept = await this.describe(await (0,promises_.readFile)((0,external_node_path_.join)(layoutDir, 'index.json'), 'utf8'), d => (0,promises_.readFile)((0,layout/* blobPath */.nD)(layoutDir, d)), id);
            if (!kept)
                return;
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, 'blobs', 'sha256'), { recursive: true });
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, 'images'), { recursive: true });
            for (const d of [kept.manifest, ...kept.blobs]) {
                if (!(await linked((0,layout/* blobPath */.nD)(layoutDir, d.digest), this.blob(d.digest))))
                    return;
            }
            const tmp = `${this.record(id)}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
            await (0,promises_.writeFile)(tmp, kept.index);
            await (0,promises_.rename)(tmp, this.record(id));
            await this.evict();
        }
        catch {
            // Keeping is an optimisation; the push does not depend on it.
        }
    }
    /** Drops the images beyond the newest eight, then every blob no kept image uses. */
    async evict() {
        const images = (0,external_node_path_.join)(this.dir, 'images');
        const records = await Promise.all((await (0,promises_.readdir)(images))
            .filter(f => f.endsWith('.json'))
            .map(async (f) => ({ f, at: (await (0,promises_.stat)((0,external_node_path_.join)(images, f))).mtimeMs })));
        records.sort((a, b) => b.at - a.at);
        for (const old of records.slice(KEEP))
            await (0,promises_.rm)((0,external_node_path_.join)(images, old.f), { force: true });
        const used = new Set();
        for (const r of records.slice(0, KEEP)) {
            const id = `sha256:${r.f.slice(0, -'.json'.length)}`;
            const kept = await this.describe(await (0,promises_.readFile)((0,external_node_path_.join)(images, r.f), 'utf8'), d => (0,promises_.readFile)(this.blob(d)), id).catch(() => undefined);
            for (const d of kept ? [kept.manifest, ...kept.blobs] : [])
                used.add(hexOf(d.digest));
        }
        const blobs = (0,external_node_path_.join)(this.dir, 'blobs', 'sha256');
        for (const name of await (0,promises_.readdir)(blobs))
            if (!used.has(name))
                await (0,promises_.rm)((0,external_node_path_.join)(blobs, name), { force: true });
    }
}

;// CONCATENATED MODULE: ./src/builders/docker.ts
/**
 * The classic Docker engine: `docker build`, then `docker save` streamed into a layout, layers
 * compressed in parallel on every core; an image this machine saved before is taken from the
 * layout kept then ({@link SavedImages}).
 */







/**
 * The labels as one Dockerfile `LABEL` instruction, quoted so that nothing in them is read as
 * a variable or an escape; undefined when one has a line break, which a Dockerfile line cannot
 * hold.
 */
function labelInstruction(labels) {
    const entries = Object.entries(labels);
    if (entries.some(([k, v]) => /[\r\n]/.test(k + v)))
        return undefined;
    const quote = (text) => `"${text.replace(/[\\"$]/g, c => `\\${c}`)}"`;
    return `LABEL ${entries.map(([k, v]) => `${quote(k)}=${quote(v)}`).join(' ')}`;
}
/**
 * Whether the build's image may carry ONBUILD triggers: its Dockerfile has an ONBUILD
 * instruction, or cannot be read here (a remote context). Building on top of such an image
 * would run its triggers and drop them.
 */
async function mayHaveTriggers(file) {
    try {
        return /^\s*onbuild\s/im.test(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return true;
    }
}
const docker = {
    kind: 'docker',
    multiPlatform: false,
    unavailable: dockerEngineProblem,
    async build(r) {
        // The classic builder makes each --label a build step of its own, and each step creates
        // and commits a container: on the vfs storage driver two copies of all the image's files,
        // per label. So the image is built without them, and they are put on in one LABEL step on
        // top of it, the same labels in the same image config.
        const instruction = Object.keys(r.labels).length ? labelInstruction(r.labels) : undefined;
        const onTop = instruction !== undefined && !(await mayHaveTriggers(r.file));
        const platform = r.platforms.length === 1 ? ['--platform', r.platforms[0]] : [];
        const iidDir = onTop ? await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ghcr-action-iid-')) : undefined;
        try {
            const args = ['build', ...commonArgs(onTop ? { ...r, labels: {} } : r), ...platform];
            args.push(...(iidDir ? ['--iidfile', (0,external_node_path_.join)(iidDir, 'id')] : ['--tag', r.name]), r.context);
            await r.runner.run('docker', args, { env: r.env, onLine: r.log });
            if (iidDir) {
                const id = (await (0,promises_.readFile)((0,external_node_path_.join)(iidDir, 'id'), 'utf8')).trim();
                // It becomes a line of a Dockerfile: an image ID and nothing else.
                if (!/^sha256:[a-f0-9]{64}$/.test(id))
                    throw new exec/* CommandError */.Qd('docker build', null, `--iidfile holds ${JSON.stringify(id)}, not an image ID`);
                r.log(`Labels in one step on top of ${id}`);
                await r.runner.run('docker', ['build', ...platform, '--tag', r.name, '-'], {
                    env: r.env,
                    onLine: r.log,
                    input: `FROM ${id}\n${instruction}\n`
                });
            }
        }
        finally {
            if (iidDir)
                await (0,promises_.rm)(iidDir, { recursive: true, force: true });
        }
        await saveToLayout(r.runner, r.name, r.layoutDir, r.env, r.log, r.onLayer);
        return { builder: 'docker', layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG, dockerImage: r.name };
    }
};
/**
 * `docker save NAME`, streamed into an OCI layout (the classic builder's and `push`'s path),
 * unless this machine kept the layout of the same engine image from an earlier save
 * ({@link SavedImages}), which is used again once every blob has verified.
 */
async function saveToLayout(runner, name, layoutDir, env, log, onLayer, saved = new SavedImages()) {
    const id = (await runner
        .run('docker', ['image', 'inspect', '--format', '{{.Id}}', name], {
        env,
        quiet: true
    })
        .catch(() => '')).trim();
    if (await saved.restore(id, layoutDir)) {
        log?.(`${name} is ${id}, which this machine saved before: its layout is used again, every blob re-hashed (no docker save)`);
        return;
    }
    log?.(`docker save ${name} → OCI layout (layers compressed in parallel)`);
    const save = runner.stream('docker', ['save', name], env);
    const reading = (0,archive/* readDockerArchive */.z)(save.stdout, layoutDir, {
        tag: LAYOUT_TAG,
        ...(onLayer && { onLayer })
    }).catch((error) => {
        // Stop docker save, or it would wait forever for its output to be read.
        save.kill();
        throw error;
    });
    // Whichever fails first explains it: docker's own message beats a truncated archive.
    const [exported, read] = await Promise.allSettled([save.done, reading]);
    if (exported.status === 'rejected')
        throw exported.reason;
    if (read.status === 'rejected')
        throw read.reason;
    await saved.keep(id, layoutDir);
}

;// CONCATENATED MODULE: ./src/builders/buildx.ts
/**
 * buildx: with a builder that can export OCI (docker-container, kubernetes, remote, or the
 * docker driver on the containerd image store), `--output type=oci,dest=DIR,tar=false`
 * (multi-platform builds give an index); with buildx's plain `docker` driver, which refuses
 * that export, the image is built into the engine (`--load`) and `docker save` streamed into
 * the layout.
 */





/** `key=value,key=value`, as buildx takes a cache spec. */
function csv(attrs) {
    return Object.entries(attrs)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
/** buildx's own options: caches, attestations, annotations, pull. */
function buildxArgs(r) {
    const o = r.options;
    const args = secretArgs(o);
    if (r.buildxBuilder)
        args.push('--builder', r.buildxBuilder);
    if (o?.pull)
        args.push('--pull');
    for (const c of o?.cache.from ?? [])
        args.push('--cache-from', csv(c));
    for (const c of o?.cache.to ?? [])
        args.push('--cache-to', csv(c));
    if (o?.attestations.provenance)
        args.push('--provenance', o.attestations.provenance);
    if (o?.attestations.sbom)
        args.push('--sbom', o.attestations.sbom);
    for (const a of o?.annotations ?? [])
        args.push('--annotation', a);
    return args;
}
/** Reads `docker buildx inspect [name]`: the builder's name, driver and platforms. */
async function inspectBuildx(runner, name, env) {
    const out = await runner.run('docker', ['buildx', 'inspect', ...(name ? [name] : [])], {
        env,
        quiet: true,
        timeoutMs: 30_000
    });
    const field = (key) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
    return {
        name: field('Name') || name,
        driver: field('Driver'),
        platforms: field('Platforms')
            .split(',')
            .map(p => p.trim().replace(/\*$/, ''))
            .filter(Boolean)
    };
}
/** Whether the engine keeps images in the containerd image store (it can export OCI then). */
async function containerdStore(runner, env) {
    try {
        const out = await runner.run('docker', ['info', '--format', '{{json .DriverStatus}}'], {
            env,
            quiet: true,
            timeoutMs: 15_000
        });
        return out.includes('io.containerd.snapshotter');
    }
    catch {
        return false;
    }
}
const buildx = {
    kind: 'buildx',
    multiPlatform: true,
    async unavailable(runner, env) {
        if (!(await (0,exec/* succeeds */.kz)(runner, 'docker', ['buildx', 'version'], env)))
            return 'the buildx plugin is not installed';
        return dockerEngineProblem(runner, env);
    },
    async build(r) {
        const builder = await inspectBuildx(r.runner, r.buildxBuilder ?? '', r.env).catch((error) => {
            throw new BuildSetupError(`docker buildx inspect ${r.buildxBuilder ?? ''} failed: ${error instanceof Error ? error.message : String(error)}${r.buildxBuilder ? '. Is the builder input the name docker/setup-buildx-action gave?' : ''}`);
        });
        // buildx's docker driver refuses OCI exports unless the engine uses the containerd store
        // (docker/buildx "Drivers"); it builds into the engine instead, one platform at a time.
        const intoEngine = builder.driver === 'docker' && !(await containerdStore(r.runner, r.env));
        r.log(`buildx builder ${builder.name || '(current)'}, driver ${builder.driver || 'unknown'}: ${intoEngine
            ? 'building into the Docker engine, then docker save into an OCI layout'
            : 'exporting an OCI layout'}`);
        const base = ['buildx', 'build', ...commonArgs(r), ...buildxArgs(r)];
        if (r.platforms.length)
            base.push('--platform', r.platforms.join(','));
        if (intoEngine) {
            if (r.platforms.length > 1) {
                throw new BuildSetupError(`buildx's docker driver (builder ${builder.name}) builds one platform into the engine, and platforms lists ${r.platforms.length}. Add docker/setup-buildx-action before this step (and docker/setup-qemu-action for foreign architectures), and pass its builder output as builder:`);
            }
            await r.runner.run('docker', [...base, '--load', '--tag', r.name, r.context], {
                env: withEpoch(r),
                onLine: r.log
            });
            await saveToLayout(r.runner, r.name, r.layoutDir, r.env, r.log, r.onLayer);
            return {
                builder: 'buildx',
                layoutDir: r.layoutDir,
                layoutTag: LAYOUT_TAG,
                dockerImage: r.name
            };
        }
        const args = [
            ...base,
            '--output',
            `type=oci,dest=${r.layoutDir},tar=false,name=${r.name}`,
            r.context
        ];
        await r.runner.run('docker', args, { env: withEpoch(r), onLine: r.log });
        await retagLayout(r.layoutDir);
        return { builder: 'buildx', layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG };
    }
};
/**
 * buildx names the image in index.json by `name=`; make sure the layout has the tag the push
 * reads (`latest`), without touching any blob.
 */
async function retagLayout(dir) {
    const path = (0,external_node_path_.join)(dir, 'index.json');
    const index = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    if (index.manifests.length === 1) {
        const m = index.manifests[0];
        m.annotations = { ...m.annotations, 'org.opencontainers.image.ref.name': LAYOUT_TAG };
        await (0,promises_.writeFile)(path, JSON.stringify(index));
    }
}

// EXTERNAL MODULE: ./src/builders/registries-conf.ts
var registries_conf = __webpack_require__(83236);
;// CONCATENATED MODULE: ./src/builders/containers.ts
/** buildah and podman: build, then push to `oci:DIR`. */



/** buildah and podman share their command shapes. */
function containersBuilder(kind) {
    return {
        kind,
        multiPlatform: true,
        async unavailable(runner, env) {
            if (!(await (0,exec/* succeeds */.kz)(runner, kind, ['--version'], env)))
                return `${kind} is not installed`;
            if (kind === 'podman' && !(await (0,exec/* succeeds */.kz)(runner, 'podman', ['info'], env)))
                return 'podman is installed but does not work here (podman info failed)';
            return undefined;
        },
        async build(r) {
            const build = kind === 'buildah' ? ['bud'] : ['build'];
            const multi = r.platforms.length > 1;
            const args = [...build, ...commonArgs(r), ...secretArgs(r.options)];
            const o = r.options;
            if (o?.pull)
                args.push('--pull=always');
            // The containers builders cache layers in a repository (no tag: they name the layers).
            const cacheRepo = (c) => (c.ref ?? '').replace(/:[^/:]*$/, '');
            if (o?.cache.from.length || o?.cache.to.length)
                args.push('--layers');
            for (const c of o?.cache.from ?? [])
                args.push('--cache-from', cacheRepo(c));
            for (const c of o?.cache.to ?? [])
                args.push('--cache-to', cacheRepo(c));
            if (r.sourceDateEpoch !== undefined)
                args.push('--timestamp', String(r.sourceDateEpoch));
            // Index-level annotations are the caller's to set in the layout; these are the image's.
            for (const a of o?.annotations ?? [])
                if (!/^[a-z-]+(\[[^\]]*\])?:/.test(a))
                    args.push('--annotation', a);
            // A manifest list cannot take the name of an image the store already has (a single-
            // platform build of the same tag, earlier on this runner): the list gets a name of its
            // own, used only to export it, and is removed after.
            const list = `localhost/ghcr-action-manifest:${process.pid}-${Date.now()}`;
            args.push(multi ? '--manifest' : '--tag', multi ? list : r.name);
            if (r.platforms.length)
                args.push('--platform', r.platforms.join(','));
            args.push(r.context);
            // Caches on plain-HTTP (loopback) registries: those registries alone are insecure.
            const cacheRefs = [...(o?.cache.from ?? []), ...(o?.cache.to ?? [])].map(cacheRepo);
            const insecure = await (0,registries_conf/* insecureCacheEnv */.oi)(cacheRefs, r.env).catch((e) => {
                throw new BuildSetupError(`The registry cache cannot be reached over plain HTTP: ${e instanceof Error ? e.message : String(e)}`);
            });
            if (insecure.hosts.length)
                r.log(`${insecure.hosts.join(', ')}: plain HTTP for the registry cache, for this build only (registries.conf)`);
            const options = { env: insecure.env, onLine: r.log };
            try {
                await r.runner.run(kind, args, options);
            }
            finally {
                await insecure.cleanup();
            }
            const destination = `oci:${r.layoutDir}:${LAYOUT_TAG}`;
            // Writing a local layout needs no credentials; with DOCKER_CONFIG set to a directory
            // that has no config.json, buildah and podman refuse to push at all ("checking authfile").
            const local = { ...r.env };
            delete local.DOCKER_CONFIG;
            const push = { ...options, env: local };
            if (multi) {
                await r.runner.run(kind, ['manifest', 'push', '--all', list, destination], push);
                await r.runner.run(kind, ['manifest', 'rm', list], { ...push, quiet: true }).catch(() => '');
            }
            else
                await r.runner.run(kind, ['push', r.name, destination], push);
            return { builder: kind, layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG };
        }
    };
}
const buildah = containersBuilder('buildah');
const podman = containersBuilder('podman');

;// CONCATENATED MODULE: ./src/builders/index.ts







/** buildah and podman share their build options. */
const CONTAINERS_CAPABILITIES = new Set([
    'secrets',
    'ssh',
    'cache-registry',
    'build-contexts',
    'no-cache',
    'pull',
    'timestamp',
    'annotations'
]);
/** What each builder honours (docker/build-push-action's inputs, by builder). */
const CAPABILITIES = {
    buildx: new Set([
        'secrets',
        'ssh',
        'cache-registry',
        'cache-gha',
        'cache-local',
        'cache-inline',
        'cache-s3',
        'cache-azblob',
        'build-contexts',
        'no-cache',
        'pull',
        'attestations',
        'timestamp',
        'annotations',
        'descriptor-annotations'
    ]),
    docker: new Set(['no-cache', 'pull']),
    buildah: CONTAINERS_CAPABILITIES,
    podman: CONTAINERS_CAPABILITIES
};
const BUILDERS = { buildx: buildx, docker: docker, buildah: buildah, podman: podman };
const AUTO_ORDER = ['buildx', 'docker', 'buildah', 'podman'];
/** Thrown when no builder can do the build; lists why each was passed over. */
class NoBuilderError extends Error {
    reasons;
    constructor(reasons) {
        super(`no builder can run this build: ${reasons.join('; ')}`);
        this.reasons = reasons;
        this.name = 'NoBuilderError';
    }
}
/**
 * The builder to use: the one named, checked to work, or with `auto` the first of buildx,
 * docker, buildah and podman that works (and can build every requested platform).
 */
async function chooseBuilder(name, platforms, runner, env, needs = new Set()) {
    const candidates = name === 'auto' ? AUTO_ORDER : [name];
    const passed = [];
    for (const kind of candidates) {
        const builder = BUILDERS[kind];
        const lacking = [...needs].filter(n => !CAPABILITIES[kind].has(n));
        // A builder named by the input is checked by the caller, which names the input it lacks.
        if (name === 'auto' && lacking.length) {
            passed.push(`${kind}: cannot do ${lacking.join(', ')}`);
            continue;
        }
        const problem = await builder.unavailable(runner, env);
        if (problem) {
            passed.push(`${kind}: ${problem}`);
            continue;
        }
        if (platforms.length > 1 && !builder.multiPlatform) {
            passed.push(`${kind}: builds one platform at a time, and platforms lists ${platforms.length}`);
            continue;
        }
        const reason = name === 'auto'
            ? passed.length
                ? `first that works (${passed.join('; ')})`
                : 'first that works'
            : 'named by the builder input';
        return { builder, reason };
    }
    throw new NoBuilderError(passed);
}


/***/ }),

/***/ 83236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oi: () => (/* binding */ insecureCacheEnv),
/* harmony export */   y_: () => (/* binding */ plainHttpRegistries)
/* harmony export */ });
/* unused harmony exports effectiveRegistriesConf, withInsecureRegistries */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79310);
/**
 * Registry caches of buildah and podman on registries that speak plain HTTP. The action reaches
 * loopback registries (`localhost`, `127.0.0.0/8`, `[::1]`) over plain HTTP, as the Docker
 * engine does; buildah and podman refuse them ("failed pushing cache to …") unless they are told
 * the registry is insecure. They are told for exactly those registries and this build alone: a
 * registries.conf (containers-registries.conf(5)) made from the one they would read, with an
 * `insecure = true` entry for each, passed as CONTAINERS_REGISTRIES_CONF. Never
 * `--tls-verify=false`, which would cover every registry of the build, base images included.
 */





/** The version 1 format's tables: a file in it cannot take a version 2 `[[registry]]` entry. */
const V1_TABLE = /^\s*\[\s*registries\s*\.\s*(?:search|insecure|block)\s*\]/m;
/** The registries of cache references (`ref=`) that are reached over plain HTTP. */
function plainHttpRegistries(refs) {
    const hosts = new Set();
    for (const ref of refs) {
        try {
            const { registry } = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(ref);
            if ((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopback */ .U9)(registry))
                hosts.add(registry);
        }
        catch {
            // Not a reference the builder could use either; it says so itself.
        }
    }
    return [...hosts];
}
/** The registries.conf the containers tools read for this environment, and where it is. */
function effectiveRegistriesConf(env) {
    const candidates = [
        env.CONTAINERS_REGISTRIES_CONF,
        env.HOME && (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME, '.config', 'containers', 'registries.conf'),
        '/etc/containers/registries.conf'
    ].filter((p) => !!p);
    for (const path of candidates)
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            return { path, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') };
    return { path: '', text: '' };
}
/**
 * `base` with an `insecure = true` entry for each host it does not configure already. Throws
 * for a file in the version 1 format, which cannot hold one (the message says what to do).
 */
function withInsecureRegistries(base, hosts, where) {
    if (V1_TABLE.test(base)) {
        throw new Error(`${where} is in the version 1 format of registries.conf, which cannot take an entry for one registry: add ${hosts.join(', ')} to its [registries.insecure] list, or convert it to version 2`);
    }
    const configured = (host) => new RegExp(`^\\s*(?:location|prefix)\\s*=\\s*["']${host.replace(/[.[\]]/g, '\\$&')}["']`, 'm').test(base);
    const entries = hosts
        .filter(h => !configured(h))
        .map(h => `\n[[registry]]\nlocation = "${h}"\ninsecure = true\n`);
    return `${base}${base && !base.endsWith('\n') ? '\n' : ''}${entries.join('')}`;
}
/**
 * The environment for a build whose caches are on plain-HTTP registries: CONTAINERS_REGISTRIES_CONF
 * pointing at a file naming them insecure; `cleanup` removes it. Unchanged when there are none.
 */
async function insecureCacheEnv(refs, env) {
    const hosts = plainHttpRegistries(refs);
    if (hosts.length === 0)
        return { env, hosts, cleanup: async () => undefined };
    const base = effectiveRegistriesConf(env);
    const text = withInsecureRegistries(base.text, hosts, base.path || 'registries.conf');
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ghcr-action-registries-'));
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'registries.conf');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, text);
    return {
        env: { ...env, CONTAINERS_REGISTRIES_CONF: path },
        hosts,
        cleanup: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true })
    };
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Sx: () => (/* binding */ spawnRunner),
/* harmony export */   kz: () => (/* binding */ succeeds)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Running commands: argument arrays, never a shell. Every process the project starts goes
 * through a {@link CommandRunner}; this file has the plain one (Node's `spawn`), which tests and
 * the benchmark use, and the action passes its own (`@actions/exec` for commands whose output
 * is a log, so the log shows `[command]docker build …`). Streaming commands (`docker save`,
 * `docker load`) always use the spawn helpers here: their input or output is data, not a log.
 */

/** A command that exited with a non-zero status; `output` holds its last lines. */
class CommandError extends Error {
    command;
    code;
    output;
    constructor(command, code, output) {
        super(`${command} failed${code === null ? '' : ` with exit code ${code}`}${output ? `: ${output}` : ''}`);
        this.command = command;
        this.code = code;
        this.output = output;
        this.name = 'CommandError';
    }
}
function lines(stream, sink) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
        const parts = (rest + text).split(/\r?\n/);
        rest = parts.pop() ?? '';
        for (const part of parts)
            sink(part);
    });
    stream.on('end', () => {
        if (rest)
            sink(rest);
    });
}
/** Runs a command to completion; rejects with {@link CommandError} on a non-zero exit. */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            env: options.env ?? process.env,
            cwd: options.cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
            ...(options.signal && { signal: options.signal })
        });
        // Not spawn's own `timeout`: for a command that is not installed, Node keeps that timer
        // (and so the step's process) alive for the whole time after the spawn has failed.
        const timer = options.timeoutMs
            ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
            : undefined;
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input);
        const tail = [];
        let stdout = '';
        const keep = (line) => {
            tail.push(line);
            if (tail.length > 20)
                tail.shift();
            if (!options.quiet)
                options.onLine?.(line);
        };
        child.stdout.on('data', (chunk) => {
            if (stdout.length < 1 << 20)
                stdout += chunk.toString('utf8');
        });
        // A quiet command's stdout may be a secret: it never reaches an error message.
        if (!options.quiet)
            lines(child.stdout, keep);
        lines(child.stderr, keep);
        child.on('error', error => {
            clearTimeout(timer);
            reject(new CommandError(command, null, error.message));
        });
        child.on('close', code => {
            clearTimeout(timer);
            if (code === 0)
                resolve(stdout);
            else
                reject(new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, tail.slice(-5).join(' | ')));
        });
    });
}
/** Whether a probe command succeeds within a few seconds; its output is not logged. */
async function succeeds(runner, command, args, env) {
    try {
        await runner.run(command, args, { ...(env && { env }), timeoutMs: 15_000, quiet: true });
        return true;
    }
    catch {
        return false;
    }
}
/** A command whose stdout is streamed to the caller (`docker save`). */
function streamCommand(command, args, env) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    lines(child.stderr, line => {
        tail.push(line);
        if (tail.length > 5)
            tail.shift();
    });
    const done = new Promise((resolve, reject) => {
        child.on('error', error => reject(new CommandError(command, null, error.message)));
        child.on('close', code => code === 0
            ? resolve()
            : reject(new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, tail.join(' | '))));
    });
    return {
        stdout: child.stdout,
        done,
        kill: () => {
            child.stdout.destroy();
            child.kill();
        }
    };
}
/** Streams data into a command's stdin (`docker load`); resolves with its stdout. */
function pipeInto(command, args, input, env) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', d => (out += d));
        child.stderr.on('data', d => (err += d));
        child.on('error', error => reject(new CommandError(command, null, error.message)));
        child.stdin.on('error', () => undefined);
        // A failed input ends the command: its stdin is closed mid-stream (a reader of archives,
        // such as docker load, then refuses the whole cut archive), it is told to stop, and killed
        // if it does not. The promise settles when it has exited, with the input's error.
        let inputError;
        input.on('error', error => {
            inputError = error;
            input.unpipe(child.stdin);
            child.stdin.destroy();
            child.kill();
            setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 2000).unref();
        });
        input.pipe(child.stdin);
        child.on('close', code => inputError !== undefined
            ? reject(inputError)
            : code === 0
                ? resolve(out)
                : reject(new CommandError(`${command} ${args[0] ?? ''}`.trim(), code, (err || out).trim().split('\n').slice(-3).join(' | '))));
    });
}
/** The plain runner: Node's `spawn`, output handed to `onLine`. */
const spawnRunner = { run, stream: streamCommand, pipeInto };


/***/ })

};
