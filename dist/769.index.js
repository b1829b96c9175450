export const id = 769;
export const ids = [769];
export const modules = {

/***/ 16546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ partialDir),
/* harmony export */   Ao: () => (/* binding */ onCancel),
/* harmony export */   FD: () => (/* binding */ keepDir),
/* harmony export */   M1: () => (/* binding */ removeDir),
/* harmony export */   c_: () => (/* binding */ removeOnCancel),
/* harmony export */   mo: () => (/* binding */ removePartialWorkOnCancel)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Partial work of a cancelled step. The runner cancels a job with SIGINT, then SIGTERM; the
 * step then stops at once (every transfer with it) and removes the scratch and partial
 * directories it made, so nothing half-written stays where a later step could use it. The
 * post step still runs and takes the Docker credentials out.
 */



const pending = new Set();
/** What a cancelled step says instead of the default, once it has reported its own work. */
let cancelReport;
/**
 * While set, a cancelled step calls `report` (synchronously: the step exits right after) and
 * prints its line, for work that cannot be undone, such as deletions.
 */
function onCancel(report) {
    cancelReport = report;
}
/** A new directory (`mkdtemp(prefix)`), removed if the step is cancelled before it is. */
async function partialDir(prefix) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(prefix);
    pending.add(dir);
    return dir;
}
/** Removes a directory from {@link partialDir}. */
async function removeDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    pending.delete(dir);
}
/** A directory the step made under a fixed name: removed if the step is cancelled before it is. */
function removeOnCancel(dir) {
    pending.add(dir);
}
/** A directory from {@link partialDir} that became a result (renamed into place): kept. */
function keepDir(dir) {
    pending.delete(dir);
}
/** Installs the handlers for SIGINT and SIGTERM: remove partial work, then end the step. */
function removePartialWorkOnCancel() {
    const cancel = (signal) => {
        for (const dir of pending)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(cancelReport?.(signal) ?? `The step was cancelled (${signal}); its partial work is removed.`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGTERM', cancel);
    process.once('SIGINT', cancel);
}


/***/ }),

/***/ 40645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ isForkPullRequest),
/* harmony export */   GA: () => (/* binding */ scratchDir),
/* harmony export */   T5: () => (/* binding */ isPullRequestEvent),
/* harmony export */   To: () => (/* binding */ ownerIsOrganization),
/* harmony export */   yI: () => (/* binding */ readContext)
/* harmony export */ });
/* unused harmony export runnerPlatform */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16546);
/**
 * The GitHub Actions run context, read from the runner's environment variables and the event
 * payload file (GITHUB_EVENT_PATH). Nothing here talks to the network.
 *
 * The payload is typed with `@actions/github`'s `WebhookPayload`, narrowed to the fields the
 * action reads. Its `context` object is not used: constructing it loads Octokit (about 0.2 s
 * and 20 MB at every start) only to read one JSON file, and it reads `process.env` at import
 * time, where tests and the action pass their own environment.
 */




/** Reads the context from `env` (default: `process.env`). */
function readContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
            if (parsed && typeof parsed === 'object')
                event = parsed;
        }
        catch {
            // A missing or unreadable payload only costs the labels and tags derived from it.
        }
    }
    return {
        repository,
        owner: env.GITHUB_REPOSITORY_OWNER || repository.split('/')[0] || '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        event,
        runnerTemp: env.RUNNER_TEMP || '',
        inActions: env.GITHUB_ACTIONS === 'true',
        platform: runnerPlatform(env),
        runId: /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : '',
        runAttempt: Math.max(1, Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1)
    };
}
/** Whether the event is a pull request of any kind (`pull_request`, `pull_request_target`). */
function isPullRequestEvent(ctx) {
    return ctx.eventName.startsWith('pull_request');
}
/** Whether this run is a pull request from a fork (its GITHUB_TOKEN is read-only). */
function isForkPullRequest(ctx) {
    if (!isPullRequestEvent(ctx))
        return false;
    const head = ctx.event.pull_request?.head?.repo;
    return !!head && (head.fork === true || (!!head.full_name && head.full_name !== ctx.repository));
}
/** Whether the repository belongs to an organisation (package URLs differ for users). */
function ownerIsOrganization(ctx) {
    return ctx.event.repository?.owner.type === 'Organization';
}
/** `os/arch[/variant]` of the runner (RUNNER_OS, RUNNER_ARCH), or of this process. */
function runnerPlatform(env = process.env) {
    const os = (env.RUNNER_OS ?? process.platform).toLowerCase();
    const arch = (env.RUNNER_ARCH ?? process.arch).toUpperCase();
    const goOs = os === 'macos' || os === 'darwin'
        ? 'darwin'
        : os === 'windows' || os === 'win32'
            ? 'windows'
            : 'linux';
    const goArch = {
        X64: 'amd64',
        ARM64: 'arm64',
        ARM: 'arm/v7',
        X86: '386',
        IA32: '386',
        S390X: 's390x',
        PPC64: 'ppc64le'
    };
    return `${goOs}/${goArch[arch] ?? 'amd64'}`;
}
/**
 * A new scratch directory under RUNNER_TEMP (or the system's temporary directory), removed
 * if the step is cancelled; remove it with `removeDir`.
 */
function scratchDir(ctx, prefix) {
    return (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .partialDir */ .$v)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.runnerTemp || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), prefix));
}


/***/ }),

/***/ 97716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withDeadline),
/* harmony export */   U: () => (/* binding */ exitIfAbandoned)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78055);
/**
 * A deadline around work the action cannot cancel (a request inside a library that sets no
 * timeout of its own). When it passes, the step fails with `message`; the work is abandoned,
 * and since its socket would keep the process alive, the step then exits instead of waiting
 * for it (`exitIfAbandoned`, at the end of the run).
 */

let abandoned = false;
async function withDeadline(work, ms, message) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            abandoned = true;
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message));
        }, ms);
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Ends the process once the step's result is written, when work was left running. */
function exitIfAbandoned() {
    if (abandoned)
        process.exit();
}


/***/ }),

/***/ 78055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/** Errors the action reports to the user as one `::error::` line. */
/**
 * A rejected input: names the input, the value and the rule, and the fix where one is known.
 * Values of secret inputs are never put in the message.
 */
class InputError extends Error {
    input;
    value;
    rule;
    fix;
    constructor(input, value, rule, fix) {
        super(`Input "${input}": ${value === '' ? 'empty value' : shown(value)} is not valid: ${rule}.` +
            (fix ? ` ${fix}` : ''));
        this.input = input;
        this.value = value;
        this.rule = rule;
        this.fix = fix;
        this.name = 'InputError';
    }
}
/** The longest value an input error quotes whole; a longer one is cut so the rule still shows. */
const MAX_QUOTED = 200;
function shown(value) {
    if (value.length <= MAX_QUOTED)
        return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, MAX_QUOTED))}… (${value.length} characters)`;
}
/**
 * A failure whose message is already written for the user (what happened and what to do);
 * `detail` goes to the job summary, never with a secret in it.
 */
class UserError extends Error {
    detail;
    constructor(message, detail) {
        super(message);
        this.detail = detail;
        this.name = 'UserError';
    }
}
/** The longest error line: longer ones (a server's whole page, quoted) are cut. */
const MAX_LINE = 1000;
/**
 * One line for the log: multi-line messages are folded so the annotation stays one line, and
 * a very long one is cut, saying how much was left out.
 */
function oneLine(message) {
    const line = message.replace(/\s*\r?\n\s*/g, ' ').trim();
    if (line.length <= MAX_LINE)
        return line;
    return `${line.slice(0, MAX_LINE)}… (${line.length - MAX_LINE} more characters)`;
}


/***/ }),

/***/ 52334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   P: () => (/* binding */ tokenScopes)
/* harmony export */ });
/** An Octokit client for `apiUrl` authenticated with `token`. */
async function githubClient(token, apiUrl) {
    const github = await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(119), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 11758));
    return github.getOctokit(token, { baseUrl: apiUrl });
}
/**
 * A classic token's OAuth scopes, from the `X-OAuth-Scopes` header of an authenticated
 * request; undefined when the API does not say (other kinds of token). Throws when the API
 * cannot be reached or refuses the token; callers treat that as "unknown".
 */
async function tokenScopes(apiUrl, token, timeoutMs = 5000) {
    const octokit = await githubClient(token, apiUrl);
    const res = await octokit.request('GET /', {
        request: { signal: AbortSignal.timeout(timeoutMs) }
    });
    const header = res.headers['x-oauth-scopes'];
    if (header === undefined)
        return undefined;
    return String(header)
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
}


/***/ }),

/***/ 19170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   Yl: () => (/* binding */ readBuildFeatures),
/* harmony export */   oG: () => (/* binding */ checkAnnotationPlatforms),
/* harmony export */   pO: () => (/* binding */ userinfoIn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78055);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74282);
/**
 * The build inputs that docker/build-push-action users bring, in its names and syntax:
 * `cache-from`, `cache-to`, `secrets`, `secret-files`, `secret-envs`, `ssh`,
 * `build-contexts`, `no-cache`, `pull`, `provenance`, `sbom`, `annotations`.
 */


const CACHE_TYPES = ['registry', 'gha', 'local', 'inline', 's3', 'azblob'];
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
/**
 * Credentials written into a reference or URL (`user:password@host/…`, `docker-image://u:p@…`):
 * an `@` before the first `/`, and not a digest's (`alpine@sha256:…`).
 */
const USERINFO = /^((?:[a-z][a-z0-9+.-]*:\/\/)?)([^/@\s]+)@(?!sha(?:256|384|512):)/i;
/**
 * The credentials in the references of a cache or build-context input (each line, each
 * `key=value` of it): what main masks before anything is printed.
 */
function userinfoIn(raw) {
    const found = [];
    for (const line of raw.split(/\r?\n/)) {
        for (const part of line.split(',')) {
            const value = part.slice(part.indexOf('=') + 1).trim();
            const userinfo = USERINFO.exec(value)?.[2];
            if (userinfo)
                found.push(userinfo, userinfo.slice(userinfo.indexOf(':') + 1));
        }
    }
    return found.filter(Boolean);
}
/**
 * Refuses a reference that carries credentials: the builder prints its command line, and its
 * errors, with them. The error quotes the item with the credentials as `***`.
 */
function noUserinfo(input, item, reference) {
    if (!USERINFO.test(reference))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, item.replace(reference, reference.replace(USERINFO, '$1***@')), 'a reference carries no credentials (user:password@): the builder prints its command line and errors with them', 'Log in to that registry before this step (docker/login-action, or this action with command: login), and name the reference without them.');
}
/** `type=registry,ref=…,mode=max`, or a bare reference meaning `type=registry,ref=…`. */
function parseCache(input, item) {
    if (!item.includes('=')) {
        noUserinfo(input, item, item);
        return { type: 'registry', attrs: { type: 'registry', ref: item } };
    }
    const attrs = {};
    for (const part of (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(item)) {
        const eq = part.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, item, `"${part}" is not key=value`);
        attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    const type = attrs.type ?? 'registry';
    if (!CACHE_TYPES.includes(type)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, item, `type is one of ${CACHE_TYPES.join(', ')}`);
    }
    if (attrs.ref)
        noUserinfo(input, item, attrs.ref);
    if (type === 'registry' && !attrs.ref) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, item, 'a registry cache needs ref=', 'e.g. type=registry,ref=ghcr.io/o/app:buildcache');
    }
    if (type === 'local' && !attrs[input === 'cache-to' ? 'dest' : 'src']) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, item, `a local cache needs ${input === 'cache-to' ? 'dest' : 'src'}=`);
    }
    return { type: type, attrs: { ...attrs, type } };
}
/** Lines, each one cache spec (a spec's own commas stay in it). */
function cacheLines(read, input) {
    return read(input)
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean)
        .map(l => parseCache(input, l));
}
function secretsOf(read) {
    const secrets = [];
    const idOf = (input, id, item) => {
        // The id names the secret's file in the scratch directory: "." and ".." would be that
        // directory or its parent.
        if (!SECRET_ID.test(id) || id === '.' || id === '..')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, item.replace(/=.*/s, '=***'), 'a secret id is letters, digits, ".", "_" and "-", and not "." or ".."');
        if (secrets.some(s => s.id === id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, id, 'each secret id is given once across secrets, secret-files and secret-envs');
        return id;
    };
    // secrets: ID=value lines (build-push-action's form), or buildx's id=…,src=… / id=…,env=….
    for (const line of read('secrets')
        .split(/\r?\n/)
        .filter(l => l.trim())) {
        const item = line.trim();
        const csv = /^id=([^,]+),(src|env)=(.+)$/.exec(item);
        if (csv) {
            const id = idOf('secrets', csv[1], item);
            secrets.push(csv[2] === 'src' ? { id, file: csv[3] } : { id, env: csv[3] });
            continue;
        }
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('secrets', '***', 'each secret is ID=value, or id=ID,src=PATH');
        secrets.push({ id: idOf('secrets', item.slice(0, eq), item), value: item.slice(eq + 1) });
    }
    for (const item of (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyValueList */ .nE)(read('secret-files'))) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('secret-files', item, 'each secret file is ID=PATH');
        secrets.push({ id: idOf('secret-files', item.slice(0, eq), item), file: item.slice(eq + 1) });
    }
    for (const item of (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyValueList */ .nE)(read('secret-envs'))) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('secret-envs', item, 'each secret env is ID=ENV_VAR');
        secrets.push({ id: idOf('secret-envs', item.slice(0, eq), item), env: item.slice(eq + 1) });
    }
    return secrets;
}
const ANNOTATION = /^(?:(manifest|index|manifest-descriptor|index-descriptor)(?:\[([^\]]*)\])?:)?([^=\s]+)=(.*)$/s;
/**
 * buildx's annotation syntax, one per line: `KEY=VALUE` (the manifest), `index:KEY=VALUE`,
 * `manifest[linux/amd64]:KEY=VALUE`, …; docker/metadata-action's `annotations` output is
 * exactly this.
 */
