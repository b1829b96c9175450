export const id = 671;
export const ids = [671,631];
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


/***/ }),

/***/ 51671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ openSourceSession),
  k: () => (/* binding */ openTargetSession)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(96251);
// EXTERNAL MODULE: ./src/registry/index.ts + 8 modules
var registry = __webpack_require__(34081);
// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/action/docker-config.ts
var docker_config = __webpack_require__(37631);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(78055);
;// CONCATENATED MODULE: ./src/action/registry-errors.ts
/**
 * Registry failures translated into what the user must do. Each message is one line (for the
 * `::error::` annotation) and names the fix; the longer explanation goes to the job summary.
 * The token never appears: messages are built from status codes, the registry's own error
 * codes and messages (it never has the token), and our own text.
 */


/** ghcr.io's documented refusals, recognised by their message (their code is DENIED). */
const GHCR = {
    /** An organisation that enforces SAML SSO, and a token not authorised for it. */
    sso: /\bSAML\b|single sign-on|\bSSO\b/i,
    /** The repository has no write access to the package. */
    writePackage: /permission_denied: write_package/i,
    /** GITHUB_TOKEN without `packages: write`, or a package not granted to the repository. */
    installation: /installation not allowed/i
};
/** A connection failure's code, said in words. */
function networkProblem(code) {
    const words = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        ETIMEDOUT: 'connection timed out',
        EHOSTUNREACH: 'host unreachable',
        ENETUNREACH: 'network unreachable',
        UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
        UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
        UND_ERR_BODY_TIMEOUT: 'the answer stalled',
        UND_ERR_SOCKET: 'connection closed',
        UND_ERR_CLOSED: 'connection closed'
    };
    return words[code] ? `${words[code]}, ${code}` : code;
}
/** Translates an error of the registry client; anything else is returned unchanged. */
function explain(error, ctx) {
    const isGitHubToken = ctx.tokenKind === 'installation';
    if (error instanceof registry/* TlsError */.WM) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${error.message}.`, "The registry presented a certificate that is not trusted. For a private CA, point NODE_EXTRA_CA_CERTS at its certificate in the step's env.");
    }
    if (error instanceof registry/* NetworkError */.Dr) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${ctx.registry} is unreachable (${networkProblem(error.code)}${error.attempts > 1 ? ` after ${error.attempts} attempts` : ''}; ${error.method} ${error.url}). Check the registry input, the network, and HTTPS_PROXY/NO_PROXY.`);
    }
    const code = error?.code;
    if (typeof code === 'string' && /^(EPROTO|ERR_SSL_)/.test(code)) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: TLS with ${ctx.registry} failed (${code}): it does not speak TLS on that port, or a proxy in between does not. Check the registry input (host and port) and HTTPS_PROXY.`);
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: the name ${ctx.registry} does not resolve (${code}). Check the registry input and the runner's DNS.`);
    }
    if (typeof code === 'string' &&
        /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_)/.test(code)) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${ctx.registry} is unreachable (${code}). Check the registry input, the network, and HTTPS_PROXY/NO_PROXY.`);
    }
    if (error instanceof registry/* AuthError */.lR) {
        if (error.status === 401 || error.status === 403) {
            const fix = isGitHubToken
                ? 'The GITHUB_TOKEN was refused: it expires when the job ends, and must belong to this run. Do not pass a token from another workflow or a cached secret.'
                : ctx.tokenKind === 'none'
                    ? `${ctx.registry} requires credentials: set username and token.`
                    : `Check that the token is valid and not expired, and that username matches it (${ctx.username}).`;
            return new errors/* UserError */.yo(`Could not ${ctx.action}: ${ctx.registry} refused the credentials of ${ctx.username || 'anonymous'}. ${fix}`);
        }
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${error.message}.`);
    }
    if (!(error instanceof registry/* RegistryError */.gl))
        return error;
    if (error.messageMatches(GHCR.sso)) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: the organisation enforces SAML single sign-on and the token is not authorised for it. Authorise the token for the organisation in your GitHub token settings ("Configure SSO"), or use GITHUB_TOKEN.`);
    }
    if (error.messageMatches(GHCR.writePackage)) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: this repository has no write access to the package ${ctx.repository} (permission_denied: write_package). In the package settings (${ctx.settingsUrl}) add this repository under "Manage Actions access" with the Write role, or link the package to this repository with the org.opencontainers.image.source label.`);
    }
    const denied = error.status === 401 ||
        error.status === 403 ||
        error.hasCode(registry/* ErrorCodes */.tG.DENIED, registry/* ErrorCodes */.tG.UNAUTHORIZED);
    if (denied && ctx.write && ctx.forkPullRequest) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: pull requests from forks get a read-only GITHUB_TOKEN and cannot push. Leave push: auto so fork pull requests build without pushing.`);
    }
    if (denied && ctx.write && isGitHubToken) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: the GITHUB_TOKEN may not write packages${error.messageMatches(GHCR.installation) ? ` (${error.codes[0]?.message})` : ''}. Add "permissions: packages: write" to the job; if the package already exists, also grant this repository Write access in the package settings (${ctx.settingsUrl}).`);
    }
    if (denied && ctx.write) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${ctx.registry} denied write access to ${ctx.repository} for ${ctx.username || 'anonymous'} (HTTP ${error.status}). The token needs push rights on the repository${ctx.github ? ' (write:packages for a classic PAT)' : ''}.`);
    }
    if (denied) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${ctx.registry} denied access to ${ctx.repository} for ${ctx.username || 'anonymous'} (HTTP ${error.status}).${ctx.github ? ' A private package needs a token with read access: GITHUB_TOKEN with "permissions: packages: read", and the repository granted access in the package settings.' : ''}`);
    }
    if (error.hasCode(registry/* ErrorCodes */.tG.NAME_UNKNOWN, registry/* ErrorCodes */.tG.MANIFEST_UNKNOWN)) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${ctx.repository} has no such image (${error.registrySays}).`);
    }
    // The registry's own words, whatever the status: they name the cause (a manifest refused
    // with 500 MANIFEST_INVALID is not an outage).
    const says = error.registrySays ? ` ${ctx.registry} says: ${error.registrySays}` : '';
    if (error.temporary) {
        return new errors/* UserError */.yo(`Could not ${ctx.action}: ${ctx.registry} kept failing (HTTP ${error.status}) after retries; try again later.${says}`);
    }
    return new errors/* UserError */.yo(`Could not ${ctx.action}: ${error.method} ${error.url} was refused (HTTP ${error.status}).${says || ' The registry gave no reason.'}`);
}

// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(33175);
// EXTERNAL MODULE: ./src/action/token.ts
var token = __webpack_require__(11187);
;// CONCATENATED MODULE: ./src/action/session.ts
/**
 * A logged-in registry connection, for the target repository or for a source image.
 *
 * - Target: the action's own credentials (`username`, `token`). Bad credentials fail at once
 *   (a registry token is asked for with the scopes the command needs); with `preflight`, an
 *   upload session is opened and cancelled, so a missing write permission fails before a long
 *   build. Docker CLI credentials are then written for later `docker` steps, and the post step
 *   is told how to undo that.
 * - Source: on the target's registry, the same login; elsewhere the Docker config's
 *   credentials for that registry (as `docker pull` would use), or none.
 */








/** A client for `who`, whose registry tokens are masked and retries logged. */
function connect(who, ctx) {
    const tokenKind = (0,token/* classifyToken */.OE)(who.token);
    const client = new registry/* RegistryClient */.bP(who.registry, {
        ...(who.token && { credentials: { username: who.username, password: who.token } }),
        // Registry tokens are secrets too: mask them the moment they are known.
        onSecret: secret => core/* setSecret */.Pq(secret),
        onRetry: info => core/* info */.pq(`Retrying ${info.what} (${info.reason}) in ${(info.delayMs / 1000).toFixed(1)} s`)
    });
    return {
        client,
        registry: who.registry,
        tokenKind,
        explain: (error, action, repository, write) => explain(error, {
            action,
            registry: who.registry,
            repository,
            tokenKind,
            username: who.username,
            github: (0,token/* isGitHubRegistry */.vX)(who.registry, ctx.serverUrl),
            write,
            settingsUrl: (0,token/* packageSettingsUrl */.vy)(ctx.serverUrl, repository, (0,context/* ownerIsOrganization */.To)(ctx)),
            forkPullRequest: (0,context/* isForkPullRequest */.B7)(ctx)
        }),
        close: () => client.close()
    };
}
/**
 * Proves the credentials for `repository` with the access asked for; closes the session and
 * throws the user's fix when anything is refused. Returns how the registry authenticates.
 */
async function verify(session, who, repository, access) {
    const repo = session.client.repository(repository);
    try {
        const ping = await session.client.transport.verify(repo.scope(access.scope));
        if (access.preflight) {
            const location = await repo.startUpload();
            await repo.cancelUpload(location);
        }
        const granted = session.client.transport.auth.granted;
        // A registry that asks for no credentials never gets the token: say that, not "logged in".
        const as = ping.auth === 'none'
            ? `${who.registry} asks for no credentials${who.token ? `, so ${(0,token/* withArticle */.vJ)(session.tokenKind)} of ${who.username} was not sent` : ''}`
            : who.token
                ? `Logged in to ${who.registry} as ${who.username} with ${(0,token/* withArticle */.vJ)(session.tokenKind)}`
                : `Reading ${who.registry} anonymously (no token)`;
        core/* info */.pq(as + (granted.length ? `; granted ${granted.join(' ')}` : ''));
        return ping.auth === 'none' ? 'open registry' : granted.join('<br>');
    }
    catch (error) {
        await session.close();
        throw session.explain(error, access.write ? `push to ${who.registry}/${repository}` : `log in to ${who.registry}`, repository, access.write);
    }
}
/** Logs in to the target registry with the action's credentials, for `image`. */
async function openTargetSession(inputs, ctx, access, early) {
    if (inputs.token)
        await (0,token/* adviseOnToken */.FQ)(inputs.token, inputs.command, inputs.registry, inputs.image.repository, ctx, inputs.tokenInput);
    const session = connect(inputs, ctx);
    early?.(session);
    const granted = await verify(session, inputs, inputs.image.repository, {
        scope: access.write || access.askPush ? 'push' : 'pull',
        write: access.write,
        preflight: !!access.preflight
    });
    summarizeLogin(inputs, session.tokenKind, granted, access);
    if (inputs.token && !credentialsWritten.has(inputs.registry)) {
        credentialsWritten.add(inputs.registry);
        const record = await (0,docker_config/* writeDockerCredentials */.se)((0,docker_config/* dockerAuthKey */.Q)(inputs.registry), inputs.username, inputs.token, ctx.runnerTemp);
        if (inputs.logout) {
            records.push(record);
            (0,state/* saveState */.LZ)({ dockerConfigs: records });
        }
        core/* info */.pq(`Docker CLI credentials for ${inputs.registry} written to ${record.path}${inputs.logout ? '; the post step takes them out again' : ''}`);
    }
    return session;
}
/** Registries whose Docker credentials this run wrote, once each, and the post step's records. */
const credentialsWritten = new Set();
const records = [];
/**
 * A session for reading `source`: the action's own login when it is on the target's
 * registry; otherwise the Docker config's credentials for that registry, or none.
 *
 * `early` is called with the session before the login is checked, to send a read beside it
 * (the login's ping then costs no round trip of its own); its failures are the caller's to
 * await, after the login's, which come first.
 */
async function openSourceSession(inputs, ctx, source, early) {
    if (source.registry === inputs.registry) {
        return openTargetSession({ ...inputs, image: source }, ctx, { write: false }, early);
    }
    const credentials = await (0,docker_config/* readDockerCredentials */.BO)(source.registry);
    if (credentials?.password)
        core/* setSecret */.Pq(credentials.password);
    core/* info */.pq(credentials
        ? `Credentials for ${source.registry} from the Docker config`
        : `No credentials for ${source.registry} in the Docker config`);
    const who = {
        registry: source.registry,
        username: credentials?.username ?? '',
        token: credentials?.password ?? ''
    };
    const session = connect(who, ctx);
    early?.(session);
    await verify(session, who, source.repository, { scope: 'pull', write: false, preflight: false });
    return session;
}
function summarizeLogin(inputs, kind, granted, access) {
    core/* summary */.z.addHeading('Registry login', 3);
    core/* summary */.z.addTable([
        [
            { data: 'registry', header: true },
            { data: 'identity', header: true },
            { data: 'credential', header: true },
            { data: 'access', header: true }
        ],
        [
            inputs.registry,
            (0,log/* html */.q)(inputs.username || 'anonymous'),
            token/* TOKEN_KIND_LABEL */.wn[kind],
            granted ||
                (access.preflight ? 'push (upload preflight passed)' : access.write ? 'push' : 'pull')
        ]
    ]);
}


/***/ }),

/***/ 2970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ dockerArchiveStream),
  z: () => (/* binding */ readDockerArchive)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/registry/compress.ts
/**
 * gzip for layers the action compresses itself (from `docker save`), tuned for push speed:
 * level 1, which on this kind of content is within 2% of level 6's size at about twice the
 * speed, and windows that do not compress (already-compressed files, random data) are stored
 * instead of deflated, as pigz-style tools do. A sample of each 1 MiB window is test-compressed
 * to decide. The output is one ordinary gzip member (RFC 1952) that any reader decompresses.
 *
 * The member is framed here around a raw deflate stream, because Node applies `params()` (the
 * level switch between windows) to deflate streams only, not to gzip ones.
 */

/** node:zlib, loaded with the first layer compressed: most steps compress nothing. */
const zlib = () => process.getBuiltinModule('node:zlib');
const WINDOW = 1024 * 1024;
const SAMPLE = 32 * 1024;
/** A sample that deflates to more than this fraction of its size is stored. */
const STORE_ABOVE = 0.97;
/** gzip header: magic, deflate, no flags, no mtime (reproducible), no extra flags, OS unknown. */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** Whether a sample is worth deflating. */
function compressible(sample) {
    if (sample.length === 0)
        return true;
    return zlib().deflateRawSync(sample, { level: 1 }).length <= sample.length * STORE_ABOVE;
}
/**
 * A gzip stream that picks, per 1 MiB window, between deflating at `level` (default 1) and
 * storing. `adaptive: false` deflates every window at `level`.
 */
function createLayerGzip(options = {}) {
    return new LayerGzip(options.level ?? 1, options.adaptive ?? true);
}
class LayerGzip extends external_node_stream_.Transform {
    level;
    adaptive;
    deflate;
    current;
    pending = [];
    pendingSize = 0;
    crc = 0;
    size = 0;
    constructor(level, adaptive) {
        super();
        this.level = level;
        this.adaptive = adaptive;
        this.current = level;
        this.deflate = zlib().createDeflateRaw({ level, chunkSize: 256 * 1024 });
        this.deflate.on('data', (chunk) => this.push(chunk));
        this.deflate.on('error', error => this.destroy(error));
        this.push(HEADER);
    }
    _transform(chunk, _encoding, callback) {
        this.crc = zlib().crc32(chunk, this.crc);
        this.size += chunk.length;
        this.pending.push(chunk);
        this.pendingSize += chunk.length;
        if (this.pendingSize < WINDOW)
            return callback();
        this.writeWindows().then(() => callback(), callback);
    }
    /** Writes every full window held; the remainder waits for more input or the end. */
    async writeWindows() {
        const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
        let offset = 0;
        for (; all.length - offset >= WINDOW; offset += WINDOW) {
            await this.writeWindow(all.subarray(offset, offset + WINDOW));
        }
        const rest = all.subarray(offset);
        this.pending = rest.length ? [rest] : [];
        this.pendingSize = rest.length;
    }
    _flush(callback) {
        const rest = this.pendingSize ? Buffer.concat(this.pending) : undefined;
        this.pending = [];
        this.pendingSize = 0;
        (rest ? this.writeWindow(rest) : Promise.resolve())
            .then(() => {
            this.deflate.once('end', () => {
                const trailer = Buffer.alloc(8);
                trailer.writeUInt32LE(this.crc >>> 0, 0);
                trailer.writeUInt32LE(this.size % 2 ** 32, 4);
                callback(null, trailer);
            });
            this.deflate.end();
        })
            .catch(callback);
    }
    async writeWindow(window) {
        if (this.adaptive) {
            const wanted = compressible(window.subarray(0, SAMPLE))
                ? this.level
                : zlib().constants.Z_NO_COMPRESSION;
            if (wanted !== this.current) {
                await new Promise(resolve => this.deflate.params(wanted, zlib().constants.Z_DEFAULT_STRATEGY, () => resolve()));
                this.current = wanted;
            }
        }
        if (!this.deflate.write(window))
            await new Promise(resolve => this.deflate.once('drain', () => resolve()));
    }
}

// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/registry/tar.ts
/**
 * A streaming tar reader and writer (POSIX ustar with pax extended headers; GNU long names
 * and base-256 sizes read). Enough for `docker save` archives and docker-loadable output; the
 * reader never touches the filesystem, and entry names are validated as they are read.
 */


const BLOCK = 512;
/** A tar entry name that could escape a directory or is otherwise unsafe. */
class TarPathError extends Error {
    entry;
    constructor(entry) {
        super(`unsafe path in archive: ${JSON.stringify(entry)}`);
        this.entry = entry;
        this.name = 'TarPathError';
    }
}
/** Normalises an entry name and refuses absolute paths, `..` components and NUL bytes. */
function safeEntryName(name) {
    if (name.includes('\0') || name.startsWith('/') || /^[A-Za-z]:/.test(name))
        throw new TarPathError(name);
    const parts = name.split('/').filter(p => p !== '' && p !== '.');
    if (parts.some(p => p === '..'))
        throw new TarPathError(name);
    return parts.join('/');
}
function readString(buf, offset, length) {
    const end = buf.indexOf(0, offset);
    return buf.toString('utf8', offset, end >= 0 && end < offset + length ? end : offset + length);
}
function readNumber(buf, offset, length) {
    if ((buf[offset] & 0x80) !== 0) {
        // GNU base-256: big-endian, first byte's top bit set.
        let value = buf[offset] & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + buf[offset + i];
        return value;
    }
    const text = readString(buf, offset, length).trim();
    return text ? parseInt(text, 8) : 0;
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return sum === readNumber(block, 148, 8);
}
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space < 0)
            break;
        const length = parseInt(data.toString('utf8', pos, space), 10);
        if (!length || length < 0)
            break;
        const record = data.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += length;
    }
    return out;
}
/** Pulls exact byte counts out of a stream of chunks. */
class ByteSource {
    iterator;
    buffered = [];
    size = 0;
    ended = false;
    constructor(iterator) {
        this.iterator = iterator;
    }
    async fill(n) {
        while (this.size < n && !this.ended) {
            const next = await this.iterator.next();
            if (next.done)
                this.ended = true;
            else {
                const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
                this.buffered.push(chunk);
                this.size += chunk.length;
            }
        }
        return this.size >= n;
    }
    /** Exactly `n` bytes, or null at a clean end of input. */
    async read(n) {
        if (!(await this.fill(n))) {
            if (this.size === 0)
                return null;
            throw new errors/* InvalidArchiveError */.qe('truncated tar archive');
        }
        const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
        const out = all.subarray(0, n);
        const rest = all.subarray(n);
        this.buffered = rest.length ? [rest] : [];
        this.size = rest.length;
        return out;
    }
    /** Streams `n` bytes out as they arrive. */
    async *stream(n) {
        let left = n;
        while (left > 0) {
            if (this.size === 0 && !(await this.fill(1)))
                throw new errors/* InvalidArchiveError */.qe('truncated tar archive');
            const chunk = this.buffered.shift();
            if (chunk.length <= left) {
                this.size -= chunk.length;
                left -= chunk.length;
                yield chunk;
            }
            else {
                this.buffered.unshift(chunk.subarray(left));
                this.size -= left;
                yield chunk.subarray(0, left);
                left = 0;
            }
        }
    }
    /** Consumes and discards the rest of the input. */
    async drain() {
        this.buffered = [];
        this.size = 0;
        while (!this.ended) {
            const next = await this.iterator.next();
            if (next.done)
                this.ended = true;
        }
    }
    async skip(n) {
        for await (const _ of this.stream(n))
            void _;
    }
}
/**
 * Reads a tar archive from a stream, entry by entry, in one pass. Names are validated with
 * {@link safeEntryName}; a bad checksum or a truncated archive fails.
 */
async function* readTar(input) {
    const source = new ByteSource(input[Symbol.asyncIterator]());
    let pax = {};
    let longName;
    let longLink;
    for (;;) {
        const block = await source.read(BLOCK);
        if (!block)
            return;
        if (block.every(b => b === 0)) {
            // End of archive. Read what follows (the second zero block, record padding) so that a
            // producer writing into a pipe (docker save) can finish and exit.
            await source.drain();
            return;
        }
        if (!checksumOk(block))
            throw new errors/* InvalidArchiveError */.qe('tar header checksum mismatch: not a tar archive, or corrupted');
        const flag = String.fromCharCode(block[156]);
        const size = readNumber(block, 124, 12);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
            if (size > 1024 * 1024)
                throw new errors/* InvalidArchiveError */.qe('tar extended header over 1 MiB');
            const block = await source.read(padded);
            if (!block)
                throw new errors/* InvalidArchiveError */.qe('truncated tar archive (in an extended header)');
            const data = block.subarray(0, size);
            if (flag === 'x')
                pax = parsePax(data);
            else if (flag === 'L')
                longName = readString(data, 0, data.length);
            else if (flag === 'K')
                longLink = readString(data, 0, data.length);
            continue;
        }
        const prefix = block.toString('utf8', 257, 263).startsWith('ustar')
            ? readString(block, 345, 155)
            : '';
        const rawName = pax.path ??
            longName ??
            (prefix ? `${prefix}/${readString(block, 0, 100)}` : readString(block, 0, 100));
        const header = {
            name: safeEntryName(rawName),
            size: pax.size ? Number(pax.size) : size,
            type: flag === '0' || flag === '\0' || flag === '7'
                ? 'file'
                : flag === '5'
                    ? 'directory'
                    : flag === '2'
                        ? 'symlink'
                        : flag === '1'
                            ? 'hardlink'
                            : 'other',
            linkname: pax.linkpath ?? longLink ?? readString(block, 157, 100),
            mode: readNumber(block, 100, 8)
        };
        pax = {};
        longName = undefined;
        longLink = undefined;
        const dataSize = header.type === 'file' ? header.size : size;
        const dataPadded = Math.ceil(dataSize / BLOCK) * BLOCK;
        let consumed = false;
        yield {
            header,
            body: async function* () {
                if (consumed)
                    throw new errors/* InvalidArchiveError */.qe(`tar entry ${header.name} was already read`);
                consumed = true;
                yield* source.stream(dataSize);
            }
        };
        if (!consumed)
            await source.skip(dataSize);
        await source.skip(dataPadded - dataSize);
    }
}
function octal(value, length) {
    return value.toString(8).padStart(length - 1, '0') + '\0';
}
function headerBlock(name, size, flag, mode, mtime) {
    const block = Buffer.alloc(BLOCK);
    block.write(name, 0, 100, 'utf8');
    block.write(octal(mode, 8), 100);
    block.write(octal(0, 8), 108);
    block.write(octal(0, 8), 116);
    block.write(octal(size, 12), 124);
    block.write(octal(mtime, 12), 136);
    block.write('        ', 148);
    block.write(flag, 156);
    block.write('ustar\0', 257);
    block.write('00', 263);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += block[i];
    block.write(octal(sum, 7) + ' ', 148);
    return block;
}
/** One pax record, `<length> <key>=<value>\n`, its length counting itself. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body);
    while (String(length).length + Buffer.byteLength(body) !== length) {
        length = String(length).length + Buffer.byteLength(body);
    }
    return `${length}${body}`;
}
/** A ustar header, preceded by a pax extended header when the name is over 100 bytes. */
function tarHeader(name, size, type = 'file', mtime = 0) {
    const flag = type === 'directory' ? '5' : '0';
    const mode = type === 'directory' ? 0o755 : 0o644;
    if (Buffer.byteLength(name) <= 100)
        return headerBlock(name, size, flag, mode, mtime);
    const data = Buffer.from(paxRecord('path', name));
    const pad = Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK);
    return Buffer.concat([
        headerBlock('././@PaxHeader', data.length, 'x', 0o644, mtime),
        data,
        pad,
        headerBlock(name.slice(0, 100), size, flag, mode, mtime)
    ]);
}
/**
 * Writes entries as one tar stream. Entries are produced lazily, one after the other, so a
 * layer is only opened when the archive reaches it; a stream whose length differs from `size`
 * fails the archive.
 */
function writeTar(entries) {
    async function* generate() {
        for await (const entry of entries) {
            yield tarHeader(entry.name, entry.size);
            let written = 0;
            if (Buffer.isBuffer(entry.content)) {
                written = entry.content.length;
                yield entry.content;
            }
            else {
                for await (const chunk of entry.content()) {
                    written += chunk.length;
                    if (written > entry.size)
                        throw new errors/* InvalidArchiveError */.qe(`tar entry ${entry.name} is longer than ${entry.size} bytes`);
                    yield chunk;
                }
            }
            if (written !== entry.size)
                throw new errors/* InvalidArchiveError */.qe(`tar entry ${entry.name} has ${written} bytes, not ${entry.size}`);
            const pad = (BLOCK - (entry.size % BLOCK)) % BLOCK;
            if (pad)
                yield Buffer.alloc(pad);
        }
        yield Buffer.alloc(BLOCK * 2);
    }
    return external_node_stream_.Readable.from(generate(), { objectMode: false });
}

// EXTERNAL MODULE: ./src/registry/verify.ts
var verify = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
;// CONCATENATED MODULE: ./src/registry/archive.ts
/**
 * `docker save` archives (`docker-archive:`), read in one streaming pass and written as a
 * stream for `docker load`.
 *
 * Reading turns an archive into an OCI image layout on disk, which the copy then pushes:
 * - the OCI form newer engines write (`oci-layout`, `index.json`, `blobs/sha256/…`) keeps every
 *   blob and manifest byte for byte, so digests are preserved;
 * - the classic form (`manifest.json`, `<id>/layer.tar`, `<id>.json`) keeps the config bytes
 *   (so the image ID stays the config digest) and gzip-compresses uncompressed layers while they
 *   stream by, in zlib's thread pool; layers that are compressed already are kept as they are.
 * Entry names are validated before use, blob names must be valid digests, and every blob is
 * verified against its name before it is kept.
 */















/** Small entries (JSON documents) are kept in memory up to this size. */
const MAX_DOCUMENT = 16 * 1024 * 1024;
/** Hashes and counts what flows through. */
class Hasher extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    _transform(chunk, _e, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
    }
}
const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
function startsWith(buf, magic) {
    return magic.every((b, i) => buf[i] === b);
}
/** Yields the first chunk(s) after peeking at the first bytes. */
async function peek(body, n) {
    const first = [];
    let size = 0;
    while (size < n) {
        const next = await body.next();
        if (next.done)
            break;
        first.push(next.value);
        size += next.value.length;
    }
    const head = Buffer.concat(first);
    async function* rest() {
        if (head.length)
            yield head;
        yield* body;
    }
    return { head, rest: rest() };
}
async function readDocument(body, name) {
    const parts = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > MAX_DOCUMENT)
            throw new errors/* InvalidArchiveError */.qe(`archive entry ${name} is over ${MAX_DOCUMENT} bytes`);
        parts.push(chunk);
    }
    return Buffer.concat(parts);
}
const repoTagsOf = (m) => m?.RepoTags ?? [];
/**
 * Reads a `docker save` archive from `input` into the OCI layout at `dir` (created if needed).
 * Nothing is recorded in index.json unless the whole archive was read and verified.
 */
async function readDockerArchive(input, dir, options = {}) {
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
    const contents = await readEntries(input, dir, options);
    const tag = options.tag ?? 'latest';
    const manifestJson = contents.documents.get('manifest.json');
    const entries = manifestJson ? JSON.parse(manifestJson.toString('utf8')) : [];
    const chosen = options.image
        ? entries.find(e => repoTagsOf(e).includes(options.image))
        : entries.length === 1
            ? entries[0]
            : undefined;
    if (contents.documents.has('index.json') && contents.documents.has('oci-layout'))
        return keepOciLayout(contents, dir, entries, chosen, options.image, tag);
    if (!manifestJson)
        throw new errors/* InvalidArchiveError */.qe('not a docker save archive: it has no manifest.json');
    if (!chosen) {
        const names = entries.flatMap(repoTagsOf);
        throw new errors/* InvalidArchiveError */.qe(options.image
            ? `the archive has no image ${options.image} (it has: ${names.join(', ') || 'untagged images'})`
            : `the archive holds ${entries.length} images; name one (${names.join(', ')})`);
    }
    return convertDockerImage(contents, dir, chosen, tag);
}
/**
 * Streams every entry of the archive: blobs into the store verified, layers stored (those that
 * come uncompressed, compressed in parallel), documents held. Resolves once every layer is in.
 */
async function readEntries(input, dir, options) {
    const contents = {
        documents: new Map(),
        blobs: new Map(),
        layers: new Map(),
        links: new Map()
    };
    const { documents, blobs, layers, links } = contents;
    const level = options.gzipLevel ?? 1;
    const compressor = new LayerCompressor(dir, Math.max(1, options.compressConcurrency ?? (0,external_node_os_.availableParallelism)()), level, (name, stored) => {
        layers.set(name, { ...stored, mediaType: media_types/* MediaType */.zu.DockerLayer, recompressed: true });
        options.onLayer?.({ ...stored, mediaType: media_types/* MediaType */.zu.DockerLayer });
    });
    for await (const entry of readTar(input)) {
        const { name, type, size } = entry.header;
        if (type === 'symlink' || type === 'hardlink') {
            // docker save links a repeated layer to its first copy.
            const target = type === 'symlink' ? (0,external_node_path_.join)(name, '..', entry.header.linkname) : entry.header.linkname;
            links.set(name, target.replace(/^\.\//, ''));
            continue;
        }
        if (type !== 'file')
            continue;
        const blob = /^blobs\/sha256\/([^/]+)$/.exec(name);
        if (blob) {
            const digest = `sha256:${blob[1]}`;
            if (!(0,registry_digest/* isDigest */.Bc)(digest))
                throw new errors/* InvalidArchiveError */.qe(`archive entry ${name} is not named by a valid digest`);
            // Streamed to disk and verified on the way, whatever its size: an archive of many
            // mid-sized layers must not be held in memory. Documents among the blobs (manifests,
            // configs) are read back from disk when needed.
            const tmp = (0,external_node_path_.join)(dir, 'blobs', 'sha256', `.partial-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
            try {
                await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(entry.body()), new verify/* VerifyStream */._O((0,registry_digest/* parseDigest */.m)(digest), size, `archive blob ${name}`), (0,external_node_fs_.createWriteStream)(tmp, { highWaterMark: 1 << 20 }));
                await (0,promises_.rename)(tmp, (0,layout/* blobPath */.nD)(dir, digest));
            }
            catch (error) {
                await (0,promises_.rm)(tmp, { force: true });
                throw error;
            }
            blobs.set(name, { digest: (0,registry_digest/* parseDigest */.m)(digest), size, mediaType: '' });
            continue;
        }
        // Everything but the JSON documents and metadata files is layer content, streamed.
        const isDocument = name.endsWith('.json') ||
            name.endsWith('/json') ||
            name === 'repositories' ||
            name === 'oci-layout' ||
            name.endsWith('/VERSION');
        if (!isDocument) {
            const { head, rest } = await peek(entry.body(), 64 * 1024);
            if (startsWith(head, GZIP_MAGIC) || startsWith(head, ZSTD_MAGIC)) {
                const stored = await storeBlob(dir, rest, undefined);
                const mediaType = startsWith(head, GZIP_MAGIC)
                    ? media_types/* MediaType */.zu.DockerLayer
                    : media_types/* MediaType */.zu.OciLayerZstd;
                layers.set(name, { ...stored, mediaType });
                options.onLayer?.({ ...stored, mediaType });
            }
            else if (!compressible(head.subarray(512, 512 + 32 * 1024))) {
                // Content that does not compress (past the first tar header) is mostly stored, which
                // runs faster than docker save produces it: straight through, no spool to disk.
                const stored = await storeBlob(dir, rest, createLayerGzip({ level }));
                layers.set(name, { ...stored, mediaType: media_types/* MediaType */.zu.DockerLayer, recompressed: true });
                options.onLayer?.({ ...stored, mediaType: media_types/* MediaType */.zu.DockerLayer });
            }
            else {
                const raw = (0,external_node_path_.join)(dir, 'blobs', 'sha256', `.raw-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
                try {
                    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(rest), (0,external_node_fs_.createWriteStream)(raw, { highWaterMark: 1 << 20 }));
                }
                catch (error) {
                    await (0,promises_.rm)(raw, { force: true });
                    throw error;
                }
                compressor.add(name, raw);
            }
            continue;
        }
        documents.set(name, await readDocument(entry.body(), name));
    }
    await compressor.done();
    return contents;
}
/**
 * Uncompressed layers, spooled to disk as they stream by and compressed in parallel, so the
 * archive keeps flowing while earlier layers compress on every core.
 */
class LayerCompressor {
    dir;
    slots;
    level;
    onStored;
    jobs = [];
    running = 0;
    waiting = [];
    constructor(dir, slots, level, onStored) {
        this.dir = dir;
        this.slots = slots;
        this.level = level;
        this.onStored = onStored;
    }
    /** Compresses the spooled file `raw` of layer `name` when a slot is free, then removes it. */
    add(name, raw) {
        const job = (async () => {
            if (this.running >= this.slots)
                await new Promise(r => this.waiting.push(r));
            this.running++;
            try {
                const stored = await storeBlob(this.dir, (0,external_node_fs_.createReadStream)(raw, { highWaterMark: 1 << 20 }), createLayerGzip({ level: this.level }));
                this.onStored(name, stored);
            }
            finally {
                this.running--;
                this.waiting.shift()?.();
                await (0,promises_.rm)(raw, { force: true });
            }
        })();
        // Awaited (and its error reported) in done(); never an unhandled rejection.
        job.catch(() => undefined);
        this.jobs.push(job);
    }
    /** Settles when every layer is compressed; throws the first failure. */
    async done() {
        const results = await Promise.allSettled(this.jobs);
        const failed = results.find(r => r.status === 'rejected');
        if (failed)
            throw failed.reason;
    }
}
/** Writes `source` (through `transform`) into the store under its digest. */
async function storeBlob(dir, source, transform) {
    const tmp = (0,external_node_path_.join)(dir, 'blobs', 'sha256', `.partial-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const out = new Hasher();
    try {
        const stages = transform
            ? [external_node_stream_.Readable.from(source), transform, out, (0,external_node_fs_.createWriteStream)(tmp, { highWaterMark: 1 << 20 })]
            : [external_node_stream_.Readable.from(source), out, (0,external_node_fs_.createWriteStream)(tmp, { highWaterMark: 1 << 20 })];
        await (0,external_node_stream_promises_.pipeline)(...stages);
        const digest = `sha256:${out.hash.digest('hex')}`;
        await (0,promises_.rename)(tmp, (0,layout/* blobPath */.nD)(dir, digest));
        return { digest, size: out.bytes };
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
}
/** A JSON document of the archive: a named file, or a blob (read back from the layout). */
async function documentOf(contents, dir, name) {
    const held = contents.documents.get(name);
    if (held)
        return held;
    const blob = contents.blobs.get(name);
    if (!blob || blob.size > MAX_DOCUMENT)
        return undefined;
    return (0,promises_.readFile)((0,layout/* blobPath */.nD)(dir, blob.digest));
}
/** OCI form: the archive is a layout already; its manifests and blobs are kept byte for byte. */
async function keepOciLayout(contents, dir, entries, chosen, image, tag) {
    const idx = JSON.parse(contents.documents.get('index.json').toString('utf8'));
    let root = idx.manifests.length === 1 ? idx.manifests[0] : undefined;
    if (chosen || image) {
        const want = image ?? repoTagsOf(chosen)[0];
        root =
            idx.manifests.find(m => m.annotations?.['io.containerd.image.name']?.endsWith(`/${want}`) ||
                m.annotations?.['io.containerd.image.name'] === want ||
                m.annotations?.[layout/* REF_NAME */.w5] === want) ?? root;
    }
    if (!root)
        throw new errors/* InvalidArchiveError */.qe(`the archive holds ${idx.manifests.length} images; name one (${entries.flatMap(repoTagsOf).join(', ')})`);
    if (!contents.blobs.has(`blobs/sha256/${root.digest.slice(7)}`))
        throw new errors/* InvalidArchiveError */.qe(`the archive's index.json names ${root.digest}, which the archive does not hold`);
    (0,media_types/* parseManifest */.Ng)((await documentOf(contents, dir, `blobs/sha256/${root.digest.slice(7)}`)) ?? Buffer.alloc(0), root.mediaType);
    await writeLayoutIndex(dir, { mediaType: root.mediaType, digest: root.digest, size: root.size }, tag);
    return {
        root: { mediaType: root.mediaType, digest: root.digest, size: root.size },
        repoTags: chosen ? repoTagsOf(chosen) : entries.flatMap(repoTagsOf),
        converted: false
    };
}
/** Docker form: a schema 2 manifest written for the chosen image's config and layers. */
async function convertDockerImage(contents, dir, chosen, tag) {
    const configName = chosen.Config;
    const configBytes = await documentOf(contents, dir, configName);
    if (!configBytes)
        throw new errors/* InvalidArchiveError */.qe(`the archive's manifest.json names config ${configName}, which the archive does not hold`);
    const config = JSON.parse(configBytes.toString('utf8'));
    const configDigest = (0,registry_digest/* sha256 */.sc)(configBytes);
    await (0,promises_.writeFile)((0,layout/* blobPath */.nD)(dir, configDigest), configBytes);
    const diffIds = config.rootfs?.diff_ids ?? [];
    const resolve = (name) => {
        let current = name;
        for (let i = 0; i < 16 && contents.links.has(current); i++)
            current = contents.links.get(current);
        return current;
    };
    let converted = false;
    const layerDescriptors = chosen.Layers.map((layerName, i) => {
        const foreign = diffIds[i] ? chosen.LayerSources?.[diffIds[i]] : undefined;
        if (foreign)
            return foreign;
        const resolved = resolve(layerName);
        const record = contents.layers.get(resolved) ?? contents.blobs.get(resolved);
        if (!record)
            throw new errors/* InvalidArchiveError */.qe(`the archive's manifest.json names layer ${layerName}, which the archive does not hold`);
        if (record.recompressed)
            converted = true;
        return {
            mediaType: record.mediaType || media_types/* MediaType */.zu.DockerLayer,
            digest: record.digest,
            size: record.size
        };
    });
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.DockerManifest,
        config: { mediaType: media_types/* MediaType */.zu.DockerConfig, digest: configDigest, size: configBytes.length },
        layers: layerDescriptors
    }));
    const manifestDigest = (0,registry_digest/* sha256 */.sc)(manifest);
    await (0,promises_.writeFile)((0,layout/* blobPath */.nD)(dir, manifestDigest), manifest);
    const root = {
        mediaType: media_types/* MediaType */.zu.DockerManifest,
        digest: manifestDigest,
        size: manifest.length
    };
    await writeLayoutIndex(dir, root, tag);
    return { root, repoTags: repoTagsOf(chosen), converted };
}
async function writeLayoutIndex(dir, root, tag) {
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const index = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.OciIndex,
        manifests: [
            {
                mediaType: root.mediaType,
                digest: root.digest,
                size: root.size,
                annotations: { [layout/* REF_NAME */.w5]: tag }
            }
        ]
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'index.json'), JSON.stringify(index));
}
/**
 * A docker-loadable archive of one image, as a stream: `manifest.json` with `RepoTags`, the
 * config, then each layer as it is read from `source` (compressed layers are fine: `docker load`
 * decompresses them and checks them against the config's diff_ids).
 */
