export const id = 576;
export const ids = [576];
export const modules = {

/***/ 7576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   login: () => (/* binding */ login)
/* harmony export */ });
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1671);

async function login(inputs, ctx) {
    // Push rights are asked for, not needed: the summary then shows what the token may do.
    const session = await (0,_session_js__WEBPACK_IMPORTED_MODULE_0__/* .openTargetSession */ .k)(inputs, ctx, { write: false, askPush: true });
    await session.close();
}


/***/ }),

/***/ 1671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ openSourceSession),
  k: () => (/* binding */ openTargetSession)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/registry/index.ts + 9 modules
var registry = __webpack_require__(2419);
// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(645);
// EXTERNAL MODULE: ./src/action/docker.ts
var docker = __webpack_require__(2076);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
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
var state = __webpack_require__(3175);
// EXTERNAL MODULE: ./src/action/token.ts
var token = __webpack_require__(1187);
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
        const as = who.token
            ? `Logged in to ${who.registry} as ${who.username} with ${(0,token/* withArticle */.vJ)(session.tokenKind)}`
            : `Reading ${who.registry} anonymously (no token)`;
        core/* info */.pq(as +
            (ping.auth === 'none' ? '; the registry asks for no credentials' : '') +
            (granted.length ? `; granted ${granted.join(' ')}` : ''));
        return ping.auth === 'none' ? 'open registry' : granted.join('<br>');
    }
    catch (error) {
        await session.close();
        throw session.explain(error, access.write ? `push to ${who.registry}/${repository}` : `log in to ${who.registry}`, repository, access.write);
    }
}
/** Logs in to the target registry with the action's credentials, for `image`. */
async function openTargetSession(inputs, ctx, access) {
    if (inputs.token)
        await (0,token/* adviseOnToken */.FQ)(inputs.token, inputs.command, inputs.registry, inputs.image.repository, ctx);
    const session = connect(inputs, ctx);
    const granted = await verify(session, inputs, inputs.image.repository, {
        scope: access.write || access.askPush ? 'push' : 'pull',
        write: access.write,
        preflight: !!access.preflight
    });
    summarizeLogin(inputs, session.tokenKind, granted, access);
    if (inputs.token && !credentialsWritten.has(inputs.registry)) {
        credentialsWritten.add(inputs.registry);
        const record = await (0,docker/* writeDockerCredentials */.se)((0,docker/* dockerAuthKey */.Q)(inputs.registry), inputs.username, inputs.token, ctx.runnerTemp);
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
 */
async function openSourceSession(inputs, ctx, source) {
    if (source.registry === inputs.registry) {
        return openTargetSession({ ...inputs, image: source }, ctx, { write: false });
    }
    const credentials = await (0,docker/* readDockerCredentials */.BO)(source.registry);
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


/***/ })

};