function parseAnnotations(raw) {
    return raw
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean)
        .map(item => {
        const m = ANNOTATION.exec(item);
        if (!m) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', item, 'each annotation is KEY=VALUE, optionally after a level: index:, manifest:, manifest-descriptor:, index-descriptor:');
        }
        return {
            level: (m[1] ?? 'manifest'),
            platforms: m[2] ?? '',
            key: m[3],
            value: m[4]
        };
    });
}
/** The attestation inputs: `false`/`true`, or buildx's attribute list (`mode=max`). */
function attestation(input, raw) {
    if (raw === '')
        return '';
    if (/^(true|false)$/i.test(raw))
        return raw.toLowerCase();
    if (!/^[a-z-]+=[^,\s]*(,[a-z-]+=[^,\s]*)*$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, 'true, false, or key=value attributes such as mode=max');
    return raw;
}
function readBuildFeatures(read) {
    const buildContexts = {};
    for (const item of (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyValueList */ .nE)(read('build-contexts'))) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('build-contexts', item, 'each build context is NAME=SOURCE');
        noUserinfo('build-contexts', item, item.slice(eq + 1));
        buildContexts[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return {
        cacheFrom: cacheLines(read, 'cache-from'),
        cacheTo: cacheLines(read, 'cache-to'),
        secrets: secretsOf(read),
        ssh: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(read('ssh')).map(item => {
            if (!/^[A-Za-z0-9_.-]+(=.+)?$/.test(item))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ssh', item, 'each entry is default, or ID=PATH to a socket or key');
            return item;
        }),
        buildContexts,
        noCache: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)('no-cache', read('no-cache')),
        pull: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)('pull', read('pull')),
        provenance: attestation('provenance', read('provenance')),
        sbom: attestation('sbom', read('sbom')),
        annotations: parseAnnotations(read('annotations'))
    };
}
/** Each platform an annotation names (`manifest[linux/amd64,linux/arm64]:`) must be one. */
function checkAnnotationPlatforms(annotations, built) {
    for (const a of annotations) {
        if (!a.platforms)
            continue;
        for (const p of a.platforms.split(',')) {
            const shown = `${a.level}[${a.platforms}]:${a.key}=${a.value}`;
            (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .platformOf */ .tj)('annotations', p.trim(), shown);
            if (built && !built.includes(p.trim())) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('annotations', shown, `this build makes ${built.join(', ')}, so an annotation for ${p.trim()} would be set on nothing`, 'Name one of the built platforms, or add it to platforms.');
            }
        }
    }
}


/***/ }),

/***/ 47015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ck: () => (/* reexport */ values/* envInput */.Ck),
  Ko: () => (/* binding */ readInputs),
  Xk: () => (/* reexport */ selectsVersions)
});

// UNUSED EXPORTS: ATTESTATIONS, BUILDERS, COMMANDS, INPUTS, splitKeyValueList, splitList

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(78055);
// EXTERNAL MODULE: ./src/action/inputs/build.ts
var build = __webpack_require__(19170);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/action/tags.ts
var action_tags = __webpack_require__(52409);
// EXTERNAL MODULE: ./src/action/token.ts
var action_token = __webpack_require__(11187);
;// CONCATENATED MODULE: ./src/action/inputs/linear-regex.ts
/**
 * A regular-expression matcher that runs in time linear in the text, for the tag patterns of
 * `command: delete` (`use-regex: true`). JavaScript's own engine backtracks: `^(a+)+$` against
 * a 31-character tag takes seconds, doubling with each character, and a destructive command
 * must not hang on a pattern that looks harmless.
 *
 * The syntax is JavaScript's with the `u` flag (the pattern is first compiled by `RegExp`, so a
 * syntax error reads as it would in JavaScript), less what no linear-time matcher can do:
 * backreferences and lookaround, the constructs RE2 leaves out for the same reason. Unicode
 * property escapes and modifier groups are refused too. Everything else (classes, escapes,
 * anchors, `\b`, groups, alternation, greedy and lazy quantifiers with counts) means what it
 * means in JavaScript; a property-based test holds the two to the same answers.
 *
 * The pattern is compiled to a program for a Pike VM (a Thompson NFA simulation): every thread
 * advances one character at a time, at most one thread per instruction, so matching costs at
 * most program size × text length steps.
 */
/** What the matcher does not support, or a pattern too large: the reason, for the user. */
class UnsupportedPatternError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsupportedPatternError';
    }
}
/** The longest pattern, in characters. */
const MAX_PATTERN_LENGTH = 1000;
/** The largest program, once counted repetitions (`{2,40}`) are expanded. */
const MAX_PROGRAM = 2000;
const isWord = cp => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
const isDigit = cp => cp >= 48 && cp <= 57;
const SPACES = new Set([
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff
]);
const isSpace = cp => SPACES.has(cp) || (cp >= 0x2000 && cp <= 0x200a);
const isLineTerminator = cp => cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
const not = (test) => cp => !test(cp);
const CLASS_ESCAPES = {
    d: isDigit,
    D: not(isDigit),
    w: isWord,
    W: not(isWord),
    s: isSpace,
    S: not(isSpace)
};
const CONTROL_ESCAPES = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
/** A recursive-descent parser over the pattern's code points. */
class Parser {
    source;
    cps;
    pos = 0;
    constructor(source) {
        this.source = source;
        this.cps = Array.from(source, c => c.codePointAt(0));
    }
    parse() {
        const node = this.disjunction();
        if (this.pos < this.cps.length)
            throw this.unsupported(`"${this.rest(1)}"`);
        return node;
    }
    peek(offset = 0) {
        const cp = this.cps[this.pos + offset];
        return cp === undefined ? '' : String.fromCodePoint(cp);
    }
    rest(n) {
        return String.fromCodePoint(...this.cps.slice(this.pos, this.pos + n));
    }
    eat(text) {
        const cps = Array.from(text);
        if (cps.every((c, i) => this.peek(i) === c)) {
            this.pos += cps.length;
            return true;
        }
        return false;
    }
    unsupported(what) {
        return new UnsupportedPatternError(`${what} at position ${this.pos + 1} is not supported`);
    }
    disjunction() {
        const alts = [this.alternative()];
        while (this.eat('|'))
            alts.push(this.alternative());
        return alts.length === 1 ? alts[0] : { t: 'alt', alts };
    }
    alternative() {
        const items = [];
        while (this.pos < this.cps.length && this.peek() !== '|' && this.peek() !== ')') {
            const atom = this.term();
            items.push(this.quantified(atom));
        }
        return items.length === 1 ? items[0] : { t: 'cat', items };
    }
    term() {
        const c = this.peek();
        if (c === '^' || c === '$') {
            this.pos++;
            return { t: 'assert', kind: c === '^' ? 'start' : 'end' };
        }
        if (c === '(')
            return this.group();
        if (c === '[')
            return this.characterClass();
        if (c === '.') {
            this.pos++;
            return { t: 'char', test: not(isLineTerminator) };
        }
        if (c === '\\') {
            if (this.peek(1) === 'b' || this.peek(1) === 'B') {
                this.pos += 2;
                return { t: 'assert', kind: this.cps[this.pos - 1] === 98 ? 'boundary' : 'not-boundary' };
            }
            this.pos++;
            return this.atomEscape();
        }
        const cp = this.cps[this.pos++];
        return { t: 'char', test: x => x === cp };
    }
    group() {
        const start = this.pos;
        this.pos++;
        if (this.eat('?')) {
            if (this.peek() === '=' || this.peek() === '!')
                throw new UnsupportedPatternError(`lookahead "(?${this.peek()}" at position ${start + 1} is not supported`);
            if (this.eat('<')) {
                if (this.peek() === '=' || this.peek() === '!')
                    throw new UnsupportedPatternError(`lookbehind "(?<${this.peek()}" at position ${start + 1} is not supported`);
                // A named group: the name is only a name here.
                while (this.pos < this.cps.length && !this.eat('>'))
                    this.pos++;
            }
            else if (!this.eat(':')) {
                this.pos = start;
                throw this.unsupported(`the modifier group "${this.rest(4)}"`);
            }
        }
        const inner = this.disjunction();
        if (!this.eat(')'))
            throw this.unsupported('an unclosed group');
        return inner;
    }
    quantified(atom) {
        let min;
        let max;
        const c = this.peek();
        if (c === '*' || c === '+' || c === '?') {
            this.pos++;
            [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
        }
        else if (c === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(this.rest(this.cps.length));
            if (!m)
                return atom;
            this.pos += m[0].length;
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            if (min > MAX_PROGRAM || (max !== Infinity && max > MAX_PROGRAM))
                throw new UnsupportedPatternError(`the count ${m[0]} is larger than ${MAX_PROGRAM}, the most this matcher expands`);
        }
        else
            return atom;
        this.eat('?'); // lazy or greedy: the same answer to "does it match?"
        return { t: 'rep', node: atom, min, max };
    }
    /** After a backslash, outside a class. */
    atomEscape() {
        const c = this.peek();
        if (/[1-9]/.test(c) || c === 'k')
            throw new UnsupportedPatternError(`the backreference "\\${c === 'k' ? 'k<…>' : c}" at position ${this.pos} is not supported`);
        const test = this.classEscape(false);
        if (typeof test === 'function')
            return { t: 'char', test };
        return { t: 'char', test: x => x === test };
    }
    /**
     * After a backslash: a class escape (a test) or one code point. Inside a class, `\b` is the
     * backspace and `\-` a dash.
     */
    classEscape(inClass) {
        const c = this.peek();
        this.pos++;
        if (c in CLASS_ESCAPES)
            return CLASS_ESCAPES[c];
        if (c === 'p' || c === 'P') {
            this.pos--;
            throw this.unsupported(`the Unicode property escape "\\${c}{…}"`);
        }
        if (c in CONTROL_ESCAPES)
            return CONTROL_ESCAPES[c];
        if (inClass && c === 'b')
            return 0x08;
        if (inClass && c === '-')
            return 0x2d;
        if (c === '0')
            return 0;
        if (c === 'c') {
            const letter = this.cps[this.pos++];
            return letter % 32;
        }
        if (c === 'x') {
            const hex = this.rest(2);
            this.pos += 2;
            return parseInt(hex, 16);
        }
        if (c === 'u') {
            if (this.eat('{')) {
                const end = this.cps.indexOf(0x7d, this.pos);
                const hex = String.fromCodePoint(...this.cps.slice(this.pos, end));
                this.pos = end + 1;
                return parseInt(hex, 16);
            }
            const high = parseInt(this.rest(4), 16);
            this.pos += 4;
            // A surrogate pair written as two escapes is one code point with the u flag.
            if (high >= 0xd800 && high <= 0xdbff && this.peek() === '\\' && this.peek(1) === 'u') {
                const low = parseInt(String.fromCodePoint(...this.cps.slice(this.pos + 2, this.pos + 6)), 16);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    this.pos += 6;
                    return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
                }
            }
            return high;
        }
        if (SYNTAX.has(c))
            return c.codePointAt(0);
        this.pos--;
        throw this.unsupported(`the escape "\\${c}"`);
    }
    characterClass() {
        this.pos++;
        const negated = this.eat('^');
        const tests = [];
        const atom = () => {
            if (this.eat('\\'))
                return this.classEscape(true);
            return this.cps[this.pos++];
        };
        while (!this.eat(']')) {
            if (this.pos >= this.cps.length)
                throw this.unsupported('an unclosed class');
            const from = atom();
            if (typeof from === 'number' && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1)) {
                this.pos++;
                const to = atom();
                if (typeof to !== 'number')
                    throw this.unsupported('a range ending in a class escape');
                tests.push(x => x >= from && x <= to);
                continue;
            }
            tests.push(typeof from === 'number' ? x => x === from : from);
        }
        const any = x => tests.some(t => t(x));
        return { t: 'char', test: negated ? not(any) : any };
    }
}
/** Compiles the tree into a Pike VM program, refusing one larger than {@link MAX_PROGRAM}. */
function compile(root) {
    const program = [];
    const emit = (i) => {
        if (program.length >= MAX_PROGRAM)
            throw new UnsupportedPatternError(`the pattern is too large once its counts are expanded (over ${MAX_PROGRAM} steps)`);
        program.push(i);
        return program.length - 1;
    };
    const gen = (n) => {
        switch (n.t) {
            case 'char':
                emit({ op: 'char', test: n.test });
                return;
            case 'assert':
                emit({ op: 'assert', kind: n.kind });
                return;
            case 'cat':
                for (const item of n.items)
                    gen(item);
                return;
            case 'alt': {
                // split L1, next; L1: a; jmp end; next: split L2, … ; last alternative.
                const jumps = [];
                n.alts.forEach((alt, i) => {
                    if (i < n.alts.length - 1) {
                        const split = emit({ op: 'split', x: 0, y: 0 });
                        program[split].x = program.length;
                        gen(alt);
                        jumps.push(emit({ op: 'jmp', x: 0 }));
                        program[split].y = program.length;
                    }
                    else
                        gen(alt);
                });
                for (const j of jumps)
                    program[j].x = program.length;
                return;
            }
            case 'rep': {
                for (let i = 0; i < n.min; i++)
                    gen(n.node);
                if (n.max === Infinity) {
                    // L: split body, out; body; jmp L
                    const split = emit({ op: 'split', x: 0, y: 0 });
                    program[split].x = program.length;
                    gen(n.node);
                    emit({ op: 'jmp', x: split });
                    program[split].y = program.length;
                    return;
                }
                // Each optional copy: split body, out (all outs lead to the end).
                const splits = [];
                for (let i = n.min; i < n.max; i++) {
                    const split = emit({ op: 'split', x: 0, y: 0 });
                    program[split].x = program.length;
                    splits.push(split);
                    gen(n.node);
                }
                for (const s of splits)
                    program[s].y = program.length;
                return;
            }
        }
    };
    gen(root);
    emit({ op: 'match' });
    return program;
}
/** Runs the program over the text, searching (not anchored), in linear time. */
function search(program, text) {
    const cps = Array.from(text, c => c.codePointAt(0));
    // The position whose closure last added each instruction: one thread per instruction there.
    const mark = new Int32Array(program.length).fill(-1);
    let matched = false;
    const add = (list, pc, at) => {
        const stack = [pc];
        while (stack.length) {
            const p = stack.pop();
            if (mark[p] === at)
                continue;
            mark[p] = at;
            const i = program[p];
            if (i.op === 'jmp')
                stack.push(i.x);
            else if (i.op === 'split')
                stack.push(i.y, i.x);
            else if (i.op === 'assert') {
                if (holds(i.kind, cps, at))
                    stack.push(p + 1);
            }
            else if (i.op === 'match')
                matched = true;
            else
                list.push(p);
        }
    };
    let current = [];
    for (let at = 0;; at++) {
        // A match may start anywhere: a new thread at every position.
        add(current, 0, at);
        if (matched)
            return true;
        if (at === cps.length)
            return false;
        const next = [];
        for (const pc of current) {
            if (program[pc].test(cps[at]))
                add(next, pc + 1, at + 1);
        }
        if (matched)
            return true;
        current = next;
    }
}
function holds(kind, cps, at) {
    if (kind === 'start')
        return at === 0;
    if (kind === 'end')
        return at === cps.length;
    const before = at > 0 && isWord(cps[at - 1]);
    const after = at < cps.length && isWord(cps[at]);
    return (before !== after) === (kind === 'boundary');
}
/**
 * Compiles a JavaScript regular expression (`u` flag) for linear-time matching. Throws
 * `SyntaxError` for what JavaScript itself refuses, and {@link UnsupportedPatternError} for what
 * this matcher does not do or a pattern over the size limits.
 */
