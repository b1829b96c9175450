export const id = 538;
export const ids = [538];
export const modules = {

/***/ 1156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M2: () => (/* binding */ describeLayout),
  CR: () => (/* binding */ imageIdOf),
  R9: () => (/* binding */ imageSize),
  Wt: () => (/* binding */ platformsOf),
  xZ: () => (/* binding */ progressReporter),
  KJ: () => (/* binding */ reportCopy),
  CF: () => (/* binding */ setImageOutputs),
  N5: () => (/* binding */ summarizeImage),
  a3: () => (/* binding */ uploadReport)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/registry/index.ts + 9 modules
var registry = __webpack_require__(2419);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/action/artifacts.ts
/**
 * The runner's artifacts file command (`$GITHUB_ARTIFACTS`, runner 2.336 and later): a step
 * declares what it produced, one line each, and later steps of the job read the job's
 * declarations from `$GITHUB_ARTIFACTS_LIST`; `actions/attest` with no subject inputs attests
 * them. A pushed image is declared as `oci://NAME@DIGEST`. Where the runner offers no such file,
 * nothing is written and nothing is said.
 */


/** The digest an earlier step of this job declared for `name`, from the runner's list. */
function declaredEarlier(name, env) {
    if (!env.GITHUB_ARTIFACTS_LIST)
        return undefined;
    try {
        const list = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_ARTIFACTS_LIST, 'utf8'));
        const found = list.subjects?.find(s => s.name === name);
        return typeof found?.digest === 'string' ? found.digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Declares a pushed image to the runner. The runner fails the step that declares a name a
 * second time with another digest, so an image name an earlier step of the job declared with
 * another digest is left out, with a notice.
 */
function declarePushedImage(name, digest, env = process.env) {
    const file = env.GITHUB_ARTIFACTS;
    if (!file)
        return;
    const earlier = declaredEarlier(name, env);
    if (earlier === digest)
        return;
    if (earlier) {
        core/* notice */.lm(`${name}@${digest} is not declared to the runner's artifacts list: an earlier step of this job declared ${name}@${earlier}, and the runner takes one digest per name in a job. Attest this one with subject-name and subject-digest.`);
        return;
    }
    try {
        (0,external_node_fs_.appendFileSync)(file, `oci://${name}@${digest}\n`);
        core/* info */.pq(`Declared ${name}@${digest} in the runner's artifacts list (GITHUB_ARTIFACTS)`);
    }
    catch (error) {
        core/* warning */.$e(`Could not declare ${name}@${digest} in GITHUB_ARTIFACTS: ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
;// CONCATENATED MODULE: ./src/action/report.ts
/**
 * What the user reads about an image: progress lines while blobs move, the step's outputs
 * (`digest`, `ref`, `tags`, `imageid`, `metadata`), and the job summary.
 */




const MiB = 1024 * 1024;
const PROGRESS_EVERY_MS = 5000;
function mib(bytes) {
    return `${(bytes / MiB).toFixed(1)} MiB`;
}
function report_short(digest) {
    return digest.slice(0, 19);
}
/** Progress lines: per blob bytes and rate at most every few seconds, and a final line each. */
function progressReporter(direction) {
    const started = new Map();
    return {
        onBlobStart: desc => started.set(desc.digest, { at: Date.now(), done: 0, lastLog: Date.now() }),
        onBlobProgress: (desc, bytes) => {
            const s = started.get(desc.digest);
            if (!s)
                return;
            s.done += bytes;
            const now = Date.now();
            if (now - s.lastLog >= PROGRESS_EVERY_MS) {
                s.lastLog = now;
                const rate = s.done / Math.max(0.001, (now - s.at) / 1000);
                core/* info */.pq(`  ${report_short(desc.digest)}  ${mib(s.done)} / ${mib(desc.size)}  (${mib(rate)}/s)`);
            }
        },
        onBlobDone: (desc, outcome) => {
            const s = started.get(desc.digest);
            const seconds = s ? (Date.now() - s.at) / 1000 : 0;
            const what = {
                pushed: `${direction === 'upload' ? 'pushed' : 'downloaded'} in ${seconds.toFixed(1)} s`,
                present: direction === 'upload' ? 'already present' : 'from the cache',
                mounted: 'mounted from another repository',
                foreign: 'foreign layer, not uploaded'
            }[outcome];
            core/* info */.pq(`  ${report_short(desc.digest)}  ${mib(desc.size).padStart(10)}  ${what}`);
        }
    };
}
/** The platforms of an index, without attestation manifests (`unknown/unknown`). */
function platformsOf(result) {
    return result.manifests
        .filter(m => m.platform && m.platform !== 'unknown/unknown')
        .map(m => ({ platform: m.platform, digest: m.digest }));
}
/**
 * Sum of the sizes of an image's blobs: config and layers, over every platform of an index
 * (attestations left out).
 */
async function imageSize(source, root) {
    const parsed = (0,registry/* parseManifest */.Ng)(await source.manifest(root), root.mediaType, `manifest ${root.digest} of ${source.description}`);
    if (parsed.kind === 'image')
        return parsed.manifest.layers.reduce((n, l) => n + l.size, parsed.manifest.config.size);
    let total = 0;
    for (const child of parsed.index.manifests) {
        if (child.platform?.os === 'unknown')
            continue;
        total += await imageSize(source, child);
    }
    return total;
}
/**
 * The config digest of the image a root stands for: its own, or, for an index that wraps one
 * image with attestations beside it (buildx's default provenance), that image's. Empty for a
 * multi-platform index.
 */
async function imageIdOf(source, root) {
    if (root.configDigest)
        return root.configDigest;
    const images = root.manifests.filter(m => m.platform && m.platform !== 'unknown/unknown');
    if (images.length !== 1)
        return '';
    const child = images[0];
    const { mediaType, digest, size } = child;
    const bytes = await source.manifest({ mediaType, digest, size });
    const parsed = (0,registry/* parseManifest */.Ng)(bytes, child.mediaType);
    return parsed.kind === 'image' ? parsed.manifest.config.digest : '';
}
/** Describes an image in a layout without pushing it (for builds that are not pushed). */
async function describeLayout(dir, tag) {
    const source = new registry/* OciLayoutSource */.bB(dir, tag);
    const root = await source.root();
    const parsed = (0,registry/* parseManifest */.Ng)(root.bytes, root.mediaType);
    const size = await imageSize(source, {
        mediaType: root.mediaType,
        digest: root.digest,
        size: root.bytes.length
    });
    if (parsed.kind === 'image') {
        return { digest: root.digest, imageid: parsed.manifest.config.digest, platforms: [], size };
    }
    const manifests = parsed.index.manifests.map(m => ({
        mediaType: m.mediaType,
        digest: m.digest,
        size: m.size,
        ...(m.platform && { platform: (0,registry/* formatPlatform */.Bq)(m.platform) })
    }));
    return {
        digest: root.digest,
        imageid: await imageIdOf(source, { manifests }),
        platforms: platformsOf({ manifests }),
        size
    };
}
/** The `metadata` output's account of what moved. */
function transferMetadata(transfer) {
    const s = transfer.stats;
    if (transfer.direction === 'download') {
        return {
            download: {
                layersDownloaded: s.pushed,
                layersCached: s.present,
                bytesDownloaded: s.bytesPushed,
                bytesCached: s.bytesReused
            }
        };
    }
    return {
        transfer: {
            layersPushed: s.pushed,
            layersPresent: s.present,
            layersMounted: s.mounted,
            layersForeign: s.foreign,
            bytesPushed: s.bytesPushed,
            bytesReused: s.bytesReused
        }
    };
}
/**
 * Sets the outputs; `metadata` is JSON with everything plus the transfer statistics. An image
 * this step wrote is also declared to the runner's artifacts list, where the runner offers one.
 */
function setImageOutputs(report, extra = {}) {
    const pushed = report.ref !== '' && report.transfer?.direction !== 'download';
    // The image's name without tag or digest, as actions/attest takes it (subject-name).
    const name = report.ref.replace(/@[^@]*$/, '');
    core/* setOutput */.uH('digest', report.digest);
    core/* setOutput */.uH('ref', report.ref);
    core/* setOutput */.uH('name', name);
    core/* setOutput */.uH('tags', report.tags.join('\n'));
    core/* setOutput */.uH('imageid', report.imageid);
    core/* setOutput */.uH('metadata', JSON.stringify({
        digest: report.digest,
        ref: report.ref,
        tags: report.tags,
        imageid: report.imageid,
        mediaType: report.transfer?.mediaType,
        platforms: report.platforms,
        ...(report.platform && {
            platform: report.platform.platform,
            platformDigest: report.platform.digest
        }),
        size: report.size,
        ...(name && { name }),
        pushed,
        ...(report.transfer && transferMetadata(report.transfer)),
        ...extra
    }));
    if (pushed)
        declarePushedImage(name, report.digest);
}
/** The summary's platform row. */
function platformRow(report) {
    // Platform names come from the image's index: text of the image's author, not markup.
    if (report.platform)
        return `${(0,log/* html */.q)(report.platform.platform)} (<code>${report.platform.digest}</code>)`;
    if (report.platforms.length)
        return report.platforms.map(p => (0,log/* html */.q)(p.platform)).join(', ');
    return 'single platform';
}
/** The summary's rows about what moved. */
function transferRows(transfer) {
    const s = transfer.stats;
    if (transfer.direction === 'download') {
        return [
            ['layers', `${s.pushed} downloaded, ${s.present} from the cache`],
            ['received', `${mib(s.bytesPushed)} (${mib(s.bytesReused)} from the cache)`]
        ];
    }
    return [
        [
            'layers',
            `${s.pushed} pushed, ${s.present} already present, ${s.mounted} mounted, ${s.foreign} foreign`
        ],
        ['sent', `${mib(s.bytesPushed)} (${mib(s.bytesReused)} reused)`]
    ];
}
/** The job summary table of an image. */
function summarizeImage(title, report, name, notes = []) {
    const pulled = report.transfer?.direction === 'download';
    const rows = [['image', name]];
    if (!pulled) {
        rows.push([
            'tags',
            report.tags.length
                ? report.tags.map(t => `<code>${t}</code>`).join('<br>')
                : 'none (not pushed)'
        ]);
    }
    rows.push(['digest', `<code>${report.digest}</code>`]);
    rows.push(['pinned reference', report.ref ? `<code>${report.ref}</code>` : 'none (not pushed)']);
    rows.push(['platforms', platformRow(report)]);
    rows.push(['size', mib(report.size)]);
    if (report.transfer)
        rows.push(...transferRows(report.transfer));
    rows.push(['time', `${report.seconds.toFixed(1)} s`]);
    core/* summary */.z.addHeading(title, 3);
    core/* summary */.z.addTable([
        [
            { data: 'what', header: true },
            { data: 'value', header: true }
        ],
        ...rows
    ]);
    for (const note of notes)
        core/* summary */.z.addRaw(`> ${note}`, true);
}
/** The report of an upload of `result` into `name` under `tags`. */
function uploadReport(result, name, tags, size, started) {
    return {
        digest: result.digest,
        ref: `${name}@${result.digest}`,
        tags: tags.map(t => `${name}:${t}`),
        imageid: result.configDigest ?? '',
        platforms: platformsOf(result),
        size,
        seconds: (Date.now() - started) / 1000,
        transfer: { direction: 'upload', stats: result.stats, mediaType: result.mediaType }
    };
}
/**
 * The end of a copy of `source` into `name` under `tags` (tag, copy): the digest line, the
 * outputs (with `source` in `metadata`) and the summary, titled `verb source`.
 */
function reportCopy(verb, source, result, target) {
    core/* info */.pq(`Digest: ${result.digest}`);
    const report = uploadReport(result, target.name, target.tags, target.size, target.started);
    setImageOutputs(report, { source: (0,registry/* formatReference */.FH)(source) });
    summarizeImage(`${verb} ${(0,registry/* formatReference */.FH)(source)}`, report, target.name);
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