async function dockerArchiveStream(source, manifestDesc, manifestBytes, repoTags) {
    const parsed = (0,media_types/* parseManifest */.Ng)(manifestBytes, manifestDesc.mediaType);
    if (parsed.kind !== 'image')
        throw new errors/* InvalidArchiveError */.qe('a docker archive holds one platform image, not an index');
    const m = parsed.manifest;
    const configBytes = await (0,store/* readSmallBlob */.t)(source, m.config);
    const configName = `${m.config.digest.slice(7)}.json`;
    const layerName = (d) => `${d.digest.slice(7)}.tar${d.mediaType.endsWith('gzip') ? '.gz' : d.mediaType.endsWith('zstd') ? '.zst' : ''}`;
    const manifestJson = Buffer.from(JSON.stringify([{ Config: configName, RepoTags: repoTags, Layers: m.layers.map(layerName) }]));
    const seen = new Set();
    const inputs = [{ name: configName, size: configBytes.length, content: configBytes }];
    for (const layer of m.layers) {
        if (seen.has(layer.digest))
            continue;
        seen.add(layer.digest);
        inputs.push({
            name: layerName(layer),
            size: layer.size,
            content: () => source.blob(layer).open(0)
        });
    }
    // The names come last: a reader (docker load) that sees the archive cut short before it has
    // tagged nothing.
    inputs.push({ name: 'manifest.json', size: manifestJson.length, content: manifestJson });
    return writeTar(inputs);
}