function linearRegex(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        throw new UnsupportedPatternError(`the pattern is ${source.length} characters long, over the ${MAX_PATTERN_LENGTH} allowed`);
    // JavaScript's own parser first: its syntax errors are the ones users know.
    new RegExp(source, 'u');
    return fromTree(source, new Parser(source).parse());
}
/** A shell-style glob, `*` for any run of characters and `?` for one, matched whole. */
function linearGlob(glob) {
    if (glob.length > MAX_PATTERN_LENGTH)
        throw new UnsupportedPatternError(`the pattern is ${glob.length} characters long, over the ${MAX_PATTERN_LENGTH} allowed`);
    const any = () => true;
    const items = [{ t: 'assert', kind: 'start' }];
    for (const ch of glob) {
        const cp = ch.codePointAt(0);
        if (ch === '*')
            items.push({ t: 'rep', node: { t: 'char', test: any }, min: 0, max: Infinity });
        else if (ch === '?')
            items.push({ t: 'char', test: any });
        else
            items.push({ t: 'char', test: x => x === cp });
    }
    items.push({ t: 'assert', kind: 'end' });
    return fromTree(glob, { t: 'cat', items });
}
function fromTree(source, tree) {
    const program = compile(tree);
    return { source, test: text => search(program, text) };
}

// EXTERNAL MODULE: ./src/action/inputs/values.ts
var values = __webpack_require__(74282);
;// CONCATENATED MODULE: ./src/action/inputs/references.ts
/**
 * Inputs that name images: `image` (the target repository), `tags`, and a remote `source`,
 * resolved against `registry` and the repository owner as the contract describes.
 */




/** Parses `value` as a reference, turning a parse failure into an error on `input`. */
function parseAs(input, value, registry, shown = value) {
    try {
        return (0,reference/* parseReference */.F2)(value, { defaultRegistry: registry });
    }
    catch (e) {
        if (!(e instanceof reference/* InvalidReferenceError */.x_))
            throw e;
        const lower = value.toLowerCase();
        throw new errors/* InputError */.dz(input, shown, e.rule, input === 'image' && lower !== value ? `Use lower case: ${lower}` : undefined);
    }
}
function checkedImage(full, registry) {
    const ref = parseAs('image', full, registry);
    if (ref.registry !== registry) {
        throw new errors/* InputError */.dz('image', full, `the image is on ${ref.registry} but registry is ${registry}; the action logs in to registry only`, `Set registry: ${ref.registry}, or use an image on ${registry}.`);
    }
    return ref;
}
/**
 * Resolves the `image` input against `registry` and the repository owner: a full
 * `host/path` is taken as is; a path without a host is `<registry>/<owner>/<name>` for one
 * component and `<registry>/<path>` for more.
 */
