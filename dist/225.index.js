export const id = 225;
export const ids = [225];
export const modules = {

/***/ 52225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deletePackageVersions: () => (/* binding */ deletePackageVersions)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(96251);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/registry/index.ts + 8 modules
var src_registry = __webpack_require__(34081);
// EXTERNAL MODULE: ./src/action/cleanup.ts
var cleanup = __webpack_require__(16546);
// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(78055);
// EXTERNAL MODULE: ./src/action/inputs/index.ts + 11 modules
var action_inputs = __webpack_require__(47015);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
;// CONCATENATED MODULE: ./src/action/packages/graph.ts
/**
 * How long an untagged image is kept when `older-than` is unset: a multi-platform push uploads
 * its platform images first and the index that tags them last, so an untagged image this young
 * may be part of a push still under way.
 */
const PUSH_GRACE_MS = 60 * 60_000;
/** ghcr.io's referrer tags: `sha256-<hex>` with an optional suffix (`.sig`, `.att`, `.sbom`). */
const FALLBACK_TAG = /^sha256-([0-9a-f]{64})(?:\.[A-Za-z0-9_-]+)?$/;
/** The subject a fallback tag names, or undefined for an ordinary tag. */
function fallbackSubject(tag) {
    const m = FALLBACK_TAG.exec(tag);
    return m ? `sha256:${m[1]}` : undefined;
}
/** The tags that name images, without referrer fallback tags. */
function imageTags(v) {
    return v.tags.filter(t => !fallbackSubject(t));
}
function describe(v) {
    const tags = imageTags(v);
    return tags.length ? tags.join(', ') : v.digest.slice(0, 19);
}
/** Decides, for every version, whether the rules delete it. */
function planDeletion(versions, rules, now) {
    const byDigest = new Map(versions.map(v => [v.digest, v]));
    // Who references each version: the indexes that list it, the subjects it is a referrer of.
    const parents = new Map();
    const referrers = new Map();
    const broken = [];
    for (const v of versions) {
        const missing = v.children.filter(c => !byDigest.has(c));
        if (missing.length)
            broken.push({ version: v, missing });
        for (const c of v.children)
            if (byDigest.has(c))
                push(parents, c, v);
        const subject = subjectOf(v);
        if (subject && byDigest.has(subject) && subject !== v.digest)
            push(referrers, subject, v);
    }
    const isDependent = (v) => {
        if (imageTags(v).length)
            return false;
        if (parents.has(v.digest))
            return true;
        const subject = subjectOf(v);
        return !!subject && byDigest.has(subject);
    };
    const images = versions.filter(v => !isDependent(v));
    const reasons = new Map();
    const selected = new Map();
    const old = (v) => rules.olderThanMs === undefined || now.getTime() - v.created.getTime() > rules.olderThanMs;
    // Without older-than, an untagged image pushed within the hour may be a push in progress.
    const pushedRecently = (v) => {
        const age = now.getTime() - v.created.getTime();
        if (rules.olderThanMs !== undefined || age >= PUSH_GRACE_MS)
            return undefined;
        const minutes = Math.max(0, Math.floor(age / 60_000));
        return `pushed ${minutes} minute${minutes === 1 ? '' : 's'} ago; may belong to a push in progress`;
    };
    // Ghost images (every child gone) and partial ones (some), for their rules.
    const missingOf = new Map(broken.map(b => [b.version.digest, b.missing.length]));
    const brokenRule = (v) => {
        const missing = missingOf.get(v.digest);
        if (!missing)
            return undefined;
        if (missing === v.children.length)
            return rules.deleteGhostImages
                ? `ghost image: none of its ${missing} manifests exist (delete-ghost-images)`
                : undefined;
        return rules.deletePartialImages
            ? `partial image: ${missing} of its ${v.children.length} manifests are missing (delete-partial-images)`
            : undefined;
    };
    const newestFirst = (a, b) => b.created.getTime() - a.created.getTime() || b.id - a.id;
    // Tagged images: delete-tags (every tag matched) and keep-n-tagged, never the excluded.
    const tagged = images.filter(v => imageTags(v).length).sort(newestFirst);
    const excludedBy = (v) => rules.excludeTags.find(p => imageTags(v).some(t => p.matches(t)))?.text;
    const countable = tagged.filter(v => !excludedBy(v));
    for (const v of tagged) {
        const excluded = excludedBy(v);
        if (excluded) {
            reasons.set(v.digest, `exclude-tags matches ${excluded}`);
            continue;
        }
        const ghost = brokenRule(v);
        if (ghost) {
            if (old(v))
                selected.set(v.digest, ghost);
            else
                reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs)}`);
            continue;
        }
        const tags = imageTags(v);
        const listed = rules.deleteTags.length > 0 && tags.every(t => rules.deleteTags.some(p => p.matches(t)));
        const rank = countable.indexOf(v);
        const beyond = rules.keepNTagged !== undefined && rank >= rules.keepNTagged;
        if (!listed && !beyond) {
            const unmatched = tags.filter(t => !rules.deleteTags.some(p => p.matches(t)));
            reasons.set(v.digest, rules.keepNTagged !== undefined
                ? `one of the ${rules.keepNTagged} newest tagged images`
                : rules.deleteTags.length && unmatched.length < tags.length
                    ? `also tagged ${unmatched.join(', ')}, which delete-tags does not match`
                    : 'tagged');
        }
        else if (!old(v)) {
            reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs)}`);
        }
        else {
            selected.set(v.digest, listed ? 'delete-tags matches every tag' : `beyond the ${rules.keepNTagged} newest tagged`);
        }
    }
    // Untagged images: delete-untagged, keep-n-untagged, or older-than on its own.
    const onlyAge = rules.olderThanMs !== undefined &&
        !rules.deleteUntagged &&
        rules.deleteTags.length === 0 &&
        rules.keepNTagged === undefined &&
        rules.keepNUntagged === undefined;
    const untaggedRule = rules.deleteUntagged || rules.keepNUntagged !== undefined || onlyAge;
    const untagged = images.filter(v => !imageTags(v).length).sort(newestFirst);
    untagged.forEach((v, rank) => {
        const orphan = subjectOf(v) ? ' (its subject is gone)' : '';
        const recent = pushedRecently(v);
        const ghost = brokenRule(v);
        if (recent && (untaggedRule || ghost))
            reasons.set(v.digest, recent);
        else if (ghost) {
            if (old(v))
                selected.set(v.digest, ghost);
            else
                reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs)}`);
        }
        else if (!untaggedRule)
            reasons.set(v.digest, 'untagged, and no rule deletes untagged images');
        else if (rules.keepNUntagged !== undefined && rank < rules.keepNUntagged)
            reasons.set(v.digest, `one of the ${rules.keepNUntagged} newest untagged images`);
        else if (!old(v))
            reasons.set(v.digest, `newer than ${formatAge(rules.olderThanMs)}`);
        else
            selected.set(v.digest, `untagged${orphan}`);
    });
    // What may go is what the rules chose and what it reaches (children, referrers); never
    // "everything not kept": a version no rule reaches stays, however it is linked.
    const reach = new Set();
    const walk = (v) => {
        if (reach.has(v.digest))
            return;
        reach.add(v.digest);
        for (const c of v.children) {
            const child = byDigest.get(c);
            if (child)
                walk(child);
        }
        for (const r of referrers.get(v.digest) ?? [])
            walk(r);
    };
    // exclude-digests: never deleted, nor anything they reach.
    for (const d of rules.excludeDigests)
        selected.delete(d);
    for (const v of images)
        if (selected.has(v.digest))
            walk(v);
    // Everything a kept version reaches is kept: children, and referrers of what is kept.
    const kept = new Set();
    const visit = (v, why) => {
        if (kept.has(v.digest))
            return;
        kept.add(v.digest);
        if (!reasons.has(v.digest))
            reasons.set(v.digest, why);
        for (const c of v.children) {
            const child = byDigest.get(c);
            if (child)
                visit(child, `in ${describe(v)}`);
        }
        for (const r of referrers.get(v.digest) ?? [])
            visit(r, `${r.kind} of ${describe(v)}`);
    };
    for (const d of rules.excludeDigests) {
        const v = byDigest.get(d);
        if (v)
            visit(v, 'exclude-digests');
    }
    for (const v of images)
        if (!selected.has(v.digest))
            visit(v, reasons.get(v.digest) ?? 'kept');
    for (const v of versions)
        if (!reach.has(v.digest))
            visit(v, 'no rule chose it, nor an image it belongs to');
    // A package keeps at least one version: the API refuses to delete the last one.
    if (kept.size === 0 && versions.length) {
        const last = [...images].sort(newestFirst)[0] ?? versions[0];
        selected.delete(last.digest);
        reasons.set(last.digest, 'the last version of the package (delete the package instead)');
        visit(last, reasons.get(last.digest));
    }
    const remove = [];
    const keep = [];
    for (const v of versions) {
        if (kept.has(v.digest)) {
            keep.push({ version: v, reason: reasons.get(v.digest) ?? 'kept' });
            continue;
        }
        const owner = [...(parents.get(v.digest) ?? [])][0];
        const subject = subjectOf(v);
        remove.push({
            version: v,
            reason: selected.get(v.digest) ??
                (owner
                    ? `in ${describe(owner)}, which goes`
                    : subject
                        ? `${v.kind} of ${describe(byDigest.get(subject))}, which goes`
                        : 'goes with what it belongs to')
        });
    }
    remove.sort((a, b) => order(a.version) - order(b.version));
    return { remove, keep, broken };
}
/** Referrers first, then indexes, then images: a run cut short leaves no index without its children. */
function order(v) {
    if (subjectOf(v))
        return 0;
    return v.children.length ? 1 : 2;
}
function subjectOf(v) {
    return v.subject ?? v.tags.map(fallbackSubject).find(Boolean);
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function formatAge(ms) {
    const days = ms / 86_400_000;
    return days >= 1 ? `${+days.toFixed(1)} days` : `${+(ms / 3_600_000).toFixed(1)} hours`;
}

// EXTERNAL MODULE: ./src/action/github-api.ts
var github_api = __webpack_require__(52334);
// EXTERNAL MODULE: ./src/registry/transport/retry.ts
var retry = __webpack_require__(77779);
;// CONCATENATED MODULE: ./src/action/packages/api.ts
/**
 * GitHub's Packages REST API for one container package: its versions (every page), and
 * deleting one, through `@actions/github`'s Octokit at `GITHUB_API_URL`.
 *
 * Requests are paced to GitHub's secondary rate limit (900 points a minute for REST, a GET
 * costing 1 and a DELETE 5) over a sliding minute, and a `403`/`429` that asks to wait
 * (`retry-after`, or an exhausted primary limit with its reset time) is waited out and retried.
 */



/**
 * The API answered with something no version list is: the wrong shape, values that are not
 * what the API documents, or pages that do not end. Nothing may be decided on such an answer.
 */
class ApiAnswerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ApiAnswerError';
    }
}
/** A tag as the distribution spec defines it. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** A container package name: the repository path after the owner. */
const PACKAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Pages beyond those the package's version count calls for, for versions pushed meanwhile. */
const SLACK_PAGES = 2;
/** The most pages read when the API gives no version count: 100,000 versions. */
const MAX_PAGES = 1000;
/**
 * Text from the API for a log line or the summary: control characters (a newline could start a
 * workflow command) and the line separators shown as escapes, and cut to `max` characters.
 */
function printable(value, max = 120) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    const safe = text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it finds
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}
/** What a value is, for a message about an answer of the wrong shape. */
function shapeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `text beginning "${printable(value.trimStart(), 60)}"`;
    return typeof value === 'object'
        ? `an object ${printable(value, 80)}`
        : `${typeof value} ${printable(value)}`;
}
/**
 * One page of the version list, checked field by field: ids are positive integers, names
 * sha256 digests, creation times dates, tags of the distribution spec's tag grammar. Throws
 * {@link ApiAnswerError} naming the first value that is not.
 */
function checkVersions(data, where) {
    if (!Array.isArray(data))
        throw new ApiAnswerError(`${where} is not a list of versions but ${shapeOf(data)}`);
    return data.map((entry, i) => {
        const v = entry;
        const bad = (field, value, rule) => new ApiAnswerError(`${where}, entry ${i + 1}${typeof v?.id === 'number' ? ` (id ${v.id})` : ''}: ${field} ${typeof value === 'string' ? `"${printable(value)}"` : printable(value)} is not ${rule}`);
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw new ApiAnswerError(`${where}, entry ${i + 1} is not a version but ${shapeOf(v)}`);
        if (typeof v.id !== 'number' || !Number.isSafeInteger(v.id) || v.id <= 0)
            throw bad('id', v.id, 'a positive whole number');
        if (typeof v.name !== 'string' || !DIGEST.test(v.name))
            throw bad('name', v.name, 'a sha256 digest (a container version is named by its manifest digest)');
        const created = typeof v.created_at === 'string' ? Date.parse(v.created_at) : NaN;
        if (!Number.isFinite(created))
            throw bad('created_at', v.created_at, 'a date');
        const tags = v.metadata?.container?.tags ?? [];
        if (!Array.isArray(tags))
            throw bad('metadata.container.tags', tags, 'a list of tags');
        for (const tag of tags)
            if (typeof tag !== 'string' || !TAG.test(tag))
                throw bad('the tag', tag, 'a tag (letters, digits, ".", "_" and "-", at most 128)');
        return {
            id: v.id,
            digest: v.name,
            tags: tags,
            created: new Date(created)
        };
    });
}
/** A points budget over a sliding window, as GitHub counts its secondary rate limit. */
class PointsWindow {
    budget;
    windowMs;
    now;
    wait;
    spent = [];
    constructor(budget = 900, windowMs = 60_000, now = Date.now, wait = ms => (0,retry/* sleep */.yy)(ms)) {
        this.budget = budget;
        this.windowMs = windowMs;
        this.now = now;
        this.wait = wait;
    }
    /** Waits until `points` more stay within the budget, then spends them. */
    async take(points) {
        for (;;) {
            const now = this.now();
            while (this.spent.length && this.spent[0].at <= now - this.windowMs)
                this.spent.shift();
            const used = this.spent.reduce((n, s) => n + s.points, 0);
            if (used + points <= this.budget || this.spent.length === 0) {
                this.spent.push({ at: now, points });
                return;
            }
            // Wait for the oldest spending to leave the window.
            await this.wait(this.spent[0].at + this.windowMs - now + 1);
        }
    }
}
/** A refusal of the API that is not a rate limit. */
class PackagesApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** How long the API asks to wait, or undefined when the refusal is not a rate limit. */
function rateLimitWait(status, headers, now = Date.now()) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = Number(headers['retry-after']);
    if (Number.isFinite(retryAfter) && String(headers['retry-after'] ?? '') !== '')
        return Math.max(1, retryAfter) * 1000;
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        return Number.isFinite(reset) ? Math.max(1000, reset - now) : 60_000;
    }
    // A secondary limit without retry-after: GitHub asks for at least a minute.
    return status === 429 ? 60_000 : undefined;
}
function isOctokitError(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number';
}
/** The `message` of a GitHub API error body, printable. */
function apiMessage(e) {
    const data = e.response?.data;
    return printable(typeof data?.message === 'string' ? data.message : e.message, 300);
}
class PackagesApi {
    octokit;
    owner;
    name;
    ownerType;
    window;
    maxWaitMs;
    /** `orgs/<org>` or `users/<user>`, once found. */
    base;
    /** The token's OAuth scopes, when the API reports them (classic tokens). */
    scopes;
    /** Seconds waited for rate limits, for the summary. */
    waitedMs = 0;
    /** The package's `version_count`, once read; undefined where the API gives none. */
    count;
    constructor(octokit, owner, 
    /** The package name: the repository path after the owner. */
    name, ownerType, window, maxWaitMs) {
        this.octokit = octokit;
        this.owner = owner;
        this.name = name;
        this.ownerType = ownerType;
        this.window = window;
        this.maxWaitMs = maxWaitMs;
    }
    static async open(token, apiUrl, repository, ownerType, options = {}) {
        const [owner, ...rest] = repository.split('/');
        return new PackagesApi(await (0,github_api/* githubClient */.$)(token, apiUrl), owner, rest.join('/'), ownerType, options.window ?? new PointsWindow(), options.maxWaitMs ?? 15 * 60_000);
    }
    /** One request, paced, retried while the API asks to wait or fails on its side. */
    async call(method, path, params = {}) {
        for (let attempt = 1;; attempt++) {
            await this.window.take(method === 'DELETE' ? 5 : 1);
            try {
                const res = await this.octokit.request(`${method} /${path}`, params);
                return { data: res.data, headers: res.headers };
            }
            catch (error) {
                if (!isOctokitError(error))
                    throw error;
                const wait = rateLimitWait(error.status, error.response?.headers ?? {});
                const serverSide = error.status >= 500 && attempt < 4;
                if (wait !== undefined && wait <= this.maxWaitMs) {
                    core/* info */.pq(`GitHub's API asks to wait (${error.status}: ${apiMessage(error)}): retrying in ${Math.ceil(wait / 1000)} s`);
                    this.waitedMs += wait;
                    await (0,retry/* sleep */.yy)(wait);
                    continue;
                }
                if (wait !== undefined) {
                    throw new PackagesApiError(error.status, `GitHub's API rate limit asks to wait ${Math.ceil(wait / 60_000)} minutes, longer than this step waits: ${apiMessage(error)}`);
                }
                if (serverSide) {
                    await (0,retry/* sleep */.yy)(1000 * attempt);
                    continue;
                }
                throw new PackagesApiError(error.status, apiMessage(error));
            }
        }
    }
    /** Whether the owner is an organization (known once the package was found). */
    get ownerIsOrganization() {
        return this.base?.startsWith('orgs/') ?? this.ownerType === 'Organization';
    }
    /**
     * `orgs/<owner>` or `users/<owner>`: the owner's kind from the event, else asked. Either way
     * the package is read once, for its version count.
     */
    async ownerBase() {
        if (this.base)
            return this.base;
        const bases = this.ownerType
            ? [`${this.ownerType === 'Organization' ? 'orgs' : 'users'}/${this.owner}`]
            : [`orgs/${this.owner}`, `users/${this.owner}`];
        for (const base of bases) {
            try {
                const { data } = await this.call('GET', `${base}/packages/container/{package_name}`, {
                    package_name: this.name
                });
                const count = data?.version_count;
                this.count =
                    typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
                this.base = base;
                return base;
            }
            catch (error) {
                if (!(error instanceof PackagesApiError) || error.status !== 404 || bases.length === 1)
                    throw error;
            }
        }
        throw new PackagesApiError(404, `package ${this.owner}/${this.name} not found`);
    }
    /**
     * Every active version, all pages, each checked. The list is read as the API pages it, which
     * is no snapshot: a version pushed meanwhile shifts later pages (the same id is then listed
     * twice, and kept once). Paging ends where the API says, and no later than the pages the
     * package's version count calls for plus {@link SLACK_PAGES}; a page that lists only
     * versions already listed, or a version under two digests, is an answer nothing may be
     * decided on.
     */
    async versions() {
        const base = await this.ownerBase();
        const count = this.count;
        const pages = count === undefined ? MAX_PAGES : Math.ceil(count / 100) + SLACK_PAGES;
        const where = `GitHub's API list of the versions of ${this.owner}/${this.name}`;
        const byId = new Map();
        const byDigest = new Map();
        for (let page = 1;; page++) {
            if (page > pages) {
                throw new ApiAnswerError(`${where} offered more than ${pages} pages of 100${count === undefined ? '' : `, though the package has ${count} versions`}`);
            }
            const { data, headers } = await this.call('GET', `${base}/packages/container/{package_name}/versions`, { package_name: this.name, per_page: 100, page, state: 'active' });
            if (headers['x-oauth-scopes'] !== undefined)
                this.scopes = String(headers['x-oauth-scopes'])
                    .split(',')
                    .map(s => s.trim())
                    .filter(Boolean);
            const listed = checkVersions(data, `${where}, page ${page}`);
            let fresh = 0;
            for (const v of listed) {
                const known = byId.get(v.id);
                if (known && known.digest !== v.digest)
                    throw new ApiAnswerError(`${where} gives version ${v.id} as ${known.digest} and as ${v.digest}`);
                const other = byDigest.get(v.digest);
                if (other !== undefined && other !== v.id)
                    throw new ApiAnswerError(`${where} gives ${v.digest} as versions ${other} and ${v.id}`);
                if (!known)
                    fresh++;
                byId.set(v.id, v);
                byDigest.set(v.digest, v.id);
            }
            if (listed.length > 0 && fresh === 0)
                throw new ApiAnswerError(`${where}: page ${page} lists only versions of earlier pages`);
            if (listed.length < 100 || !/rel="next"/.test(String(headers.link ?? '')))
                return [...byId.values()];
        }
    }
    /**
     * The names of the owner's container packages (`api`, `team/api`), every page, each checked.
     * The owner's kind comes from the event, else the organisation endpoint is tried first.
     */
    async packageNames() {
        const bases = this.ownerType
            ? [`${this.ownerType === 'Organization' ? 'orgs' : 'users'}/${this.owner}`]
            : [`orgs/${this.owner}`, `users/${this.owner}`];
        const where = `GitHub's API list of the container packages of ${this.owner}`;
        for (const [i, base] of bases.entries()) {
            const names = new Set();
            try {
                for (let page = 1;; page++) {
                    if (page > MAX_PAGES)
                        throw new ApiAnswerError(`${where} offered more than ${MAX_PAGES} pages`);
                    const { data, headers } = await this.call('GET', `${base}/packages`, {
                        package_type: 'container',
                        per_page: 100,
                        page
                    });
                    if (!Array.isArray(data))
                        throw new ApiAnswerError(`${where}, page ${page}, is not a list of packages but ${shapeOf(data)}`);
                    let fresh = 0;
                    for (const [n, entry] of data.entries()) {
                        const p = entry;
                        if (typeof p !== 'object' ||
                            p === null ||
                            typeof p.name !== 'string' ||
                            !PACKAGE_NAME.test(p.name) ||
                            (p.package_type !== undefined && p.package_type !== 'container'))
                            throw new ApiAnswerError(`${where}, page ${page}, entry ${n + 1} is not a container package: ${printable(entry)}`);
                        if (!names.has(p.name))
                            fresh++;
                        names.add(p.name);
                    }
                    if (data.length > 0 && fresh === 0)
                        throw new ApiAnswerError(`${where}: page ${page} lists only packages of earlier pages`);
                    if (data.length < 100 || !/rel="next"/.test(String(headers.link ?? '')))
                        return [...names].sort();
                }
            }
            catch (error) {
                if (error instanceof PackagesApiError && error.status === 404 && i < bases.length - 1)
                    continue;
                throw error;
            }
        }
        throw new PackagesApiError(404, `owner ${this.owner} not found`);
    }
    /**
     * Whether a version is still listed, asked of it by id: a DELETE answered 404 means it is
     * gone only if the version itself is gone too (GitHub also answers 404 for a refusal).
     */
    async versionExists(id) {
        const base = await this.ownerBase();
        try {
            await this.call('GET', `${base}/packages/container/{package_name}/versions/{id}`, {
                package_name: this.name,
                id
            });
            return true;
        }
        catch (error) {
            if (error instanceof PackagesApiError && error.status === 404)
                return false;
            throw error;
        }
    }
    async deleteVersion(id) {
        const base = await this.ownerBase();
        await this.call('DELETE', `${base}/packages/container/{package_name}/versions/{id}`, {
            package_name: this.name,
            id
        });
    }
}

