export const id = 631;
export const ids = [631];
export const modules = {

/***/ 37631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ readDockerCredentials),
/* harmony export */   Q: () => (/* binding */ dockerAuthKey),
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath),
/* harmony export */   restoreDockerConfig: () => (/* binding */ restoreDockerConfig),
/* harmony export */   se: () => (/* binding */ writeDockerCredentials)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_4__);
/**
 * The Docker CLI's config: the action writes `auths[registry]` into it so later
 * `docker push`/`docker pull` steps are logged in, and the post step puts the file back as it
 * was (taking out only what its own run wrote); source registries' credentials are read from it.
 */





/** The Docker CLI's key for a registry in `auths` (Docker Hub keeps its historical URL). */
function dockerAuthKey(registry) {
    return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
}
/** The Docker config file the CLI reads: `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`. */
function dockerConfigPath(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker'), 'config.json');
}
const LOCK_WAIT_MS = 15_000;
const LOCK_STALE_MS = 60_000;
/**
 * Runs `work` holding `<file>.lock`: the read-modify-write of a config shared by concurrent
 * jobs on one runner home. A lock older than a minute is a crashed holder's, and is broken.
 */
async function withLock(file, work) {
    const lock = `${file}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(lock).then(s => Date.now() - s.mtimeMs, () => 0);
            if (age > LOCK_STALE_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lock, { force: true });
            else if (Date.now() > deadline)
                throw new Error(`the Docker config ${file} stayed locked (${lock}) for 15 s`);
            else
                await new Promise(r => setTimeout(r, 20 + Math.random() * 30));
        }
    }
    try {
        return await work();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lock, { force: true });
    }
}
/** The file a config path names, its links followed (a missing file: the path itself). */
async function target(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path).catch(() => path);
}
function parseConfig(text, path) {
    try {
        const parsed = text.trim() ? JSON.parse(text) : {};
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // reported below
    }
    throw new Error(`the Docker config ${path} is not valid JSON; fix or remove it`);
}
/** Writes `text` to `file` through a rename in its own directory: never half a file. */
async function replaceFile(file, text, mode) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file)}.ghcr-action-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.randomBytes)(4).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, text, { mode });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(tmp, mode);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        throw error;
    }
}
const sha = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)('sha256').update(text).digest('hex');
/**
 * Adds credentials for `registry` to the Docker config, keeping every other entry (other
 * registries, `credHelpers`, `credsStore`, proxies) intact, under a lock and through a rename
 * (links followed, so a linked config stays linked). Returns the record for the post step.
 */
async function writeDockerCredentials(registry, username, token, backupDir, env = process.env) {
    const path = await target(dockerConfigPath(env));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true, mode: 0o700 });
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.randomBytes)(6).toString('hex');
    return withLock(path, async () => {
        let config = {};
        let backup = null;
        let mode;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
            mode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).mode & 0o777;
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
            config = parseConfig(text.toString('utf8'), path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(backupDir || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), { recursive: true });
            backup = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(backupDir || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `ghcr-action-docker-config-${id}.json`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(backup, text, { mode: 0o600 });
        }
        const auths = config.auths && typeof config.auths === 'object' ? config.auths : {};
        const previous = auths[registry];
        auths[registry] = {
            auth: Buffer.from(`${username}:${token}`).toString('base64'),
            ghcrAction: { id, ...(previous && { previous }) }
        };
        config.auths = auths;
        const text = JSON.stringify(config, null, '\t') + '\n';
        await replaceFile(path, text, 0o600);
        return {
            path,
            key: registry,
            id,
            written: sha(text),
            backup,
            ...(mode !== undefined && { mode })
        };
    });
}
/**
 * Takes this run's link out of an entry's chain; returns the entry as it should now be
 * (undefined: no entry), or `entry` itself when this run's link is not in it.
 */
function unlink(entry, id) {
    if (!entry?.ghcrAction)
        return entry;
    if (entry.ghcrAction.id === id)
        return entry.ghcrAction.previous;
    const previous = unlink(entry.ghcrAction.previous, id);
    if (previous === entry.ghcrAction.previous)
        return entry;
    return { ...entry, ghcrAction: { id: entry.ghcrAction.id, ...(previous && { previous }) } };
}
/**
 * Undoes what {@link writeDockerCredentials} did, under the same lock. A file nobody changed
 * since comes back byte for byte (mode included), or goes if the action created it. A file
 * that changed (another job logged in meanwhile) keeps every other change: only this run's
 * entry is taken out of its key's chain, so the entry it replaced comes back, and a later
 * run's login stays.
 */
async function restoreDockerConfig(record) {
    return withLock(record.path, async () => {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(record.path).catch(() => undefined);
        if (text === undefined)
            return 'untouched';
        if (sha(text) === record.written) {
            if (!record.backup) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(record.path, { force: true });
                return 'removed';
            }
            await replaceFile(record.path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(record.backup, 'utf8'), record.mode ?? 0o600);
            return 'restored';
        }
        const config = parseConfig(text.toString('utf8'), record.path);
        const auths = config.auths ?? {};
        const before = auths[record.key];
        const after = unlink(before, record.id);
        if (after === before)
            return 'untouched';
        if (after)
            auths[record.key] = after;
        else
            delete auths[record.key];
        const mode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(record.path)).mode & 0o777;
        await replaceFile(record.path, JSON.stringify(config, null, '\t') + '\n', mode);
        return 'unlinked';
    }).finally(() => (record.backup ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(record.backup, { force: true }) : undefined));
}
/**
 * Credentials for `registry` from the Docker config, as `docker pull` would use them: an
 * `auths` entry (`auth` as base64 `user:password`, or `identitytoken`), or a credential helper
 * (`credHelpers[registry]`, else `credsStore`) asked with `docker-credential-<name> get`.
 * Undefined when there are none.
 */
async function readDockerCredentials(registry, env = process.env) {
    const path = dockerConfigPath(env);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return undefined;
    let config;
    try {
        config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
    const key = dockerAuthKey(registry);
    const entry = config.auths?.[key] ?? config.auths?.[`https://${key}`];
    if (entry?.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry?.identitytoken)
        return { username: '<token>', password: entry.identitytoken };
    if (entry?.username && entry.password)
        return { username: entry.username, password: entry.password };
    const helper = config.credHelpers?.[key] ?? config.credsStore;
    if (!helper || !/^[A-Za-z0-9_.-]+$/.test(helper))
        return undefined;
    try {
        // Loaded here: a step that finds no helper does not load the process runner at start.
        const { actionRunner } = await Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 62965));
        // The helper's answer is a secret: asked quietly, so it is neither logged nor echoed.
        const stdout = await actionRunner.run(`docker-credential-${helper}`, ['get'], {
            env,
            input: key,
            quiet: true,
            timeoutMs: 10_000
        });
        const answer = JSON.parse(stdout);
        return answer.Secret ? { username: answer.Username ?? '', password: answer.Secret } : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
