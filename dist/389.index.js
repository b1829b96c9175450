export const id = 389;
export const ids = [389];
export const modules = {

/***/ 8389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveOnLoopback: () => (/* binding */ serveOnLoopback)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/**
 * A read-only registry on this machine's loopback that serves one image to the local Docker
 * engine while a pull is still writing it: `docker pull` from it unpacks each layer as it comes,
 * where `docker load` reads a whole archive before it unpacks anything.
 *
 * It serves the image's manifest, and each of its blobs only once that blob is in the layout,
 * verified; a blob that fails is never served. It answers nothing but `/v2/` and that one image,
 * under a repository name with 128 random bits, so nothing else on the machine can read it.
 */


const API_HEADERS = { 'Docker-Distribution-API-Version': 'registry/2.0' };
function notFound(res) {
    res.writeHead(404, { ...API_HEADERS, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'not served here' }] }));
}
/** Serves `image` on 127.0.0.1 until closed. */
async function serveOnLoopback(image) {
    const name = `ghcr-action-load-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
    const blobs = new Map(image.blobs.map(d => [d.digest, d]));
    const open = new Set();
    let reached = false;
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
        const desc = blobs.get(match[3]);
        if (!desc)
            return notFound(res);
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
        image.blob(desc).then(file => {
            file.on('error', () => res.destroy());
            file.pipe(res);
            res.on('close', () => file.destroy?.());
        }, () => res.destroy());
    }
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.createServer)(handle);
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
            for (const res of open)
                res.destroy();
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}


/***/ })

};