function resolveImage(raw, registry, ctx, notices) {
    if (raw === '') {
        if (!ctx.repository.includes('/')) {
            throw new errors/* InputError */.dz('image', raw, 'no image was given and GITHUB_REPOSITORY is not set, so the default <registry>/<owner>/<repo> is unknown', 'Set image: to e.g. ghcr.io/OWNER/NAME.');
        }
        const lower = ctx.repository.toLowerCase();
        if (lower !== ctx.repository) {
            notices.push(`Image names must be lower-case: using ${registry}/${lower} for repository ${ctx.repository}.`);
        }
        return checkedImage(`${registry}/${lower}`, registry);
    }
    if (raw.includes('@') || /:[^/]*$/.test(raw.replace(/^[^/]*\//, ''))) {
        throw new errors/* InputError */.dz('image', raw, 'image is a repository without tag or digest', 'Put tags in the tags: input.');
    }
    const first = raw.split('/')[0] ?? '';
    if (raw.includes('/') && (0,reference/* looksLikeRegistry */.V7)(first))
        return checkedImage(raw, registry);
    if (!raw.includes('/')) {
        if (!ctx.owner) {
            throw new errors/* InputError */.dz('image', raw, 'a short image name means <registry>/<owner>/<name>, and GITHUB_REPOSITORY is not set to give the owner', 'Use the full name, e.g. ghcr.io/OWNER/NAME.');
        }
        const problem = (0,reference/* repositoryProblem */.Ki)(raw);
        if (problem)
            throw new errors/* InputError */.dz('image', raw, problem);
        return checkedImage(`${registry}/${ctx.owner.toLowerCase()}/${raw}`, registry);
    }
    return checkedImage(`${registry}/${raw}`, registry);
}
/**
 * delete's `image`: packages one per line (or comma), each an image name as {@link resolveImage}
 * reads it, or a pattern with `*` (any run of characters, `/` included) and `?` over the package
 * names of one owner, written out: `ghcr.io/octo-org/api-*`, `octo-org/*`, or `api-*` for the
 * repository owner's.
 */
function deleteTargets(raw, registry, ctx, notices) {
    const lines = (0,values/* splitList */.ry)(raw);
    if (lines.length === 0)
        return [{ text: '', image: resolveImage('', registry, ctx, notices) }];
    const targets = [];
    for (const text of lines) {
        if (!/[*?]/.test(text)) {
            const image = resolveImage(text, registry, ctx, notices);
            if (!targets.some(t => !t.pattern && t.image.repository === image.repository))
                targets.push({ text, image });
            continue;
        }
        const first = text.split('/')[0] ?? '';
        const hosted = text.includes('/') && (0,reference/* looksLikeRegistry */.V7)(first);
        if (hosted && first.toLowerCase() !== registry) {
            throw new errors/* InputError */.dz('image', text, `the pattern is on ${first} but registry is ${registry}; delete cleans packages of ${registry} only`, `Write ${registry}/OWNER/PATTERN.`);
        }
        let path = hosted ? text.slice(first.length + 1) : text;
        if (!path.includes('/')) {
            if (!ctx.owner)
                throw new errors/* InputError */.dz('image', text, 'a pattern without an owner means the repository owner, and GITHUB_REPOSITORY is not set to give it', `Write the owner: ${registry}/OWNER/${path}.`);
            path = `${ctx.owner.toLowerCase()}/${path}`;
        }
        const [owner, ...rest] = path.split('/');
        const name = rest.join('/');
        if (!owner || /[*?]/.test(owner)) {
            throw new errors/* InputError */.dz('image', text, "a pattern matches the package names of one owner, and the owner must be written out (GitHub's API lists packages owner by owner)", `For example: ${registry}/octo-org/api-*.`);
        }
        // What a package name may hold, with the wildcards: a pattern of anything else matches nothing.
        if (!/^[a-z0-9*?][a-z0-9._/*?-]*$/.test(name) || owner !== owner.toLowerCase()) {
            throw new errors/* InputError */.dz('image', text, 'a package pattern is lower-case letters, digits, ".", "_", "-" and "/", with * for any run of characters and ? for one', `For example: ${registry}/octo-org/api-*.`);
        }
        const glob = linearGlob(name);
        targets.push({
            text,
            image: { registry, repository: `${owner}/${name}` },
            pattern: { owner, matches: n => glob.test(n) }
        });
    }
    return targets;
}
/**
 * Tags: bare tags (`latest`, `2.5`) or full references (`ghcr.io/o/i:2.5`, as
 * docker/metadata-action prints them). Full references must name `image`. Undefined when the
 * input is empty.
 */
function parseTags(raw, image) {
    if (raw === '')
        return undefined;
    const tags = [];
    for (const item of (0,values/* splitList */.ry)(raw)) {
        // `owner/name:tag` with no registry host is how Docker names a Docker Hub image
        // (docker.io/owner/name): taking it for this registry's image would push elsewhere than
        // the workflow meant, and silently drop the Docker Hub push.
        const first = item.split('/')[0] ?? '';
        if (item.includes('/') && !(0,reference/* looksLikeRegistry */.V7)(first)) {
            throw new errors/* InputError */.dz('tags', item, `a name with a path and no registry host is a Docker Hub name: Docker reads it as docker.io/${item}, and this step pushes only to ${image.registry}/${image.repository}`, `Write the full name for this registry (${image.registry}/${image.repository}:${/:([^/:]+)$/.exec(item)?.[1] ?? 'TAG'}), or give bare tags; to publish to Docker Hub as well, add a step with command: copy, registry: docker.io and its own credentials (see the README, "Docker Hub too").`);
        }
        if (item.includes('/') || item.includes('@')) {
            const ref = parseAs('tags', item, image.registry);
            if (ref.registry !== image.registry || ref.repository !== image.repository) {
                throw new errors/* InputError */.dz('tags', item, `the reference names ${ref.registry}/${ref.repository}, not the image ${image.registry}/${image.repository}`, 'Set image: to that repository, or give bare tags.');
            }
            if (ref.tag === undefined || ref.digest) {
                throw new errors/* InputError */.dz('tags', item, 'a full reference in tags must end in :TAG and carry no digest');
            }
            tags.push(ref.tag);
        }
        else {
            const tag = item.startsWith(':') ? item.slice(1) : item;
            const problem = (0,reference/* tagProblem */.qH)(tag);
            if (problem)
                throw new errors/* InputError */.dz('tags', item, problem);
            tags.push(tag);
        }
    }
    if (tags.length === 0)
        throw new errors/* InputError */.dz('tags', raw, 'the list has no tags');
    return [...new Set(tags)];
}
/**
 * A remote `source` (pull, tag, copy): short names resolve as `image` does (one component is
 * `<registry>/<owner>/<name>`); no tag or digest means `latest`. Empty: `image:latest`.
 */
function parseRemoteSource(raw, image, ctx, input = 'source') {
    if (raw === '')
        return { ...image, tag: 'latest' };
    let full = raw;
    const first = raw.split('/')[0] ?? '';
    if (!(raw.includes('/') && (0,reference/* looksLikeRegistry */.V7)(first))) {
        const name = raw.includes('/') ? raw : `${ctx.owner.toLowerCase()}/${raw}`;
        full = `${image.registry}/${name}`;
    }
    const ref = parseAs(input, full, image.registry, raw);
    return ref.tag === undefined && !ref.digest ? { ...ref, tag: 'latest' } : ref;
}
const BARE_DIGEST = /^sha(256|512):/;
/**
 * The `sources` of `index`: a digest (`sha256:…`) or a bare tag (`1.2-amd64`) of `image`, or a
 * reference (`name@sha256:…`, `name:tag`, `ghcr.io/o/name@…`) resolved as `source` is. All on
 * `image`'s registry: the merge mounts blobs, it never moves them between registries.
 */
function parseIndexSources(raw, image, ctx) {
    const sources = (0,values/* splitList */.ry)(raw).map(item => {
        if (BARE_DIGEST.test(item))
            return parseAs('sources', `${formatRepo(image)}@${item}`, image.registry, item);
        if (!/[/:@]/.test(item)) {
            const problem = (0,reference/* tagProblem */.qH)(item);
            if (problem)
                throw new errors/* InputError */.dz('sources', item, problem);
            return { ...image, tag: item };
        }
        const ref = parseRemoteSource(item, image, ctx, 'sources');
        if (ref.registry !== image.registry) {
            throw new errors/* InputError */.dz('sources', item, `index merges images of ${image.registry}, and this one is on ${ref.registry}`, `Copy it to ${image.registry} first with command: copy, and list the copy.`);
        }
        return ref;
    });
    return sources;
}
function formatRepo(ref) {
    return `${ref.registry}/${ref.repository}`;
}

;// CONCATENATED MODULE: ./src/action/attest-ready.ts

/**
 * Checks, before anything is built or pushed, that this job can attest: `@actions/attest`
 * serves github.com and ghe.com only, and signing needs the job's OIDC token.
 */
function checkAttestReady(ctx) {
    const host = new URL(ctx.serverUrl).hostname;
    if (host !== 'github.com' && !/^[a-z0-9-]+\.ghe\.com$/.test(host)) {
        throw new errors/* UserError */.yo(`Input "attest": "true" cannot be done on ${ctx.serverUrl}: artifact attestations are made on github.com and ghe.com only (GitHub Enterprise Server has no Sigstore instance nor attestations API). Set attest: false.`);
    }
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors/* UserError */.yo('Input "attest": "true" needs the job\'s OIDC token, and this job may not ask for one. Give the job "permissions: id-token: write" (to sign) and "attestations: write" (to store the attestation), with "packages: write" and "contents: read".');
    }
}

;// CONCATENATED MODULE: ./src/action/inputs/common.ts
/** What every command reads: where to log in, as whom, the target repository, and the tags. */







/** How tags are derived from the git context when `tags` is empty. */
function tagStyleOf(read) {
    return (0,values/* oneOf */.yL)('tag-style', read('tag-style'), action_tags/* TAG_STYLES */.YC);
}
function readCommon(read, ctx, command) {
    const notices = [];
    const registryRaw = read('registry') || (0,action_token/* serverRegistry */.tS)(ctx.serverUrl);
    const registryIssue = (0,reference/* registryProblem */.T7)(registryRaw);
    if (registryIssue) {
        const fix = /^[a-z]+:\/\//i.test(registryRaw)
            ? `Use ${registryRaw.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}.`
            : undefined;
        throw new errors/* InputError */.dz('registry', registryRaw, registryIssue, fix);
    }
    const registry = registryRaw.toLowerCase();
    // `password` is docker/login-action's name for the token; it wins when set.
    let token = read('password') || read('token');
    if (/[\r\n]/.test(token)) {
        // The value is never echoed: it is a secret.
        throw new errors/* InputError */.dz(read('password') ? 'password' : 'token', '***', 'a token is one line', 'Check the secret the token comes from.');
    }
    const username = read('username') || ctx.actor;
    if (/[\s:]/.test(username)) {
        throw new errors/* InputError */.dz('username', username, 'a user name has no white space or ":"');
    }
    // The workflow's GITHUB_TOKEN is the credential of the server that issued it: it goes to
    // that server's registry only (on GHES and ghe.com, never to ghcr.io). `token` defaults to
    // it, so an installation token there is taken as that default; one given explicitly as
    // `password` is the user's choice.
    const githubToken = (0,action_token/* classifyToken */.OE)(token) === 'installation' && !read('password');
    if (githubToken && !(0,action_token/* isServerRegistry */.Ng)(registry, ctx.serverUrl)) {
        const own = (0,action_token/* serverRegistry */.tS)(ctx.serverUrl);
        const why = (0,action_token/* isGitHubRegistry */.vX)(registry, ctx.serverUrl)
            ? `the workflow's GITHUB_TOKEN was issued by ${ctx.serverUrl} and is sent only to its registry, ${own}`
            : `the workflow's GITHUB_TOKEN is sent only to ${own}, the registry of ${ctx.serverUrl}, and ${registry} is another`;
        if (command === 'login') {
            throw new errors/* InputError */.dz('token', '***', why, `Set username and password from a secret for ${registry}.`);
        }
        notices.push(`${registry}: ${why}, so this step reads and writes ${registry} without credentials. To log in there, set username and password from a secret for ${registry}.`);
        token = '';
    }
    if (command === 'login' && token === '') {
        throw new errors/* InputError */.dz('token', '', 'login needs a token', 'Leave token: unset to use ${{ github.token }}, or pass a secret.');
    }
    if (token !== '' && username === '') {
        throw new errors/* InputError */.dz('username', '', 'a token needs a user name', 'Set username: or run in GitHub Actions.');
    }
    // delete reads image as a list of packages and patterns: its first stands for it in messages.
    const image = command === 'delete'
        ? deleteTargets(read('image'), registry, ctx, notices)[0].image
        : resolveImage(read('image'), registry, ctx, notices);
    const logout = (0,values/* bool */.lc)('logout', read('logout'));
    return {
        registry,
        username,
        token,
        tokenInput: read('password') ? 'password' : 'token',
        image,
        logout,
        notices
    };
}
/**
 * The tags to write: the input's, or the git context's; each checked before any work. A push
 * by digest writes only the tags given (none by default): the `index` step tags the merge.
 */
function tagsOrDefault(read, image, ctx, byDigest = false) {
    const given = parseTags(read('tags'), image);
    if (byDigest)
        return given ?? [];
    const style = tagStyleOf(read);
    const tags = given ?? (0,action_tags/* defaultTags */.nK)(ctx, style);
    if (tags.length === 0) {
        throw new errors/* InputError */.dz('tags', '', `no tags were given and the git context gives none (tag-style: ${style}, ${ctx.eventName || 'no'} event, ref ${ctx.ref || 'unset'})`, 'Set tags:.');
    }
    for (const tag of tags) {
        const problem = (0,reference/* tagProblem */.qH)(tag);
        if (problem)
            throw new errors/* InputError */.dz('tags', tag, problem);
    }
    return tags;
}
/** `attest` and `attest-push`; with attest, the job must be able to (checked before any work). */
function readAttest(read, ctx) {
    const attest = (0,values/* bool */.lc)('attest', read('attest'));
    if (attest)
        checkAttestReady(ctx);
    return { attest, attestPush: (0,values/* bool */.lc)('attest-push', read('attest-push')) };
}
/** A leg's `push-by-digest`, and the tags it writes (none by default). */
function readLeg(read, image, ctx) {
    const pushByDigest = (0,values/* bool */.lc)('push-by-digest', read('push-by-digest'));
    return {
        pushByDigest,
        tagStyle: tagStyleOf(read),
        tags: tagsOrDefault(read, image, ctx, pushByDigest),
        ...readAttest(read, ctx)
    };
}

;// CONCATENATED MODULE: ./src/action/inputs/types.ts
const COMMANDS = [
    'build-push',
    'push',
    'pull',
    'tag',
    'copy',
    'login',
    'index',
    'delete'
];
const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'];
const ATTESTATIONS = ['keep', 'drop'];

;// CONCATENATED MODULE: ./src/action/inputs/build-push.ts
/** build-push's inputs: the build itself, and docker/build-push-action's (`build.ts`). */







const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/;
const LABEL_KEY = /^[^\s=]+$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parseBuildArgs(raw) {
    return (0,values/* splitKeyValueList */.nE)(raw).map(item => {
        if (!BUILD_ARG.test(item)) {
            throw new errors/* InputError */.dz('build-args', item, 'each build argument is KEY=VALUE, KEY being letters, digits and _ not starting with a digit');
        }
        return item;
    });
}
function parseLabels(raw) {
    const labels = {};
    for (const item of (0,values/* splitKeyValueList */.nE)(raw)) {
        const eq = item.indexOf('=');
        const key = eq > 0 ? item.slice(0, eq) : '';
        if (!LABEL_KEY.test(key)) {
            throw new errors/* InputError */.dz('labels', item, 'each label is KEY=VALUE with a key free of spaces and "="');
        }
        labels[key] = item.slice(eq + 1);
    }
    return labels;
}
function readBuildPush(read, common, ctx) {
    const { pushByDigest, tagStyle, tags, attest, attestPush } = readLeg(read, common.image, ctx);
    const push = (0,values/* tristate */.rK)('push', read('push'));
    const context = read('context');
    const isRemoteContext = /^(https?:\/\/|git@|github\.com\/)/.test(context);
    const file = read('file') || (isRemoteContext ? '' : (0,external_node_path_.join)(context, 'Dockerfile'));
    if (!isRemoteContext) {
        if (!(0,external_node_fs_.existsSync)(context) || !(0,external_node_fs_.statSync)(context).isDirectory()) {
            throw new errors/* InputError */.dz('context', context, 'the build context must be a directory');
        }
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new errors/* InputError */.dz('file', file, 'the Dockerfile does not exist', 'Set file: to your Dockerfile.');
        }
    }
    const buildArgs = parseBuildArgs(read('build-args'));
    const labels = parseLabels(read('labels'));
    const target = read('target');
    if (target && !NAME.test(target)) {
        throw new errors/* InputError */.dz('target', target, 'a build stage name is letters, digits, "_", "." and "-"');
    }
    const network = read('network');
    if (network && !NAME.test(network)) {
        throw new errors/* InputError */.dz('network', network, 'a network is a name such as default, none or host');
    }
    const platforms = (0,values/* splitList */.ry)(read('platforms')).map(p => (0,values/* platformOf */.tj)('platforms', p));
    // Any other name is a buildx builder instance, as docker/setup-buildx-action outputs it.
    const builderRaw = read('builder');
    const named = BUILDERS.includes(builderRaw.toLowerCase());
    if (!named && !NAME.test(builderRaw)) {
        throw new errors/* InputError */.dz('builder', builderRaw, `one of ${BUILDERS.join(', ')}, or the name of a buildx builder instance`);
    }
    const builder = named ? (0,values/* oneOf */.yL)('builder', builderRaw, BUILDERS) : 'buildx';
    const features = (0,build/* readBuildFeatures */.Yl)(read);
    const load = (0,values/* tristate */.rK)('load', read('load'));
    if (load === true && platforms.length > 1) {
        throw new errors/* InputError */.dz('load', 'true', `the Docker engine keeps one image per name, and platforms lists ${platforms.length}`, 'Build one platform to load it, or push and pull the platform you need.');
    }
    (0,build/* checkAnnotationPlatforms */.oG)(features.annotations, platforms.length ? platforms : [ctx.platform]);
    return {
        ...common,
        command: 'build-push',
        tags,
        pushByDigest,
        tagStyle,
        attest,
        attestPush,
        push,
        context,
        file,
        buildArgs,
        labels,
        target,
        network,
        platforms,
        builder,
        buildxBuilder: named ? '' : builderRaw,
        load,
        features
    };
}

;// CONCATENATED MODULE: ./src/action/inputs/delete.ts





const DURATION_UNITS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
    mo: 30 * 86_400_000,
    y: 365 * 86_400_000
};
/**
 * `30 days`, `2 weeks`, `12h`, `1 month`: milliseconds. `0 days` is allowed: age then protects
 * nothing, not even the hour's grace for untagged images.
 */
