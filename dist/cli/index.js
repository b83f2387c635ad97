#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = ({
5581:
(function (module, __unused_webpack___webpack_exports__, __nccwpck_require__) {
__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
var _config_process_warnings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3953);
var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(311);
(0,_config_process_warnings_js__WEBPACK_IMPORTED_MODULE_0__ .q)();
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_1__ .x}\n`);
}
else {
const { runCli } = await __nccwpck_require__.e( 4).then(__nccwpck_require__.bind(__nccwpck_require__, 8004));
process.exitCode = await runCli(argv, {
stdout: (s) => process.stdout.write(s),
stderr: (s) => process.stderr.write(s),
cwd: process.cwd(),
isTTY: process.stdout.isTTY === true,
env: process.env,
});
}
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);
}),
3090:
(function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {
__nccwpck_require__.d(__webpack_exports__, {
Ah: () => ( escapeLog),
Ol: () => ( visibleValue),
Q6: () => ( visibleText),
Vx: () => ( shortenValue),
yb: () => ( codePoint)
});
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const VALUE_INVISIBLE_OR_LITERAL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800]|<U\+/gu;
function codePoint(c) {
return `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
}
function visibleValue(value) {
return value.replace(VALUE_INVISIBLE_OR_LITERAL, (c) => (c === '<U+' ? '<U+003C>U+' : codePoint(c)));
}
function visibleText(text) {
return text.replace(TEXT_INVISIBLE_OR_LITERAL, (c) => (c.length > 3 ? c : c === '<U+' ? '<U+003C>U+' : codePoint(c)));
}
const TEXT_INVISIBLE_OR_LITERAL = /<U\+[0-9A-F]{4,6}>|[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800]|<U\+/gu;
const OWN_TERMINAL = /^(?:\u001b\[[0-9;]*[mK]|\r(?=\u001b\[K))/;
function escapeLog(text, options = {}) {
const visible = text.replace(INVISIBLE, (c, offset) => {
if (c === '\n' || c === '\t')
return c;
if (options.terminal && (c === '\u001b' || c === '\r') && OWN_TERMINAL.test(text.slice(offset, offset + 16)))
return c;
return codePoint(c);
});
return visible.replace(/:(?=:)/g, ': ').replace(/#(?=#\[)/g, '# ');
}
function shortenValue(value, max = 200, keep = 160, what = 'characters') {
if (value.length <= max)
return value;
let cut = keep;
const code = value.charCodeAt(cut - 1);
if (code >= 0xd800 && code <= 0xdbff)
cut--;
let chars = 0;
for (const _ of value)
chars++;
return `${value.slice(0, cut)}\u2026 (${chars.toLocaleString('en-US')} ${what})`;
}
}),
3953:
(function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {
__nccwpck_require__.d(__webpack_exports__, {
q: () => ( escapeProcessWarnings)
});
var _log_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3090);
function escapeProcessWarnings(write = (text) => void process.stderr.write(text)) {
if (process.listenerCount('warning') === 0)
return;
process.removeAllListeners('warning');
process.on('warning', (w) => write(`${(0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__ .Ah)(`(node:${process.pid}) ${w.name}: ${w.message}`)}\n`));
}
}),
311:
(function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {
__nccwpck_require__.d(__webpack_exports__, {
x: () => ( VERSION)
});
const VERSION = '0.1.0';
}),
181:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
}),
9896:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
}),
1943:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");
}),
3339:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
}),
4573:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
}),
7598:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
}),
3024:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
}),
1455:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
}),
8995:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
}),
6760:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
}),
7075:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
}),
6193:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
}),
7975:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
}),
8522:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
}),
6928:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
}),
932:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
}),
2203:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
}),
7016:
(function (module) {
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
})
});
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
var cachedModule = __webpack_module_cache__[moduleId];
if (cachedModule !== undefined) {
return cachedModule.exports;
}
var module = __webpack_module_cache__[moduleId] = {
exports: {}
};
var threw = true;
try {
__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
threw = false;
} finally {
if(threw) delete __webpack_module_cache__[moduleId];
}
return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
var resolveQueue = (queue) => {
if(queue && queue.d < 1) {
queue.d = 1;
queue.forEach((fn) => (fn.r--));
queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
}
}
var wrapDeps = (deps) => (deps.map((dep) => {
if(dep !== null && typeof dep === "object") {
if(dep[webpackQueues]) return dep;
if(dep.then) {
var queue = [];
queue.d = 0;
dep.then((r) => {
obj[webpackExports] = r;
resolveQueue(queue);
}, (e) => {
obj[webpackError] = e;
resolveQueue(queue);
});
var obj = {};
obj[webpackQueues] = (fn) => (fn(queue));
return obj;
}
}
var ret = {};
ret[webpackQueues] = x => {};
ret[webpackExports] = dep;
return ret;
}));
__nccwpck_require__.a = (module, body, hasAwait) => {
var queue;
hasAwait && ((queue = []).d = -1);
var depQueues = new Set();
var exports = module.exports;
var currentDeps;
var outerResolve;
var reject;
var promise = new Promise((resolve, rej) => {
reject = rej;
outerResolve = resolve;
});
promise[webpackExports] = exports;
promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
module.exports = promise;
body((deps) => {
currentDeps = wrapDeps(deps);
var fn;
var getResult = () => (currentDeps.map((d) => {
if(d[webpackError]) throw d[webpackError];
return d[webpackExports];
}))
var promise = new Promise((resolve) => {
fn = () => (resolve(getResult));
fn.r = 0;
var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
});
return fn.r ? promise : getResult();
}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
queue && queue.d < 0 && (queue.d = 0);
};
})();
(() => {
__nccwpck_require__.n = (module) => {
var getter = module && module.__esModule ?
() => (module['default']) :
() => (module);
__nccwpck_require__.d(getter, { a: getter });
return getter;
};
})();
(() => {
var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
var leafPrototypes;
__nccwpck_require__.t = function(value, mode) {
if(mode & 1) value = this(value);
if(mode & 8) return value;
if(typeof value === 'object' && value) {
if((mode & 4) && value.__esModule) return value;
if((mode & 16) && typeof value.then === 'function') return value;
}
var ns = Object.create(null);
__nccwpck_require__.r(ns);
var def = {};
leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
}
def['default'] = () => (value);
__nccwpck_require__.d(ns, def);
return ns;
};
})();
(() => {
__nccwpck_require__.d = (exports, definition) => {
for(var key in definition) {
if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
}
}
};
})();
(() => {
__nccwpck_require__.f = {};
__nccwpck_require__.e = (chunkId) => {
return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
__nccwpck_require__.f[key](chunkId, promises);
return promises;
}, []));
};
})();
(() => {
__nccwpck_require__.u = (chunkId) => {
return "" + chunkId + ".index.js";
};
})();
(() => {
__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
})();
(() => {
__nccwpck_require__.r = (exports) => {
if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
}
Object.defineProperty(exports, '__esModule', { value: true });
};
})();
(() => {
var installedChunks = {
792: 0
};
var installChunk = (data) => {
var {ids, modules, runtime} = data;
var moduleId, chunkId, i = 0;
for(moduleId in modules) {
if(__nccwpck_require__.o(modules, moduleId)) {
__nccwpck_require__.m[moduleId] = modules[moduleId];
}
}
if(runtime) runtime(__nccwpck_require__);
for(;i < ids.length; i++) {
chunkId = ids[i];
if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
installedChunks[chunkId][0]();
}
installedChunks[ids[i]] = 0;
}
}
__nccwpck_require__.f.j = (chunkId, promises) => {
var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
if(installedChunkData !== 0) {
if(installedChunkData) {
promises.push(installedChunkData[1]);
} else {
if(true) {
var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
throw e;
});
var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
promises.push(installedChunkData[1] = promise);
}
}
}
};
})();
var __webpack_exports__ = __nccwpck_require__(5581);
__webpack_exports__ = await __webpack_exports__;