/***/ }),

/***/ 39190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ copyImage),
/* harmony export */   bD: () => (/* binding */ emptyStats),
/* harmony export */   ce: () => (/* binding */ SMALL_BLOB),
/* harmony export */   jG: () => (/* binding */ Limiter),
/* harmony export */   sN: () => (/* binding */ copyRoot),
/* harmony export */   yS: () => (/* binding */ copyResultOf)
/* harmony export */ });
/* unused harmony export SMALL_PER_SLOT */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35035);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99867);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/**
 * Copy as a graph walk: children before parents, so a manifest is never written before all it
 * references exists; blobs deduplicated by digest across the whole copy; a bounded number of
 * transfers at once; blobs the destination has are skipped, blobs another repository of the
 * same registry has are mounted; foreign layers keep their descriptors and URLs and are not
 * uploaded.
 */




/**
 * A tiny weighted semaphore: tasks take `weight` of `limit` units (1 unless told), in the order
 * they came; with `signal`, nothing new starts once it is aborted.
 */
class Limiter {
    limit;
    signal;
    used = 0;
    queue = [];
    constructor(limit, signal) {
        this.limit = limit;
        this.signal = signal;
    }
    async run(task, weight = 1) {
        const w = Math.min(Math.max(1, weight), this.limit);
        // Units are handed straight to the waiters in order, so no newcomer can overtake one, nor
        // take them in between and run over the limit.
        if (this.queue.length > 0 || this.used + w > this.limit)
            await new Promise(start => this.queue.push({ weight: w, start }));
        else
            this.used += w;
        try {
            // A copy that already failed starts nothing new.
            if (this.signal?.aborted)
                throw this.signal.reason;
            return await task();
        }
        finally {
            this.used -= w;
            while (this.queue.length > 0 && this.used + this.queue[0].weight <= this.limit) {
                const next = this.queue.shift();
                this.used += next.weight;
                next.start();
            }
        }
    }
}
/**
 * Blobs up to this size are bound by round trips, not bandwidth: they run `SMALL_PER_SLOT` to a
 * transfer slot, so that an image of many small layers moves in one or two round trips.
 */
const SMALL_BLOB = 1024 * 1024;
const SMALL_PER_SLOT = 4;
/** Copies the image (or index) `source` names to `destination`. */
async function copyImage(source, destination, options = {}) {
    // The first failure aborts the transfers still running; the copy reports only after every
    // one of them has stopped, so nothing is left writing behind the caller's back.
    const controller = new AbortController();
    const units = Math.max(1, options.concurrency ?? 4) * SMALL_PER_SLOT;
    const limiter = new Limiter(units, controller.signal);
    // Each transfer listens for the abort; as many at once as the limiter lets run is expected.
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(units + 10, controller.signal);
    // Manifests take turns too: an index of thousands of children must not open thousands of
    // requests (and connections, and files) at once. A slot is held for one request, never
    // while waiting for children, so nested indexes cannot starve each other.
    const manifestLimiter = new Limiter(Math.max(1, options.concurrency ?? 4), controller.signal);
    const all = async (tasks) => {
        const results = await Promise.allSettled(tasks);
        const failed = results.find(r => r.status === 'rejected');
        // Report the failure that started it all, not a sibling's "aborted" that followed from it.
        if (failed)
            throw controller.signal.aborted ? controller.signal.reason : failed.reason;
    };
    const stats = emptyStats();
    const blobs = new Map();
    const manifests = new Map();
    /** Counts a blob that is done, and tells the listener how. */
    const done = (desc, outcome) => {
        stats[outcome]++;
        if (outcome === 'copied')
            stats.bytesCopied += desc.size;
        else if (outcome !== 'foreign')
            stats.bytesReused += desc.size;
        options.onBlobDone?.(desc, outcome);
    };
    /** Reports a blob the destination holds as part of a manifest it has, without asking. */
    const heldBlob = (desc) => {
        let pending = blobs.get(desc.digest);
        if (!pending) {
            pending = Promise.resolve();
            blobs.set(desc.digest, pending);
            done(desc, (0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isDistributable */ .bq)(desc.mediaType) ? 'present' : 'foreign');
        }
        return pending;
    };
    const copyBlob = (desc) => {
        let pending = blobs.get(desc.digest);
        if (!pending) {
            pending = limiter
                .run(async () => {
                if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isDistributable */ .bq)(desc.mediaType))
                    return done(desc, 'foreign');
                if (await destination.hasBlob(desc))
                    return done(desc, 'present');
                if (source.mountFrom &&
                    destination.mountBlob &&
                    (await destination.mountBlob(desc, source.mountFrom))) {
                    return done(desc, 'mounted');
                }
                options.onBlobStart?.(desc);
                const progress = options.onBlobProgress
                    ? (n) => options.onBlobProgress(desc, n)
                    : undefined;
                await destination.putBlob(desc, source.blob(desc), progress, controller.signal);
                done(desc, 'copied');
            }, desc.size > SMALL_BLOB ? SMALL_PER_SLOT : 1)
                .catch((error) => {
                if (!controller.signal.aborted)
                    controller.abort(error);
                throw error;
            });
            blobs.set(desc.digest, pending);
        }
        return pending;
    };
    /** Copies a manifest and everything below it; `tag` only for the root. */
    const copyManifest = (desc, bytes, tags) => {
        const key = `${desc.digest}\u0000${tags.join(',')}`;
        let pending = manifests.get(key);
        if (!pending) {
            pending = (async () => {
                const content = bytes ?? (await manifestLimiter.run(() => source.manifest(desc)));
                const parsed = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(content, desc.mediaType, `manifest ${desc.digest} of ${source.description}`);
                const full = { ...desc, mediaType: parsed.mediaType };
                // One HEAD of an image's manifest stands for its config and layers (crane does the
                // same): an image pushed before costs no blob checks. An index's children are still
                // walked, each answering for its own blobs, so the report names every blob.
                const held = destination.holdsGraph !== undefined &&
                    (await manifestLimiter.run(() => destination.holdsGraph(full)));
                if (parsed.kind === 'index') {
                    await all(parsed.index.manifests.map(child => copyManifest(child, undefined, [])));
                }
                else {
                    const m = parsed.manifest;
                    const blob = held ? heldBlob : copyBlob;
                    await all([blob(m.config), ...m.layers.map(blob)]);
                }
                await manifestLimiter.run(async () => {
                    if (tags.length === 0) {
                        // Where holdsGraph answered no, the manifest was not there: no need to ask twice.
                        const present = held ||
                            (destination.holdsGraph === undefined && (await destination.hasManifest(full)));
                        if (!present)
                            await destination.putManifest(full, content);
                    }
                    else {
                        for (const tag of tags)
                            await destination.putManifest(full, content, tag);
                    }
                });
                options.onManifest?.(full);
            })();
            manifests.set(key, pending);
        }
        return pending;
    };
    const { desc: rootDesc, bytes: rootBytes, parsed } = await copyRoot(source, options.platform);
    await copyManifest(rootDesc, rootBytes, options.tags ?? []);
    await destination.commit?.();
    return copyResultOf(rootBytes, parsed, stats);
}
/**
 * The manifest a copy starts from: the source's root, or, with `platform`, that platform's
 * image of the root index.
 */
async function copyRoot(source, platform) {
    const root = await source.root();
    const parsed = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(root.bytes, root.mediaType, source.description);
    const desc = { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length };
    if (!platform || parsed.kind !== 'index')
        return { desc, bytes: root.bytes, parsed };
    const child = parsed.index.manifests.find(m => (0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .platformMatches */ .J5)(m.platform, platform));
    if (!child) {
        const have = parsed.index.manifests.map(m => m.platform ? (0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(m.platform) : m.digest);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PlatformNotFoundError */ .zz(source.description, platform, have);
    }
    const bytes = await source.manifest(child);
    return {
        desc: {
            mediaType: child.mediaType,
            digest: child.digest,
            size: child.size,
            ...(child.platform && { platform: child.platform })
        },
        bytes,
        parsed: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(bytes, child.mediaType, `manifest ${child.digest} of ${source.description}`)
    };
}
/** Statistics of a copy that has moved nothing yet. */
function emptyStats() {
    return { copied: 0, present: 0, mounted: 0, foreign: 0, bytesCopied: 0, bytesReused: 0 };
}
/** What a copy of the manifest `bytes` reports: its digest, children or config, and `stats`. */
function copyResultOf(bytes, parsed, stats) {
    return {
        digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes),
        mediaType: parsed.mediaType,
        size: bytes.length,
        manifests: parsed.kind === 'index'
            ? parsed.index.manifests.map(m => ({
                digest: m.digest,
                mediaType: m.mediaType,
                size: m.size,
                ...(m.platform && { platform: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(m.platform) })
            }))
            : [],
        ...(parsed.kind === 'image' && { configDigest: parsed.manifest.config.digest }),
        stats
    };
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   Dz: () => (/* binding */ UnsupportedManifestError),
/* harmony export */   Ks: () => (/* binding */ InvalidLayoutError),
/* harmony export */   WM: () => (/* binding */ TlsError),
/* harmony export */   Y4: () => (/* binding */ isCertificateError),
/* harmony export */   gd: () => (/* binding */ ContentMismatchError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   pE: () => (/* binding */ IncompleteBodyError),
/* harmony export */   qe: () => (/* binding */ InvalidArchiveError),
/* harmony export */   tG: () => (/* binding */ ErrorCodes),
/* harmony export */   zz: () => (/* binding */ PlatformNotFoundError)
/* harmony export */ });
/**
 * Structured registry errors (after go-containerregistry's `transport/error.go`): the HTTP
 * status, the OCI distribution spec's error codes, the method and a URL with secrets removed.
 */
/**
 * The error codes of the OCI distribution spec ("Error Codes"), plus the two that Docker's
 * registry and ghcr.io send for rate limits and outages.
 */
const ErrorCodes = {
    BLOB_UNKNOWN: 'BLOB_UNKNOWN',
    BLOB_UPLOAD_INVALID: 'BLOB_UPLOAD_INVALID',
    BLOB_UPLOAD_UNKNOWN: 'BLOB_UPLOAD_UNKNOWN',
    DIGEST_INVALID: 'DIGEST_INVALID',
    MANIFEST_BLOB_UNKNOWN: 'MANIFEST_BLOB_UNKNOWN',
    MANIFEST_INVALID: 'MANIFEST_INVALID',
    MANIFEST_UNKNOWN: 'MANIFEST_UNKNOWN',
    NAME_INVALID: 'NAME_INVALID',
    NAME_UNKNOWN: 'NAME_UNKNOWN',
    SIZE_INVALID: 'SIZE_INVALID',
    UNAUTHORIZED: 'UNAUTHORIZED',
    DENIED: 'DENIED',
    UNSUPPORTED: 'UNSUPPORTED',
    TOOMANYREQUESTS: 'TOOMANYREQUESTS',
    UNAVAILABLE: 'UNAVAILABLE'
};
/** Statuses worth retrying whatever the body says: the server may answer differently next time. */
const TEMPORARY_STATUSES = new Set([408, 429, 502, 503, 504]);
/** A spec error entry as one short phrase: `CODE: message (detail)`. */
function describeCode(c) {
    let detail = '';
    if (c.detail !== undefined && c.detail !== null && c.detail !== '') {
        const text = typeof c.detail === 'string' ? c.detail : JSON.stringify(c.detail);
        detail = ` (${text.length > 200 ? `${text.slice(0, 200)}…` : text})`;
    }
    // A registry's words go into logs and annotations: no control characters, so they cannot
    // start a line (or a workflow command) of their own.
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    return `${c.code}: ${c.message ?? ''}${detail}`.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
/** Removes credentials and signatures from a URL for messages: query values and userinfo. */
function redactUrl(url) {
    const u = new URL(url.toString());
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()])
        u.searchParams.set(key, 'REDACTED');
    return u.toString().replace(/=REDACTED/g, '=…');
}
/** A registry answered with an error status. */
class RegistryError extends Error {
    status;
    method;
    url;
    codes;
    headers;
    /**
     * Whether retrying may succeed: 408, 429, 502 to 504, a spec code saying so, or a 500 that
     * carries no spec error body. A 500 with the spec's body is the registry's considered answer
     * (Distribution sends `500 {"errors":[{"message":"invalid URL on layer"…` for a manifest it
     * refuses), which another attempt would only repeat.
     */
    temporary;
    constructor(status, method, url, codes = [], headers = {}) {
        const what = codes.length ? codes.map(describeCode).join('; ') : `HTTP ${status}`;
        super(`${method} ${url}: ${what}${codes.length ? ` (HTTP ${status})` : ''}`);
        this.status = status;
        this.method = method;
        this.url = url;
        this.codes = codes;
        this.headers = headers;
        this.name = 'RegistryError';
        this.temporary =
            TEMPORARY_STATUSES.has(status) ||
                (status === 500 && codes.length === 0) ||
                this.hasCode(ErrorCodes.TOOMANYREQUESTS, ErrorCodes.UNAVAILABLE);
    }
    /** The registry's own words: each spec error as `CODE: message (detail)`, or empty. */
    get registrySays() {
        return this.codes.map(describeCode).join('; ');
    }
    /** Whether any spec error's message matches `pattern` (for registries' documented texts). */
    messageMatches(pattern) {
        return this.codes.some(c => pattern.test(c.message ?? ''));
    }
    /** Whether any error code equals one of `codes` (case-insensitive). */
    hasCode(...codes) {
        const wanted = codes.map(c => c.toUpperCase());
        return this.codes.some(c => typeof c.code === 'string' && wanted.includes(c.code.toUpperCase()));
    }
}
/** Content did not match its descriptor: wrong digest or wrong size. Never retried silently. */
class ContentMismatchError extends Error {
    what;
    expected;
    actual;
    constructor(what, expected, actual) {
        super(`${what}: expected ${expected}, got ${actual}`);
        this.what = what;
        this.expected = expected;
        this.actual = actual;
        this.name = 'ContentMismatchError';
    }
}
/**
 * A body ended before its declared size without a connection error. Worth another attempt
 * (resumed from what arrived); after the last one it is reported as the size mismatch it is.
 */
class IncompleteBodyError extends ContentMismatchError {
    temporary = true;
    constructor(what, expected, received) {
        super(what, `${expected} bytes`, `${received} bytes`);
        this.name = 'IncompleteBodyError';
    }
}
/** A tar stream or `docker save` archive that cannot be read as one. */
class InvalidArchiveError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InvalidArchiveError';
    }
}
/** A directory that is not a usable OCI image layout, or lacks what its index names. */
class InvalidLayoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InvalidLayoutError';
    }
}
/** An index has no image for the platform asked for; `available` lists what it has. */
class PlatformNotFoundError extends Error {
    source;
    wanted;
    available;
    constructor(source, wanted, available) {
        super(`${source} has no ${wanted} image (it has: ${available.join(', ') || 'none'})`);
        this.source = source;
        this.wanted = wanted;
        this.available = available;
        this.name = 'PlatformNotFoundError';
    }
}
/** The registry could not be reached (DNS, refused, reset, timeout), after `attempts` tries. */
class NetworkError extends Error {
    method;
    url;
    code;
    attempts;
    constructor(method, url, code, attempts, cause) {
        super(`${method} ${url}: ${code}${attempts > 1 ? ` after ${attempts} attempts` : ''}`, {
            cause
        });
        this.method = method;
        this.url = url;
        this.code = code;
        this.attempts = attempts;
        this.name = 'NetworkError';
    }
}
/** TLS verification failed: the certificate is not trusted, expired, or for another host. */
class TlsError extends Error {
    host;
    code;
    constructor(host, code, cause) {
        super(`TLS verification of ${host} failed (${code}); trust its CA with NODE_EXTRA_CA_CERTS if it is a private registry`, { cause });
        this.host = host;
        this.code = code;
        this.name = 'TlsError';
    }
}
/** A manifest the client will not handle (schema 1, an unknown media type, too large). */
class UnsupportedManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsupportedManifestError';
    }
}
/** Error codes of Node's TLS layer that mean "the certificate was not accepted". */
function isCertificateError(code) {
    return (!!code &&
        (code.startsWith('CERT_') ||
            code.startsWith('ERR_TLS_CERT') ||
            [
                'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
                'UNABLE_TO_GET_ISSUER_CERT',
                'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
                'DEPTH_ZERO_SELF_SIGNED_CERT',
                'SELF_SIGNED_CERT_IN_CHAIN',
                'HOSTNAME_MISMATCH'
            ].includes(code)));
}
/** The `code` of a Node/undici error, looking through `cause`. */
function errorCode(error) {
    let e = error;
    for (let depth = 0; e && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}


/***/ }),