function parseDuration(input, raw) {
    const m = /^(\d{1,9})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|h|days?|d|weeks?|w|months?|mo|years?|y)$/i.exec(raw);
    if (!m) {
        throw new errors/* InputError */.dz(input, raw, 'a duration is a whole number and a unit: seconds, minutes, hours, days, weeks, months (30 days) or years (365 days)', 'For example: older-than: 30 days.');
    }
    // Every unit is named by its first letter, but months (`mo`), which share minutes' `m`.
    const unit = m[2].toLowerCase();
    return Number(m[1]) * DURATION_UNITS[unit.startsWith('mo') ? 'mo' : unit[0]];
}
/** `sha256:<64 hex>` digests, a list. */
function digests(input, raw) {
    const list = (0,values/* splitList */.ry)(raw);
    for (const d of list)
        if (!/^sha256:[0-9a-f]{64}$/.test(d))
            throw new errors/* InputError */.dz(input, d, 'a manifest digest is sha256: and 64 lower-case hex digits', "Copy it from a step's digest output or the package page.");
    return new Set(list);
}
function count(input, raw) {
    if (raw === '')
        return undefined;
    if (!/^\d{1,6}$/.test(raw))
        throw new errors/* InputError */.dz(input, raw, 'a whole number, 0 or more');
    return Number(raw);
}
/**
 * Tag patterns: exact tags with `*` and `?` wildcards (a list, by lines or commas), or with
 * use-regex, regular expressions, one per line (a pattern's own commas stay in it: `{1,3}`).
 * Both are matched in linear time (`linear-regex.ts`), so no pattern can hang the step.
 */
function tagPatterns(input, raw, regex) {
    const texts = regex
        ? raw
            .split(/\r?\n/)
            .map(l => l.trim())
            .filter(Boolean)
        : (0,values/* splitList */.ry)(raw);
    return texts.map(text => {
        let compiled;
        try {
            compiled = regex ? linearRegex(text) : linearGlob(text);
        }
        catch (e) {
            if (e instanceof UnsupportedPatternError)
                throw new errors/* InputError */.dz(input, text, `${e.message}: tag patterns are matched in linear time, which rules out backreferences and lookaround`);
            throw new errors/* InputError */.dz(input, text, `not a regular expression: ${e.message}`);
        }
        // A tag is tested against a pattern several times while the plan is made.
        const seen = new Map();
        return {
            text,
            regex,
            matches: tag => {
                let hit = seen.get(tag);
                if (hit === undefined)
                    seen.set(tag, (hit = compiled.test(tag)));
                return hit;
            }
        };
    });
}
/** Whether any rule of `delete` chooses versions to delete (`validate` alone chooses none). */
function selectsVersions(inputs) {
    return (inputs.deleteUntagged ||
        inputs.olderThanMs !== undefined ||
        inputs.keepNTagged !== undefined ||
        inputs.keepNUntagged !== undefined ||
        inputs.deleteTags.length > 0 ||
        inputs.deleteGhostImages ||
        inputs.deletePartialImages);
}
function readDelete(read, common, ctx) {
    if (!(0,action_token/* isServerRegistry */.Ng)(common.registry, ctx.serverUrl)) {
        throw new errors/* InputError */.dz('registry', common.registry, `delete works through the Packages API of ${ctx.serverUrl}, so only on its registry, ${(0,action_token/* serverRegistry */.tS)(ctx.serverUrl)}`);
    }
    if (!common.token) {
        throw new errors/* InputError */.dz('token', '', 'delete needs a token that may delete package versions', 'Leave token: unset to use ${{ github.token }} with "permissions: packages: write".');
    }
    const regex = (0,values/* bool */.lc)('use-regex', read('use-regex'));
    const olderThan = read('older-than');
    const inputs = {
        ...common,
        command: 'delete',
        deleteUntagged: (0,values/* bool */.lc)('delete-untagged', read('delete-untagged')),
        olderThanMs: olderThan ? parseDuration('older-than', olderThan) : undefined,
        keepNTagged: count('keep-n-tagged', read('keep-n-tagged')),
        keepNUntagged: count('keep-n-untagged', read('keep-n-untagged')),
        deleteTags: tagPatterns('delete-tags', read('delete-tags'), regex),
        excludeTags: tagPatterns('exclude-tags', read('exclude-tags'), regex),
        deleteGhostImages: (0,values/* bool */.lc)('delete-ghost-images', read('delete-ghost-images')),
        deletePartialImages: (0,values/* bool */.lc)('delete-partial-images', read('delete-partial-images')),
        excludeDigests: digests('exclude-digests', read('exclude-digests')),
        dryRun: (0,values/* bool */.lc)('dry-run', read('dry-run')),
        validate: (0,values/* bool */.lc)('validate', read('validate')),
        targets: deleteTargets(read('image'), common.registry, ctx, [])
    };
    if (!selectsVersions(inputs) && !inputs.validate) {
        throw new errors/* InputError */.dz('delete-untagged', read('delete-untagged'), 'delete deletes nothing by default: give at least one rule (delete-untagged, older-than, keep-n-tagged, keep-n-untagged, delete-tags, delete-ghost-images, delete-partial-images) or validate: true', 'For example: delete-untagged: true.');
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/action/inputs/index-merge.ts






function readIndex(read, common, ctx) {
    const sources = parseIndexSources(read('sources'), common.image, ctx);
    const platforms = [...new Set((0,values/* splitList */.ry)(read('platforms')).map(p => (0,values/* platformOf */.tj)('platforms', p)))];
    if (sources.length === 0 && platforms.length === 0) {
        throw new errors/* InputError */.dz('sources', '', "index needs the images to merge: sources, or the platforms of this run's push-by-digest legs", 'Set platforms: to the platforms of the matrix legs (e.g. linux/amd64,linux/arm64), or sources: to their digests.');
    }
    const annotations = (0,build/* parseAnnotations */.KX)(read('annotations'));
    const misplaced = annotations.find(a => a.level === 'index-descriptor');
    if (misplaced) {
        throw new errors/* InputError */.dz('annotations', `index-descriptor:${misplaced.key}=${misplaced.value}`, 'index writes an index to a registry, which has no index descriptor to annotate', 'Use index:KEY=VALUE for the index, manifest-descriptor:KEY=VALUE for its entries.');
    }
    // A platform's manifest is the image a leg pushed: index cannot change it without changing
    // its digest. Plain manifest: lines (docker/metadata-action's form) annotate the index.
    const perImage = annotations.find(a => a.level === 'manifest' && a.platforms);
    if (perImage) {
        throw new errors/* InputError */.dz('annotations', `manifest[${perImage.platforms}]:${perImage.key}=${perImage.value}`, "index writes only the index: the images' manifests are the legs' own, and annotating one would change its digest", `Set it on the leg's build (annotations: ${perImage.key}=…), or annotate the index's entry with manifest-descriptor[${perImage.platforms}]:${perImage.key}=….`);
    }
    (0,build/* checkAnnotationPlatforms */.oG)(annotations);
    return {
        ...common,
        command: 'index',
        sources,
        platforms,
        tags: tagsOrDefault(read, common.image, ctx),
        annotations,
        attestations: (0,values/* oneOf */.yL)('attestations', read('attestations'), ATTESTATIONS),
        ...readAttest(read, ctx)
    };
}

;// CONCATENATED MODULE: ./src/action/inputs/push-source.ts
/** The `source` of `command: push`: a local image in the Docker engine, an OCI layout, or an archive. */



function parsePushSource(raw, image) {
    if (raw === '')
        return { kind: 'docker-daemon', name: `${image.registry}/${image.repository}` };
    const [scheme, ...restParts] = raw.split(':');
    const rest = restParts.join(':');
    if (scheme === 'docker-daemon') {
        if (!rest)
            throw new errors/* InputError */.dz('source', raw, 'docker-daemon: needs an image name or ID after it');
        return { kind: 'docker-daemon', name: rest };
    }
    if (scheme === 'oci') {
        // oci:PATH[:TAG], as skopeo writes it; a path may itself contain ":" only before the tag.
        const m = /^(.*?)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(rest);
        const path = m?.[1] ?? '';
        if (!path)
            throw new errors/* InputError */.dz('source', raw, 'oci: needs a layout directory: oci:PATH[:TAG]');
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'oci-layout'))) {
            throw new errors/* InputError */.dz('source', raw, `${path} is not an OCI image layout (it has no oci-layout file)`);
        }
        return { kind: 'oci', path, ...(m?.[2] !== undefined && { tag: m[2] }) };
    }
    if (scheme === 'docker-archive') {
        if (!rest)
            throw new errors/* InputError */.dz('source', raw, 'docker-archive: needs a file: docker-archive:PATH');
        if (!(0,external_node_fs_.existsSync)(rest) || !(0,external_node_fs_.statSync)(rest).isFile()) {
            throw new errors/* InputError */.dz('source', raw, `${rest} is not a file`);
        }
        return { kind: 'docker-archive', path: rest };
    }
    // skopeo transports the action does not read from; "docker://" is a remote image, not a local one.
    if (/^(docker|dir|containers-storage|oci-archive|ostree|sif|tarball):/.test(raw)) {
        throw new errors/* InputError */.dz('source', raw, 'push reads a local image NAME, docker-daemon:NAME, oci:PATH[:TAG] or docker-archive:PATH', scheme === 'docker' ? 'To copy a remote image, use command: copy.' : undefined);
    }
    return { kind: 'docker-daemon', name: raw };
}

;// CONCATENATED MODULE: ./src/action/inputs/transfer.ts
/** The inputs of the commands that move an existing image: push, pull, tag, copy. */








/** push: a local image, an OCI layout or a docker-archive, and the tags (or a push by digest). */
function readPush(read, common, ctx) {
    return {
        ...common,
        command: 'push',
        ...readLeg(read, common.image, ctx),
        source: parsePushSource(read('source'), common.image)
    };
}
function readPull(read, common, ctx) {
    const source = parseRemoteSource(read('source'), common.image, ctx);
    const platformRaw = read('platform');
    const load = (0,values/* tristate */.rK)('load', read('load'));
    const output = read('output');
    if (output && (0,external_node_fs_.existsSync)(output)) {
        if (!(0,external_node_fs_.statSync)(output).isDirectory()) {
            throw new errors/* InputError */.dz('output', output, 'output is a directory for an OCI image layout, and a file is there');
        }
        // An OCI layout takes more images; any other directory with files in it is not ours to
        // write blobs/, oci-layout and index.json into.
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(output, 'oci-layout')) && (0,external_node_fs_.readdirSync)(output).length > 0) {
            throw new errors/* InputError */.dz('output', output, 'output is a new or empty directory, or an OCI image layout; this directory holds other files', 'Name a directory that does not exist yet.');
        }
    }
    return {
        ...common,
        command: 'pull',
        source,
        platform: platformRaw ? (0,values/* platformOf */.tj)('platform', platformRaw) : '',
        load,
        output
    };
}
function readTag(read, common, ctx) {
    const source = parseRemoteSource(read('source'), common.image, ctx);
    if (source.registry !== common.registry) {
        throw new errors/* InputError */.dz('source', (0,reference/* formatReference */.FH)(source), `tag works within one registry, and the source is on ${source.registry}`, 'Use command: copy to bring an image from another registry.');
    }
    const tags = parseTags(read('tags'), common.image);
    if (!tags)
        throw new errors/* InputError */.dz('tags', '', 'tag needs the tags to add', 'Set tags: to e.g. stable, 1.2.');
    return { ...common, command: 'tag', source, tags };
}
function readCopy(read, common, ctx) {
    if (read('source') === '') {
        throw new errors/* InputError */.dz('source', '', 'copy needs a source image', 'Set source: to e.g. docker.io/library/alpine:3.20.');
    }
    const source = parseRemoteSource(read('source'), common.image, ctx);
    const tags = parseTags(read('tags'), common.image) ?? (source.tag ? [source.tag] : undefined);
    if (!tags) {
        throw new errors/* InputError */.dz('tags', '', 'copying an image named by digest needs tags to write', 'Set tags:.');
    }
    const platformRaw = read('platform');
    return {
        ...common,
        command: 'copy',
        source,
        tags,
        platform: platformRaw ? (0,values/* platformOf */.tj)('platform', platformRaw) : '',
        referrers: (0,values/* bool */.lc)('referrers', read('referrers'))
    };
}