// EXTERNAL MODULE: ./src/action/session.ts + 1 modules
var action_session = __webpack_require__(51671);
// EXTERNAL MODULE: ./src/action/token.ts
var token = __webpack_require__(11187);
;// CONCATENATED MODULE: ./src/action/commands/delete.ts
/**
 * `command: delete`: cleans up versions of a container package without breaking any image a
 * tag points to. Every version is listed with the Packages API, every manifest read from the
 * registry, and the decision is taken on the reference graph (`packages/graph.ts`). If any
 * manifest cannot be read, nothing in the package is deleted.
 */












/** Manifests read at once. */
const READERS = 8;
/** Rows of each summary table; the outputs have every version. */
const SUMMARY_ROWS = 200;
/** The API's refusals that mean "not this version", not "not this token". */
const SKIPPED = [/last (tagged )?version/i, /5,?000 downloads/i];
async function deletePackageVersions(inputs, ctx) {
    logRules(inputs);
    // One pace for every request of the step: GitHub's limits are the token's, not a package's.
    const window = new PointsWindow();
    const problems = [];
    const packages = await (0,log/* group */.O)('Find the packages', () => findPackages(inputs, ctx, window, problems));
    const results = [];
    const report = () => setOutputs(inputs, results);
    // Deletions are permanent: a cancelled step still says, and outputs, what went.
    (0,cleanup/* onCancel */.Ao)(signal => {
        report();
        const current = results.at(-1);
        if (current?.plan && !current.summarized)
            summarize(inputs, current);
        flushSummary();
        const before = results.slice(0, -1).reduce((n, r) => n + r.outcome.removed.length, 0);
        const now = current
            ? `${current.outcome.removed.length} of the ${current.plan?.remove.length ?? 0} versions of ${current.name} it meant to delete`
            : 'nothing';
        return `The step was cancelled (${signal}) after deleting ${now}${before ? ` (and ${before} in the packages before it)` : ''}; deletions are permanent, the rest were not deleted. The deleted output and the job summary list what went.`;
    });
    try {
        for (const image of packages) {
            const result = {
                name: `${image.registry}/${image.repository}`,
                versions: 0,
                outcome: { removed: [], skipped: [], gone: [], failed: [] },
                waitedMs: 0,
                summarized: false
            };
            results.push(result);
            try {
                await cleanPackage({ ...inputs, image }, ctx, result, window);
            }
            catch (error) {
                if (packages.length === 1 && problems.length === 0)
                    throw error;
                // One package that cannot be cleaned does not stop the others.
                const message = error instanceof Error ? error.message : String(error);
                result.error = message;
                problems.push(`${result.name}: ${message}`);
                core/* info */.pq(`${result.name} was not cleaned: ${message}`);
            }
            finally {
                if (result.plan && !result.summarized)
                    summarize(inputs, result);
                report();
            }
        }
    }
    finally {
        (0,cleanup/* onCancel */.Ao)(undefined);
    }
    if (problems.length) {
        throw new errors/* UserError */.yo(`${problems.length} of the ${packages.length} packages ${inputs.dryRun ? 'could not be checked' : 'were not cleaned as planned'} (the others were): ${problems
            .slice(0, 5)
            .join(' — ')}${problems.length > 5 ? ' — …' : ''}`);
    }
}
/**
 * The packages `image` names: its exact names as written, and for each pattern the owner's
 * container packages that match, listed through the API. A pattern whose owner cannot be
 * listed adds a problem (the step fails at the end) and cleans nothing.
 */