/***/ 34108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ streamHash)
/* harmony export */ });
/* unused harmony export OFF_THREAD_MIN */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Hashing large blobs off the main thread. A download's main thread parses HTTP and hands
 * chunks to the file system; hashing every byte there as well (sha256 at about 1.5 GB/s) made
 * it the longest single piece of a pull. The main thread keeps one large blob; for every
 * other one downloading at the same time the chunks are copied into 1 MiB batches that
 * are handed over (transferred, not copied again) to one of two worker threads, which hash
 * them in order; the digest comes back when the blob ends. The batches in flight per blob are
 * bounded, so memory does not grow with the blob: a writer that outruns the hashing waits.
 *
 * Workers start when a second large blob is hashed at once, and hold the process open only
 * while they have work.
 * If a worker cannot be started, hashing happens inline, as for small blobs.
 */

const BATCH = 1024 * 1024;
/** Batches of one blob handed over and not yet hashed before its writer waits. */
const IN_FLIGHT = 4;
const WORKERS = 2;
/** Blobs smaller than this are hashed inline: a round trip to a thread costs more. */
const OFF_THREAD_MIN = 4 * BATCH;
// CommonJS, evaluated by the worker itself: no file to bundle.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const hashes = new Map()
parentPort.on('message', m => {
  if (m.op === 'start') hashes.set(m.id, createHash(m.algorithm))
  else if (m.op === 'data') {
    hashes.get(m.id).update(new Uint8Array(m.buffer, 0, m.length))
    parentPort.postMessage({ op: 'ack', id: m.id, buffer: m.buffer }, [m.buffer])
  } else if (m.op === 'end') {
    const hash = hashes.get(m.id)
    hashes.delete(m.id)
    parentPort.postMessage({ op: 'digest', id: m.id, hex: hash.digest('hex') })
  } else if (m.op === 'drop') hashes.delete(m.id)
})
`;
class HashThread {
    jobs = new Map();
    worker;
    constructor() {
        // The worker hashes buffers that live outside its heap: a small heap keeps its memory small.
        // Loaded with the first worker, not at start: most runs hash nothing large enough.
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        this.worker = new Worker(WORKER_SOURCE, {
            eval: true,
            resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 }
        });
        this.worker.on('message', (m) => {
            const job = this.jobs.get(m.id);
            if (m.buffer)
                spare.push(m.buffer);
            if (!job)
                return;
            if (m.op === 'ack')
                job.acked(m.buffer);
            else {
                this.jobs.delete(m.id);
                this.idle();
                job.digest(m.hex);
            }
        });
        this.worker.on('error', error => {
            for (const job of this.jobs.values())
                job.fail(error);
            this.jobs.clear();
            pool.splice(pool.indexOf(this), 1);
        });
        // After the listeners: listening for messages refs the worker again.
        this.worker.unref();
    }
    post(message, transfer) {
        this.worker.postMessage(message, transfer);
    }
    /** Holds the process open while a blob is being hashed here. */
    busy() {
        this.worker.ref();
    }
    idle() {
        if (this.jobs.size === 0)
            this.worker.unref();
    }
    drop(id) {
        if (!this.jobs.delete(id))
            return;
        this.post({ op: 'drop', id });
        this.idle();
    }
}
const pool = [];
/**
 * Batch buffers come back from the workers with their acknowledgements and are used again:
 * a fresh megabyte per batch would cost a page fault per page, a quarter-million per gigabyte.
 */
const spare = [];
const batchBuffer = () => {
    const buffer = spare.pop();
    return buffer ? Buffer.from(buffer) : Buffer.allocUnsafeSlow(BATCH);
};
let nextId = 0;
let unavailable = false;
function thread() {
    if (unavailable)
        return undefined;
    // The one with the fewest blobs; a new one only when every one has work.
    const least = pool.reduce((a, b) => (!a || b.jobs.size < a.jobs.size ? b : a), undefined);
    if (least && (least.jobs.size === 0 || pool.length >= WORKERS))
        return least;
    try {
        const fresh = new HashThread();
        pool.push(fresh);
        return fresh;
    }
    catch {
        unavailable = true;
        return least;
    }
}
class InlineHash {
    release;
    hash;
    constructor(algorithm, 
    /** Called once when the hash is finished or given up. */
    release) {
        this.release = release;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    }
    update(chunk) {
        this.hash.update(chunk);
        return undefined;
    }
    digest() {
        this.done();
        return Promise.resolve(this.hash.digest('hex'));
    }
    abort() {
        this.done();
    }
    done() {
        this.release?.();
        this.release = undefined;
    }
}
class ThreadHash {
    thread;
    id = nextId++;
    batch = batchBuffer();
    filled = 0;
    inFlight = 0;
    waiting;
    failure;
    result;
    constructor(thread, algorithm) {
        this.thread = thread;
        let settle;
        this.result = new Promise((resolve, reject) => (settle = { resolve, reject }));
        this.result.catch(() => undefined);
        thread.jobs.set(this.id, {
            acked: () => {
                this.inFlight--;
                const wake = this.waiting;
                this.waiting = undefined;
                wake?.();
            },
            digest: hex => settle.resolve(hex),
            fail: error => {
                this.failure = error;
                settle.reject(error);
                const wake = this.waiting;
                this.waiting = undefined;
                wake?.();
            }
        });
        thread.busy();
        thread.post({ op: 'start', id: this.id, algorithm });
    }
    update(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const n = chunk.copy(this.batch, this.filled, offset);
            this.filled += n;
            offset += n;
            if (this.filled === BATCH)
                this.send();
        }
        if (this.inFlight < IN_FLIGHT || this.failure)
            return undefined;
        return new Promise(resolve => (this.waiting = resolve));
    }
    send() {
        const { buffer } = this.batch;
        this.thread.post({ op: 'data', id: this.id, buffer, length: this.filled }, [
            buffer
        ]);
        this.inFlight++;
        this.batch = batchBuffer();
        this.filled = 0;
    }
    digest() {
        if (this.filled > 0)
            this.send();
        this.thread.post({ op: 'end', id: this.id });
        return this.result;
    }
    abort() {
        this.thread.drop(this.id);
    }
}
/** Whether a large blob is being hashed on the main thread now. */
let largeInline = false;
/**
 * A hash for a blob of `size` bytes. One large blob at a time is hashed on the main thread,
 * which has room for it (and a lone download, as of one big layer, starts no thread); every
 * other large blob downloading at the same time goes to a worker thread.
 */
function streamHash(algorithm, size) {
    if (size < OFF_THREAD_MIN)
        return new InlineHash(algorithm);
    if (!largeInline) {
        largeInline = true;
        return new InlineHash(algorithm, () => (largeInline = false));
    }
    const worker = thread();
    return worker ? new ThreadHash(worker, algorithm) : new InlineHash(algorithm);
}


/***/ }),

/***/ 34081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _L: () => (/* reexport */ media_types/* ATTESTATION_SUBJECT */._L),
  lR: () => (/* reexport */ AuthError),
  tG: () => (/* reexport */ errors/* ErrorCodes */.tG),
  jG: () => (/* reexport */ copy/* Limiter */.jG),
  zu: () => (/* reexport */ media_types/* MediaType */.zu),
  Dr: () => (/* reexport */ errors/* NetworkError */.Dr),
  cx: () => (/* reexport */ layout/* OciLayoutDestination */.cx),
  bB: () => (/* reexport */ layout/* OciLayoutSource */.bB),
  bP: () => (/* reexport */ RegistryClient),
  gl: () => (/* reexport */ errors/* RegistryError */.gl),
  d0: () => (/* reexport */ RemoteDestination),
  aJ: () => (/* reexport */ RemoteSource),
  WM: () => (/* reexport */ errors/* TlsError */.WM),
  xb: () => (/* reexport */ layout/* annotateIndex */.xb),
  nz: () => (/* reexport */ reference/* apiHost */.nz),
  Ko: () => (/* reexport */ media_types/* configPlatform */.Ko),
  L1: () => (/* reexport */ copy/* copyImage */.L1),
  yS: () => (/* reexport */ copy/* copyResultOf */.yS),
  sN: () => (/* reexport */ copy/* copyRoot */.sN),
  nh: () => (/* reexport */ archive/* dockerArchiveStream */.n),
  bD: () => (/* reexport */ copy/* emptyStats */.bD),
  Bq: () => (/* reexport */ media_types/* formatPlatform */.Bq),
  FH: () => (/* reexport */ reference/* formatReference */.FH),
  r2: () => (/* reexport */ media_types/* isAttestationEntry */.r2),
  Bc: () => (/* reexport */ registry_digest/* isDigest */.Bc),
  Yh: () => (/* reexport */ media_types/* isManifest */.Yh),
  O9: () => (/* reexport */ media_types/* notAnImage */.O9),
  Ng: () => (/* reexport */ media_types/* parseManifest */.Ng),
  F2: () => (/* reexport */ reference/* parseReference */.F2),
  J5: () => (/* reexport */ media_types/* platformMatches */.J5),
  rq: () => (/* reexport */ reference/* pointerOf */.rq),
  z9: () => (/* reexport */ archive/* readDockerArchive */.z),
  tp: () => (/* reexport */ store/* readSmallBlob */.t),
  RM: () => (/* reexport */ types/* sameHost */.RM),
  my: () => (/* reexport */ media_types/* samePlatform */.my),
  sc: () => (/* reexport */ registry_digest/* sha256 */.sc)
});

// UNUSED EXPORTS: BodyTooLargeError, ContentMismatchError, DeadlineError, IncompleteBodyError, InvalidArchiveError, InvalidLayoutError, InvalidReferenceError, MANIFEST_ACCEPT, PlatformNotFoundError, REF_NAME, RedirectError, RegistryTransport, Repository, SMALL_BLOB, SMALL_PER_SLOT, UnsupportedManifestError, digestProblem, isDistributable, isImageManifest, isIndex, isLoopback, parseDigest, readLayoutIndex, registryProblem, repositoryProblem, tagProblem

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/hash-thread.ts
var hash_thread = __webpack_require__(34108);
// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/registry/transport/challenge.ts
/**
 * `WWW-Authenticate` parsing (RFC 7235), as registries send it:
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
 */
/** Parses every challenge in a header value (several may be comma-separated). */
function parseChallenges(header) {
    const values = Array.isArray(header) ? header : header ? [header] : [];
    const challenges = [];
    for (const value of values) {
        const re = /\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s+|$)/y;
        let pos = 0;
        while (pos < value.length) {
            re.lastIndex = pos;
            const scheme = re.exec(value);
            if (!scheme)
                break;
            pos = re.lastIndex;
            // No prototype: a parameter named __proto__ or constructor is only a parameter.
            const params = Object.create(null);
            // auth-param = token BWS "=" BWS ( token / quoted-string ), separated by commas.
            const param = /\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(,|$)/y;
            for (;;) {
                param.lastIndex = pos;
                const m = param.exec(value);
                if (!m)
                    break;
                params[m[1].toLowerCase()] =
                    m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
                pos = param.lastIndex;
                if (m[4] === '')
                    break;
            }
            challenges.push({ scheme: scheme[1].toLowerCase(), params });
            while (pos < value.length && /[\s,]/.test(value[pos]))
                pos++;
        }
    }
    return challenges;
}

// EXTERNAL MODULE: ./src/registry/transport/types.ts
var types = __webpack_require__(89232);
;// CONCATENATED MODULE: ./src/registry/transport/auth.ts
/**
 * Registry authentication: anonymous, Basic, and the bearer-token flow of the Docker token
 * protocol that ghcr.io, Docker Hub and Distribution use.
 *
 * - The challenge (`WWW-Authenticate`) comes from the ping or from any `401`.
 * - A token is fetched from the challenge's realm with `service` and the request's scopes,
 *   with Basic credentials (or none, for an anonymous pull token), and read from `token` or
 *   `access_token`.
 * - Tokens are cached by scope set until they expire; concurrent requests for the same scopes
 *   share one fetch.
 * - A `401` on a request that carried a token means the token did not cover it (another
 *   repository, a mount source): the client re-scopes with the challenge's scope and tries once
 *   more.
 * - `Authorization` is only ever attached to requests for the registry's own host; the token
 *   realm gets the Basic credentials, as the protocol requires.
 */




/** The credentials were refused, or the token service failed; `status` is the service's. */
class AuthError extends Error {
    status;
    constructor(message, status, cause) {
        super(message, { cause });
        this.status = status;
        this.name = 'AuthError';
    }
}
/** Default token lifetime when the service says none (the token spec's 60 seconds). */
const DEFAULT_EXPIRES_IN = 60;
/** Refresh tokens this long before they expire. */
const EXPIRY_MARGIN_MS = 10_000;
/** A server's text in a message: one line, printable, and short. */
function quote(text, max = 80) {
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return JSON.stringify(line.length > max ? `${line.slice(0, max)}…` : line);
}
/** Per-registry authentication state. */
class Authenticator {
    options;
    challenge;
    tokens = new Map();
    /** Actions granted per resource, as the token service reported them in the JWT. */
    grants = new Map();
    /** Scopes granted (`repository:o/r:push,pull`), for the summary; empty for opaque tokens. */
    get granted() {
        return [...this.grants]
            .filter(([, actions]) => actions.size > 0)
            .map(([resource, actions]) => `${resource}:${[...actions].join(',')}`);
    }
    constructor(options) {
        this.options = options;
    }
    /** Whether there are credentials to send. */
    get hasCredentials() {
        return this.options.credentials !== undefined;
    }
    /** Records the challenge of a `401` (from the ping or any request). */
    learn(res) {
        const challenges = parseChallenges(res.headers['www-authenticate']);
        const chosen = challenges.find(c => c.scheme === 'bearer') ?? challenges.find(c => c.scheme === 'basic');
        if (chosen)
            this.challenge = chosen;
        return chosen;
    }
    /** The `Authorization` header for a request needing `scopes`, or undefined. */
    async authorization(scopes) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const c = this.options.credentials;
            return c
                ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
                : undefined;
        }
        if (challenge.scheme === 'bearer')
            return `Bearer ${(await this.token(challenge, scopes)).value}`;
        return undefined;
    }
    /** Forgets the cached token for `scopes`, after the registry refused it. */
    forget(scopes) {
        this.tokens.delete(scopeKey(scopes));
    }
    token(challenge, scopes) {
        const key = scopeKey(scopes);
        const cached = this.tokens.get(key);
        if (cached) {
            return cached.then(t => {
                if (t.expiresAt - EXPIRY_MARGIN_MS > Date.now())
                    return t;
                if (this.tokens.get(key) === cached)
                    this.tokens.delete(key);
                return this.token(challenge, scopes);
            });
        }
        const fetching = this.fetchToken(challenge, scopes);
        this.tokens.set(key, fetching);
        fetching.catch(() => {
            if (this.tokens.get(key) === fetching)
                this.tokens.delete(key);
        });
        return fetching;
    }
    async fetchToken(challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new AuthError(`${this.options.registryHost} sent a Bearer challenge without a realm`, 0);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new AuthError(`${this.options.registryHost} named a token service that is not a URL (realm ${quote(realm)})`, 0);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new AuthError(`${this.options.registryHost} named a token service that is not HTTP(S) (realm ${quote(realm)})`, 0);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,reference/* isLoopback */.U9)(url.host))) {
            throw new AuthError(`refusing to send credentials to the token service ${(0,errors/* redactUrl */.BO)(url)} over plain HTTP`, 0);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = { accept: 'application/json' };
        const c = this.options.credentials;
        if (c)
            headers.authorization = `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
        const res = await this.options.transport({ method: 'GET', url, headers });
        if (res.status !== 200) {
            const body = await (0,types/* readBody */.x8)(res, 64 * 1024, this.options.documentTimeoutMs).catch(() => Buffer.alloc(0));
            const err = registryErrorFrom(res, 'GET', body);
            const who = c ? `the credentials of ${c.username}` : 'anonymous access';
            throw new AuthError(`the token service ${url.host} refused ${who} (HTTP ${res.status}${err.codes.length ? `: ${err.registrySays}` : ''})`, res.status, err);
        }
        const text = (await (0,types/* readBody */.x8)(res, 1024 * 1024, this.options.documentTimeoutMs)).toString('utf8');
        let body;
        try {
            body = JSON.parse(text);
            if (!body || typeof body !== 'object')
                throw new TypeError('not an object');
        }
        catch {
            const type = ((0,types/* header */.wx)(res, 'content-type') ?? 'no content type').split(';')[0];
            throw new AuthError(`the token service ${url.host} answered with ${type}, not a JSON token (${quote(text)})`, res.status);
        }
        const value = body.token || body.access_token;
        if (typeof value !== 'string' || !value)
            throw new AuthError(`the token service ${url.host} answered without a token`, res.status);
        // A token goes into a header: visible ASCII only (RFC 6750's b64token is narrower still).
        if (!/^[\x21-\x7e]+$/.test(value))
            throw new AuthError(`the token service ${url.host} answered with a token that cannot be sent in a header`, res.status);
        this.options.onSecret?.(value);
        this.recordGrants(value);
        const issued = body.issued_at ? Date.parse(body.issued_at) : NaN;
        const start = Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now());
        return { value, expiresAt: start + (body.expires_in || DEFAULT_EXPIRES_IN) * 1000 };
    }
    /** Reads the `access` claim of a JWT token, when it is one, to report what was granted. */
    recordGrants(token) {
        const parts = token.split('.');
        if (parts.length !== 3)
            return;
        try {
            const claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
            for (const a of claims.access ?? []) {
                // The claims are the token service's words and end up in the log: only what has the
                // shape of a scope is kept, so a claim cannot carry a line (or a workflow command).
                if (!SCOPE_WORD.test(a.type ?? '') || !SCOPE_NAME.test(a.name ?? ''))
                    continue;
                const key = `${a.type}:${a.name}`;
                const actions = this.grants.get(key) ?? new Set();
                for (const action of a.actions ?? [])
                    if (SCOPE_WORD.test(action))
                        actions.add(action);
                this.grants.set(key, actions);
            }
        }
        catch {
            // Opaque tokens are fine; they just tell nothing.
        }
    }
}
/** A scope's type or action (`repository`, `pull`, `*`), and its resource name. */
const SCOPE_WORD = /^(?:[a-z][a-z0-9_-]{0,31}|\*)$/;
const SCOPE_NAME = /^[a-z0-9][a-z0-9._/-]{0,254}$/;
function scopeKey(scopes) {
    return [...new Set(scopes)].sort().join(' ');
}
/** Merges the scope the registry asked for into the request's own. */
function rescope(scopes, challenge) {
    const asked = challenge?.params.scope?.split(' ').filter(Boolean) ?? [];
    return [...new Set([...scopes, ...asked])];
}
/** Builds a {@link RegistryError} from an error answer and its (already read) body. */
function registryErrorFrom(res, method, body) {
    let codes = [];
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (Array.isArray(parsed.errors))
            codes = parsed.errors;
    }
    catch {
        // Not the spec's JSON error body.
    }
    const headers = {};
    for (const name of ['www-authenticate', 'retry-after', 'x-github-request-id']) {
        const v = res.headers[name];
        if (v)
            headers[name] = Array.isArray(v) ? v.join(', ') : v;
    }
    return new errors/* RegistryError */.gl(res.status, method, (0,errors/* redactUrl */.BO)(res.url), codes, headers);
}
/** The auth layer: attaches credentials for the registry host and answers challenges. */
function withAuth(next, auth, registryHost) {
    return async (req) => {
        if (!(0,types/* sameHost */.RM)(req.url, registryHost))
            return next(req);
        const scopes = req.scopes ?? [];
        let authorized = false;
        const send = async (s) => {
            const authorization = await auth.authorization(s);
            const headers = { ...req.headers };
            if (authorization)
                headers.authorization = authorization;
            authorized = !!authorization;
            return next({ ...req, headers });
        };
        const res = await send(scopes);
        const replayable = !req.body || req.body instanceof Uint8Array || req.body.replayable;
        if (res.status !== 401 || !replayable)
            return res;
        const challenge = auth.learn(res);
        if (!challenge)
            return res;
        // Nothing new to try: Basic without credentials, or Basic already sent.
        if (challenge.scheme === 'basic' && (authorized || !auth.hasCredentials))
            return res;
        await (0,types/* drain */.Ze)(res);
        // Only a token that was sent can have been refused; one being fetched (by the login, for a
        // request sent before the challenge was known) is the one to wait for.
        if (authorized)
            auth.forget(scopes);
        return send(rescope(scopes, challenge));
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/index.js
var api = __webpack_require__(56615);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/dispatcher.js
var dispatcher = __webpack_require__(30883);
var dispatcher_default = /*#__PURE__*/__webpack_require__.n(dispatcher);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(53137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
;// CONCATENATED MODULE: ./src/registry/transport/http.ts
/**
 * The bottom layer: one HTTP exchange through undici, with connections kept alive and reused,
 * the proxy variables honoured (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`) and TLS always
 * verified. Redirects are not followed here; the redirect layer does that by hand.
 */




// What `import 'undici'` does first, without loading the rest of undici: the API methods on every
// dispatcher (a proxy agent's own client tunnels with `connect`).
Object.assign((dispatcher_default()).prototype, api);
/**
 * A dispatcher for registry traffic. Node trusts NODE_EXTRA_CA_CERTS by itself, but an explicit
 * `ca` replaces the default store, so with `ca` the bundled roots and that file are added back.
 */
function createDispatcher(options = {}) {
    const timeouts = {
        bodyTimeout: options.bodyTimeoutMs ?? 60_000,
        headersTimeout: options.headersTimeoutMs ?? 60_000,
        keepAliveTimeout: 30_000,
        // Plain-HTTP targets go to an HTTP proxy as absolute-URI requests, as curl and Go send
        // them; HTTPS targets are tunnelled with CONNECT and verified end to end.
        proxyTunnel: false
    };
    if (!options.ca)
        return new (env_http_proxy_agent_default())(timeouts);
    // node:tls only here: a plain-HTTP registry (a loopback one) never loads it.
    const { rootCertificates } = process.getBuiltinModule('node:tls');
    const ca = [...rootCertificates, ...(Array.isArray(options.ca) ? options.ca : [options.ca])];
    const extra = process.env.NODE_EXTRA_CA_CERTS;
    if (extra) {
        try {
            ca.push((0,external_node_fs_.readFileSync)(extra, 'utf8'));
        }
        catch {
            // Node itself warns about an unreadable NODE_EXTRA_CA_CERTS at start-up.
        }
    }
    return new (env_http_proxy_agent_default())({ ...timeouts, connect: { ca }, requestTls: { ca } });
}
/** The base round trip: sends one request with the given dispatcher and User-Agent. */
function baseRoundTrip(dispatcher, userAgent) {
    return async (req) => {
        const headers = { 'user-agent': userAgent, ...req.headers };
        let body = null;
        if (req.body instanceof Uint8Array) {
            body = req.body;
            headers['content-length'] = String(req.body.length);
        }
        else if (req.body) {
            // undici sends async iterables as they come (its types only name Readable).
            body = req.body.open();
            headers['content-length'] = String(req.body.length);
        }
        const res = await dispatcher.request({
            origin: req.url.origin,
            path: `${req.url.pathname}${req.url.search}`,
            method: req.method,
            headers,
            body,
            // undici closes a connection after every HEAD, in case a server sends a body anyway;
            // registries do not, and existence checks are most of a push's requests.
            ...(req.method === 'HEAD' && { reset: false }),
            ...(req.signal && { signal: req.signal })
        });
        return { status: res.statusCode, headers: res.headers, body: res.body, url: req.url };
    };
}

;// CONCATENATED MODULE: ./src/registry/transport/redirect.ts
/**
 * Redirects, followed by hand. Registries send blob downloads to storage hosts (ghcr.io to its
 * storage host, Docker Hub to a CDN) with signed URLs; the registry's `Authorization` must
 * never reach such a host, and an HTTPS request is never downgraded to HTTP.
 */


const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
/** Thrown when a redirect would weaken the connection or loops. */
class RedirectError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RedirectError';
    }
}
function canReplay(req) {
    return !req.body || req.body instanceof Uint8Array || req.body.replayable;
}
/** Follows redirects for requests whose body can be sent again. */
function withRedirects(next) {
    return async (original) => {
        let req = original;
        for (let hop = 0;; hop++) {
            const res = await next(req);
            const location = (0,types/* header */.wx)(res, 'location');
            if (!REDIRECTS.has(res.status) || !location || !canReplay(req))
                return res;
            await (0,types/* drain */.Ze)(res);
            if (hop >= MAX_REDIRECTS)
                throw new RedirectError(`more than ${MAX_REDIRECTS} redirects from ${original.url.host}`);
            let target;
            try {
                target = new URL(location, req.url);
            }
            catch {
                throw new RedirectError(`${req.url.host} redirected ${req.method} ${(0,errors/* redactUrl */.BO)(req.url)} to something that is not a URL`);
            }
            if (target.protocol !== 'https:' && target.protocol !== 'http:') {
                throw new RedirectError(`${req.url.host} redirected ${req.method} ${(0,errors/* redactUrl */.BO)(req.url)} to a ${target.protocol} URL; only HTTP(S) is followed`);
            }
            if (req.url.protocol === 'https:' && target.protocol !== 'https:') {
                throw new RedirectError(`refusing a redirect from HTTPS to ${target.protocol} (${target.host})`);
            }
            const headers = { ...req.headers };
            if (target.host !== original.url.host) {
                // Another host: drop credentials; signed storage URLs carry their own.
                delete headers.authorization;
            }
            // 303 (and historically 301/302 for POST) turn into GET without a body.
            const method = res.status === 303 && req.method !== 'HEAD' ? 'GET' : req.method;
            const body = method === req.method ? req.body : undefined;
            req = { ...req, method, url: target, headers, ...(body ? { body } : { body: undefined }) };
        }
    };
}

// EXTERNAL MODULE: ./src/registry/transport/retry.ts
var retry = __webpack_require__(77779);
;// CONCATENATED MODULE: ./src/registry/version.ts
/** The client's version, sent in `User-Agent`; kept equal to package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/registry/transport/index.ts








/** A registry connection: scheme, auth, retries and redirects, ready for API calls. */
class RegistryTransport {
    host;
    auth;
    /** How long a small document may take in all (see {@link readBody}). */
    documentTimeoutMs;
    dispatcher;
    ownsDispatcher;
    roundTrip;
    plain;
    /** As `plain`, without retries: for the loopback ping's first, plain-HTTP try. */
    once;
    pinging;
    constructor(options) {
        this.host = options.host;
        this.ownsDispatcher = !options.dispatcher;
        this.dispatcher =
            options.dispatcher ??
                createDispatcher({
                    ...(options.ca && { ca: options.ca }),
                    ...(options.headersTimeoutMs && { headersTimeoutMs: options.headersTimeoutMs }),
                    ...(options.bodyTimeoutMs && { bodyTimeoutMs: options.bodyTimeoutMs })
                });
        this.documentTimeoutMs = options.documentTimeoutMs ?? types/* DOCUMENT_DEADLINE_MS */.Kt;
        const ua = `${options.userAgent ? `${options.userAgent} ` : ''}ghcr-action/${VERSION} (+https://github.com/features/packages)`;
        const policy = { ...retry/* DEFAULT_RETRY */.vI, ...options.retry };
        this.once = withRedirects(baseRoundTrip(this.dispatcher, ua));
        this.plain = (0,retry/* withRetry */.bD)(this.once, policy, options.onRetry);
        this.auth = new Authenticator({
            registryHost: options.host,
            transport: this.plain,
            ...(options.credentials && { credentials: options.credentials }),
            ...(options.onSecret && { onSecret: options.onSecret }),
            documentTimeoutMs: this.documentTimeoutMs
        });
        this.roundTrip = withAuth(this.plain, this.auth, options.host);
    }
    /**
     * `GET /v2/` once: finds the scheme and the auth challenge. HTTPS, except for a loopback
     * registry that answers plain HTTP as a registry (tried first, there only: a TLS port cannot
     * answer it so). A certificate that fails verification is an error, never a reason to fall
     * back.
     */
    ping() {
        return this.pinging ?? this.track(this.doPing());
    }
    /** Makes `pinging` the ping every request waits for, until it fails (then the next pings). */
    track(pinging) {
        this.pinging = pinging;
        pinging.catch(() => (this.pinging = undefined));
        return pinging;
    }
    /** `plainTried`: a loopback registry's plain-HTTP try was made (by the first read). */
    async doPing(plainTried = false) {
        const attempt = async (protocol, roundTrip = this.plain) => {
            const url = new URL(`${protocol}//${this.host}/v2/`);
            const res = await roundTrip({ method: 'GET', url, headers: {} });
            if (res.status === 401) {
                const challenge = this.auth.learn(res);
                await (0,types/* drain */.Ze)(res);
                return { protocol, auth: challenge?.scheme ?? 'none' };
            }
            if (res.status >= 200 && res.status < 300) {
                await (0,types/* drain */.Ze)(res);
                return { protocol, auth: 'none' };
            }
            const body = await (0,types/* readBody */.x8)(res, 64 * 1024, this.documentTimeoutMs).catch(() => Buffer.alloc(0));
            throw registryErrorFrom(res, 'GET', body);
        };
        if ((0,reference/* isLoopback */.U9)(this.host) && !plainTried) {
            // A loopback registry is asked in plain HTTP first, once: one that answers as a registry
            // does (200, or 401 with its challenge) does not speak TLS on that port, and is used
            // without loading a single certificate. Anything else is asked over HTTPS, as below.
            const probe = await attempt('http:', this.once).catch(() => undefined);
            if (probe)
                return probe;
        }
        try {
            return await attempt('https:');
        }
        catch (error) {
            const code = (0,errors/* errorCode */.CA)(error);
            if ((0,errors/* isCertificateError */.Y4)(code))
                throw new errors/* TlsError */.WM(this.host, code ?? 'certificate', error);
            if (error instanceof errors/* RegistryError */.gl || !(0,reference/* isLoopback */.U9)(this.host))
                throw error;
            // Neither answered: plain HTTP again, with retries, for the error worth reporting.
            return await attempt('http:');
        }
    }
    /**
     * Checks the credentials: for a Bearer registry, obtains a token for `scopes` (none is fine:
     * the token service still authenticates the credentials); for a Basic registry, an
     * authenticated `GET /v2/`. Throws {@link AuthError} when they are refused.
     */
    async verify(scopes = []) {
        const ping = await this.ping();
        if (ping.auth === 'bearer') {
            await this.auth.authorization(scopes);
        }
        else if (ping.auth === 'basic') {
            const res = await this.request('GET', '/v2/');
            if (res.status !== 200 && res.status !== 401 && res.status !== 403)
                return this.fail(res, 'GET');
            await (0,types/* drain */.Ze)(res);
            if (res.status !== 200) {
                throw new AuthError(`${this.host} refused the credentials (HTTP ${res.status})`, res.status);
            }
        }
        return ping;
    }
    /** The base URL (`https://host`) once pinged. */
    async baseUrl() {
        return `${(await this.ping()).protocol}//${this.host}`;
    }
    /**
     * Sends an API request: `path` is relative to the registry (`/v2/...`) or an absolute URL.
     * A read (GET or HEAD, no body) sent before anything else is the ping itself (see
     * {@link firstRead}).
     */
    async request(method, path, options = {}) {
        if (!this.pinging && (method === 'GET' || method === 'HEAD') && !options.body) {
            const url = new URL(path, `https://${this.host}`);
            if ((0,types/* sameHost */.RM)(url, this.host))
                return this.firstRead(method, url, options);
        }
        const base = await this.baseUrl();
        const url = new URL(path, base);
        // Upload locations come back absolute; keep the pinged scheme for our own host.
        if ((0,types/* sameHost */.RM)(url, this.host))
            url.protocol = new URL(base).protocol;
        return this.roundTrip({ method, url, ...options });
    }
    /**
     * The first read stands for the ping, which then costs no round trip of its own: its answer
     * brings the scheme and the challenge just as `GET /v2/` would (a registry asks for
     * credentials before it says anything else). Sent over HTTPS, or to a loopback registry once
     * in plain HTTP, where only a registry's answer (2xx, 401, 404) counts; anything else there is
     * settled by the ping proper, and the read sent again.
     */
    async firstRead(method, url, options) {
        let found;
        let failed;
        this.track(new Promise((resolve, reject) => {
            found = resolve;
            failed = reject;
        }));
        const loopback = (0,reference/* isLoopback */.U9)(this.host);
        if (loopback)
            url.protocol = 'http:';
        let res;
        try {
            // No credentials: no challenge is known yet.
            res = await (loopback ? this.once : this.plain)({ method, url, ...options });
        }
        catch (error) {
            if (!loopback) {
                failed(error);
                throw error;
            }
        }
        if (!res || !(res.status < 300 || res.status === 401 || res.status === 404)) {
            if (res)
                await (0,types/* drain */.Ze)(res);
            // Plain HTTP was just tried, here; the ping goes on from HTTPS.
            this.doPing(loopback).then(found, failed);
            return this.request(method, url.pathname + url.search, options);
        }
        const challenge = res.status === 401 ? this.auth.learn(res) : undefined;
        found({ protocol: url.protocol, auth: challenge?.scheme ?? 'none' });
        if (!challenge)
            return res;
        await (0,types/* drain */.Ze)(res);
        // Now with the challenge known: its token (shared with a login asking at the same time).
        return this.roundTrip({ method, url, ...options });
    }
    /** Throws a {@link RegistryError} for an error answer, reading its body. */
    async fail(res, method) {
        const body = await (0,types/* readBody */.x8)(res, 64 * 1024, this.documentTimeoutMs).catch(() => Buffer.alloc(0));
        throw registryErrorFrom(res, method, body);
    }
    /** Closes the connections, when this transport made its own dispatcher. */
    async close() {
        if (this.ownsDispatcher)
            await this.dispatcher.close();
    }
    /** The redacted form of a URL, for messages. */
    static redact(url) {
        return (0,errors/* redactUrl */.BO)(url);
    }
}

// EXTERNAL MODULE: ./src/registry/verify.ts
var verify = __webpack_require__(58386);
;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * The registry client: one {@link RegistryClient} per registry host, one {@link Repository} per
 * repository, with the blob and manifest calls of the OCI distribution spec.
 */










const GHCR_MAX_CHUNK = 4 * 1024 * 1024;
/** A connection to one registry, shared by its repositories. */
class RegistryClient {
    registry;
    transport;
    chunkSize;
    /** The one retry policy: the transport's per request, and the client's per operation. */
    retry;
    onRetry;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.retry = { ...retry/* DEFAULT_RETRY */.vI, ...options.retry };
        this.onRetry = options.onRetry;
        this.transport = new RegistryTransport({ ...options, host: (0,reference/* apiHost */.nz)(registry) });
        this.chunkSize = Math.min(options.chunkSize ?? GHCR_MAX_CHUNK, GHCR_MAX_CHUNK);
    }
    /** The repository `name` (`owner/image`) on this registry. */
    repository(name) {
        return new Repository(this, name);
    }
    /** Pings the registry (`GET /v2/`): scheme and auth scheme. */
    ping() {
        return this.transport.ping();
    }
    async close() {
        await this.transport.close();
    }
}
/** Blob and manifest operations on one repository. */
class Repository {
    client;
    name;
    constructor(client, name) {
        this.client = client;
        this.name = name;
    }
    get t() {
        return this.client.transport;
    }
    /** Token scope for `actions` on this repository; push is listed first, as registries expect. */
    scope(actions) {
        const list = actions === 'pull' ? 'pull' : actions === 'push' ? 'push,pull' : 'delete,pull';
        return [`repository:${this.name}:${list}`];
    }
    // ---- blobs -------------------------------------------------------------------------------
    /** The blob's size when the repository has it, undefined when it does not. */
    async blobSize(digest, forPush = false) {
        const res = await this.t.request('HEAD', `/v2/${this.name}/blobs/${digest}`, {
            scopes: this.scope(forPush ? 'push' : 'pull')
        });
        await (0,types/* drain */.Ze)(res);
        if (res.status === 404)
            return undefined;
        await this.expectStatus(res, 'HEAD', 200);
        return Number((0,types/* header */.wx)(res, 'content-length'));
    }
    /**
     * Opens a blob for reading. Every byte is checked while streaming: the stream fails with a
     * {@link ContentMismatchError} when the size or digest does not match `desc`, so a consumer
     * that only commits its output when the stream ends cleanly never keeps unverified data.
     * A connection broken mid-body is resumed with `Range` from the last byte received.
     */
    openBlob(desc, onProgress) {
        return external_node_stream_.Readable.from(this.blobChunks(desc, onProgress), {
            objectMode: false,
            highWaterMark: 64 * 1024
        });
    }
    /**
     * The blob's chunks as {@link openBlob} streams them, checked the same way: the iteration
     * throws a {@link ContentMismatchError} before it ends unless the size and digest match.
     * `signal` aborts the request in flight, and no retry follows.
     */
    async *blobChunks(desc, onProgress, signal) {
        const algorithm = (0,registry_digest/* digestAlgorithm */.g4)(desc.digest);
        const hash = (0,hash_thread/* streamHash */.L)(algorithm, desc.size);
        let hashed = false;
        const attempts = new retry/* Attempts */.ZJ(this.client.retry, `download of ${desc.digest} from ${this.t.host}`, {
            ...(this.client.onRetry && { onRetry: this.client.onRetry }),
            ...(signal && { signal })
        });
        try {
            yield* this.blobAttempts(desc, hash, attempts, onProgress, signal);
            hashed = true;
        }
        finally {
            // A failed or abandoned download: the hash is dropped, not finished.
            if (!hashed)
                hash.abort();
        }
        const actual = `${algorithm}:${await hash.digest()}`;
        if (actual !== desc.digest)
            throw new errors/* ContentMismatchError */.gd(`blob ${desc.digest}`, desc.digest, actual);
    }
    /** The GETs of one blob download, resumed with `Range` after a broken connection. */
    async *blobAttempts(desc, hash, attempts, onProgress, signal) {
        let received = 0;
        for (;;) {
            try {
                const res = await this.t.request('GET', `/v2/${this.name}/blobs/${desc.digest}`, {
                    headers: received > 0 ? { range: `bytes=${received}-` } : {},
                    scopes: this.scope('pull'),
                    noRetry: true,
                    ...(signal && { signal })
                });
                await this.expectStatus(res, 'GET', 200, 206);
                let skip = 0;
                if (received > 0) {
                    const range = /^bytes (\d+)-/.exec((0,types/* header */.wx)(res, 'content-range') ?? '');
                    if (res.status === 206 && range && Number(range[1]) !== received) {
                        await (0,types/* drain */.Ze)(res);
                        throw new errors/* ContentMismatchError */.gd(`resumed blob ${desc.digest}`, `bytes from ${received}`, `bytes from ${range[1]}`);
                    }
                    // A server that ignores Range sends everything again: skip what we have.
                    if (res.status === 200)
                        skip = received;
                }
                for await (const raw of res.body) {
                    let chunk = raw;
                    if (skip > 0) {
                        if (chunk.length <= skip) {
                            skip -= chunk.length;
                            continue;
                        }
                        chunk = chunk.subarray(skip);
                        skip = 0;
                    }
                    received += chunk.length;
                    if (received > desc.size) {
                        res.body.destroy();
                        throw new errors/* ContentMismatchError */.gd(`blob ${desc.digest} size`, `${desc.size} bytes`, `more than ${desc.size} bytes`);
                    }
                    const hashing = hash.update(chunk);
                    onProgress?.(chunk.length);
                    yield chunk;
                    if (hashing)
                        await hashing;
                }
                // A body that ends early without an error is resumed, as a broken connection is.
                if (received < desc.size)
                    throw new errors/* IncompleteBodyError */.pE(`blob ${desc.digest} size`, desc.size, received);
                break;
            }
            catch (error) {
                await attempts.after(error);
            }
        }
    }
    /**
     * Starts an upload session (`POST /blobs/uploads/`), or, with `mount`, asks for the blob to
     * be mounted from another repository of the registry (`?mount=&from=`).
     */
    async initiateUpload(options = {}) {
        const mount = options.mount;
        const path = `/v2/${this.name}/blobs/uploads/${mount
            ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}`
            : ''}`;
        const res = await this.t.request('POST', path, {
            scopes: mount ? [...this.scope('push'), `repository:${mount.from}:pull`] : this.scope('push'),
            idempotent: true,
            ...(options.noRetry && { noRetry: true })
        });
        // Some registries refuse a mount outright (401, 403, 404); the blob is uploaded instead.
        if (mount && [401, 403, 404].includes(res.status)) {
            await (0,types/* drain */.Ze)(res);
            return { mounted: false, refused: true };
        }
        await this.expectStatus(res, 'POST', ...(mount ? [201, 202] : [202]));
        await (0,types/* drain */.Ze)(res);
        if (res.status === 201)
            return { mounted: true };
        const location = (0,types/* header */.wx)(res, 'location');
        if (!location)
            throw new errors/* RegistryError */.gl(res.status, 'POST', `/v2/${this.name}/blobs/uploads/`, [
                { code: 'NO_LOCATION', message: 'upload session without a Location' }
            ]);
        return {
            mounted: false,
            location,
            minChunk: Number((0,types/* header */.wx)(res, 'oci-chunk-min-length') ?? 0) || 0
        };
    }
    /**
     * Mounts a blob from another repository of the same registry. Returns true when mounted
     * (201). A registry that cannot mount answers 202 with an upload session instead, which is
     * cancelled here; the caller then uploads.
     */
    async mountBlob(digest, from) {
        const start = await this.initiateUpload({ mount: { digest, from } });
        if (start.mounted)
            return true;
        await this.cancelUpload(start.location);
        return false;
    }
    /** Starts an upload session; returns its location. */
    async startUpload() {
        return (await this.session()).location;
    }
    /**
     * A new upload session (no mount asked, so the registry answers with one or an error).
     * With `noRetry`, inside an upload attempt: the attempt, not the transport, retries.
     */
    async session(noRetry = false) {
        const start = await this.initiateUpload({ noRetry });
        if (start.mounted || !start.location)
            throw new Error('unreachable: a session was asked for');
        return start;
    }
    /** Cancels an upload session (`DELETE`), ignoring failures: unused sessions expire anyway. */
    async cancelUpload(location) {
        if (!location)
            return;
        try {
            const res = await this.t.request('DELETE', location, { scopes: this.scope('push') });
            await (0,types/* drain */.Ze)(res);
        }
        catch {
            // best effort
        }
    }
    /**
     * Uploads a blob. A failed attempt starts a new session (a half-sent session is never
     * reused blindly, and an expired one, `BLOB_UPLOAD_UNKNOWN`, is replaced); attempts are
     * repeated only when the source can be read again. The client's retry policy bounds the
     * whole upload, chunk resumes included; the requests inside are not retried on their own.
     */
    async pushBlob(desc, source, options = {}) {
        const attempts = new retry/* Attempts */.ZJ(this.client.retry, `upload of ${desc.digest} to ${this.t.host}`, {
            ...(options.signal && { signal: options.signal }),
            ...(this.client.onRetry && { onRetry: this.client.onRetry })
        });
        let mode = options.mode ?? 'monolithic';
        for (;;) {
            let sent = 0;
            const progress = (n) => {
                sent += n;
                options.onProgress?.(n);
            };
            try {
                if (mode === 'chunked')
                    await this.pushChunked(desc, source, progress, attempts, options.signal);
                else
                    await this.pushMonolithic(desc, source, progress, options.signal);
                return;
            }
            catch (error) {
                // Give back the progress of the failed attempt so totals stay true.
                options.onProgress?.(-sent);
                if (error instanceof errors/* RegistryError */.gl && error.status === 413 && mode === 'monolithic') {
                    mode = 'chunked';
                    continue;
                }
                if (!source.replayable)
                    throw error;
                await attempts.after(error, (0,retry/* isTemporary */.ey)(error) || sessionExpired(error));
            }
        }
    }
    async pushMonolithic(desc, source, onProgress, signal) {
        const { location } = await this.session(true);
        const res = await this.sessionRequest('PUT', withDigest(location, desc.digest), {
            open: () => source.uploadChunks
                ? countChunks(source.uploadChunks(0), onProgress)
                : (0,verify/* counted */.hS)(source.open(0), onProgress),
            length: desc.size,
            replayable: false
        }, {}, signal);
        await this.expectStatus(res, 'PUT', 201);
        await (0,types/* drain */.Ze)(res);
        checkDigestHeader(res, desc.digest);
    }
    /**
     * Chunked upload: PATCH bodies of at most `chunkSize` (and at least the registry's
     * `OCI-Chunk-Min-Length`), each with `Content-Range`; after a failed PATCH the upload status
     * (`GET` on the session) says how much arrived, and the upload resumes from there. Resumes
     * count against the upload's `attempts`.
     */
    async pushChunked(desc, source, onProgress, attempts, signal) {
        const start = await this.session(true);
        let location = start.location;
        const chunkSize = Math.max(this.client.chunkSize, start.minChunk);
        let offset = 0;
        let reader = new ChunkReader(source.open(0));
        try {
            while (offset < desc.size) {
                const end = Math.min(desc.size, offset + chunkSize);
                const chunk = await reader.read(end - offset);
                if (chunk.length !== end - offset) {
                    throw new errors/* ContentMismatchError */.gd(`source of blob ${desc.digest}`, `${desc.size} bytes`, `${offset + chunk.length} bytes`);
                }
                try {
                    const res = await this.sessionRequest('PATCH', location, chunk, { 'content-range': `${offset}-${end - 1}` }, signal);
                    await this.expectStatus(res, 'PATCH', 202);
                    await (0,types/* drain */.Ze)(res);
                    location = (0,types/* header */.wx)(res, 'location') ?? location;
                    onProgress(end - offset);
                    offset = end;
                }
                catch (error) {
                    // An expired session cannot be resumed: the caller starts a new one.
                    if (sessionExpired(error))
                        throw error;
                    await attempts.after(error);
                    const status = await this.t.request('GET', location, {
                        scopes: this.scope('push'),
                        noRetry: true
                    });
                    await this.expectStatus(status, 'GET', 204);
                    await (0,types/* drain */.Ze)(status);
                    location = (0,types/* header */.wx)(status, 'location') ?? location;
                    const range = /^(?:bytes=)?0-(\d+)$/.exec((0,types/* header */.wx)(status, 'range') ?? '');
                    const arrived = range ? Number(range[1]) + 1 : 0;
                    if (arrived !== end) {
                        // The registry has less than we read: start reading again from what it has.
                        if (!source.replayable)
                            throw error;
                        reader.close();
                        reader = new ChunkReader(source.open(arrived));
                    }
                    offset = arrived;
                }
            }
        }
        finally {
            reader.close();
        }
        const res = await this.sessionRequest('PUT', withDigest(location, desc.digest), Buffer.alloc(0), {}, signal);
        await this.expectStatus(res, 'PUT', 201);
        await (0,types/* drain */.Ze)(res);
        checkDigestHeader(res, desc.digest);
    }
    /**
     * A request that sends data into an upload session. It is sent once: the upload around it
     * retries (with a new session, or from the upload status), never the transport.
     */
    sessionRequest(method, url, body, headers, signal) {
        return this.t.request(method, url, {
            headers: { 'content-type': 'application/octet-stream', ...headers },
            body,
            scopes: this.scope('push'),
            idempotent: false,
            noRetry: true,
            ...(signal && { signal })
        });
    }
    /** Throws the registry's error (its body read) unless the answer has one of `ok` statuses. */
    async expectStatus(res, method, ...ok) {
        if (!ok.includes(res.status))
            await this.t.fail(res, method);
    }
    // ---- manifests ---------------------------------------------------------------------------
    /**
     * Fetches a manifest by tag or digest with the full `Accept` list. The bytes are kept as
     * sent; a manifest fetched by digest must hash to it, and one fetched by tag must match the
     * registry's `Docker-Content-Digest`.
     */
    async getManifest(reference) {
        const res = await this.t.request('GET', `/v2/${this.name}/manifests/${reference}`, {
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            scopes: this.scope('pull')
        });
        await this.expectStatus(res, 'GET', 200);
        const length = Number((0,types/* header */.wx)(res, 'content-length') ?? 0);
        if (length > media_types/* MAX_MANIFEST_BYTES */.ZJ) {
            await (0,types/* drain */.Ze)(res);
            throw new errors/* UnsupportedManifestError */.Dz(`manifest ${this.name}:${reference} is ${length} bytes, over the ${media_types/* MAX_MANIFEST_BYTES */.ZJ}-byte limit`);
        }
        const bytes = await (0,types/* readBody */.x8)(res, media_types/* MAX_MANIFEST_BYTES */.ZJ, this.t.documentTimeoutMs);
        // Check the bytes before reading them: a digest names exactly these bytes.
        const expected = reference.includes(':') ? reference : (0,types/* header */.wx)(res, 'docker-content-digest');
        if (expected) {
            const what = `manifest ${this.name}@${reference}`;
            if (!(0,registry_digest/* isDigest */.Bc)(expected))
                throw new errors/* ContentMismatchError */.gd(`${what} digest`, 'a sha256 or sha512 digest', expected);
            (0,verify/* verifyBytes */.RV)(bytes, expected, undefined, what);
        }
        const contentType = ((0,types/* header */.wx)(res, 'content-type') ?? '').split(';')[0].trim();
        const parsed = (0,media_types/* parseManifest */.Ng)(bytes, contentType, `manifest ${this.name}@${reference}`);
        return { bytes, mediaType: parsed.mediaType, digest: (0,registry_digest/* sha256 */.sc)(bytes), parsed };
    }
    /**
     * `HEAD` on a manifest: its digest, type and size, or undefined when absent. `forPush` asks
     * with the push token a push holds anyway, as {@link blobSize} does, so a push needs one token.
     */
    async headManifest(reference, forPush = false) {
        const res = await this.t.request('HEAD', `/v2/${this.name}/manifests/${reference}`, {
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            scopes: this.scope(forPush ? 'push' : 'pull')
        });
        await (0,types/* drain */.Ze)(res);
        if (res.status === 404)
            return undefined;
        await this.expectStatus(res, 'HEAD', 200);
        const digest = (0,types/* header */.wx)(res, 'docker-content-digest');
        if (!digest)
            return undefined;
        return {
            digest: digest,
            mediaType: ((0,types/* header */.wx)(res, 'content-type') ?? '').split(';')[0],
            size: Number((0,types/* header */.wx)(res, 'content-length') ?? 0)
        };
    }
    /** Puts manifest bytes under a tag or digest; returns the digest the registry stored. */
    async putManifest(reference, bytes, mediaType) {
        return (await this.put(reference, bytes, mediaType)).digest;
    }
    /**
     * Puts a manifest that names a `subject`, by digest, and says whether the registry took the
     * subject (it answers `OCI-Subject` when it serves the referrers API, distribution-spec 1.1).
     */
    async putManifestWithSubject(bytes, mediaType) {
        const { digest, subject: answered } = await this.put((0,registry_digest/* sha256 */.sc)(bytes), bytes, mediaType);
        const subject = JSON.parse(bytes.toString('utf8'))
            .subject?.digest;
        return { digest, subjectTaken: !!subject && answered === subject };
    }
    /** The PUT of a manifest: its digest, checked against the registry's, and `OCI-Subject`. */
    async put(reference, bytes, mediaType) {
        if (bytes.length > media_types/* MAX_MANIFEST_BYTES */.ZJ)
            throw new errors/* UnsupportedManifestError */.Dz(`manifest of ${bytes.length} bytes exceeds the ${media_types/* MAX_MANIFEST_BYTES */.ZJ}-byte limit`);
        const res = await this.t.request('PUT', `/v2/${this.name}/manifests/${reference}`, {
            headers: { 'content-type': mediaType },
            body: bytes,
            scopes: this.scope('push')
        });
        await this.expectStatus(res, 'PUT', 200, 201);
        await (0,types/* drain */.Ze)(res);
        const digest = (0,registry_digest/* sha256 */.sc)(bytes);
        checkDigestHeader(res, digest);
        return { digest, subject: (0,types/* header */.wx)(res, 'oci-subject') };
    }
    /**
     * The referrers API (distribution-spec 1.1): the manifests whose `subject` is `digest`, or
     * undefined where the registry does not serve the API (it answers 404 for the route).
     */
    async listReferrers(digest) {
        const res = await this.t.request('GET', `/v2/${this.name}/referrers/${digest}`, {
            headers: { accept: media_types/* MediaType */.zu.OciIndex },
            scopes: this.scope('pull')
        });
        if (res.status === 404 || res.status === 405) {
            await (0,types/* drain */.Ze)(res);
            return undefined;
        }
        await this.expectStatus(res, 'GET', 200);
        const type = ((0,types/* header */.wx)(res, 'content-type') ?? '').split(';')[0].trim();
        const bytes = await (0,types/* readBody */.x8)(res, media_types/* MAX_MANIFEST_BYTES */.ZJ, this.t.documentTimeoutMs);
        if (type !== media_types/* MediaType */.zu.OciIndex)
            return undefined;
        const parsed = (0,media_types/* parseManifest */.Ng)(bytes, type, `referrers of ${this.name}@${digest}`);
        return parsed.kind === 'index' ? parsed.index.manifests : undefined;
    }
    /** Deletes a manifest by digest. */
    async deleteManifest(digest) {
        const res = await this.t.request('DELETE', `/v2/${this.name}/manifests/${digest}`, {
            scopes: this.scope('delete')
        });
        await this.expectStatus(res, 'DELETE', 200, 202);
        await (0,types/* drain */.Ze)(res);
    }
    /**
     * Whether the registry knows the repository: its tag list answers (even empty) rather than
     * `404 NAME_UNKNOWN`. ghcr.io answers so for a package with no versions yet.
     */
    async known() {
        const res = await this.t.request('GET', `/v2/${this.name}/tags/list?n=1`, {
            scopes: this.scope('pull')
        });
        await this.expectStatus(res, 'GET', 200, 404);
        await (0,types/* drain */.Ze)(res);
        return res.status === 200;
    }
    /** Every tag of the repository, following `Link` pagination; empty when it has none. */
    async listTags(pageSize = 1000) {
        const tags = [];
        let next = `/v2/${this.name}/tags/list?n=${pageSize}`;
        while (next) {
            const res = await this.t.request('GET', next, { scopes: this.scope('pull') });
            if (res.status === 404) {
                await (0,types/* drain */.Ze)(res);
                return tags;
            }
            await this.expectStatus(res, 'GET', 200);
            const body = JSON.parse((await (0,types/* readBody */.x8)(res, 16 * 1024 * 1024, this.t.documentTimeoutMs)).toString('utf8'));
            tags.push(...(body.tags ?? []));
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec((0,types/* header */.wx)(res, 'link') ?? '');
            next = link?.[1];
        }
        return tags;
    }
}
/** The registry forgot the upload session (it expired, or another node never knew it). */
function sessionExpired(error) {
    return error instanceof errors/* RegistryError */.gl && error.hasCode(errors/* ErrorCodes */.tG.BLOB_UPLOAD_UNKNOWN);
}
function withDigest(location, digest) {
    const hasQuery = location.includes('?');
    return `${location}${hasQuery ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}
function checkDigestHeader(res, digest) {
    const stored = (0,types/* header */.wx)(res, 'docker-content-digest');
    if (stored && stored.startsWith('sha256:') && digest.startsWith('sha256:') && stored !== digest) {
        throw new errors/* ContentMismatchError */.gd('digest the registry stored', digest, stored);
    }
}
/** Counts the bytes of an upload body as the HTTP client takes them, holding no chunk back. */
async function* countChunks(chunks, onProgress) {
    for await (const chunk of chunks) {
        onProgress(chunk.length);
        yield chunk;
    }
}
/** Reads a stream in pieces of a given length, for chunked uploads. */
class ChunkReader {
    stream;
    iterator;
    pending = Buffer.alloc(0);
    done = false;
    constructor(stream) {
        this.stream = stream;
        this.iterator = stream[Symbol.asyncIterator]();
    }
    /** The next `length` bytes, or fewer at the end of the stream. */
    async read(length) {
        const parts = [this.pending];
        let size = this.pending.length;
        while (size < length && !this.done) {
            const next = await this.iterator.next();
            if (next.done)
                this.done = true;
            else {
                parts.push(next.value);
                size += next.value.length;
            }
        }
        const all = Buffer.concat(parts);
        this.pending = all.subarray(length);
        return all.subarray(0, length);
    }
    close() {
        this.stream.destroy();
    }
}

// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(39190);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/archive.ts + 2 modules
var archive = __webpack_require__(2970);
;// CONCATENATED MODULE: ./src/registry/remote.ts
/** A registry repository as an image source or destination. */



/** Reads from a repository, starting at a tag or digest. */
class RemoteSource {
    repository;
    reference;
    known;
    description;
    mountFrom;
    /**
     * `known`: the root manifest as the caller already read it (its digest checked against its
     * bytes), so that it is not asked for again.
     */
    constructor(repository, reference, known) {
        this.repository = repository;
        this.reference = reference;
        this.known = known;
        const sep = reference.includes(':') ? '@' : ':';
        this.description = `${repository.client.registry}/${repository.name}${sep}${reference}`;
        this.mountFrom = { registry: repository.client.registry, repository: repository.name };
    }
    async root() {
        if (this.known)
            return this.known;
        const m = await this.repository.getManifest(this.reference);
        return { bytes: m.bytes, mediaType: m.mediaType, digest: m.digest };
    }
    async manifest(desc) {
        if (desc.size > media_types/* MAX_MANIFEST_BYTES */.ZJ)
            throw new errors/* RegistryError */.gl(0, 'GET', desc.digest, [
                { code: 'MANIFEST_TOO_LARGE', message: `${desc.size} bytes` }
            ]);
        if (this.known?.digest === desc.digest) {
            (0,verify/* verifyBytes */.RV)(this.known.bytes, desc.digest, desc.size, `manifest ${desc.digest}`);
            return this.known.bytes;
        }
        const m = await this.repository.getManifest(desc.digest);
        (0,verify/* verifyBytes */.RV)(m.bytes, desc.digest, desc.size, `manifest ${desc.digest}`);
        return m.bytes;
    }
    /** Streams the blob, verified while it streams; reopening starts a new verified download. */
    blob(desc, onProgress) {
        return {
            replayable: true,
            verified: true,
            open: (offset) => {
                if (offset !== 0)
                    throw new Error('a remote blob is read from its start');
                return this.repository.openBlob(desc, onProgress);
            },
            chunks: signal => this.repository.blobChunks(desc, onProgress, signal)
        };
    }
}
/** Writes to a repository. */
class RemoteDestination {
    repository;
    description;
    constructor(repository) {
        this.repository = repository;
        this.description = `${repository.client.registry}/${repository.name}`;
    }
    async hasBlob(desc) {
        return (await this.repository.blobSize(desc.digest, true)) !== undefined;
    }
    putBlob(desc, source, onProgress, signal) {
        return this.repository.pushBlob(desc, source, {
            ...(onProgress && { onProgress }),
            ...(signal && { signal })
        });
    }
    async mountBlob(desc, from) {
        if (from.registry !== this.repository.client.registry ||
            from.repository === this.repository.name)
            return false;
        return this.repository.mountBlob(desc.digest, from.repository);
    }
    async hasManifest(desc) {
        return (await this.repository.headManifest(desc.digest, true)) !== undefined;
    }
    /**
     * A shortcut only: a registry that refuses the HEAD (some answer a repository that does not
     * exist yet with a denial, not a 404) gets the blob-by-blob walk, whose requests report any
     * real refusal.
     */
    async holdsGraph(desc) {
        try {
            return await this.hasManifest(desc);
        }
        catch {
            return false;
        }
    }
    async putManifest(desc, bytes, tag) {
        await this.repository.putManifest(tag ?? desc.digest, bytes, desc.mediaType);
    }
}

// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
;// CONCATENATED MODULE: ./src/registry/index.ts
/**
 * ghcr-action's embedded OCI registry client, usable without the action:
 *
 * ```ts
 * import { RegistryClient, OciLayoutSource, RemoteDestination, copyImage } from './registry/index.js'
 *
 * const client = new RegistryClient('ghcr.io', { credentials: { username, password: token } })
 * const result = await copyImage(
 *   new OciLayoutSource('./layout', 'latest'),
 *   new RemoteDestination(client.repository('octo-org/app')),
 *   { tags: ['1.2.3'] }
 * )
 * console.log(result.digest)
 * await client.close()
 * ```
 *
 * Nothing here imports `@actions/*`.
 */
















/***/ }),