;// CONCATENATED MODULE: ./src/action/inputs/usage.ts
/**
 * Every input of the action: which commands read it and its default, the one source of both.
 * action.yml declares the same names, defaults and, at the start of each description, the
 * commands that read it; `__tests__/unit/inputs-usage.test.ts` holds the two together. The
 * runner passes action.yml's defaults as if the user had set them, so a value equal to its
 * default counts as unset when an input is refused for a command that does not read it.
 */


const BUILD = ['build-push'];
const DELETE = ['delete'];
const INPUTS = {
    command: { commands: 'every', default: 'build-push' },
    registry: { commands: 'every' },
    username: { commands: 'every', default: '${{ github.actor }}' },
    token: { commands: 'every', default: '${{ github.token }}', secret: true },
    password: { commands: 'every', secret: true },
    image: { commands: 'every' },
    tags: { commands: ['build-push', 'push', 'tag', 'copy', 'index'] },
    push: { commands: BUILD, default: 'auto' },
    context: { commands: BUILD, default: '.' },
    file: { commands: BUILD },
    'build-args': { commands: BUILD },
    labels: { commands: BUILD },
    target: { commands: BUILD },
    network: { commands: BUILD },
    platforms: { commands: ['build-push', 'index'] },
    builder: { commands: BUILD, default: 'auto' },
    'cache-from': { commands: BUILD },
    'cache-to': { commands: BUILD },
    secrets: { commands: BUILD, secret: true },
    'secret-files': { commands: BUILD },
    'secret-envs': { commands: BUILD },
    ssh: { commands: BUILD },
    'build-contexts': { commands: BUILD },
    'no-cache': { commands: BUILD, default: 'false' },
    pull: { commands: BUILD, default: 'false' },
    provenance: { commands: BUILD },
    sbom: { commands: BUILD },
    annotations: { commands: ['build-push', 'index'] },
    'push-by-digest': { commands: ['build-push', 'push'], default: 'false' },
    'tag-style': { commands: ['build-push', 'push', 'index'], default: 'semver' },
    attest: { commands: ['build-push', 'push', 'index'], default: 'false' },
    'attest-push': { commands: ['build-push', 'push', 'index'], default: 'true' },
    sources: { commands: ['index'] },
    attestations: { commands: ['index'], default: 'keep' },
    'delete-untagged': { commands: DELETE, default: 'false' },
    'older-than': { commands: DELETE },
    'keep-n-tagged': { commands: DELETE },
    'keep-n-untagged': { commands: DELETE },
    'delete-tags': { commands: DELETE },
    'exclude-tags': { commands: DELETE },
    'exclude-digests': { commands: DELETE },
    'delete-ghost-images': { commands: DELETE, default: 'false' },
    'delete-partial-images': { commands: DELETE, default: 'false' },
    'use-regex': { commands: DELETE, default: 'false' },
    'dry-run': { commands: DELETE, default: 'false' },
    validate: { commands: DELETE, default: 'false' },
    source: { commands: ['push', 'pull', 'tag', 'copy'] },
    platform: { commands: ['pull', 'copy'] },
    referrers: { commands: ['copy'], default: 'true' },
    load: { commands: ['build-push', 'pull'] },
    output: { commands: ['pull'] },
    logout: { commands: 'every', default: 'true' }
};
/** The default a reader gets for an input left unset (an expression's is the runner's). */
function literalDefault(name) {
    const value = INPUTS[name]?.default;
    return value !== undefined && !value.startsWith('${{') ? value : '';
}
/** A reader that gives each input its default where the step left it unset. */
function withDefaults(read) {
    return name => read(name) || literalDefault(name);
}
/** The commands that read an input, in the words of a message: `pull and copy`. */
function readers(input) {
    const commands = INPUTS[input]?.commands ?? [];
    const list = commands === 'every' ? COMMANDS : commands;
    return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
/** Refuses inputs that the command does not read, when the user set them. */
function refuseUnused(read, command) {
    for (const [input, usage] of Object.entries(INPUTS)) {
        if (usage.commands === 'every')
            continue;
        const value = read(input);
        if (value === '' || value === usage.default || usage.commands.includes(command))
            continue;
        throw new errors/* InputError */.dz(input, usage.secret ? '***' : value, `${input} is for ${readers(input)}, not ${command}`, `Remove it, or set command: ${usage.commands[0]}.`);
    }
}

;// CONCATENATED MODULE: ./src/action/inputs/index.ts












/**
 * Reads and validates every input. Throws {@link InputError} for the first bad one; the
 * caller reports it as one `::error::` line before any network or build work.
 */
function readInputs(raw, ctx) {
    const read = withDefaults(raw);
    const command = (0,values/* oneOf */.yL)('command', read('command'), COMMANDS);
    refuseUnused(raw, command);
    const common = readCommon(read, ctx, command);
    switch (command) {
        case 'build-push':
            return readBuildPush(read, common, ctx);
        case 'push':
            return readPush(read, common, ctx);
        case 'pull':
            return readPull(read, common, ctx);
        case 'tag':
            return readTag(read, common, ctx);
        case 'copy':
            return readCopy(read, common, ctx);
        case 'login':
            return { ...common, command };
        case 'index':
            return readIndex(read, common, ctx);
        case 'delete':
            return readDelete(read, common, ctx);
    }
}


/***/ }),

/***/ 74282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ envInput),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   nE: () => (/* binding */ splitKeyValueList),
/* harmony export */   rK: () => (/* binding */ tristate),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   tj: () => (/* binding */ platformOf),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78055);
/**
 * Parsers for single input values: lists, booleans, choices and platforms. Each rejection is
 * an {@link InputError} naming the input, the value and the rule.
 */

/** Reads inputs as the runner passes them: `INPUT_<NAME>`, upper-cased, hyphens kept. */
function envInput(env = process.env) {
    return name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Splits a list input: items are separated by newlines or commas; an item in double quotes
 * keeps its commas. Empty items are dropped, white space around items is trimmed.
 */
function splitList(raw) {
    const items = [];
    for (const line of raw.split(/\r?\n/)) {
        let current = '';
        let quoted = false;
        for (const ch of line) {
            if (ch === '"')
                quoted = !quoted;
            else if (ch === ',' && !quoted) {
                items.push(current);
                current = '';
            }
            else
                current += ch;
        }
        items.push(current);
    }
    return items.map(s => s.trim()).filter(s => s.length > 0);
}
/**
 * Splits a `KEY=VALUE` list: one item per line; on one line, a comma starts a new item only
 * where `KEY=` follows it, so `A=1,B=2` is two items and `LIST=a,b` keeps its comma.
 */
function splitKeyValueList(raw) {
    const items = [];
    for (const line of raw.split(/\r?\n/)) {
        for (const item of line.split(/,(?=\s*[A-Za-z_][A-Za-z0-9_.-]*=)/)) {
            if (item.trim())
                items.push(item.trim());
        }
    }
    return items;
}
function oneOf(input, value, allowed) {
    const v = value.toLowerCase();
    if (allowed.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, `must be one of ${allowed.join(', ')}`);
}
function bool(input, value) {
    if (/^(true|yes|1)$/i.test(value))
        return true;
    if (/^(false|no|0)$/i.test(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, 'must be true or false');
}
function tristate(input, value) {
    if (value === '' || value.toLowerCase() === 'auto')
        return 'auto';
    return bool(input, value);
}
const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(?:\/[a-z0-9_.]+)?$/;
/** A platform `os/arch[/variant]`; `shown` is what the error quotes (the whole item). */
function platformOf(input, value, shown = value) {
    if (!PLATFORM.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, shown, 'a platform is os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8');
    }
    return value;
}


/***/ }),

/***/ 58592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ group),
/* harmony export */   q: () => (/* binding */ html)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/** Log helpers of the action layer. */

/** Runs `work` inside a collapsible log group, closing it however `work` ends. */
async function group(name, work) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(name);
    try {
        return await work();
    }
    finally {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    }
}
/**
 * Text for the job summary, which GitHub renders as HTML: what a registry or an image says
 * (error messages, platform names) must not become markup there.
 */
function html(text) {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}


/***/ }),

/***/ 36769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16546);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40645);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97716);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78055);
/* harmony import */ var _inputs_build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19170);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47015);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58592);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33175);
/**
 * The action's entry: masks the token, dispatches the main step or the post step, and is the
 * one place that fails the step.
 */









/**
 * Each command's implementation, loaded only when it runs, so a step pays at start-up only for
 * the command it runs.
 */
const COMMANDS = {
    'build-push': async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(955), __webpack_require__.e(671), __webpack_require__.e(672), __webpack_require__.e(485), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 88305))).buildPush,
    push: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(955), __webpack_require__.e(671), __webpack_require__.e(672), __webpack_require__.e(485), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 91545))).push,
    pull: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(671), __webpack_require__.e(122)]).then(__webpack_require__.bind(__webpack_require__, 90122))).pull,
    tag: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(671), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 15541))).tag,
    copy: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(671), __webpack_require__.e(672), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 12266))).copy,
    login: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(671), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 77576))).login,
    index: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(671), __webpack_require__.e(672), __webpack_require__.e(436)]).then(__webpack_require__.bind(__webpack_require__, 61436))).mergeIndex,
    delete: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(671), __webpack_require__.e(225)]).then(__webpack_require__.bind(__webpack_require__, 52225))).deletePackageVersions
};
async function dispatch(inputs, ctx) {
    // The table's type pairs each command with its handler; TypeScript cannot follow that
    // pairing through an index by a union, hence the one cast.
    const load = COMMANDS[inputs.command];
    await (await load())(inputs, ctx);
}
/**
 * Runs the main or the post step. Never throws: failures of the main step become one
 * `::error::` line through `setFailed`; failures of the post step are warnings.
 */
async function run(env = process.env) {
    // Mask first: nothing may be printed before the runner knows the token is a secret.
    const read = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_6__/* .envInput */ .Ck)(env);
    for (const secret of [read('token'), read('password')])
        if (secret)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    // Build secrets given by value (`secrets: ID=value`) too, before anything can echo them.
    for (const line of read('secrets').split(/\r?\n/)) {
        const value = line.slice(line.indexOf('=') + 1).trim();
        if (line.includes('=') && value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
    // And credentials written into references, which the inputs then refuse.
    for (const input of ['cache-from', 'cache-to', 'build-contexts'])
        for (const secret of (0,_inputs_build_js__WEBPACK_IMPORTED_MODULE_5__/* .userinfoIn */ .pO)(read(input)))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    if ((0,_state_js__WEBPACK_IMPORTED_MODULE_8__/* .isPost */ .tl)()) {
        await post();
        return;
    }
    (0,_state_js__WEBPACK_IMPORTED_MODULE_8__/* .markMain */ .rH)();
    (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .removePartialWorkOnCancel */ .mo)();
    try {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readContext */ .yI)(env);
        const inputs = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .Ko)(read, ctx);
        for (const notice of inputs.notices)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(notice);
        (0,_state_js__WEBPACK_IMPORTED_MODULE_8__/* .saveState */ .LZ)({});
        await dispatch(inputs, ctx);
        await writeSummary();
    }
    catch (error) {
        fail(error);
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading('Failed', 3).addRaw((0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .html */ .q)(error.message), true);
            if (error.detail)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .html */ .q)(error.detail), true);
        }
        await writeSummary();
    }
    (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .exitIfAbandoned */ .U)();
}
/** Writes the job summary; outside a runner (no GITHUB_STEP_SUMMARY) it is skipped. */
async function writeSummary() {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.write();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`job summary not written: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** Reports a failure as one line, without a stack trace, and never with the token in it. */
function fail(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(error.message));
        return;
    }
    if (error instanceof Error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack ?? error.message);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(error.message));
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(`unexpected failure: ${String(error)}`));
}
/** The post step: undoes what the main step left behind. It only warns, never fails the job. */
async function post() {
    try {
        const records = (0,_state_js__WEBPACK_IMPORTED_MODULE_8__/* .loadState */ .C7)()?.dockerConfigs ?? [];
        if (records.length === 0)
            return;
        const { restoreDockerConfig } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.bind(__webpack_require__, 37631));
        for (const record of [...records].reverse()) {
            try {
                const what = await restoreDockerConfig(record);
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq({
                    restored: `Restored the Docker config ${record.path} as it was before the action ran`,
                    removed: `Removed the Docker config ${record.path}, which the action had created`,
                    unlinked: `Took this run's credentials for ${record.key} out of the Docker config ${record.path}, keeping what other steps or jobs wrote since`,
                    untouched: `The Docker config ${record.path} no longer holds this run's credentials for ${record.key}: left as it is`
                }[what]);
            }
            catch (error) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not take the credentials for ${record.key} out of the Docker config ${record.path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(error instanceof Error ? error.message : String(error))}`);
            }
        }
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Post step clean-up failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(error instanceof Error ? error.message : String(error))}`);
    }
}


