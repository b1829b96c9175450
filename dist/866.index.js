export const id = 866;
export const ids = [866];
export const modules = {

/***/ 27485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveOnLoopback: () => (/* binding */ serveOnLoopback)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/action/engine/blob-order.ts
/** The shortest time the streaming bodies' pace is judged over. */
const MEASURE_MS = 500;
class BlobTurns {
    window = 1;
    active = 0;
    waiting = [];
    bytes = 0;
    /** When the current measuring interval began; undefined while nothing streams. */
    since;
    minRate;
    maxWindow;
    constructor(options = {}) {
        this.minRate = options.minRate ?? 50_000_000;
        this.maxWindow = options.maxWindow ?? 3;
    }
    /** A turn for the blob at `rank` (its place in the image). */
    take(rank, now = Date.now()) {
        let state = 'waiting';
        let resolve;
        const ready = new Promise(r => (resolve = r));
        const entry = {
            rank,
            go: () => {
                state = 'active';
                this.active++;
                resolve();
            }
        };
        this.waiting.push(entry);
        this.waiting.sort((a, b) => a.rank - b.rank);
        this.next(now);
        return {
            ready,
            sent: bytes => {
                if (state === 'active')
                    this.bytes += bytes;
            },
            release: (now = Date.now()) => {
                if (state === 'waiting')
                    this.waiting.splice(this.waiting.indexOf(entry), 1);
                else if (state === 'active')
                    this.active--;
                state = 'done';
                this.next(now);
            }
        };
    }
    /** A turn that never waits and takes no place among the ones streaming (a small blob). */
    free() {
        return { ready: Promise.resolve(), sent: () => undefined, release: () => undefined };
    }
    /**
     * Called at intervals: when blobs wait and the bodies streaming through at least the last
     * `MEASURE_MS` moved fewer than `minRate` bytes a second, one more may stream.
     */
    tick(now = Date.now()) {
        if (this.since === undefined) {
            if (this.active > 0)
                this.restart(now);
            return;
        }
        const seconds = (now - this.since) / 1000;
        if (seconds * 1000 < MEASURE_MS)
            return;
        const slow = this.bytes / seconds < this.minRate;
        if (slow && this.waiting.length > 0 && this.active > 0 && this.window < this.maxWindow) {
            this.window++;
            this.next(now);
        }
        this.restart(now);
    }
    restart(now) {
        this.bytes = 0;
        this.since = this.active > 0 ? now : undefined;
    }
    next(now) {
        while (this.active < this.window && this.waiting.length > 0) {
            this.waiting.shift().go();
            // A body that just started is measured from now.
            this.restart(now);
        }
    }
}

;// CONCATENATED MODULE: ./src/action/engine/loopback-registry.ts
/**
 * A read-only registry on this machine's loopback that serves one image to the local Docker
 * engine while a pull is still writing it: `docker pull` from it unpacks each layer as it comes,
 * where `docker load` reads a whole archive before it unpacks anything.
 *
 * It serves the image's manifest, and each of its blobs only once that blob is in the layout,
 * verified; a blob that fails is never served. It answers nothing but `/v2/` and that one image,
 * under a repository name with 128 random bits, so nothing else on the machine can read it.
 */



/** Blobs smaller than this (a config) stream at once, outside the turns. */
const SMALL_BLOB = 1024 * 1024;
const API_HEADERS = { 'Docker-Distribution-API-Version': 'registry/2.0' };
function notFound(res) {
    res.writeHead(404, { ...API_HEADERS, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'not served here' }] }));
}
/** Serves `image` on 127.0.0.1 until closed. */
async function serveOnLoopback(image) {
    const name = `ghcr-action-load-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    // Each blob with its place in the image (config, then layers), which orders the turns.
    const blobs = new Map(image.blobs.map((desc, rank) => [desc.digest, { desc, rank }]));
    const open = new Set();
    let reached = false;
    const turns = new BlobTurns();
    const ticks = setInterval(() => turns.tick(), 500);
    ticks.unref();
    function handle(req, res) {
        const path = (req.url ?? '').split('?')[0];
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return notFound(res);
        if (path === '/v2/' || path === '/v2') {
            res.writeHead(200, { ...API_HEADERS, 'Content-Type': 'application/json' });
            return void res.end('{}');
        }
        const match = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(path);
        if (!match || match[1] !== name)
            return notFound(res);
        reached = true;
        const head = req.method === 'HEAD';
        if (match[2] === 'manifests') {
            if (match[3] !== image.manifest.desc.digest)
                return notFound(res);
            res.writeHead(200, {
                ...API_HEADERS,
                'Content-Type': image.manifest.desc.mediaType,
                'Content-Length': image.manifest.bytes.length,
                'Docker-Content-Digest': image.manifest.desc.digest
            });
            return void res.end(head ? undefined : image.manifest.bytes);
        }
        const blob = blobs.get(match[3]);
        if (!blob)
            return notFound(res);
        const { desc, rank } = blob;
        // The headers go at once (no client waits on them with a timeout); the body only once the
        // blob is verified. A blob that fails ends the connection with nothing of it sent.
        res.writeHead(200, {
            ...API_HEADERS,
            'Content-Type': 'application/octet-stream',
            'Content-Length': desc.size,
            'Docker-Content-Digest': desc.digest
        });
        res.flushHeaders();
        if (head)
            return void res.end();
        open.add(res);
        res.on('close', () => open.delete(res));
        // The body (and, through the proxy, its download) starts on this blob's turn; a small
        // one (the config) takes no bandwidth worth a turn.
        const turn = desc.size < SMALL_BLOB ? turns.free() : turns.take(rank);
        res.on('close', () => turn.release());
        turn.ready
            .then(() => image.blob(desc))
            .then(file => {
            const stop = () => file.destroy?.();
            // The engine may have hung up while the blob was still being verified.
            if (res.destroyed)
                return stop();
            file.on('error', () => res.destroy());
            file.on('data', (chunk) => turn.sent(chunk.length));
            file.pipe(res);
            res.on('close', stop);
        }, () => res.destroy());
    }
    const server = (0,external_node_http_.createServer)(handle);
    server.keepAliveTimeout = 60_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    return {
        reference: `127.0.0.1:${port}/${name}@${image.manifest.desc.digest}`,
        reached: () => reached,
        close: () => new Promise(resolve => {
            clearInterval(ticks);
            for (const res of open)
                res.destroy();
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}


/***/ })

};