/***/ 27853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bB: () => (/* binding */ OciLayoutSource),
/* harmony export */   cx: () => (/* binding */ OciLayoutDestination),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   w5: () => (/* binding */ REF_NAME),
/* harmony export */   xb: () => (/* binding */ annotateIndex)
/* harmony export */ });
/* unused harmony exports readLayoutIndex, manifestDigest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35035);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6764);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99867);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58386);
/* harmony import */ var _copy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(39190);
/**
 * OCI image layouts (image-spec `image-layout.md`): a directory with `oci-layout`,
 * `index.json` and `blobs/<alg>/<hex>`. Digests are validated before they name a file, and
 * content is written to a temporary name and renamed only after it is verified.
 */











/** The annotation that names an image in a layout's index.json. */
const REF_NAME = 'org.opencontainers.image.ref.name';
/** Path of a blob inside a layout; the digest is validated first. */
function blobPath(root, digest) {
    const d = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDigest */ .m)(digest);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'blobs', (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestAlgorithm */ .g4)(d), (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestHex */ .sU)(d));
}
/** Reads a layout's index.json. */
async function readLayoutIndex(root) {
    let marker;
    try {
        marker = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'oci-layout'), 'utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidLayoutError */ .Ks(`${root} is not an OCI image layout (no readable oci-layout file)`);
    }
    if (marker.imageLayoutVersion !== '1.0.0') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidLayoutError */ .Ks(`${root}: unsupported imageLayoutVersion ${JSON.stringify(marker.imageLayoutVersion)}`);
    }
    const index = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'index.json'), 'utf8'));
    if (!Array.isArray(index.manifests))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidLayoutError */ .Ks(`${root}/index.json has no manifests list`);
    return index;
}
/** Reads an image from a layout: the one named `tag`, or the only one there is. */
class OciLayoutSource {
    dir;
    tag;
    options;
    description;
    /**
     * `trusted`: this process wrote the layout from content it verified moments ago (a pull
     * about to be loaded into the engine), so its blobs are read without hashing them again.
     */
    constructor(dir, tag, options = {}) {
        this.dir = dir;
        this.tag = tag;
        this.options = options;
        this.description = `oci:${dir}${tag ? `:${tag}` : ''}`;
    }
    /** The descriptor of the image this source reads, from index.json. */
    async rootDescriptor() {
        const index = await readLayoutIndex(this.dir);
        const candidates = this.tag
            ? index.manifests.filter(m => m.annotations?.[REF_NAME] === this.tag)
            : index.manifests;
        if (candidates.length === 0) {
            const names = index.manifests.map(m => m.annotations?.[REF_NAME]).filter(Boolean);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidLayoutError */ .Ks(this.tag
                ? `${this.dir} has no image tagged ${this.tag}${names.length ? ` (it has: ${names.join(', ')})` : ''}`
                : `${this.dir} holds no image`);
        }
        if (candidates.length > 1) {
            const names = candidates.map(m => m.annotations?.[REF_NAME] ?? m.digest);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidLayoutError */ .Ks(`${this.dir} holds ${candidates.length} images (${names.join(', ')}); name one as oci:PATH:TAG`);
        }
        return candidates[0];
    }
    async root() {
        const desc = await this.rootDescriptor();
        if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isManifest */ .Yh)(desc.mediaType))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UnsupportedManifestError */ .Dz(`${this.description}: unsupported media type ${desc.mediaType}`);
        const bytes = await this.manifest(desc);
        return { bytes, mediaType: desc.mediaType, digest: desc.digest };
    }
    async manifest(desc) {
        if (desc.size > _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UnsupportedManifestError */ .Dz(`manifest ${desc.digest} is over ${_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ} bytes`);
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(blobPath(this.dir, desc.digest));
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyBytes */ .RV)(bytes, desc.digest, desc.size, `manifest ${desc.digest} in ${this.dir}`);
        return bytes;
    }
    /** The blob file; its size is checked on open, its digest by whoever receives it. */
    blob(desc, onProgress) {
        const path = blobPath(this.dir, desc.digest);
        if (this.options.trusted) {
            return {
                replayable: true,
                open: (offset) => (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .counted */ .hS)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { start: offset, highWaterMark: 1024 * 1024 }), onProgress),
                uploadChunks: (offset) => fileChunks(path, offset)
            };
        }
        // What leaves for a registry is hashed on the way: a blob file that changed since it was
        // written fails before its last byte is sent, with both digests.
        return {
            replayable: true,
            verified: true,
            open: (offset) => (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .counted */ .hS)(node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from(verifiedChunks(desc, this.dir, path, offset, readFrom(path, offset)), {
                objectMode: false
            }), onProgress),
            uploadChunks: (offset) => verifiedChunks(desc, this.dir, path, offset, fileChunks(path, offset))
        };
    }
    /** Checks the blob file's size before an upload; a missing or short file fails early. */
    async checkBlob(desc) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(blobPath(this.dir, desc.digest)).catch(() => undefined);
        if (!s)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidLayoutError */ .Ks(`${this.dir} is missing blob ${desc.digest}`);
        if (s.size !== desc.size)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ContentMismatchError */ .gd(`blob ${desc.digest} in ${this.dir}`, `${desc.size} bytes`, `${s.size} bytes`);
    }
}
/** Writes images into a layout; `commit` writes index.json with the tags added. */
class OciLayoutDestination {
    root;
    description;
    entries = [];
    ready;
    /** With `empty`: the blobs written here, which are all the directory has. */
    written;
    /** The blob directories known to exist, made once each. */
    dirs = new Set();
    /**
     * `empty`: the directory was made empty for this destination alone, so a blob it has not
     * written is not there, and nobody need look.
     */
    constructor(root, options = {}) {
        this.root = root;
        this.description = `oci:${root}`;
        if (options.empty)
            this.written = new Set();
    }
    /** Makes the layout's directories and its `oci-layout` file where missing; once. */
    prepare() {
        this.ready ??= (async () => {
            const sha256Dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'blobs', 'sha256');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(sha256Dir, { recursive: true });
            this.dirs.add(sha256Dir);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'oci-layout'))) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
            }
        })();
        return this.ready;
    }
    async hasBlob(desc) {
        if (this.written)
            return this.written.has(blobPath(this.root, desc.digest));
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(blobPath(this.root, desc.digest)).catch(() => undefined);
        return !!s && s.size === desc.size;
    }
    /** Makes the directory of a blob's file, unless it is known to exist. */
    async blobDir(path) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
        if (this.dirs.has(dir))
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        this.dirs.add(dir);
    }
    /** Renames a verified blob's file into place. */
    async place(tmp, path) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
        this.written?.add(path);
    }
    async putBlob(desc, source, _onProgress, signal) {
        await this.prepare();
        const path = blobPath(this.root, desc.digest);
        await this.blobDir(path);
        const tmp = `${path}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(4).toString('hex')}`;
        try {
            // A small blob from a source that verifies itself is gathered in memory and written with
            // one call: a stream pipeline per blob costs more than the bytes do at that size. The copy
            // runs at most its small-blob slots of them at once (16 at the default concurrency).
            if (source.verified && source.chunks && desc.size <= _copy_js__WEBPACK_IMPORTED_MODULE_10__/* .SMALL_BLOB */ .ce) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, await gathered(source.chunks(signal), desc, signal), signal ? { signal } : {});
                await this.place(tmp, path);
                return;
            }
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source.open(0), 
            // A self-verifying source fails its own stream on a mismatch; hash only once.
            new _verify_js__WEBPACK_IMPORTED_MODULE_9__/* .VerifyStream */ ._O(desc.digest, desc.size, undefined, !source.verified), 
            // Large writes: the threadpool round trip per 64 KiB chunk, not the disk, limited single streams.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(tmp, { highWaterMark: 1024 * 1024 }), signal ? { signal } : {});
            await this.place(tmp, path);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
            throw error;
        }
    }
    hasManifest(desc) {
        return this.hasBlob(desc);
    }
    async putManifest(desc, bytes, tag) {
        await this.prepare();
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyBytes */ .RV)(bytes, desc.digest, desc.size, `manifest ${desc.digest}`);
        const path = blobPath(this.root, desc.digest);
        await this.blobDir(path);
        const tmp = `${path}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(4).toString('hex')}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, bytes);
        await this.place(tmp, path);
        if (tag !== undefined) {
            this.entries.push({
                mediaType: desc.mediaType,
                digest: desc.digest,
                size: desc.size,
                ...(desc.platform && { platform: desc.platform }),
                annotations: { [REF_NAME]: tag }
            });
        }
    }
    /** Writes index.json: the entries added, replacing earlier ones of the same name. */
    async commit() {
        await this.prepare();
        const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'index.json');
        let index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MediaType */ .zu.OciIndex, manifests: [] };
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(indexPath))
            index = await readLayoutIndex(this.root);
        const names = new Set(this.entries.map(e => e.annotations?.[REF_NAME]));
        index.manifests = [
            ...index.manifests.filter(m => !names.has(m.annotations?.[REF_NAME])),
            ...this.entries
        ];
        const tmp = `${indexPath}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(4).toString('hex')}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(index));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, indexPath);
    }
}
/**
 * A self-verifying source's chunks in one buffer: its iteration has checked the digest and the
 * size by the time it ends, and the length is checked again here before anything is written.
 */