/***/ }),

/***/ 33175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   rH: () => (/* binding */ markMain),
/* harmony export */   tl: () => (/* binding */ isPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/**
 * State handed from the main step to the post step. One typed JSON value under one key; it
 * never holds a secret (the token is read again from the inputs if ever needed).
 */

const KEY = 'ghcr-action';
let current;
/**
 * Adds `patch` to the state for the post step. Parts saved earlier in the run are kept: the
 * main step and the login each record what they know.
 */
function saveState(patch) {
    current = { ...current, ...patch, mainRan: true };
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(KEY, JSON.stringify(current));
}
/** Reads the state saved by the main step; undefined in the main step or if it never saved. */
function loadState() {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(KEY);
    if (!raw)
        return undefined;
    try {
        const parsed = JSON.parse(raw);
        return parsed.mainRan ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether this process is the post step. The runner runs the same bundle for main and post;
 * like docker/actions-toolkit, main marks `isPost` in the state so the second run knows.
 */
function isPost() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('isPost') === 'true';
}
/** Marks the main step as started; call before anything that could fail. */
function markMain() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('isPost', 'true');
}


/***/ }),

/***/ 52409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   YC: () => (/* binding */ TAG_STYLES),
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   nK: () => (/* binding */ defaultTags),
/* harmony export */   tP: () => (/* binding */ DESCRIBING_LABELS)
/* harmony export */ });
/* unused harmony exports sanitizeTag, metadataActionTags */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40645);

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
/** Turns any ref name into a valid tag: invalid characters become `-`, at most 128 long. */
function sanitizeTag(name) {
    let tag = name.replace(/[^A-Za-z0-9_.-]/g, '-');
    if (/^[.-]/.test(tag))
        tag = `_${tag.slice(1)}`;
    return tag.slice(0, 128);
}
function defaultBranch(ctx) {
    return ctx.event.repository?.default_branch;
}
/** How tags are derived from the git context when the `tags` input is empty. */
const TAG_STYLES = ['semver', 'metadata-action'];
/**
 * The tags a run gets when the `tags` input is empty: this action's (`semver`), or exactly
 * docker/metadata-action's defaults (`metadata-action`).
 */
function defaultTags(ctx, style = 'semver') {
    return style === 'metadata-action' ? metadataActionTags(ctx) : semverTags(ctx);
}
/**
 * docker/metadata-action's default tags (its `src/tag.ts` and `src/meta.ts`, v6): the rules
 * `type=schedule` (`nightly`), `type=ref,event=branch`, `type=ref,event=tag`,
 * `type=ref,event=pr` (`pr-<n>`), in that order, each value sanitised its way (runs of other
 * characters become one `-`), the first rule that gives a value deciding `latest` by its
 * `auto` flavour: only a git tag gets it. A `pull_request_target` run is its PR's merge ref.
 */
function metadataActionTags(ctx) {
    const number = ctx.event.number ?? ctx.event.pull_request?.number;
    const ref = /pull_request_target/.test(ctx.eventName) ? `refs/pull/${number}/merge` : ctx.ref;
    const values = [];
    let latest;
    const add = (raw, latestToo) => {
        if (!raw)
            return;
        const value = raw.replace(/[^a-zA-Z0-9._-]+/g, '-');
        if (!values.includes(value))
            values.push(value);
        latest ??= latestToo;
    };
    if (/schedule/.test(ctx.eventName))
        add('nightly', false);
    if (/^refs\/heads\//.test(ref))
        add(ref.replace(/^refs\/heads\//, ''), false);
    if (/^refs\/tags\//.test(ref))
        add(ref.replace(/^refs\/tags\//, ''), true);
    if (/^refs\/pull\//.test(ref))
        add(`pr-${ref.replace(/^refs\/pull\//, '').replace(/\/merge$/, '')}`, false);
    if (latest)
        values.push('latest');
    return values;
}
/** This action's default tags (README, "Default tags from the git context"). */
function semverTags(ctx) {
    const tags = [];
    if (ctx.ref.startsWith('refs/tags/')) {
        const name = ctx.ref.slice('refs/tags/'.length);
        const semver = SEMVER.exec(name);
        if (semver) {
            const [, major, minor, patch, pre] = semver;
            if (pre)
                tags.push(sanitizeTag(`${major}.${minor}.${patch}-${pre}`));
            else {
                tags.push(`${major}.${minor}.${patch}`, `${major}.${minor}`);
                if (major !== '0')
                    tags.push(`${major}`);
                tags.push('latest');
            }
        }
        else {
            tags.push(sanitizeTag(name));
        }
    }
    else if ((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .isPullRequestEvent */ .T5)(ctx)) {
        const number = ctx.event.pull_request?.number ?? /^refs\/pull\/(\d+)\//.exec(ctx.ref)?.[1];
        if (number !== undefined)
            tags.push(`pr-${number}`);
    }
    else if (ctx.ref.startsWith('refs/heads/')) {
        const branch = ctx.ref.slice('refs/heads/'.length);
        tags.push(sanitizeTag(branch));
        if (branch === defaultBranch(ctx))
            tags.push('latest');
    }
    if (ctx.sha)
        tags.push(`sha-${ctx.sha.slice(0, 7)}`);
    return [...new Set(tags)];
}
/**
 * When the commit was made, from the event payload: builds of one commit then carry one
 * `created` label, so they are reproducible and the builder's cache holds across re-runs.
 */
function commitTime(ctx) {
    const stamp = ctx.event.head_commit?.timestamp ?? ctx.event.pull_request?.updated_at;
    const date = stamp ? new Date(stamp) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
/** The version label: the semver of a tag, the tag or branch name, or pr-N. */
function versionOf(ctx, tags) {
    return tags.find(t => t !== 'latest' && !t.startsWith('sha-'));
}
/**
 * The labels ghcr.io shows a package by. For a multi-platform image it reads them from the
 * index's annotations only, so they are copied there from the images.
 */
const DESCRIBING_LABELS = [
    'org.opencontainers.image.description',
    'org.opencontainers.image.source',
    'org.opencontainers.image.licenses'
];
/**
 * The OCI labels the action adds (image-spec `annotations.md`), from the run and the event
 * payload. `org.opencontainers.image.source` links a ghcr.io package to the repository, so the
 * repository's permissions (and GITHUB_TOKEN) apply to it. User labels win.
 */
function ociLabels(ctx, tags, created = commitTime(ctx) ?? new Date()) {
    const repo = ctx.event.repository;
    const labels = {};
    if (ctx.repository) {
        labels['org.opencontainers.image.source'] = `${ctx.serverUrl}/${ctx.repository}`;
        labels['org.opencontainers.image.url'] = repo?.html_url ?? `${ctx.serverUrl}/${ctx.repository}`;
        labels['org.opencontainers.image.title'] =
            repo?.name ?? ctx.repository.split('/')[1] ?? ctx.repository;
    }
    if (ctx.sha)
        labels['org.opencontainers.image.revision'] = ctx.sha;
    labels['org.opencontainers.image.created'] = created.toISOString();
    if (repo?.description)
        labels['org.opencontainers.image.description'] = repo.description;
    const version = versionOf(ctx, tags);
    if (version)
        labels['org.opencontainers.image.version'] = version;
    const spdx = repo?.license?.spdx_id;
    if (spdx && spdx !== 'NOASSERTION')
        labels['org.opencontainers.image.licenses'] = spdx;
    return labels;
}


/***/ }),

/***/ 11187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ adviseOnToken),
/* harmony export */   Ng: () => (/* binding */ isServerRegistry),
/* harmony export */   OE: () => (/* binding */ classifyToken),
/* harmony export */   tS: () => (/* binding */ serverRegistry),
/* harmony export */   vJ: () => (/* binding */ withArticle),
/* harmony export */   vX: () => (/* binding */ isGitHubRegistry),
/* harmony export */   vy: () => (/* binding */ packageSettingsUrl),
/* harmony export */   wn: () => (/* binding */ TOKEN_KIND_LABEL)
/* harmony export */ });
/* unused harmony exports isPersonal, neededScopes, excessScopes, personalTokenWarning, migrationGuide */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96251);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40645);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52334);
/**
 * What kind of credential the `token` input is, by GitHub's token prefixes
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/), and the
 * advice for moving a workflow off personal access tokens to GITHUB_TOKEN.
 */



function classifyToken(token) {
    if (token === '')
        return 'none';
    if (token.startsWith('ghs_'))
        return 'installation';
    if (token.startsWith('ghp_'))
        return 'classic-pat';
    if (token.startsWith('github_pat_'))
        return 'fine-grained-pat';
    if (token.startsWith('gho_'))
        return 'oauth';
    if (token.startsWith('ghu_'))
        return 'user-to-server';
    if (/^[0-9a-f]{40}$/.test(token))
        return 'legacy';
    return 'other';
}
/** Whether the credential belongs to a person rather than to the workflow run. */
function isPersonal(kind) {
    return (kind === 'classic-pat' ||
        kind === 'fine-grained-pat' ||
        kind === 'oauth' ||
        kind === 'user-to-server' ||
        kind === 'legacy');
}
/** What each kind of credential is called in logs and the summary (no article: it varies). */
const TOKEN_KIND_LABEL = {
    installation: 'GitHub App installation token (GITHUB_TOKEN)',
    'classic-pat': 'personal access token (classic)',
    'fine-grained-pat': 'fine-grained personal access token',
    oauth: 'OAuth app token',
    'user-to-server': 'GitHub App user-to-server token',
    legacy: 'legacy 40-character personal token',
    none: 'no token (anonymous)',
    other: 'password or non-GitHub token'
};
/** The label with its indefinite article: "a personal access token", "an OAuth app token". */
function withArticle(kind) {
    const label = TOKEN_KIND_LABEL[kind];
    return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}
/**
 * The container registry of the GitHub server a workflow runs on (GITHUB_SERVER_URL):
 * `ghcr.io` for github.com, `containers.SUB.ghe.com` for GitHub Enterprise Cloud with data
 * residency (`SUB.ghe.com`), and `containers.HOST` for GitHub Enterprise Server.
 */
function serverRegistry(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toLowerCase();
    }
    catch {
        return 'ghcr.io';
    }
    return host === 'github.com' ? 'ghcr.io' : `containers.${host}`;
}
/**
 * Whether `registry` is the registry of the server the workflow runs on: the one registry
 * the workflow's GITHUB_TOKEN, which that server issued, is sent to.
 */
function isServerRegistry(registry, serverUrl) {
    // Written with HTTPS's own port, it is the same host.
    return registry.replace(/:443$/, '') === serverRegistry(serverUrl);
}
/**
 * Whether `registry` is one of GitHub's container registries: ghcr.io, or the server's own
 * (GHES, ghe.com). Their errors and personal-token advice are GitHub's.
 */
function isGitHubRegistry(registry, serverUrl) {
    return registry.replace(/:443$/, '') === 'ghcr.io' || isServerRegistry(registry, serverUrl);
}
/** The package scopes each command needs on a classic PAT. */
function neededScopes(command) {
    if (command === 'pull')
        return ['read:packages'];
    if (command === 'login')
        return ['read:packages', 'write:packages'];
    if (command === 'delete')
        return ['read:packages', 'delete:packages'];
    return ['write:packages'];
}
/**
 * Scopes of a classic PAT beyond what the command needs. `repo` is always reported: ghcr.io's
 * documentation warns that selecting `write:packages` in the token UI also selects `repo`.
 */