async function findPackages(inputs, ctx, window, problems) {
    const found = new Map();
    for (const target of inputs.targets) {
        if (!target.pattern) {
            found.set(target.image.repository, target.image);
            continue;
        }
        const { owner, matches } = target.pattern;
        let names;
        try {
            const api = await PackagesApi.open(inputs.token, ctx.apiUrl, owner, ownerTypeOf(owner, ctx), {
                window
            });
            names = await api.packageNames();
        }
        catch (error) {
            const why = error instanceof PackagesApiError
                ? `HTTP ${error.status}: ${error.message}`
                : error instanceof Error
                    ? error.message
                    : String(error);
            problems.push(`${target.text}: could not list the container packages of ${owner} (${why}), so none of them was cleaned`);
            continue;
        }
        const matched = names.filter(matches);
        core/* info */.pq(`${target.text}: ${matched.length} of ${owner}'s ${names.length} container packages${matched.length ? `: ${matched.join(', ')}` : ''}`);
        if (!matched.length)
            core/* warning */.$e(`image: "${target.text}" matches none of the ${names.length} container packages of ${owner} the token can see, so it cleans nothing.`);
        for (const name of matched) {
            const repository = `${owner}/${name}`;
            if (!found.has(repository))
                found.set(repository, { registry: inputs.image.registry, repository });
        }
    }
    return [...found.values()];
}
/** The owner's kind, where the event says it (the repository's own owner). */
function ownerTypeOf(owner, ctx) {
    const o = ctx.event.repository?.owner;
    return o?.login?.toLowerCase() === owner && (o.type === 'Organization' || o.type === 'User')
        ? o.type
        : undefined;
}
/** One package: list, check, plan and delete, as the rules say; fails closed. */
async function cleanPackage(inputs, ctx, result, window) {
    const name = result.name;
    let settings = (0,token/* packageSettingsUrl */.vy)(ctx.serverUrl, inputs.image.repository, (0,context/* ownerIsOrganization */.To)(ctx));
    const installation = (0,token/* classifyToken */.OE)(inputs.token) === 'installation';
    const api = await PackagesApi.open(inputs.token, ctx.apiUrl, inputs.image.repository, ownerTypeOf(inputs.image.repository.split('/')[0], ctx), { window });
    const list = (title) => (0,log/* group */.O)(title, async () => {
        try {
            const versions = await api.versions();
            core/* info */.pq(`${versions.length} versions`);
            return versions;
        }
        catch (error) {
            throw listFailure(error, name, installation, settings);
        }
    });
    let listed = await list(`List the versions of ${name}`);
    // The API said which kind of owner it is: the settings URL follows.
    settings = (0,token/* packageSettingsUrl */.vy)(ctx.serverUrl, inputs.image.repository, api.ownerIsOrganization);
    // A dry run checks what the real run checks: a green dry run promises a real one.
    if ((0,action_inputs/* selectsVersions */.Xk)(inputs) && api.scopes && !api.scopes.includes('delete:packages')) {
        throw new errors/* UserError */.yo(`The personal access token cannot delete package versions: it lacks the delete:packages scope (it has ${api.scopes.join(', ') || 'none'}). ${inputs.dryRun ? 'A real run would be refused; this dry run stops here.' : 'Nothing was deleted.'} Add delete:packages, or use the workflow's GITHUB_TOKEN with "permissions: packages: write" and the repository given the Admin role in the package settings (${settings}).`);
    }
    const session = await (0,log/* group */.O)('Login', () => (0,action_session/* openTargetSession */.k)(inputs, ctx, { write: false }));
    const repo = session.client.repository(inputs.image.repository);
    const manifests = new Map();
    let versions;
    let plan;
    try {
        // The listing is no snapshot, and pushes go on while it is read: the plan stands only if
        // every tag the registry has is in the listing, and a second listing right before the first
        // deletion finds the package as the plan saw it. Otherwise plan again, a bounded number of
        // times.
        for (let round = 1;; round++) {
            let change = await (0,log/* group */.O)('Check the listing against the registry', () => tagsMissingFromListing(listed, repo, name));
            if (!change) {
                versions = await (0,log/* group */.O)(`Read ${listed.length} manifests`, () => readGraph(listed, repo, session.registry, manifests));
                plan = planDeletion(versions, inputs, new Date());
                if (plan.remove.length === 0 || !(0,action_inputs/* selectsVersions */.Xk)(inputs))
                    break;
                const again = await list(`List the versions of ${name} again before deleting`);
                change = changeBetween(listed, again);
                if (!change)
                    break;
                listed = again;
            }
            else
                listed = await list(`List the versions of ${name} again`);
            if (round === MAX_ROUNDS) {
                throw new errors/* UserError */.yo(`${name} changed ${MAX_ROUNDS} times in a row while this step read it (last: ${change}), so nothing was deleted. Run the step again when no push to the package is under way.`);
            }
            core/* info */.pq(`${name} changed while it was read (${change}): planning again.`);
        }
    }
    finally {
        await session.close();
    }
    result.versions = versions.length;
    result.plan = plan;
    for (const d of inputs.excludeDigests)
        if (!versions.some(v => v.digest === d))
            core/* info */.pq(`exclude-digests: ${d} is not a version of ${name}`);
    for (const b of plan.broken) {
        if (plan.remove.some(r => r.version.digest === b.version.digest))
            continue;
        core/* warning */.$e(`${name}@${b.version.digest} (${b.version.tags.join(', ') || 'untagged'}) lists ${b.missing.length} manifest(s) the package does not have: ${b.missing.join(', ')}. Pulls of its platforms fail with "manifest unknown".`, { title: 'Broken image' });
    }
    const outcome = result.outcome;
    if ((0,action_inputs/* selectsVersions */.Xk)(inputs)) {
        const verb = inputs.dryRun ? 'Would delete' : 'Delete';
        try {
            await (0,log/* group */.O)(`${verb} ${plan.remove.length} of ${versions.length} versions`, () => deleteVersions(api, inputs, plan, outcome, { name, installation, settings }));
        }
        finally {
            result.waitedMs = api.waitedMs;
        }
    }
    result.waitedMs = api.waitedMs;
    if (outcome.failed.length) {
        const refused = outcome.failed.filter(f => f.status);
        throw new errors/* UserError */.yo(`${refused.length} deletion(s) of ${name} failed: ${refused
            .slice(0, 3)
            .map(f => `${f.version.digest} (HTTP ${f.status}: ${f.error})`)
            .join('; ')}${refused.length > 3 ? '; …' : ''}. ${outcome.removed.length} other version(s) were deleted; what the failed ones reference was kept (${outcome.failed.length - refused.length} held back). The failed output lists them; run the step again later.`);
    }
    if (inputs.validate && plan.broken.length) {
        throw new errors/* UserError */.yo(`${plan.broken.length} image(s) of ${name} are broken: ${plan.broken
            .slice(0, 5)
            .map(b => `${b.version.tags[0] ?? b.version.digest} lacks ${b.missing.length} manifest(s)`)
            .join('; ')}. Push those images again${inputs.deleteGhostImages || inputs.deletePartialImages ? '' : ', or delete them with delete-ghost-images or delete-partial-images'}.`);
    }
}
/** Rounds of listing and planning before a package that keeps changing is left alone. */
const MAX_ROUNDS = 3;
/** The rules as read, one line each, so the log shows what a pattern was taken to mean. */
function logRules(inputs) {
    const rules = [];
    if (inputs.deleteUntagged)
        rules.push('delete-untagged: true');
    if (inputs.olderThanMs !== undefined)
        rules.push(`older-than: ${formatAge(inputs.olderThanMs)}`);
    if (inputs.keepNTagged !== undefined)
        rules.push(`keep-n-tagged: ${inputs.keepNTagged}`);
    if (inputs.keepNUntagged !== undefined)
        rules.push(`keep-n-untagged: ${inputs.keepNUntagged}`);
    for (const [input, patterns] of [
        ['delete-tags', inputs.deleteTags],
        ['exclude-tags', inputs.excludeTags]
    ]) {
        for (const p of patterns)
            rules.push(`${input}: ${p.regex ? `regular expression /${p.text}/` : `tag pattern ${p.text}`}`);
    }
    if (inputs.validate)
        rules.push('validate: true');
    if (inputs.dryRun)
        rules.push('dry-run: true (nothing is deleted)');
    core/* info */.pq(`Rules:\n${rules.map(r => `  ${r}`).join('\n')}`);
}
/**
 * Whether the listing misses a tag the registry has (a version that moved between pages, or one
 * pushed meanwhile): a reason to list again, or undefined.
 */