async function gathered(chunks, desc, signal) {
    const parts = [];
    for await (const chunk of chunks) {
        signal?.throwIfAborted();
        parts.push(chunk);
    }
    signal?.throwIfAborted();
    const bytes = Buffer.concat(parts);
    if (bytes.length !== desc.size)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ContentMismatchError */ .gd(`blob ${desc.digest} size`, `${desc.size} bytes`, `${bytes.length} bytes`);
    return bytes;
}
/** Digest of manifest bytes as stored in a layout. */
function manifestDigest(bytes) {
    return sha256(bytes);
}
/** Buffers a file upload cycles through; see {@link BlobSource.uploadChunks}. */
const UPLOAD_RING = 3;
const UPLOAD_CHUNK = 1024 * 1024;
/**
 * A file's content from `offset` as 1 MiB chunks read into a ring of three reused buffers. At
 * most two chunks are held by the socket at once (the HTTP client writes one and waits for the
 * socket to drain before it takes another when the socket is busy), so the third is free to
 * fill; and the registry verifies the upload's digest, so an upload could never be stored
 * wrong even if that reasoning failed.
 */
/** The file from `offset`, in the stream's own buffers (not reused). */
async function* readFrom(path, offset) {
    yield* (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, {
        start: offset,
        highWaterMark: 1024 * 1024
    });
}
/**
 * Passes `chunks` (the blob from `offset`) on while hashing them, the part before `offset`
 * hashed first from the file; throws before yielding the chunk that ends the blob if the
 * digest or size is not the descriptor's.
 */
