export const id = 576;
export const ids = [576];
export const modules = {

/***/ 77576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   login: () => (/* binding */ login)
/* harmony export */ });
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51671);

async function login(inputs, ctx) {
    // Push rights are asked for, not needed: the summary then shows what the token may do.
    const session = await (0,_session_js__WEBPACK_IMPORTED_MODULE_0__/* .openTargetSession */ .k)(inputs, ctx, { write: false, askPush: true });
    await session.close();
}


/***/ })

};