function excessScopes(granted, command) {
    const needed = new Set(neededScopes(command));
    // write implies read; delete is only needed to delete.
    if (needed.has('write:packages'))
        needed.add('read:packages');
    return granted.filter(s => !needed.has(s));
}
/** The one-line warning for a personal credential, naming the input the step set it in. */
function personalTokenWarning(kind, input = 'token') {
    const base = `The ${input} input is ${withArticle(kind)}. Use the workflow's GITHUB_TOKEN instead: remove "${input}:" from this step and add "permissions: packages: write" to the job; if the package was first pushed with a personal token, grant this repository Actions access in the package settings. See the job summary for the steps.`;
    return kind === 'fine-grained-pat'
        ? `${base} ghcr.io documents only personal access tokens (classic) for packages, so a fine-grained token may be refused.`
        : base;
}
/** The job-summary section that walks the user through the move, as Markdown. */
function migrationGuide(kind, settings, input = 'token', command = 'push') {
    // Deleting versions takes the Admin role on the package; reading and writing, Write.
    const role = command === 'delete'
        ? 'the Admin role (deleting versions needs Admin; Write only pushes)'
        : 'the Write role';
    return [
        `### Move from ${withArticle(kind)} to GITHUB_TOKEN`,
        '',
        "A personal token in a workflow acts as you, everywhere you have access, until it expires or is revoked. The workflow's own `GITHUB_TOKEN` is created for each run, limited to this repository and to the permissions the job asks for, and expires with the job.",
        '',
        '**Before**',
        '',
        '```yaml',
        'steps:',
        '  - uses: org/ghcr-action@v1',
        '    with:',
        `      ${input}: \${{ secrets.CR_PAT }}`,
        '```',
        '',
        '**After**',
        '',
        '```yaml',
        'permissions:',
        '  contents: read',
        '  packages: write',
        'steps:',
        '  - uses: org/ghcr-action@v1',
        '```',
        '',
        `1. Remove \`${input}:\` (the token defaults to \`\${{ github.token }}\`).`,
        '2. Add `permissions: packages: write` to the job (or workflow).',
        `3. If the package was first pushed with a personal token, open its settings (${settings}), and under "Manage Actions access" add this repository with ${role}.`,
        "4. Link the package to this repository with the label `org.opencontainers.image.source` set to the repository URL (this action adds it to images it builds), so the repository's permissions apply to it.",
        '5. Delete the personal token from the repository secrets once the workflow runs without it.',
        ...(kind === 'fine-grained-pat'
            ? [
                '',
                '> ghcr.io documents only personal access tokens (classic) for GitHub Packages; fine-grained tokens may be refused.'
            ]
            : [])
    ].join('\n');
}
/**
 * The package's settings page, where visibility and Actions access are managed. `repository`
 * is the path inside the registry (`owner/name`); organisations and users have different URLs.
 */
function packageSettingsUrl(serverUrl, repository, ownerIsOrganization) {
    const [owner, ...rest] = repository.split('/');
    const name = encodeURIComponent(rest.join('/'));
    return `${serverUrl}/${ownerIsOrganization ? 'orgs' : 'users'}/${owner}/packages/container/${name}/settings`;
}
let advised = false;
/**
 * For a personal credential on GitHub's registry: one warning with the move to GITHUB_TOKEN,
 * the guide in the job summary, and, for a classic PAT, a check of its scopes against what
 * `command` needs. Other credentials and registries get no advice.
 */
async function adviseOnToken(token, command, registry, repository, ctx, input = 'token') {
    const kind = classifyToken(token);
    if (!isPersonal(kind) || !isGitHubRegistry(registry, ctx.serverUrl))
        return;
    // Once a run: a copy within one registry logs in twice with the same token.
    if (advised)
        return;
    advised = true;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(personalTokenWarning(kind, input), {
        title: 'Personal token used for GitHub Packages'
    });
    const settings = packageSettingsUrl(ctx.serverUrl, repository, (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerIsOrganization */ .To)(ctx));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(migrationGuide(kind, settings, input, command), true);
    if (kind !== 'classic-pat' && kind !== 'legacy' && kind !== 'oauth')
        return;
    let scopes;
    try {
        scopes = await (0,_github_api_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenScopes */ .P)(ctx.apiUrl, token);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`Could not read the token's scopes from ${ctx.apiUrl}: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    if (!scopes) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`${ctx.apiUrl} did not report the token's scopes`);
        return;
    }
    const extra = excessScopes(scopes, command);
    if (extra.length > 0) {
        const repo = extra.includes('repo')
            ? ' It has "repo", full control of private repositories: selecting write:packages in the token settings also selects repo, so unselect it.'
            : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The personal access token has scopes this step does not need: ${extra.join(', ')}.${repo} ${command} needs only ${neededScopes(command).join(' and ')}; better still, use GITHUB_TOKEN.`, { title: 'Token scopes wider than needed' });
    }
}


/***/ }),

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   jJ: () => (/* binding */ hasherFor),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Content digests (OCI image-spec "Digests"): `algorithm ":" encoded`.
 *
 * A {@link Digest} is a branded string so that a value checked once by {@link parseDigest}
 * cannot be confused with an arbitrary string later (the habit of go-containerregistry's
 * `v1.Hash`).
 */

/** Algorithms the client can verify, with the length of their lower-case hex encoding. */
const ALGORITHMS = { sha256: 64, sha512: 128 };
/** The reason a string is not a digest, or undefined when it is one. */
function digestProblem(value) {
    const colon = value.indexOf(':');
    if (colon <= 0)
        return 'a digest is "sha256:" followed by 64 lower-case hex characters';
    const algorithm = value.slice(0, colon);
    const encoded = value.slice(colon + 1);
    const length = ALGORITHMS[algorithm];
    if (length === undefined)
        return `digest algorithm "${algorithm.length > 20 ? `${algorithm.slice(0, 20)}…` : algorithm}" is not supported (sha256, sha512)`;
    if (encoded.length !== length || !/^[a-f0-9]+$/.test(encoded)) {
        return `a ${algorithm} digest has exactly ${length} lower-case hex characters`;
    }
    return undefined;
}
/** True when `value` is a digest the client can verify. */
function isDigest(value) {
    return digestProblem(value) === undefined;
}
/**
 * Checks and brands a digest. Throws a `TypeError` naming the rule when it is not one; digests
 * from registries and archives go through here before they name a file or a URL path.
 */
function parseDigest(value) {
    const problem = digestProblem(value);
    if (problem)
        throw new TypeError(`invalid digest ${JSON.stringify(value)}: ${problem}`);
    return value;
}
/** The algorithm part of a digest (`sha256`). */
function digestAlgorithm(digest) {
    return digest.slice(0, digest.indexOf(':'));
}
/** The encoded (hex) part of a digest. */
function digestHex(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
/** The sha256 digest of bytes held in memory (manifests, configs). */
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/** An incremental hasher for the algorithm of `digest`, to verify content while streaming. */
function hasherFor(digest) {
    const algorithm = digestAlgorithm(digest);
    return { hash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm), algorithm };
}


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Ki: () => (/* binding */ repositoryProblem),
/* harmony export */   T7: () => (/* binding */ registryProblem),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   V7: () => (/* binding */ looksLikeRegistry),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   rq: () => (/* binding */ pointerOf),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DOCKER_HUB_API_HOST, clip, repositoryName */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35035);
/**
 * Image references: `[host[:port]/]path[:tag][@digest]`, parsed with the grammar of
 * distribution/reference and the OCI distribution spec.
 */

/** The registry Docker means when a reference names none. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** Thrown for a string that is not a valid reference; `rule` says which part is wrong. */
class InvalidReferenceError extends Error {
    value;
    rule;
    constructor(value, rule) {
        super(`invalid reference ${JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)}: ${rule}`);
        this.value = value;
        this.rule = rule;
        this.name = 'InvalidReferenceError';
    }
}
// OCI distribution spec, "Pulling manifests": <name> components and <reference> tags.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DOMAIN_COMPONENT = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;
const MAX_NAME_LENGTH = 255;
/** A piece of the user's text quoted in a rule: at most 60 characters of it. */
function clip(text) {
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
/** The rule a tag breaks, or undefined when it is valid. */
function tagProblem(tag) {
    if (TAG.test(tag))
        return undefined;
    return 'a tag is 1 to 128 characters from [A-Za-z0-9_.-] and must not start with "." or "-"';
}
/** The rule a repository path breaks, or undefined when it is valid. */
function repositoryProblem(path) {
    if (path.length === 0)
        return 'the repository path is empty';
    for (const component of path.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            if (component !== component.toLowerCase()) {
                return `repository path component "${clip(component)}" must be lower-case`;
            }
            return `repository path component "${clip(component)}" must be lower-case letters and digits, separated by ".", "_", "__" or "-"`;
        }
    }
    return undefined;
}
/** The rule a registry host[:port] breaks, or undefined when it is valid. */
function registryProblem(host) {
    if (/^[a-z]+:\/\//i.test(host))
        return 'a registry is a host[:port] without a scheme';
    let name = host;
    const port = /:(\d{1,5})$/.exec(host);
    if (port) {
        if (Number(port[1]) > 65535)
            return `port ${port[1]} is out of range`;
        name = host.slice(0, port.index);
    }
    if (IPV6.test(name))
        return undefined;
    if (name.length === 0 || name.length > 253)
        return 'a registry host is 1 to 253 characters';
    if (!name.split('.').every(part => DOMAIN_COMPONENT.test(part))) {
        return 'a registry host is dot-separated letters, digits and hyphens, with an optional :port';
    }
    return undefined;
}
/**
 * Whether the first path component of a reference names a registry host. As in
 * distribution/reference: it does when it has a "." or ":", is "localhost", or has upper case.
 */
function looksLikeRegistry(component) {
    return (component.includes('.') ||
        component.includes(':') ||
        component === 'localhost' ||
        component !== component.toLowerCase());
}
/** Parses and validates a reference. Throws {@link InvalidReferenceError} naming the broken rule. */
function parseReference(value, options = {}) {
    if (value.length === 0)
        throw new InvalidReferenceError(value, 'the reference is empty');
    if (/\s/.test(value))
        throw new InvalidReferenceError(value, 'a reference has no white space');
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const encoded = rest.slice(at + 1);
        const problem = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ)(encoded);
        if (problem)
            throw new InvalidReferenceError(value, problem);
        digest = encoded;
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        const problem = tagProblem(tag);
        if (problem)
            throw new InvalidReferenceError(value, problem);
        rest = rest.slice(0, colon);
    }
    let registry;
    let repository;
    const firstSlash = rest.indexOf('/');
    const first = firstSlash >= 0 ? rest.slice(0, firstSlash) : '';
    if (firstSlash >= 0 && looksLikeRegistry(first)) {
        // distribution/reference takes a first component with upper case for a host; lower-cased,
        // as hosts are here, it would read back as a path. Such a name is refused, not guessed.
        if (!first.includes('.') && !first.includes(':') && first.toLowerCase() !== 'localhost') {
            throw new InvalidReferenceError(value, `"${clip(first)}" is neither a registry host (no "." or ":") nor a lower-case repository path component`);
        }
        const problem = registryProblem(first);
        if (problem)
            throw new InvalidReferenceError(value, problem);
        registry = first.toLowerCase();
        repository = rest.slice(firstSlash + 1);
    }
    else {
        registry = (options.defaultRegistry ?? DOCKER_HUB).toLowerCase();
        repository = rest;
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    const problem = repositoryProblem(repository);
    if (problem)
        throw new InvalidReferenceError(value, problem);
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        throw new InvalidReferenceError(value, `a repository name is at most ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository, ...(tag !== undefined && { tag }), ...(digest && { digest }) };
}
/** `registry/repository` without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The canonical string form: `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    let s = repositoryName(ref);
    if (ref.tag !== undefined)
        s += `:${ref.tag}`;
    if (ref.digest)
        s += `@${ref.digest}`;
    return s;
}
/** The host to send API requests to: Docker Hub's API lives on another host than its name. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}
/**
 * Whether a registry host is loopback (`localhost`, `127.0.0.0/8`, `[::1]`): the only hosts the
 * client talks to over plain HTTP, as the Docker engine does.
 */
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** What a reference points at inside its repository: its digest, else its tag, else `latest`. */
function pointerOf(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}


/***/ })

};