async function* verifiedChunks(desc, layout, path, offset, chunks) {
    const { hash, algorithm } = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .hasherFor */ .jJ)(desc.digest);
    let seen = 0;
    if (offset > 0) {
        for await (const chunk of fileChunks(path, 0)) {
            const part = chunk.subarray(0, Math.max(0, offset - seen));
            hash.update(part);
            seen += part.length;
            if (seen >= offset)
                break;
        }
    }
    const what = `blob ${desc.digest} in ${layout}`;
    for await (const chunk of chunks) {
        seen += chunk.length;
        if (seen > desc.size)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ContentMismatchError */ .gd(`${what} size`, `${desc.size} bytes`, `more than ${desc.size}`);
        hash.update(chunk);
        if (seen === desc.size) {
            const actual = `${algorithm}:${hash.digest('hex')}`;
            if (actual !== desc.digest)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ContentMismatchError */ .gd(what, desc.digest, actual);
        }
        yield chunk;
    }
    if (seen < desc.size)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ContentMismatchError */ .gd(`${what} size`, `${desc.size} bytes`, `${seen} bytes`);
}
async function* fileChunks(path, offset) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    const ring = Array.from({ length: UPLOAD_RING }, () => Buffer.allocUnsafeSlow(UPLOAD_CHUNK));
    let position = offset;
    try {
        for (let i = 0;; i++) {
            const buffer = ring[i % UPLOAD_RING];
            const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
            if (bytesRead === 0)
                return;
            position += bytesRead;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await file.close();
    }
}
/**
 * Sets annotations on the OCI index a layout holds under `tag`: `set` replace what the index
 * has, `defaults` only fill what it lacks. The index is rewritten as a new blob (its children
 * are untouched) and the layout's entry points at it. Returns false, changing nothing, when the
 * root is not an OCI index (a single image, or a Docker manifest list, which has no place
 * for annotations).
 */
async function annotateIndex(dir, tag, set, defaults = {}) {
    const layout = await readLayoutIndex(dir);
    const entry = layout.manifests.find(m => m.annotations?.[REF_NAME] === tag);
    if (!entry || entry.mediaType !== _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MediaType */ .zu.OciIndex)
        return false;
    const source = new OciLayoutSource(dir, tag);
    const doc = JSON.parse((await source.manifest(entry)).toString('utf8'));
    doc.annotations = { ...defaults, ...doc.annotations, ...set };
    const bytes = Buffer.from(JSON.stringify(doc));
    const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256 */ .sc)(bytes);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(blobPath(dir, digest), bytes);
    entry.digest = digest;
    entry.size = bytes.length;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), JSON.stringify(layout));
    return true;
}


/***/ }),

/***/ 99867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   O9: () => (/* binding */ notAnImage),
/* harmony export */   Yh: () => (/* binding */ isManifest),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   _L: () => (/* binding */ ATTESTATION_SUBJECT),
/* harmony export */   bq: () => (/* binding */ isDistributable),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   r2: () => (/* binding */ isAttestationEntry),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony exports isIndex, isImageManifest, isSchema1, ATTESTATION_TYPE */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35035);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/**
 * Media types and the typed image model: Docker Image Manifest V2 Schema 2 and manifest lists,
 * OCI image manifests and indexes (image-spec v1.1: `artifactType`, `subject`, annotations).
 * Schema 1 is refused.
 */