async function tagsMissingFromListing(listed, repo, name) {
    const tags = new Set(listed.flatMap(v => v.tags));
    let inRegistry;
    try {
        inRegistry = await repo.listTags();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not list the tags of ${name} in the registry, so nothing was deleted (every tag there must be in GitHub's listing before anything is deleted): ${error instanceof Error ? error.message : String(error)}`);
    }
    const missing = inRegistry.filter(t => !tags.has(t));
    core/* info */.pq(`${inRegistry.length} tags in the registry${missing.length ? `, ${missing.length} of them not in the listing` : ', all in the listing'}`);
    if (!missing.length)
        return undefined;
    return `the registry has ${missing.length} tag(s) the listing lacks: ${missing
        .slice(0, 5)
        .map(t => printable(t, 130))
        .join(', ')}${missing.length > 5 ? ', …' : ''}`;
}
/** How two listings of the package differ, or undefined when they list the same versions. */
function changeBetween(before, after) {
    const old = new Map(before.map(v => [v.id, v]));
    const now = new Map(after.map(v => [v.id, v]));
    const added = after.filter(v => !old.has(v.id)).length;
    const removed = before.filter(v => !now.has(v.id)).length;
    const retagged = after.filter(v => {
        const was = old.get(v.id);
        return was && [...was.tags].sort().join(',') !== [...v.tags].sort().join(',');
    }).length;
    const parts = [
        added && `${added} version(s) added`,
        removed && `${removed} removed`,
        retagged && `tags changed on ${retagged}`
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : undefined;
}
/** Refusals that are about the token, not the version: no other deletion would fare better. */
function refusesToken(status) {
    return status === 401 || status === 403 || status === 404;
}
/**
 * Deletes the plan's versions in its order; the API's refusals decide what is a failure. A
 * version that is not deleted holds back what it references, so no index is left without its
 * images; a failure that is not about the token leaves the rest of the plan to go.
 */
async function deleteVersions(api, inputs, plan, outcome, where) {
    const byDigest = new Map(plan.remove.map(d => [d.version.digest, d.version]));
    const heldBy = new Map();
    const holdBack = (v, by) => {
        for (const c of v.children) {
            const child = byDigest.get(c);
            if (!child || heldBy.has(c))
                continue;
            heldBy.set(c, by);
            holdBack(child, by);
        }
    };
    for (const d of plan.remove) {
        const what = `${d.version.digest} (${d.version.tags.join(', ') || 'untagged'}): ${d.reason}`;
        const by = heldBy.get(d.version.digest);
        if (by) {
            core/* info */.pq(`kept ${d.version.digest}: ${by}, which references it, was not deleted`);
            outcome.failed.push({
                ...d,
                status: 0,
                error: `held back: ${by}, which references it, was not deleted`
            });
            continue;
        }
        if (inputs.dryRun) {
            core/* info */.pq(`would delete ${what}`);
            outcome.removed.push(d);
            continue;
        }
        try {
            await api.deleteVersion(d.version.id);
            core/* info */.pq(`deleted ${what}`);
            outcome.removed.push(d);
        }
        catch (error) {
            if (!(error instanceof PackagesApiError))
                throw error;
            if (error.status === 400 && SKIPPED.some(p => p.test(error.message))) {
                core/* info */.pq(`skipped ${d.version.digest}: ${error.message}`);
                outcome.skipped.push({ ...d, why: error.message });
                holdBack(d.version, d.version.digest);
                continue;
            }
            // GitHub answers 404 both for a version that is gone and for a refusal: ask the version.
            if (error.status === 404 && !(await api.versionExists(d.version.id).catch(() => true))) {
                core/* info */.pq(`already gone (deleted by someone else meanwhile): ${what}`);
                outcome.gone.push(d);
                continue;
            }
            outcome.failed.push({ ...d, status: error.status, error: error.message });
            if (refusesToken(error.status)) {
                throw deleteFailure(error, where.name, where.installation, where.settings, outcome.removed.length);
            }
            core/* warning */.$e(`Could not delete ${d.version.digest} of ${where.name} (HTTP ${error.status}: ${error.message}); what it references is kept, and the rest of the plan goes on.`);
            holdBack(d.version, d.version.digest);
        }
    }
}
/** Writes the job summary now, synchronously: the step is about to exit. */
function flushSummary() {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    try {
        (0,external_node_fs_.appendFileSync)(file, core/* summary */.z.stringify());
        core/* summary */.z.emptyBuffer();
    }
    catch {
        // The summary is a courtesy; the outputs and the error line carry the facts.
    }
}
/**
 * Reads every version's manifest, a few at a time (those already read in an earlier round are
 * kept). Fails closed: one unreadable manifest and nothing is decided, so nothing is deleted.
 */
async function readGraph(listed, repo, registry, parsed) {
    const failures = [];
    const unread = listed.filter(v => !parsed.has(v.digest));
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(READERS, unread.length) }, async () => {
        while (next < unread.length) {
            const v = unread[next++];
            try {
                parsed.set(v.digest, (await repo.getManifest(v.digest)).parsed);
            }
            catch (error) {
                failures.push(`${v.digest} (${v.tags.join(', ') || 'untagged'}): ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }));
    if (failures.length) {
        throw new errors/* UserError */.yo(`Could not read ${failures.length} of ${listed.length} manifests of ${registry}/${repo.name}, so nothing was deleted (a version whose manifest is unknown could be what a tagged image needs): ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`);
    }
    const versions = listed.map(v => toVersion(v, parsed.get(v.digest)));
    // Attestation manifests are children of an index that says so on their descriptors.
    const attestations = new Set(listed.flatMap(v => {
        const p = parsed.get(v.digest);
        return p.kind === 'index'
            ? p.index.manifests
                .filter(m => (0,src_registry/* isAttestationEntry */.r2)(m) || m.annotations?.[src_registry/* ATTESTATION_SUBJECT */._L])
                .map(m => m.digest)
            : [];
    }));
    for (const v of versions)
        if (attestations.has(v.digest))
            v.kind = 'attestation';
    return versions;
}
function toVersion(v, parsed) {
    const tags = v.tags;
    // A subject named only by a `sha256-…` tag is the graph's to read from the tags.
    const subject = parsed.kind === 'index' ? parsed.index.subject?.digest : parsed.manifest.subject?.digest;
    return {
        id: v.id,
        digest: v.digest,
        tags,
        created: v.created,
        // A BuildKit cache index lists cache blobs, not manifests: it has no children to miss.
        children: parsed.kind === 'index' && !isBuildKitCache(parsed)
            ? parsed.index.manifests.map(m => m.digest)
            : [],
        ...(subject && { subject }),
        kind: kindOf(parsed, tags)
    };
}
/** BuildKit's config of a registry cache (`cache-to: type=registry`). */
const BUILDKIT_CACHE_CONFIG = 'application/vnd.buildkit.cacheconfig.v0';
/**
 * A BuildKit registry cache: an index whose entries are blobs (the cache config and layers, no
 * manifest), or with `image-manifest=true` a manifest whose config is the cache config.
 */
function isBuildKitCache(parsed) {
    if (parsed.kind === 'image')
        return parsed.manifest.config.mediaType === BUILDKIT_CACHE_CONFIG;
    const entries = parsed.index.manifests;
    return (entries.length > 0 &&
        entries.some(m => m.mediaType === BUILDKIT_CACHE_CONFIG) &&
        entries.every(m => !(0,src_registry/* isManifest */.Yh)(m.mediaType)));
}
/** An image, an index, or what a referrer is (from its type or its fallback tag's suffix). */
function kindOf(parsed, tags) {
    if (isBuildKitCache(parsed))
        return 'cache';
    const suffix = tags.map(t => /^sha256-[0-9a-f]{64}\.(\w+)$/.exec(t)?.[1]).find(Boolean);
    const type = parsed.kind === 'index'
        ? (parsed.index.artifactType ?? '')
        : (parsed.manifest.artifactType ?? parsed.manifest.config.mediaType);
    if (suffix === 'sig' || /signature|cosign/i.test(type))
        return 'signature';
    if (suffix === 'att' ||
        suffix === 'sbom' ||
        /in-toto|sbom|spdx|cyclonedx|attestation/i.test(type))
        return 'attestation';
    if (parsed.kind === 'index')
        return suffix || (parsed.index.subject ?? tags.some(fallbackSubject)) ? 'referrers' : 'index';
    return parsed.manifest.subject || suffix ? 'referrer' : 'image';
}
function listFailure(error, name, installation, settings) {
    if (error instanceof ApiAnswerError)
        return new errors/* UserError */.yo(`${error.message}, so nothing was deleted.`);
    if (!(error instanceof PackagesApiError))
        return error;
    if (error.status === 404) {
        return new errors/* UserError */.yo(`GitHub's API does not show the package ${name} (HTTP 404: ${error.message}). Check image:, and that the token may read it${installation ? ': GITHUB_TOKEN needs "permissions: packages: read" and the repository given access in the package settings' : ' (read:packages)'}.`);
    }
    return new errors/* UserError */.yo(`Could not list the versions of ${name} (HTTP ${error.status}: ${error.message}).${installation ? ` GITHUB_TOKEN needs "permissions: packages: write" and the Admin role for this repository in the package settings (${settings}).` : ''}`);
}
function deleteFailure(error, name, installation, settings, done) {
    if (!(error instanceof PackagesApiError))
        return error;
    const before = done ? ` ${done} version(s) were deleted before this.` : ' Nothing was deleted.';
    if (error.status === 403 || error.status === 404 || error.status === 401) {
        return new errors/* UserError */.yo(installation
            ? `GitHub refused to delete a version of ${name} with the workflow's GITHUB_TOKEN (HTTP ${error.status}: ${error.message}).${before} GITHUB_TOKEN may delete versions only of packages in which this repository has the Admin role (packages this repository's workflows published have it): in the package settings (${settings}) under "Manage Actions access", give this repository the Admin role, and give the job "permissions: packages: write".`
            : `GitHub refused to delete a version of ${name} (HTTP ${error.status}: ${error.message}).${before} The token needs the delete:packages and read:packages scopes, and its user the admin permission on the package (${settings}).`);
    }
    return new errors/* UserError */.yo(`Could not delete a version of ${name} (HTTP ${error.status}: ${error.message}).${before}`);
}
/** One package's facts, as `metadata` gives them. */
function packageMetadata(inputs, r) {
    const { skipped, gone } = r.outcome;
    return {
        package: r.name,
        dryRun: inputs.dryRun,
        versions: r.versions,
        deleted: r.outcome.removed.length,
        kept: r.plan?.keep.length ?? 0,
        failed: r.outcome.failed.length,
        skipped: skipped.map(s => ({ digest: s.version.digest, tags: s.version.tags, why: s.why })),
        alreadyGone: gone.map(d => ({ digest: d.version.digest, tags: d.version.tags })),
        broken: (r.plan?.broken ?? []).map(b => ({
            digest: b.version.digest,
            tags: b.version.tags,
            missing: b.missing
        })),
        ...(r.error && { error: r.error })
    };
}
/** `deleted`, `failed` and `metadata`, grouped by package in the order they were cleaned. */
function setOutputs(inputs, results) {
    const deleted = results.flatMap(r => r.outcome.removed.map(d => ({
        package: r.name,
        digest: d.version.digest,
        tags: d.version.tags,
        id: d.version.id,
        reason: d.reason
    })));
    const failed = results.flatMap(r => r.outcome.failed.map(f => ({
        package: r.name,
        digest: f.version.digest,
        tags: f.version.tags,
        id: f.version.id,
        status: f.status,
        error: f.error
    })));
    core/* setOutput */.uH('deleted', JSON.stringify(deleted));
    core/* setOutput */.uH('failed', JSON.stringify(failed));
    const each = results.map(r => packageMetadata(inputs, r));
    core/* setOutput */.uH('metadata', JSON.stringify(each.length === 1
        ? each[0]
        : {
            dryRun: inputs.dryRun,
            packages: each,
            versions: results.reduce((n, r) => n + r.versions, 0),
            deleted: deleted.length,
            failed: failed.length
        }));
}
function rows(decisions) {
    return decisions
        .slice(0, SUMMARY_ROWS)
        .map(d => [
        `<code>${d.version.digest.slice(0, 19)}</code>`,
        (0,log/* html */.q)(d.version.tags.join(', ')) || '—',
        d.version.kind,
        (0,log/* html */.q)(d.reason)
    ]);
}
/** The package's section of the job summary. */
function summarize(inputs, result) {
    result.summarized = true;
    const { name, waitedMs } = result;
    const plan = result.plan;
    const { removed, skipped, gone, failed } = result.outcome;
    const header = ['version', 'tags', 'kind', 'why'].map(data => ({ data, header: true }));
    const more = (n) => {
        if (n > SUMMARY_ROWS)
            core/* summary */.z.addRaw(`… and ${n - SUMMARY_ROWS} more (see the outputs)`, true);
    };
    core/* summary */.z.addHeading(inputs.dryRun
        ? `Dry run: ${removed.length} versions of ${name} would be deleted`
        : `Deleted ${removed.length} versions of ${name}`, 3);
    if (waitedMs)
        core/* summary */.z.addRaw(`Waited ${Math.round(waitedMs / 1000)} s for GitHub's rate limits.`, true);
    if (removed.length) {
        core/* summary */.z.addTable([header, ...rows(removed)]);
        more(removed.length);
    }
    if (failed.length) {
        core/* summary */.z.addHeading('Failed (not deleted; what they reference was kept)', 4);
        core/* summary */.z.addTable([
            header,
            ...rows(failed.map(f => ({
                version: f.version,
                reason: f.status ? `HTTP ${f.status}: ${f.error}` : f.error
            })))
        ]);
    }
    if (skipped.length) {
        core/* summary */.z.addHeading('Skipped (GitHub refuses to delete them)', 4);
        core/* summary */.z.addTable([
            header,
            ...rows(skipped.map(s => ({ version: s.version, reason: s.why })))
        ]);
    }
    if (gone.length) {
        core/* summary */.z.addHeading('Already gone (deleted by someone else meanwhile)', 4);
        core/* summary */.z.addTable([header, ...rows(gone)]);
    }
    core/* summary */.z.addHeading(`Kept: ${plan.keep.length} versions`, 4);
    core/* summary */.z.addTable([header, ...rows(plan.keep)]);
    more(plan.keep.length);
    if (plan.broken.length) {
        core/* summary */.z.addHeading('Broken images (an index lists manifests the package does not have)', 4);
        core/* summary */.z.addTable([
            ['index', 'tags', 'missing'].map(data => ({ data, header: true })),
            ...plan.broken.map(b => [
                `<code>${b.version.digest}</code>`,
                (0,log/* html */.q)(b.version.tags.join(', ')) || '—',
                b.missing.map(m => `<code>${m}</code>`).join('<br>')
            ])
        ]);
    }
}


/***/ })

};