const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OciForeignLayer: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
    OciForeignLayerGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    OciForeignLayerZstd: 'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DockerForeignLayer: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
    DockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
    DockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
};
/** Every manifest type the client reads, for `Accept` (ghcr.io answers 404 for types not accepted). */
const MANIFEST_ACCEPT = [
    MediaType.OciIndex,
    MediaType.OciManifest,
    MediaType.DockerManifestList,
    MediaType.DockerManifest
].join(', ');
/** Largest manifest the client reads or writes (the distribution spec's suggested 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function isIndex(mediaType) {
    return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList;
}
function isImageManifest(mediaType) {
    return mediaType === MediaType.OciManifest || mediaType === MediaType.DockerManifest;
}
function isManifest(mediaType) {
    return isIndex(mediaType) || isImageManifest(mediaType);
}
function isSchema1(mediaType) {
    return mediaType === MediaType.DockerSchema1 || mediaType === MediaType.DockerSchema1Signed;
}
/**
 * Whether a layer may be uploaded. Foreign (non-distributable) layers, as in Windows base
 * images, keep their descriptor and URLs and are fetched from those URLs, never pushed.
 */
function isDistributable(mediaType) {
    return (mediaType !== MediaType.DockerForeignLayer &&
        mediaType !== MediaType.OciForeignLayer &&
        mediaType !== MediaType.OciForeignLayerGzip &&
        mediaType !== MediaType.OciForeignLayerZstd);
}
function checkDescriptor(d, where) {
    const desc = d;
    if (!desc || typeof desc !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`${where} is not a descriptor`);
    if (typeof desc.mediaType !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`${where} has no mediaType`);
    if (typeof desc.digest !== 'string' || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(desc.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`${where} has an invalid digest ${JSON.stringify(desc.digest)}`);
    }
    if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`${where} has an invalid size`);
    }
    // Platforms are matched, printed and shown in summaries: strings where strings belong.
    const p = desc.platform;
    if (p !== undefined &&
        (!p ||
            typeof p !== 'object' ||
            typeof p.os !== 'string' ||
            typeof p.architecture !== 'string' ||
            (p.variant !== undefined && typeof p.variant !== 'string'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`${where} has an invalid platform`);
    }
    return desc;
}
/**
 * Parses manifest bytes. `mediaType` is the type the registry or layout declared; the
 * document's own `mediaType` wins when present. Schema 1 and unknown types are refused with a
 * message that says so; every descriptor's digest and size is checked, since digests later
 * name files and URL paths. `what` names the manifest in those messages (`manifest
 * ghcr.io/o/app@sha256:…`), for a refusal that says which document it is about.
 */
function parseManifest(bytes, declaredType, what) {
    try {
        return parse(bytes, declaredType);
    }
    catch (error) {
        if (what && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`${what}: ${error.message}`);
        throw error;
    }
}
function parse(bytes, declaredType) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`manifest of ${bytes.length} bytes exceeds the ${MAX_MANIFEST_BYTES}-byte limit`);
    }
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz('manifest is not valid JSON');
    }
    if (!doc || typeof doc !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz('manifest is not a JSON object');
    const own = typeof doc.mediaType === 'string' ? doc.mediaType : undefined;
    if (doc.schemaVersion === 1 || isSchema1(own ?? '') || isSchema1(declaredType ?? '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz('Docker Image Manifest V2 Schema 1 is not supported (deprecated, and refused by ghcr.io); re-push the image with a current Docker or skopeo to convert it to schema 2 or OCI');
    }
    if (doc.schemaVersion !== 2)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`unsupported schemaVersion ${String(doc.schemaVersion)}`);
    let mediaType = own ?? declaredType;
    // An OCI document may omit mediaType; its shape tells which it is.
    if (!mediaType || !isManifest(mediaType)) {
        if (!own && Array.isArray(doc.manifests))
            mediaType = MediaType.OciIndex;
        else if (!own && doc.config && Array.isArray(doc.layers))
            mediaType = MediaType.OciManifest;
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz(`unsupported manifest media type ${JSON.stringify(mediaType ?? '')}`);
    }
    if (isIndex(mediaType)) {
        if (!Array.isArray(doc.manifests))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz('index has no manifests list');
        doc.manifests.forEach((m, i) => checkDescriptor(m, `manifests[${i}]`));
        if (doc.subject !== undefined)
            checkDescriptor(doc.subject, 'subject');
        return { kind: 'index', mediaType, bytes, index: doc };
    }
    checkDescriptor(doc.config, 'config');
    if (!Array.isArray(doc.layers))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedManifestError */ .Dz('manifest has no layers list');
    doc.layers.forEach((l, i) => checkDescriptor(l, `layers[${i}]`));
    if (doc.subject !== undefined)
        checkDescriptor(doc.subject, 'subject');
    return { kind: 'image', mediaType, bytes, manifest: doc };
}
/** Filesystem layers: what an image's layers are (image-spec `layer.md`, Docker schema 2). */
const LAYER_TYPES = new Set([
    MediaType.OciLayer,
    MediaType.OciLayerGzip,
    MediaType.OciLayerZstd,
    MediaType.OciForeignLayer,
    MediaType.OciForeignLayerGzip,
    MediaType.OciForeignLayerZstd,
    MediaType.DockerLayer,
    MediaType.DockerForeignLayer,
    'application/vnd.docker.image.rootfs.diff.tar'
]);
/**
 * Why a manifest is not a container image (a cosign signature, an attestation, another
 * artifact: their configs and layers say so), or undefined when it is one.
 */
function notAnImage(manifest) {
    if (manifest.artifactType)
        return `an artifact of type ${manifest.artifactType}`;
    const config = manifest.config.mediaType;
    if (config !== MediaType.OciConfig && config !== MediaType.DockerConfig)
        return `its config is ${config}, not an image config`;
    const odd = manifest.layers.find(l => !LAYER_TYPES.has(l.mediaType));
    if (odd)
        return `its layer ${odd.digest} is ${odd.mediaType}, not a filesystem layer`;
    return undefined;
}
/** Whether two platforms name the same os, architecture and variant (arm64 is v8, arm is v7). */
function samePlatform(a, b) {
    const variant = (p) => p.variant || (p.architecture === 'arm64' ? 'v8' : p.architecture === 'arm' ? 'v7' : undefined);
    return a.os === b.os && a.architecture === b.architecture && variant(a) === variant(b);
}
/** `os/arch[/variant]` of a platform. */
/** buildx's annotations on an attestation manifest's descriptor in an index. */
const ATTESTATION_TYPE = 'vnd.docker.reference.type';
const ATTESTATION_SUBJECT = 'vnd.docker.reference.digest';
/**
 * Whether an index entry is an attestation manifest beside an image (buildx's provenance and
 * SBOM), not an image of a platform: it says so, or its platform is `unknown/unknown`.
 */
function isAttestationEntry(desc) {
    return (desc.annotations?.[ATTESTATION_TYPE] === 'attestation-manifest' ||
        (desc.platform?.os === 'unknown' && desc.platform.architecture === 'unknown'));
}
/**
 * The platform an image config declares (`os`, `architecture`, `variant`, `os.version`), or
 * undefined when the bytes are not a config that says.
 */
function configPlatform(bytes) {
    let config;
    try {
        config = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const { os, architecture, variant } = config;
    const osVersion = config['os.version'];
    if (typeof os !== 'string' || typeof architecture !== 'string' || !os || !architecture)
        return undefined;
    return {
        os,
        architecture,
        ...(typeof variant === 'string' && variant && { variant }),
        ...(typeof osVersion === 'string' && osVersion && { 'os.version': osVersion })
    };
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Whether `p` matches the wanted `os/arch[/variant]` (a missing variant matches any, arm64 ≈ v8). */
function platformMatches(p, wanted) {
    if (!p)
        return false;
    const [os, arch, variant] = wanted.split('/');
    if (p.os !== os || p.architecture !== arch)
        return false;
    if (!variant)
        return true;
    const have = p.variant ?? (arch === 'arm64' ? 'v8' : undefined);
    return have === variant;
}


/***/ }),

/***/ 5482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readSmallBlob)
/* harmony export */ });
/* unused harmony export readAll */
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58386);

/** Reads a readable into one buffer (for manifests and configs, never for layers). */
async function readAll(stream, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > limit) {
            stream.destroy();
            throw new RangeError(`content exceeds ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Reads a small blob (an image config) of `source` whole, verified against its descriptor. */
async function readSmallBlob(source, desc, limit = 16 * 1024 * 1024) {
    if (desc.size > limit)
        throw new RangeError(`blob ${desc.digest} is ${desc.size} bytes, over ${limit}`);
    const bytes = await readAll(source.blob(desc).open(0), limit);
    (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyBytes */ .RV)(bytes, desc.digest, desc.size, `blob ${desc.digest}`);
    return bytes;
}


/***/ }),

/***/ 77779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ Attempts),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   ey: () => (/* binding */ isTemporary),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports isRetryableError, retryAfterMs, backoffMs */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89232);
/**
 * Retries, only where repeating is safe (after oras-go's `retry/policy.go`): idempotent
 * requests whose body can be sent again, on 408, 429 and 5xx answers and on connection
 * failures, with exponential backoff and jitter, honouring `Retry-After`, a bounded number of
 * times.
 */



const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 30_000,
    maxElapsedMs: 120_000
};
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Connection failures worth another try. */
const RETRY_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED'
]);
/** Whether a thrown error is a connection failure that another attempt may not meet. */
function isRetryableError(error) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isCertificateError */ .Y4)(code))
        return false;
    return code !== undefined && RETRY_CODES.has(code);
}
/** The wait a `Retry-After` header asks for, in milliseconds (seconds or an HTTP date). */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Backoff before attempt `n` (1-based count of failures so far), with ±50% jitter. */
function backoffMs(policy, failures) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
    return Math.round(exp * (0.5 + Math.random()));
}
/** The wait before the next attempt: what `Retry-After` asks for, else the backoff; capped. */
function delayMs(policy, failures, retryAfter) {
    return Math.min(policy.maxDelayMs, retryAfterMs(retryAfter) ?? backoffMs(policy, failures));
}
/**
 * Whether an operation that failed with `error` may succeed if done again: a connection
 * failure, a registry answer marked temporary, or a short body (resumable).
 */
function isTemporary(error) {
    if (isRetryableError(error))
        return true;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl)
        return error.temporary;
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IncompleteBodyError */ .pE;
}
function safe(req) {
    if (req.noRetry)
        return false;
    const replayable = !req.body || req.body instanceof Uint8Array || req.body.replayable;
    const idempotent = req.idempotent ?? ['GET', 'HEAD', 'PUT', 'DELETE'].includes(req.method);
    return replayable && idempotent;
}
/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Why an attempt failed, in a few words: the connection error code or the HTTP status. */
function reasonOf(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl)
        return `HTTP ${error.status}`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) ?? (error instanceof Error ? error.name : String(error));
}
/**
 * The attempts of one operation that spans several requests (an upload session, a resumed
 * download), counted against one policy. Requests made inside such an operation are sent with
 * `noRetry`, so the transport never retries under it: the policy bounds the whole operation.
 */
class Attempts {
    policy;
    what;
    options;
    failures = 0;
    started = Date.now();
    constructor(policy, what, options = {}) {
        this.policy = policy;
        this.what = what;
        this.options = options;
    }
    /**
     * Call after a failure: waits and returns when another attempt is worth making, or throws
     * `error` when it is not temporary, the attempts are spent, or the signal aborted.
     */
    async after(error, temporary = isTemporary(error)) {
        this.failures++;
        const { signal, onRetry } = this.options;
        if (!temporary || this.failures >= Math.max(1, this.policy.attempts) || signal?.aborted)
            throw error;
        const retryAfter = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl ? error.headers['retry-after'] : undefined;
        const wait = delayMs(this.policy, this.failures, retryAfter);
        if (Date.now() - this.started + wait > this.policy.maxElapsedMs)
            throw error;
        onRetry?.({ what: this.what, attempt: this.failures, delayMs: wait, reason: reasonOf(error) });
        await sleep(wait, signal);
    }
}
/**
 * A 500 answer carrying the spec's error body is final (see {@link RegistryError.temporary}):
 * its body is read here, and handed on in a new stream, so the caller still reports it.
 */
async function finalServerError(res) {
    if (res.status !== 500)
        return undefined;
    const body = await (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(res, 64 * 1024, 5_000).catch(() => Buffer.alloc(0));
    let codes = [];
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (Array.isArray(parsed.errors))
            codes = parsed.errors;
    }
    catch {
        // Not the spec's body: an outage page, worth another attempt.
    }
    const temporary = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(500, '', '', codes).temporary;
    return temporary ? undefined : { ...res, body: node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([body]) };
}
function whatOf(req) {
    return `${req.method} ${req.url.host}`;
}
function withRetry(next, policy = DEFAULT_RETRY, onRetry) {
    return async (req) => {
        const attempts = safe(req) ? Math.max(1, policy.attempts) : 1;
        const started = Date.now();
        const outOfTime = (wait) => Date.now() - started + wait > policy.maxElapsedMs;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await next(req);
            }
            catch (error) {
                const wait = backoffMs(policy, attempt);
                if (attempt >= attempts ||
                    !isRetryableError(error) ||
                    req.signal?.aborted ||
                    outOfTime(wait)) {
                    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
                    if (code && isRetryableError(error)) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr(req.method, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(req.url), code, attempt, error);
                    }
                    throw error;
                }
                onRetry?.({ what: whatOf(req), attempt, delayMs: wait, reason: reasonOf(error) });
                await sleep(wait, req.signal);
                continue;
            }
            if (!RETRY_STATUSES.has(res.status) || attempt >= attempts)
                return res;
            const final = await finalServerError(res);
            if (final)
                return final;
            const wait = delayMs(policy, attempt, (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .wx)(res, 'retry-after'));
            if (outOfTime(wait))
                return res;
            await (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .drain */ .Ze)(res);
            onRetry?.({ what: whatOf(req), attempt, delayMs: wait, reason: `HTTP ${res.status}` });
            await sleep(wait, req.signal);
        }
    };
}


/***/ }),

/***/ 89232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ DOCUMENT_DEADLINE_MS),
/* harmony export */   RM: () => (/* binding */ sameHost),
/* harmony export */   Ze: () => (/* binding */ drain),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony exports DeadlineError, BodyTooLargeError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6764);

/** The first value of a header. */
function header(res, name) {
    const value = res.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
/** Reads and discards a response body, so its connection can be reused. */
async function drain(res) {
    try {
        if (res.body.dump)
            await res.body.dump({ limit: 256 * 1024 });
        else
            res.body.resume();
    }
    catch {
        // A body that fails while being discarded costs only its connection.
    }
}
/** How long a small document (manifest, token, error body) may take to arrive, in all. */
const DOCUMENT_DEADLINE_MS = 30_000;
/** A small document that did not arrive whole in time (a server dripping it byte by byte). */
class DeadlineError extends Error {
    url;
    ms;
    constructor(url, ms) {
        super(`the answer from ${url} did not arrive whole within ${ms / 1000} s`);
        this.url = url;
        this.ms = ms;
        this.name = 'DeadlineError';
    }
}
/** An answer larger than a document of its kind can be. */
class BodyTooLargeError extends Error {
    url;
    limit;
    constructor(url, limit) {
        super(`the answer from ${url} is larger than the ${limit} bytes such an answer may have`);
        this.url = url;
        this.limit = limit;
        this.name = 'BodyTooLargeError';
    }
}
/**
 * Reads a whole body into memory (small documents only): more than `limit` bytes, or longer
 * than `deadlineMs` in all, is an error naming the URL.
 */
async function readBody(res, limit, deadlineMs = DOCUMENT_DEADLINE_MS) {
    const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(res.url);
    const timer = setTimeout(() => res.body.destroy(new DeadlineError(where, deadlineMs)), deadlineMs);
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of res.body) {
            const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buf.length;
            if (size > limit) {
                res.body.destroy();
                throw new BodyTooLargeError(where, limit);
            }
            chunks.push(buf);
        }
    }
    finally {
        clearTimeout(timer);
    }
    return Buffer.concat(chunks);
}
/**
 * Whether `url` is on `host` (`name[:port]`, as a registry is written). A URL drops its
 * scheme's default port (`http://127.0.0.1:80/` has host `127.0.0.1`), so `host` is read as a
 * URL of the same scheme before the two are compared.
 */
function sameHost(url, host) {
    if (url.host === host)
        return true;
    try {
        return new URL(`${url.protocol}//${host}`).host === url.host;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 58386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   _O: () => (/* binding */ VerifyStream),
/* harmony export */   hS: () => (/* binding */ counted)
/* harmony export */ });
/* unused harmony export CountingStream */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35035);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6764);
/** Verification of content against its descriptor while it streams. */



/**
 * A pass-through that hashes and counts; it fails at the end (before signalling the end) when
 * the size or digest differs, and as soon as more bytes than `size` arrive.
 */
class VerifyStream extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    digest;
    size;
    what;
    hash;
    algorithm;
    received = 0;
    /** With `hashing` false only the size is checked (for sources that verify themselves). */
    constructor(digest, size, what = `blob ${digest}`, hashing = true) {
        super();
        this.digest = digest;
        this.size = size;
        this.what = what;
        const { hash, algorithm } = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .hasherFor */ .jJ)(digest);
        this.hash = hashing ? hash : undefined;
        this.algorithm = algorithm;
    }
    _transform(chunk, _encoding, callback) {
        this.received += chunk.length;
        if (this.received > this.size) {
            callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${this.what} size`, `${this.size} bytes`, `more than ${this.size} bytes`));
            return;
        }
        this.hash?.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.received !== this.size) {
            callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${this.what} size`, `${this.size} bytes`, `${this.received} bytes`));
            return;
        }
        const actual = this.hash ? `${this.algorithm}:${this.hash.digest('hex')}` : this.digest;
        if (actual !== this.digest) {
            callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(this.what, this.digest, actual));
            return;
        }
        callback();
    }
}
/** Checks bytes held in memory against a digest and size. */
function verifyBytes(bytes, digest, size, what) {
    if (size !== undefined && bytes.length !== size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${what} size`, `${size} bytes`, `${bytes.length} bytes`);
    }
    const actual = digest.startsWith('sha256:') ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes) : undefined;
    if (actual === undefined) {
        const { hash, algorithm } = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .hasherFor */ .jJ)(digest);
        const computed = `${algorithm}:${hash.update(bytes).digest('hex')}`;
        if (computed !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(what, digest, computed);
        return;
    }
    if (actual !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(what, digest, actual);
}
/**
 * A pass-through that reports bytes as they flow. (A `data` listener on the source would
 * switch it to flowing mode and lose bytes before the real consumer attaches.)
 */
class CountingStream extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    onBytes;
    constructor(onBytes) {
        super();
        this.onBytes = onBytes;
    }
    _transform(chunk, _encoding, callback) {
        this.onBytes(chunk.length);
        callback(null, chunk);
    }
}
/** `source` piped through a {@link CountingStream}; errors of the source are passed on. */
function counted(source, onBytes) {
    if (!onBytes)
        return source;
    const counter = new CountingStream(onBytes);
    source.on('error', error => counter.destroy(error));
    counter.on('close', () => source.destroy());
    return source.pipe(counter);
}


/***/ })

};
