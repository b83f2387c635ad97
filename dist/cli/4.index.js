export const id = 4;
export const ids = [4];
export const modules = {
7593:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
d: () => ( argsErrorMessage)
});
var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
var node_util__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
var _config_log_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3090);
var _config_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8841);
function argsErrorMessage(e, argv, options, command) {
return `${command}: ${describeArgsError(e, argv, options)}\nRun '${command} --help' for the options.\n`;
}
function describeArgsError(e, argv, options) {
const code = e.code;
const longNames = Object.keys(options);
const spelled = (name) => (name.length === 1 ? `-${name}` : `--${name}`);
const usage = (name) => {
const o = options[name];
return o?.type === 'string' ? `${spelled(name)} VALUE` : spelled(name);
};
const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
const known = (name) => name in options ? name : Object.keys(options).find((k) => options[k]?.short === name);
if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
const unknown = tokens.find((t) => t.kind === 'option' && known(t.name) === undefined);
if (unknown && unknown.kind === 'option') {
const given = (0,_config_log_escape_js__WEBPACK_IMPORTED_MODULE_2__ .Ol)(unknown.rawName);
const close = (0,_config_problem_js__WEBPACK_IMPORTED_MODULE_1__ .ZA)(unknown.name, longNames, 1)[0];
return `unknown option ${given}${close === undefined ? '' : `; did you mean ${usage(close).split(' ')[0]}?`}`;
}
}
if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
for (const t of tokens) {
if (t.kind !== 'option')
continue;
const name = known(t.name);
if (name === undefined)
continue;
const type = options[name]?.type;
if (type === 'string' && t.value === undefined)
return `option ${(0,_config_log_escape_js__WEBPACK_IMPORTED_MODULE_2__ .Ol)(t.rawName)} needs a value: ${usage(name)}`;
if (type === 'boolean' && t.value !== undefined)
return `option ${(0,_config_log_escape_js__WEBPACK_IMPORTED_MODULE_2__ .Ol)(t.rawName)} takes no value`;
}
}
return (0,_config_log_escape_js__WEBPACK_IMPORTED_MODULE_2__ .Ol)(e.message);
}
}),
1604:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
je: () => ( EXIT_GATE_FAILED),
nS: () => ( EXIT_INPUT_ERROR),
rc: () => ( EXIT_PASS)
});
const EXIT_PASS = 0;
const EXIT_GATE_FAILED = 1;
const EXIT_INPUT_ERROR = 2;
}),
8004:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
runCli: () => ( runCli)
});
var external_node_path_ = __webpack_require__(6760);
var external_node_util_ = __webpack_require__(7975);
var external_node_fs_ = __webpack_require__(3024);
var build = __webpack_require__(5605);
var schema = __webpack_require__(131);
;
function loadJsonConfig(text, file) {
if (text.length > build .SL || (0,build .W1)(text, file))
return null;
if (/\r(?!\n)/.test(text))
return null;
let data;
try {
data = JSON.parse(text);
}
catch {
return null;
}
const root = indexJson(text);
if (!root)
return null;
const audits = data?.audits;
if (Array.isArray(audits) && audits.length > schema .iO.audits)
return null;
const result = (0,build .fD)(data, new JsonPositions(text, root), file);
return result.config && result.problems.length === 0 ? { config: result.config, problems: [] } : null;
}
function indexJson(text) {
let i = 0;
const space = () => {
for (;;) {
const c = text.charCodeAt(i);
if (c === 32 || c === 10 || c === 13 || c === 9)
i++;
else
return;
}
};
const string = () => {
let escaped = false;
i++;
for (;;) {
const c = text.charCodeAt(i);
if (c === 34) {
i++;
return escaped;
}
if (c === 92) {
escaped = true;
i += 2;
}
else
i++;
}
};
const value = (depth) => {
space();
const at = i;
const c = text.charCodeAt(i);
if (c === 123 || c === 91) {
if (depth > build .Uv)
return null;
i++;
space();
const close = c === 123 ? 125 : 93;
const keys = c === 123 ? new Map() : undefined;
const items = keys ? undefined : [];
const node = keys ? { at, keys } : { at, items };
if (text.charCodeAt(i) === close) {
i++;
return node;
}
for (;;) {
if (keys) {
space();
const key = i;
const escaped = string();
const name = escaped ? JSON.parse(text.slice(key, i)) : text.slice(key + 1, i - 1);
space();
i++;
const v = value(depth + 1);
if (!v || keys.has(name) || name === '__proto__')
return null;
keys.set(name, { key, value: v });
if (keys.size > build .wZ)
return null;
}
else {
const v = value(depth + 1);
if (!v)
return null;
items.push(v);
if (items.length > build .wZ)
return null;
}
space();
if (text.charCodeAt(i++) === close)
return node;
}
}
if (c === 34)
string();
else
for (;;) {
const d = text.charCodeAt(i);
if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || i >= text.length)
break;
i++;
}
return { at };
};
return value(1);
}
class JsonPositions {
text;
root;
lineStarts;
constructor(text, root) {
this.text = text;
this.root = root;
}
at(path, key = false) {
let node = this.root;
let best = this.pos(node.at);
for (let i = 0; i < path.length; i++) {
const seg = path[i];
if (node?.keys) {
const member = node.keys.get(String(seg));
if (!member)
return best;
if (key && i === path.length - 1)
return this.pos(member.key);
node = member.value;
}
else if (node?.items && typeof seg === 'number')
node = node.items[seg];
else
return best;
if (node)
best = this.pos(node.at);
}
return best;
}
pos(at) {
if (!this.lineStarts) {
this.lineStarts = [0];
for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
this.lineStarts.push(i + 1);
}
const starts = this.lineStarts;
let lo = 0;
let hi = starts.length - 1;
while (lo < hi) {
const mid = (lo + hi + 1) >> 1;
if (starts[mid] <= at)
lo = mid;
else
hi = mid - 1;
}
return { line: lo + 1, column: at - starts[lo] + 1 };
}
}
var log_escape = __webpack_require__(3090);
var config_problem = __webpack_require__(8841);
var catalog = __webpack_require__(5360);
;
function spelled(name) {
const inner = (0,log_escape .Ol)(name).replace(/[^\x20-\x7e]/gu, (c) => (0,log_escape .yb)(c));
return inner.replace(/^ +| +$/g, (run) => '<U+0020>'.repeat(run.length));
}
const CONFUSABLE = Object.fromEntries([
'\u0410A',
'\u0430a',
'\u0412B',
'\u0432b',
'\u0421C',
'\u0441c',
'\u0415E',
'\u0435e',
'\u0401E',
'\u0451e',
'\u041dH',
'\u04bbh',
'\u0406I',
'\u0456i',
'\u0407I',
'\u0457i',
'\u0408J',
'\u0458j',
'\u041aK',
'\u043ak',
'\u041cM',
'\u043cm',
'\u041eO',
'\u043eo',
'\u0420P',
'\u0440p',
'\u0405S',
'\u0455s',
'\u0422T',
'\u0442t',
'\u0425X',
'\u0445x',
'\u0423Y',
'\u0443y',
'\u04aeY',
'\u04afy',
'\u0501d',
'\u051bq',
'\u051cW',
'\u051dw',
'\u04cfl',
'\u04c0l',
'\u0391A',
'\u03b1a',
'\u0392B',
'\u03b2b',
'\u0395E',
'\u03b5e',
'\u0396Z',
'\u0397H',
'\u0399I',
'\u03b9i',
'\u039aK',
'\u03bak',
'\u039cM',
'\u039dN',
'\u03bdv',
'\u039fO',
'\u03bfo',
'\u03a1P',
'\u03c1p',
'\u03a4T',
'\u03c4t',
'\u03a5Y',
'\u03c5u',
'\u03a7X',
'\u03c7x',
'\u03f2c',
'\u03f9c',
'\u03f3j',
].map((pair) => [pair[0], pair[1]]));
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'gu');
const LOOKALIKE_SCRIPTS = [
/\p{Script=Latin}/u,
/\p{Script=Cyrillic}/u,
/\p{Script=Greek}/u,
/\p{Script=Armenian}/u,
/\p{Script=Cherokee}/u,
/\p{Script=Coptic}/u,
];
function mixesScripts(name) {
let seen = 0;
for (const script of LOOKALIKE_SCRIPTS)
if (script.test(name) && ++seen > 1)
return true;
return false;
}
const looks = new Map();
const LOOKS_MAX = 50_000;
function lookOf(name) {
const known = looks.get(name);
if (known !== undefined)
return known;
if (looks.size >= LOOKS_MAX)
looks.clear();
const look = computeLook(name);
looks.set(name, look);
return look;
}
function computeLook(name) {
return (0,log_escape .Ol)(name)
.normalize('NFKC')
.replace(CONFUSABLE_CHARS, (c) => CONFUSABLE[c])
.toLowerCase()
.replace(/\s+/gu, ' ')
.trim();
}
function distinguishNames(names) {
const byLook = new Map();
const looks = names.map((n) => {
const k = lookOf(n);
const set = byLook.get(k) ?? new Set();
set.add(n);
byLook.set(k, set);
return k;
});
return names.map((n, i) => byLook.get(looks[i]).size > 1 || /^\s|\s$/u.test(n) || mixesScripts(n)
? spelled(n)
: (0,log_escape .Ol)(n));
}
;
function attributeId(attribute) {
return JSON.stringify(attribute);
}
const indexes = new WeakMap();
function rowsOf(rows, attribute) {
const cached = indexes.get(rows);
let index = cached?.length === rows.length ? cached.index : undefined;
if (!index) {
index = new Map();
for (const row of rows) {
const id = attributeId(row.attribute);
const list = index.get(id);
if (list)
list.push(row);
else
index.set(id, [row]);
}
indexes.set(rows, { length: rows.length, index });
}
return index.get(attributeId(attribute)) ?? [];
}
;
const METRIC_LABELS = Object.fromEntries(catalog .OV.map((m) => [m, (0,catalog .yD)(m).label]));
function worseDirection(metric) {
const spec = (0,catalog .yD)(metric);
if (spec.descriptive)
return null;
return spec.better === 'lower' ? 'high' : 'low';
}
function formatValue(value, metric) {
if (value === null || value === undefined || Number.isNaN(value))
return '\u2014';
if (metric === 'count' || (metric && /^count_/.test(metric) && !/_ratio$/.test(metric)))
return (0,config_problem .K9)(Math.round(value));
if (Number.isInteger(value) && Math.abs(value) >= 1000)
return (0,config_problem .K9)(value);
return value.toFixed(4);
}
function scopeOf(attribute) {
if (attribute === null)
return 'overall';
return typeof attribute === 'string' ? attribute : attribute.join(' \u00d7 ');
}
function formatThreshold(t) {
const parts = [];
if (t.min !== undefined)
parts.push(`\u2265 ${t.min}`);
if (t.max !== undefined)
parts.push(`\u2264 ${t.max}`);
return parts.join(', ');
}
const MD_ESCAPES = {
'&': '&amp;',
$: '&#36;',
'<': '&lt;',
'>': '&gt;',
'"': '&quot;',
'|': '&#124;',
'`': '&#96;',
'\\': '&#92;',
'*': '&#42;',
_: '&#95;',
'[': '&#91;',
']': '&#93;',
'(': '&#40;',
')': '&#41;',
'!': '&#33;',
'#': '&#35;',
'@': '&#64;',
'~': '&#126;',
':': '&#58;',
'=': '&#61;',
};
const MD_ESCAPE_BY_CODE = Array.from({ length: 128 }, (_, c) => Object.hasOwn(MD_ESCAPES, String.fromCharCode(c)) ? MD_ESCAPES[String.fromCharCode(c)] : undefined);
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c) => c >= 48 && c <= 57;
const isWordChar = (c) => isLetter(c) || isDigit(c) || c === 95;
const isBoundary = (c) => c === 45 || c === 46 || c === 47 || c === 58 || c === 43;
const isRunChar = (c) => isLetter(c) || isDigit(c) || isBoundary(c) || c === 95;
const isHexLetter = (c) => (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
function exponentStep(state, c) {
const digit = isDigit(c);
const sign = c === 45 || c === 43;
const e = c === 69 || c === 101;
switch (state) {
case 0:
return sign ? 1 : digit ? 2 : c === 46 ? 3 : -1;
case 1:
return digit ? 2 : c === 46 ? 3 : -1;
case 2:
return digit ? 2 : c === 46 ? 3 : e ? 5 : -1;
case 3:
return digit ? 4 : -1;
case 4:
return digit ? 4 : e ? 5 : -1;
case 5:
return sign ? 6 : -1;
default:
return -1;
}
}
function autolinkBreaks(text) {
const n = text.length;
const breaks = new Uint8Array(n);
let at = 0;
while (at < n) {
if (!isRunChar(text.charCodeAt(at))) {
at++;
continue;
}
let end = at;
while (end < n && isRunChar(text.charCodeAt(end)))
end++;
for (let s = at; s < end;) {
if (isBoundary(text.charCodeAt(s))) {
s++;
continue;
}
let e = s;
let hex = true;
let letter = false;
let digit = false;
for (; e < end; e++) {
const c = text.charCodeAt(e);
if (isBoundary(c))
break;
if (isDigit(c))
digit = true;
else if (isHexLetter(c))
letter = true;
else
hex = false;
}
if (hex && letter && digit && e - s >= 7 && e - s <= 40)
breaks[s] = 1;
s = e;
}
let lastStart = 0;
let lastBroken = -1;
let lastLetter = -1;
let startOfLetter = -1;
let exponent = 0;
let prev = -1;
for (let i = 0; at + i < end; i++) {
const c = text.charCodeAt(at + i);
if (i > 0 && isBoundary(prev))
lastStart = i;
if (breaks[at + i] === 1)
lastBroken = i;
if (c === 58 || c === 95)
lastBroken = i;
const letter = isLetter(c);
if (letter && prev === 45 && lastLetter >= 0 && lastBroken < startOfLetter) {
breaks[at + i - 1] = 1;
lastBroken = i - 1;
}
if (letter) {
lastLetter = i;
startOfLetter = lastStart;
}
else if (isDigit(c) &&
i > 0 &&
!isDigit(prev) &&
lastLetter >= 0 &&
lastBroken < startOfLetter &&
exponent !== 5 &&
exponent !== 6) {
breaks[at + i - 1] = 1;
lastBroken = i - 1;
}
exponent = exponentStep(exponent, c);
prev = c;
}
at = end;
}
return breaks;
}
function escapeMarkdownText(text) {
return markdownInert((0,log_escape .Q6)(text));
}
function shortCommit(commit, code = false) {
const short = commit.slice(0, 12);
if (!/^[0-9a-f]{7,40}$/i.test(commit))
return escapeMarkdown(short);
return code ? `\`${short}\`` : short;
}
function escapeMarkdown(text) {
if (text.length < MEMO_MIN_CHARS)
return markdownInert((0,log_escape .Ol)(text));
return memoised(escapedMemo, text, () => inertOf((0,log_escape .Ol)(text)));
}
const MEMO_MIN_CHARS = 512;
const MEMO_MAX_CHARS = 32 * 1024 * 1024;
const escapedMemo = new Map();
const inertMemo = new Map();
let memoChars = 0;
function clearEscapeMemo() {
escapedMemo.clear();
inertMemo.clear();
memoChars = 0;
}
function memoised(memo, text, escape) {
const known = memo.get(text);
if (known !== undefined)
return known;
const out = escape();
if (memoChars + text.length + out.length <= MEMO_MAX_CHARS) {
memo.set(text, out);
memoChars += text.length + out.length;
}
return out;
}
function markdownInert(visible) {
return visible.length < MEMO_MIN_CHARS ? inertOf(visible) : memoised(inertMemo, visible, () => inertOf(visible));
}
function inertOf(visible) {
return visible
.split(/(<U\+[0-9A-F]{4,6}>)/)
.map((part, i) => (i % 2 === 1 ? `&lt;${part.slice(1, -1)}&gt;` : inertPart(part)))
.join('');
}
const isW = (c) => c === 87 || c === 119;
const WORD_JOINER = '\u2060';
const isHex = (c) => isDigit(c) || isHexLetter(c);
const isPrefixChar = (c) => isLetter(c) || isDigit(c) || isBoundary(c) || c === 95;
function titleInert(visible) {
return visible
.split(/(<U\+[0-9A-F]{4,6}>)/)
.map((part, i) => (i % 2 === 1 ? part : titlePart(part)))
.join('');
}
function titlePart(visible) {
const n = visible.length;
const join = new Uint8Array(n);
let letterInRun = false;
for (let i = 0; i < n; i++) {
const c = visible.charCodeAt(i);
if (!isPrefixChar(c)) {
letterInRun = false;
continue;
}
if (isDigit(c) && i > 0 && !isDigit(visible.charCodeAt(i - 1)) && letterInRun)
join[i] = 1;
if (isLetter(c))
letterInRun = true;
}
for (let i = 0; i < n;) {
if (!isHex(visible.charCodeAt(i)) || (i > 0 && isWordChar(visible.charCodeAt(i - 1)))) {
i++;
continue;
}
let e = i;
let letter = false;
let digit = false;
for (; e < n && isHex(visible.charCodeAt(e)); e++) {
if (isDigit(visible.charCodeAt(e)))
digit = true;
else
letter = true;
}
if (letter && digit && e - i >= 7 && e - i <= 40 && !(e < n && isWordChar(visible.charCodeAt(e))))
for (let k = i + 6; k < e; k += 6)
join[k] = 1;
i = e;
}
let out = '';
let plain = 0;
for (let i = 0; i < n; i++) {
const c = visible.charCodeAt(i);
const swap = c === 35
? '\uff03'
: c === 64
? '\uff20'
: c === 96
? '\uff40'
: c === 58 && i + 1 < n && /[\w+-]/.test(visible[i + 1])
? '\uff1a'
: undefined;
if (swap === undefined && join[i] === 0)
continue;
out += visible.slice(plain, i) + (join[i] === 1 ? WORD_JOINER : '') + (swap ?? visible[i]);
plain = i + 1;
}
return plain === 0 ? visible : out + visible.slice(plain);
}
function inertPart(visible) {
const breaks = autolinkBreaks(visible);
let out = '';
let plain = 0;
for (let i = 0; i < visible.length; i++) {
const c = visible.charCodeAt(i);
let entity;
if (breaks[i] === 1)
entity = `&#${c};`;
else if (c < 128 && (entity = MD_ESCAPE_BY_CODE[c]) !== undefined) {
}
else if (c === 46 &&
i >= 3 &&
isW(visible.charCodeAt(i - 1)) &&
isW(visible.charCodeAt(i - 2)) &&
isW(visible.charCodeAt(i - 3)) &&
breaks[i - 1] === 0 &&
breaks[i - 2] === 0 &&
breaks[i - 3] === 0)
entity = '&#46;';
if (entity === undefined)
continue;
if (plain < i)
out += visible.slice(plain, i);
out += entity;
plain = i + 1;
}
return plain === 0 ? visible : out + visible.slice(plain);
}
function groupNamer(groups) {
const byAttribute = new Map();
const shown = (attribute) => {
const id = attributeId(attribute);
let map = byAttribute.get(id);
if (!map) {
const keys = [...new Set(rowsOf(groups, attribute).map((g) => g.key))];
const names = distinguishNames(keys);
map = new Map(keys.map((k, i) => [k, names[i]]));
byAttribute.set(id, map);
}
return map;
};
return (attribute, names) => {
const map = attribute === null ? new Map() : shown(attribute);
const fallback = distinguishNames(names);
return names.map((n, i) => map.get(n) ?? fallback[i]);
};
}
var counts = __webpack_require__(1246);
var accumulate = __webpack_require__(9942);
var data_checks = __webpack_require__(6407);
var data_table = __webpack_require__(2704);
;
function randomInt32() {
return (Math.random() * 4294967296) | 0;
}
function randomHex(digits) {
let out = '';
while (out.length < digits)
out += Math.floor(Math.random() * 2 ** 52)
.toString(16)
.padStart(13, '0');
return out.slice(0, digits);
}
var data_values = __webpack_require__(2884);
;
class CellTable {
slots;
bits;
shifts = [];
table = new Int32Array(0);
dense = true;
keys = new Int32Array(0);
cells = new Int32Array(0);
mask = 0;
size = 0;
constructor(slots) {
this.slots = slots;
this.bits = new Array(slots).fill(2);
this.layout();
}
layout() {
let total = 0;
this.shifts = this.bits.map((b) => {
const s = total;
total += b;
return s;
});
if (total > 20) {
this.dense = false;
this.table = new Int32Array(0);
this.grow(64);
return;
}
this.table = new Int32Array(1 << total).fill(-1);
}
get(ids) {
if (this.dense) {
let index = 0;
for (let i = 0; i < ids.length; i++) {
const id = ids[i];
if (id >>> this.bits[i] !== 0) {
while (id >>> this.bits[i] !== 0)
this.bits[i] = this.bits[i] + 1;
this.layout();
return this.get(ids);
}
index |= id << this.shifts[i];
}
return this.table[index];
}
const at = this.find(ids);
return this.cells[at];
}
set(ids, cell) {
if (this.dense) {
let index = 0;
for (let i = 0; i < ids.length; i++)
index |= ids[i] << this.shifts[i];
this.table[index] = cell;
return;
}
const at = this.find(ids);
if (this.cells[at] < 0) {
this.keys.set(ids, at * this.slots);
this.size++;
}
this.cells[at] = cell;
if (this.size * 2 > this.mask)
this.grow((this.mask + 1) * 2);
}
find(ids) {
const slots = this.slots;
let h = CELL_HASH_SEED;
for (let i = 0; i < slots; i++)
h = Math.imul(h ^ ids[i], 0x9e3779b1);
h ^= h >>> 15;
h = Math.imul(h, 0x85ebca6b);
h ^= h >>> 13;
const { keys, cells, mask } = this;
for (let at = h & mask;; at = (at + 1) & mask) {
if (cells[at] < 0)
return at;
let same = true;
const base = at * slots;
for (let i = 0; i < slots; i++)
if (keys[base + i] !== ids[i]) {
same = false;
break;
}
if (same)
return at;
}
}
grow(capacity) {
const { keys, cells, slots } = this;
this.keys = new Int32Array(capacity * slots);
this.cells = new Int32Array(capacity).fill(-1);
this.mask = capacity - 1;
this.size = 0;
for (let at = 0; at < cells.length; at++) {
const cell = cells[at];
if (cell >= 0)
this.set(keys.subarray(at * slots, (at + 1) * slots), cell);
}
}
}
const CELL_HASH_SEED = randomInt32() | 1;
const UNSEEN = 0;
const NEGATIVE = 1;
const POSITIVE = 2;
class InternedRows {
checks;
acc;
source;
listener;
ids;
predSlot;
sensSlot;
sensIds;
labelMeaning = [];
predMeaning = [];
sensMeaning;
cells;
values;
hasScore;
hasWeight;
threshold;
added = -1;
constructor(checks, acc, source, listener = null) {
this.checks = checks;
this.acc = acc;
this.source = source;
this.listener = listener;
const audit = checks.audit;
this.predSlot = audit.prediction ? 1 : -1;
this.sensSlot = audit.prediction ? 2 : 1;
this.ids = new Int32Array(this.sensSlot + checks.sens.length);
this.sensIds = this.ids.subarray(this.sensSlot);
this.sensMeaning = checks.sens.map(() => []);
this.cells = new CellTable(checks.sens.length);
this.values = new Array(checks.sens.length);
this.hasScore = !!audit.score;
this.hasWeight = !!audit.weight;
this.threshold = audit.threshold;
}
static slotColumns(checks) {
const audit = checks.audit;
return [audit.label, ...(audit.prediction ? [audit.prediction] : []), ...checks.sens];
}
row(line) {
const checks = this.checks;
const labelId = this.ids[0];
let lm = this.labelMeaning[labelId] ?? UNSEEN;
if (lm === UNSEEN) {
const raw = this.source.cellOf(0, labelId);
lm = checks.label((0,data_values .rR)(raw), line, raw) ? POSITIVE : NEGATIVE;
this.labelMeaning[labelId] = lm;
this.listener?.meaning(0, labelId, lm === POSITIVE);
}
let score = 0;
if (this.hasScore) {
score = this.source.score(line);
if (score < checks.minScore)
checks.minScore = score;
if (score > checks.maxScore)
checks.maxScore = score;
}
let pred;
if (this.predSlot >= 0) {
const predId = this.ids[this.predSlot];
let pm = this.predMeaning[predId] ?? UNSEEN;
if (pm === UNSEEN) {
const raw = this.source.cellOf(this.predSlot, predId);
pm = checks.prediction((0,data_values .rR)(raw), line, raw) ? POSITIVE : NEGATIVE;
this.predMeaning[predId] = pm;
this.listener?.meaning(this.predSlot, predId, pm === POSITIVE);
}
pred = pm === POSITIVE;
}
else
pred = score >= this.threshold;
const weight = this.hasWeight ? this.source.weight(line) : 1;
const stats = checks.stats;
let cell = this.cells.get(this.sensIds);
let missing = false;
if (cell < 0) {
let drop = false;
for (let i = 0; i < this.values.length; i++) {
const id = this.sensIds[i];
const meaning = this.sensMeaning[i];
let v = meaning[id];
if (v === undefined) {
v = checks.groupValue(this.source.cellOf(this.sensSlot + i, id), i, line);
meaning[id] = v;
}
if (v === null) {
missing = true;
v = checks.missingValue(i, line);
if (v === null)
drop = true;
}
if (v !== null)
this.values[i] = v;
}
if (drop) {
stats.dropped++;
this.added = -1;
return false;
}
cell = this.acc.cellOf(this.values);
if (!missing) {
this.cells.set(this.sensIds, cell);
this.listener?.cell(this.sensIds, cell);
}
}
this.acc.addToCell(cell, lm === POSITIVE, pred, score, weight);
this.added = missing ? -1 : cell * 4 + (lm === POSITIVE ? 2 : 0) + (pred ? 1 : 0);
stats.rows++;
return true;
}
}
;
const PROGRESS_EVERY = 1 << 16;
const MAX_KNOWN_BITS = 16;
function bitsFor(size) {
return size <= 1 ? 0 : 32 - Math.clz32(size - 1);
}
async function runColumnar(table, display, checks, acc, options) {
if (!table.batches)
throw new Error('runColumnar: the table has no column batches');
const slots = InternedRows.slotColumns(checks);
const score = checks.audit.score;
const weight = checks.audit.weight;
const maps = slots.map(() => new Map());
const smallIds = slots.map(() => undefined);
const raws = slots.map(() => []);
const dictionaries = slots.map(() => null);
const remaps = slots.map(() => new Int32Array(0));
const intern = (map, raw, v) => {
let id = map.get(v);
if (id === undefined) {
id = raw.length;
raw.push(v);
map.set(v, id);
}
return id;
};
const remapOf = (k, column) => {
if (dictionaries[k] !== column.values) {
const map = maps[k];
const raw = raws[k];
remaps[k] = Int32Array.from(column.values, (v) => intern(map, raw, v));
dictionaries[k] = column.values;
}
return remaps[k];
};
let scoreCell = () => null;
let scoreNumber = () => null;
let weights = [];
let weightNumber = () => null;
let i = 0;
const source = {
cellOf: (slot, id) => raws[slot][id],
score: (line) => {
const s = scoreNumber(i);
if (s === null)
throw checks.scoreProblem(scoreCell(i), line);
return s;
},
weight: (line) => {
return checks.weight(weights[i], weightNumber(i), line);
},
};
const rows = new InternedRows(checks, acc, source);
const stats = checks.stats;
let last = Date.now();
const progress = () => {
if ((stats.rows & (PROGRESS_EVERY - 1)) !== 0 || !options.onProgress)
return;
const now = Date.now();
if (now - last >= (options.progressIntervalMs ?? 5000)) {
last = now;
options.onProgress({ file: display, rows: stats.rows, bytes: 0, totalBytes: 0 });
}
};
let known = null;
let chain = null;
const knownOf = slots.map(() => null);
const shifts = new Int32Array(slots.length);
let keyBuffer = new Int32Array(0);
const hasPred = rows.predSlot >= 0;
const threshold = checks.audit.threshold;
const numeric = [...(score ? [score] : []), ...(weight ? [weight] : [])];
let bulk = weight ? null : new BulkRows(acc);
let batches = 0;
for await (const batch of table.batches([...slots, ...numeric])) {
if (batches++ > 0)
options.onRows?.(stats.rows + stats.dropped);
const len = batch.length;
const scoreColumn = score ? batch.columns[slots.length] : null;
const coded = weight ? null : codedSlots(batch.columns, slots.length);
const scores = coded ? (scoreColumn ? finiteScores(scoreColumn, len) : null) : null;
if (coded && (scores || !scoreColumn)) {
if (coded.some((c, k) => !sameCells(c.values, knownOf[k]))) {
let bits = 0;
coded.forEach((c, k) => {
shifts[k] = bits;
bits += bitsFor(c.values.length);
});
chain = bits <= MAX_KNOWN_BITS ? null : new ChainKeys(coded.map((c) => c.values.length));
known = chain ? new Int32Array(1024).fill(-1) : new Int32Array(1 << bits).fill(-1);
}
coded.forEach((c, k) => {
knownOf[k] = c.values;
});
}
if (keyBuffer.length < len)
keyBuffer = new Int32Array(len);
const keys = keyBuffer.subarray(0, len);
if (coded && (scores || !scoreColumn) && known && chain) {
if (chain.keys(coded, len, keys)) {
if (known.length < chain.size) {
known = grownTable(known, Math.max(chain.size, known.length * 2));
}
}
else {
known = null;
chain = null;
}
}
if (coded && (scores || !scoreColumn) && known) {
if (!chain)
for (let k = 0; k < coded.length; k += 3)
orShifted(keys, [coded[k]?.codes, coded[k + 1]?.codes, coded[k + 2]?.codes], [shifts[k], shifts[k + 1] ?? 0, shifts[k + 2] ?? 0], k === 0);
scoreCell = scoreColumn ? (r) => cellAtScore(scoreColumn, r) : () => null;
scoreNumber = scoreColumn ? numberAt(scoreColumn) : () => null;
const range = { min: checks.minScore, max: checks.maxScore };
for (let r = 0; r < len;) {
const most = PROGRESS_EVERY - (stats.rows & (PROGRESS_EVERY - 1));
const end = Math.min(len, r + most);
const to = bulk
? bulk.add(keys, known, scores, r, end, hasPred, threshold, range)
: addKnown(acc, keys, known, scores, r, end, hasPred, threshold, range);
if (bulk && to < end && scores && bulk.stoppedAtScore) {
bulk.flushCounts();
bulk = null;
}
if (to > r) {
stats.rows += to - r;
r = to;
progress();
}
if (r === end)
continue;
checks.minScore = range.min;
checks.maxScore = range.max;
i = r;
coded.forEach((c, k) => {
rows.ids[k] = remapOf(k, c)[c.codes[r]];
});
if (rows.row(batch.line + r)) {
if (rows.added >= 0) {
known[keys[r]] = rows.added;
bulk?.room(rows.added);
}
progress();
}
range.min = checks.minScore;
range.max = checks.maxScore;
r++;
}
checks.minScore = range.min;
checks.maxScore = range.max;
bulk?.flushCounts();
continue;
}
const ids = slots.map((_, k) => {
const column = batch.columns[k];
const map = maps[k];
const raw = raws[k];
const out = new Int32Array(len);
if ((0,data_table .eY)(column)) {
const remap = remapOf(k, column);
const codes = column.codes;
for (let r = 0; r < len; r++)
out[r] = remap[codes[r]];
return out;
}
if (column instanceof Int32Array) {
const small = (smallIds[k] ??= new Int32Array(SMALL_INTS).fill(-1));
for (let r = 0; r < len; r++) {
const v = column[r];
if (v >= 0 && v < SMALL_INTS) {
let id = small[v];
if (id < 0)
small[v] = id = intern(map, raw, v);
out[r] = id;
}
else
out[r] = intern(map, raw, v);
}
return out;
}
for (let r = 0; r < len; r++)
out[r] = intern(map, raw, column[r]);
return out;
});
if (scoreColumn) {
const cells = plain(scoreColumn);
scoreCell = (r) => cells[r];
scoreNumber = numberAt(scoreColumn);
}
if (weight) {
const column = batch.columns[slots.length + (score ? 1 : 0)];
weights = plain(column);
weightNumber = numberAt(column);
}
for (i = 0; i < len; i++) {
for (let k = 0; k < ids.length; k++)
rows.ids[k] = ids[k][i];
if (rows.row(batch.line + i))
progress();
}
}
}
const MAX_CHAIN_KEYS = 1 << 16;
const MAX_CHAIN_TABLE = 1 << 20;
const MAX_CHAIN_TABLES = 1 << 23;
class ChainKeys {
widths;
tables;
counts;
given = 0;
tabled = 0;
constructor(widths) {
this.widths = widths;
this.tables = widths.map(() => new Int32Array(0));
this.counts = widths.map((w, k) => (k === 0 ? w : 0));
}
get size() {
return this.counts[this.counts.length - 1];
}
keys(columns, len, out) {
const first = columns[0].codes;
const w0 = this.widths[0];
for (let r = 0; r < len; r++) {
const c = first[r];
if (c >= w0)
return false;
out[r] = c;
}
for (let k = 1; k < columns.length; k++) {
const codes = columns[k].codes;
const width = this.widths[k];
const before = this.counts[k - 1];
let table = this.tables[k];
if (table instanceof Int32Array && table.length < before * width) {
const size = Math.min(MAX_CHAIN_TABLE, Math.max(before * width, table.length * 2));
if (before * width > MAX_CHAIN_TABLE || this.tabled - table.length + size > MAX_CHAIN_TABLES) {
const map = new Map();
table.forEach((v, at) => {
if (v >= 0)
map.set(at, v);
});
this.tabled -= table.length;
table = map;
}
else {
this.tabled += size - table.length;
table = grownTable(table, size);
}
this.tables[k] = table;
}
const from = this.counts[k];
let next = from;
if (table instanceof Int32Array) {
next = chainStep(out, codes, table, width, len, from, table.length);
if (next < 0)
return false;
}
else {
const most = from + (MAX_CHAIN_KEYS - this.given);
for (let r = 0; r < len; r++) {
const c = codes[r];
if (c >= width)
return false;
const at = out[r] * width + c;
let key = table.get(at);
if (key === undefined) {
if (next >= most)
return false;
table.set(at, (key = next++));
}
out[r] = key;
}
this.given += next - from;
}
this.counts[k] = next;
}
return true;
}
}
function grownTable(table, size) {
const grown = new Int32Array(size).fill(-1);
grown.set(table);
return grown;
}
function chainStep(out, codes, table, width, len, from, most) {
let next = from;
for (let r = 0; r < len; r++) {
const c = codes[r];
if (c >= width)
return -1;
const at = out[r] * width + c;
let key = table[at];
if (key < 0) {
if (next >= most)
return -1;
table[at] = key = next++;
}
out[r] = key;
}
return next;
}
const SMALL_INTS = 1024;
const FIXED_SCALE = 1e6;
class BulkRows {
acc;
counts = new Float64Array(64);
pairs = new Uint32Array(0);
stoppedAtScore = false;
constructor(acc) {
this.acc = acc;
}
room(added) {
const need = (added | 3) + 1;
if (need <= this.counts.length)
return;
const next = new Float64Array(Math.max(need, this.counts.length * 2));
next.set(this.counts);
this.counts = next;
}
add(keys, known, scores, from, to, hasPred, threshold, range) {
const counts = this.counts;
this.stoppedAtScore = false;
let r = from;
if (scores) {
if (this.pairs.length < 2 * (to - from))
this.pairs = new Uint32Array(2 * Math.max(to - from, 1 << 16));
const pairs = this.pairs;
let min = range.min;
let max = range.max;
let n = 0;
for (; r < to; r++) {
const got = known[keys[r]];
const s = scores[r];
const k = Math.round(s * FIXED_SCALE);
if (got < 0 || !(k >= 0 && k <= 0xffffffff && k / FIXED_SCALE === s))
break;
min = s < min ? s : min;
max = s > max ? s : max;
const slot = hasPred ? got : (got & ~1) | (s >= threshold ? 1 : 0);
counts[slot] = counts[slot] + 1;
pairs[n] = k;
pairs[n + 1] = got >> 1;
n += 2;
}
range.min = min;
range.max = max;
this.stoppedAtScore = r < to && known[keys[r]] >= 0 && Number.isFinite(scores[r]);
if (n > 0)
this.acc.addScoreKeys(this.pairs, n >> 1);
}
else {
for (; r < to; r++) {
const got = known[keys[r]];
if (got < 0)
break;
counts[got] = counts[got] + 1;
}
}
return r;
}
flushCounts() {
const counts = this.counts;
this.acc.addCellCounts(counts, counts.length >> 2);
counts.fill(0);
}
}
function orShifted(keys, codes, shifts, first) {
const n = keys.length;
const a = codes[0];
const [sa, sb, sc] = shifts;
const b = codes[1];
const c = codes[2];
if (b && c) {
if (first)
for (let r = 0; r < n; r++)
keys[r] = (a[r] << sa) | (b[r] << sb) | (c[r] << sc);
else
for (let r = 0; r < n; r++)
keys[r] = keys[r] | (a[r] << sa) | (b[r] << sb) | (c[r] << sc);
}
else if (b) {
if (first)
for (let r = 0; r < n; r++)
keys[r] = (a[r] << sa) | (b[r] << sb);
else
for (let r = 0; r < n; r++)
keys[r] = keys[r] | (a[r] << sa) | (b[r] << sb);
}
else if (first)
for (let r = 0; r < n; r++)
keys[r] = a[r] << sa;
else
for (let r = 0; r < n; r++)
keys[r] = keys[r] | (a[r] << sa);
}
function addKnown(acc, keys, known, scores, from, to, hasPred, threshold, range) {
let min = range.min;
let max = range.max;
let r = from;
for (; r < to; r++) {
const got = known[keys[r]];
if (got < 0)
break;
if (scores) {
const s = scores[r];
if (s - s !== 0)
break;
if (s < min)
min = s;
if (s > max)
max = s;
acc.addToCell(got >> 2, (got & 2) !== 0, hasPred ? (got & 1) !== 0 : s >= threshold, s);
}
else
acc.addToCell(got >> 2, (got & 2) !== 0, (got & 1) !== 0, 0);
}
range.min = min;
range.max = max;
return r;
}
function sameCells(a, b) {
if (a === b)
return true;
if (!b || a.length !== b.length)
return false;
for (let i = 0; i < a.length; i++)
if (a[i] !== b[i])
return false;
return true;
}
function codedSlots(columns, n) {
const out = [];
for (let k = 0; k < n; k++) {
const c = columns[k];
if (!(0,data_table .eY)(c))
return null;
out.push(c);
}
return out;
}
function finiteScores(column, len) {
if ((0,data_table .eY)(column)) {
const values = numbersOf(column.values);
const out = new Float64Array(len);
const codes = column.codes;
for (let r = 0; r < len; r++)
out[r] = values[codes[r]];
return out;
}
if (!(column instanceof Float64Array) &&
!(column instanceof Float32Array) &&
!(column instanceof Int32Array) &&
!(column instanceof Uint32Array) &&
!(column instanceof Uint8Array))
return null;
if (column instanceof Float64Array)
return column;
return Float64Array.from(column);
}
const dictionaryNumbers = new WeakMap();
function numbersOf(values) {
let numbers = dictionaryNumbers.get(values);
if (!numbers) {
numbers = Float64Array.from(values, (v) => {
const x = (0,data_values .yN)(v);
return x === null || (typeof v === 'string' && !(0,data_values .F9)(v, x)) ? Number.NaN : x;
});
dictionaryNumbers.set(values, numbers);
}
return numbers;
}
function numberAt(column) {
if ((0,data_table .eY)(column)) {
const numbers = numbersOf(column.values);
const codes = column.codes;
return (r) => {
const v = numbers[codes[r]];
return v === v ? v : null;
};
}
return (r) => {
const c = column[r];
const x = (0,data_values .yN)(c);
return x !== null && typeof c === 'string' && !(0,data_values .F9)(c, x) ? null : x;
};
}
function cellAtScore(column, r) {
return (0,data_table .eY)(column) ? column.values[column.codes[r]] : column[r];
}
function plain(column) {
return (0,data_table .eY)(column) ? Array.from(column.codes, (c) => column.values[c]) : column;
}
var external_node_buffer_ = __webpack_require__(4573);
var guards = __webpack_require__(9084);
var files_open = __webpack_require__(6055);
var lazy_builtins = __webpack_require__(2334);
;
class InflatedFile {
src;
chunkBytes;
raw = null;
stream = null;
chunks = null;
held = [];
starts = [];
first = 0;
inflated = 0;
heldFrom = 0;
done = false;
failure = null;
pulling = null;
closed = false;
constructor(src,
chunkBytes) {
this.src = src;
this.chunkBytes = chunkBytes;
}
get compressedBytes() {
return this.raw?.bytesRead ?? 0;
}
async at(offset) {
for (;;) {
if (offset < this.heldFrom)
throw new Error(`inflated bytes from ${offset} were let go (held from ${this.heldFrom})`);
if (offset < this.inflated)
return this.heldAt(offset);
if (this.failure)
throw this.failure.error;
if (this.done)
return null;
await this.pull();
}
}
release(offset) {
if (offset <= this.heldFrom)
return;
this.heldFrom = Math.min(offset, this.inflated);
const held = this.held;
while (this.first < held.length - 1 && this.starts[this.first + 1] <= this.heldFrom) {
held[this.first] = EMPTY;
this.first++;
}
if (this.first >= 1024 && this.first * 2 >= held.length) {
this.held = held.slice(this.first);
this.starts = this.starts.slice(this.first);
this.first = 0;
}
}
close() {
this.closed = true;
this.stream?.destroy();
this.raw?.destroy();
this.held = [];
this.starts = [];
this.first = 0;
this.heldFrom = this.inflated;
}
heldAt(offset) {
let lo = this.first;
let hi = this.held.length - 1;
while (lo < hi) {
const mid = (lo + hi + 1) >> 1;
if (this.starts[mid] <= offset)
lo = mid;
else
hi = mid - 1;
}
return this.held[lo].subarray(offset - this.starts[lo]);
}
open() {
const src = this.src;
const raw = (0,external_node_fs_.createReadStream)(src.path, {
highWaterMark: this.chunkBytes,
fs: (0,files_open .Cv)(src.limits.identity),
});
const gunzip = (0,lazy_builtins .eq)().createGunzip({ chunkSize: Math.max(64, this.chunkBytes) });
const cap = (0,guards .qo)(src.display, src.limits, { gunzip, source: raw });
raw.on('error', (e) => cap.destroy(e));
gunzip.on('error', (e) => cap.destroy(e));
this.raw = raw;
this.stream = cap;
raw.pipe(gunzip).pipe(cap);
return cap[Symbol.asyncIterator]();
}
pull() {
if (this.closed)
return Promise.reject(new Error('the inflated file was closed'));
this.chunks ??= this.open();
this.pulling ??= this.chunks.next().then((r) => {
this.pulling = null;
if (r.done) {
this.done = true;
return;
}
const chunk = r.value;
if (chunk.length === 0)
return;
if (this.closed)
return;
this.held.push(chunk);
this.starts.push(this.inflated);
this.inflated += chunk.length;
}, (e) => {
this.pulling = null;
this.failure = { error: e };
});
return this.pulling;
}
}
const EMPTY = Buffer.alloc(0);
;
const SCAN_WASM = 'AGFzbQEAAAABQglgBH9/f38Bf2ACfn8BfGAAAGABfwBgEH9/f39/f39/f39/f39/f38AYAZ/f39/f38AYAABf2ADf39/AXxgAn9/AAMLCgECAAADBAUGBwgFAwEAAQZ6FH8BQQALfwFBAAt/AUF/C38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt8AUQAAAAAAADwfwt8AUQAAAAAAAAAAAsHXAkKc3RydWN0dXJhbAACCGhlYXBCYXNlAAcHZGVjaW1hbAAIB3NldFNlZWQABARzbG90AAMKY2xlYXJUYWJsZQAJBWxlYXJuAAYHcmVjb3JkcwAFBm1lbW9yeQIACAEBDAEHCo8WCp4DAgd+An8gAFAEQEQAAAAAAAAAAA8LQQAgAWsiCUETakEEdCIKQZAKaikDACICQv////8PgyEEIAAgAHmnIgGshiIFQv////8PgyIGIAJCIIgiB34hCCAEIAVCIIgiA34hACACIAV+IQIgAyAHfiAIQiCIfCAAQiCIfCAIQv////8PgyAEIAZ+QiCIfCAAQv////8Pg3xCIIh8IgBC/wODQv8DUQRAIApBmApqKQMAIgRC/////w+DIQUgBEIgiCIEIAZ+IQcgAEIBfCAAIAMgBH4gB0IgiHwgAyAFfiIAQiCIfCAHQv////8PgyAFIAZ+QiCIfCAAQv////8Pg3xCIIh8IgAgAnwiAiAAVBshAAsgACAAQj+IpyIKQQlqrCIDiCEEIAlB6qQNbEEQdSAKaiABa0G+CGohASAEQn6DIAQgCUF8TiACQgFYcSAEQgODQgFRcSAEIAOGIABRcRsiACAAQgGDfEIBiCIAQoCAgICAgIAQWgR+IAFBAWohAUKAgICAgICACAUgAAtC/////////3eDIAGsQjSGhL8LDQBEAAAAAAAA8P8kEwvuAQICfwJ7IAP9DyEHIAIhBANAIABBEGogAU0EQCAA/QAEACIGIAf9IyAG/QwKCgoKCgoKCgoKCgoKCgoK/SP9UCAG/QwNDQ0NDQ0NDQ0NDQ0NDQ0N/SMgBv0MIiIiIiIiIiIiIiIiIiIiIv0j/VD9UP1kIQUDQCAFBEAgBCAAIAVoajYCACAEQQRqIQQgBSAFQQFrcSEFDAELCyAAQRBqIQAMAQsLA0AgACABSQRAIAAtAAAiBUEKRiADIAVGciAFQQ1GciAFQSJGcgRAIAQgADYCACAEQQRqIQQLIABBAWohAAwBCwsgBCACa0ECdgtbACAAIwBzQdHa+OR8bEEPd0GT65zcAWwgASACc0Gx893xeWxzQQ13QQVsQZyprs0BayIAQRB2IABzQeuUr694bCIAQQ12IABzQbXcypV8bCIAQRB2IABzIANxCwYAIAAkAAuuDgMVfwJ+AnwgACgCACEQIAAoAgQhESAAKAIIIRggDwRAIA8oAgAkASAPKAIEJAIgDygCCCQDIA8oAgxBAnQkBCAPKAIQJAUgDygCFCQGIA8oAhgkByAPKAIcJAggDygCICQJIA8oAiRBAEckCiAPKAIoQQBHJAsgDygCLCQMIA8oAjAkDSAPKAI0JA4gDygCOCQPIA8oAjwkECAPKwNAJBEgDysDSCQSIA8rA1AkEwsgCEEBakEEdCEfA0AgDSAaSiABIBBLcQRAAkAgESESIBAhEyAQLQAAIhRBCkYEQCAYQQFqIRggEEEBaiEQIBFBAWohEQwDCyAUQQ1GBEAgEEEBaiABTwR/QQEFIBAtAAFBCkcLDQEgGEEBaiEYIBBBAmohECARQQJqIREMAwsgCiAJIBpsQQJ0aiEbIAsgGkEEdGohHUEAIRlBACEcQn8hJQNAAkAgBCAZTCACIBFBAnRqKAIAIiAgAU9yDQAgIC0AACIeQSJGDQAgBSAZai0AACIhQQFGBEAgICAQayIXQQhKDQEgByAfIAYgGUECdGooAgAiIWxqISIgF0EETgR/ICBBBGsoAgAFIBdBAEoEfyAgQQRrKAIAQQQgF2tBA3R2BUEACwsiIyMAc0HR2vjkfGxBD3dBk+uc3AFsIBdBCE4EfyAgQQhrKAIABSAXQQRKBH8gIEEIaygCAEEIIBdrQQN0dgVBAAsLIiQgF3NBsfPd8Xlsc0ENd0EFbEGcqa7NAWsiFCAUQRB2c0HrlK+veGwiFCAUQQ12c0G13MqVfGwiFCAUQRB2cyAIcSEUA38gIiAUQQR0aiIVKAIIIhZBAEgEf0F/BSAWIBdGBH8gFSgCACAjRgVBAAsEfyAVKAIEICRGBUEACwR/IBUoAgwFIBRBAWogCHEhFAwCCwsLIhRBAEgNASAbICFBAnRqIBQ2AgAFICFBBEYgIUECRnIEQEEAIRUgECAgSQR/IBAtAAAFQX8LIhZBLUYiFCAWQStGcgR/IBQhFSAQQQFqBSAQCyEUQgAhJkEAIRYDQCAUICBJBEAgFC0AAEEwayIXQQlNBEAgF60gJkIKfnwhJiAWQQFqIRYgFEEBaiEUDAILCwtBACEXIBQgIEkEfyAULQAAQS5GBUEACwRAIBRBAWoiFCEXA0AgFCAgSQRAIBQtAABBMGsiIkEJTQRAICKtICZCCn58ISYgFEEBaiEUDAILCwsgFCAXayIXIBZqIRYLIBZFIBQgIEdyIBZBE0pyDQIgFkEPTAR8ICa6IBdBA3RBoAhqKwMAowUgJiAXEAALIScgFUUgIUECRnEgF0EGTHEEQCAmQv////8PWAR+ICZBACAXa0EDdEHwCWopAwB+BUKAgICAEAshJQsgHUEIQQAgIUECRxtqICeaICcgFRs5AwALCyAZQQFqIRkgAyAeRgRAICBBAWohECARQQFqIREMAgsgHkEKRgRAICBBAWohECARQQFqIRFBASEcDAELICBBAWogAU8Ef0EBBSAgLQABQQpHCw0AICBBAmohECARQQJqIRFBASEcCwsgHEUgBCAZR3IgECATayAOSnIEQCATIRAgEiERDAELIA8EfwJ/QQAgGygCACISQYACTw0AGkEAIwEgEmotAAAiE0UNABojCgR8IB0rAwAFRAAAAAAAAAAACyEnIwJBAE4Ef0EAIBsjAkECdGooAgAiEkGAAk8NARpBACMDIBJqLQAAIhJFDQEaIBJBAkYFICcjEWYLIRQgGyMEaiEWQQAhFUEAIRIDQCASIwVIBEBBACAWIBJBAnQiF2ooAgAiGSMGIBdqKAIAdg0CGiAVIBkjByAXaigCAHRyIRUgEkEBaiESDAELC0EAIwggFUECdGooAgAiEkEASA0AGiATQQJGIRMjCwRAIwwjDkEDdGohFSASQQF0IBNyIRYgJUIAWQR8ICW5RAAAAAAAAPC/ICVC/////w9XGwVEAAAAAAAA8L8gJ0QAAAAAgIQuQaKeIiggKEQAAOD////vQWUgKEQAAAAAAAAAAGZxBH8gKEQAAAAAgIQuQaMgJ2IFQQELGwsiKEQAAAAAAAAAAGYEQCAVICj8AzYCACAVIBY2AgQjDkEBaiQOBUEAIw5BAmoiFyMNSg0CGiAVQQA2AgAgFSAWQYCAgIB4cjYCBCAVICc5AwggFyQOIxBBAWokEAsLIwoEQCAnIxJjBEAgJyQSCyAnIxNkBEAgJyQTCwsjCSASQQR0IBNBA3RyQQRBACAUG3JqIhIgEigCAEEBajYCACMPQQFqJA9BAQsFQQALBEAgGEEBaiEYIw4jDUYNAQwDCyAMIBpBAnRqIBg2AgAgGEEBaiEYIBpBAWohGgwCCwsLIAAgEDYCACAAIBE2AgQgACAYNgIIIAAgGjYCDCAPBEAgDyMONgI0IA8jDzYCOCAPIxA2AjwgDyMSOQNIIA8jEzkDUAsLngEBAn8gAiMAc0HR2vjkfGxBD3dBk+uc3AFsIAMgBHNBsfPd8Xlsc0ENd0EFbEGcqa7NAWsiBiAGQRB2c0HrlK+veGwiBiAGQQ12c0G13MqVfGwiBiAGQRB2cyABcSEGA0AgACAGQQR0aiIHKAIIQQBIBEAgByACNgIAIAcgAzYCBCAHIAQ2AgggByAFNgIMBSAGQQFqIAFxIQYMAQsLCwUAQdwMCxAAIACtIAGtQiCGhCACEAALJQEBfwNAIAEgAk4EQCAAIAJBBHRqQX82AgggAkEBaiECDAELCwsLqgQHAEGMCAsBnABBmAgLBQQAAACAAEGmCAt68D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAAAACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAQawJCwFMAEG4CQs7BQAAADgAAAABAAAAAAAAAAoAAAAAAAAAZAAAAAAAAADoAwAAAAAAABAnAAAAAAAAoIYBAAAAAABAQg8AQfwJCwJcAQBBiAoLwAIFAAAAQAEAAKVhlbZ9Sh7s5jJs0OPpMSsHXR2Sju6Sk9CfQ2IuMv86SbSkNjKqd7jDh9T6uf6+CVvhTcS+lJXmtKmJeWi+LkzZrLA693wdkBEK9ksBN50PD9hcCTXcJLSVjPOewYSEUxMOtEtCEy7hum+wBvKlZSjLiFBvCcy8jNRFLkS3hz/5/qokywv/669J1zkVpWmP977V7b3O/ubbHE2IWg5Ec7WXpbQ2QV9wiTEwlfiICmgx/M5hhBF3zKs+fLo2Kw3C/bxCeuXVlL/WTRtpBHaQMj21aWyvBb03hhCxwcJJmj+mI4RHG0esxadUHXIz3IDPDytlGeJYF7fRqaROQBNhw9M730+Nl24Sg+omMQisHFpkCtejcD0K16OkcD0K16NwPczMzMzMzMzMzczMzMzMzMwAAAAAAAAAgA==';
;
const TABLE = 4096;
const CAPACITY = 1024;
const MEANINGS = 256;
const CELL_BITS = 16;
const FUSED_CELLS = 16384;
const KEY_ROOM = 32768;
const F = {
labels: 0,
predSlot: 4,
preds: 8,
sensSlot: 12,
sens: 16,
bits: 20,
shifts: 24,
cells: 28,
counts: 32,
scores: 36,
keep: 40,
keysAt: 44,
keyRoom: 48,
keys: 52,
rows: 56,
floats: 60,
threshold: 64,
min: 72,
max: 80,
};
let compiled;
function roundUp(n) {
return n >= 1 << 20 ? n : Math.max(4096, 2 ** Math.ceil(Math.log2(Math.max(1, n))));
}
const FRONT = 16;
class ScanMemory {
room;
chunk;
bytes;
view;
positions;
buffers;
ids;
nums;
lines;
state;
k;
out;
at;
learned;
nCols;
nSlots;
constructor(room, chunk, columns = { kinds: new Int8Array(0), slotOf: new Int32Array(0), slots: 0 }) {
this.room = room;
this.chunk = chunk;
compiled ??= new WebAssembly.Module(Buffer.from(SCAN_WASM, 'base64'));
this.k = new WebAssembly.Instance(compiled, {}).exports;
this.k.setSeed(randomInt32());
const span = room + chunk;
this.nCols = columns.kinds.length;
this.nSlots = columns.slots;
let top = (this.k.heapBase() + FRONT + 15) & ~15;
const take = (bytes) => {
const start = top;
top = (top + bytes + 15) & ~15;
return start;
};
const first = take(span);
const second = take(span);
this.out = take(4 * (span + 1));
this.at = {
fused: take(88),
labels: take(MEANINGS),
preds: take(MEANINGS),
bits: take(4 * this.nSlots),
shifts: take(4 * this.nSlots),
cells: take(4 << CELL_BITS),
counts: take(16 * FUSED_CELLS),
keys: take(8 * KEY_ROOM),
state: take(16),
kinds: take(this.nCols),
slots: take(4 * this.nCols),
tables: take(16 * TABLE * this.nSlots),
ids: take(4 * CAPACITY * this.nSlots),
nums: take(16 * CAPACITY),
lines: take(4 * CAPACITY),
};
this.k.memory.grow(Math.ceil((top - this.k.memory.buffer.byteLength) / 65536));
const buffer = this.k.memory.buffer;
this.bytes = Buffer.from(buffer);
this.view = new DataView(buffer);
this.positions = new Int32Array(buffer, this.out, span + 1);
this.buffers = [first, second];
this.ids = new Int32Array(buffer, this.at.ids, CAPACITY * this.nSlots);
this.nums = new Float64Array(buffer, this.at.nums, 2 * CAPACITY);
this.lines = new Int32Array(buffer, this.at.lines, CAPACITY);
this.state = new Int32Array(buffer, this.at.state, 4);
this.fusedI32 = new Int32Array(buffer, this.at.fused, 22);
this.fusedF64 = new Float64Array(buffer, this.at.fused, 11);
this.cellTable = new Int32Array(buffer, this.at.cells, 1 << CELL_BITS);
this.counts = new Uint32Array(buffer, this.at.counts, 4 * FUSED_CELLS);
this.keys = new Uint32Array(buffer, this.at.keys, 2 * KEY_ROOM);
this.learned = new Array(this.nSlots).fill(0);
this.reset(columns);
}
fusedI32;
fusedF64;
cellTable;
counts;
keys;
fused = null;
cellBits = null;
knownCells = [];
cellsCounted = 0;
reset(columns) {
const buffer = this.k.memory.buffer;
new Int8Array(buffer, this.at.kinds, this.nCols).set(columns.kinds);
new Int32Array(buffer, this.at.slots, this.nCols).set(columns.slotOf);
for (let s = 0; s < this.nSlots; s++)
this.k.clearTable(this.at.tables + s * 16 * TABLE, TABLE - 1);
this.learned.fill(0);
this.fused = columns.fused ?? null;
new Uint8Array(buffer, this.at.labels, 2 * MEANINGS).fill(0);
this.cellTable.fill(-1);
this.counts.fill(0);
this.cellsCounted = 0;
this.knownCells = [];
const i32 = this.fusedI32;
i32.fill(0);
const fused = this.fused;
if (!fused)
return;
const sens = this.nSlots - fused.sensSlot;
this.cellBits = new Array(sens).fill(2);
i32[F.labels >> 2] = this.at.labels;
i32[F.predSlot >> 2] = fused.predSlot;
i32[F.preds >> 2] = this.at.preds;
i32[F.sensSlot >> 2] = fused.sensSlot;
i32[F.sens >> 2] = sens;
i32[F.bits >> 2] = this.at.bits;
i32[F.shifts >> 2] = this.at.shifts;
i32[F.cells >> 2] = this.at.cells;
i32[F.counts >> 2] = this.at.counts;
i32[F.scores >> 2] = fused.scored ? 1 : 0;
i32[F.keep >> 2] = fused.keep ? 1 : 0;
i32[F.keysAt >> 2] = this.at.keys;
i32[F.keyRoom >> 2] = KEY_ROOM;
this.fusedF64[F.threshold >> 3] = fused.threshold;
this.layOutCells();
this.takeCounted();
}
learnMeaning(slot, id, positive) {
if (!this.fused || id >= MEANINGS)
return;
const at = slot === 0 ? this.at.labels : this.at.preds;
this.bytes[at + id] = positive ? 2 : 1;
}
learnCell(ids, cell) {
const bits = this.cellBits;
if (!this.fused || !bits || cell >= FUSED_CELLS)
return;
let wider = false;
for (let i = 0; i < bits.length; i++) {
while (ids[i] >>> bits[i] !== 0) {
bits[i] = bits[i] + 1;
wider = true;
}
this.knownCells.push(ids[i]);
}
this.knownCells.push(cell);
if (wider)
this.layOutCells();
else
this.setCell(this.knownCells.length - bits.length - 1);
}
layOutCells() {
const bits = this.cellBits;
const total = bits.reduce((a, b) => a + b, 0);
this.cellTable.fill(-1);
if (total > CELL_BITS) {
this.cellBits = null;
this.knownCells = [];
return;
}
const buffer = this.k.memory.buffer;
const b = new Int32Array(buffer, this.at.bits, bits.length);
const sh = new Int32Array(buffer, this.at.shifts, bits.length);
let shift = 0;
bits.forEach((n, i) => {
b[i] = n;
sh[i] = shift;
shift += n;
});
for (let at = 0; at < this.knownCells.length; at += bits.length + 1)
this.setCell(at);
}
setCell(at) {
const sens = this.cellBits.length;
const sh = new Int32Array(this.k.memory.buffer, this.at.shifts, sens);
let index = 0;
for (let i = 0; i < sens; i++)
index |= this.knownCells[at + i] << sh[i];
const cell = this.knownCells[at + sens];
this.cellTable[index] = cell;
if (cell >= this.cellsCounted)
this.cellsCounted = cell + 1;
}
takeCounted() {
const i32 = this.fusedI32;
const f64 = this.fusedF64;
const got = this.counted;
got.rows = i32[F.rows >> 2];
got.keys = i32[F.keys >> 2];
got.floats = i32[F.floats >> 2];
got.min = f64[F.min >> 3];
got.max = f64[F.max >> 3];
i32[F.rows >> 2] = 0;
i32[F.keys >> 2] = 0;
i32[F.floats >> 2] = 0;
f64[F.min >> 3] = Infinity;
f64[F.max >> 3] = -Infinity;
return got;
}
counted = { rows: 0, keys: 0, floats: 0, min: Infinity, max: -Infinity };
countsSoFar() {
return { counts: this.counts, cells: this.cellsCounted };
}
clearCounts() {
this.counts.fill(0, 0, 4 * this.cellsCounted);
}
static acquire(room, chunk, columns) {
const spare = ScanMemory.spare;
room = roundUp(room);
chunk = roundUp(chunk);
if (spare &&
spare.room >= room &&
spare.chunk >= chunk &&
spare.nCols === columns.kinds.length &&
spare.nSlots === columns.slots) {
ScanMemory.spare = null;
spare.reset(columns);
return spare;
}
return new ScanMemory(room, chunk, columns);
}
release() {
const spare = ScanMemory.spare;
if (spare &&
spare.room >= this.room &&
spare.chunk >= this.chunk &&
spare.nCols === this.nCols &&
spare.nSlots === this.nSlots)
return;
ScanMemory.spare = this;
}
static spare = null;
static dropSpare(bytes) {
const size = ScanMemory.spare?.bytes.byteLength ?? 0;
if (size < bytes)
return 0;
ScanMemory.spare = null;
return size;
}
learn(slot, lo, hi, len, id) {
if (len > 8 || this.learned[slot] >= TABLE / 2)
return;
this.learned[slot] = this.learned[slot] + 1;
this.k.learn(this.at.tables + slot * 16 * TABLE, TABLE - 1, lo, hi, len, id);
}
records(p, k, line, end, delim, maxRecord) {
const st = this.state;
st[0] = p;
st[1] = k;
st[2] = line;
const a = this.at;
this.k.records(a.state, end, this.out, delim, this.nCols, a.kinds, a.slots, a.tables, TABLE - 1, this.nSlots, a.ids, a.nums, a.lines, CAPACITY, maxRecord, this.fused ? a.fused : 0);
this.stopped.p = st[0];
this.stopped.k = st[1];
this.stopped.line = st[2];
return st[3];
}
capacity = CAPACITY;
keyRoom = KEY_ROOM;
stopped = { p: 0, k: 0, line: 0 };
index(start, end, delim) {
const n = this.k.structural(start, end, this.out, delim);
this.positions[n] = end;
return n;
}
}
;
class FastPathUnsupported extends Error {
resume;
at;
readOn = false;
constructor(reason) {
super(`fast CSV pass: ${reason}`);
}
}
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const PLUS = 0x2b;
const MINUS = 0x2d;
const KIND_SKIP = 0;
const KIND_INTERN = 1;
const KIND_SCORE = 2;
const KIND_HEADER = 3;
const KIND_WEIGHT = 4;
const MAX_FAST_RECORD = Math.min(1 << 20, data_table .xR);
const ROOM = MAX_FAST_RECORD + 3;
const SIMPLE_LINES = 2 ** 30;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const fastcsv_PROGRESS_EVERY = 1 << 16;
function isGzip(src) {
return src.path.toLowerCase().endsWith('.gz');
}
function fastCsvSupported(src) {
const d = src.delimiter;
return d.length === 1 && d.charCodeAt(0) < 0x80 && d !== '"' && d !== '\r' && d !== '\n';
}
function unsupported(reason) {
throw new FastPathUnsupported(reason);
}
function notUtf8() {
const e = new FastPathUnsupported('invalid UTF-8');
e.readOn = true;
throw e;
}
const HASH_SEED = randomInt32() | 1;
class ByteInterner {
learned;
seed;
constructor(learned, seed = HASH_SEED) {
this.learned = learned;
this.seed = seed;
}
probes = 0;
mask = 255;
slots = new Int32Array(256).fill(-1);
arena = Buffer.alloc(4096);
arenaLen = 0;
count = 0;
entryStart = new Int32Array(128);
entryLen = new Int32Array(128);
entryLo = new Int32Array(128);
entryHi = new Int32Array(128);
entryHash = new Int32Array(128);
entryId = new Int32Array(128);
strings = [];
byString = new Map();
lookup(buf, s, e, lo, hi) {
const len = e - s;
const seed = this.seed;
const hash = len <= 8 ? slotHash(lo, hi, len, seed) : slotHash(lo, hi ^ prefixHash(buf, s, e - 8, seed), len, seed);
let i = hash & this.mask;
for (;;) {
this.probes++;
const entry = this.slots[i];
if (entry < 0)
return this.insert(buf, s, e, lo, hi, hash);
if (this.entryHash[entry] === hash &&
this.entryLo[entry] === lo &&
this.entryHi[entry] === hi &&
this.entryLen[entry] === len) {
if (len <= 8)
return this.entryId[entry];
const a = this.entryStart[entry];
let k = 0;
while (k < len && this.arena[a + k] === buf[s + k])
k++;
if (k === len)
return this.entryId[entry];
}
i = (i + 1) & this.mask;
}
}
idOf(text) {
let id = this.byString.get(text);
if (id === undefined) {
id = this.strings.length;
this.strings.push(text);
this.byString.set(text, id);
}
return id;
}
insert(buf, s, e, lo, hi, hash) {
const id = this.idOf(buf.toString('utf8', s, e));
const len = e - s;
if (this.arenaLen + len > this.arena.length) {
const next = Buffer.alloc(Math.max(this.arena.length * 2, this.arenaLen + len));
this.arena.copy(next, 0, 0, this.arenaLen);
this.arena = next;
}
buf.copy(this.arena, this.arenaLen, s, e);
const entry = this.count++;
if (entry === this.entryId.length) {
const grow = (a) => {
const next = new Int32Array(a.length * 2);
next.set(a);
return next;
};
this.entryStart = grow(this.entryStart);
this.entryLen = grow(this.entryLen);
this.entryLo = grow(this.entryLo);
this.entryHi = grow(this.entryHi);
this.entryHash = grow(this.entryHash);
this.entryId = grow(this.entryId);
}
this.entryStart[entry] = this.arenaLen;
this.entryLen[entry] = len;
this.entryLo[entry] = lo;
this.entryHi[entry] = hi;
this.entryHash[entry] = hash;
this.entryId[entry] = id;
this.learned(lo, hi, len, id);
this.arenaLen += len;
if ((entry + 1) * 2 > this.mask + 1)
this.rehash((this.mask + 1) * 2);
else
this.place(entry);
return id;
}
place(entry) {
let i = this.entryHash[entry] & this.mask;
while (this.slots[i] >= 0)
i = (i + 1) & this.mask;
this.slots[i] = entry;
}
rehash(size) {
this.mask = size - 1;
this.slots = new Int32Array(size).fill(-1);
for (let entry = 0; entry < this.count; entry++)
this.place(entry);
}
}
function keyLo(view, s, e) {
const len = e - s;
if (len >= 4)
return view.getInt32(e - 4, true);
return len === 0 ? 0 : view.getInt32(e - 4, true) >>> ((4 - len) << 3);
}
function keyHi(view, s, e) {
const len = e - s;
if (len >= 8)
return view.getInt32(e - 8, true);
return len <= 4 ? 0 : view.getInt32(e - 8, true) >>> ((8 - len) << 3);
}
function slotHash(lo, hi, len, seed) {
let h = Math.imul(lo ^ seed, 0xcc9e2d51);
h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ Math.imul(hi ^ len, 0x9e3779b1);
h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
h ^= h >>> 16;
h = Math.imul(h, 0x85ebca6b);
h ^= h >>> 13;
h = Math.imul(h, 0xc2b2ae35);
return h ^ (h >>> 16);
}
function prefixHash(buf, s, e, seed) {
let h = seed;
for (let i = s; i < e; i++) {
h = Math.imul(h ^ buf[i], 0x01000193);
h ^= h >>> 15;
}
return h;
}
class FastCsvPass {
src;
checks;
acc;
options;
totalBytes;
from;
line = 1;
headerDone = false;
headerFields = [];
kinds;
dataKinds;
slotOf;
nCols;
delim;
mem;
interners;
rows;
rowIds;
numValue = new Float64Array(2);
numOk = new Uint8Array(2);
numText = [null, null];
numBuf = [null, null];
numStart = new Int32Array(2);
numEnd = new Int32Array(2);
lastProgress = Date.now();
fused;
reported = false;
bytes = 0;
constructor(src, table, checks, acc, options, totalBytes, chunkBytes,
from) {
this.src = src;
this.checks = checks;
this.acc = acc;
this.options = options;
this.totalBytes = totalBytes;
this.from = from;
const audit = checks.audit;
this.nCols = table.columns.length;
this.delim = src.delimiter.charCodeAt(0);
this.kinds = new Int8Array(this.nCols).fill(KIND_HEADER);
if (from)
this.line = from.line;
this.dataKinds = new Int8Array(this.nCols);
this.slotOf = new Int32Array(this.nCols).fill(-1);
const interned = InternedRows.slotColumns(checks);
this.interners = interned.map((_, slot) => new ByteInterner((lo, hi, len, id) => this.mem.learn(slot, lo, hi, len, id)));
this.rows = new InternedRows(checks, acc, this, {
meaning: (slot, id, positive) => this.mem.learnMeaning(slot, id, positive),
cell: (ids, cell) => this.mem.learnCell(ids, cell),
});
this.rowIds = this.rows.ids;
interned.forEach((name, slot) => {
const col = table.columns.indexOf(name);
if (this.dataKinds[col] !== KIND_SKIP)
unsupported('a column plays two roles');
this.dataKinds[col] = KIND_INTERN;
this.slotOf[col] = slot;
});
const numbers = [
[audit.score, KIND_SCORE],
[audit.weight, KIND_WEIGHT],
];
for (const [name, kind] of numbers) {
if (!name)
continue;
const col = table.columns.indexOf(name);
if (this.dataKinds[col] !== KIND_SKIP)
unsupported('a column plays two roles');
this.dataKinds[col] = kind;
}
const known = isGzip(src) ? Infinity : totalBytes + 3;
this.fused = !audit.weight;
if (from) {
this.headerDone = true;
this.kinds = this.dataKinds;
}
this.mem = ScanMemory.acquire(Math.min(ROOM, known), Math.min(chunkBytes, known), {
kinds: this.dataKinds,
slotOf: this.slotOf,
slots: interned.length,
fused: audit.weight
? null
: {
predSlot: this.rows.predSlot,
sensSlot: this.rows.sensSlot,
scored: !!audit.score,
keep: acc.withScores,
threshold: audit.threshold,
},
});
}
scan(p, end, final) {
const mem = this.mem;
const buf = mem.bytes;
const pos = mem.positions;
mem.index(p, end, this.delim);
const D = this.delim;
const nCols = this.nCols;
let k = 0;
let recStart = p;
let recLine = this.line;
try {
while (p < end) {
if (this.headerDone && this.line < SIMPLE_LINES) {
p = this.simpleRecords(p, k, end);
k = this.mem.stopped.k;
if (p >= end)
break;
}
recStart = p;
recLine = this.line;
let c = buf[p];
if (c === LF) {
this.line++;
p++;
k++;
continue;
}
if (c === CR) {
if (p + 1 >= end && !final)
return recStart;
this.line++;
if (p + 1 < end && buf[p + 1] === LF) {
p += 2;
k += 2;
}
else {
p++;
k++;
}
continue;
}
const kinds = this.kinds;
if (!this.headerDone)
this.headerFields.length = 0;
let col = 0;
let extraLines = 0;
let atEof = false;
for (;;) {
const kind = col < nCols ? kinds[col] : KIND_SKIP;
let q;
if (p < end && buf[p] === QUOTE) {
q = this.quoted(p, k, end, final, kind, col);
if (q < 0)
return recStart;
k = this.quotedNext;
extraLines += this.quotedLines;
}
else {
q = pos[k];
if (q === end) {
if (!final)
return recStart;
}
else if (buf[q] === QUOTE)
unsupported('a quote inside an unquoted field');
if (kind === KIND_INTERN) {
const slot = this.slotOf[col];
this.rowIds[slot] = this.interners[slot].lookup(buf, p, q, keyLo(mem.view, p, q), keyHi(mem.view, p, q));
}
else if (kind === KIND_SCORE || kind === KIND_WEIGHT)
this.number(kind === KIND_SCORE ? 0 : 1, buf, p, q);
else if (kind === KIND_HEADER)
this.headerFields.push(buf.toString('utf8', p, q));
}
col++;
if (q >= end) {
atEof = true;
p = q;
break;
}
c = buf[q];
if (c === D) {
p = q + 1;
k++;
continue;
}
if (c === LF) {
p = q + 1;
k++;
break;
}
if (q + 1 >= end && !final)
return recStart;
if (q + 1 < end && buf[q + 1] === LF) {
p = q + 2;
k += 2;
}
else {
p = q + 1;
k++;
}
break;
}
if (p - recStart > MAX_FAST_RECORD)
unsupported('a very long record');
const line = this.line + extraLines;
this.line = line + (atEof ? 0 : 1);
if (!this.headerDone) {
this.header();
continue;
}
if (col !== nCols)
unsupported('a record with a different number of fields than the header');
this.row(line);
}
}
catch (e) {
if (e instanceof FastPathUnsupported && e.at === undefined && e.resume === undefined)
e.at = { pos: recStart, line: recLine };
throw e;
}
return p;
}
simpleRecords(p, k, end) {
const mem = this.mem;
const stopped = mem.stopped;
const ids = mem.ids;
const nums = mem.nums;
const lines = mem.lines;
const rowIds = this.rowIds;
const slots = rowIds.length;
const numValue = this.numValue;
this.numOk[0] = 1;
this.numOk[1] = 1;
for (;;) {
const from = p;
const fromLine = this.line;
const n = mem.records(p, k, this.line, end, this.delim, MAX_FAST_RECORD);
p = stopped.p;
k = stopped.k;
this.line = stopped.line;
let r = 0;
try {
for (; r < n; r++) {
const at = r * slots;
for (let s = 0; s < slots; s++)
rowIds[s] = ids[at + s];
numValue[0] = nums[2 * r];
numValue[1] = nums[2 * r + 1];
this.row(lines[r]);
}
}
catch (e) {
if (e instanceof FastPathUnsupported)
this.stoppedInBatch(e, from, fromLine, lines[r]);
throw e;
}
const keysFull = this.takeCounted();
if (n < mem.capacity && !keysFull)
return p;
}
}
stoppedInBatch(e, from, fromLine, line) {
if (this.fused) {
e.resume = null;
return;
}
const buf = this.mem.bytes;
let pos = from;
for (let l = fromLine; l < line; l++)
pos = buf.indexOf(LF, pos) + 1;
e.at = { pos, line };
}
takeCounted() {
const got = this.mem.takeCounted();
if (got.rows === 0)
return false;
const checks = this.checks;
const before = checks.stats.rows;
checks.stats.rows = before + got.rows;
if (got.min < checks.minScore)
checks.minScore = got.min;
if (got.max > checks.maxScore)
checks.maxScore = got.max;
if (got.keys > 0)
this.acc.addScoreKeys(this.mem.keys, got.keys, got.floats);
this.sinceCounts += got.rows;
if (this.sinceCounts >= 2 ** 30)
this.takeCounts();
const dropped = checks.stats.dropped;
if (Math.floor((before + dropped) / fastcsv_PROGRESS_EVERY) !== Math.floor((checks.stats.rows + dropped) / fastcsv_PROGRESS_EVERY))
this.everyRows();
return got.keys === this.mem.keyRoom;
}
sinceCounts = 0;
flushCounts() {
this.takeCounted();
this.takeCounts();
}
takeCounts() {
const { counts, cells } = this.mem.countsSoFar();
if (this.sinceCounts > 0)
this.acc.addCellCounts(counts, cells);
this.mem.clearCounts();
this.sinceCounts = 0;
}
number(ns, buf, s, e) {
let i = s;
let neg = false;
let c = i < e ? buf[i] : -1;
if (c === MINUS || c === PLUS) {
neg = c === MINUS;
i++;
}
let mant = 0;
let digits = 0;
let decimals = 0;
let dot = false;
while (i < e) {
c = buf[i];
if (c >= ZERO && c <= NINE) {
mant = mant * 10 + (c - ZERO);
digits++;
if (dot)
decimals++;
}
else if (c === DOT && !dot)
dot = true;
else
break;
i++;
}
const ok = i === e;
if (ok && digits > 0 && digits <= 15) {
const v = mant / POW10[decimals];
this.numValue[ns] = neg ? -v : v;
this.numOk[ns] = 1;
}
else if (ok && digits > 0 && digits <= 300) {
this.numValue[ns] = Number(buf.toString('latin1', s, e));
this.numOk[ns] = 1;
}
else {
this.numOk[ns] = 0;
this.numText[ns] = null;
this.numBuf[ns] = buf;
this.numStart[ns] = s;
this.numEnd[ns] = e;
}
}
quotedLines = 0;
quotedNext = 0;
quoted(q, k, end, final, kind, col) {
const buf = this.mem.bytes;
const pos = this.mem.positions;
let i = k + 1;
let lines = 0;
let doubled = false;
let close;
for (;;) {
const e = pos[i];
if (e >= end) {
if (final)
unsupported('a quoted field that is never closed');
return -1;
}
const c = buf[e];
if (c === QUOTE) {
if (e + 1 >= end && !final)
return -1;
if (e + 1 < end && buf[e + 1] === QUOTE) {
doubled = true;
i += 2;
continue;
}
close = e;
i++;
break;
}
if (c === LF || c === CR)
lines++;
i++;
}
const after = close + 1;
if (after < end) {
const c = buf[after];
if (c !== this.delim && c !== LF && c !== CR)
unsupported('text after a closing quote');
}
else if (!final)
return -1;
this.quotedLines = lines;
this.quotedNext = i;
if (kind === KIND_SKIP)
return after;
if (kind === KIND_INTERN && !doubled) {
const slot = this.slotOf[col];
const view = this.mem.view;
this.rowIds[slot] = this.interners[slot].lookup(buf, q + 1, close, keyLo(view, q + 1, close), keyHi(view, q + 1, close));
return after;
}
const raw = buf.toString('utf8', q + 1, close);
const text = doubled ? raw.replace(/""/g, '"') : raw;
if (kind === KIND_HEADER)
this.headerFields.push(text);
else if (kind === KIND_INTERN) {
const slot = this.slotOf[col];
this.rowIds[slot] = this.interners[slot].idOf(text);
}
else {
const ns = kind === KIND_SCORE ? 0 : 1;
this.numOk[ns] = 0;
this.numText[ns] = text;
}
return after;
}
get work() {
return this.src.work;
}
get pastHeader() {
return this.headerDone;
}
get lineNow() {
return this.line;
}
header() {
const got = this.headerFields;
const want = this.src.header;
if (got.length !== want.length || got.some((f, i) => f !== want[i]))
unsupported('the header reads differently');
this.headerDone = true;
this.kinds = this.dataKinds;
}
cellOf(slot, id) {
return this.interners[slot].strings[id];
}
score(line) {
if (this.numOk[0] === 1)
return this.numValue[0];
const text = this.numberText(0);
const s = (0,data_values .yN)(text);
if (s === null)
throw this.checks.scoreProblem(text, line);
return s;
}
weight(line) {
if (this.numOk[1] === 1) {
const w = this.numValue[1];
if (w === 0 || (w >= data_checks .wZ && w <= data_checks .K3))
return w;
unsupported('a weight outside the weights a row may have (its problem names the cell as written)');
}
return this.checks.weight(this.numberText(1), null, line);
}
numberText(ns) {
return this.numText[ns] ?? this.numBuf[ns].toString('utf8', this.numStart[ns], this.numEnd[ns]);
}
row(line) {
this.rows.row(line);
if (((this.checks.stats.rows + this.checks.stats.dropped) & (fastcsv_PROGRESS_EVERY - 1)) === 0)
this.everyRows();
}
watchNow() {
this.options.onRows?.(this.checks.stats.rows + this.checks.stats.dropped);
}
everyRows() {
this.watchNow();
if (this.options.onProgress)
this.progress(false);
}
progress(force) {
const now = Date.now();
if (!force && now - this.lastProgress < (this.options.progressIntervalMs ?? 5000))
return;
this.lastProgress = now;
this.reported = true;
this.options.onProgress?.({
file: this.src.display,
rows: this.checks.stats.rows,
bytes: this.bytes,
totalBytes: this.totalBytes,
});
}
}
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const SCAN_WATCH_BYTES = 16 << 20;
class Feeder {
pass;
started = false;
which = 0;
carry = 0;
fileAt = 0;
bytes;
watchAt = SCAN_WATCH_BYTES;
constructor(pass) {
this.pass = pass;
this.bytes = pass.mem.bytes;
if (pass.from) {
this.started = true;
this.fileAt = pass.from.offset;
}
}
get fileOffset() {
return this.fileAt;
}
get target() {
return this.pass.mem.buffers[this.which] + this.pass.mem.room;
}
get nextTarget() {
return this.pass.mem.buffers[1 - this.which] + this.pass.mem.room;
}
stopAt(e, base, pos, line) {
if (!(e instanceof FastPathUnsupported) || e.resume !== undefined)
return e;
const at = e.at ?? { pos, line };
e.resume = this.pass.pastHeader ? { offset: this.fileAt + (at.pos - base), line: at.line } : 'file';
return e;
}
feed(n) {
const work = this.pass.work;
if (work) {
work.read += n;
if (work.read >= this.watchAt) {
this.watchAt = work.read + SCAN_WATCH_BYTES;
this.pass.watchNow();
}
}
const base = this.target - this.carry;
try {
this.feedAt(base, n);
}
catch (e) {
throw this.stopAt(e, base, base, this.pass.lineNow);
}
}
feedAt(base, n) {
const end = this.target + n;
let p = base;
if (!this.started) {
if (end - p < 3) {
this.move(p, end);
return;
}
this.started = true;
const buf = this.bytes;
if (buf[p] === 0xff && buf[p + 1] === 0xfe)
unsupported('a UTF-16 byte-order mark');
if (UTF8_BOM.every((b, i) => buf[p + i] === b))
p += 3;
}
const bytes = this.bytes.subarray(p, end);
if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(0, bytes.length - (0,guards .px)(bytes))))
notUtf8();
const rest = this.pass.scan(p, end, false);
this.fileAt += rest - base;
if (end - rest > MAX_FAST_RECORD)
unsupported('a very long record');
this.move(rest, end);
}
move(from, end) {
if (end - from > this.pass.mem.room)
unsupported('a record longer than the read buffer');
this.carry = end - from;
this.bytes.copy(this.bytes, this.nextTarget - this.carry, from, end);
this.which = 1 - this.which;
}
finish() {
const base = this.target - this.carry;
try {
this.finishAt(base);
}
catch (e) {
throw this.stopAt(e, base, base, this.pass.lineNow);
}
}
finishAt(base) {
let p = base;
const end = this.target;
if (p >= end)
return;
const buf = this.bytes;
if (!this.started) {
if (buf[p] === 0xff && end - p >= 2 && buf[p + 1] === 0xfe)
unsupported('a UTF-16 byte-order mark');
if (end - p >= 3 && UTF8_BOM.every((b, i) => buf[p + i] === b))
p += 3;
}
if (!(0,external_node_buffer_.isUtf8)(buf.subarray(p, end)))
notUtf8();
this.pass.scan(p, end, true);
}
}
async function feedPlain(src, pass) {
const handle = await (0,files_open .p_)(src.path, src.limits.identity);
const feeder = new Feeder(pass);
const bytes = pass.mem.bytes;
let pending = null;
try {
let position = pass.from?.offset ?? 0;
pass.bytes = position;
const chunk = pass.mem.chunk;
pending = handle.read(bytes, feeder.target, chunk, position);
for (;;) {
const { bytesRead } = await pending;
pending = null;
if (bytesRead === 0)
break;
position += bytesRead;
pass.bytes += bytesRead;
pending = handle.read(bytes, feeder.nextTarget, chunk, position);
feeder.feed(bytesRead);
}
feeder.finish();
}
finally {
await pending?.catch(() => undefined);
await handle.close();
}
}
async function feedGzip(pass, chunkBytes, inflated) {
const feeder = new Feeder(pass);
const bytes = pass.mem.bytes;
let offset = pass.from?.offset ?? 0;
let filled = 0;
for (;;) {
inflated.release(feeder.fileOffset);
const chunk = await inflated.at(offset);
if (chunk === null)
break;
pass.bytes = inflated.compressedBytes;
let at = 0;
while (at < chunk.length) {
const n = chunk.copy(bytes, feeder.target + filled, at, Math.min(chunk.length, at + chunkBytes - filled));
at += n;
filled += n;
if (filled === chunkBytes) {
feeder.feed(filled);
filled = 0;
}
}
offset += chunk.length;
}
if (filled > 0)
feeder.feed(filled);
feeder.finish();
}
async function runFastCsv(table, checks, acc, options, from, inflated) {
const src = table.source;
if (!src || !fastCsvSupported(src))
unsupported('not a delimited text file');
let totalBytes;
try {
totalBytes = (0,external_node_fs_.statSync)(src.path).size;
}
catch (e) {
throw new config_problem .Mm([(0,data_table .X9)(src.display, e)]);
}
const chunkBytes = options.chunkBytes ?? 1 << 20;
let pass;
try {
pass = new FastCsvPass(src, table, checks, acc, options, totalBytes, chunkBytes, from ?? src.dataStart);
}
catch (e) {
if (e instanceof FastPathUnsupported)
e.resume ??= from ? null : 'file';
throw e;
}
try {
await feedFile(src, pass, chunkBytes, inflated);
pass.takeCounts();
}
catch (e) {
if (e instanceof FastPathUnsupported) {
if (e.resume === undefined)
e.resume = null;
else if (e.resume !== null && e.resume !== 'file')
pass.flushCounts();
}
throw e;
}
finally {
pass.mem.release();
}
if (options.onProgress && pass.reported)
pass.progress(true);
}
async function feedFile(src, pass, chunkBytes, inflated) {
try {
if (isGzip(src)) {
const own = inflated ?? new InflatedFile(src, chunkBytes);
try {
await feedGzip(pass, chunkBytes, own);
}
finally {
if (own !== inflated)
own.close();
}
}
else
await feedPlain(src, pass);
}
catch (e) {
if (e instanceof FastPathUnsupported || e instanceof config_problem .Mm)
throw e;
if (e.code !== undefined ||
/gzip|header check|unexpected end/i.test(e.message))
throw new config_problem .Mm([(0,data_table .X9)(src.display, e)]);
throw e;
}
}
;
async function accumulateRows(audit, tables, options = {}) {
if (audit.format === 'counts')
return (0,counts .rS)(audit, tables, options);
if (options.fast !== false && tables.some((t) => fastTable(t.table))) {
try {
return await accumulateFast(audit, tables, options);
}
catch (e) {
if (!(e instanceof FastPathUnsupported))
throw e;
}
}
return accumulateGeneric(audit, tables, options);
}
function fastTable(table) {
return (table.source !== undefined && fastCsvSupported(table.source)) || table.batches !== undefined;
}
function watchRows(options, table, display, from) {
const watch = options.onTable;
if (!watch?.during)
return options;
return { ...options, onRows: (rows) => watch.during?.(table, display, rows - from) };
}
async function accumulateFast(audit, tables, options) {
const checks = new data_checks .o4(audit);
const acc = new accumulate .wi(checks.sens, (0,data_checks .Qj)(audit), (0,data_checks .DC)(audit), audit.max_groups, options.groups ?? null, !!audit.weight);
const generic = new GenericRows(audit, checks, acc, options);
let mixed = false;
for (const { table, display } of tables) {
options.onTable?.before(table, display);
const from = checks.stats.rows + checks.stats.dropped;
checks.setTable(table, display);
try {
if (!fastTable(table)) {
mixed = true;
await generic.read(table.records(generic.wanted, generic.recordOptions), table, display, from);
}
else if (table.source) {
const watched = watchRows(options, table, display, from);
const inflated = isGzip(table.source)
? new InflatedFile(table.source, options.chunkBytes ?? 1 << 20)
: undefined;
let at;
try {
for (;;) {
try {
await runFastCsv(table, checks, acc, watched, at, inflated);
break;
}
catch (e) {
if (!(e instanceof FastPathUnsupported))
throw e;
if (e.resume === null || e.resume === undefined || (e.resume !== 'file' && !table.recordsFrom))
throw e;
mixed = true;
if (e.resume === 'file') {
await generic.read(table.records(generic.wanted, generic.recordOptions), table, display, from);
break;
}
if (e.readOn) {
inflated?.close();
const rest = table.recordsFrom?.(generic.wanted, e.resume);
if (rest)
await generic.read(rest, table, display, from);
break;
}
let next;
try {
next = await generic.readOne(table.recordsFrom?.(generic.wanted, e.resume, inflated), table, display, from);
}
catch (problem) {
if (!inflated ||
problem === generic.refused ||
!(problem instanceof config_problem .Mm || problem instanceof accumulate .Qb))
throw problem;
inflated.close();
const again = table.recordsFrom?.(generic.wanted, e.resume);
if (again)
await generic.read(again, table, display, from);
throw problem;
}
if (!next)
break;
at = next;
}
}
}
finally {
inflated?.close();
}
}
else
await runColumnar(table, display, checks, acc, watchRows(options, table, display, from));
}
catch (e) {
if (e instanceof accumulate .Qb)
throw (0,data_checks .Bc)(e, display, audit.control);
throw e;
}
options.onTable?.after(table, display, checks.stats.rows + checks.stats.dropped - from);
}
const problems = checks.finish(tables, acc);
if (problems.length > 0)
throw new config_problem .Mm(problems);
return { acc, stats: { ...checks.stats, reader: mixed ? 'mixed' : 'fast', warnings: checks.warnings } };
}
async function accumulateGeneric(audit, tables, options) {
const checks = new data_checks .o4(audit);
const acc = new accumulate .wi(checks.sens, (0,data_checks .Qj)(audit), (0,data_checks .DC)(audit), audit.max_groups, options.groups ?? null, !!audit.weight);
const generic = new GenericRows(audit, checks, acc, options);
const stats = checks.stats;
for (const { table, display } of tables) {
options.onTable?.before(table, display);
const from = stats.rows + stats.dropped;
checks.setTable(table, display);
try {
await generic.read(table.records(generic.wanted, generic.recordOptions), table, display, from);
}
catch (e) {
if (e instanceof accumulate .Qb)
throw (0,data_checks .Bc)(e, display, audit.control);
throw e;
}
options.onTable?.after(table, display, stats.rows + stats.dropped - from);
}
const problems = checks.finish(tables, acc);
if (problems.length > 0)
throw new config_problem .Mm(problems);
return { acc, stats: { ...stats, reader: 'generic', warnings: checks.warnings } };
}
const READING_COST = 3;
const WATCH_TEXT_BYTES = 1 << 20;
class GenericRows {
audit;
checks;
acc;
options;
wanted;
recordOptions;
predIdx;
scoreIdx;
weightIdx;
sensStart;
values;
lastProgress = Date.now();
marked = null;
mark = 0;
refused = undefined;
constructor(audit, checks, acc, options) {
this.audit = audit;
this.checks = checks;
this.acc = acc;
this.options = options;
const sens = checks.sens;
this.wanted = [
audit.label,
...(audit.prediction ? [audit.prediction] : []),
...(audit.score ? [audit.score] : []),
...(audit.weight ? [audit.weight] : []),
...sens,
];
this.recordOptions = { exactText: new Set(sens), valueKinds: checks };
this.predIdx = audit.prediction ? 1 : -1;
this.scoreIdx = audit.score ? (audit.prediction ? 2 : 1) : -1;
this.weightIdx = audit.weight ? 1 + (audit.prediction ? 1 : 0) + (audit.score ? 1 : 0) : -1;
this.sensStart = 1 + (audit.prediction ? 1 : 0) + (audit.score ? 1 : 0) + (audit.weight ? 1 : 0);
this.values = new Array(sens.length);
this.labelOf = checks.kept.reading(data_values .rR, READING_COST);
this.numberOf = checks.kept.reading(data_values .yN, READING_COST);
}
async read(records, table, display, from) {
for await (const record of records)
this.row(record, table, display, from);
}
async readOne(records, table, display, from) {
if (!records)
return null;
for await (const record of records) {
this.row(record, table, display, from);
return record.end;
}
return null;
}
watch(during, count, table, display, from) {
let due = (count & 0xffff) === 0;
if (table.textBytes) {
const bytes = table.textBytes();
if (this.marked !== table) {
this.marked = table;
this.mark = bytes + WATCH_TEXT_BYTES;
}
else if (bytes >= this.mark) {
due = true;
this.mark = bytes + WATCH_TEXT_BYTES;
}
}
if (!due)
return;
try {
during.call(this.options.onTable, table, display, this.checks.stats.rows + this.checks.stats.dropped - from);
}
catch (e) {
this.refused = e;
throw e;
}
}
labelOf;
numberOf;
row({ cells, line }, table, display, from) {
const { audit, checks, acc, options, values, predIdx, scoreIdx, weightIdx, sensStart } = this;
const sens = checks.sens;
const stats = checks.stats;
const during = options.onTable?.during;
const isPos = checks.label(this.labelOf(cells[0]), line, cells[0]);
let score = 0;
if (scoreIdx >= 0) {
const s = this.numberOf(cells[scoreIdx]);
if (s === null || checks.inexactScore(cells[scoreIdx], s))
throw checks.scoreProblem(cells[scoreIdx], line);
score = s;
if (s < checks.minScore)
checks.minScore = s;
if (s > checks.maxScore)
checks.maxScore = s;
}
const pred = predIdx >= 0 ? checks.prediction(this.labelOf(cells[predIdx]), line, cells[predIdx]) : score >= audit.threshold;
const weight = weightIdx >= 0 ? checks.weight(cells[weightIdx], this.numberOf(cells[weightIdx]), line) : 1;
let drop = false;
for (let i = 0; i < sens.length; i++) {
const v = checks.groupValue(cells[sensStart + i], i, line) ?? checks.missingValue(i, line);
if (v === null)
drop = true;
else
values[i] = v;
}
if (drop) {
stats.dropped++;
if (during)
this.watch(during, stats.dropped, table, display, from);
return;
}
acc.add(isPos, pred, score, values, weight);
stats.rows++;
if (during)
this.watch(during, stats.rows, table, display, from);
if ((stats.rows & 0xffff) === 0 && options.onProgress) {
const now = Date.now();
if (now - this.lastProgress >= (options.progressIntervalMs ?? 5000)) {
this.lastProgress = now;
options.onProgress({ file: display, rows: stats.rows, bytes: 0, totalBytes: 0 });
}
}
}
}
var external_node_stream_ = __webpack_require__(7075);
var external_node_string_decoder_ = __webpack_require__(6193);
var data_header = __webpack_require__(6951);
;
function formatFromPath(path) {
const base = path.toLowerCase().replace(/\.gz$/, '');
if (base.endsWith('.parquet') || base.endsWith('.pq'))
return 'parquet';
if (base.endsWith('.csv'))
return 'csv';
if (base.endsWith('.tsv') || base.endsWith('.tab'))
return 'tsv';
if (base.endsWith('.jsonl') || base.endsWith('.ndjson'))
return 'jsonl';
if (base.endsWith('.json'))
return 'json';
return undefined;
}
const READ_CHUNK_BYTES = 64 * 1024;
function openBytes(path, display, limits, chunk, skip = 0, held, deferred) {
const gz = path.toLowerCase().endsWith('.gz');
if (held)
return guarded([heldBytes(held, skip, chunk ?? READ_CHUNK_BYTES), (0,guards .FR)(display, deferred)], deferred);
const start = gz ? 0 : skip - (skip % (chunk ?? READ_CHUNK_BYTES));
const source = (0,external_node_fs_.createReadStream)(path, {
fs: (0,files_open .Cv)(limits.identity),
...(chunk === undefined ? {} : { highWaterMark: chunk }),
...(start > 0 ? { start } : {}),
});
const chain = [source];
if (gz) {
const gunzip = (0,lazy_builtins .eq)().createGunzip();
chain.push(gunzip, (0,guards .qo)(display, limits, { gunzip, source }));
}
if (skip > start)
chain.push(dropBytes(skip - start));
chain.push((0,guards .FR)(display, deferred));
return guarded(chain, deferred);
}
function guarded(chain, deferred) {
const last = chain[chain.length - 1];
if (deferred) {
deferred.onStop = () => {
for (let i = 0; i < chain.length - 1; i++) {
const s = chain[i];
s.unpipe();
s.destroy();
}
};
}
for (let i = 0; i < chain.length - 1; i++) {
const from = chain[i];
from.on('error', (e) => last.destroy(e));
from.pipe(chain[i + 1]);
}
last.on('close', () => {
for (const s of chain)
s.destroy();
});
return last;
}
function heldBytes(source, offset, chunk) {
let at = offset;
return new external_node_stream_.Readable({
read() {
source.at(at).then((bytes) => {
if (this.destroyed)
return;
if (bytes === null)
return void this.push(null);
const part = bytes.length > chunk ? bytes.subarray(0, chunk) : bytes;
at += part.length;
this.push(part);
}, (e) => this.destroy(e));
},
});
}
function dropBytes(n) {
let left = n;
return new external_node_stream_.Transform({
transform(chunk, _enc, cb) {
if (left >= chunk.length) {
left -= chunk.length;
return cb();
}
const rest = left > 0 ? chunk.subarray(left) : chunk;
left = 0;
cb(null, rest);
},
});
}
function csvProblem(file, e, shift = 0) {
if (e instanceof config_problem .Mm && e.problems[0])
return e.problems[0];
const problem = csvParseProblem(file, e, shift);
if (shift === 0)
return problem;
return {
...problem,
message: problem.message.replace(/\b(at|on) line (\d+)/, (_, w, n) => `${w} line ${Number(n) + shift}`),
};
}
function csvParseProblem(file, e, shift) {
const err = e;
if (!err.code?.startsWith('CSV_'))
return (0,data_table .X9)(file, e);
const line = err.lines === undefined ? undefined : err.lines + shift;
switch (err.code) {
case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
const m = /expect (\d+), got (\d+)/.exec(err.message);
return { file, line, message: m ? `expected ${m[1]} fields like the header, found ${m[2]}` : err.message };
}
case 'CSV_QUOTE_NOT_CLOSED':
return {
file,
line,
message: `reached the end of the file (line ${line}) inside a quoted field: a " was opened and never closed`,
};
case 'CSV_INVALID_CLOSING_QUOTE':
case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
return {
file,
line,
message: 'unexpected character after a closing quote; a quote inside a quoted field must be doubled ("")',
};
case 'CSV_MAX_RECORD_SIZE':
return {
file,
line,
message: `a record is longer than ${data_table .xR / 1024 / 1024} MiB; is this the right file and delimiter?`,
};
default:
return { file, line, message: err.message };
}
}
const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];
function csvParseOptions(opts) {
return {
bom: true,
delimiter: opts.delimiter,
record_delimiter: RECORD_DELIMITERS,
info: true,
skip_empty_lines: true,
max_record_size: data_table .xR,
relax_column_count: false,
};
}
let csvParse;
const loadCsvParse = () => (csvParse ??= __webpack_require__.e( 70).then(__webpack_require__.bind(__webpack_require__, 6070)));
async function csvParser(opts, records, extra = {}) {
const { parse } = await loadCsvParse();
return parse({ ...csvParseOptions(opts), to: records, ...extra });
}
const STOP_AT_MALFORMED = new Error('stop at the first malformed record');
function firstMalformedClass(Parser) {
return class FirstMalformedParser extends Parser {
noted;
onStop;
constructor(opts, onStop) {
const noted = {};
super({
...csvParseOptions(opts),
skip_records_with_error: true,
on_skip: (e) => {
if (e === undefined || e.code === 'CSV_MAX_RECORD_SIZE')
throw e;
noted.error = e;
throw STOP_AT_MALFORMED;
},
});
this.noted = noted;
this.onStop = onStop;
}
get malformed() {
return this.noted.error;
}
_transform(chunk, encoding, callback) {
super._transform(chunk, encoding, (err) => {
if (err !== STOP_AT_MALFORMED)
return callback(err);
this.onStop();
callback();
this.push(null);
});
}
_flush(callback) {
super._flush((err) => callback(err === STOP_AT_MALFORMED ? null : err));
}
};
}
let firstMalformed;
async function firstMalformedParser(opts, onStop) {
const { Parser } = await loadCsvParse();
firstMalformed ??= firstMalformedClass(Parser);
return new firstMalformed(opts, onStop);
}
function headerParser(opts) {
return csvParser(opts, 1, { max_record_size: data_table .$T });
}
function csvBytes(path, display, opts, limits, chunk, from, deferred) {
const bytes = openBytes(path, display, limits, chunk, from?.at.offset, from?.held, deferred);
const cap = (0,guards .rD)(display, opts.delimiter, data_table .ZS, from && { line: from.at.line, width: from.width });
bytes.on('error', (e) => cap.destroy(e));
cap.on('close', () => bytes.destroy());
return bytes.pipe(cap);
}
const HEADER_CHUNK_BYTES = 4096;
async function plainHeader(path, opts, limits) {
const d = opts.delimiter;
if (path.toLowerCase().endsWith('.gz') || d.length === 0 || /["\r\n]/.test(d))
return null;
let handle;
try {
handle = await (0,files_open .p_)(path, limits.identity);
}
catch {
return null;
}
try {
const chunk = Buffer.alloc(HEADER_CHUNK_BYTES);
const { bytesRead } = await handle.read(chunk, 0, HEADER_CHUNK_BYTES, 0);
const whole = bytesRead < HEADER_CHUNK_BYTES && (await handle.read(Buffer.alloc(1), 0, 1, bytesRead)).bytesRead === 0;
const bytes = chunk.subarray(0, bytesRead);
const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
let end = start;
while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13)
end++;
if (end === start || (end === bytes.length && !whole))
return null;
if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(0, end)))
return null;
const line = bytes.toString('utf8', start, end);
if (line.includes('"'))
return null;
const next = end === bytes.length
? end
: bytes[end] === 10
? end + 1
: end + 1 < bytes.length
? bytes[end + 1] === 10
? end + 2
: end + 1
: whole
? end + 1
: -1;
return { names: line.split(d), dataStart: next < 0 ? undefined : { offset: next, line: 2 } };
}
catch {
return null;
}
finally {
await handle.close();
}
}
function startOf(kept) {
return kept?.length === 2 ? { offset: Number(kept[0]), line: Number(kept[1]) } : undefined;
}
const HEADER_NAMES = "the header's column names";
async function parsedHeader(path, display, opts, limits) {
const parser = await headerParser(opts);
const deferred = {};
const cutShort = (bytes) => deferred.problem !== undefined && (bytes ?? Infinity) > (deferred.lineStart ?? 0);
return new Promise((resolve, reject) => {
const stream = csvBytes(path, display, opts, limits, HEADER_CHUNK_BYTES, undefined, deferred);
let done = false;
const finish = (fn) => {
if (done)
return;
done = true;
stream.destroy();
fn();
};
parser.on('readable', () => {
const rec = parser.read();
if (rec && deferred.problem && cutShort(rec.info.bytes)) {
const problem = deferred.problem;
finish(() => reject(problem));
}
else if (rec)
finish(() => resolve({ names: rec.record, dataStart: { offset: rec.info.bytes, line: rec.info.lines + 1 } }));
});
parser.on('error', (e) => {
const err = e;
if (deferred.problem && (err.code === 'CSV_QUOTE_NOT_CLOSED' || cutShort(err.bytes))) {
const problem = deferred.problem;
return finish(() => reject(problem));
}
const long = err.code === 'CSV_MAX_RECORD_SIZE';
const problem = long ? (0,data_table .uy)(data_table .$T + 1, display, 1, HEADER_NAMES) : null;
finish(() => reject(new config_problem .Mm([problem ?? csvProblem(display, e)])));
});
parser.on('end', () => {
const problem = deferred.problem;
finish(() => (problem ? reject(problem) : resolve({ names: [] })));
});
stream.on('error', (e) => finish(() => reject(new config_problem .Mm([(0,data_table .X9)(display, e)]))));
stream.pipe(parser);
});
}
async function openCsv(path, display, opts, limits) {
const cache = limits.keysOf;
const cacheKey = cache ? `csv:${opts.delimiter}:${cache.key}` : '';
let header = cache?.columns.get(cacheKey);
let dataStart = startOf(cache?.columns.get(`${cacheKey}:data`));
if (header === undefined) {
const read = (await plainHeader(path, opts, limits)) ?? (await parsedHeader(path, display, opts, limits));
header = read.names;
dataStart = read.dataStart;
if (header.length === 0)
throw new config_problem .Mm([{ file: display, line: 1, message: 'the file is empty; expected a header row' }]);
let chars = 0;
for (const name of header)
chars += name.length;
const long = (0,data_table .uy)(chars, display, 1, HEADER_NAMES);
if (long)
throw new config_problem .Mm([long]);
cache?.columns.set(cacheKey, header);
if (dataStart)
cache?.columns.set(`${cacheKey}:data`, [String(dataStart.offset), String(dataStart.line)]);
}
const { columns, warnings, duplicates } = (0,data_header .Hs)(header);
const work = { parsed: 0, read: 0 };
return {
columns,
warnings,
duplicates,
source: { path, display, delimiter: opts.delimiter, header, limits, dataStart, work },
records: (wanted) => csvRecords(path, display, opts, limits, header.length, wanted.map((w) => columns.indexOf(w)), work),
recordsFrom: (wanted, from, bytes) => csvRecords(path, display, opts, limits, header.length, wanted.map((w) => columns.indexOf(w)), work, from, bytes),
textBytes: () => work.parsed,
readBytes: () => work.read,
};
}
const CSV_PARSE_RECORD_BYTES = 64;
async function* csvRecords(path, display, opts, limits, width, idx, work, from, held) {
await loadCsvParse();
const deferred = {};
const stream = csvBytes(path, display, opts, limits, undefined, from && { at: from, width, held }, deferred);
const parser = await firstMalformedParser(opts, () => {
stream.unpipe(parser);
stream.destroy();
});
stream.on('error', (e) => parser.destroy(e));
const shift = from ? from.line - 2 : 0;
const first = from ? widthRecord(opts.delimiter, width) : '';
const base = from ? from.offset - first.length : 0;
if (from)
parser.write(first);
stream.pipe(parser);
let header = true;
let counted = first.length;
const cutShort = (e) => {
if (!deferred.problem)
return false;
const err = e;
return err.code === 'CSV_QUOTE_NOT_CLOSED' || base + (err.bytes ?? Infinity) > fileOffset(deferred.lineStart);
};
const fileOffset = (at) => (from ? from.offset : 0) + (at ?? 0);
try {
for await (const rec of parser) {
if (deferred.problem && base + rec.info.bytes > fileOffset(deferred.lineStart))
throw deferred.problem;
const bytes = rec.info.bytes - counted;
counted = rec.info.bytes;
if (!header || !from) {
work.read += bytes;
work.parsed += bytes + CSV_PARSE_RECORD_BYTES;
}
if (header) {
header = false;
continue;
}
const r = rec.record;
const line = rec.info.lines + shift;
yield { cells: idx.map((i) => r[i]), line, end: { offset: base + rec.info.bytes, line: line + 1 } };
}
if (parser.malformed)
throw cutShort(parser.malformed) ? deferred.problem : parser.malformed;
if (deferred.problem)
throw deferred.problem;
}
catch (caught) {
const e = !(caught instanceof config_problem .Mm) && cutShort(caught) ? deferred.problem : caught;
if (from && e instanceof guards .QG)
throw await utf8ProblemFrom(e, path, display, limits, from.offset);
throw new config_problem .Mm([csvProblem(display, e, shift)]);
}
finally {
stream.destroy();
}
}
function widthRecord(delimiter, width) {
return `${delimiter === 'a' ? 'b' : 'a'}${delimiter.repeat(width - 1)}\n`;
}
async function utf8ProblemFrom(e, path, display, limits, offset) {
let lfs = 0;
let left = offset;
try {
const source = (0,external_node_fs_.createReadStream)(path, { fs: (0,files_open .Cv)(limits.identity) });
const bytes = path.toLowerCase().endsWith('.gz') ? source.pipe((0,lazy_builtins .eq)().createGunzip()) : source;
try {
for await (const chunk of bytes) {
const part = left < chunk.length ? chunk.subarray(0, left) : chunk;
for (let i = part.indexOf(10); i !== -1; i = part.indexOf(10, i + 1))
lfs++;
left -= part.length;
if (left === 0)
break;
}
}
finally {
source.destroy();
bytes.destroy();
}
}
catch (err) {
return new config_problem .Mm([(0,data_table .X9)(display, err)]);
}
return new config_problem .Mm(e.problems.map((p) => (p.line === undefined ? p : { ...p, line: p.line + lfs })));
}
function jsonRecord(display, value, line) {
if (typeof value !== 'object' || value === null || Array.isArray(value)) {
throw new config_problem .Mm([
{
file: display,
line,
message: `expected a JSON object per record, got ${Array.isArray(value) ? 'an array' : typeof value}`,
},
]);
}
return value;
}
const MAX_CELL_DEPTH = 64;
function nestsDeeper(v, limit) {
const stack = [{ value: v, depth: 1 }];
while (stack.length > 0) {
const { value, depth } = stack.pop();
if (typeof value !== 'object' || value === null)
continue;
if (depth > limit)
return true;
for (const child of Array.isArray(value) ? value : Object.values(value))
if (typeof child === 'object' && child !== null)
stack.push({ value: child, depth: depth + 1 });
}
return false;
}
function cellOf(obj, column, display, line) {
if (!Object.hasOwn(obj, column))
return undefined;
const v = obj[column];
if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
return v;
if (nestsDeeper(v, MAX_CELL_DEPTH)) {
throw new config_problem .Mm([
{
file: display,
line,
message: `column '${column}' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`,
},
]);
}
return JSON.stringify(v);
}
function skipValue(text, i) {
let depth = 0;
for (; i < text.length; i++) {
const c = text.charCodeAt(i);
if (c === 0x22) {
i = skipString(text, i) - 1;
if (depth === 0)
return i + 1;
}
else if (c === 0x7b || c === 0x5b)
depth++;
else if (c === 0x7d || c === 0x5d) {
if (depth === 0)
return i;
if (--depth === 0)
return i + 1;
}
else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d))
return i;
}
return i;
}
function skipString(text, i) {
for (i++; i < text.length; i++) {
const c = text.charCodeAt(i);
if (c === 0x5c)
i++;
else if (c === 0x22)
return i + 1;
}
return i;
}
function duplicateKeys(text, keys, only) {
let colons = 0;
for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1))
if (++colons > keys)
break;
if (colons <= keys)
return null;
const values = new Map();
let dup = false;
forEachMember(text, (key, i, valueEnd) => {
const copies = values.get(key);
if (only && !only.has(key)) {
if (copies)
dup = true;
else
values.set(key, []);
}
else if (copies) {
dup = true;
const copy = text.slice(i, valueEnd);
if (!only || copies.length === 1)
copies.push(copy);
else if (canonical(copies[1]) === canonical(copies[0]) &&
canonical(copy) !== canonical(copies[0]))
copies[1] = copy;
}
else
values.set(key, [text.slice(i, valueEnd)]);
});
if (!dup)
return null;
for (const [k, v] of values)
if (v.length < 2)
values.delete(k);
return values;
}
function sourceTexts(text, keys) {
const found = new Map();
forEachMember(text, (name, i, valueEnd) => {
if (!keys.has(name))
return;
const value = text.slice(i, valueEnd);
if (/^[-\d{[]/.test(value))
found.set(name, value);
else
found.delete(name);
});
return found;
}
function forEachMember(text, each) {
let i = text.indexOf('{') + 1;
const ws = () => {
for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i))
;
};
for (;;) {
ws();
if (text[i] !== '"')
break;
const end = skipString(text, i);
const key = JSON.parse(text.slice(i, end));
i = end;
ws();
i++;
ws();
const valueEnd = skipValue(text, i);
each(key, i, valueEnd);
i = valueEnd;
ws();
if (text[i] !== ',')
break;
i++;
}
}
function canonical(text) {
return JSON.stringify(JSON.parse(text));
}
function mayBeBlank(text) {
const c = text.charCodeAt(0);
return !(c > 0x20 && c < 0xa0);
}
class LineSplitter {
texts = [];
lines = [];
line = 1;
rest = '';
cr = false;
split(text) {
if (text === '')
return;
let from = this.cr && text.charCodeAt(0) === 10 ? 1 : 0;
this.cr = false;
let line = this.line;
let lf = text.indexOf('\n', from);
let cReturn = text.indexOf('\r', from);
for (;;) {
if (this.rest === '')
for (;;) {
let j = from;
let c = text.charCodeAt(j);
while (c === 0x20 || c === 0x09)
c = text.charCodeAt(++j);
if (c === 10)
from = j + 1;
else if (c === 13 && text.charCodeAt(j + 1) === 10)
from = j + 2;
else if (c === 13 && j + 1 < text.length)
from = j + 1;
else
break;
line++;
}
if (lf !== -1 && lf < from)
lf = text.indexOf('\n', from);
if (cReturn !== -1 && cReturn < from)
cReturn = text.indexOf('\r', from);
let end;
let ending = 1;
if (cReturn !== -1 && (lf === -1 || cReturn < lf)) {
end = cReturn;
if (text.charCodeAt(end + 1) === 10)
ending = 2;
}
else if (lf !== -1)
end = lf;
else
break;
const piece = this.rest + text.slice(from, end);
this.rest = '';
if (piece !== '')
this.add(piece, line);
line++;
from = end + ending;
if (ending === 1 && end === cReturn && from === text.length)
this.cr = true;
}
this.line = line;
this.rest += text.slice(from);
}
end(last) {
const text = this.rest + last;
this.rest = '';
if (text !== '')
this.add(text, this.line);
}
add(text, line) {
let j = 0;
for (let c = text.charCodeAt(0); c === 0x20 || c === 0x09; c = text.charCodeAt(++j))
;
if (j === text.length)
return;
this.texts.push(line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
this.lines.push(line);
}
}
async function* lineBatches(path, display, limits, read = { bytes: 0 }) {
const deferred = {};
const bytes = openBytes(path, display, limits, undefined, 0, undefined, deferred);
const stream = (0,guards .L$)(display, data_table .xR, `line is longer than ${data_table .xR / 1024 / 1024} MiB`);
bytes.on('error', (e) => stream.destroy(e));
stream.on('close', () => bytes.destroy());
bytes.pipe(stream);
const decoder = new external_node_string_decoder_.StringDecoder('utf8');
const splitter = new LineSplitter();
const take = () => {
const batch = { texts: splitter.texts, lines: splitter.lines };
splitter.texts = [];
splitter.lines = [];
return batch;
};
try {
for await (const chunk of stream) {
read.bytes += chunk.length;
read.each?.();
splitter.split(decoder.write(chunk));
if (splitter.texts.length > 0)
yield take();
}
if (deferred.problem)
throw deferred.problem;
splitter.end(decoder.end());
if (splitter.texts.length > 0)
yield take();
}
catch (e) {
if (e instanceof config_problem .Mm)
throw e;
throw new config_problem .Mm([(0,data_table .X9)(display, e)]);
}
finally {
stream.destroy();
}
}
function jsonlRecord(display, text, line) {
const bound = (0,guards .ab)(text, MAX_CELL_DEPTH);
if (bound !== null)
throw new config_problem .Mm([{ file: display, line, message: bound }]);
let value;
try {
value = JSON.parse(text);
}
catch (e) {
throw new config_problem .Mm([{ file: display, line, message: `invalid JSON: ${e.message}` }]);
}
return { obj: jsonRecord(display, value, line), line, text };
}
async function* jsonlBatches(path, display, limits, read) {
for await (const { texts, lines: numbers } of lineBatches(path, display, limits, read)) {
const out = [];
for (let k = 0; k < texts.length; k++) {
const text = texts[k];
if (mayBeBlank(text) && text.trim() === '')
continue;
let record;
try {
record = jsonlRecord(display, text, numbers[k]);
}
catch (e) {
if (out.length > 0)
yield out;
throw e;
}
out.push(record);
}
if (out.length > 0)
yield out;
}
}
function isSpace(c) {
if (c === 0x20 || (c >= 0x09 && c <= 0x0d))
return true;
return c >= 0xa0 && /\s/.test(String.fromCharCode(c));
}
async function* jsonArrayBatches(path, display, limits, read) {
const deferred = {};
const stream = openBytes(path, display, limits, undefined, 0, undefined, deferred);
stream.setEncoding('utf8');
let line = 1;
let depth = 0;
let inString = false;
let escape = false;
let started = false;
let ended = false;
let buf = '';
let elementLine = 1;
let out = [];
let commas = 0;
const emit = (last = false) => {
const text = buf.trim();
buf = '';
if (text === '') {
if (last && commas === 0)
return;
throw new config_problem .Mm([
{
file: display,
line: elementLine,
message: `invalid JSON: an empty element (${last ? 'a comma before the closing "]"' : 'a comma with no value before it'}); expected a JSON array of objects separated by single commas`,
},
]);
}
const bound = (0,guards .ab)(text, MAX_CELL_DEPTH);
if (bound !== null)
throw new config_problem .Mm([{ file: display, line: elementLine, message: bound }]);
let value;
try {
value = JSON.parse(text);
}
catch (e) {
throw new config_problem .Mm([{ file: display, line: elementLine, message: `invalid JSON: ${e.message}` }]);
}
out.push({ obj: jsonRecord(display, value, elementLine), line: elementLine, text });
};
const scan = (chunk) => {
let start = 0;
for (let i = 0; i < chunk.length; i++) {
const c = chunk.charCodeAt(i);
if (c === 0x0a)
line++;
if (!started) {
if (c === 0xfeff || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a)
continue;
if (c !== 0x5b)
throw new config_problem .Mm([
{ file: display, line, message: 'expected a JSON array of objects (the file should start with "[")' },
]);
started = true;
start = i + 1;
elementLine = line;
continue;
}
if (ended) {
if (!isSpace(c))
throw new config_problem .Mm([{ file: display, line, message: 'unexpected text after the closing "]"' }]);
continue;
}
if (inString) {
if (escape)
escape = false;
else if (c === 0x5c)
escape = true;
else if (c === 0x22)
inString = false;
continue;
}
if (c === 0x22)
inString = true;
else if (c === 0x7b || c === 0x5b)
depth++;
else if (c === 0x7d || c === 0x5d) {
if (depth === 0 && c === 0x5d) {
buf += chunk.slice(start, i);
emit(true);
ended = true;
start = i + 1;
continue;
}
depth--;
}
else if (c === 0x2c && depth === 0) {
buf += chunk.slice(start, i);
emit();
commas++;
start = i + 1;
elementLine = line;
continue;
}
if (buf.length === 0 && start === i && isSpace(c)) {
start = i + 1;
elementLine = line;
}
}
if (!ended)
buf += chunk.slice(start);
if (buf.length > data_table .xR)
throw new config_problem .Mm([
{
file: display,
line: elementLine,
message: `a JSON element is longer than ${data_table .xR / 1024 / 1024} MiB`,
},
]);
};
try {
for await (const chunk of stream) {
read.bytes += chunk.length;
read.each?.();
try {
scan(chunk);
}
catch (e) {
if (out.length > 0)
yield out;
throw e;
}
if (out.length > 0) {
yield out;
out = [];
}
}
if (deferred.problem)
throw deferred.problem;
}
catch (e) {
if (e instanceof config_problem .Mm)
throw e;
throw new config_problem .Mm([(0,data_table .X9)(display, e)]);
}
finally {
stream.destroy();
}
if (!started)
throw new config_problem .Mm([{ file: display, line: 1, message: 'the file is empty; expected a JSON array of objects' }]);
if (!ended)
throw new config_problem .Mm([{ file: display, line, message: 'the JSON array is never closed (missing "]")' }]);
}
function eachRecord(batches, make) {
return {
[Symbol.asyncIterator]() {
const source = batches();
let batch = [];
let k = 0;
const done = () => source.return(undefined).then(() => ({ done: true, value: undefined }));
const iterator = {
next() {
if (k < batch.length) {
try {
return Promise.resolve({ done: false, value: make(batch[k++]) });
}
catch (e) {
return done().then(() => Promise.reject(e));
}
}
return source.next().then((r) => {
if (r.done === true)
return { done: true, value: undefined };
batch = r.value;
k = 0;
return iterator.next();
});
},
return: done,
};
return iterator;
},
};
}
function checkDuplicates(dups, read, display, line, warned, warnings) {
for (const [key, copies] of dups) {
if (!read.has(key))
continue;
const values = copies.map((c) => JSON.stringify(JSON.parse(c)));
const other = values.findIndex((v) => v !== values[0]);
if (other > 0) {
const shown = (v) => {
const x = JSON.parse(v);
return typeof x === 'object' && x !== null ? (v.length > 60 ? `${v.slice(0, 60)}\u2026` : v) : (0,data_values .vp)(x);
};
throw new config_problem .Mm([
{
file: display,
line,
message: `the record has key ${JSON.stringify(key)} more than once, and the copies differ (${shown(values[0])} and ${shown(values[other])}); JSON readers disagree on which one counts: keep one`,
},
]);
}
if (!warned.has(key)) {
warned.add(key);
warnings.push(`key ${JSON.stringify(key)} appears more than once in a record (first at line ${line}), with the same value; it is read once`);
}
}
}
const JSON_ROW_UNITS = 2;
async function openJson(path, display, format, limits) {
const source = format === 'jsonl' ? jsonlBatches : jsonArrayBatches;
const read = { bytes: 0 };
const cache = limits.keysOf;
const cacheKey = cache ? `${format}:${cache.key}` : '';
let columns = cache?.columns.get(cacheKey);
if (columns === undefined) {
const seen = new Set();
let records = 0;
let chars = 0;
const onKeys = limits.onKeys;
if (onKeys)
read.each = () => onKeys(records, read.bytes, false);
for await (const batch of source(path, display, limits, read)) {
records += batch.length;
for (const { obj, line } of batch) {
for (const key of Object.keys(obj)) {
if (seen.has(key))
continue;
if (seen.size >= data_table .ZS) {
throw new config_problem .Mm([
{
file: display,
line,
message: `the records have more than ${data_table .ZS.toLocaleString('en-US')} distinct keys between them; expected a table (the same few keys in every record)`,
},
]);
}
seen.add(key);
chars += key.length;
const long = (0,data_table .uy)(chars, display, line, "the records' distinct keys");
if (long)
throw new config_problem .Mm([long]);
}
}
}
read.each = undefined;
if (records === 0)
throw new config_problem .Mm([{ file: display, line: 1, message: 'no records; expected at least one JSON object' }]);
onKeys?.(records, read.bytes, true);
columns = [...seen];
cache?.columns.set(cacheKey, columns);
}
const warnings = [];
const warned = new Set();
return {
columns,
warnings,
rowUnits: JSON_ROW_UNITS,
textBytes: () => read.bytes,
records(wanted, options) {
const asked = new Set(wanted);
const exact = options?.exactText;
return eachRecord(() => source(path, display, limits, read), ({ obj, line, text }) => {
let keys = 0;
for (const _ in obj)
keys++;
const dups = duplicateKeys(text, keys, asked);
if (dups)
checkDuplicates(dups, asked, display, line, warned, warnings);
const cells = wanted.map((w) => cellOf(obj, w, display, line));
let texts;
const kinds = options?.valueKinds;
if (exact)
for (let k = 0; k < wanted.length; k++) {
const c = cells[k];
const column = wanted[k];
if (!exact.has(column))
continue;
if (typeof c === 'number' || (typeof c === 'string' && typeof obj[column] === 'object')) {
texts ??= sourceTexts(text, exact);
cells[k] = texts.get(column) ?? c;
}
if (kinds && c !== null && c !== undefined) {
const v = obj[column];
const kind = typeof v === 'number'
? 'a number'
: typeof v === 'boolean'
? 'a boolean'
: typeof v === 'string'
? 'a string'
: 'an object or array';
kinds.valueKind(column, String(cells[k]), kind, line);
}
}
return { cells, line };
});
},
};
}
async function openTable(path, display, format, delimiter, limits = {}) {
switch (format) {
case 'csv':
return openCsv(path, display, { delimiter: delimiter ?? ',' }, limits);
case 'tsv':
return openCsv(path, display, { delimiter: delimiter ?? '\t' }, limits);
case 'jsonl':
case 'json':
return openJson(path, display, format, limits);
case 'parquet': {
const { openParquet } = await Promise.all( [__webpack_require__.e(604), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 744));
return openParquet(path, display, limits);
}
case 'counts':
return openTable(path, display, formatFromPath(path) ?? 'csv', delimiter, limits);
default:
throw new config_problem .Mm([{ file: display, message: `unsupported format '${String(format)}'` }]);
}
}
var guard = __webpack_require__(3950);
;
function shortPath(rel) {
const parts = rel.split(external_node_path_.sep);
return parts.length <= 6
? rel
: `${parts.slice(0, 3).join('/')}/\u2026 (${parts.length} levels) \u2026/${parts.slice(-2).join('/')}`;
}
function shown(root, abs) {
if ((0,guard .FK)(root.real, abs))
return (0,external_node_path_.relative)(root.real, abs) || abs;
if ((0,guard .FK)(root.dir, abs))
return (0,external_node_path_.relative)(root.dir, abs) || abs;
return abs;
}
const MAX_GLOB_DEPTH = 32;
const MAX_GLOB_DIRECTORIES = 10_000;
const MAX_AUDIT_DATA_FILES = 1000;
const walkChecks = { lstat: 0, resolve: 0 };
function guardedFs(root, state) {
const refuse = (path) => Object.assign(new Error(`refused: ${path}`), { code: 'ENOENT' });
const approved = new Map();
const check = (path) => {
const known = approved.get(path);
if (known !== undefined)
return known;
const parentReal = approved.get((0,external_node_path_.dirname)(path));
if (parentReal !== undefined) {
const real = (0,external_node_path_.join)(parentReal, (0,external_node_path_.basename)(path));
walkChecks.lstat++;
try {
if ((0,external_node_fs_.lstatSync)(real).isDirectory()) {
approved.set(path, real);
return real;
}
}
catch {
return null;
}
}
walkChecks.resolve++;
const r = (0,guard .o1)(root, path, root.real, 'read');
if (!r.ok)
state.refused = true;
if (!r.ok || r.kind !== 'directory')
return null;
approved.set(path, r.path);
return r.path;
};
const guardedReaddir = (path, options, callback) => {
const given = (0,external_node_path_.resolve)(root.real, String(path));
if ((0,external_node_path_.basename)(given).toLowerCase() === '.git') {
state.git = true;
callback(refuse(String(path)), []);
return;
}
const real = state.tooDeep !== null || state.directories >= MAX_GLOB_DIRECTORIES ? null : check(given);
if (real === null) {
if (state.directories >= MAX_GLOB_DIRECTORIES)
state.directories++;
callback(refuse(String(path)), []);
return;
}
const rel = (0,external_node_path_.relative)(root.real, real);
if (rel !== '' && rel.split(external_node_path_.sep).length > MAX_GLOB_DEPTH) {
state.tooDeep = rel;
callback(refuse(String(path)), []);
return;
}
state.directories++;
(0,external_node_fs_.readdir)(real, options, callback);
};
const never = (path, ...rest) => {
state.refused = true;
const cb = rest.at(-1);
if (typeof cb === 'function')
cb(refuse(String(path)));
else
throw refuse(String(path));
};
return {
readdir: guardedReaddir,
realpath: never,
stat: never,
};
}
function outwardPart(pattern) {
if (/(^|[/{,(|])\.\.(?=$|[/},)|])/.test(pattern))
return "a '..' segment";
if (/[{,(|]\//.test(pattern))
return 'an alternative that is an absolute path';
return null;
}
const MAX_SEGMENT_STARS = 2;
const MAX_GLOBSTARS = 2;
function matcherProblem(pattern) {
const segments = [{ text: '', stars: 0 }];
for (let i = 0; i < pattern.length; i++) {
const c = pattern[i];
const seg = segments[segments.length - 1];
if (c === '\\') {
seg.text += pattern.slice(i, i + 2);
i++;
continue;
}
if (c === '/') {
segments.push({ text: '', stars: 0 });
continue;
}
if (pattern[i + 1] === '(' && '?*+@!'.includes(c))
return `uses extglob syntax ('${c}(\u2026)'), which is not supported: write alternatives with braces ({a,b}), or list the paths`;
if (c === '*')
seg.stars++;
seg.text += c;
}
const globstars = segments.filter((s) => s.text === '**').length;
const starred = segments.filter((s) => s.text !== '**' && s.stars > 1);
const bound = `a pattern may hold at most ${MAX_SEGMENT_STARS} \`*\` in one path segment and in one segment only, at most ${MAX_GLOBSTARS} \`**\`, and not both ${MAX_GLOBSTARS} \`**\` and a segment of ${MAX_SEGMENT_STARS} \`*\` (the glob matcher's work on a name grows as its length to the power of the wildcards): write one \`*\` a segment (\`data/part-*.csv\`), or list the paths`;
const over = starred.find((s) => s.stars > MAX_SEGMENT_STARS);
if (over)
return `holds ${over.stars} \`*\` in the segment '${over.text}'; ${bound}`;
if (starred.length > 1)
return `holds ${MAX_SEGMENT_STARS} \`*\` in each of ${starred.length} segments ('${starred[0].text}', '${starred[1].text}'); ${bound}`;
if (globstars > MAX_GLOBSTARS)
return `holds ${globstars} \`**\`; ${bound}`;
if (starred.length > 0 && globstars === MAX_GLOBSTARS)
return `holds ${MAX_GLOBSTARS} \`**\` and ${MAX_SEGMENT_STARS} \`*\` in the segment '${starred[0].text}'; ${bound}`;
return null;
}
const GLOB_NAME = /[*?[\]{}]/;
function globNameProblem(display) {
const c = GLOB_NAME.exec(display);
if (c === null)
return null;
return `the file's name holds \`${c[0]}\`, glob syntax: a warehouse load that lists the audit's files (DuckDB's read_csv and read_parquet, Spark) reads the name as a pattern and takes other files than the audit reads; rename the file without \`*\`, \`?\`, \`[\`, \`]\`, \`{\`, \`}\``;
}
const DATA_FILES = {
noun: 'data',
owner: 'this audit',
maxFiles: MAX_AUDIT_DATA_FILES,
tooMany: 'combine the shards into fewer files',
optional: false,
literalNames: true,
};
async function resolveDataFiles(patterns, root, configFile,
run = { used: 0 }, kind = DATA_FILES,
positions = []) {
const problems = [];
const unmatched = [];
const noun = kind.noun;
const files = [];
const seen = new Set();
for (const [i, pattern] of patterns.entries()) {
let candidates;
if (pattern.length > schema .iO.path) {
const pos = positions[i];
problems.push({
file: configFile,
...(pos ? { line: pos.line, column: pos.column } : {}),
message: (0,schema .Zb)(noun, pattern),
});
continue;
}
const globber = (0,guard .uh)(pattern) ? await __webpack_require__.e( 382).then(__webpack_require__.bind(__webpack_require__, 3382)) : null;
if (globber?.isDynamicPattern(pattern)) {
const base = (0,guard .IL)(root, pattern);
if (!base.ok) {
problems.push({ file: configFile, message: (0,guard .se)(base, `${noun} pattern`, pattern, root) });
continue;
}
const outward = root.allowOutside ? null : outwardPart(pattern);
if (outward !== null) {
problems.push({
file: configFile,
message: `${noun} pattern '${pattern}' holds ${outward}, which may lead outside the repository (${root.dir}); patterns are relative to the repository root and may not step out of it`,
});
continue;
}
const costly = matcherProblem(pattern);
if (costly !== null) {
problems.push({ file: configFile, message: `${noun} pattern '${pattern}' ${costly}` });
continue;
}
const state = { refused: false, tooDeep: null, directories: run.used, git: false };
try {
candidates =
base.kind === 'directory'
? (await globber.glob(pattern, {
cwd: root.real,
absolute: true,
onlyFiles: true,
dot: false,
followSymbolicLinks: false,
deep: root.allowOutside ? MAX_GLOB_DEPTH : undefined,
...(root.allowOutside ? {} : { fs: guardedFs(root, state) }),
})).sort()
: [];
}
catch (e) {
problems.push({
file: configFile,
message: `${noun} pattern '${pattern}' cannot be read as a glob (${e.message}); write a plain path, or a simpler pattern (\`*\`, \`?\`, \`**\`, \`{a,b}\`, \`[abc]\`)`,
});
continue;
}
const refused = state.refused;
if (state.tooDeep !== null) {
problems.push({
file: configFile,
message: `${noun} pattern '${pattern}' walks into directories more than ${MAX_GLOB_DEPTH} levels deep (${shortPath(state.tooDeep)}); refusing to walk further: write a pattern that stops at the data's directories`,
});
continue;
}
const earlier = run.used;
run.used = state.directories;
if (state.directories > MAX_GLOB_DIRECTORIES) {
problems.push({
file: configFile,
message: earlier > 0
? `${noun} pattern '${pattern}' lists more directories than the run may (${MAX_GLOB_DIRECTORIES.toLocaleString('en-US')} in all, ${earlier.toLocaleString('en-US')} listed by earlier patterns); refusing to walk further: write patterns that stop at the data's directories`
: `${noun} pattern '${pattern}' lists more than ${MAX_GLOB_DIRECTORIES.toLocaleString('en-US')} directories; refusing to walk further: write a pattern that stops at the data's directories`,
});
continue;
}
if (refused) {
problems.push({
file: configFile,
message: `${noun} pattern '${pattern}' leads through a symbolic link that points outside the repository (${root.dir}); refusing to use it`,
});
continue;
}
if (candidates.length === 0 && kind.optional) {
unmatched.push(pattern);
continue;
}
if (candidates.length === 0) {
const git = state.git ? " (a .git directory, git's own files, is never listed)" : '';
problems.push({
file: configFile,
message: `${noun} pattern '${pattern}' matches no file under ${root.dir}${git}`,
});
continue;
}
}
else {
candidates = [pattern];
}
for (const c of candidates) {
const r = (0,guard .o1)(root, c, root.real, 'read');
if (!r.ok) {
problems.push({
file: configFile,
message: (0,guard .se)(r, `${noun} path`, (0,external_node_path_.isAbsolute)(c) && c !== pattern ? shown(root, c) : c, root),
});
continue;
}
const display = shown(root, (0,external_node_path_.resolve)(root.dir, c));
if (r.kind === 'missing' && kind.optional) {
unmatched.push(pattern);
continue;
}
if (r.kind === 'missing') {
problems.push({
file: display,
message: `file not found (${noun} path '${pattern}' in ${configFile}, relative to ${root.dir})`,
});
continue;
}
if (r.kind !== 'file') {
problems.push({ file: display, message: 'is not a regular file' });
continue;
}
const named = kind.literalNames === true ? globNameProblem(display) : null;
if (named !== null) {
problems.push({ file: display, message: named });
continue;
}
if (!seen.has(r.path)) {
seen.add(r.path);
files.push({ path: r.path, display, id: r.id });
}
if (files.length > kind.maxFiles) {
problems.push({
file: configFile,
message: `the ${noun} patterns of ${kind.owner} match more than ${kind.maxFiles.toLocaleString('en-US')} files (at '${pattern}'); at most ${kind.maxFiles.toLocaleString('en-US')} are read: ${kind.tooMany}`,
});
return { files, problems, unmatched };
}
}
}
return { files, problems, unmatched };
}
var parquet_bounds = __webpack_require__(9368);
;
const KERNELS_WASM = 'AGFzbQEAAAABbA1gAXwBfGADf39/AGAEf39/fwBgB39/f39/f38AYAF/AXxgCn9/fHx8fHx/f38AYAAAYAV/f39/fwF/YAZ/f39/f38AYAV/f3x/fwF/YAl/f3x8fHx8f38AYAABf2AMf39/f39/f39/f39/AAIVAgNlbnYDbG9nAAADZW52A2V4cAAAAxUUAgQFAgABAAYBAwcIAQECCQoLDAMFAwEAAAY5B38BQQALfwFBAAt/AUEAC38BQQALfAFEAAAAAAAAAAALfAFEAAAAAAAAAAALfAFEAAAAAAAAAAALB7oBDgh1bmlmb3JtcwAKDm5vcm1hbFF1YW50aWxlAAYIbG9nR2FtbWEACA9wcmVwYXJlU2FtcGxlcnMADwlzZXRTY2FsZXMADgxwb2lzc29uRHJhd3MAEAdtZXRyaWNzABIOZHJhd1JlcGxpY2F0ZXMAFAlzdW1tYXJpemUADQt0b1JlZmVyZW5jZQALDGNvbWJpbmVQYXJ0cwAVCnBlcmNlbnRpbGUAEQhoZWFwQmFzZQATBm1lbW9yeQIACAEJCrE1FKIEAgR/BXwDQCACIANIBEAgAyACayIEQdgESgRAIARBAWq3IggQACIKIAqgRAAAAAAAAAhAoxABRAAAAAAAAOA/oiEJIAogCaIgCCAJoaIgCKOfRAAAAAAAAOA/okQAAAAAAADwv0QAAAAAAADwPyABIAJrQQFqtyILIAhEAAAAAAAA4D+ioUQAAAAAAAAAAGMboiEKIAAgASABtyIMIAsgCaIgCKOhIAqgnCACt6X8AiAMIAggC6EgCaIgCKOgIAqgnCADt6T8AhACCyAAIAFBA3RqIgQrAwAhCCAAIAIiBUEDdGoiBysDACEJIAcgBCsDADkDACAEIAk5AwAgACADIgRBA3RqIgYrAwAgCGQEQCAHKwMAIQkgByAGKwMAOQMAIAYgCTkDAAsDQCAEIAVKBEAgACAFQQN0aiIGKwMAIQkgBiAAIARBA3RqIgYrAwA5AwAgBiAJOQMAIAVBAWohBSAEQQFrIQQDQCAAIAVBA3RqKwMAIAhjBEAgBUEBaiEFDAELCwNAIAAgBEEDdGorAwAgCGQEQCAEQQFrIQQMAQsLDAELCyAAIAJBA3RqIgUrAwAgCGEEQCAFKwMAIQggBSAAIARBA3RqIgUrAwA5AwAFIAAgBEEBaiIEQQN0aiIFKwMAIQggBSAAIANBA3RqIgUrAwA5AwALIAUgCDkDACAEQQFqIAIgASAEThshAiAEQQFrIAMgASAETBshAwwBCwsL6gcCBnwIfyAAKwMAIgREAAAAAAAAAABlBEBEAAAAAAAAAAAPCyAERAAAAAAAACRAYwRAIAArAwgiAiEBIwEjA2ojAyMBcyIHIwEiCEEYdCMAIglBCHZzcyAHQRB0cyQBIwIjAHMiCkEQdCAHQRB2ciAJQRh0IAhBCHZzIApzcyQAIApBBXQgB0EbdnMkAyAHQQV0IApBG3ZzJAIjASMDaiEHIwMjAXMiCCMBIglBGHQjACIKQQh2c3MgCEEQdHMkASMCIwBzIgtBEHQgCEEQdnIgCkEYdCAJQQh2cyALc3MkACALQQV0IAhBG3ZzJAMgCEEFdCALQRt2cyQCQf///x9xt0QAAAAAAABQPqIgB0H///8/cbdEAAAAAAAAoDyioCEFA0AgA0QAAAAAAECPQGMgASAFY3EEQCABIAIgBCADRAAAAAAAAPA/oCIDo6IiAqAhAQwBCwsgAw8LIAArAxghAiAAKwMgIQMDQCMBIwNqIQgjAyMBcyIHIwEiCUEYdCMAIgpBCHZzcyAHQRB0cyQBIwIjAHMiC0EQdCAHQRB2ciAKQRh0IAlBCHZzIAtzcyQAIAtBBXQgB0EbdnMkAyAHQQV0IAtBG3ZzJAIjASMDaiEJIwMjAXMiByMBIgpBGHQjACILQQh2c3MgB0EQdHMkASMCIwBzIgxBEHQgB0EQdnIgC0EYdCAKQQh2cyAMc3MkACAMQQV0IAdBG3ZzJAMgB0EFdCAMQRt2cyQCIwEjA2ojAyMBcyIHIwEiC0EYdCMAIgxBCHZzcyAHQRB0cyQBIwIjAHMiDUEQdCAHQRB2ciAMQRh0IAtBCHZzIA1zcyQAIA1BBXQgB0EbdnMkAyAHQQV0IA1BG3ZzJAIjASMDaiELIwMjAXMiDCMBIg1BGHQjACIOQQh2c3MgDEEQdHMkASMCIwBzIgdBEHQgDEEQdnIgDkEYdCANQQh2cyAHc3MkACAHQQV0IAxBG3ZzJAMgDEEFdCAHQRt2cyQCQf///x9xt0QAAAAAAABQPqIgC0H///8/cbdEAAAAAAAAoDyioCEFIAIgAqBEAAAAAAAA4D8gCEH///8fcbdEAAAAAAAAUD6iIAlB////P3G3RAAAAAAAAKA8oqBEAAAAAAAA4L+gIgaZoSIBoyADoCAGoiAEoESF61G4HoXbP6CcIQYgAUTsUbgeheuxP2YEfyAFIAArAzBlBUEACwRAIAYPCyABIAVjIAFEObTIdr6fij9jcSAGRAAAAAAAAAAAY3INACAFEAAgACsDKKAgAiABIAGioyADoBAAoSAGIAArAxCiIAShIAZEAAAAAAAA8D+gEAihZUUNAAsgBgvWAwIFfwN8RAAAAAAAAAAARAAAAAAAAPh/IAcbIREDQCABIAxKBEAgCCAJIAxsaiAAIAxB2ABsaiIKKwMA/AIiCwR8IAtBAUYEfCAKQShqKwMAIAKiRAAAAAAAAAAAoCAKKwMwIAOioCAKKwM4IASioCAKKwNAIAWioCIPRAAAAAAAAAAAZAR8IApBCGorAwAgAqJEAAAAAAAAAACgIAorAxAgA6KgIAorAxggBKKgIAorAyAgBaKgIA+jBSARCwUgC0ECRgR8RAAAAAAAAAAAIRBEAAAAAAAAAAAhD0EAIQsDQCALQQJIBEACQCAKQcgAaiALQQN0aisDAPwCIg1BAEgNACAAIA1B2ABsaiEOIAcEfyAOQShqKwMAIAKiRAAAAAAAAAAAoCAOKwMwIAOioCAOKwM4IASioCAOKwNAIAWioEQAAAAAAAAAAGQFQQELRQ0AIBAgCCAJIA1saisDAKAhECAPRAAAAAAAAPA/oCEPCyALQQFqIQsMAQsLIBAgD6MgESAPRAAAAAAAAAAAZBsFIAYLCwUgCkEIaisDACACokQAAAAAAAAAAKAgCisDECADoqAgCisDGCAEoqAgCisDICAFoqALOQMAIAxBAWohDAwBCwsLXAECfCAAIAEgAiADEAIgACABQQN0aisDACQFRAAAAAAAAPB/IQQgAUEBaiEBA0AgASADTARAIAAgAUEDdGorAwAiBSAEYwRAIAUhBAsgAUEBaiEBDAELCyAEJAYL5wUBAXwgAEQAAAAAAADgv6AiAZlEMzMzMzMz2z9lBEAgAUQfhetRuB7HPyABIAGioSIARF6SfW8pmqNAokTkRS5r0lLgQKAgAKJEII+3VRxs8ECgIACiRCp1m4Y+bOZAoCAAokQd507N2NHKQKAgAKJEzMATIl3OnkCgIACiRG5DGouIpGBAoCAAokR1754e2RgLQKCiIABEaUuYyn5qtECiRHausXxFDtxAoCAAokS+9GSqfDHjQKAgAKJEZlLW1XK31ECgIACiRJ/IdS4yErVAoCAAokT3s8j9fnmFQKAgAKJEtRpuOBsoRUCgIACiRAAAAAAAAPA/oKMPCyAARAAAAAAAAPA/IAChIAFEAAAAAAAAAABjGxAAmp8iAEQAAAAAAAAUQGUEfCAARJqZmZmZmfm/oCIAROmst8BaYUk/okRn7EVs60SXP6AgAKJEN1y4uavyzj+gIACiRLJ1UwjMU/Q/oCAAokTEAj0ayy4NQKAgAKJEaiViFPcTF0CgIACiRJuxykh3hRJAoCAAokRqUun9Zcb2P6AgAETkOWRoPw0SPqJEKCffv4zxQT+gIACiRL8Xq356II8/oCAAokRA8JQzEvXCP6AgAKJEyYUz8pIS5j+gIACiRDNmUuZ40vo/oCAAokRJpEa772wAQKAgAKJEAAAAAAAA8D+gowUgAEQAAAAAAAAUwKAiAESTv5PWdPuKPqJEKuBZzMZu/D6gIACiREVTQggZXFQ/oCAAokTnTjsZQSubP6AgAKJEz1VSMdn60j+gIACiREWkH0amjvw/oCAAokQDUIdu6toVQKAgAKJEJuU+wbGhGkCgIABEkMH48b9p4jyiROC5QPdGFIM+oCAAokS/dGNJLFzzPqAgAKJE18Wdl7zIST+gIACiRCpGFTL5do4/oCAAokT7QzQY64bBP6AgAKJEf9fHT9Mx4z+gIACiRAAAAAAAAPA/oKMLIgCaIAAgAUQAAAAAAAAAAGMbC2ACAnwBfyAAIAFBAWoiBUEAIAIQAiAAIAVBA3RqKwMAJAZEAAAAAAAA8P8hA0EAIQIDQCABIAJOBEAgACACQQN0aisDACIEIANkBEAgBCEDCyACQQFqIQIMAQsLIAMkBQupAgIBfAJ/IABEAAAAAAAAAEBhIABEAAAAAAAA8D9hcgRARAAAAAAAAAAADwtEAAAAAAAA8D8gAEQAAAAAAAAcQCAAoZz8AkEAIABEAAAAAAAAHEBjGyIDt6AiACAAoqMiAUQ6HxgBZ0f2v6JEgAYeOJb+xj+gIAGiRJhTD8uGQp6/oCABokQapEEapEF6P6AgAaJEfTyZ2bBqX7+gIAGiRCP/GCselUs/oCABokQUOIETOIFDv6AgAaJEGqABGqABSj+gIAGiRBdswRZswWa/oCABokRVVVVVVVW1P6AgAKMjBKAgAEQAAAAAAADgv6AgABAAoqAgAKEhAUEBIQIDQCACIANMBEAgASAARAAAAAAAAPC/oCIAEAChIQEgAkEBaiECDAELCyABCxkARBgtRFT7IRlAEABEAAAAAAAA4D+iJAQLxAIBB38gACgCACQAIAAoAgQkASAAKAIIJAIgACgCDCQDA0AgASADSgRAIwEjA2ohBCMDIwFzIgUjASIGQRh0IwAiB0EIdnNzIAVBEHRzJAEjAiMAcyIIQRB0IAVBEHZyIAdBGHQgBkEIdnMgCHNzJAAgCEEFdCAFQRt2cyQDIAVBBXQgCEEbdnMkAiMBIwNqIQYjAyMBcyIHIwEiCEEYdCMAIglBCHZzcyAHQRB0cyQBIwIjAHMiBUEQdCAHQRB2ciAJQRh0IAhBCHZzIAVzcyQAIAVBBXQgB0EbdnMkAyAHQQV0IAVBG3ZzJAIgAiADQQN0aiAEQf///x9xt0QAAAAAAABQPqIgBkH///8/cbdEAAAAAAAAoDyioDkDACADQQFqIQMMAQsLIAAjADYCACAAIwE2AgQgACMCNgIIIAAjAzYCDAu5AgICfAd/IAAgAkEDdCIMIARsaiEPRAAAAAAAAPD/RAAAAAAAAPB/IAUbIQcDQCACIAlKBEAgBiAJQQN0aiAHOQMAIAlBAWohCQwBCwsDQCABIApKBEAgAyAKai0AAARAIAAgCiAMbGohBEEAIQkDQCACIAlKBEAgCUEDdCIOIAZqIg0rAwAhCCAFBEAgCCAEIA5qKwMAIA4gD2orAwChmSIIYwRAIA0gCDkDAAsFIAggBCAOaisDACAOIA9qKwMAoyIIRAAAAAAAAPA/IAijIAhEAAAAAAAA8D9jGyIIZARAIAYgDmogCDkDAAsLIAlBAWohCQwBCwsLIApBAWohCgwBCwsDQCACIAtKBEAgBiALQQN0aiIAKwMAIAdhBEAgAEQAAAAAAAD4fzkDAAsgC0EBaiELDAELCwvGAwIGfwN8IAJBAmohCCABIANrIQkDQCAFQYABSARAIAQgBUEDdGogACAFrCABrH5CgAF/p0EDdGorAwA5AwAgBUEBaiEFDAELCyAEIAi3IAG3IgujIgxEAAAAAAAAYECiIg0gDUQAAAAAAADwPyAMoaKfRAAAAAAAAAhAoqCbRAAAAAAAAABAoEQAAAAAAMBfQKT8AiIFQQBB/wAQAiAEIAVBA3RqKwMAIQwgBEH/ACAJtyALoyILRAAAAAAAAGBAoiINIA1EAAAAAAAA8D8gC6Gin0QAAAAAAAAIQKKgm0QAAAAAAAAAQKBEAAAAAADAX0Ck/AJrIgVBAEH/ABACIAQgBUEDdGorAwAhCyAEIAFBA3RqIQpBACEFA0AgASAHSgRAIAwgACAHQQN0aisDACINZgRAIAQgBkEDdGogDTkDACAGQQFqIQYLIAsgDWUEQCAKIAVBA3RqIA05AwAgBUEBaiEFCyAHQQFqIQcMAQsLIAUgCUggBiAISHIEQEEADwsgBCACIAZBAWsQByMFIQsjBiEMIAogAyABIAVra0EAIAVBAWsQBSAEIAs5AwAgBCAMOQMIIAQjBTkDECAEIwY5AxhBAQumBAIFfAR/IANBA3QhDQNAIAMgDkoEQCAOQQN0IgwgAWorAwAhCkQAAAAAAADwfyEJRAAAAAAAAPD/IQZBACELA0AgAiALSgRAIAQgC2otAAAEQCAAIAsgDWxqIAxqKwMAIgcgCWMEQCAHIQkLIAcgBiAGIAdjGyEGCyALQQFqIQsMAQsLRAAAAAAAAPD/IQggBkQAAAAAAADw/2IgCUQAAAAAAADwf2JyBHwgCSAKoZkiB0QAAAAAAADw/2RFBEBEAAAAAAAA8P8hBwsgByAGIAqhmSIIY0UEQCAHIQgLIAkgCqMiB0QAAAAAAADwP2NFBEBEAAAAAAAA8D8gB6MhBwsgB0QAAAAAAADwf2NFBEBEAAAAAAAA8H8hBwsgBiAKoyIKRAAAAAAAAPA/Y0UEQEQAAAAAAADwPyAKoyEKCyAKIAcgByAKZBsFRAAAAAAAAPB/CyEHIAUgDGpEAAAAAAAA+H8gCSAJRAAAAAAAAPB/YSILGzkDACAFIA1qIAxqRAAAAAAAAPh/IAYgCxs5AwAgBSANQQF0aiAMakQAAAAAAAD4fyAGIAmhIAsbOQMAIAUgDUEDbGogDGpEAAAAAAAA+H8gCSAGoyALGzkDACAFIA1BAnRqIAxqRAAAAAAAAPh/IAggCEQAAAAAAADw/2EbOQMAIAUgDUEFbGogDGpEAAAAAAAA+H8gByAHRAAAAAAAAPB/YRs5AwAgDkEBaiEODAELCwsuAQF/A0AgASADSgRAIAIgA0EGdGogACADQQN0aisDADkDOCADQQFqIQMMAQsLC9wBAgJ/AnwDQCABIARKBEAgACAEQQN0aisDACIGn0Q9CtejcD0EQKJEmG4Sg8DK7T+gIQUgAiAEQQZ0aiIDRAAAAAAAAPA/OQM4IAMgBjkDACADIAaaEAE5AwggAyAGEAA5AxAgAyAFRFu21hcJbZk/okRoke18PzWuv6A5AxggAyAFOQMgIANEcoqO5PIf8j8gBUQzMzMzMzMLwKCjRCSX/5B++/E/oBAAOQMoIANEcvkP6bev7T9EQj7o2az6DEAgBUQAAAAAAAAAwKCjoTkDMCAEQQFqIQQMAQsLC18BAX8gACgCACQAIAAoAgQkASAAKAIIJAIgACgCDCQDA0AgAiAESgRAIAMgBEEDdGogARADOQMAIARBAWohBAwBCwsgACMANgIAIAAjATYCBCAAIwI2AgggACMDNgIMC/sCAgJ/BXwDQCABIAZKBEAgACAGQQN0aisDACIHIAdhBEAgACAFQQN0aiAHOQMAIAVBAWohBQsgBkEBaiEGDAELCyAFRSAFQQF0IAFIcgRAQQAPCyAFQQFGBEAgAyAAKwMAOQMAIAMgACsDADkDCEEBDwsgBUEBa7ciB0QAAAAAAADwPyACoUQAAAAAAADgP6IiAqIiCZz8AiEBIAUgB0QAAAAAAADwPyACoaIiCpz8AiIGa0EDdCAFTEEAIAEgBkggBUGACE5xBH8gAUECakEDdCAFTAVBAAsbBH8gACAFIAEgBiAEEAwFQQALBHwgBCsDACEIIAQrAwghAiAEKwMYIQcgBCsDEAUgACABIAVBAWsQByMFIQgjBiECIAEgBkYEfCACIQcgCAUgACAGIAFBAWogBUEBaxAFIwYhByMFCwshCyADIAggCSABt6EgAiAIoaKgOQMAIAMgBkEBaiAFSAR8IAsgCiAGt6EgByALoaKgBSALCzkDCEEBCxgAIAAgASACIAMgBCAFIAYgByAIQQgQBAsFAEGACAu0BwIJfwp8IAIoAgAkACACKAIEJAEgAigCCCQCIAIoAgwkAyADIARsQQN0IQ8DQCAEIA5KBEBEAAAAAAAAAAAhFkQAAAAAAAAAACEXRAAAAAAAAAAAIRhEAAAAAAAAAAAhGUEAIQ0DQCADIA1KBEAgBSANQQh0aiIMEAMgDCsDOKIhGiAMQUBrIhAQAyAQKwM4oiEbIAxBgAFqEAMgDCsDuAGiIRwgDEHAAWoQAyAMKwP4AaIhHSAGIA1BA3RqKwMAIh4gHmEEfCMBIwNqIwMjAXMiECMBIhFBGHQjACISQQh2c3MgEEEQdHMkASMCIwBzIhNBEHQgEEEQdnIgEkEYdCARQQh2cyATc3MkACATQQV0IBBBG3ZzJAMgEEEFdCATQRt2cyQCIwEjA2ohECMDIwFzIhEjASISQRh0IwAiE0EIdnNzIBFBEHRzJAEjAiMAcyIUQRB0IBFBEHZyIBNBGHQgEkEIdnMgFHNzJAAgFEEFdCARQRt2cyQDIBFBBXQgFEEbdnMkAkH///8fcbdEAAAAAAAAUD6iIBBB////P3G3RAAAAAAAAKA8oqAhFQNAIBVEAAAAAAAAAABhBEAjASMDaiMDIwFzIhAjASIRQRh0IwAiEkEIdnNzIBBBEHRzJAEjAiMAcyITQRB0IBBBEHZyIBJBGHQgEUEIdnMgE3NzJAAgE0EFdCAQQRt2cyQDIBBBBXQgE0EbdnMkAiMBIwNqIRAjAyMBcyIRIwEiEkEYdCMAIhNBCHZzcyARQRB0cyQBIwIjAHMiFEEQdCARQRB2ciATQRh0IBJBCHZzIBRzcyQAIBRBBXQgEUEbdnMkAyARQQV0IBRBG3ZzJAJB////H3G3RAAAAAAAAFA+oiAQQf///z9xt0QAAAAAAACgPKKgIRUMAQsLIB4gByANQQN0aisDACAVEAaioEQAAAAAAAAAAKVEAAAAAAAA8D+kBUQAAAAAAAD4fwshFSAKIAQgDWwgDmpBA3RqIRACQCAIIA1qLQAARQRAQQAhDANAIAEgDEoEQCAQIAwgD2xqRAAAAAAAAPh/OQMAIAxBAWohDAwBCwsMAQsgFiAaoCEWIBcgG6AhFyAYIBygIRggGSAdoCEZIAAgASAaIBsgHCAdIBUgCSAQIA8QBAsgDUEBaiENDAELCyAAIAEgFiAXIBggGUQAAAAAAAD4fyAJIAsgDkEDdGogBEEDdBAEIA5BAWohDgwBCwsgAiMANgIAIAIjATYCBCACIwI2AgggAiMDNgIMC6oBAgJ8An8DQCACIAlKBEAgCUEDdCIKIABqKwMAIQcgASAKaisDACEIIAYgCmogAwR8IAcgCKBEAAAAAAAA4D+iIAggByAHIAdiGyAERSAIIAhhIAcgB2FxchsFIAcgB2IEfEQAAAAAAAD4fwUgCCAIYgR8IAdEAAAAAAAA+H8gBBsFIAggByAHIAhjGyAIIAcgByAIZBsgBRsLCws5AwAgCUEBaiEJDAELCws=';
;
let instance;
let base = 0;
function wasm() {
if (!instance) {
const imports = { env: { log: Math.log, exp: Math.exp } };
instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(KERNELS_WASM, 'base64')), imports)
.exports;
base = (instance.heapBase() + 7) & ~7;
}
return instance;
}
const SAMPLER_BYTES = 64;
const METRICS = catalog .OV.length;
const PROGRAM = (0,catalog .rM)();
const DRAW_BYTES = 2 ** 22;
const DRAW_TARGET_BYTES = 2 ** 18;
const DRAW_REPLICATES = 64;
function layout(...bytes) {
const k = wasm();
let at = base;
const offsets = bytes.map((b) => {
const o = at;
at += Math.ceil(b / 8) * 8;
return o;
});
const short = at - k.memory.buffer.byteLength;
if (short > 0)
k.memory.grow(Math.ceil(short / 65536));
return offsets;
}
const f64 = (at, n) => new Float64Array(wasm().memory.buffer, at, n);
const i32 = (at, n) => new Int32Array(wasm().memory.buffer, at, n);
const u8 = (at, n) => new Uint8Array(wasm().memory.buffer, at, n);
class Uniform {
state;
constructor(seed) {
this.state = Int32Array.of(-1, ~seed, seed | 0, 0);
}
take(n) {
const [s, out] = layout(16, 8 * n);
this.run(s, () => wasm().uniforms(s, n, out));
return f64(out, n).slice();
}
next() {
return this.take(1)[0];
}
run(s, call) {
i32(s, 4).set(this.state);
call();
this.state.set(i32(s, 4));
}
}
function normalQuantile(p) {
if (!(p > 0 && p < 1))
throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
return wasm().normalQuantile(p);
}
function logGamma(x) {
return wasm().logGamma(x);
}
function poissonDraws(lambda, n, u) {
const [s, lam, sampler, out] = layout(16, 8, SAMPLER_BYTES, 8 * n);
f64(lam, 1)[0] = lambda;
wasm().prepareSamplers(lam, 1, sampler);
u.run(s, () => wasm().poissonDraws(s, sampler, n, out));
return f64(out, n).slice();
}
function replicateMetrics(tp, fp, tn, fn, auc, fairlearn) {
const [program, out] = layout(8 * PROGRAM.length, 8 * METRICS);
f64(program, PROGRAM.length).set(PROGRAM);
wasm().metrics(program, METRICS, tp, fp, tn, fn, auc, fairlearn ? 1 : 0, out);
return f64(out, METRICS).slice();
}
function drawReplicates(cells, u, R, fairlearn, group, overall) {
const G = cells.present.length;
const perReplicate = 8 * METRICS * (G + 1);
const target = Math.floor(DRAW_TARGET_BYTES / perReplicate);
const C = Math.max(1, Math.min(R, target >= DRAW_REPLICATES ? target : Math.min(DRAW_REPLICATES, Math.floor(DRAW_BYTES / perReplicate))));
const [program, s, lam, scales, samplers, aucs, aucSe, present, out, ov] = layout(8 * PROGRAM.length, 16, 32 * G, cells.scales ? 32 * G : 0, 4 * G * SAMPLER_BYTES, 8 * G, 8 * G, G, 8 * METRICS * G * C, 8 * METRICS * C);
f64(program, PROGRAM.length).set(PROGRAM);
f64(lam, 4 * G).set(cells.counts);
if (cells.scales)
f64(scales, 4 * G).set(cells.scales);
f64(aucs, G).set(cells.auc);
f64(aucSe, G).set(cells.aucSe);
u8(present, G).set(cells.present);
const k = wasm();
k.prepareSamplers(lam, 4 * G, samplers);
if (cells.scales)
k.setScales(scales, 4 * G, samplers);
for (let from = 0; from < R; from += C) {
const n = Math.min(C, R - from);
u.run(s, () => k.drawReplicates(program, METRICS, s, G, n, samplers, aucs, aucSe, present, fairlearn ? 1 : 0, out, ov));
if (n === R) {
group.set(f64(out, METRICS * G * R));
overall.set(f64(ov, METRICS * R));
continue;
}
for (let c = 0; c < METRICS * G; c++)
group.set(f64(out + 8 * c * n, n), c * R + from);
for (let m = 0; m < METRICS; m++)
overall.set(f64(ov + 8 * m * n, n), m * R + from);
}
}
const SUMMARY = [
'group_min',
'group_max',
'difference between_groups',
'ratio between_groups',
'difference to_overall',
'ratio to_overall',
];
function summarizeColumns(values, overall, eligible, R, into) {
const G = eligible.length;
const [v, o, e, out] = layout(8 * G * R, 8 * R, G, 8 * SUMMARY.length * R);
f64(v, G * R).set(values);
f64(o, R).set(overall);
u8(e, G).set(eligible);
wasm().summarize(v, o, G, R, e, out);
into.forEach((a, k) => a.set(f64(out + 8 * k * R, R)));
}
function toReferenceColumn(values, eligible, R, ref, difference, into) {
const G = eligible.length;
const [v, e, out] = layout(8 * G * R, G, 8 * R);
f64(v, G * R).set(values);
u8(e, G).set(eligible);
wasm().toReference(v, G, R, e, ref, difference ? 1 : 0, out);
into.set(f64(out, R));
}
function combinePartColumns(tprs, fprs, mean, fairlearnNaN, difference, into) {
const R = into.length;
const [t, f, out] = layout(8 * R, 8 * R, 8 * R);
f64(t, R).set(tprs);
f64(f, R).set(fprs);
wasm().combineParts(t, f, R, mean ? 1 : 0, fairlearnNaN ? 1 : 0, difference ? 1 : 0, out);
into.set(f64(out, R));
}
function percentileInterval(replicates, level) {
const n = replicates.length;
const [v, out, scratch] = layout(8 * n, 16, 16 * n);
f64(v, n).set(replicates);
if (wasm().percentile(v, n, level, out, scratch) === 0)
return null;
const r = f64(out, 2);
return [r[0], r[1]];
}
;
const DEFAULT_CONFIDENCE = { level: 0.95, replicates: 2000, seed: 1 };
class ReplicateBlock {
groups;
replicates;
pool;
group;
overall;
memo = new Map();
lent = [];
constructor(
groups,
replicates,
pool = [],
scratch) {
this.groups = groups;
this.replicates = replicates;
this.pool = pool;
const n = catalog .OV.length * groups * replicates;
this.group = scratch ? scratch.subarray(0, n) : new Float64Array(n);
this.overall = scratch
? scratch.subarray(n, n + catalog .OV.length * replicates)
: new Float64Array(catalog .OV.length * replicates);
}
column(m, i) {
const at = (m * this.groups + i) * this.replicates;
return this.group.subarray(at, at + this.replicates);
}
overallColumn(m) {
return this.overall.subarray(m * this.replicates, (m + 1) * this.replicates);
}
alloc() {
const a = this.pool.pop() ?? new Float64Array(this.replicates);
this.lent.push(a);
return a;
}
remember(key, values) {
this.memo.set(key, values);
}
valuesOf(stat) {
let v = this.memo.get(stat.key);
if (!v) {
v = stat.compute(this);
this.memo.set(stat.key, v);
}
return v;
}
release() {
this.memo.clear();
for (const a of this.lent)
this.pool.push(a);
this.lent.length = 0;
}
}
const METRIC_INDEX = new Map(catalog .OV.map((m, i) => [m, i]));
function metricIndex(metric) {
return METRIC_INDEX.get(metric);
}
function fnv1a(text) {
let h = 0x811c9dc5;
for (let i = 0; i < text.length; i++) {
h ^= text.charCodeAt(i);
h = Math.imul(h, 0x01000193);
}
return h | 0;
}
function seededUniform(seed, name) {
return new Uniform(fnv1a(`${seed}\u0000${name}`));
}
function groupingCells(groups) {
const withAuc = (g) => g.metrics.roc_auc !== null && g.aucSe !== undefined;
const weighted = groups.some((g) => g.weights !== undefined);
if (weighted) {
const lambdas = new Float64Array(groups.length * 4);
const scales = new Float64Array(groups.length * 4);
groups.forEach((g, i) => {
const c = g.counts;
const q = g.weights?.squares ?? c;
[
[c.tp, q.tp],
[c.fp, q.fp],
[c.tn, q.tn],
[c.fn, q.fn],
].forEach(([sum, sq], k) => {
const ok = sum > 0 && sq > 0;
lambdas[i * 4 + k] = ok ? (sum * sum) / sq : 0;
scales[i * 4 + k] = ok ? sq / sum : 0;
});
});
return { ...baseCells(groups, withAuc), counts: lambdas, scales };
}
return {
...baseCells(groups, withAuc),
counts: Float64Array.from(groups.flatMap(({ counts: c }) => [c.tp, c.fp, c.tn, c.fn])),
};
}
function baseCells(groups, withAuc) {
return {
present: Uint8Array.from(groups, (g) => (g.present ? 1 : 0)),
auc: Float64Array.from(groups, (g) => (withAuc(g) ? g.metrics.roc_auc : Number.NaN)),
aucSe: Float64Array.from(groups, (g) => (withAuc(g) ? g.aucSe : Number.NaN)),
};
}
const DEFAULT_MEMORY = { keep: 2 ** 20, block: 2 ** 19 };
const MAX_CELL_REPLICATES = 2_000_000;
const MAX_AUDIT_CELL_REPLICATES = 2 * MAX_CELL_REPLICATES;
const MAX_RUN_CELL_REPLICATES = MAX_AUDIT_CELL_REPLICATES;
class BootstrapBudget {
spent = 0;
gated = 0;
pools = new Map();
scratch;
columns;
release() {
let bytes = (this.scratch?.byteLength ?? 0) + (this.columns?.byteLength ?? 0);
for (const pool of this.pools.values())
for (const a of pool)
bytes += a.byteLength;
this.pools.clear();
this.scratch = undefined;
this.columns = undefined;
return bytes;
}
}
class TableBootstrap {
table;
spec;
zeroDivision;
run;
shared;
gated;
kept = new Map();
keptDoubles = 0;
memory;
computed = new Map();
deferred = new Map();
overBudget;
drawn = 0;
constructor(table, spec, zeroDivision,
memory = {},
run = new BootstrapBudget(),
shared = null,
gated = null) {
this.table = table;
this.spec = spec;
this.zeroDivision = zeroDivision;
this.run = run;
this.shared = shared;
this.gated = gated;
this.memory = { ...DEFAULT_MEMORY, ...memory };
}
groupsOf(g) {
const grouping = this.table.groupings[g];
if (!grouping)
throw new RangeError(`no grouping ${g}`);
return grouping.groups;
}
tooLarge(g) {
const G = this.groupsOf(g).length;
const label = this.table.groupings[g].columns.join(' \u00d7 ');
const R = this.spec.replicates;
if (G * R > MAX_CELL_REPLICATES)
return `${label}: ${G.toLocaleString('en-US')} groups \u00d7 ${R.toLocaleString('en-US')} replicates is too much bootstrap work; its differences and ratios have no interval (lower confidence.replicates, or audit fewer combinations)`;
if (!this.overBudget) {
const overBudget = new Map();
this.overBudget = overBudget;
let spent = this.shared?.spent ?? 0;
let gatedSpent = this.shared?.gated ?? 0;
const all = this.table.groupings.map((_, i) => i);
const isGated = (i) => this.gated?.has(i) ?? false;
for (const i of [...all.filter(isGated), ...all.filter((i) => !isGated(i))]) {
const work = this.table.groupings[i].groups.length * R;
if (work > MAX_CELL_REPLICATES)
continue;
const gated = isGated(i);
if ((gated ? gatedSpent : spent) + work > MAX_AUDIT_CELL_REPLICATES)
overBudget.set(i, 'audit');
else if ((gated ? this.run.gated : this.run.spent) + work > MAX_RUN_CELL_REPLICATES)
overBudget.set(i, 'run');
else {
spent += work;
this.run.spent += work;
if (gated) {
gatedSpent += work;
this.run.gated += work;
}
}
}
if (this.shared) {
this.shared.spent = spent;
this.shared.gated = gatedSpent;
}
}
const over = this.overBudget.get(g);
const inGroups = (bound) => `${bound.toLocaleString('en-US')} groups \u00d7 replicates in all: ${Math.floor(bound / R).toLocaleString('en-US')} groups at ${R.toLocaleString('en-US')} replicates`;
const which = this.gated?.has(g)
? 'gated groupings before it'
: this.gated && this.gated.size > 0
? 'groupings before it (those a gate reads come first)'
: 'groupings before it';
if (over === 'audit')
return `${label}: no interval for its differences and ratios: the ${which} already take the audit's bootstrap work (${inGroups(MAX_AUDIT_CELL_REPLICATES)}; lower confidence.replicates, or audit fewer attributes)`;
if (over === 'run')
return `${label}: no interval for its differences and ratios: the audits before it already take the run's bootstrap work${this.gated?.has(g) ? ' for gated groupings' : ''} (${inGroups(MAX_RUN_CELL_REPLICATES)}; lower confidence.replicates, or split the audits across several runs)`;
return null;
}
defer(g, stats) {
let map = this.deferred.get(g);
if (!map)
this.deferred.set(g, (map = new Map()));
for (const s of stats)
map.set(s.key, s);
}
streamOf(g) {
return seededUniform(this.spec.seed, this.table.groupings[g].columns.join('\u0000'));
}
draw(cells, u, R, scratch) {
let pool = this.run.pools.get(R);
if (!pool)
this.run.pools.set(R, (pool = []));
const block = new ReplicateBlock(cells.present.length, R, pool, scratch);
this.drawn += cells.present.length * R;
drawReplicates(cells, u, R, this.zeroDivision === 'fairlearn', block.group, block.overall);
return block;
}
forEachBlock(g, each) {
const kept = this.kept.get(g);
if (kept)
return each(kept, 0);
const groups = this.groupsOf(g);
const R = this.spec.replicates;
const perReplicate = catalog .OV.length * (groups.length + 1);
const cells = groupingCells(groups);
const u = this.streamOf(g);
if (this.keptDoubles + perReplicate * R <= this.memory.keep) {
const block = this.draw(cells, u, R);
this.kept.set(g, block);
this.keptDoubles += perReplicate * R;
return each(block, 0);
}
const size = Math.max(1, Math.floor(this.memory.block / perReplicate));
const need = perReplicate * Math.min(size, R);
if (!this.run.scratch || this.run.scratch.length < need)
this.run.scratch = new Float64Array(need);
const scratch = this.run.scratch;
for (let from = 0; from < R; from += size)
each(this.draw(cells, u, Math.min(size, R - from), scratch), from);
}
intervals(g, stats, points) {
if (stats.length === 0)
return [];
if (this.tooLarge(g))
return stats.map(() => null);
const R = this.spec.replicates;
let cis = this.computed.get(g);
if (!cis)
this.computed.set(g, (cis = new Map()));
const missing = new Map();
stats.forEach((s, i) => {
if (points[i] !== null && points[i] !== undefined && !cis.has(s.key))
missing.set(s.key, s);
});
if (missing.size > 0) {
for (const [key, s] of this.deferred.get(g) ?? [])
if (!cis.has(key))
missing.set(key, s);
this.deferred.delete(g);
const level = this.spec.level;
const whole = new Map();
this.forEachBlock(g, (block, from) => {
for (const [key, stat] of missing) {
const v = block.valuesOf(stat);
if (block.replicates === R)
cis.set(key, percentileInterval(v, level));
else {
let all = whole.get(key);
if (!all) {
if (!this.run.columns || this.run.columns.length < missing.size * R)
this.run.columns = new Float64Array(missing.size * R);
whole.set(key, (all = this.run.columns.subarray(whole.size * R, (whole.size + 1) * R)));
}
all.set(v, from);
}
}
block.release();
});
for (const [key, v] of whole)
cis.set(key, percentileInterval(v, level));
}
return stats.map((s, i) => {
const point = points[i];
const ci = cis.get(s.key);
if (point === null || point === undefined || !ci)
return null;
return [Math.min(ci[0], point), Math.max(ci[1], point)];
});
}
}
const BOOTSTRAP_METRICS = catalog .OV.filter((m) => (0,catalog .tS)(m) === 'bootstrap');
function addBootstrapMetricIntervals(table, boot) {
deferBootstrapMetricIntervals(table, boot)();
}
function deferBootstrapMetricIntervals(table, boot) {
const all = table.groupings.map((grouping, g) => {
if (boot.tooLarge(g))
return null;
const targets = [];
grouping.groups.forEach((grp, i) => {
if (!grp.present)
return;
for (const metric of BOOTSTRAP_METRICS) {
const m = metricIndex(metric);
targets.push({
holder: grp,
metric,
point: grp.metrics[metric],
stat: { key: `${metric} of group ${i}`, compute: (block) => block.column(m, i) },
});
}
});
if (g === 0) {
for (const metric of BOOTSTRAP_METRICS) {
const m = metricIndex(metric);
targets.push({
holder: table.overall,
metric,
point: table.overall.metrics[metric],
stat: { key: `${metric} overall`, compute: (block) => block.overallColumn(m) },
});
}
}
boot.defer(g, targets.filter((t) => t.point !== null).map((t) => t.stat));
return targets;
});
return () => all.forEach((targets, g) => {
if (targets === null) {
const none = (holder) => {
for (const metric of BOOTSTRAP_METRICS)
holder.ci = { ...holder.ci, [metric]: null };
};
for (const grp of table.groupings[g].groups)
if (grp.present)
none(grp);
if (g === 0)
none(table.overall);
return;
}
const cis = boot.intervals(g, targets.map((t) => t.stat), targets.map((t) => t.point));
targets.forEach(({ holder, metric }, k) => {
holder.ci = { ...holder.ci, [metric]: cis[k] ?? null };
});
});
}
;
let cachedGroups;
let cachedByMetric = new Map();
function participatingValues(groups, metric) {
if (cachedGroups !== groups) {
cachedGroups = groups;
cachedByMetric = new Map();
}
let p = cachedByMetric.get(metric);
if (!p) {
p = collectParticipating(groups, metric);
cachedByMetric.set(metric, p);
}
return p;
}
function collectParticipating(groups, metric) {
const points = [];
const skipped = [];
for (const g of groups) {
if (!g.present)
continue;
const v = g.metrics[metric];
const short = g.insufficientFor?.[metric];
if (!g.sufficient)
skipped.push({ group: g.key, reason: g.insufficientReason ?? 'insufficient data' });
else if (short !== undefined)
skipped.push({ group: g.key, reason: short });
else if (v === null || Number.isNaN(v))
skipped.push({ group: g.key, reason: g.undefined[metric] ?? 'undefined' });
else
points.push({ key: g.key, value: v });
}
return { points, skipped };
}
function extremes(points) {
if (points.length === 0)
return null;
let min = points[0];
let max = min;
for (const p of points) {
if (p.value < min.value)
min = p;
if (p.value > max.value)
max = p;
}
return { min, max };
}
function foldedRatio(x, y) {
const r = x / y;
return r < 1 ? r : 1 / r;
}
function computeAggregate(input, kind, method = 'between_groups') {
const shared = participatingValues(input.groups, input.metric);
const points = shared.points;
const skipped = [...shared.skipped];
const ext = extremes(points);
const none = (reason) => ({ value: null, groups: [], skipped, reason });
if (!ext)
return none(points.length === 0 && skipped.length > 0 ? 'every group was skipped' : 'no groups');
if (kind === 'group_min')
return { value: ext.min.value, groups: [ext.min.key], skipped };
if (kind === 'group_max')
return { value: ext.max.value, groups: [ext.max.key], skipped };
if (method === 'between_groups') {
if (kind === 'difference')
return { value: ext.max.value - ext.min.value, groups: [ext.min.key, ext.max.key], skipped };
const r = ext.min.value / ext.max.value;
if (Number.isNaN(r))
return { ...none('every group is 0, so the ratio is 0/0'), groups: [ext.min.key, ext.max.key] };
return { value: r, groups: [ext.min.key, ext.max.key], skipped };
}
let target;
let targetName;
if (method === 'to_overall') {
target = input.overall;
targetName = 'overall';
}
else {
if (!input.reference)
return none('no reference group');
target = input.reference.value;
targetName = `reference ${input.reference.key}`;
}
if (target === null) {
const left = method === 'to_reference' ? skipped.find((x) => x.group === input.reference?.key) : undefined;
return none(left ? `the ${targetName} is left out: ${left.reason}` : `the ${targetName} value is undefined`);
}
let worst = null;
let worstValue = kind === 'difference' ? -Infinity : Infinity;
for (const p of points) {
if (kind === 'difference') {
const d = Math.abs(p.value - target);
if (d > worstValue) {
worstValue = d;
worst = p;
}
}
else {
const r = foldedRatio(p.value, target);
if (!Number.isNaN(r) && r < worstValue) {
worstValue = r;
worst = p;
}
}
}
if (!worst)
return none(`every ratio to the ${targetName} value is 0/0`);
return { value: worstValue, groups: [worst.key], skipped };
}
function computeFairnessAggregate(name, inputs, method, agg, fairlearnNaN) {
const spec = catalog .Zw[name];
const how = (0,catalog .sZ)(name) ?? method;
const partRecord = {};
const partList = [];
for (const m of spec.parts) {
const a = computeAggregate(inputs(m), spec.kind, how);
partRecord[m] = a;
partList.push(a);
}
if (partList.length === 1)
return { ...partList[0], parts: partRecord };
const [tpr, fpr] = partList;
const [tprName, fprName] = spec.parts.map((m) => (0,catalog .yD)(m).label);
const skippedFirst = new Set(tpr.skipped.map((t) => t.group));
const skipped = [...tpr.skipped, ...fpr.skipped.filter((s) => !skippedFirst.has(s.group))];
if (combineOf(name, agg) === 'mean') {
const defined = partList.filter((a) => a.value !== null);
if (defined.length === 2 || (fairlearnNaN && defined.length === 1)) {
const value = defined.reduce((s, a) => s + a.value, 0) / defined.length;
return { value, groups: unique(defined.flatMap((a) => a.groups)), skipped, parts: partRecord };
}
return { value: null, groups: [], skipped, reason: undefinedParts(tprName, tpr, fprName, fpr), parts: partRecord };
}
const better = spec.kind === 'difference' ? (a, b) => b > a : (a, b) => b < a;
if (fairlearnNaN) {
if (tpr.value === null)
return { ...tpr, skipped, parts: partRecord };
if (fpr.value === null)
return { ...tpr, skipped, parts: partRecord };
}
else if (tpr.value === null || fpr.value === null) {
return { value: null, groups: [], skipped, reason: undefinedParts(tprName, tpr, fprName, fpr), parts: partRecord };
}
const pick = better(tpr.value, fpr.value) ? fpr : tpr;
return { ...pick, skipped, parts: partRecord };
}
function undefinedParts(firstName, first, secondName, second) {
const why = (name, a) => `the ${name} part is undefined${a.reason ? ` (${a.reason})` : ''}`;
const parts = [
first.value === null ? why(firstName, first) : null,
second.value === null ? why(secondName, second) : null,
].filter((x) => x !== null);
return parts.join('; ');
}
function combineOf(name, agg) {
return catalog .Zw[name].combine === 'mean' ? 'mean' : agg;
}
function unique(xs) {
return [...new Set(xs)];
}
function participation(groups, metric) {
const eligible = Uint8Array.from(groups, (g) => g.present && g.sufficient && g.insufficientFor?.[metric] === undefined ? 1 : 0);
const column = (0,catalog .uV)(metric);
return { eligible, column, id: `${column} over ${eligible.join('')}` };
}
function summarize(block, p) {
const R = block.replicates;
const m = metricIndex(p.column);
const into = SUMMARY.map(() => block.alloc());
summarizeColumns(block.group.subarray(m * block.groups * R, (m + 1) * block.groups * R), block.overallColumn(m), p.eligible, R, into);
SUMMARY.forEach((name, k) => block.remember(`${p.id}: ${name}`, into[k]));
}
function toGroup(block, p, ref, difference) {
const R = block.replicates;
const out = block.alloc();
if (ref < 0 || p.eligible[ref] === 0)
return out.fill(Number.NaN);
const m = metricIndex(p.column);
toReferenceColumn(block.group.subarray(m * block.groups * R, (m + 1) * block.groups * R), p.eligible, R, ref, difference, out);
return out;
}
function aggregateStatistic(groups, metric, kind, method = 'between_groups', referenceKey) {
const p = participation(groups, metric);
const summarized = (name) => ({
key: `${p.id}: ${name}`,
compute: (block) => {
summarize(block, p);
return block.valuesOf(summarized(name));
},
});
if (kind === 'group_min' || kind === 'group_max')
return summarized(kind);
if (method === 'between_groups')
return summarized(`${kind} between_groups`);
if (method === 'to_overall')
return summarized(`${kind} to_overall`);
const ref = referenceKey === undefined || referenceKey === null ? -1 : groups.findIndex((g) => g.key === referenceKey);
return {
key: `${p.id}: ${kind} to_reference ${ref}`,
compute: (block) => toGroup(block, p, ref, kind === 'difference'),
};
}
function fairnessStatistic(name, groups, method, agg, fairlearnNaN, referenceKeys = {}) {
const spec = catalog .Zw[name];
const how = (0,catalog .sZ)(name) ?? method;
const parts = spec.parts.map((m) => aggregateStatistic(groups, m, spec.kind, how, referenceKeys[m]));
if (parts.length === 1)
return parts[0];
const [tprOf, fprOf] = parts;
const difference = spec.kind === 'difference';
const combine = combineOf(name, agg);
return {
key: `${name}: ${combine} of ${tprOf.key} and ${fprOf.key}${fairlearnNaN ? ' (fairlearn NaN)' : ''}`,
compute: (block) => {
const tprs = block.valuesOf(tprOf);
const fprs = block.valuesOf(fprOf);
const out = block.alloc();
combinePartColumns(tprs, fprs, combine === 'mean', fairlearnNaN, difference, out);
return out;
},
};
}
;
const DEFAULT_REFERENCE = 'largest';
function describeReference(spec) {
return typeof spec === 'string' ? spec : spec.group;
}
function resolveReference(groups, metric, spec) {
if (typeof spec === 'object') {
const g = groups.find((x) => x.key === spec.group);
if (!g || !g.present)
return { key: null, reason: `the reference group ${spec.group} has no rows` };
return { key: g.key };
}
const { points } = participatingValues(groups, metric);
if (points.length === 0)
return { key: null, reason: `no group can be the ${spec} reference: every group was skipped` };
if (spec === 'largest') {
const sizes = new Map();
for (const g of groups)
sizes.set(g.key, g.counts.tp + g.counts.fp + g.counts.tn + g.counts.fn);
const lower = catalog .Uo.has(metric);
let best = points[0];
let bestSize = sizes.get(best.key);
for (const p of points) {
const size = sizes.get(p.key);
if (size > bestSize || (size === bestSize && (lower ? p.value < best.value : p.value > best.value))) {
best = p;
bestSize = size;
}
}
return { key: best.key };
}
const lower = catalog .Uo.has(metric);
let best = points[0];
for (const p of points)
if (lower ? p.value < best.value : p.value > best.value)
best = p;
return { key: best.key };
}
function referenceValue(groups, metric, key) {
const { points } = participatingValues(groups, metric);
return points.find((p) => p.key === key)?.value ?? null;
}
function referenceKeys(groups, metrics, spec) {
const out = {};
for (const m of metrics)
out[m] = resolveReference(groups, m, spec).key;
return out;
}
;
const METHODS = ['between_groups', 'to_overall'];
function computeDisparities(table, options) {
const out = [];
const metrics = catalog .OV.filter((m) => m !== 'roc_auc' || options.hasScore);
table.groupings.forEach((grouping, g) => {
const attribute = grouping.columns.length === 1 ? grouping.columns[0] : [...grouping.columns];
const groups = grouping.groups;
const label = grouping.columns.join(' \u00d7 ');
const configured = options.references?.[label];
const refSpec = configured ?? DEFAULT_REFERENCE;
const refKeys = referenceKeys(groups, metrics, refSpec);
const refOf = (metric) => ({
group: refKeys[metric] ?? null,
chosen: describeReference(refSpec),
});
const inputs = (metric) => {
const key = refKeys[metric];
return {
groups,
metric,
overall: table.overall.metrics[metric],
...(key ? { reference: { key, value: referenceValue(groups, metric, key) } } : {}),
};
};
const methods = configured ? [...METHODS, 'to_reference'] : METHODS;
const specs = [];
for (const name of Object.keys(catalog .Zw)) {
const fixed = (0,catalog .sZ)(name);
for (const method of fixed ? [fixed] : methods) {
specs.push({
entry: {
attribute,
metric: name,
method,
...(method === 'to_reference'
? { reference: refOf(catalog .Zw[name].parts[0]) }
: {}),
},
value: () => {
const { value, groups: behind, skipped, reason, } = computeFairnessAggregate(name, inputs, method, 'worst_case', options.fairlearnNaN);
return { value, groups: behind, skipped, ...(reason !== undefined ? { reason } : {}) };
},
stat: fairnessStatistic(name, groups, method, 'worst_case', options.fairlearnNaN, refKeys),
});
}
}
for (const metric of metrics) {
for (const kind of ['group_min', 'group_max']) {
specs.push({
entry: { attribute, metric: `${metric}_${kind}`, method: null },
value: () => computeAggregate(inputs(metric), kind),
stat: aggregateStatistic(groups, metric, kind),
});
}
for (const kind of ['difference', 'ratio']) {
for (const method of methods) {
specs.push({
entry: {
attribute,
metric: `${metric}_${kind}`,
method,
...(method === 'to_reference' ? { reference: refOf(metric) } : {}),
},
value: () => computeAggregate(inputs(metric), kind, method),
stat: aggregateStatistic(groups, metric, kind, method, refKeys[metric]),
});
}
}
}
const values = specs.map((s) => s.value());
const boot = options.bootstrap;
const cis = boot
? boot.intervals(g, specs.map((s) => s.stat), values.map((v) => v.value))
: [];
specs.forEach((s, i) => {
const entry = { ...s.entry, ...values[i] };
if (boot)
entry.ci = cis[i] ?? null;
out.push(entry);
});
});
return out;
}
var types = __webpack_require__(2143);
;
const fmt = (v) => (Number.isInteger(v) ? String(v) : v.toPrecision(4).replace(/\.?0+$/, ''));
function thresholdOf(b) {
const t = {};
if (b.min !== undefined)
t.min = b.min;
if (b.max !== undefined)
t.max = b.max;
return t;
}
const MAX_MESSAGE_GROUPS = 20;
function namesWithin(items) {
if (items.length <= MAX_MESSAGE_GROUPS)
return items.join(', ');
return `${items.slice(0, MAX_MESSAGE_GROUPS).join(', ')} and ${(items.length - MAX_MESSAGE_GROUPS).toLocaleString('en-US')} more`;
}
function breach(value, t) {
if (t.max !== undefined && value > t.max)
return `above max ${fmt(t.max)}`;
if (t.min !== undefined && value < t.min)
return `below min ${fmt(t.min)}`;
return null;
}
function thresholdText(t) {
const parts = [];
if (t.min !== undefined)
parts.push(`\u2265 ${fmt(t.min)}`);
if (t.max !== undefined)
parts.push(`\u2264 ${fmt(t.max)}`);
return parts.join(' and ');
}
function effectOf(status, level, policy) {
if (status === 'pass')
return 'pass';
if (status === 'warn')
return 'warn';
if (status === 'fail')
return 'fail';
if (policy === 'pass')
return 'pass';
if (policy === 'fail')
return level === 'error' ? 'fail' : 'warn';
return 'warn';
}
const NO_BASELINE = 'no baseline report to compare with';
const NO_HISTORY = 'no history reports to compare with';
const groupCount = (n) => `${n.toLocaleString('en-US')} group${n === 1 ? '' : 's'}`;
const pct = (level) => `${+(level * 100).toFixed(2)}%`;
const ciText = (ci) => `[${fmt(ci[0])}, ${fmt(ci[1])}]`;
function judge(value, ci, t, on) {
const b = breach(value, t);
if (on === 'point' || !ci)
return b ? { verdict: 'breach', text: b } : { verdict: 'pass', text: `within ${thresholdText(t)}` };
const [lo, hi] = ci;
if (t.max !== undefined && lo > t.max)
return { verdict: 'breach', text: `above max ${fmt(t.max)}, and so is the whole interval ${ciText(ci)}` };
if (t.min !== undefined && hi < t.min)
return { verdict: 'breach', text: `below min ${fmt(t.min)}, and so is the whole interval ${ciText(ci)}` };
if (b)
return { verdict: 'straddle', text: `${b}, but the interval ${ciText(ci)} straddles it: the data cannot tell` };
return { verdict: 'pass', text: `within ${thresholdText(t)}` };
}
function statusOfVerdict(verdict, level) {
return verdict === 'pass' ? 'pass' : verdict === 'straddle' || level === 'warning' ? 'warn' : 'fail';
}
function comparesGroups(metric) {
const r = (0,catalog .w9)(metric);
return (r !== undefined &&
(r.type === 'fairness' || (r.type === 'aggregate' && (r.kind === 'difference' || r.kind === 'ratio'))));
}
function changeThreshold(base, change) {
const t = {};
const tighten = (k, v) => {
const cur = t[k];
t[k] = cur === undefined ? v : k === 'max' ? Math.min(cur, v) : Math.max(cur, v);
};
if (change.max_increase !== undefined)
tighten('max', base + change.max_increase);
if (change.max_decrease !== undefined)
tighten('min', base - change.max_decrease);
if (change.max_relative_change !== undefined) {
tighten('max', base + change.max_relative_change * Math.abs(base));
tighten('min', base - change.max_relative_change * Math.abs(base));
}
return t;
}
function scopeLabel(attribute) {
return attribute === null ? 'overall' : attribute.join(' \u00d7 ');
}
const shownByGrouping = new WeakMap();
function namerOf(grouping) {
let map = shownByGrouping.get(grouping);
if (!map) {
const keys = grouping.groups.map((g) => g.key);
const shown = distinguishNames(keys);
map = new Map(keys.map((k, i) => [k, shown[i]]));
shownByGrouping.set(grouping, map);
}
const names = map;
return (key) => names.get(key) ?? (0,log_escape .Ol)(key);
}
function evaluateGates(gates, table, options) {
return gates.flatMap((gate) => evaluateGate(gate, table, options));
}
function judgedGroups(gates, table) {
const chars = new Map();
const charsOf = (grouping) => {
let n = chars.get(grouping);
if (n === undefined) {
n = 0;
for (const g of grouping.groups)
n += g.key.length;
chars.set(grouping, n);
}
return n;
};
const judged = { groups: 0, chars: 0 };
for (const gate of gates)
for (const { grouping } of scopes(gate, table)) {
judged.groups += grouping.groups.length;
judged.chars += charsOf(grouping);
}
return judged;
}
function scopes(gate, table) {
const all = table.groupings.map((grouping, index) => ({ grouping, index }));
if (gate.attribute) {
const want = gate.attribute;
return all.filter(({ grouping: g }) => g.columns.length === want.length && g.columns.every((c, i) => c === want[i]));
}
return all.filter(({ grouping: g }) => g.columns.length === 1);
}
function undefinedReason(g, m) {
if (!g.present || !g.sufficient || g.insufficientFor?.[m] !== undefined)
return undefined;
const v = g.metrics[m];
return v === null || Number.isNaN(v) ? (g.undefined[m] ?? 'undefined') : null;
}
function fewestDefined(groups, parts) {
let fewest = null;
for (const m of parts) {
let defined = 0;
const undef = [];
for (const g of groups) {
const reason = undefinedReason(g, m);
if (reason === null)
defined++;
else if (reason !== undefined)
undef.push({ key: g.key, metric: m, reason });
}
if (!fewest || defined < fewest.defined)
fewest = { metric: m, defined, undefined: undef };
}
return fewest ?? { metric: parts[0], defined: 0, undefined: [] };
}
function undefinedGroups(groups, parts) {
const out = [];
for (const g of groups)
for (const m of parts) {
const reason = undefinedReason(g, m);
if (reason) {
out.push({ key: g.key, metric: m, reason });
break;
}
}
return out;
}
function inputsFor(groups, overall, refKeys) {
return (metric) => {
const key = refKeys[metric];
return {
groups,
metric,
overall: overall[metric],
...(key ? { reference: { key, value: referenceValue(groups, metric, key) } } : {}),
};
};
}
function evaluateGate(gate, table, options) {
const resolved = (0,catalog .w9)(gate.metric);
if (!resolved)
throw new Error(`unknown metric ${gate.metric}: the config loader should have rejected it`);
const intervals = !!options.bootstrap;
const level = options.bootstrap?.spec.level;
const base = {
metric: gate.metric,
name: gate.name,
level: gate.level,
line: gate.pos.line,
};
const finish = (r) => ({
...base,
...r,
effect: effectOf(r.status, gate.level, gate.insufficient),
on: gate.on,
...(gate.agg === 'mean' ? { agg: 'mean' } : {}),
...(gate.change ? { change: gate.change, insufficient_policy: gate.insufficient } : {}),
...(gate.change && gate.against === 'history_median'
? { against: gate.against, min_history: gate.min_history ?? types .A8 }
: {}),
});
const pending = gate.against === 'history_median' ? NO_HISTORY : NO_BASELINE;
const statusOf = (verdict) => statusOfVerdict(verdict, gate.level);
const withCi = (ci) => (intervals ? { ci: ci ?? null } : {});
const ciNote = (ci) => ci && level !== undefined ? ` (${pct(level)} CI ${ciText(ci)})` : '';
const noInterval = (ci) => gate.on === 'interval' && !ci;
const hasBounds = gate.min !== undefined || gate.max !== undefined || gate.each_group !== undefined;
if (resolved.type === 'base' && !gate.each_group) {
const t = thresholdOf(gate);
const value = table.overall.metrics[resolved.metric];
const ci = table.overall.ci?.[resolved.metric];
if (value === null) {
return [
finish({
attribute: null,
each_group: false,
value,
threshold: t,
status: 'insufficient',
message: `${gate.metric} overall is undefined (${table.overall.undefined[resolved.metric] ?? 'no value'})`,
groups: [],
skipped: [],
...withCi(null),
}),
];
}
if (hasBounds && noInterval(ci)) {
return [
finish({
attribute: null,
each_group: false,
value,
threshold: t,
status: 'insufficient',
message: `${gate.metric} overall is ${fmt(value)}, but no interval could be computed for \`on: interval\``,
groups: [],
skipped: [],
...withCi(ci),
}),
];
}
const j = judge(value, ci, t, gate.on);
return [
finish({
attribute: null,
each_group: false,
value,
threshold: t,
status: hasBounds ? statusOf(j.verdict) : 'insufficient',
message: `${gate.metric} overall is ${fmt(value)}${ciNote(ci)}, ${hasBounds ? j.text : pending}`,
groups: [],
skipped: [],
...withCi(ci),
}),
];
}
return scopes(gate, table).map(({ grouping, index }) => {
const attribute = grouping.columns.length === 1 ? grouping.columns[0] : [...grouping.columns];
const label = scopeLabel(grouping.columns);
const shownLabel = grouping.columns.map(log_escape .Ol).join(' \u00d7 ');
const name = namerOf(grouping);
const undefinedList = (list) => namesWithin(list.map(({ key, metric, reason }) => `${name(key)}'s ${metric} is undefined (${reason})`));
const undefinedNote = (list) => list.length === 0 ? '' : `${undefinedList(list)}, so not every group with enough data was judged`;
if (resolved.type === 'base') {
const t = thresholdOf(gate.each_group ?? {});
const { points, skipped } = participatingValues(grouping.groups, resolved.metric);
if (points.length === 0) {
return finish({
attribute,
each_group: true,
value: null,
threshold: t,
status: 'insufficient',
message: `no group of ${shownLabel} has a defined ${gate.metric} with enough data`,
groups: [],
skipped: [...skipped],
...withCi(null),
});
}
const byKey = new Map(grouping.groups.map((g) => [g.key, g]));
const ciOf = (key) => byKey.get(key)?.ci?.[resolved.metric];
const judged = points.map((p) => ({ ...p, ci: ciOf(p.key), j: judge(p.value, ciOf(p.key), t, gate.on) }));
const breaching = judged.filter((p) => p.j.verdict === 'breach');
const straddling = judged.filter((p) => p.j.verdict === 'straddle');
const worst = judged.reduce((w, p) => {
const score = (x) => Math.max(t.max !== undefined ? x - t.max : -Infinity, t.min !== undefined ? t.min - x : -Infinity);
return score(p.value) > score(w.value) ? p : w;
});
let status = breaching.length > 0 ? statusOf('breach') : straddling.length > 0 ? 'warn' : 'pass';
const unjudged = status === 'pass' ? undefinedNote(undefinedGroups(grouping.groups, [resolved.metric])) : '';
if (unjudged)
status = 'insufficient';
const list = (ps) => namesWithin(ps.map((p) => `${name(p.key)} ${fmt(p.value)}${ciNote(p.ci)}`));
const onNote = gate.on === 'interval' ? ' with the whole interval' : '';
let message;
if (!hasBounds)
message = `${gate.metric} per group of ${shownLabel} (worst: ${name(worst.key)} ${fmt(worst.value)}): ${pending}`;
else if (breaching.length > 0)
message = `${groupCount(breaching.length)} of ${shownLabel} ${breaching.length === 1 ? 'breaches' : 'breach'} ${gate.metric} ${thresholdText(t)}${onNote}: ${list(breaching)}`;
else if (straddling.length > 0)
message = `${groupCount(straddling.length)} of ${shownLabel} ${straddling.length === 1 ? 'has' : 'have'} ${gate.metric} past ${thresholdText(t)} but an interval that straddles it, so the data cannot tell: ${list(straddling)}`;
else if (unjudged)
message = `the groups of ${shownLabel} with a defined ${gate.metric} have it ${thresholdText(t)} (worst: ${name(worst.key)} ${fmt(worst.value)}${ciNote(worst.ci)}), but ${unjudged}`;
else
message = `every group of ${shownLabel} has ${gate.metric} ${thresholdText(t)} (worst: ${name(worst.key)} ${fmt(worst.value)}${ciNote(worst.ci)})`;
const pointOnly = gate.on === 'interval' ? judged.filter((p) => !p.ci).map((p) => name(p.key)) : [];
if (pointOnly.length > 0)
message += `; no interval for ${namesWithin(pointOnly)}, judged on the value`;
const named = breaching.length ? breaching : straddling.length ? straddling : [worst];
return finish({
attribute,
each_group: true,
value: worst.value,
threshold: t,
status: hasBounds ? status : 'insufficient',
message,
groups: named.map((p) => p.key),
skipped: [...skipped],
...withCi(worst.ci),
});
}
const t = thresholdOf(gate);
const method = resolved.type === 'fairness' ? ((0,catalog .sZ)(resolved.name) ?? gate.method) : gate.method;
const parts = (0,catalog .Mx)(resolved);
const refSpec = options.references?.[label] ?? DEFAULT_REFERENCE;
const refKeys = method === 'to_reference' ? referenceKeys(grouping.groups, parts, refSpec) : {};
const aggregateOf = (groups, overall) => {
const inputs = inputsFor(groups, overall, refKeys);
if (resolved.type === 'aggregate')
return computeAggregate(inputs(resolved.metric), resolved.kind, method);
return computeFairnessAggregate(resolved.name, inputs, method, gate.agg, options.zeroDivision === 'fairlearn');
};
const agg = aggregateOf(grouping.groups, table.overall.metrics);
const reference = method === 'to_reference'
? { reference: { group: refKeys[parts[0]] ?? null, chosen: describeReference(refSpec) } }
: {};
const comparing = comparesGroups(gate.metric);
const sufficientGroups = grouping.groups.filter((g) => g.present && g.sufficient && parts.every((m) => g.insufficientFor?.[m] === undefined)).length;
const refKey = refKeys[parts[0]];
const refShown = refKey !== undefined && refKey !== null ? name(refKey) : (0,log_escape .Ol)(describeReference(refSpec));
const methodNote = comparing && method !== 'between_groups' ? ` (${method}${method === 'to_reference' ? ` ${refShown}` : ''})` : '';
const common = {
attribute,
method: comparing ? method : undefined,
each_group: false,
threshold: t,
groups: agg.groups,
skipped: agg.skipped,
...reference,
};
if (comparing && sufficientGroups < 2) {
return finish({
...common,
value: null,
groups: [],
status: 'insufficient',
message: `${gate.metric} for ${shownLabel} needs at least two groups with enough data; found ${sufficientGroups}`,
...withCi(null),
});
}
const extreme = resolved.type === 'aggregate' && (resolved.kind === 'group_min' || resolved.kind === 'group_max');
if (comparing || (extreme && sufficientGroups >= 2)) {
const short = fewestDefined(grouping.groups, parts);
if (short.defined === 1 || (short.defined === 0 && agg.value !== null)) {
const undefinedGroups = undefinedList(short.undefined);
return finish({
...common,
value: null,
groups: [],
status: 'insufficient',
message: `${gate.metric}${methodNote} for ${shownLabel} needs at least two groups with a defined value; found ${short.defined}${undefinedGroups ? `: ${undefinedGroups}` : ''}`,
...withCi(null),
});
}
}
if (agg.value === null) {
return finish({
...common,
value: null,
status: 'insufficient',
message: `${gate.metric}${methodNote} for ${shownLabel} is undefined: ${agg.reason ?? 'no value'}`,
...withCi(null),
});
}
const stat = resolved.type === 'aggregate'
? aggregateStatistic(grouping.groups, resolved.metric, resolved.kind, method, refKeys[resolved.metric])
: fairnessStatistic(resolved.name, grouping.groups, method, gate.agg, options.zeroDivision === 'fairlearn', refKeys);
const [ci] = options.bootstrap ? options.bootstrap.intervals(index, [stat], [agg.value]) : [undefined];
const behind = agg.groups.length === 2
? ` (${name(agg.groups[0])} vs ${name(agg.groups[1])})`
: agg.groups.length === 1
? ` (${name(agg.groups[0])})`
: '';
const head = `${gate.metric}${methodNote} for ${shownLabel} is ${fmt(agg.value)}${behind}${ciNote(ci)}`;
if (hasBounds && noInterval(ci)) {
return finish({
...common,
value: agg.value,
status: 'insufficient',
message: `${head}, but no interval could be computed for \`on: interval\``,
...withCi(ci),
});
}
const j = judge(agg.value, ci, t, gate.on);
const unjudged = hasBounds && j.verdict === 'pass' ? undefinedNote(undefinedGroups(grouping.groups, parts)) : '';
return finish({
...common,
value: agg.value,
status: !hasBounds || unjudged ? 'insufficient' : statusOf(j.verdict),
message: `${head}, ${hasBounds ? j.text : pending}${unjudged ? `; but ${unjudged}` : ''}`,
...withCi(ci),
});
});
}
function summarizeGates(gates) {
return {
gates: gates.length,
failed: gates.filter((g) => g.effect === 'fail').length,
warned: gates.filter((g) => g.effect === 'warn').length,
insufficient: gates.filter((g) => g.status === 'insufficient').length,
passed: gates.filter((g) => g.effect === 'pass').length,
};
}
;
const RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
const EFFECT_RANK = { pass: 0, warn: 1, fail: 2 };
function pastBounds(r) {
if (r.value === null)
return -Infinity;
const t = r.threshold;
if (t.min === undefined && t.max === undefined) {
const low = /_ratio$|_group_min$|^disparate_impact$/.test(r.metric);
return low ? -r.value : r.value;
}
return Math.max(t.max !== undefined ? r.value - t.max : -Infinity, t.min !== undefined ? t.min - r.value : -Infinity);
}
function unjudged(r) {
if (r.status !== 'insufficient')
return false;
const pending = r.against === 'history_median' ? NO_HISTORY : NO_BASELINE;
return !r.message.endsWith(`, ${pending}`) && !r.message.endsWith(`: ${pending}`);
}
function worse(a, b) {
if (a.change && a.effect !== 'fail' && b.effect !== 'fail' && unjudged(a) !== unjudged(b))
return unjudged(b);
return worseJudged(a, b);
}
function worseJudged(a, b) {
if (EFFECT_RANK[a.effect] !== EFFECT_RANK[b.effect])
return EFFECT_RANK[a.effect] > EFFECT_RANK[b.effect];
return RANK[a.status] > RANK[b.status] || (RANK[a.status] === RANK[b.status] && pastBounds(a) > pastBounds(b));
}
function isOverallGate(gate) {
const r = (0,catalog .w9)(gate.metric);
return r?.type === 'base' && !gate.each_group;
}
function evaluateLevel(gates, level, options) {
return gates.map((gate) => isOverallGate(gate) && gate.control_level === undefined
? []
: evaluateGate(gate, level.level.table, { ...options, bootstrap: level.bootstrap }));
}
function keep(candidates, levels, pick, named) {
const chosen = candidates[pick];
const level = levels[pick];
const others = candidates
.map((c, i) => ({ c, key: levels[i] }))
.filter(({ c }, i) => i !== pick && (c.effect !== 'pass' || c.status === 'fail' || c.status === 'warn'))
.map(({ key }) => key);
const where = named ? `in control level ${level}` : `in control level ${level} (the worst of ${levels.length})`;
return {
...chosen,
message: `${where}: ${chosen.message}${!named && others.length > 0 ? `; also not passing in ${others.join(', ')}` : ''}`,
control: {
level,
chosen: named ? 'named' : 'worst',
levels: candidates.map((c, i) => ({ level: levels[i], value: c.value, status: c.status })),
},
};
}
const LEVEL_RESULTS = new WeakMap();
function judgeEachLevel(gate, judgeOne) {
const held = LEVEL_RESULTS.get(gate);
if (!held)
return null;
const judged = held.candidates.map((c, i) => (unjudged(c) ? c : judgeOne(c, held.levels[i])));
let pick = 0;
judged.forEach((c, i) => {
if (worseJudged(c, judged[pick]))
pick = i;
});
return keep(judged, held.levels, pick, false);
}
function combineLevelGates(gates, levels, perLevel, full, options) {
return gates.flatMap((gate, gi) => {
if (isOverallGate(gate) && gate.control_level === undefined)
return evaluateGate(gate, { rows: full.rows, overall: full.overall, groupings: [] }, options);
const named = gate.control_level !== undefined ? levels.findIndex((l) => l.key === gate.control_level) : -1;
const results = levels.map((_, li) => perLevel[li][gi]);
const scopes = (results[0] ?? []).length;
const out = [];
for (let s = 0; s < scopes; s++) {
const candidates = results.map((r) => r[s]);
let pick = named;
if (pick < 0) {
pick = 0;
candidates.forEach((c, i) => {
if (worse(c, candidates[pick]))
pick = i;
});
}
const keys = levels.map((l) => l.key);
const kept = keep(candidates, keys, pick, named >= 0);
if (named < 0 && kept.change)
LEVEL_RESULTS.set(kept, { candidates, levels: keys });
out.push(kept);
}
return out;
});
}
;
const MAX_CONTROL_LEVELS = 200;
const MAX_CONTROLLED_CELLS = 5000;
const KEY_SEPARATOR = ' | ';
const escapeKeyValue = (v) => v.replace(/[\\|]/g, (c) => `\\${c}`);
function keysOf(valueLists) {
const plain = valueLists.map((v) => v.join(KEY_SEPARATOR));
if (new Set(plain).size === plain.length)
return plain;
return valueLists.map((v) => v.map(escapeKeyValue).join(KEY_SEPARATOR));
}
const sameValues = (a, b, n) => {
for (let i = 0; i < n; i++)
if (a[i] !== b[i])
return false;
return true;
};
function splitByControl(table, control) {
const k = control.length;
const levelsGrouping = table.groupings[table.groupings.length - 1];
const inner = table.groupings.slice(0, -1);
if (k === 0 ||
levelsGrouping.columns.length !== k ||
!control.every((c, i) => levelsGrouping.columns[i] === c) ||
!inner.every((g) => control.every((c, i) => g.columns[i] === c)))
throw new Error('splitByControl: the table was not built with these control columns');
const present = levelsGrouping.groups.filter((g) => g.present);
const levelKeys = keysOf(present.map((g) => g.values));
return present.map((level, li) => {
const overall = {
counts: level.counts,
metrics: level.metrics,
undefined: level.undefined,
...(level.ci ? { ci: level.ci } : {}),
};
const groupings = inner.map((grouping) => {
const columns = grouping.columns.slice(k);
const mine = grouping.groups.filter((g) => sameValues(g.values, level.values, k));
const values = mine.map((g) => g.values.slice(k));
const keys = columns.length > 1 ? keysOf(values) : values.map((v) => v[0]);
const groups = mine.map((g, i) => ({
...g,
key: keys[i],
values: values[i],
group: Object.fromEntries(columns.map((c, j) => [c, values[i][j]])),
}));
return { columns, groups };
});
return {
key: levelKeys[li],
values: [...level.values],
control: Object.fromEntries(control.map((c, i) => [c, level.values[i]])),
table: { rows: level.metrics.count ?? 0, overall, groupings },
};
});
}
function levelsTable(table) {
return { rows: table.rows, overall: table.overall, groupings: table.groupings.slice(-1) };
}
;
const CHUNK_CHARS = 1 << 16;
const LEAF_DEPTH = 6;
function jsonValue(key, value) {
return value !== null && typeof value === 'object' && typeof value.toJSON === 'function'
? value.toJSON(key)
: value;
}
function skipped(v) {
return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
const WHOLE_CHARS = 1 << 22;
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
function textLength(s, allowance) {
return s.length * 6 <= allowance || PLAIN_STRING.test(s) ? s.length : s.length * 6;
}
function surelyShorter(value, limit, within) {
let budget = limit;
let values = 1;
let textChars = 0;
const keys = new Map();
const counts = (n, b) => {
if (n > b.stringChars)
return false;
if (n > b.allowance)
textChars += n - b.allowance;
return textChars <= b.textChars;
};
const stack = [value];
const depths = [0];
while (stack.length > 0) {
const v = stack.pop();
const depth = depths.pop();
budget -= 2 * depth + 4;
if (typeof v === 'string') {
budget -= 6 * v.length;
if (within && !counts(textLength(v, within.allowance), within))
return false;
}
else if (v !== null && typeof v === 'object') {
if (typeof v.toJSON === 'function')
return false;
const members = Array.isArray(v) ? null : Object.keys(v);
if (within &&
(depth + 1 > within.depth || (values += Math.max(1, (members ?? v).length)) > within.values))
return false;
if (members === null)
for (const x of v) {
stack.push(x);
depths.push(depth + 1);
}
else
for (const key of members) {
budget -= 6 * key.length + 4;
if (within) {
let n = keys.get(key);
if (n === undefined) {
keys.set(key, (n = textLength(key, within.allowance)));
if (keys.size > within.keys)
return false;
}
if (!counts(n, within))
return false;
}
stack.push(v[key]);
depths.push(depth + 1);
}
}
else
budget -= 24;
if (budget < 0)
return false;
}
return true;
}
function* jsonChunks(value, wholeBelow = WHOLE_CHARS) {
if (value !== null && typeof value === 'object' && surelyShorter(value, wholeBelow)) {
yield `${JSON.stringify(value, null, 2)}\n`;
return;
}
let parts = [];
let size = 0;
const put = (s) => {
parts.push(s);
size += s.length;
};
function* take() {
if (size < CHUNK_CHARS)
return;
yield parts.join('');
parts = [];
size = 0;
}
const leaf = (v, indent) => {
const text = JSON.stringify(v, null, 2);
put(text === undefined ? 'null' : indent ? text.replace(/\n/g, `\n${indent}`) : text);
};
const isLeaf = (v, depth) => v === null || typeof v !== 'object' || depth >= LEAF_DEPTH;
function* write(v, indent, depth) {
const inner = `${indent}  `;
if (Array.isArray(v)) {
if (v.length === 0)
return put('[]');
put('[\n');
for (let i = 0; i < v.length; i++) {
if (i > 0)
put(',\n');
put(inner);
const item = jsonValue(String(i), v[i]);
if (skipped(item))
put('null');
else if (isLeaf(item, depth + 1))
leaf(item, inner);
else
yield* write(item, inner, depth + 1);
yield* take();
}
return put(`\n${indent}]`);
}
let first = true;
for (const key of Object.keys(v)) {
const item = jsonValue(key, v[key]);
if (skipped(item))
continue;
put(first ? '{\n' : ',\n');
first = false;
put(`${inner}${JSON.stringify(key)}: `);
if (isLeaf(item, depth + 1))
leaf(item, inner);
else
yield* write(item, inner, depth + 1);
yield* take();
}
put(first ? '{}' : `\n${indent}}`);
}
const top = jsonValue('', value);
if (skipped(top))
put('undefined');
else if (isLeaf(top, 0))
leaf(top, '');
else
yield* write(top, '', 0);
put('\n');
if (size > 0)
yield parts.join('');
}
;
const REPORT_SCHEMA_VERSION = 1;
const MAX_HISTORY_LIMIT = 100;
const DEFAULT_HISTORY_LIMIT = 20;
const MAX_HISTORY_PATTERNS = 20;
const MAX_HISTORY_SKIPPED = 50;
;
const REPORT_CONFIG_CHARS = 1024;
const str = { type: 'string' };
const strs = { type: 'array', items: str };
const bool = { type: 'boolean' };
const report_schema_int = { type: 'integer', minimum: 0 };
const num = { type: 'number' };
const numOrNull = { type: ['number', 'null'] };
const attribute = { anyOf: [str, strs] };
const interval = { anyOf: [{ type: 'null' }, { type: 'array', items: numOrNull, minItems: 2, maxItems: 2 }] };
const delta = {
type: 'object',
properties: {
baseline: numOrNull,
change: numOrNull,
relative_change: numOrNull,
outside_interval: { type: ['boolean', 'null'] },
},
};
const MAX_DISPARITIES = (schema .iO.sensitive + schema .iO.intersections) * catalog .cY.length * 3;
const numbers = { type: 'object', additionalProperties: numOrNull };
const strings = { type: 'object', additionalProperties: str };
const intervals = { type: 'object', additionalProperties: interval };
const deltas = { type: 'object', additionalProperties: delta };
const report_schema_counts = { type: 'object', additionalProperties: num };
const weighted = {
type: 'object',
required: ['weight_sum', 'n_eff', 'counts', 'squares'],
properties: { weight_sum: num, n_eff: num, counts: report_schema_counts, squares: report_schema_counts },
};
const gate = {
type: 'object',
required: [
'metric',
'attribute',
'each_group',
'value',
'threshold',
'status',
'level',
'effect',
'message',
'groups',
'line',
],
properties: {
metric: str,
name: str,
attribute: { anyOf: [{ type: 'null' }, str, strs] },
method: str,
agg: { enum: ['mean'] },
each_group: bool,
value: numOrNull,
threshold: { type: 'object', additionalProperties: false, properties: { min: num, max: num } },
change: {
type: 'object',
additionalProperties: false,
properties: { max_increase: num, max_decrease: num, max_relative_change: num },
},
on: { enum: ['point', 'interval'] },
status: { enum: ['pass', 'warn', 'fail', 'insufficient'] },
level: { enum: ['error', 'warning'] },
effect: { enum: ['pass', 'warn', 'fail'] },
message: str,
groups: strs,
skipped: { type: 'array', items: { type: 'object', properties: { group: str, reason: str } } },
line: report_schema_int,
ci: interval,
delta,
reference: { type: 'object', properties: { group: { type: ['string', 'null'] }, chosen: str } },
against: { enum: ['history_median'] },
min_history: report_schema_int,
history: {
type: 'object',
required: ['values', 'count', 'median'],
properties: {
values: { type: 'array', items: numOrNull, maxItems: MAX_HISTORY_LIMIT },
count: report_schema_int,
median: numOrNull,
},
},
control: {
type: 'object',
required: ['level', 'chosen', 'levels'],
properties: {
level: str,
chosen: { enum: ['named', 'worst'] },
levels: {
type: 'array',
maxItems: MAX_CONTROL_LEVELS,
items: {
type: 'object',
required: ['level', 'status'],
properties: { level: str, value: numOrNull, status: { enum: ['pass', 'warn', 'fail', 'insufficient'] } },
},
},
},
},
},
};
const group = {
type: 'object',
required: ['attribute', 'group', 'key', 'present', 'count', 'metrics', 'undefined', 'sufficient'],
properties: {
attribute,
group: strings,
key: str,
present: bool,
count: num,
counts: report_schema_counts,
weighted,
metrics: numbers,
undefined: strings,
sufficient: bool,
insufficient_reason: str,
insufficient_for: strings,
ci: intervals,
deltas,
},
};
const disparity = {
type: 'object',
required: ['attribute', 'metric', 'value', 'groups'],
properties: {
attribute,
metric: str,
method: { type: ['string', 'null'] },
value: numOrNull,
groups: strs,
ci: interval,
delta,
},
};
const control = {
type: 'object',
required: ['columns', 'levels', 'worst'],
properties: {
columns: { ...strs, maxItems: schema .iO.control },
levels: {
type: 'array',
maxItems: MAX_CONTROL_LEVELS,
items: {
type: 'object',
required: [
'level',
'control',
'rows',
'overall',
'overall_undefined',
'overall_counts',
'groups',
'disparities',
],
properties: {
level: str,
control: strings,
rows: report_schema_int,
overall: numbers,
overall_undefined: strings,
overall_counts: report_schema_counts,
overall_ci: intervals,
overall_delta: deltas,
groups: { type: 'array', items: group },
disparities: { type: 'array', items: disparity, maxItems: MAX_DISPARITIES },
},
},
},
worst: {
type: 'array',
maxItems: MAX_DISPARITIES,
items: {
type: 'object',
required: ['attribute', 'metric', 'level', 'value'],
properties: {
attribute,
metric: str,
method: { type: ['string', 'null'] },
level: { type: ['string', 'null'] },
value: numOrNull,
},
},
},
},
};
const audit = {
type: 'object',
required: [
'name',
'data',
'rows',
'dropped_rows',
'settings',
'overall',
'groups',
'disparities',
'gates',
'warnings',
'passed',
],
properties: {
name: str,
description: str,
data: strs,
rows: report_schema_int,
dropped_rows: report_schema_int,
settings: {
type: 'object',
required: ['sensitive', 'intersections', 'min_group_size', 'metrics', 'zero_division'],
properties: {
sensitive: { ...strs, maxItems: schema .iO.sensitive },
intersections: {
type: 'array',
maxItems: schema .iO.intersections,
items: { ...strs, maxItems: schema .iO.intersectionSize },
},
control: { ...strs, maxItems: schema .iO.control },
min_group_size: report_schema_int,
min_positives: report_schema_int,
min_negatives: report_schema_int,
metrics: strs,
zero_division: { enum: ['undefined', 'fairlearn'] },
reference: strings,
},
},
overall: numbers,
overall_undefined: strings,
overall_counts: report_schema_counts,
overall_weighted: weighted,
overall_ci: intervals,
overall_delta: deltas,
confidence: {
anyOf: [
{ type: 'null' },
{
type: 'object',
required: ['level', 'replicates', 'seed'],
properties: { level: num, replicates: report_schema_int, seed: { type: 'integer' } },
},
],
},
baseline: { type: 'object', properties: { status: str, message: str } },
groups: { type: 'array', items: group },
disparities: { type: 'array', items: disparity, maxItems: MAX_DISPARITIES },
control,
gates: { type: 'array', items: gate, maxItems: schema .iO.gates * schema .iO.sensitive },
warnings: strs,
passed: bool,
},
};
const runProperties = {
started_at: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$' },
sha: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
ref: { type: 'string', maxLength: REPORT_CONFIG_CHARS, pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$' },
run_id: { type: 'string', pattern: '^[0-9]{1,20}$' },
run_attempt: report_schema_int,
};
const run = { type: 'object', required: ['started_at'], properties: runProperties };
const report_schema_history = {
type: 'object',
required: ['patterns', 'limit', 'matched', 'runs', 'skipped', 'skipped_count'],
properties: {
patterns: { ...strs, maxItems: MAX_HISTORY_PATTERNS },
limit: report_schema_int,
matched: report_schema_int,
runs: {
type: 'array',
maxItems: MAX_HISTORY_LIMIT,
items: { type: 'object', required: ['file', 'started_at'], properties: { file: str, ...runProperties } },
},
skipped: {
type: 'array',
maxItems: MAX_HISTORY_SKIPPED,
items: {
type: 'object',
required: ['file', 'kind', 'reason'],
properties: { file: str, kind: { enum: ['notice', 'warning'] }, reason: str },
},
},
skipped_count: report_schema_int,
},
};
const REPORT_SCHEMA = {
type: 'object',
required: ['schema_version', 'tool', 'config', 'passed', 'summary', 'audits'],
properties: {
schema_version: { type: 'integer' },
tool: {
type: 'object',
required: ['name', 'version'],
properties: { name: { const: 'model-audit-gate' }, version: str },
},
config: {
type: 'string',
minLength: 1,
maxLength: REPORT_CONFIG_CHARS,
pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$',
},
passed: bool,
summary: {
type: 'object',
required: ['gates', 'failed', 'warned', 'insufficient', 'passed'],
properties: { gates: report_schema_int, failed: report_schema_int, warned: report_schema_int, insufficient: report_schema_int, passed: report_schema_int },
},
baseline: { type: 'object', properties: { status: str, source: str, tool_version: str, message: str } },
run,
history: report_schema_history,
audits: { type: 'array', items: audit, maxItems: schema .iO.audits },
},
};
;
let validate;
let loading;
function loadReportValidator() {
return (loading ??= __webpack_require__.e( 525).then(__webpack_require__.bind(__webpack_require__, 6525)).then((m) => {
validate = m.validate;
}));
}
function checkReport(data) {
if (!validate)
throw new Error('checkReport: the report validator is not loaded (await loadReportValidator() first)');
if (validate(data))
return [];
return (validate.errors ?? [])
.slice(0, 10)
.map((e) => e.instancePath === '/config' && e.keyword !== 'type'
? `/config must be the config's path: one line of visible characters, at most ${REPORT_CONFIG_CHARS.toLocaleString('en-US')}`
: `${e.instancePath || '(the report)'} ${e.message ?? 'is invalid'}`);
}
const REPORT_MAX_BYTES = 32 * 1024 * 1024;
const REPORT_MAX_VALUES = 1_000_000;
const REPORT_MAX_DEPTH = 32;
const REPORT_MAX_STRING_CHARS = 1024 * 1024;
const REPORT_MAX_TEXT_CHARS = 2 * 1024 * 1024;
const REPORT_STRING_ALLOWANCE = 32;
const REPORT_MAX_KEYS = 10_000;
async function readReportText(path, expected) {
const [handle] = await Promise.all([(0,files_open .p_)(path, expected), loadReportValidator()]);
try {
const { size } = await handle.stat();
if (size > REPORT_MAX_BYTES)
return {
rejected: {
kind: 'too_large',
what: `${size.toLocaleString('en-US')} bytes, over the limit of ${REPORT_MAX_BYTES.toLocaleString('en-US')} (32 MiB)`,
},
};
const buffer = Buffer.alloc(Math.min(size, REPORT_MAX_BYTES) + 1);
let length = 0;
for (;;) {
const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
if (bytesRead === 0)
break;
length += bytesRead;
if (length === buffer.length)
break;
}
if (length > REPORT_MAX_BYTES)
return {
rejected: {
kind: 'too_large',
what: `over the limit of ${REPORT_MAX_BYTES.toLocaleString('en-US')} bytes (32 MiB)`,
},
};
return { text: buffer.toString('utf8', 0, length) };
}
finally {
await handle.close();
}
}
function shapeProblem(chunks) {
const scan = new ShapeScan();
for (const text of chunks) {
const problem = scan.feed(text);
if (problem)
return problem;
}
return null;
}
class ShapeScan {
values = 1;
depth = 0;
inString = false;
escaped = false;
textChars = 0;
before = 0;
pieces = null;
closed = null;
keys = new Set();
feed(text) {
let start = 0;
for (let i = 0; i < text.length; i++) {
const c = text.charCodeAt(i);
if (this.inString) {
if (this.escaped)
this.escaped = false;
else if (c === 0x5c)
this.escaped = true;
else if (c === 0x22) {
this.inString = false;
const length = this.before + i - start;
if (length > REPORT_STRING_ALLOWANCE &&
(this.textChars += length - REPORT_STRING_ALLOWANCE) > REPORT_MAX_TEXT_CHARS)
return `more than ${REPORT_MAX_TEXT_CHARS.toLocaleString('en-US')} characters (2 MiB) in its strings beyond the first ${REPORT_STRING_ALLOWANCE} of each`;
if (length > REPORT_MAX_STRING_CHARS)
return `a string longer than ${REPORT_MAX_STRING_CHARS.toLocaleString('en-US')} characters (1 MiB)`;
this.closed = { text, start, end: i, prefix: this.pieces?.join('') ?? '' };
this.before = 0;
this.pieces = null;
continue;
}
if (this.before + i - start > REPORT_MAX_STRING_CHARS)
return `a string longer than ${REPORT_MAX_STRING_CHARS.toLocaleString('en-US')} characters (1 MiB)`;
continue;
}
if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
continue;
if (this.closed) {
const k = this.closed;
if (c === 0x3a && this.keys.add(k.prefix + k.text.slice(k.start, k.end)).size > REPORT_MAX_KEYS)
return `more than ${REPORT_MAX_KEYS.toLocaleString('en-US')} distinct object keys (a report this tool writes has field, metric and column names: a few hundred)`;
this.closed = null;
}
if (c === 0x22) {
this.inString = true;
start = i + 1;
}
else if (c === 0x5b || c === 0x7b) {
if (++this.depth > REPORT_MAX_DEPTH)
return `nested more than ${REPORT_MAX_DEPTH} levels deep`;
this.values++;
}
else if (c === 0x5d || c === 0x7d)
this.depth--;
else if (c === 0x2c && ++this.values > REPORT_MAX_VALUES)
return `more than ${REPORT_MAX_VALUES.toLocaleString('en-US')} JSON values`;
}
if (this.inString) {
this.before += text.length - start;
(this.pieces ??= []).push(text.slice(start));
}
return null;
}
}
function* readableReportChunks(chunks) {
const scan = new ShapeScan();
let bytes = 0;
for (const chunk of chunks) {
bytes += Buffer.byteLength(chunk);
const problem = bytes > REPORT_MAX_BYTES ? `over ${REPORT_MAX_BYTES.toLocaleString('en-US')} bytes, 32 MiB` : scan.feed(chunk);
if (problem)
throw new ReportTooLargeError(problem);
yield chunk;
}
}
function readableReport(report) {
return surelyReadable(report) ? [`${JSON.stringify(report, null, 2)}\n`] : readableReportChunks(jsonChunks(report));
}
const READ_BACK = {
depth: REPORT_MAX_DEPTH,
values: REPORT_MAX_VALUES,
stringChars: REPORT_MAX_STRING_CHARS,
allowance: REPORT_STRING_ALLOWANCE,
textChars: REPORT_MAX_TEXT_CHARS,
keys: REPORT_MAX_KEYS,
};
function surelyReadable(value) {
return surelyShorter(value, WHOLE_CHARS, READ_BACK);
}
class ReportTooLargeError extends Error {
what;
constructor(what) {
super(`the JSON report would be one that no later run reads back as its baseline, history or workflow_run report (${what}), so no change gate could ever be checked against it; nothing was written: audit fewer groups (fewer sensitive attributes or intersections, a lower max_groups) or fewer metrics`);
this.what = what;
this.name = 'ReportTooLargeError';
}
}
function groupsProblem(report) {
let groups = 0;
let controlled = null;
for (const [index, a] of report.audits.entries()) {
groups += a.groups.length;
let cells = 0;
for (const level of a.control?.levels ?? [])
cells += level.groups.length;
groups += cells;
if (cells > MAX_CONTROLLED_CELLS && !controlled)
controlled = { index, cells };
}
if (groups > accumulate .ao)
return `${groups.toLocaleString('en-US')} groups over its audits and control levels, more than the ${accumulate .ao.toLocaleString('en-US')} a run may have`;
return controlled
? `${controlled.cells.toLocaleString('en-US')} (level, group) cells in the control levels of audits[${controlled.index}], more than the ${MAX_CONTROLLED_CELLS.toLocaleString('en-US')} a controlled audit may have`
: null;
}
function parseReport(text) {
if (text.length > REPORT_MAX_BYTES)
return {
rejected: {
kind: 'too_large',
what: `${text.length.toLocaleString('en-US')} characters, over the limit of ${REPORT_MAX_BYTES.toLocaleString('en-US')}`,
},
};
const shape = shapeProblem([text]);
if (shape)
return { rejected: { kind: 'too_large', what: shape } };
let data;
try {
data = JSON.parse(text);
}
catch (e) {
return { rejected: { kind: 'json', error: e.message } };
}
const r = data;
if (!r ||
typeof r !== 'object' ||
r.tool?.name !== 'model-audit-gate' ||
!Array.isArray(r.audits) ||
typeof r.config !== 'string' ||
!r.summary)
return { rejected: { kind: 'not_report' } };
if (r.schema_version !== REPORT_SCHEMA_VERSION)
return { rejected: { kind: 'version', version: r.schema_version } };
const wrong = checkReport(r);
if (wrong.length > 0)
return { rejected: { kind: 'invalid', details: wrong } };
const many = groupsProblem(r);
if (many)
return { rejected: { kind: 'too_large', what: many } };
const contradictions = inconsistencies(r);
if (contradictions.length > 0)
return { rejected: { kind: 'inconsistent', details: contradictions } };
return { report: r };
}
function inconsistencies(report) {
const out = [];
const gates = report.audits.flatMap((a) => a.gates);
report.audits.forEach((a, i) => {
a.gates.forEach((g, j) => {
const allowed = g.status === 'insufficient' ? (g.level === 'error' ? ['pass', 'warn', 'fail'] : ['pass', 'warn']) : [g.status];
if (!allowed.includes(g.effect))
out.push(`/audits/${i}/gates/${j}: effect '${g.effect}' does not follow from status '${g.status}' at level '${g.level}'`);
});
a.gates.forEach((g, j) => {
const why = statusProblem(g);
if (why)
out.push(`/audits/${i}/gates/${j}: status '${g.status}' ${why}`);
const seen = new Set();
g.control?.levels.forEach((l, k) => {
const at = `/audits/${i}/gates/${j}/control/levels/${k}`;
if (seen.has(l.level))
out.push(`${at}: level '${l.level}' is listed twice`);
seen.add(l.level);
const milder = levelStatusProblem(g, l);
if (milder)
out.push(`${at}: status '${l.status}' ${milder}`);
});
});
const passed = !a.gates.some((g) => g.effect === 'fail');
if (a.passed !== passed)
out.push(`/audits/${i}/passed is ${String(a.passed)}, but ${passed ? 'no gate fails' : 'a gate fails'}`);
});
out.push(...outOfRange(report));
const passed = !gates.some((g) => g.effect === 'fail');
if (report.passed !== passed)
out.push(`/passed is ${String(report.passed)}, but ${passed ? 'no gate fails' : 'a gate fails'}`);
const summary = {
gates: gates.length,
failed: gates.filter((g) => g.effect === 'fail').length,
warned: gates.filter((g) => g.effect === 'warn').length,
insufficient: gates.filter((g) => g.status === 'insufficient').length,
passed: gates.filter((g) => g.effect === 'pass').length,
};
for (const k of Object.keys(summary)) {
if (report.summary[k] !== summary[k])
out.push(`/summary/${k} is ${String(report.summary[k])}, but the gates count ${summary[k]}`);
}
return out.slice(0, 10);
}
const STATUS_RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
function statusProblem(g) {
if (g.value === null)
return g.status === 'insufficient' ? null : 'but the gate has no value';
const value = g.value;
const on = g.on ?? 'point';
const ci = g.ci ?? undefined;
const milder = (need) => STATUS_RANK[g.status] < STATUS_RANK[need] && !(g.status === 'insufficient' && comparesGroups(g.metric));
const bounded = g.threshold.min !== undefined || g.threshold.max !== undefined;
if (bounded) {
if (on === 'interval' && !ci && !g.each_group) {
if (g.status === 'pass')
return 'but the gate is judged on its interval and has none';
}
else {
const need = statusOfVerdict(judge(value, ci, g.threshold, on).verdict, g.level);
if (milder(need))
return `is milder than its value ${String(value)}${ci ? ` (interval [${String(ci[0])}, ${String(ci[1])}])` : ''} against its bounds gives ('${need}')`;
}
}
if (g.change) {
const history = g.history;
const reference = g.against === 'history_median'
? history && history.count >= (g.min_history ?? types .A8)
? history.median
: null
: (g.delta?.baseline ?? null);
if (reference !== null) {
const need = statusOfVerdict(judge(value, ci, changeThreshold(reference, g.change), on).verdict, g.level);
if (milder(need))
return `is milder than its change from ${String(reference)} to ${String(value)} against its change bounds gives ('${need}')`;
}
}
return null;
}
function levelStatusProblem(g, l) {
if (l.value === null)
return null;
if ((g.on ?? 'point') !== 'point')
return null;
if (g.threshold.min === undefined && g.threshold.max === undefined)
return null;
const need = statusOfVerdict(judge(l.value, undefined, g.threshold, 'point').verdict, g.level);
const milder = STATUS_RANK[l.status] < STATUS_RANK[need] && !(l.status === 'insufficient' && comparesGroups(g.metric));
return milder ? `is milder than its value ${String(l.value)} against its bounds gives ('${need}')` : null;
}
function isBounded(metric) {
const resolved = (0,catalog .w9)(metric);
return resolved !== undefined && !(0,catalog .Mx)(resolved).some((m) => catalog .FE.has(m));
}
function outOfRange(report) {
const out = [];
const check = (path, metric, v) => {
if (typeof v === 'number' && (v < 0 || v > 1) && isBounded(metric))
out.push(`${path} is ${String(v)}, outside [0, 1] where ${metric} lies`);
};
const metrics = (path, m) => {
for (const [k, v] of Object.entries(m))
check(`${path}/${k}`, k, v);
};
report.audits.forEach((a, i) => {
metrics(`/audits/${i}/overall`, a.overall);
a.groups.forEach((g, k) => metrics(`/audits/${i}/groups/${k}/metrics`, g.metrics));
a.gates.forEach((g, j) => {
check(`/audits/${i}/gates/${j}/value`, g.metric, g.value);
g.control?.levels.forEach((l, k) => check(`/audits/${i}/gates/${j}/control/levels/${k}/value`, g.metric, l.value));
g.history?.values.forEach((v, n) => check(`/audits/${i}/gates/${j}/history/values/${n}`, g.metric, v));
if (g.history)
check(`/audits/${i}/gates/${j}/history/median`, g.metric, g.history.median);
});
});
return out.slice(0, 10);
}
function parseBaseline(input, source,
role = 'a baseline report') {
const parsed = typeof input === 'string' ? parseReport(input) : 'text' in input ? parseReport(input.text) : input;
if ('report' in parsed)
return parsed;
const why = parsed.rejected;
switch (why.kind) {
case 'json':
return { problem: `${source} is not JSON (${why.error}); pass the JSON report of a previous run` };
case 'too_large':
return {
problem: `${source} is too large for ${role} (${why.what}); pass the JSON report of a previous run, unedited`,
};
case 'not_report':
return {
problem: `${source} is not a model-audit-gate JSON report (no schema_version and audits); pass the report a previous run wrote`,
};
case 'version':
return {
problem: `${source} is a report of schema version ${String(why.version)}; this version reads ${REPORT_SCHEMA_VERSION}: compare against a report of the same tool version`,
};
case 'invalid':
return {
problem: `${source} is not a valid report (${why.details.join('; ')}); pass the report a previous run wrote, unedited`,
};
case 'inconsistent':
return {
problem: `${source} contradicts its own gates (${why.details.join('; ')}); pass the report a previous run wrote, unedited`,
};
}
}
;
function deltaOf(current, base, ci) {
const b = base ?? null;
const change = current !== null && b !== null ? current - b : null;
return {
baseline: b,
change,
relative_change: change !== null && b !== null && b !== 0 ? change / Math.abs(b) : null,
outside_interval: ci && b !== null ? b < ci[0] || b > ci[1] : null,
};
}
const keyOf = (...parts) => parts.map((p) => (p === undefined ? '~' : JSON.stringify(p))).join('\n');
const attributeOf = (a) => (Array.isArray(a) ? [...a].sort() : a);
const disparityKey = (metric, attribute, method) => keyOf(metric, attributeOf(attribute), method ?? null);
function groupKeyOf(g) {
if (!Array.isArray(g.attribute))
return keyOf(g.attribute, g.key);
const columns = attributeOf(g.attribute);
return keyOf(columns, columns.map((c) => (Object.hasOwn(g.group, c) ? g.group[c] : null)));
}
function firstByKey(items, key) {
const out = new Map();
for (const item of items) {
const k = key(item);
if (!out.has(k))
out.set(k, item);
}
return out;
}
const gateKey = (g) => g.control
? keyOf(g.metric, attributeOf(g.attribute), g.method ?? null, g.agg ?? null, g.each_group, g.control.chosen === 'named' ? g.control.level : null)
: keyOf(g.metric, attributeOf(g.attribute), g.method ?? null, g.agg ?? null, g.each_group);
function indexValues(v) {
return {
groups: firstByKey(v.groups, groupKeyOf),
disparities: firstByKey(v.disparities, (d) => disparityKey(d.metric, d.attribute, d.method)),
disparitiesExact: firstByKey(v.disparities, (d) => keyOf(d.metric, attributeOf(d.attribute), d.method)),
};
}
function indexBaseline(audit) {
return { audit, gates: firstByKey(audit.gates, gateKey), ...indexValues(audit) };
}
function indexGateValues(audit) {
let disparities;
return {
audit,
gates: firstByKey(audit.gates, gateKey),
get disparities() {
return (disparities ??= firstByKey(audit.disparities, (d) => disparityKey(d.metric, d.attribute, d.method)));
},
};
}
const gateKeyOf = gateKey;
function controlledBaselineValue(gate, c, base) {
const control = gate.control;
const none = { value: null, found: false };
if (!base.control)
return none;
if (control.chosen === 'named') {
const level = base.control.levels.find((l) => l.level === control.level);
if (!level)
return none;
if (gate.attribute === null && c.base)
return c.base in level.overall ? { value: level.overall[c.base], found: true } : none;
const want = disparityKey(c.name, gate.attribute, gate.method);
const d = level.disparities.find((x) => disparityKey(x.metric, x.attribute, x.method) === want);
return d ? { value: d.value, found: true } : none;
}
const want = disparityKey(c.name, gate.attribute, gate.method);
const w = base.control.worst.find((x) => disparityKey(x.metric, x.attribute, x.method) === want);
return w ? { value: w.value, found: true } : none;
}
function baseline_canonical(metric) {
const r = (0,catalog .w9)(metric);
if (!r)
return null;
if (r.type === 'base')
return { name: r.metric, base: r.metric, type: 'base' };
if (r.type === 'aggregate')
return { name: `${r.metric}_${r.kind}`, base: r.metric, type: 'aggregate' };
return { name: r.name, base: null, type: 'fairness' };
}
function baselineValueOf(gate, index, key = gateKey(gate)) {
const base = index.audit;
const same = index.gates.get(key);
if (same)
return { value: same.value, found: true };
if (gate.agg === 'mean')
return { value: null, found: false };
const c = baseline_canonical(gate.metric);
if (!c)
return { value: null, found: false };
if (gate.control)
return controlledBaselineValue(gate, c, base);
if (gate.attribute === null && c.base) {
return c.base in base.overall ? { value: base.overall[c.base], found: true } : { value: null, found: false };
}
const d = index.disparities.get(disparityKey(c.name, gate.attribute, gate.method));
return d ? { value: d.value, found: true } : { value: null, found: false };
}
function describeChange(change) {
const parts = [];
if (change.max_increase !== undefined)
parts.push(`max_increase ${fmt(change.max_increase)}`);
if (change.max_decrease !== undefined)
parts.push(`max_decrease ${fmt(change.max_decrease)}`);
if (change.max_relative_change !== undefined)
parts.push(`max_relative_change ${fmt(change.max_relative_change)}`);
return parts.join(', ');
}
const signed = (x) => `${x > 0 ? '+' : x < 0 ? '\u2212' : '\u00b1'}${fmt(Math.abs(x))}`;
const baseline_RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
function judgeChange(gate, reference, words) {
const value = gate.value;
const change = gate.change;
if (!change || value === null)
return gate;
const hasBounds = gate.threshold.min !== undefined || gate.threshold.max !== undefined;
let status;
let note;
if (reference === null) {
status = 'insufficient';
note = `${words.missing}, so ${describeChange(change)} was not checked`;
}
else {
const t = changeThreshold(reference, change);
const j = judge(value, gate.ci ?? undefined, t, gate.on ?? 'point');
const d = value - reference;
status = statusOfVerdict(j.verdict, gate.level);
const straddle = j.verdict === 'straddle'
? ', but the interval straddles the limit: the data cannot tell'
: j.verdict === 'breach' && gate.on === 'interval'
? ', and so does the whole interval'
: '';
note = `${signed(d)} against ${words.against} ${fmt(reference)} (${j.verdict === 'pass' ? 'within' : 'beyond'} ${describeChange(change)})${straddle}`;
}
const combined = !hasBounds ? status : baseline_RANK[status] > baseline_RANK[gate.status] ? status : gate.status;
const head = !hasBounds && gate.message.endsWith(`, ${words.pending}`)
? gate.message.slice(0, -`, ${words.pending}`.length)
: !hasBounds && gate.message.endsWith(`: ${words.pending}`)
? gate.message.slice(0, -`: ${words.pending}`.length)
: gate.message;
return {
...gate,
status: combined,
effect: effectOf(combined, gate.level, gate.insufficient_policy ?? 'warn'),
message: `${head}; ${note}`,
};
}
function levelBaselineValue(gate, level, base) {
const same = base.gates.get(gateKey(gate));
const entry = same?.control?.levels.find((l) => l.level === level);
const worst = () => ({
...baselineValueOf(gate, base),
against: "the baseline's worst level",
});
const bounded = gate.threshold.min !== undefined || gate.threshold.max !== undefined;
if (entry && bounded && entry.status === 'insufficient')
return worst();
if (entry)
return { value: entry.value ?? null, found: true, against: `level ${level}'s baseline` };
const c = baseline_canonical(gate.metric);
const named = {
...gate,
control: { ...gate.control, chosen: 'named', level },
};
const v = c ? controlledBaselineValue(named, c, base.audit) : { value: null, found: false };
if (v.found)
return { ...v, against: `level ${level}'s baseline` };
return worst();
}
function applyToGate(gate, base, why) {
const each = base && gate.against !== 'history_median'
? judgeEachLevel(gate, (result, level) => {
const found = levelBaselineValue(gate, level, base);
return judgeChange({ ...result, delta: deltaOf(result.value, found.value, result.ci ?? undefined) }, found.value, {
against: found.against,
missing: `no baseline value (${found.found ? 'undefined in the baseline' : 'not in the baseline'})`,
pending: NO_BASELINE,
});
})
: null;
if (each)
return each;
const found = base ? baselineValueOf(gate, base) : { value: null, found: false };
const out = { ...gate, delta: deltaOf(gate.value, found.value, gate.ci ?? undefined) };
if (gate.against === 'history_median')
return out;
return judgeChange(out, found.value, {
against: 'the baseline',
missing: `no baseline value (${base ? (found.found ? 'undefined in the baseline' : 'not in the baseline') : why})`,
pending: NO_BASELINE,
});
}
function groupDeltas(group, base) {
const b = base.groups.get(groupKeyOf(group));
if (!b || !group.present)
return group;
const deltas = {};
for (const m of Object.keys(group.metrics)) {
if (m === 'count')
continue;
deltas[m] = deltaOf(group.metrics[m], b.metrics[m], group.ci?.[m] ?? undefined);
}
return { ...group, deltas };
}
function disparityDelta(d, base) {
const b = base.disparitiesExact.get(keyOf(d.metric, attributeOf(d.attribute), d.method));
return { ...d, delta: deltaOf(d.value, b ? b.value : null, d.ci ?? undefined) };
}
function levelDeltas(level, base) {
const b = base.control?.levels.find((l) => l.level === level.level);
if (!b)
return level;
const index = indexValues(b);
const overall = {};
for (const m of Object.keys(level.overall))
if (m !== 'count')
overall[m] = deltaOf(level.overall[m], b.overall[m], level.overall_ci?.[m] ?? undefined);
return {
...level,
overall_delta: overall,
groups: level.groups.map((g) => groupDeltas(g, index)),
disparities: level.disparities.map((d) => disparityDelta(d, index)),
};
}
function applyBaseline(report, baseline, options = {}) {
const source = options.source ?? null;
const status = baseline
? { source, status: 'compared', ...(baseline.tool?.version ? { tool_version: baseline.tool.version } : {}) }
: {
source,
status: options.missing ? 'missing' : options.problem ? 'invalid' : 'none',
message: options.problem ?? 'no baseline report given',
};
const baseAudits = firstByKey(baseline?.audits ?? [], (a) => a.name);
const audits = report.audits.map((audit) => {
const found = baseAudits.get(audit.name);
const index = found ? indexBaseline(found) : null;
const base = index?.audit ?? null;
const why = baseline ? `the baseline has no audit '${audit.name}'` : (options.problem ?? 'no baseline report given');
const auditStatus = base
? { status: 'compared' }
: { status: baseline ? 'missing_audit' : 'none', message: why };
const gates = audit.gates.map((g) => applyToGate(g, index, why));
const out = { ...audit, gates, baseline: auditStatus, passed: !gates.some((g) => g.effect === 'fail') };
if (base && index) {
const overallDelta = {};
for (const m of Object.keys(audit.overall))
if (m !== 'count')
overallDelta[m] = deltaOf(audit.overall[m], base.overall[m], audit.overall_ci?.[m] ?? undefined);
out.overall_delta = overallDelta;
out.groups = audit.groups.map((g) => groupDeltas(g, index));
out.disparities = audit.disparities.map((d) => disparityDelta(d, index));
if (audit.control)
out.control = { ...audit.control, levels: audit.control.levels.map((l) => levelDeltas(l, base)) };
}
return out;
});
const gates = audits.flatMap((a) => a.gates);
return {
...report,
passed: audits.every((a) => a.passed),
summary: summarizeGates(gates),
baseline: status,
audits,
};
}
var data_bins = __webpack_require__(2316);
var version = __webpack_require__(311);
;
function toGroupReports(table) {
return table.groupings.flatMap((grouping) => grouping.groups.map((g) => ({
attribute: grouping.columns.length === 1 ? grouping.columns[0] : [...grouping.columns],
group: g.group,
key: g.key,
present: g.present,
...sizesOf(g),
metrics: g.metrics,
undefined: g.undefined,
sufficient: g.sufficient,
...(g.insufficientReason ? { insufficient_reason: g.insufficientReason } : {}),
...(g.insufficientFor ? { insufficient_for: g.insufficientFor } : {}),
...(g.ci ? { ci: g.ci } : {}),
})));
}
function sizesOf(g) {
const w = g.weights;
const rows = w ? w.rows : g.counts;
return {
count: rows.tp + rows.fp + rows.tn + rows.fn,
counts: { tp: rows.tp, fp: rows.fp, tn: rows.tn, fn: rows.fn },
...(w ? { weighted: weightedOf(g.counts, w) } : {}),
};
}
function weightedOf(counts, w) {
return {
weight_sum: w.weightSum,
n_eff: w.nEff,
counts: { tp: counts.tp, fp: counts.fp, tn: counts.tn, fn: counts.fn },
squares: { tp: w.squares.tp, fp: w.squares.fp, tn: w.squares.tn, fn: w.squares.fn },
};
}
const CONFIDENCE_METHODS = {
rates: 'Wilson score interval',
other: 'percentile interval of a seeded Poisson bootstrap of the per-group confusion counts (f1, balanced accuracy, differences, ratios, group extremes, gated values)',
roc_auc: "DeLong's standard error, normal interval clipped to [0, 1]; in the bootstrap each group's AUC is drawn from that normal, and AUC comparisons to overall get no interval",
};
function countInsufficient(table) {
return table.groupings.map((grouping) => {
const present = grouping.groups.filter((g) => g.present);
return {
attribute: grouping.columns.length === 1 ? grouping.columns[0] : [...grouping.columns],
groups: present.length,
insufficient: present.filter((g) => !g.sufficient).map((g) => g.key),
insufficient_for_some_metrics: present.filter((g) => g.sufficient && g.insufficientFor).map((g) => g.key),
empty_cells: grouping.groups.filter((g) => !g.present).map((g) => g.key),
};
});
}
function binningOf(audit, stats, table) {
const columns = Object.keys(audit.bins ?? {});
if (columns.length === 0)
return {};
const binning = Object.create(null);
for (const column of columns) {
const edges = audit.bins[column];
const labels = (0,data_bins .H1)(edges);
const rows = new Map(labels.map((l) => [l, 0]));
const grouping = table.groupings.find((g) => g.columns.includes(column));
if (grouping) {
const i = grouping.columns.indexOf(column);
for (const g of grouping.groups) {
const v = g.values[i];
if (g.present && rows.has(v))
rows.set(v, rows.get(v) + (g.metrics.count ?? 0));
}
}
const range = stats.binRanges?.[column];
binning[column] = {
edges: [...edges],
bins: labels.map((label, b) => ({
label,
rows: rows.get(label),
min: range?.min[b] ?? null,
max: range?.max[b] ?? null,
})),
};
}
return { binning };
}
const lowIsWorst = (metric) => /_ratio$|_group_min$|^disparate_impact$/.test(metric);
function controlReport(columns, levels) {
const reports = levels.map(({ level, disparities }) => ({
level: level.key,
control: level.control,
rows: level.table.rows,
overall: level.table.overall.metrics,
overall_undefined: level.table.overall.undefined,
overall_counts: level.table.overall.counts,
...(level.table.overall.ci ? { overall_ci: level.table.overall.ci } : {}),
groups: toGroupReports(level.table),
insufficient: countInsufficient(level.table) ?? [],
disparities,
}));
const first = levels[0]?.disparities ?? [];
const worst = first.map((d, i) => {
const low = lowIsWorst(d.metric);
let level = null;
let value = null;
for (const l of levels) {
const v = l.disparities[i].value;
if (v === null || Number.isNaN(v))
continue;
if (value === null || (low ? v < value : v > value)) {
value = v;
level = l.level.key;
}
}
return { attribute: d.attribute, metric: d.metric, method: d.method, level, value };
});
return { columns: [...columns], levels: reports, worst };
}
function assembleAuditReport({ audit, data, stats, table, disparities, gates, warnings, levels, }) {
const controlled = levels !== undefined && audit.control.length > 0;
return {
name: audit.name,
...(audit.description ? { description: audit.description } : {}),
data,
rows: stats.rows,
dropped_rows: stats.dropped,
settings: {
label: audit.label,
prediction: audit.prediction ?? null,
score: audit.score ?? null,
...(audit.weight ? { weight: audit.weight } : {}),
threshold: audit.prediction ? null : audit.threshold,
positive_label: audit.positive_label,
sensitive: audit.sensitive,
intersections: audit.intersections,
...(controlled ? { control: audit.control } : {}),
min_group_size: audit.min_group_size,
...(audit.min_positives !== undefined ? { min_positives: audit.min_positives } : {}),
...(audit.min_negatives !== undefined ? { min_negatives: audit.min_negatives } : {}),
...(Object.keys(audit.reference).length > 0
? { reference: Object.fromEntries(Object.entries(audit.reference).map(([k, v]) => [k, describeReference(v)])) }
: {}),
zero_division: audit.zero_division,
missing: audit.missing,
metrics: audit.metrics,
},
...binningOf(audit, stats, table),
overall: table.overall.metrics,
overall_undefined: table.overall.undefined,
overall_counts: sizesOf(table.overall).counts,
...(table.overall.weights ? { overall_weighted: weightedOf(table.overall.counts, table.overall.weights) } : {}),
...(table.overall.ci ? { overall_ci: table.overall.ci } : {}),
confidence: audit.confidence ? { ...audit.confidence, methods: CONFIDENCE_METHODS } : null,
groups: controlled ? [] : toGroupReports(table),
insufficient: controlled ? [] : countInsufficient(table),
...(controlled ? { control: controlReport(audit.control, levels) } : {}),
disparities: controlled ? [] : disparities,
gates,
warnings,
passed: !gates.some((g) => g.effect === 'fail'),
};
}
function buildReport(configFile, audits) {
const gates = audits.flatMap((a) => a.gates);
return {
schema_version: REPORT_SCHEMA_VERSION,
tool: { name: 'model-audit-gate', version: version .x },
config: configFile,
passed: audits.every((a) => a.passed),
summary: summarizeGates(gates),
audits,
};
}
function runInfoOf(env, startedAt) {
const epoch = env.SOURCE_DATE_EPOCH?.trim();
if (epoch && /^[0-9]{1,11}$/.test(epoch))
startedAt = new Date(Number(epoch) * 1000);
const sha = env.GITHUB_SHA?.toLowerCase();
const ref = env.GITHUB_REF;
const id = env.GITHUB_RUN_ID;
const attempt = env.GITHUB_RUN_ATTEMPT;
return {
started_at: startedAt.toISOString(),
...(sha && /^[0-9a-f]{7,64}$/.test(sha) ? { sha } : {}),
...(ref && ref.length <= 1024 && /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u.test(ref) ? { ref } : {}),
...(id && /^[0-9]{1,20}$/.test(id) ? { run_id: id } : {}),
...(attempt && /^[0-9]{1,9}$/.test(attempt) ? { run_attempt: Number(attempt) } : {}),
};
}
var collect = __webpack_require__(5290);
;
function zFor(level) {
const tail = (1 - level) / 2;
return 1 - tail < 1 ? normalQuantile(1 - tail) : -normalQuantile(tail);
}
function wilsonInterval(successes, trials, z) {
if (trials <= 0)
return null;
const p = successes / trials;
const z2 = z * z;
const denom = 1 + z2 / trials;
const centre = (p + z2 / (2 * trials)) / denom;
const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
return [successes === 0 ? 0 : Math.max(0, centre - half), successes === trials ? 1 : Math.min(1, centre + half)];
}
const WILSON_METRICS = catalog .OV.filter((m) => (0,catalog .tS)(m) === 'wilson');
function wilsonIntervals(c, z, squares,
rows) {
const out = {};
for (const m of WILSON_METRICS) {
const p = (0,catalog .a1)(m);
const num = (0,catalog .SF)(p.num, c);
const den = (0,catalog .SF)(p.den, c);
if (!squares) {
out[m] = wilsonInterval(num, den, z);
continue;
}
const q = (0,catalog .SF)(p.den, squares);
if (!(den > 0) || !(q > 0)) {
out[m] = null;
continue;
}
const n = kishSize(den, q, rows ? (0,catalog .SF)(p.den, rows) : Infinity);
const ci = wilsonInterval((num / den) * n, n, z);
out[m] = ci && [num === 0 ? 0 : ci[0], num === den ? 1 : ci[1]];
}
return out;
}
function kishSize(sum, squares, rows = Infinity) {
return squares > 0 ? Math.min((sum * sum) / squares, rows) : 0;
}
function normalInterval(estimate, se, z) {
return [Math.max(0, estimate - z * se), Math.min(1, estimate + z * se)];
}
;
function computeMetrics(c, zeroDivision, rocAuc,
rows) {
const fl = zeroDivision === 'fairlearn';
const values = {};
const undef = {};
const dens = new Map();
for (const metric of catalog .OV) {
const f = (0,catalog .yD)(metric).formula;
let v;
switch (f.kind) {
case 'sum':
v = (0,catalog .SF)(f.of, rows ?? c);
break;
case 'ratio': {
const den = (0,catalog .SF)(f.den, c);
dens.set(metric, den);
if (den > 0)
v = (0,catalog .SF)(f.num, c) / den;
else if (fl)
v = 0;
else {
v = null;
undef[metric] = rows && (0,catalog .SF)(f.den, rows) > 0 ? `${f.undefinedWhen} of weight above 0` : f.undefinedWhen;
}
break;
}
case 'mean': {
const parts = f.of;
if (fl) {
const present = parts.filter((p) => dens.get(p) > 0);
v = present.length === 0 ? 0 : present.reduce((s, p) => s + values[p], 0) / present.length;
}
else if (parts.every((p) => values[p] !== null)) {
v = parts.reduce((s, p) => s + values[p], 0) / parts.length;
}
else {
v = null;
const missing = parts.filter((p) => values[p] === null);
undef[metric] = missing.length === parts.length ? f.emptyReason : undef[missing[0]];
}
break;
}
case 'score':
v = null;
if (!rocAuc)
undef[metric] = 'no score column';
else if (rocAuc.value === null)
undef[metric] = rocAuc.reason ?? 'not computed';
else
v = rocAuc.value;
break;
}
values[metric] = v;
}
return { values, undefined: undef };
}
;
function metricsOf(cell, options) {
const m = computeMetrics(cell, options.zeroDivision, cell.sketch?.auc(), cell.weights?.rows);
if (options.level === undefined)
return m;
const z = zFor(options.level);
m.ci = wilsonIntervals(cell, z, cell.weights?.squares, cell.weights?.rows);
for (const k of Object.keys(m.ci))
if (m.values[k] === null)
m.ci[k] = null;
if (cell.sketch) {
const d = cell.sketch.delong();
m.ci.roc_auc = d ? normalInterval(d.auc, d.se, z) : null;
if (d)
m.aucSe = d.se;
}
return m;
}
function cartesian(lists) {
return lists.reduce((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}
const table_KEY_SEPARATOR = ' | ';
const table_escapeKeyValue = (v) => v.replace(/[\\|]/g, (c) => `\\${c}`);
function computeMetricTable(acc, options) {
const overallMetrics = metricsOf(acc.overall, options);
const overallWeights = weightsOf(acc.overall);
const overall = {
counts: pickCounts(acc.overall),
...(overallWeights ? { weights: overallWeights } : {}),
metrics: overallMetrics.values,
undefined: overallMetrics.undefined,
...(overallMetrics.ci ? { ci: overallMetrics.ci } : {}),
};
const groupings = acc.groupings.map((grouping, g) => {
const cells = acc.cells[g];
const columns = grouping.columns;
const perColumn = columns.map((column, i) => {
const seen = new Set();
for (const cell of cells.values())
seen.add(cell.values[i]);
const sorted = [...seen];
const bins = options.binLabels && Object.hasOwn(options.binLabels, column) ? options.binLabels[column] : undefined;
sorted.sort(bins ? (0,data_bins .wk)(bins) : (0,accumulate .Kw)(sorted));
return sorted;
});
const combos = columns.length === 1 ? perColumn[0].map((v) => [v]) : cartesian(perColumn);
const groups = combos.map((values) => {
const group = Object.fromEntries(columns.map((c, i) => [c, values[i]]));
const key = values.join(table_KEY_SEPARATOR);
const cell = cells.get((0,accumulate .$6)(values));
if (!cell) {
const metrics = Object.fromEntries(catalog .OV.map((m) => [m, m === 'count' ? 0 : null]));
const undef = Object.fromEntries(catalog .OV.filter((m) => m !== 'count').map((m) => [m, 'no rows in this combination']));
return {
key,
group,
values,
present: false,
counts: { tp: 0, fp: 0, tn: 0, fn: 0 },
metrics,
undefined: undef,
sufficient: false,
insufficientReason: 'no rows in this combination',
};
}
const m = metricsOf(cell, options);
const n = m.values.count;
const weights = weightsOf(cell);
const size = weights ? weights.nEff : n;
const sufficient = size >= options.minGroupSize;
const short = shortOf(cell, options);
return {
key,
group,
values,
present: true,
counts: pickCounts(cell),
...(weights ? { weights } : {}),
metrics: m.values,
undefined: m.undefined,
sufficient,
...(sufficient
? {}
: {
insufficientReason: weights
? `effective size ${effective(size)} (Kish, of ${n} weighted rows), below min_group_size ${options.minGroupSize}`
: `${n} rows, below min_group_size ${options.minGroupSize}`,
}),
...(short ? { insufficientFor: short } : {}),
...(m.ci ? { ci: m.ci } : {}),
...(m.aucSe !== undefined ? { aucSe: m.aucSe } : {}),
};
});
return { columns: [...columns], groups: columns.length > 1 ? withDistinctKeys(groups) : groups };
});
return { rows: acc.rows, overall, groupings };
}
function withDistinctKeys(groups) {
const keys = new Set(groups.map((g) => g.key));
if (keys.size === groups.length)
return groups;
return groups.map((g) => ({ ...g, key: g.values.map(table_escapeKeyValue).join(table_KEY_SEPARATOR) }));
}
const POSITIVE_METRICS = catalog .OV.filter((m) => (0,catalog .OX)(m).positives);
const NEGATIVE_METRICS = catalog .OV.filter((m) => (0,catalog .OX)(m).negatives);
function shortOf(c, options) {
const out = {};
const w = c.weights;
const pos = w ? kishSize(c.tp + c.fn, w.squares.tp + w.squares.fn, w.rows.tp + w.rows.fn) : c.tp + c.fn;
const neg = w ? kishSize(c.fp + c.tn, w.squares.fp + w.squares.tn, w.rows.fp + w.rows.tn) : c.fp + c.tn;
const what = (n, kind) => w ? `effective size ${effective(n)} (Kish) of the ${kind} labels` : `${n} ${kind} labels`;
if (options.minNegatives !== undefined && neg < options.minNegatives)
for (const m of NEGATIVE_METRICS)
out[m] = `${what(neg, 'negative')}, below min_negatives ${options.minNegatives}`;
if (options.minPositives !== undefined && pos < options.minPositives)
for (const m of POSITIVE_METRICS)
out[m] = `${what(pos, 'positive')}, below min_positives ${options.minPositives}`;
return Object.keys(out).length > 0 ? out : undefined;
}
function effective(n) {
return String(Math.round(n * 100) / 100);
}
function weightsOf(c) {
const w = c.weights;
if (!w)
return undefined;
const weightSum = c.tp + c.fp + c.tn + c.fn;
const squares = w.squares.tp + w.squares.fp + w.squares.tn + w.squares.fn;
return {
rows: { ...w.rows },
squares: { ...w.squares },
weightSum,
nEff: kishSize(weightSum, squares, w.rows.tp + w.rows.fp + w.rows.tn + w.rows.fn),
};
}
function pickCounts(c) {
return { tp: c.tp, fp: c.fp, tn: c.tn, fn: c.fn };
}
;
function gatedGroupings(gates, table, overall = gates.length > 0) {
const out = new Set();
if (overall && table.groupings.length > 0)
out.add(0);
for (const gate of gates) {
if ((0,catalog .w9)(gate.metric)?.type === 'base' && !gate.each_group)
continue;
for (const { index } of scopes(gate, table))
out.add(index);
}
return out;
}
;
function columnProblem(audit, configFile, key, column, table, role) {
const pos = audit.keyPos[key] ?? audit.pos;
const hint = (0,config_problem .au)(column, table.table.columns) ||
`; columns: ${table.table.columns.slice(0, 20).join(', ')}${table.table.columns.length > 20 ? ', \u2026' : ''}`;
return {
file: configFile,
line: pos.line,
column: pos.column,
message: `${role} column '${column}' is not in ${table.display}${hint}`,
};
}
async function sameCopies(t, copies, role, caseOnly = false) {
try {
for await (const { cells, line } of t.table.records(copies)) {
const first = cells[0];
const other = cells.findIndex((c) => String(c ?? '') !== String(first ?? ''));
if (other > 0) {
return {
file: t.display,
line,
...(caseOnly ? { column: t.table.columns.indexOf(copies[other]) + 1 } : {}),
message: caseOnly
? `the header has columns '${copies[0]}' (the audit's ${role} column) and '${copies[other]}', whose names differ only in case, and they differ on this row (${(0,data_values .vp)(first)} and ${(0,data_values .vp)(cells[other])}): DuckDB, Spark and BigQuery match column names case-insensitively (quoted too), so the query of \`model-audit-gate sql\` would read one for the other (red team 32 R32-10); rename one of them`
: `the header has more than one column '${copies[0]}' (the audit's ${role} column), and they differ on this row (${(0,data_values .vp)(first)} and ${(0,data_values .vp)(cells[other])}); rename them so that one is '${copies[0]}'`,
};
}
}
}
catch (e) {
if (!(e instanceof config_problem .Mm))
throw e;
}
return null;
}
function renamedTwin(table, column) {
const m = /^(.*?)((?:_\d+)+)$/.exec(column);
if (!m)
return null;
const bases = new Map();
for (const d of table.duplicates ?? [])
for (const c of d)
bases.set(c, d[0]);
const base = (c) => bases.get(c) ?? c;
const key = (0,data_header .F)(column);
const firsts = new Map();
for (const c of table.columns) {
if (c === column)
continue;
const b = base(c);
const k = (0,data_header .F)(b);
const first = firsts.get(k);
if (first === undefined)
firsts.set(k, b);
else if (key.startsWith(`${k}_`) && /^(?:_\d+)+$/.test(key.slice(k.length)))
return [first, b];
}
return null;
}
const MAX_RUN_REREAD_ROWS = 10_000_000;
const PAGE_ROWS = 12;
const TEXT_BYTES_A_ROW = 16;
const CSV_BYTES_A_ROW = 32;
function newReadLedger(limit = MAX_RUN_REREAD_ROWS) {
return {
tables: new WeakMap(),
rows: new Map(),
keys: new Map(),
bySize: new Map(),
ids: new Map(),
reread: 0,
limit,
};
}
async function hashOf(path, id) {
const handle = await (0,files_open .p_)(path, id);
try {
const hash = (await Promise.resolve( ).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23))).createHash('sha256');
for await (const chunk of handle.createReadStream({ autoClose: false }))
hash.update(chunk);
return hash.digest('hex');
}
finally {
await handle.close();
}
}
async function contentKey(f, ledger) {
const idKey = f.id ? `${f.id.dev}:${f.id.ino}` : `path:${f.path}`;
const known = ledger.ids.get(idKey);
if (known !== undefined)
return known;
const size = (0,external_node_fs_.statSync)(f.path).size;
const same = ledger.bySize.get(size) ?? [];
const entry = {
path: f.path,
id: f.id,
key: idKey,
};
if (same.length > 0) {
entry.hash = await hashOf(f.path, f.id);
for (const s of same) {
s.hash ??= await hashOf(s.path, s.id);
if (s.hash === entry.hash) {
entry.key = s.key;
break;
}
}
}
same.push(entry);
ledger.bySize.set(size, same);
const content = { key: entry.key, size };
ledger.ids.set(idKey, content);
return content;
}
function chargeRows(ledger, rows, display, why) {
ledger.reread += rows;
if (ledger.reread > ledger.limit)
throw new config_problem .Mm([{ file: display, message: why() }]);
}
function costOf(table, rows, bytes, scored = 0, read = 0) {
return (Math.max(rowsCost(table, rows, scored), Math.floor(read / SCAN_BYTES_A_ROW)) + Math.floor(bytes / TEXT_BYTES_A_ROW));
}
function rowsCost(table, rows, scored) {
return rows * ((table.rowUnits ?? 1) + scored);
}
const SCAN_BYTES_A_ROW = 128;
const SCORE_ROW_UNITS = 2;
const WEIGHTED_SCORE_ROW_UNITS = 3;
const GROUP_COLUMNS_A_SCORE_UNIT = 8;
function scoreRowUnits(audit) {
if (!(0,data_checks .DC)(audit))
return 0;
const columns = Math.floor((0,data_checks .Gv)(audit).length / GROUP_COLUMNS_A_SCORE_UNIT);
return (audit.weight ? WEIGHTED_SCORE_ROW_UNITS : SCORE_ROW_UNITS) + columns;
}
function scoreRowWhy(audit) {
const columns = (0,data_checks .Gv)(audit).length;
if (columns < GROUP_COLUMNS_A_SCORE_UNIT)
return 'ROC AUC keeps its score';
return `ROC AUC keeps its ${audit.weight ? 'weighted ' : ''}score, beside ${columns} group columns that cost one row more for every ${GROUP_COLUMNS_A_SCORE_UNIT}: split them over several audits`;
}
function jsonCost(units, text = true, scored = false, csv = false, why = 'ROC AUC keeps its score') {
const bytes = csv
? `, and a record csv-parse reads as ${CSV_PARSE_RECORD_BYTES / TEXT_BYTES_A_ROW} more and ${TEXT_BYTES_A_ROW} of its bytes as one`
: ` and ${TEXT_BYTES_A_ROW} bytes as one`;
return `a ${csv || (scored && !text) ? 'row' : 'record'} counted as ${(0,config_problem .LS)(units, 'row')}${text ? bytes : ''}${scored ? `: ${why}` : ''}`;
}
function expandsProblem(rows, size, past, sofar, total, units, text = true, scored = false, csv = false, scan, why) {
const scanned = scan === undefined
? ''
: `, ${(0,config_problem .LS)(scan, 'byte')} decompressed, ${SCAN_BYTES_A_ROW} past its size counted as a row`;
const held = units === undefined
? `${(0,config_problem .LS)(rows, 'row')} in ${(0,config_problem .LS)(size, 'byte')}${scanned}`
: `${(0,config_problem .LS)(rows, csv || (scored && !text) ? 'row' : 'record')} in ${(0,config_problem .LS)(size, 'byte')}${scanned} (${jsonCost(units, text, scored, csv, why)})`;
return `holds ${sofar ? 'at least ' : ''}${held}, ${(0,config_problem .K9)(past)} more than a plain file of its size (a row for two of its bytes, and its bytes read once; it expands: compressed or columnar): that takes ${total}; a file that expands this far costs its rows whatever its bytes: give the warehouse's counts (\`format: counts\`), or audit fewer files in one run (\`--audit NAME\`)`;
}
function keysWatch(ledger, size, display) {
return (records, bytes, done) => {
const past = pastOf({ rowUnits: JSON_ROW_UNITS }, size, records, bytes);
if (past <= 0)
return;
const message = () => `${expandsProblem(records, size, past, !done, runTotal(ledger, ledger.reread + past), JSON_ROW_UNITS)} (its keys are read before the audit's pass)`;
if (done)
chargeRows(ledger, past, display, message);
else if (ledger.reread + past > ledger.limit)
throw new config_problem .Mm([{ file: display, message: message() }]);
};
}
function pastTwoOf(rows, size) {
return rows - Math.floor(size / 2);
}
function pastOf(table, size, rows, bytes, scored = 0, read = 0) {
const rowsPast = pastTwoOf(rowsCost(table, rows, scored), size);
const scanPast = Math.floor(Math.max(0, read - size) / SCAN_BYTES_A_ROW);
const text = size + (table.source !== undefined ? CSV_PARSE_RECORD_BYTES * Math.floor(size / 2) : 0);
return Math.max(rowsPast, scanPast) + Math.floor(Math.max(0, bytes - text) / TEXT_BYTES_A_ROW);
}
function runTotal(ledger, rows) {
return `the rows this run reads again, or past two a byte of its files, to ${(0,config_problem .K9)(rows)}, more than ${(0,config_problem .K9)(ledger.limit)}`;
}
function rereadWatch(ledger, scored = 0, why = 'ROC AUC keeps its score') {
const charged = new WeakSet();
const starts = new WeakMap();
const bytesOf = (table) => (table.textBytes?.() ?? 0) - (starts.get(table)?.text ?? 0);
const readOf = (table) => (table.readBytes?.() ?? 0) - (starts.get(table)?.read ?? 0);
const declared = new WeakMap();
const paid = (table) => Math.max(0, declared.get(table) ?? 0);
const total = (rows = ledger.reread) => runTotal(ledger, rows);
const expands = (rows, size, past, sofar, taken, table, bytes, read) => {
const csv = table.source !== undefined;
const text = table.textBytes !== undefined && (!csv || bytes > 0);
const scan = read > size && Math.floor((read - size) / SCAN_BYTES_A_ROW) > pastTwoOf(rowsCost(table, rows, scored), size)
? read
: undefined;
return expandsProblem(rows, size, past, sofar, total(taken), table.rowUnits === undefined && scored === 0 && !(csv && text) ? undefined : (table.rowUnits ?? 1) + scored, text, scored > 0, csv, scan, why);
};
return {
before(table, display) {
const content = ledger.tables.get(table);
const earlier = content === undefined ? undefined : ledger.rows.get(content.key);
if (!earlier && content !== undefined && table.declaredRows !== undefined && !declared.has(table)) {
const rows = table.declaredRows;
const past = pastTwoOf(rows * (1 + scored), content.size);
declared.set(table, past);
starts.set(table, { text: table.textBytes?.() ?? 0, read: table.readBytes?.() ?? 0 });
if (past > 0)
chargeRows(ledger, past, display, () => `says it holds ${(0,config_problem .LS)(rows, 'row')} in ${(0,config_problem .LS)(content.size, 'byte')}${scored > 0 ? ` (a row counted as ${1 + scored}: ${why})` : ''}, ${(0,config_problem .K9)(past)} more than two a byte: that takes ${total()}, counted before a row is read; real evaluation data takes several bytes a row in Parquet (a score alone takes 4 to 8): give the warehouse's counts (\`format: counts\`) for tables this large`);
return;
}
starts.set(table, { text: table.textBytes?.() ?? 0, read: table.readBytes?.() ?? 0 });
if (!earlier || earlier.table === table || charged.has(table))
return;
charged.add(table);
const fileBytes = content === undefined ? 0 : Math.max(content.size, earlier.read);
const csvBytes = table.source !== undefined ? Math.floor(fileBytes / CSV_BYTES_A_ROW) : 0;
const rowCost = costOf(table, earlier.rows, earlier.bytes, scored, earlier.read);
const byBytes = csvBytes > rowCost && earlier.pages === 0 && table.rowUnits === undefined;
const held = earlier.pages > 0
? Math.floor(earlier.read / SCAN_BYTES_A_ROW) > rowsCost(table, earlier.rows, scored)
? `${(0,config_problem .LS)(earlier.rows, 'row')} in ${(0,config_problem .LS)(earlier.pages, 'page')}, ${(0,config_problem .LS)(earlier.read, 'byte')} decoded, ${SCAN_BYTES_A_ROW} counted as a row, a page as ${PAGE_ROWS} rows`
: `${(0,config_problem .LS)(earlier.rows, 'row')} in ${(0,config_problem .LS)(earlier.pages, 'page')}, a page counted as ${PAGE_ROWS} rows`
: table.source !== undefined && earlier.bytes > 0 && !byBytes
? `${(0,config_problem .LS)(earlier.rows, 'row')}, ${(0,config_problem .LS)(earlier.bytes, 'byte')} of them read by csv-parse, ${jsonCost((table.rowUnits ?? 1) + scored, true, scored > 0, true, why)}`
: table.rowUnits !== undefined
? table.textBytes !== undefined
? `${(0,config_problem .LS)(earlier.rows, 'record')} in ${(0,config_problem .LS)(earlier.bytes, 'byte')}, ${jsonCost(table.rowUnits + scored, true, scored > 0, false, why)}`
: `${(0,config_problem .LS)(earlier.rows, 'record')}, ${jsonCost(table.rowUnits + scored, false)}`
: byBytes
? `${(0,config_problem .LS)(earlier.rows, 'row')} in ${(0,config_problem .LS)(fileBytes, 'byte')}${fileBytes > (content?.size ?? 0) ? ' decompressed' : ''}, ${CSV_BYTES_A_ROW} bytes counted as a row`
: scored > 0
? `${(0,config_problem .LS)(earlier.rows, 'row')}, ${jsonCost(1 + scored, false, true, false, why)}`
: (0,config_problem .LS)(earlier.rows, 'row');
chargeRows(ledger, (byBytes ? csvBytes : rowCost) + PAGE_ROWS * earlier.pages, display, () => `holds what ${earlier.display === display ? 'an earlier audit of this run read' : `${earlier.display} held, read earlier in this run`} (${held}): reading it again would take ${total()} (each audit reads its files in a pass of its own); run these audits separately (\`--audit NAME\`), or audit one copy of the file`);
},
during(table, display, rows) {
const content = ledger.tables.get(table);
if (content === undefined || ledger.rows.has(content.key))
return;
const bytes = bytesOf(table);
const read = readOf(table);
const past = pastOf(table, content.size, rows, bytes, scored, read) - paid(table);
if (past > 0 && ledger.reread + past > ledger.limit)
throw new config_problem .Mm([
{
file: display,
message: expands(rows, content.size, past, true, ledger.reread + past, table, bytes, read),
},
]);
},
after(table, display, rows) {
const content = ledger.tables.get(table);
if (content === undefined || ledger.rows.has(content.key))
return;
const bytes = bytesOf(table);
const read = readOf(table);
ledger.rows.set(content.key, {
rows,
pages: table.pagesRead?.() ?? 0,
bytes,
read,
display,
table,
});
const past = pastOf(table, content.size, rows, bytes, scored, read) - paid(table);
if (past <= 0)
return;
chargeRows(ledger, past, display, () => expands(rows, content.size, past, false, ledger.reread, table, bytes, read));
},
};
}
const MAX_RUN_HEADER_CHARS = 16 * 1024 * 1024;
const MAX_RUN_HEADER_PARSE_CHARS = 128 * 1024 * 1024;
function chargeHeader(headers, table, key, display) {
let chars = 0;
for (const c of table.columns)
chars += c.length;
headers.parsed -= chars;
if (headers.parsed < 0)
return {
file: display,
message: `the run's audits parse column names of ${(0,config_problem .K9)(MAX_RUN_HEADER_PARSE_CHARS - headers.parsed)} characters with this file's, past the ${(0,config_problem .K9)(MAX_RUN_HEADER_PARSE_CHARS)} a run may parse in all (a file's header is read again by every audit that reads the file): audit the files in fewer audits, or keep only the columns the audits read`,
};
if (headers.charged.has(key))
return null;
headers.charged.add(key);
headers.left -= chars;
if (headers.left >= 0)
return null;
return {
file: display,
message: `its column names take ${(0,config_problem .K9)(chars)} characters, past the ${(0,config_problem .K9)(MAX_RUN_HEADER_CHARS)} the files of a run may have in all (each file's names are held while the run reads): audit fewer files, or keep only the columns the audit reads`,
};
}
function groupTypeProblems(audit, tables, configFile) {
const problems = [];
const bins = audit.bins ?? {};
for (const column of (0,data_checks .Gv)(audit).filter((c) => !Object.hasOwn(bins, c))) {
let first = null;
for (const { table, display } of tables) {
const at = table.columns.indexOf(column);
const type = at >= 0 ? table.columnTypes?.[at] : undefined;
if (type === undefined)
continue;
if (!first)
first = { type, display };
else if (type !== first.type) {
const pos = audit.keyPos.data ?? audit.pos;
problems.push({
file: configFile,
line: pos.line,
column: pos.column,
message: `${audit.control.includes(column) ? 'control' : 'sensitive'} column '${column}' is ${first.type} in ${first.display} and ${type} in ${display}: a value is named by its type (a boolean true is the group \`true\`, a number 1.0 is \`1\`, text is as written), so the same rows would fall in other groups by the file they are in; write the column with one type in every file`,
});
break;
}
}
}
return problems;
}
const FORMAT_FAMILY = {
csv: 'text',
tsv: 'text',
json: 'JSON',
jsonl: 'JSON',
parquet: 'Parquet',
};
function mixedFormats(audit, files) {
if (audit.format !== undefined && audit.format !== 'counts')
return null;
const first = new Map();
for (const f of files) {
const format = formatFromPath(f.path);
const family = format === undefined ? undefined : FORMAT_FAMILY[format];
if (family !== undefined && !first.has(family))
first.set(family, f.display);
}
if (first.size < 2)
return null;
const seen = [...first].map(([family, file]) => `${family === 'text' ? 'CSV/TSV' : family} (${file})`);
return `the data files mix formats that name values differently: ${seen.join(', ')}; a Parquet or JSON boolean is the group \`true\` where a CSV says \`True\`, a number 1.0 is \`1\` where a CSV says \`1.0\`, so the same rows would fall in other groups by the file they are in: convert the shards to one format`;
}
function newRunInputBudget(rereadRows) {
return {
allowance: { left: data_table .R3 },
footers: { left: parquet_bounds .Im, bytesLeft: parquet_bounds .LQ },
directories: { used: 0 },
files: { used: 0 },
headers: { left: MAX_RUN_HEADER_CHARS, charged: new Set(), parsed: MAX_RUN_HEADER_PARSE_CHARS },
reads: newReadLedger(rereadRows),
};
}
const MAX_RUN_DATA_FILES = 1000;
async function prepareAudit(audit, configFile, root, budget = newRunInputBudget()) {
const problems = [];
if (audit.data.length === 0)
return { prepared: null, problems };
const positions = audit.data.map((_, j) => audit.keyPos[`data[${j}]`] ?? audit.keyPos.data);
const { files, problems: pathProblems } = await resolveDataFiles(audit.data, root, configFile, budget.directories, undefined, positions);
problems.push(...pathProblems);
budget.files.used += files.length;
if (budget.files.used > MAX_RUN_DATA_FILES) {
const pos = audit.keyPos.data ?? audit.pos;
problems.push({
file: configFile,
line: pos.line,
column: pos.column,
message: `the audits of this run read more than ${MAX_RUN_DATA_FILES.toLocaleString('en-US')} data files in all (${budget.files.used.toLocaleString('en-US')} with this audit's ${files.length.toLocaleString('en-US')}); combine the shards into fewer files, or run fewer audits at a time (\`--audit NAME\`)`,
});
return { prepared: null, problems };
}
const mixed = mixedFormats(audit, files);
if (mixed) {
const pos = audit.keyPos.data ?? audit.pos;
problems.push({ file: configFile, line: pos.line, column: pos.column, message: mixed });
return { prepared: null, problems };
}
const tables = [];
let failed = 0;
for (const [i, f] of files.entries()) {
if (budget.headers.parsed < 0)
break;
if (failed >= MAX_FILE_PROBLEMS) {
const pos = audit.keyPos.data ?? audit.pos;
problems.push({
file: configFile,
line: pos.line,
column: pos.column,
message: `${(0,config_problem .LS)(files.length - i, 'more data file')} not opened after ${MAX_FILE_PROBLEMS} with problems; fix those first`,
});
break;
}
const format = audit.format ?? formatFromPath(f.path);
if (!format) {
const pos = audit.keyPos.data ?? audit.pos;
problems.push({
file: configFile,
line: pos.line,
column: pos.column,
message: `cannot tell the format of ${f.display} from its extension; set \`format\` (csv, tsv, jsonl, json or parquet)`,
});
continue;
}
try {
let content;
try {
content = await contentKey(f, budget.reads);
}
catch {
content = undefined;
}
const table = await openTable(f.path, f.display, format, audit.delimiter, {
maxDecompressedBytes: audit.max_decompressed_bytes,
maxDecompressionRatio: audit.max_decompression_ratio,
identity: f.id,
allowance: budget.allowance,
footers: budget.footers,
...(content && {
keysOf: { key: content.key, columns: budget.reads.keys },
onKeys: keysWatch(budget.reads, content.size, f.display),
}),
});
const key = content ?? (await contentKey(f, budget.reads));
budget.reads.tables.set(table, key);
const overHeaders = chargeHeader(budget.headers, table, `${f.path}\0${key.key}`, f.display);
if (overHeaders) {
problems.push(overHeaders);
break;
}
tables.push({ table, display: f.display });
}
catch (e) {
if (e instanceof config_problem .Mm)
problems.push(...e.problems);
else
throw e;
failed++;
}
}
problems.push(...groupTypeProblems(audit, tables, configFile));
const missing = new Map();
const lacks = (key, column, t, role) => {
const id = `${key}\0${column}`;
const seen = missing.get(id);
if (seen) {
seen.more++;
return;
}
const problem = columnProblem(audit, configFile, key, column, t, role);
missing.set(id, { problem, more: 0 });
problems.push(problem);
};
for (const t of tables) {
if (audit.format === 'counts') {
for (const column of (0,counts .eG)(audit)) {
if (!t.table.columns.includes(column))
lacks('data', column, t, 'counts');
}
continue;
}
const only = t.table.columns.length === 1 ? t.table.columns[0] : null;
const delimiter = only !== null && (audit.format ?? 'csv') !== 'json' ? /[;\t|,]/.exec(only)?.[0] : undefined;
if (delimiter !== undefined) {
const tab = delimiter === '\t';
problems.push({
file: t.display,
line: 1,
message: `the header has a single column ${JSON.stringify(only)}; the file looks ${tab ? 'tab' : `'${delimiter}'`}-delimited: set \`delimiter: "${tab ? '\\t' : delimiter}"\`${tab ? ' or `format: tsv`' : ''}`,
});
continue;
}
let byCase;
const caseTwins = (column) => {
if (!byCase) {
byCase = new Map();
for (const c of t.table.columns) {
const k = c.toLowerCase();
const list = byCase.get(k);
if (list)
list.push(c);
else
byCase.set(k, [c]);
}
}
return (byCase.get(column.toLowerCase()) ?? []).filter((c) => c !== column);
};
let duckNames;
const renamed = new Set();
const duckProblem = (column, role) => {
if (renamed.has(column))
return null;
const header = t.table.source?.header;
if (!header) {
const twin = renamedTwin(t.table, column);
if (twin === null)
return null;
renamed.add(column);
return {
file: t.display,
line: 1,
message: `the file has columns '${(0,data_header .wD)(twin[0])}' and '${(0,data_header .wD)(twin[1])}', and the audit's ${role} column is '${(0,data_header .wD)(column)}': DuckDB's read_json and read_parquet rename one of two names that are equal but for case by appending _1, _2, \u2026, so that name could be another column's and the warehouse query of \`model-audit-gate sql\` read another column than this audit (red team 38 R38-2); rename one of them`,
};
}
duckNames ??= (0,data_header .oc)(header);
const at = t.table.columns.indexOf(column);
const reads = (0,data_header .Os)(duckNames, column);
if (reads < 0 || reads === at || header[reads].toLowerCase() === column.toLowerCase())
return null;
renamed.add(column);
const cell = header[reads];
const why = /^ *$/.test(cell)
? 'it names an empty header cell columnN, N its index from 0'
: cell.replace(data_header .Hj, '') !== cell
? 'it trims spaces from both ends of a name'
: 'it renames a repeated name by appending _1, _2, \u2026';
return {
file: t.display,
line: 1,
column: at + 1,
message: `the header's column ${at + 1} '${(0,data_header .wD)(column)}' is the audit's ${role} column, but DuckDB's read_csv would name column ${reads + 1} (${(0,data_values .vp)(cell)}) '${(0,data_header .wD)(column)}' and column ${at + 1} '${(0,data_header .wD)(duckNames[at])}' (${why}), so the warehouse query of \`model-audit-gate sql\` reads another column than this audit (red team 38 R38-2); rename column ${reads + 1}`,
};
};
const check = (key, column, role) => {
if (column && !t.table.columns.includes(column))
lacks(key, column, t, role);
else if (column) {
const problem = duckProblem(column, role);
if (problem)
problems.push(problem);
const copies = t.table.duplicates?.find((d) => d[0] === column);
if (copies)
duplicated.push({ copies, role });
const twins = caseTwins(column);
if (twins.length > 0 && !duplicated.some((d) => d.copies[0] === column && d.caseOnly))
duplicated.push({ copies: [column, ...twins], role, caseOnly: true });
}
};
const duplicated = [];
check('label', audit.label, 'label');
check('prediction', audit.prediction, 'prediction');
check('score', audit.score, 'score');
check('weight', audit.weight, 'weight');
audit.sensitive.forEach((s, j) => check(`sensitive[${j}]`, s, 'sensitive'));
audit.intersections.forEach((x, j) => x.forEach((c, k) => check(`intersections[${j}][${k}]`, audit.sensitive.includes(c) ? undefined : c, 'intersection')));
audit.control.forEach((c, j) => check(`control[${j}]`, c, 'control'));
for (const d of duplicated) {
const problem = await sameCopies(t, d.copies, d.role, d.caseOnly);
if (problem)
problems.push(problem);
}
}
for (const { problem, more } of missing.values())
if (more > 0)
problem.message += `; nor is it in ${(0,config_problem .LS)(more, 'other data file')}`;
return { prepared: { audit, tables, paths: files.map((f) => f.path) }, problems };
}
function checkReferences(audit, tables, configFile) {
const problems = [];
for (const [index, grouping] of (tables[0]?.groupings ?? []).entries()) {
const label = grouping.columns.join(' \u00d7 ');
const spec = audit.reference[label];
if (typeof spec !== 'object')
continue;
const all = tables.flatMap((t) => t.groupings[index]?.groups ?? []);
if (all.some((g) => g.present && g.key === spec.group))
continue;
const keys = [...new Set(all.filter((g) => g.present).map((g) => g.key))];
const pos = audit.pos;
problems.push({
file: configFile,
line: pos.line,
column: pos.column,
message: `reference group '${spec.group}' is not a group of ${label}${(0,config_problem .au)(spec.group, keys) || `; groups: ${keys.slice(0, 20).join(', ')}`}`,
});
}
return problems;
}
const MAX_RUN_JUDGED_GROUPS = 100_000;
const MAX_RUN_JUDGED_NAME_CHARS = 4_000_000;
function chargeJudged(judged, n, audit, configFile) {
if (!judged)
return;
judged.left -= n.groups;
judged.chars -= n.chars;
if (judged.left >= 0 && judged.chars >= 0)
return;
const pos = audit.keyPos.gates ?? audit.pos;
const each = `each gate over every group of its attributes${audit.control.length > 0 ? ', in every control level' : ''}`;
throw new config_problem .Mm([
{
file: configFile,
line: pos.line,
column: pos.column,
message: judged.left < 0
? `the gates of audit '${audit.name}' judge ${(0,config_problem .K9)(n.groups)} groups (${each}), past the ${(0,config_problem .K9)(MAX_RUN_JUDGED_GROUPS)} a run's gates may judge in all: each judgment is kept in the report; gate fewer attributes, or bin them into fewer groups`
: `the gates of audit '${audit.name}' judge groups whose names take ${(0,config_problem .K9)(n.chars)} characters (${each}, a name counted once per gate that judges it), past the ${(0,config_problem .K9)(MAX_RUN_JUDGED_NAME_CHARS)} a run's gates may judge in all: each gate's result repeats the names of its groups; gate fewer attributes, use fewer gates, or give the groups shorter names`,
},
]);
}
async function runPrepared(p, configFile = '', options = {}) {
const { audit } = p;
const onProgress = options.onProgress;
const { acc, stats } = await accumulateRows(audit, p.tables, {
onProgress: onProgress ? (x) => onProgress(audit.name, x) : undefined,
progressIntervalMs: options.progressIntervalMs,
fast: options.fast,
groups: options.groups ? { budget: options.groups, audit: audit.name } : undefined,
onTable: options.reads ? rereadWatch(options.reads, scoreRowUnits(audit), scoreRowWhy(audit)) : undefined,
});
if (ScanMemory.dropSpare(collect .Au) > 0)
(0,collect .iO)();
const table = computeMetricTable(acc, {
zeroDivision: audit.zero_division,
minGroupSize: audit.min_group_size,
minPositives: audit.min_positives,
minNegatives: audit.min_negatives,
level: audit.confidence?.level,
binLabels: Object.fromEntries(Object.entries(audit.bins ?? {}).map(([c, edges]) => [c, (0,data_bins .H1)(edges)])),
});
if (audit.control.length > 0)
return runControlled(p, audit, table, acc.withScores, stats, configFile, options.bootstrap ?? new BootstrapBudget(), options.judged);
const referenceProblems = checkReferences(audit, [table], configFile);
if (referenceProblems.length > 0)
throw new config_problem .Mm(referenceProblems);
const bootstrap = audit.confidence
? new TableBootstrap(table, audit.confidence, audit.zero_division, {}, options.bootstrap, null, gatedGroupings(audit.gates, table))
: null;
const fillMetricIntervals = bootstrap ? deferBootstrapMetricIntervals(table, bootstrap) : undefined;
const disparities = computeDisparities(table, {
hasScore: acc.withScores,
fairlearnNaN: audit.zero_division === 'fairlearn',
bootstrap,
references: audit.reference,
});
fillMetricIntervals?.();
chargeJudged(options.judged, judgedGroups(audit.gates, table), audit, configFile);
const gates = evaluateGates(audit.gates, table, {
zeroDivision: audit.zero_division,
bootstrap,
references: audit.reference,
});
const warnings = new BoundedWarnings();
for (const t of p.tables)
for (const w of t.table.warnings)
warnings.push(`${t.display}: ${w}`);
if (bootstrap)
for (const [g] of table.groupings.entries()) {
const why = bootstrap.tooLarge(g);
if (why)
warnings.push(why);
}
for (const w of passWarnings(audit, stats))
warnings.push(w);
return assembleAuditReport({
audit,
data: p.tables.map((t) => t.display),
stats,
table,
disparities,
gates,
warnings: warnings.list(),
});
}
function passWarnings(audit, stats) {
const warnings = [...(stats.warnings ?? [])];
if (stats.dropped > 0)
warnings.push(`${(0,config_problem .LS)(stats.dropped, 'row')} dropped for a missing sensitive value (missing: drop)`);
if (stats.missingAsGroup > 0)
warnings.push(`${stats.missingAsGroup} missing sensitive value(s) audited as the group '${audit.missing_group}'`);
return warnings;
}
function checkControlLevels(audit, levels, configFile) {
const keys = levels.map((l) => l.key);
return audit.gates
.filter((g) => g.control_level !== undefined && !keys.includes(g.control_level))
.map((g) => {
const pos = g.control_level_pos ?? g.pos;
return {
file: configFile,
line: pos.line,
column: pos.column,
message: (0,config_problem .jC)(g.control_level, audit.control, keys),
};
});
}
const MAX_FILE_PROBLEMS = 10;
const LEVEL_BOOTSTRAP_MEMORY = { keep: 0, block: 2 ** 17 };
function runControlled(p, audit, table, hasScore, stats, configFile, run, judged) {
const levels = splitByControl(table, audit.control);
if (levels.length > MAX_CONTROL_LEVELS) {
const pos = audit.keyPos.control ?? audit.pos;
throw new config_problem .Mm([
{
file: configFile,
line: pos.line,
column: pos.column,
message: `control ${audit.control.map((c) => `'${c}'`).join(' \u00d7 ')} has ${levels.length.toLocaleString('en-US')} levels with rows, more than the ${MAX_CONTROL_LEVELS} a controlled audit may have (each level is an audit of its own: tables, intervals, disparities and gates); control for a coarser column, or bin it (\`bins\`)`,
},
]);
}
const cells = levels.reduce((n, l) => n + l.table.groupings.reduce((m, g) => m + g.groups.length, 0), 0);
if (cells > MAX_CONTROLLED_CELLS) {
const pos = audit.keyPos.control ?? audit.pos;
throw new config_problem .Mm([
{
file: configFile,
line: pos.line,
column: pos.column,
message: `control ${audit.control.map((c) => `'${c}'`).join(' \u00d7 ')} has ${levels.length.toLocaleString('en-US')} levels with ${cells.toLocaleString('en-US')} (level, group) cells in all, more than the ${MAX_CONTROLLED_CELLS.toLocaleString('en-US')} a controlled audit may have (each cell is a row of its level's tables, intervals and disparities); control for a coarser column, audit fewer attributes, or bin them (\`bins\`)`,
},
]);
}
chargeJudged(judged, levels.reduce((n, l) => {
const j = judgedGroups(audit.gates, l.table);
return { groups: n.groups + j.groups, chars: n.chars + j.chars };
}, { groups: 0, chars: 0 }), audit, configFile);
const problems = [
...checkReferences(audit, levels.map((l) => l.table), configFile),
...checkControlLevels(audit, levels, configFile),
];
if (problems.length > 0)
throw new config_problem .Mm(problems);
const warnings = new BoundedWarnings();
for (const t of p.tables)
for (const w of t.table.warnings)
warnings.push(`${t.display}: ${w}`);
const byLevel = levelsTable(table);
const shared = { spent: 0 };
const overallBoot = audit.confidence
? new TableBootstrap(byLevel, audit.confidence, audit.zero_division, {}, run, shared, gatedGroupings([], byLevel, audit.gates.length > 0))
: null;
if (overallBoot)
addBootstrapMetricIntervals(byLevel, overallBoot);
const gateOptions = { zeroDivision: audit.zero_division, references: audit.reference };
const parts = [];
const perLevel = [];
const skippedLevels = [];
let firstReason = '';
for (const level of levels) {
const bootstrap = audit.confidence
? new TableBootstrap(level.table, audit.confidence, audit.zero_division, LEVEL_BOOTSTRAP_MEMORY, run, shared, gatedGroupings(audit.gates, level.table))
: null;
if (bootstrap)
addBootstrapMetricIntervals(level.table, bootstrap);
parts.push({
level,
disparities: computeDisparities(level.table, {
hasScore,
fairlearnNaN: audit.zero_division === 'fairlearn',
bootstrap,
references: audit.reference,
}),
});
perLevel.push(evaluateLevel(audit.gates, { level, bootstrap }, gateOptions));
if (bootstrap)
for (const [g] of level.table.groupings.entries()) {
const why = bootstrap.tooLarge(g);
if (!why)
continue;
if (skippedLevels.length === 0)
firstReason = why;
if (skippedLevels[skippedLevels.length - 1] !== level.key)
skippedLevels.push(level.key);
}
}
if (skippedLevels.length > 0) {
const shown = skippedLevels.slice(0, 5).join(', ');
warnings.push(`${skippedLevels.length} control level(s) (${shown}${skippedLevels.length > 5 ? ', \u2026' : ''}) have groupings without bootstrap intervals; the first: ${firstReason}`);
}
for (const w of passWarnings(audit, stats))
warnings.push(w);
const gates = combineLevelGates(audit.gates, levels, perLevel, table, { ...gateOptions, bootstrap: overallBoot });
return assembleAuditReport({
audit,
data: p.tables.map((t) => t.display),
stats,
table,
disparities: [],
gates,
warnings: warnings.list(),
levels: parts,
});
}
const MAX_AUDIT_WARNINGS = 100;
const MAX_WARNING_CHARS = 2000;
class BoundedWarnings {
kept = [];
more = 0;
push(w) {
if (this.kept.length < MAX_AUDIT_WARNINGS)
this.kept.push((0,log_escape .Vx)(w, MAX_WARNING_CHARS, MAX_WARNING_CHARS - 100, 'characters in all'));
else
this.more++;
}
list() {
return this.more > 0
? [...this.kept, `and ${this.more.toLocaleString('en-US')} more warning${this.more === 1 ? '' : 's'} not shown`]
: this.kept;
}
}
function sortProblems(problems) {
return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
(a.line ?? 0) - (b.line ?? 0) ||
(a.column ?? 0) - (b.column ?? 0));
}
function configNotFound(configFile, root) {
const ext = (0,external_node_path_.extname)(configFile);
const stem = ['.yml', '.yaml', '.json'].includes(ext.toLowerCase()) ? configFile.slice(0, -ext.length) : null;
const other = stem === null
? undefined
: ['.yml', '.yaml', '.json']
.map((e) => stem + e)
.filter((candidate) => candidate !== configFile)
.find((candidate) => {
const at = (0,guard .o1)(root, candidate, root.dir, 'read');
return at.ok && at.kind === 'file';
});
return {
file: configFile,
message: other === undefined
? 'config file not found; create it (see the README) or point `config` / --config at yours'
: `config file not found, but ${other} is there: point \`config\` / --config at it (the name must match exactly)`,
};
}
async function runConfigFile(configFile, options) {
const root = (0,guard .KB)(options.workspace, { allowOutside: options.allowOutside });
const where = (0,guard .o1)(root, configFile, root.dir, 'read');
if (!where.ok)
return { ok: false, problems: [{ file: configFile, message: (0,guard .se)(where, 'config', configFile, root) }] };
if (where.kind === 'missing')
return { ok: false, problems: [configNotFound(configFile, root)] };
if (where.kind !== 'file')
return { ok: false, problems: [{ file: configFile, message: 'the config is not a regular file' }] };
let text;
try {
const read = await (0,files_open .mJ)(where.path, where.id, build .SL);
if ('tooLarge' in read)
return { ok: false, problems: [(0,build .gO)(configFile, read.tooLarge)] };
text = read.text;
}
catch (e) {
const code = e.code;
return {
ok: false,
problems: [
{
file: configFile,
message: code === 'ENOENT'
? configNotFound(configFile, root).message
: `cannot read the config: ${e.message}`,
},
],
};
}
const outcome = await runConfigText(text, configFile, options);
return outcome.ok ? { ...outcome, inputs: [where.path, ...outcome.inputs] } : outcome;
}
function overwritesInput(output, inputs, what, given) {
if (!inputs.includes(output))
return null;
return {
file: given,
message: `${what} '${given}' is a file this run reads (its config, data, baseline or history); refusing to overwrite it: write the report elsewhere`,
};
}
function checkRunPaths(paths, root) {
const problems = [];
let outside = false;
const written = [];
for (const p of paths) {
const r = (0,guard .o1)(root, p.path, p.base, p.mode);
if (!r.ok) {
problems.push({ file: p.path, message: (0,guard .se)(r, p.what, p.path, root) });
outside ||= r.refusal === 'outside';
}
else if (p.mode === 'write' && r.kind !== 'file' && r.kind !== 'missing') {
problems.push({
file: p.path,
message: `${p.what} '${p.path}' exists and is not a regular file; give a file path`,
});
}
else if (p.mode === 'write') {
const other = written.find((w) => w.path === r.path || (w.id && r.id && w.id.dev === r.id.dev && w.id.ino === r.id.ino));
if (other)
problems.push({
file: p.path,
message: `${p.what} '${p.path}' and ${other.p.what} '${other.p.path}' name the same file; one would overwrite the other: give each output its own path`,
});
else
written.push({ p, path: r.path, id: r.id });
}
}
return { problems, outside };
}
async function runConfigText(text, configFile, options) {
const { config, problems } = (/\.json$/i.test(configFile) ? loadJsonConfig(text, configFile) : null) ??
(await Promise.all( [__webpack_require__.e(815), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 1036))).loadConfig(text, configFile);
if (!config)
return { ok: false, problems };
let audits = config.audits;
if (options.audit !== undefined) {
audits = audits.filter((a) => a.name === options.audit);
if (audits.length === 0) {
problems.push({
file: configFile,
message: `no audit named '${options.audit}'${(0,config_problem .au)(options.audit, config.audits.map((a) => a.name)) || `; audits: ${config.audits.map((a) => a.name).join(', ')}`}`,
});
}
}
const prepared = [];
const root = (0,guard .KB)(options.workspace, { allowOutside: options.allowOutside });
const inputs = newRunInputBudget(options.rereadRows);
for (const audit of audits) {
const r = await prepareAudit(audit, configFile, root, inputs);
const same = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column && a.message === b.message;
problems.push(...r.problems.filter((p) => !problems.some((q) => same(p, q))));
if (r.prepared)
prepared.push(r.prepared);
}
if (problems.length > 0)
return { ok: false, problems: sortProblems(problems) };
const groups = new accumulate .NS();
const bootstrap = new BootstrapBudget();
const judged = { left: MAX_RUN_JUDGED_GROUPS, chars: MAX_RUN_JUDGED_NAME_CHARS };
const reports = [];
for (const p of prepared) {
try {
reports.push(await runPrepared(p, configFile, { ...options, groups, bootstrap, reads: inputs.reads, judged }));
}
catch (e) {
if (e instanceof config_problem .Mm)
return { ok: false, problems: e.problems };
throw e;
}
finally {
if (bootstrap.release() >= collect .Au)
(0,collect .iO)();
}
}
return {
ok: true,
report: buildReport(configFile, reports),
config: { ...config, audits },
inputs: prepared.flatMap((p) => p.paths),
};
}
async function compareWithBaseline(report, file, cwd, root = pathRoot(cwd)) {
return applyLoadedBaseline(report, await loadBaseline(file, cwd, root));
}
function applyLoadedBaseline(report, loaded) {
const held = loaded.baseline !== null;
const applied = applyReleasing(report, loaded);
if (held && (loaded.bytes ?? 0) >= collect .Au)
(0,collect .iO)();
return applied;
}
function applyReleasing(report, loaded) {
const baseline = loaded.baseline;
loaded.baseline = null;
return applyBaseline(report, baseline, loaded.options);
}
async function loadBaseline(file, cwd, root = (0,guard .KB)(cwd)) {
const loaded = await readBaseline(file, cwd, root);
if ((loaded.bytes ?? 0) >= collect .Au)
(0,collect .iO)();
return loaded;
}
async function readBaseline(file, cwd, root) {
const none = (options) => ({ baseline: null, options });
const where = (0,guard .o1)(root, file, cwd, 'read');
if (!where.ok)
return none({ source: file, problem: (0,guard .se)(where, 'baseline', file, root) });
if (where.kind === 'missing')
return none({
source: file,
problem: `baseline ${file} not found (the first run on a branch has none)`,
missing: true,
});
if (where.kind !== 'file')
return none({
source: file,
problem: `baseline ${file} is not a regular file; pass the JSON report of a previous run`,
});
let read;
try {
read = await readReportText(where.path, where.id);
}
catch (e) {
const code = e.code;
const problem = code === 'ENOENT'
? `baseline ${file} not found (the first run on a branch has none)`
: `cannot read baseline ${file}: ${e.message}`;
return none({ source: file, problem, missing: code === 'ENOENT' });
}
const bytes = 'text' in read ? Buffer.byteLength(read.text) : 0;
const parsed = parseBaseline(read, file);
if ('problem' in parsed)
return { ...none({ source: file, problem: parsed.problem }), bytes };
return { baseline: parsed.report, options: { source: file }, bytes };
}
var promises_ = __webpack_require__(1455);
;
const inFlight = new Set();
function removeInFlight(signal) {
for (const tmp of inFlight)
(0,external_node_fs_.rmSync)(tmp, { force: true });
inFlight.clear();
process.removeListener(signal, removeInFlight);
process.kill(process.pid, signal);
}
function track(tmp) {
if (inFlight.size === 0) {
process.once('SIGTERM', removeInFlight);
process.once('SIGINT', removeInFlight);
}
inFlight.add(tmp);
}
function untrack(tmp) {
inFlight.delete(tmp);
if (inFlight.size === 0) {
process.removeListener('SIGTERM', removeInFlight);
process.removeListener('SIGINT', removeInFlight);
}
}
const TMP_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | files_open .N0;
async function openDirectory(dir, parent) {
let d;
try {
d = await promises_.open(dir, external_node_fs_.constants.O_RDONLY | files_open ._l | files_open .N0);
}
catch (e) {
const code = e.code;
if (code === 'ELOOP' || code === 'ENOTDIR')
throw directoryChanged(dir);
if (process.platform === 'win32')
return null;
throw e;
}
const st = await d.stat({ bigint: true });
if (!st.isDirectory() || (parent !== undefined && (st.dev !== parent.dev || st.ino !== parent.ino))) {
await d.close();
throw directoryChanged(dir);
}
return d;
}
const directoryChanged = (dir) => Object.assign(new Error(`${dir} changed between its check and the write (a symbolic link or another directory put in its place); refusing to write there`), { code: 'ECHANGED' });
async function writeFileAtomic(path,
content, fs = promises_, parent) {
const dir = (0,external_node_path_.dirname)(path);
const existing = await fs.lstat(path).catch(() => null);
if (existing && !existing.isFile())
throw Object.assign(new Error(`${path} exists and is not a regular file`), { code: 'EEXIST' });
await fs.mkdir(dir, { recursive: true });
const d = await openDirectory(dir, parent);
try {
const at = (d && (0,files_open .PZ)(d.fd)) ?? dir;
const name = `.${(0,external_node_path_.basename)(path)}.${process.pid}.${randomHex(12)}.tmp`;
const tmp = (0,external_node_path_.join)(at, name);
const handle = await fs.open(tmp, TMP_FLAGS, 0o644);
track(tmp);
try {
try {
if (typeof content === 'string' || content instanceof Uint8Array)
await handle.writeFile(content);
else
for (const chunk of content)
await handle.writeFile(chunk);
await handle.sync();
}
finally {
await handle.close();
}
await fs.rename(tmp, (0,external_node_path_.join)(at, (0,external_node_path_.basename)(path)));
}
catch (e) {
await fs.rm(tmp, { force: true }).catch(() => undefined);
throw e;
}
finally {
untrack(tmp);
}
await d?.sync().catch(() => undefined);
}
finally {
await d?.close();
}
}
async function removeWritten(path, fs = fsp) {
await fs.rm(path, { force: true });
}
;
function formatProgress(p, elapsedMs) {
const rate = elapsedMs > 0 ? Math.round((p.rows * 1000) / elapsedMs) : 0;
const pct = p.totalBytes > 0
? `, ${Math.min(100, Math.floor((100 * p.bytes) / p.totalBytes))}% of ${(p.totalBytes / 1e6).toFixed(0)} MB`
: '';
return `${(0,log_escape .Ol)(p.file)}: ${p.rows.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s${pct}`;
}
var cli_args = __webpack_require__(7593);
;
const MAX_BARS = 20;
const MAX_LABEL = 24;
function keyRate(audit, attribute) {
const shown = new Set(audit.settings.metrics.map(catalog .cI));
for (const g of audit.gates) {
if (g.attribute !== attribute && g.attribute !== null)
continue;
const resolved = (0,catalog .w9)(g.metric);
if (!resolved || (g.attribute === null && resolved.type === 'base'))
continue;
const bases = (0,catalog .Mx)(resolved).filter((m) => m !== 'count');
const base = bases.find((m) => shown.has(m)) ?? bases[0];
if (base)
return base;
}
return 'selection_rate';
}
function xyChartOpening(config) {
return ['~~~mermaid', '---', 'config:', ...config, '---', 'xychart-beta'];
}
function chartLabel(text, maxLength = MAX_LABEL) {
return cleanLabel(binWords((0,log_escape .Ol)(text)), maxLength);
}
function binWords(text) {
return text
.split(' | ')
.map((part) => part
.replace(/^< (\S+)$/, 'under $1')
.replace(/^>= (\S+)$/, '$1 and over')
.replace(/^\[(\S+), (\S+)\)$/, '$1 to $2'))
.join(' | ');
}
function cleanLabel(text, maxLength = MAX_LABEL) {
const cleaned = text
.replace(/[^\p{L}\p{N} _.,/+'()-]/gu, '\u00b7')
.replace(/\s+/g, ' ')
.trim();
const chars = [...cleaned];
const short = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}\u2026` : cleaned;
return short.length > 0 ? short : '\u00b7';
}
function distinctLabels(labels) {
const taken = new Set(labels);
const seen = new Set();
return labels.map((l) => {
if (!seen.has(l)) {
seen.add(l);
return l;
}
let k = 2;
while (taken.has(`${l} (${k})`))
k++;
const unique = `${l} (${k})`;
taken.add(unique);
return unique;
});
}
function judged(g, metric) {
return (g.present && g.sufficient && g.insufficient_for?.[metric] === undefined && typeof g.metrics[metric] === 'number');
}
const chart_fmt = (x) => `${+x.toFixed(4)}`;
function gateRate(gate, groups) {
const resolved = (0,catalog .w9)(gate.metric);
if (!resolved)
return undefined;
const parts = (0,catalog .Mx)(resolved).filter((m) => m !== 'count');
if (parts.length < 2)
return parts[0];
const ratio = resolved.type === 'fairness' && catalog .Zw[resolved.name].kind === 'ratio';
const spread = (m) => {
const values = groups.filter((g) => judged(g, m)).map((g) => g.metrics[m]);
if (values.length < 2)
return -Infinity;
const lo = Math.min(...values);
const hi = Math.max(...values);
return ratio ? (hi > 0 ? 1 - lo / hi : -Infinity) : hi - lo;
};
return parts.reduce((best, m) => (spread(m) > spread(best) ? m : best));
}
function chartLimit(audit, gate, metric, groups) {
const { min, max } = gate.threshold;
const resolved = (0,catalog .w9)(gate.metric);
if (!resolved)
return null;
const kind = resolved.type === 'base'
? 'each'
: resolved.type === 'aggregate'
? resolved.kind
: catalog .Zw[resolved.name].kind;
if (kind === 'each' || kind === 'group_min' || kind === 'group_max') {
const lines = [
...(min !== undefined ? [{ at: min, text: `the minimum ${chart_fmt(min)}` }] : []),
...(max !== undefined ? [{ at: max, text: `the maximum ${chart_fmt(max)}` }] : []),
];
return lines.length ? { at: lines.map((l) => l.at), text: lines.map((l) => l.text).join(' and ') } : null;
}
const values = groups.filter((g) => judged(g, metric)).map((g) => g.metrics[metric]);
if (values.length < 2)
return null;
const higherWorse = worseDirection(metric) === 'high';
const lowerWorse = worseDirection(metric) === 'low';
const method = gate.method ?? 'between_groups';
let anchor;
if (method === 'between_groups') {
const lowest = kind === 'difference' ? !lowerWorse : higherWorse;
anchor = lowest ? { value: Math.min(...values), name: 'lowest' } : { value: Math.max(...values), name: 'highest' };
}
else if (method === 'to_overall') {
const overall = audit.overall[metric];
if (typeof overall !== 'number')
return null;
anchor = { value: overall, name: 'overall' };
}
else {
const ref = groups.find((g) => g.key === gate.reference?.group);
const value = ref?.metrics[metric];
if (typeof value !== 'number')
return null;
anchor = { value, name: 'reference' };
}
const both = method !== 'between_groups' && !higherWorse && !lowerWorse;
if (kind === 'difference') {
if (max === undefined)
return null;
const up = { at: anchor.value + max, text: `${anchor.name} + ${chart_fmt(max)}` };
const down = { at: anchor.value - max, text: `${anchor.name} - ${chart_fmt(max)}` };
const lines = both ? [down, up] : anchor.name === 'highest' || lowerWorse ? [down] : [up];
return { at: lines.map((l) => l.at), text: lines.map((l) => l.text).join(' and ') };
}
if (min === undefined || min <= 0)
return null;
const times = { at: anchor.value * min, text: `${chart_fmt(min)} of ${anchor.name}` };
const over = { at: anchor.value / min, text: `${anchor.name} / ${chart_fmt(min)}` };
const lines = both ? [times, over] : anchor.name === 'lowest' || higherWorse ? [over] : [times];
return { at: lines.map((l) => l.at), text: lines.map((l) => l.text).join(' and ') };
}
const CHART_HEIGHT = 240;
function renderRateChart(audit, attribute, groups, gate) {
const metric = (gate && gateRate(gate, groups)) ?? keyRate(audit, Array.isArray(attribute) ? '' : attribute);
const drawn = groups.filter((g) => g.present && typeof g.metrics[metric] === 'number');
if (drawn.length < 2)
return [];
const largest = drawn.length > MAX_BARS ? new Set([...drawn].sort((a, b) => b.count - a.count).slice(0, MAX_BARS)) : new Set(drawn);
const bars = drawn.filter((g) => largest.has(g));
const label = METRIC_LABELS[metric];
const scope = scopeOf(attribute);
const limit = gate ? chartLimit(audit, gate, metric, groups) : null;
const title = `${label} by ${scope}` +
(limit ? `, line at ${limit.text}` : '') +
(bars.length < drawn.length ? ` (largest ${bars.length} of ${drawn.length} groups)` : '');
const values = bars.map((g) => g.metrics[metric]);
const top = Math.max(1, ...(limit?.at ?? []));
const bottom = Math.min(0, ...(limit?.at ?? []));
return [
...xyChartOpening([
'  xyChart:',
`    height: ${CHART_HEIGHT}`,
'    showDataLabel: true',
'  themeVariables:',
'    xyChart:',
'      plotColorPalette: "cornflowerblue, #d1242f, #d1242f"',
]),
`  title "${chartLabel(title, 100)}"`,
`  x-axis [${distinctLabels(distinguishNames(bars.map((g) => g.key)).map((name, i) => `${cleanLabel(name)}${bars[i].sufficient ? '' : ' \u2020'}`))
.map((l) => `"${l}"`)
.join(', ')}]`,
`  y-axis "${chartLabel(label)}" ${chart_fmt(bottom)} --> ${chart_fmt(top)}`,
`  bar [${values.map((v) => v.toFixed(4)).join(', ')}]`,
...(limit?.at ?? []).map((at) => `  line [${bars.map(() => at.toFixed(4)).join(', ')}]`),
'~~~',
];
}
;
const SPARK_LEVELS = '\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588';
const SPARK_GAP = '\u00b7';
const MAX_TREND_CHARTS = 6;
const trend_CHART_HEIGHT = 180;
const CHART_WIDTH = 560;
function sparkline(values) {
const defined = values.filter((v) => v !== null && Number.isFinite(v));
if (defined.length === 0)
return values.map(() => SPARK_GAP).join('');
let lo = Infinity;
let hi = -Infinity;
for (const v of defined) {
if (v < lo)
lo = v;
if (v > hi)
hi = v;
}
const top = SPARK_LEVELS.length - 1;
return values
.map((v) => {
if (v === null || !Number.isFinite(v))
return SPARK_GAP;
const level = hi === lo ? top >> 1 : Math.round(((v - lo) / (hi - lo)) * top);
return SPARK_LEVELS[level];
})
.join('');
}
function code(name) {
return /^[a-z0-9_]+$/.test(name) ? `\`${name}\`` : escapeMarkdown(name);
}
function scopeText(g) {
const scope = scopeOf(g.attribute);
return g.control ? `${scope} \u00b7 ${g.control.level}` : scope;
}
function valuesOf(g, runs) {
const values = g.history?.values ?? [];
return values.length > runs ? values.slice(values.length - runs) : values;
}
const firstDefined = (values) => values.find((v) => v !== null) ?? null;
const lastDefined = (values) => {
for (let i = values.length - 1; i >= 0; i--)
if (values[i] !== null)
return values[i];
return null;
};
function runLabel(run) {
return chartLabel(run.sha ? run.sha.slice(0, 7) : run.started_at.slice(0, 10), 12);
}
function historyLimits(g) {
const m = g.history?.median;
if (g.against !== 'history_median' || m === null || m === undefined || !g.change)
return [];
const out = [];
if (g.change.max_increase !== undefined)
out.push(m + g.change.max_increase);
if (g.change.max_decrease !== undefined)
out.push(m - g.change.max_decrease);
if (g.change.max_relative_change !== undefined)
out.push(m + g.change.max_relative_change * Math.abs(m), m - g.change.max_relative_change * Math.abs(m));
return out;
}
const trend_num = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(4));
function trendChart(g, runs) {
const values = valuesOf(g, runs.length);
const offset = runs.length - values.length;
const points = [];
values.forEach((v, i) => {
if (v !== null && Number.isFinite(v))
points.push({ label: runLabel(runs[offset + i]), value: v });
});
if (g.value !== null && Number.isFinite(g.value))
points.push({ label: 'this run', value: g.value });
if (points.length < 2)
return null;
const limits = [
...(g.threshold.max !== undefined ? [g.threshold.max] : []),
...(g.threshold.min !== undefined ? [g.threshold.min] : []),
...historyLimits(g),
].filter((v) => Number.isFinite(v));
const all = [...points.map((p) => p.value), ...limits];
let lo = Math.min(...all);
let hi = Math.max(...all);
const pad = hi > lo ? hi * 0.1 - lo * 0.1 : Math.max(Math.abs(hi) * 0.1, 0.01);
lo -= pad;
hi += pad;
if (!(Math.abs(lo) < 1e21 && Math.abs(hi) < 1e21))
return null;
const title = `${g.name ?? g.metric} (${scopeText(g)})`;
return [
...xyChartOpening(['  xyChart:', `    height: ${trend_CHART_HEIGHT}`, `    width: ${CHART_WIDTH}`]),
`  title "${chartLabel(title, 80)}"`,
`  x-axis [${distinctLabels(points.map((p) => p.label))
.map((l) => `"${l}"`)
.join(', ')}]`,
`  y-axis "${chartLabel(g.metric, 40)}" ${trend_num(lo)} --> ${trend_num(hi)}`,
`  line [${points.map((p) => trend_num(p.value)).join(', ')}]`,
...limits.map((v) => `  line [${points.map(() => trend_num(v)).join(', ')}]`),
'~~~',
];
}
const ORDER = { fail: 0, warn: 1, insufficient: 2, pass: 3 };
function renderTrend(report, audit, detail = 'full', draw = trendChart) {
const history = report.history;
if (!history || detail === false)
return [];
const runs = history.runs;
const gates = audit.gates.filter((g) => g.history);
if (gates.length === 0)
return [];
const lines = [
runs.length === 0
? '#### Trend: no earlier runs to compare with yet'
: `#### Trend over ${runs.length === 1 ? 'the last run' : `the last ${runs.length} runs`} and this one`,
'',
'| Gate | Scope | Trend | First | Last | Median | This run |',
'|---|---|---|--:|--:|--:|--:|',
];
for (const g of gates) {
const values = valuesOf(g, runs.length);
const name = g.name ? `${escapeMarkdown(g.name)}<br><sub>${code(g.metric)}</sub>` : code(g.metric);
const median = g.history?.median ?? null;
const against = g.against === 'history_median' ? ' (gated)' : '';
lines.push(`| ${name} | ${escapeMarkdown(scopeText(g))} | ${sparkline([...values, g.value])} | ${formatValue(firstDefined(values), g.metric)} | ${formatValue(lastDefined(values), g.metric)} | ${formatValue(median, g.metric)}${against} | ${formatValue(g.value, g.metric)} |`);
}
const left = history.skipped_count;
lines.push('', `<sub>Sparkline: the history runs oldest first, then this run (${SPARK_GAP}: no value); first, last and median of the history runs, read from ${(0,config_problem .K9)(history.matched)} report file${history.matched === 1 ? '' : 's'} matched by ${history.patterns.map((p) => escapeMarkdown(p)).join(', ')}${left > 0 ? `; ${(0,config_problem .K9)(left)} left out (the JSON report's history.skipped says why)` : ''}.</sub>`, '');
if (detail === 'full') {
const charts = [];
for (const g of [...gates].sort((a, b) => ORDER[a.status] - ORDER[b.status])) {
if (charts.length === MAX_TREND_CHARTS)
break;
const chart = draw(g, runs);
if (chart !== null)
charts.push(chart);
}
if (charts.length > 0) {
lines.push(`<details><summary>Trend charts (${charts.length})</summary>`, '');
for (const chart of charts)
lines.push(...chart, '');
lines.push('</details>', '');
}
}
return lines;
}
;
function limitGroups(groups, max) {
if (max === undefined || groups.length <= max)
return { shown: groups, hidden: 0 };
const keep = new Set([...groups].sort((a, b) => b.count - a.count).slice(0, max));
return { shown: groups.filter((g) => keep.has(g)), hidden: groups.length - keep.size };
}
function hiddenNote(hidden) {
return hidden > 0
? ['', `<sub>${(0,config_problem .K9)(hidden)} smaller groups not shown here; the JSON report has every group.</sub>`]
: [];
}
const MAX_RENDERED_WARNINGS = 101;
const STATUS_ICON = { pass: '\u2705', warn: '\u26a0\ufe0f', fail: '\u274c', insufficient: '\u2754' };
function gateTitle(g) {
const scope = g.attribute ? ` (${escapeMarkdown(scopeOf(g.attribute))}${g.control ? ` \u00b7 ${escapeMarkdown(g.control.level)}` : ''})` : '';
return `${g.name ? escapeMarkdown(g.name) : markdown_code(g.metric)}${scope}`;
}
function headline(report, failOn) {
const failed = report.audits.flatMap((a) => a.gates.filter((g) => g.effect === 'fail'));
const warned = report.audits.flatMap((a) => a.gates.filter((g) => g.effect === 'warn'));
const names = (gs) => gs.slice(0, 3).map(gateTitle).join(', ') + (gs.length > 3 ? ` and ${gs.length - 3} more` : '');
const total = report.summary.gates;
if (failed.length > 0)
return `\u274c Model audit failed: ${failed.length} of ${(0,config_problem .LS)(total, 'gate')} breached \u2014 ${names(failed)}${failOn === 'never' ? ' (fail-on: never, so the job passes)' : ''}`;
if (warned.length > 0 && failOn === 'warning')
return `\u274c Model audit failed: ${(0,config_problem .LS)(warned.length, 'gate')} warned, and fail-on is warning \u2014 ${names(warned)}`;
if (warned.length > 0)
return `\u26a0\ufe0f Model audit passed with ${(0,config_problem .LS)(warned.length, 'warning')}: ${names(warned)}`;
if (total === 0)
return '\u2705 Model audit: no gates configured';
const unjudged = report.audits.flatMap((a) => a.gates.filter((g) => g.status === 'insufficient'));
if (unjudged.length > 0) {
const judged = total - unjudged.length;
const within = judged === 0 ? 'no gate judged' : `${judged} of ${(0,config_problem .LS)(total, 'gate')} within their thresholds`;
return `\u2705 Model audit passed: ${within}; ${(0,config_problem .LS)(unjudged.length, 'gate')} could not be judged (insufficient: pass) \u2014 ${names(unjudged)}`;
}
return total === 1
? '\u2705 Model audit passed: 1 gate within its threshold'
: `\u2705 Model audit passed: all ${total} gates within their thresholds`;
}
function markdown_code(name) {
return /^[a-z0-9_]+$/.test(name) ? `\`${name}\`` : escapeMarkdown(name);
}
function gateValueText(g, namer, valueOf) {
const v = formatValue(g.value, g.metric);
if (g.value === null)
return '\u2014';
if (g.groups.length >= 1 && g.each_group) {
const { min, max } = g.threshold;
const past = (x) => typeof x !== 'number'
? -Infinity
: Math.max(max !== undefined ? x - max : -Infinity, min !== undefined ? min - x : -Infinity);
const worstFirst = g.groups
.map((key) => ({ key, value: valueOf(g, key) }))
.sort((a, b) => past(b.value) - past(a.value))
.slice(0, 3);
const shown = namer(g.attribute, worstFirst.map((e) => e.key)).map(markdownInert);
const listed = worstFirst.map((e, i) => `${shown[i]} ${formatValue(e.value ?? null, g.metric)}`);
const more = g.groups.length > 3 ? ` and ${(0,config_problem .K9)(g.groups.length - 3)} more` : '';
return `${g.status === 'pass' ? 'worst: ' : ''}${listed.join(', ')}${more}`;
}
const names = namer(g.attribute, g.groups.slice(0, 2)).map(markdownInert);
if (g.groups.length === 2)
return `${v} (${names[0]} vs ${names[1]})`;
if (g.groups.length === 1)
return `${v} (${names[0]})`;
return v;
}
function deltaText(d, metric, showZero = false) {
if (!d || d.change === null)
return '';
const shown = formatValue(Math.abs(d.change), metric);
if (Math.abs(d.change) < 5e-5)
return showZero ? '= 0' : '';
return `${d.change > 0 ? '\u25b2' : '\u25bc'} ${shown}${d.outside_interval ? '*' : ''}`;
}
function intervalText(ci, metric) {
return ci ? `${formatValue(ci[0], metric)}\u2013${formatValue(ci[1], metric)}` : '';
}
function changeBoundsText(g) {
const c = g.change;
if (!c)
return '';
const parts = [];
if (c.max_increase !== undefined)
parts.push(`rise \u2264 ${c.max_increase}`);
if (c.max_decrease !== undefined)
parts.push(`fall \u2264 ${c.max_decrease}`);
if (c.max_relative_change !== undefined)
parts.push(`change \u2264 ${+(c.max_relative_change * 100).toFixed(2)}%`);
return parts.join(', ') + (g.against === 'history_median' ? ' vs the history median' : '');
}
function messageText(g) {
return escapeMarkdownText(g.message);
}
const STATUS_ORDER = { fail: 0, warn: 1, insufficient: 2, pass: 3 };
function gatesTable(gates, level, namer, valueOf) {
if (gates.length === 0)
return ['_No gates configured._'];
const compared = gates.some((g) => g.delta !== undefined);
const head = [`| Gate | Value | Threshold |${compared ? ' Change |' : ''}`, `|---|---|---|${compared ? '--:|' : ''}`];
const row = (g) => {
const ref = g.reference
? ` ${escapeMarkdown(g.reference.group ?? '?')}${g.reference.chosen !== g.reference.group ? ` (${escapeMarkdown(g.reference.chosen)})` : ''}`
: '';
const scope = escapeMarkdown(scopeOf(g.attribute)) +
(g.each_group ? ' (each group)' : '') +
(g.method && g.method !== 'between_groups' ? ` \u00b7 ${escapeMarkdown(g.method)}${ref}` : '') +
(g.control ? ` \u00b7 ${escapeMarkdown(g.control.level)}${g.control.chosen === 'worst' ? ' (worst level)' : ''}` : '');
const about = `${g.name ? `${markdown_code(g.metric)} \u00b7 ` : ''}${scope} \u00b7 ${g.level}`;
const name = `${STATUS_ICON[g.status]} ${g.name ? escapeMarkdown(g.name) : markdown_code(g.metric)}<br><sub>${about}</sub>`;
const ci = g.ci
? `<br><sub>${level !== undefined ? `${+(level * 100).toFixed(2)}% CI ` : ''}${intervalText(g.ci, g.metric)}</sub>`
: '';
const threshold = [formatThreshold(g.threshold), changeBoundsText(g)].filter(Boolean).join('; ') +
(g.on === 'interval' ? ' \u00b7 on interval' : '');
const change = compared ? ` ${g.delta ? deltaText(g.delta, g.metric, true) || '\u2014' : '\u2014'} |` : '';
return `| ${name} | ${gateValueText(g, namer, valueOf)}${ci} | ${escapeMarkdown(threshold)} |${change}`;
};
const sorted = [...gates].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
const passed = sorted.filter((g) => g.status === 'pass');
const fold = passed.length > 0 && passed.length < sorted.length;
const lines = [...head];
for (const g of fold ? sorted.filter((x) => x.status !== 'pass') : sorted)
lines.push(row(g));
const explained = sorted.filter((g) => g.status !== 'pass' && (g.on === 'interval' || g.change !== undefined));
if (explained.length > 0) {
lines.push('');
for (const g of explained.filter((x) => x.status !== 'insufficient'))
lines.push(`${STATUS_ICON[g.status]} ${gateTitle(g)}: ${messageText(g)}`);
}
const notes = sorted.filter((g) => g.status === 'insufficient');
if (notes.length > 0) {
lines.push('');
for (const g of notes)
lines.push(`\u2754 ${gateTitle(g)}: ${messageText(g)}`);
}
if (fold) {
lines.push('', `<details><summary>\u2705 ${passed.length === 1 ? '1 gate passes' : `${passed.length} gates pass`}</summary>`, '', ...head);
for (const g of passed)
lines.push(row(g));
lines.push('', '</details>');
}
return lines;
}
function displayedMetrics(audit) {
const list = audit.settings.metrics
.map((m) => (0,catalog .cI)(m))
.filter((m) => m !== undefined && m !== 'count');
return [...new Set(list)];
}
function gatesOn(audit, attribute) {
const id = attributeId(attribute);
return audit.gates.filter((g) => g.attribute !== null && attributeId(g.attribute) === id);
}
function classesGated(audit, attribute) {
const out = { positives: false, negatives: false };
for (const g of gatesOn(audit, attribute)) {
const resolved = (0,catalog .w9)(g.metric);
for (const m of resolved ? (0,catalog .Mx)(resolved) : []) {
const c = (0,catalog .OX)(m);
out.positives ||= c.positives;
out.negatives ||= c.negatives;
}
}
return out;
}
function groupTable(audit, groups, attribute, disparities = null) {
const metrics = displayedMetrics(audit);
const head = Array.isArray(attribute) ? attribute.map(escapeMarkdown).join(' \u00d7 ') : escapeMarkdown(attribute);
const classes = classesGated(audit, attribute);
const counts = [...(classes.positives ? ['positives'] : []), ...(classes.negatives ? ['negatives'] : [])];
const lines = [
`| ${head} | n | ${[...counts, ...metrics.map((m) => METRIC_LABELS[m])].join(' | ')} |`,
`|---|--:|${[...counts, ...metrics].map(() => '--:').join('|')}|`,
];
const countCells = (g) => [
...(classes.positives ? [formatValue(g.counts.tp + g.counts.fn, 'count')] : []),
...(classes.negatives ? [formatValue(g.counts.fp + g.counts.tn, 'count')] : []),
];
const worst = new Map();
for (const m of metrics) {
const dir = worseDirection(m);
if (!dir)
continue;
const values = groups
.filter((g) => g.present && g.sufficient && g.insufficient_for?.[m] === undefined && g.metrics[m] !== null)
.map((g) => g.metrics[m]);
if (values.length > 1)
worst.set(m, dir === 'low' ? Math.min(...values) : Math.max(...values));
}
const footnotes = [];
const shownNames = distinguishNames(groups.map((g) => g.key));
for (const [i, g] of groups.entries()) {
const key = markdownInert(shownNames[i]);
const name = key + (g.present && !g.sufficient ? ' \u2020' : '');
if (!g.present) {
lines.push(`| ${name} | 0 | ${[...counts, ...metrics].map(() => '\u00b7').join(' | ')} |`);
continue;
}
const cells = metrics.map((m) => {
const v = g.metrics[m];
if (v === null) {
footnotes.push(`${key}: ${METRIC_LABELS[m]} undefined (${escapeMarkdown(g.undefined[m] ?? 'undefined')})`);
return '\u2014';
}
const text = formatValue(v, m);
const d = deltaText(g.deltas?.[m], m);
const shown = g.sufficient && g.insufficient_for?.[m] === undefined && worst.get(m) === v ? `**${text}**` : text;
const short = g.insufficient_for?.[m] !== undefined ? ' \u2021' : '';
return `${shown}${short}${d ? ` <sub>${d}</sub>` : ''}`;
});
lines.push(`| ${name} | ${formatValue(g.count, 'count')} | ${[...countCells(g), ...cells].join(' | ')} |`);
}
const insufficient = groups.filter((g) => g.present && !g.sufficient);
const absent = groups.filter((g) => !g.present);
const notes = [];
if (worst.size > 0)
notes.push('bold: the worst group of a column');
if (insufficient.length > 0)
notes.push(`\u2020 below ${escapeMarkdown('min_group_size')} ${audit.settings.min_group_size}: shown, left out of aggregates and gates`);
if (absent.length > 0)
notes.push(`\u00b7 no rows in this combination`);
if (groups.some((g) => g.insufficient_for))
notes.push(`\u2021 too few positive or negative labels for this metric (${escapeMarkdown('min_positives')} / ${escapeMarkdown('min_negatives')}): left out of its aggregates and gates`);
if (groups.some((g) => Object.values(g.deltas ?? {}).some((d) => d?.outside_interval)))
notes.push("\u25b2\u25bc change against the baseline; * the baseline value lies outside this value's confidence interval");
const legend = notes.length > 0 || footnotes.length > 0
? `${[...notes, ...footnotes.slice(0, 20)].join(' \u00b7 ')}${footnotes.length > 20 ? ` \u00b7 and ${footnotes.length - 20} more undefined values` : ''}`
: null;
if (disparities)
lines.push('', `<details><summary><sub>${legend ? `${legend} \u00b7 ` : ''}disparities between groups</sub></summary>`, '', `<sub>${disparities}</sub>`, '', '</details>');
else if (legend)
lines.push('', `<sub>${legend}</sub>`);
return lines;
}
function overallLine(audit) {
const metrics = displayedMetrics(audit);
return metrics
.map((m) => {
const d = deltaText(audit.overall_delta?.[m], m);
return `${METRIC_LABELS[m]} **${formatValue(audit.overall[m], m)}**${d ? ` ${d}` : ''}`;
})
.join(' \u00b7 ');
}
function fairnessSummary(audit, attribute) {
const want = [
'demographic_parity_difference',
'equalized_odds_difference',
'equal_opportunity_difference',
'demographic_parity_ratio',
];
const mine = rowsOf(audit.disparities, attribute);
const rows = mine.filter((d) => d.method === 'between_groups' && want.includes(d.metric));
if (rows.length === 0)
return null;
const extra = (d) => {
const ci = d.ci ? ` [${intervalText(d.ci)}]` : '';
const delta = deltaText(d.delta);
return `${ci}${delta ? ` ${delta}` : ''}`;
};
const namer = groupNamer(audit.groups);
const pair = (groups) => namer(attribute, groups).map(markdownInert).join(' vs ');
const parts = rows.map((d) => `${d.metric.replace(/_/g, ' ')} **${formatValue(d.value)}**${extra(d)}${d.groups.length === 2 ? ` (${pair(d.groups)})` : ''}`);
const di = mine.find((d) => d.metric === 'disparate_impact');
if (di && di.value !== null && di.reference) {
parts.push(`disparate impact **${formatValue(di.value)}**${extra(di)} (${namer(attribute, di.groups).map(markdownInert).join(', ')} against ${escapeMarkdown(di.reference.group ?? '?')}, the ${di.reference.chosen === di.reference.group ? 'reference' : `${escapeMarkdown(di.reference.chosen)} group`}; a ratio, not a legal test)`);
}
return parts.join(' \u00b7 ');
}
function statusIn(audit, g, level) {
if (level === undefined || !g.control)
return g.status;
return g.control.levels.find((l) => l.level === level)?.status ?? 'pass';
}
function gateStanding(audit, attribute, level) {
const statuses = gatesOn(audit, attribute).map((g) => statusIn(audit, g, level));
const open = statuses.some((st) => st !== 'pass');
const icon = statuses.includes('fail') ? '\u274c' : open ? '\u26a0\ufe0f' : statuses.length > 0 ? '\u2705' : '';
return { gates: statuses.length, open, icon };
}
function standingText(standing) {
if (standing.gates === 0)
return 'no gates';
return standing.gates === 1 ? 'its gate passes' : `its ${standing.gates} gates pass`;
}
function groupSections(audit, options, level) {
const out = [];
const attributes = options.omitGroups ? [] : audit.settings.sensitive;
for (const attr of attributes) {
const groups = [...rowsOf(audit.groups, attr)];
const { shown, hidden } = limitGroups(groups, options.maxGroupRows);
const standing = gateStanding(audit, attr, level);
const body = ['', ...groupTable(audit, shown, attr, fairnessSummary(audit, attr)), ...hiddenNote(hidden), ''];
if (standing.open)
out.push(`#### ${standing.icon} By ${escapeMarkdown(attr)}`, ...body);
else
out.push(`<details><summary>${standing.icon ? `${standing.icon} ` : ''}By ${escapeMarkdown(attr)} \u00b7 ${standingText(standing)}</summary>`, ...body, '</details>', '');
}
const intersections = options.omitGroups ? [] : audit.settings.intersections;
if (options.omitIntersections && intersections.length > 0)
out.push('<sub>Intersection tables left out to fit; the JSON report has them.</sub>', '');
for (const x of options.omitIntersections ? [] : intersections) {
const groups = [...rowsOf(audit.groups, x)];
const present = groups.filter((g) => g.present).length;
const { shown, hidden } = limitGroups(groups, options.maxGroupRows);
const standing = gateStanding(audit, x, level);
out.push(`<details${standing.open ? ' open' : ''}><summary>${standing.icon ? `${standing.icon} ` : ''}By ${x.map(escapeMarkdown).join(' \u00d7 ')} (${present} of ${groups.length} combinations present)${standing.open ? '' : ` \u00b7 ${standingText(standing)}`}</summary>`, '', ...groupTable(audit, shown, x, fairnessSummary(audit, x)), ...hiddenNote(hidden), '', '</details>', '');
}
return out;
}
const EFFECT_ORDER = { fail: 0, warn: 1, pass: 2 };
function breachSize(g) {
if (g.value === null)
return 0;
const past = (distance, bound) => Math.max(0, distance) / (Math.abs(bound) || 1);
return Math.max(g.threshold.max !== undefined ? past(g.value - g.threshold.max, g.threshold.max) : 0, g.threshold.min !== undefined ? past(g.threshold.min - g.value, g.threshold.min) : 0);
}
function chartGate(audit) {
const breached = audit.gates.filter((g) => g.attribute !== null && g.effect !== 'pass' && (g.status === 'fail' || g.status === 'warn'));
return breached.reduce((best, g) => {
if (!best)
return g;
const byEffect = EFFECT_ORDER[g.effect] - EFFECT_ORDER[best.effect];
if (byEffect !== 0)
return byEffect < 0 ? g : best;
return breachSize(g) > breachSize(best) ? g : best;
}, undefined);
}
function auditChart(audit, options) {
if (options.chart === false)
return [];
const gate = chartGate(audit);
const shown = gate ?? audit.gates.find((g) => g.attribute !== null && (0,catalog .w9)(g.metric) !== undefined);
const attribute = shown?.attribute ?? audit.settings.sensitive[0];
if (attribute === undefined || attribute === null)
return [];
const level = shown?.control ? audit.control?.levels.find((l) => l.level === shown.control?.level) : undefined;
const view = level ? levelView(audit, level) : audit;
const groups = [...rowsOf(view.groups, attribute)];
const chart = renderRateChart(view, attribute, groups, shown);
if (chart.length === 0)
return [];
const rate = (shown && gateRate(shown, groups)) ?? keyRate(view, Array.isArray(attribute) ? '' : attribute);
if (gate) {
const line = chartLimit(view, gate, rate, groups) ? ', and its threshold as the red line' : '';
return [
`<sub>${STATUS_ICON[gate.status]} ${gateTitle(gate)}: each group's ${METRIC_LABELS[rate]}${line}</sub>`,
'',
...chart,
'',
];
}
return [
`<details><summary>Chart: ${METRIC_LABELS[rate]} by ${escapeMarkdown(scopeOf(attribute))}${level ? ` in ${escapeMarkdown(levelLabel(level))}` : ''}</summary>`,
'',
...chart,
'',
'</details>',
'',
];
}
function levelView(audit, level) {
const view = {
...audit,
rows: level.rows,
overall: level.overall,
overall_undefined: level.overall_undefined,
overall_counts: level.overall_counts,
groups: level.groups,
disparities: level.disparities,
};
delete view.control;
delete view.overall_delta;
if (level.overall_ci)
view.overall_ci = level.overall_ci;
else
delete view.overall_ci;
if (level.overall_delta)
view.overall_delta = level.overall_delta;
return view;
}
function levelLabel(level) {
return Object.entries(level.control)
.map(([c, v]) => `${c} = ${v}`)
.join(', ');
}
function levelPasses(audit, level) {
return audit.gates.every((g) => (g.control?.levels.find((l) => l.level === level.level)?.status ?? 'pass') === 'pass');
}
function levelSection(audit, level, options) {
const view = levelView(audit, level);
const passes = levelPasses(audit, level);
const icon = passes
? '\u2705'
: audit.gates.some((g) => g.control?.levels.some((l) => l.level === level.level && l.status === 'fail'))
? '\u274c'
: '\u26a0\ufe0f';
const out = [
`<details${passes ? '' : ' open'}><summary>${icon} Control level ${escapeMarkdown(levelLabel(level))} \u00b7 ${(0,config_problem .K9)(level.rows)} rows</summary>`,
'',
`Overall in this level: ${overallLine(view)}`,
'',
];
for (const line of groupSections(view, options, level.level))
out.push(line);
out.push('</details>', '');
return out;
}
function groupValues(audit) {
const maps = new Map();
return (g, key) => {
const metric = (0,catalog .cI)(g.metric);
if (metric === undefined || g.attribute === null)
return undefined;
const level = g.control ? audit.control?.levels.find((l) => l.level === g.control?.level) : undefined;
const id = `${level ? JSON.stringify(level.level) : ''}${attributeId(g.attribute)}`;
let map = maps.get(id);
if (!map) {
map = new Map(rowsOf(level ? level.groups : audit.groups, g.attribute).map((r) => [r.key, r]));
maps.set(id, map);
}
const value = map.get(key)?.metrics[metric];
return typeof value === 'number' ? value : value === null ? null : undefined;
};
}
function auditSection(audit, options, multiple) {
const out = [];
const icon = audit.passed ? (audit.gates.some((g) => g.effect === 'warn') ? '\u26a0\ufe0f' : '\u2705') : '\u274c';
if (multiple)
out.push(`### ${icon} ${escapeMarkdown(audit.name)}`, '');
const meta = [
`**${escapeMarkdown(audit.name)}**`,
`${(0,config_problem .K9)(audit.rows)} rows`,
audit.data.map(escapeMarkdown).join(', '),
...(options.commit ? [`commit ${shortCommit(options.commit)}`] : []),
...(audit.dropped_rows > 0 ? [`${(0,config_problem .K9)(audit.dropped_rows)} rows dropped (missing sensitive value)`] : []),
];
out.push(`${meta.join(' \u00b7 ')}<br>`, `Overall: ${overallLine(audit)}`, '');
if (audit.baseline && audit.baseline.status !== 'compared')
out.push(`<sub>No baseline comparison: ${escapeMarkdown(audit.baseline.message ?? 'no baseline')}</sub>`, '');
out.push(...gatesTable(audit.gates, audit.confidence?.level, groupNamer(audit.groups), groupValues(audit)), '');
for (const line of auditChart(audit, options))
out.push(line);
if (options.omitGroups) {
out.push('<sub>Per-group tables left out to fit; the JSON report has every group.</sub>', '');
}
const sections = audit.control
? (options.omitGroups ? [] : audit.control.levels).map((level) => levelSection(audit, level, options))
: [groupSections(audit, options)];
for (const section of sections)
for (const line of section)
out.push(line);
if (audit.warnings.length > 0) {
out.push('<details><summary>Warnings</summary>', '');
for (const w of audit.warnings.slice(0, MAX_RENDERED_WARNINGS))
out.push(`- ${escapeMarkdown(w)}`);
const more = audit.warnings.length - MAX_RENDERED_WARNINGS;
if (more > 0)
out.push(`- and ${(0,config_problem .K9)(more)} more warnings; the JSON report has every one`);
out.push('', '</details>', '');
}
return out;
}
const ROW_AT_LEAST = 9;
const CELL_AT_LEAST = 4;
function renderedLengthAtLeast(report, options = {}) {
if (options.omitGroups)
return 0;
let length = 0;
for (const audit of report.audits) {
const views = audit.control ? audit.control.levels.map((level) => levelView(audit, level)) : [audit];
for (const view of views) {
const groupings = [...view.settings.sensitive, ...(options.omitIntersections ? [] : view.settings.intersections)];
const metrics = displayedMetrics(view).length;
for (const attribute of groupings) {
const classes = classesGated(view, attribute);
const row = ROW_AT_LEAST + CELL_AT_LEAST * (metrics + (classes.positives ? 1 : 0) + (classes.negatives ? 1 : 0));
for (const g of limitGroups([...rowsOf(view.groups, attribute)], options.maxGroupRows).shown)
length += g.key.length + row;
}
}
}
return length;
}
function renderMarkdown(report, options = {}) {
const out = [];
if (options.preamble)
out.push(options.preamble);
out.push(`## ${headline(report, options.failOn)}`, '');
if (options.notice)
out.push(`> [!NOTE]\n> ${escapeMarkdown(options.notice)}`, '');
const multiple = report.audits.length > 1;
for (const audit of report.audits) {
for (const line of auditSection(audit, options, multiple))
out.push(line);
for (const line of renderTrend(report, audit, options.trend))
out.push(line);
}
if (report.baseline) {
const b = report.baseline;
out.push(b.status === 'compared'
? `<sub>\u25b2\u25bc change against the baseline report ${escapeMarkdown(b.source ?? '')}${b.tool_version ? ` (Model Audit Gate ${escapeMarkdown(b.tool_version)})` : ''}; * the baseline value lies outside the current value's confidence interval</sub>`
: `<sub>No baseline comparison: ${escapeMarkdown(b.message ?? 'no baseline')}</sub>`, '');
}
const conf = report.audits.find((a) => a.confidence)?.confidence;
const intervals = conf
? [
`Intervals: ${+(conf.level * 100).toFixed(2)}% \u2014 Wilson for rates; for differences, ratios and other values a Poisson bootstrap of the per-group counts (${(0,config_problem .K9)(conf.replicates)} replicates, seed ${conf.seed}, percentile); ROC AUC by DeLong.`,
]
: [];
out.push(`<sub>${[...intervals, `Model Audit Gate ${escapeMarkdown(report.tool.version)} \u00b7 config ${escapeMarkdown(report.config)} \u00b7 metrics as fairlearn defines them${report.audits.some((a) => a.settings.zero_division === 'undefined') ? '; a rate with a zero denominator is shown as \u2014 rather than 0' : ''}`].join(' ')}</sub>`);
return `${out
.join('\n')
.replace(/\n{3,}/g, '\n\n')
.trimEnd()}\n`;
}
;
const COMMENT_BUDGET = { limit: 65_536, unit: 'chars' };
const SUMMARY_BUDGET = { limit: 1024 * 1024, unit: 'bytes' };
function measure(text, unit) {
return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
const STEPS = [
{ what: 'trend charts left out', options: { trend: 'table' } },
{ what: 'group tables cut to their 100 largest groups', options: { maxGroupRows: 100, trend: 'table' } },
{ what: 'group tables cut to their 25 largest groups', options: { maxGroupRows: 25, trend: 'table' } },
{
what: 'group tables cut to their 10 largest groups, charts and trends left out',
options: { maxGroupRows: 10, chart: false, trend: false },
},
{
what: 'intersection tables left out',
options: { maxGroupRows: 10, chart: false, trend: false, omitIntersections: true },
},
{ what: 'per-group tables left out', options: { chart: false, trend: false, omitGroups: true } },
];
function renderMarkdownWithin(report, options, budget, render = renderMarkdown) {
try {
return fit(report, options, budget, render);
}
finally {
clearEscapeMemo();
}
}
const GATE_ROW_AT_LEAST = 30;
function renderedAtLeast(report, options) {
let gates = 0;
for (const audit of report.audits)
gates += audit.gates.length;
return gates * GATE_ROW_AT_LEAST + renderedLengthAtLeast(report, options);
}
function fit(report, options, budget, render) {
const mayFit = (o) => renderedAtLeast(report, o) <= budget.limit;
if (mayFit(options)) {
const full = render(report, options);
if (measure(full, budget.unit) <= budget.limit)
return { markdown: full, shortened: null };
}
const limitText = budget.unit === 'bytes' ? `${(0,config_problem .K9)(budget.limit)}-byte` : `${(0,config_problem .K9)(budget.limit)}-character`;
for (const step of report.history ? STEPS : STEPS.slice(1)) {
const notice = `Shortened to fit GitHub's ${limitText} limit (${step.what}); ${budget.fullReportAt} has everything.`;
if (!mayFit({ ...options, ...step.options }))
continue;
const md = render(report, { ...options, ...step.options, notice });
if (measure(md, budget.unit) <= budget.limit)
return { markdown: md, shortened: step.what };
}
const notice = `Cut to fit GitHub's ${limitText} limit; ${budget.fullReportAt} has everything.`;
const md = render(report, { ...options, ...STEPS[STEPS.length - 1]?.options, notice });
const tail = `\n\n> [!WARNING]\n> ${notice}\n`;
const lines = md.split('\n');
let size = measure(tail, budget.unit);
const kept = [];
for (const line of lines) {
const cost = measure(line, budget.unit) + 1;
if (size + cost > budget.limit)
break;
kept.push(line);
size += cost;
}
return { markdown: kept.join('\n') + tail, shortened: 'cut at a line boundary' };
}
;
function encodeMarkerValue(s) {
return s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|[^\uD800-\uDFFF]+/g, (part) => {
if (part.length > 1 || !/[\uD800-\uDFFF]/.test(part))
return encodeURIComponent(part);
const u = part.charCodeAt(0);
return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)]
.map((b) => `%${b.toString(16).toUpperCase()}`)
.join('');
});
}
function commentMarker(configFile, audit, via) {
const enc = encodeMarkerValue;
return `<!-- model-audit-gate config="${enc(configFile)}"${audit !== undefined ? ` audit="${enc(audit)}"` : ''}${via !== undefined ? ` via="${via}"` : ''} -->`;
}
function markerOf(report, options = {}) {
return commentMarker(options.markerConfig ?? report.config, options.audit, options.via);
}
function renderCommentBody(report, options = {}) {
return renderMarkdownWithin(report, { commit: options.commit, preamble: markerOf(report, options), failOn: options.failOn }, { ...COMMENT_BUDGET, fullReportAt: 'the job summary of the run' });
}
;
function sanitizeTerminal(s) {
return (0,log_escape .Ol)(s);
}
const ICON = { pass: '\u2713', warn: '!', fail: '\u2717', insufficient: '?' };
function paint(text, code, on) {
return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}
function codePointLength(s) {
let n = s.length;
for (let i = 0; i < s.length - 1; i++) {
const c = s.charCodeAt(i);
if (c >= 0xd800 && c <= 0xdbff) {
const d = s.charCodeAt(i + 1);
if (d >= 0xdc00 && d <= 0xdfff) {
n--;
i++;
}
}
}
return n;
}
function table(rows, rightAlign) {
const widths = [];
for (const r of rows)
r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, codePointLength(c))));
return rows.map((r) => r
.map((c, i) => {
const pad = ' '.repeat(widths[i] - codePointLength(c));
return rightAlign(i) ? pad + c : c + pad;
})
.join('  ')
.trimEnd());
}
function scope(attribute) {
return attribute === null ? 'overall' : sanitizeTerminal(scopeOf(attribute));
}
function terminal_metricsOf(audit) {
return [
...new Set(audit.settings.metrics
.map((m) => (0,catalog .cI)(m))
.filter((m) => m !== undefined && m !== 'count')),
];
}
function groupRows(audit, groups, header) {
const metrics = terminal_metricsOf(audit);
const rows = [[header, 'n', ...metrics.map((m) => METRIC_LABELS[m])]];
const names = distinguishNames(groups.map((g) => g.key));
for (const [i, g] of groups.entries()) {
const mark = !g.present ? ' (absent)' : g.sufficient ? '' : ' (insufficient)';
rows.push([
names[i] + mark,
formatValue(g.count, 'count'),
...metrics.map((m) => (g.present ? formatValue(g.metrics[m], m) : '\u00b7')),
]);
}
return table(rows, (i) => i > 0).map((l) => `  ${l}`);
}
function gateRows(gates, color, namer) {
if (gates.length === 0)
return ['  (no gates configured)'];
const compared = gates.some((g) => g.delta !== undefined);
const rows = gates.map((g) => [
ICON[g.status],
g.name ? `${sanitizeTerminal(g.name)} [${g.metric}]` : g.metric,
scope(g.attribute) +
(g.each_group ? ' (each group)' : '') +
(g.control
? ` \u00b7 ${sanitizeTerminal(g.control.level)}${g.control.chosen === 'worst' ? ' (worst level)' : ''}`
: ''),
(g.value === null ? '\u2014' : formatValue(g.value, g.metric)) +
(g.ci ? ` [${formatValue(g.ci[0], g.metric)}\u2013${formatValue(g.ci[1], g.metric)}]` : ''),
[formatThreshold(g.threshold), changeBoundsText(g)].filter(Boolean).join('; ') +
(g.on === 'interval' ? ' (interval)' : ''),
g.level,
...(compared ? [deltaText(g.delta, g.metric, true)] : []),
namer(g.attribute, g.groups.length === 2 && !g.each_group ? g.groups : g.groups.slice(0, 3)).join(g.groups.length === 2 && !g.each_group ? ' vs ' : ', '),
]);
const codes = { pass: 32, warn: 33, fail: 31, insufficient: 36 };
return table(rows, (i) => i === 3).map((l, i) => `  ${paint(l, codes[gates[i].status], color)}`);
}
function auditLines(audit, color) {
const out = [];
out.push(paint(`${sanitizeTerminal(audit.name)} \u00b7 ${(0,config_problem .K9)(audit.rows)} rows \u00b7 ${audit.data.map(sanitizeTerminal).join(', ')}`, 1, color));
const metrics = terminal_metricsOf(audit);
out.push(`Overall: ${metrics.map((m) => `${METRIC_LABELS[m]} ${formatValue(audit.overall[m], m)}`).join(' \u00b7 ')}`, '');
if (audit.control) {
for (const level of audit.control.levels) {
const view = levelView(audit, level);
out.push(paint(`Control level ${sanitizeTerminal(levelLabel(level))} \u00b7 ${(0,config_problem .K9)(level.rows)} rows`, 1, color), `Overall in this level: ${metrics.map((m) => `${METRIC_LABELS[m]} ${formatValue(view.overall[m], m)}`).join(' \u00b7 ')}`, '');
for (const line of groupLines(view))
out.push(line);
}
}
else
for (const line of groupLines(audit))
out.push(line);
out.push('Gates', ...gateRows(audit.gates, color, groupNamer(audit.groups)), '');
for (const g of audit.gates.filter((x) => x.status !== 'pass'))
out.push(`  ${ICON[g.status]} ${(0,log_escape .Q6)(g.message)}`);
for (const w of audit.warnings.slice(0, MAX_RENDERED_WARNINGS))
out.push(`  warning: ${sanitizeTerminal(w)}`);
if (audit.warnings.length > MAX_RENDERED_WARNINGS)
out.push(`  warning: and ${(0,config_problem .K9)(audit.warnings.length - MAX_RENDERED_WARNINGS)} more`);
return out;
}
function groupLines(audit) {
const out = [];
const groupings = [...audit.settings.sensitive, ...audit.settings.intersections];
for (const attr of groupings) {
const label = scopeOf(attr);
const groups = [...rowsOf(audit.groups, attr)];
out.push(`By ${sanitizeTerminal(label)}`, ...groupRows(audit, groups, sanitizeTerminal(label)));
const dp = rowsOf(audit.disparities, attr).filter((d) => d.method === 'between_groups' &&
['demographic_parity_difference', 'equalized_odds_difference', 'equal_opportunity_difference'].includes(d.metric));
if (dp.length > 0)
out.push(`  ${dp.map((d) => `${d.metric.replace(/_/g, ' ')} ${formatValue(d.value)}`).join(' \u00b7 ')}`);
out.push('');
}
return out;
}
function renderTerminal(report, options) {
const out = [];
for (const audit of report.audits) {
for (const line of auditLines(audit, options.color))
out.push(line);
out.push('');
}
out.push(renderVerdict(report, options));
return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
function renderVerdict(report, options) {
const s = report.summary;
return !report.passed
? paint(`\u2717 FAILED: ${s.failed} of ${(0,config_problem .LS)(s.gates, 'gate')} breached${s.warned ? `, ${(0,config_problem .LS)(s.warned, 'warning')}` : ''}`, 31, options.color)
: s.warned > 0
? paint(`! PASSED with ${(0,config_problem .LS)(s.warned, 'warning')} (${(0,config_problem .LS)(s.gates, 'gate')})`, 33, options.color)
: paint(`\u2713 PASSED: ${(0,config_problem .LS)(s.gates, 'gate')}`, 32, options.color);
}
var cli_io = __webpack_require__(1604);
;
function medianOf(values) {
if (values.length === 0)
return null;
const sorted = [...values].sort((a, b) => a - b);
const mid = sorted.length >> 1;
return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function historyMatcher(report) {
const keys = report.audits.map((audit) => audit.gates.map(gateKeyOf));
return (past) => {
const byName = new Map();
for (const a of past.audits)
if (!byName.has(a.name))
byName.set(a.name, a);
return report.audits.map((audit, a) => {
const found = byName.get(audit.name);
if (!found)
return null;
const index = indexGateValues(found);
const keyed = keys[a];
return audit.gates.map((g, i) => baselineValueOf(g, index, keyed[i]).value);
});
};
}
const timeOf = (run) => Date.parse(run.started_at);
function compareRunIds(a, b) {
if (a === b)
return 0;
if (a === undefined)
return -1;
if (b === undefined)
return 1;
return a.length !== b.length ? a.length - b.length : a < b ? -1 : 1;
}
function orderRuns(entries) {
return [...entries].sort((a, b) => timeOf(a.run) - timeOf(b.run) ||
compareRunIds(a.run.run_id, b.run.run_id) ||
(a.run.run_attempt ?? 1) - (b.run.run_attempt ?? 1) ||
(a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
const runOf = (e) => ({ file: e.file, ...e.run });
function historyGate(gate, values, asked) {
const defined = values.filter((v) => v !== null);
const median = medianOf(defined);
const out = asked ? { ...gate, history: { values, count: defined.length, median } } : gate;
if (gate.against !== 'history_median')
return out;
const need = gate.min_history ?? types .A8;
const runs = values.length;
const enough = defined.length >= need;
return judgeChange(out, enough ? median : null, {
against: `the median of ${defined.length} earlier run${defined.length === 1 ? '' : 's'}`,
missing: runs === 0
? 'no history reports to compare with'
: `only ${defined.length} of ${runs} history report${runs === 1 ? '' : 's'} hold${runs === 1 ? 's' : ''} this value, fewer than min_history ${need}: insufficient data`,
pending: NO_HISTORY,
});
}
function applyHistory(report, entries, meta) {
const ordered = orderRuns(entries);
const kept = ordered.slice(Math.max(0, ordered.length - meta.limit));
const older = ordered.slice(0, ordered.length - kept.length);
const skipped = [...meta.skipped];
for (const e of older)
skipped.push({
file: e.file,
kind: 'notice',
reason: `older than the latest ${meta.limit} runs (history-limit ${meta.limit})`,
});
const audits = report.audits.map((audit, a) => {
const gates = audit.gates.map((g, i) => historyGate(g, kept.map((e) => e.values[a]?.[i] ?? null), meta.patterns.length > 0));
return { ...audit, gates, passed: !gates.some((g) => g.effect === 'fail') };
});
const history = {
patterns: meta.patterns,
limit: meta.limit,
matched: meta.matched,
runs: kept.map(runOf),
skipped: skipped.slice(0, MAX_HISTORY_SKIPPED),
skipped_count: meta.skippedCount + older.length,
};
const gates = audits.flatMap((a) => a.gates);
return {
...report,
passed: audits.every((a) => a.passed),
summary: summarizeGates(gates),
...(meta.patterns.length > 0 ? { history } : {}),
audits,
};
}
function parseHistoryLimit(raw, what) {
if (raw === undefined || raw.trim() === '')
return DEFAULT_HISTORY_LIMIT;
const v = raw.trim();
if (!/^[0-9]{1,4}$/.test(v) || Number(v) < 1 || Number(v) > MAX_HISTORY_LIMIT)
return `${what} is ${JSON.stringify(raw)}; expected a whole number from 1 to ${MAX_HISTORY_LIMIT}`;
return Number(v);
}
;
function sameConfigPath(a, b) {
return a === b || external_node_path_.posix.normalize(a) === external_node_path_.posix.normalize(b);
}
const MAX_HISTORY_FILES = 200;
const HISTORY_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
async function resolveHistory(patterns, root, what) {
if (patterns.length > MAX_HISTORY_PATTERNS)
return {
history: { patterns: [...patterns], files: [], unmatched: [] },
problems: [
{
file: what,
message: `${patterns.length} history patterns; at most ${MAX_HISTORY_PATTERNS} are read: one glob such as history/**/*.json names every downloaded report`,
},
],
};
const { files, problems, unmatched } = await resolveDataFiles(patterns, root, what, undefined, {
noun: 'history',
owner: 'this run',
maxFiles: MAX_HISTORY_FILES,
tooMany: 'download only the latest runs (see "Trends over time" in the README)',
optional: true,
});
return { history: { patterns: [...patterns], files, unmatched }, problems };
}
const sameRun = (a, b) => a?.run_id !== undefined && a.run_id === b?.run_id && (a.run_attempt ?? 1) === (b.run_attempt ?? 1);
async function compareWithHistory(report, history, options) {
const notices = [];
const warnings = [];
const read = [];
const entries = [];
const skipped = [];
let skippedCount = 0;
const skip = (file, kind, reason) => {
skippedCount++;
if (skipped.length < MAX_HISTORY_SKIPPED)
skipped.push({ file, kind, reason });
(kind === 'notice' ? notices : warnings).push(`history report ${file}: ${reason}`);
};
const files = history?.files ?? [];
for (const pattern of history?.unmatched ?? [])
notices.push(`history pattern '${pattern}' matches no report (a first run has no history)`);
const baselineBytes = options.baselineBytes ?? 0;
let bytes = baselineBytes;
const runs = new Map();
const valuesOf = historyMatcher(report);
const readOne = async (f, file) => {
let text;
try {
text = await readReportText(f.path, f.id);
}
catch (e) {
skip(file, 'warning', `cannot be read: ${e.message}`);
return 0;
}
read.push(f.path);
const textBytes = 'text' in text ? Buffer.byteLength(text.text) : 0;
const parsed = parseBaseline(text, file, 'a history report');
if ('problem' in parsed) {
skip(file, 'warning', parsed.problem);
return textBytes;
}
const past = parsed.report;
if (!sameConfigPath(past.config, report.config)) {
skip(file, 'notice', `a report of config ${past.config}, not ${report.config}: left out`);
return textBytes;
}
if (!past.run) {
skip(file, 'notice', 'records no run time (written by a version before trends): left out');
return textBytes;
}
if (Number.isNaN(Date.parse(past.run.started_at))) {
skip(file, 'warning', `its run.started_at ${past.run.started_at} is no date: left out`);
return textBytes;
}
if (sameRun(past.run, report.run)) {
skip(file, 'notice', "this run's own report: left out");
return textBytes;
}
if (report.run && Date.parse(past.run.started_at) >= Date.parse(report.run.started_at)) {
skip(file, 'warning', `its run.started_at ${past.run.started_at} is not before this run's start (${report.run.started_at}); an earlier run's report is dated before it: left out`);
return textBytes;
}
const values = valuesOf(past);
if (values.every((v) => v === null)) {
skip(file, 'notice', `has none of this run's audits (${report.audits.map((a) => a.name).join(', ')}): left out`);
return textBytes;
}
const runKey = past.run.run_id !== undefined ? `${past.run.run_id}/${past.run.run_attempt ?? 1}` : null;
const earlier = runKey !== null ? runs.get(runKey) : undefined;
if (earlier !== undefined) {
skip(file, 'notice', `the same run as ${earlier} (run ${runKey}): left out`);
return textBytes;
}
if (runKey !== null)
runs.set(runKey, file);
report.audits.forEach((a, i) => {
if (values[i] === null)
notices.push(`history report ${file} has no audit '${a.name}'`);
});
entries.push({ file, run: past.run, values });
return textBytes;
};
for (const f of files) {
const file = (0,external_node_path_.relative)(options.root.real, f.path) || f.display;
if (options.exclude?.includes(f.path)) {
skip(file, 'notice', "this run's own output, left out");
continue;
}
let size = 0;
try {
size = (0,external_node_fs_.statSync)(f.path).size;
}
catch {
}
if (bytes + size > HISTORY_MAX_TOTAL_BYTES) {
skip(file, 'warning', `not read: its ${size.toLocaleString('en-US')} bytes would take the ${baselineBytes > 0 ? 'baseline and history' : 'history'} reports read past the run's ${HISTORY_MAX_TOTAL_BYTES.toLocaleString('en-US')} bytes (64 MiB; ${bytes.toLocaleString('en-US')} read so far${baselineBytes > 0 ? `, the baseline's ${baselineBytes.toLocaleString('en-US')} among them` : ''})`);
continue;
}
const textBytes = await readOne(f, file);
bytes += textBytes;
if (textBytes >= collect .Au)
(0,collect .iO)();
}
const meta = {
patterns: history?.patterns ?? [],
limit: options.limit,
matched: files.length,
skipped,
skippedCount,
};
return { report: applyHistory(report, entries, meta), notices, warnings, read };
}
function historyMessages(outcome, max = 20) {
const cap = (lines, what) => lines.length <= max
? lines
: [
...lines.slice(0, max),
`and ${(lines.length - max).toLocaleString('en-US')} more ${what}; the JSON report's history.skipped lists them`,
];
return { notices: cap(outcome.notices, 'history notices'), warnings: cap(outcome.warnings, 'history warnings') };
}
;
const USAGE = `Usage: model-audit-gate [options]

Audits a model's evaluation output against an audit config: fairlearn-exact metrics per
group, disparities, and gates.

Options:
  -c, --config FILE    the audit config (default: .github/model-audit.yml)
  -a, --audit NAME     run only the audit with this name
      --json FILE      write the JSON report to FILE
      --markdown FILE  write the markdown report (exactly the PR comment's body) to FILE
      --baseline FILE  compare with a previous run's JSON report: changes, and the gates'
                       max_increase / max_decrease / max_relative_change (a missing file
                       is reported, not an error)
      --history GLOB   earlier runs' JSON reports (relative to the workspace; repeatable):
                       a trend of every gated value, and the gates with
                       \`against: history_median\`
      --history-limit N
                       use the latest N history runs, by the time each report records
                       (default ${DEFAULT_HISTORY_LIMIT}, at most ${MAX_HISTORY_LIMIT})
  -C, --workspace DIR  the repository root that the config and data paths are relative to
                       (default: .); every path read or written must stay inside it
      --allow-outside-workspace
                       let paths leave the workspace (e.g. --json /tmp/report.json); only
                       for your own files, never on a checkout of someone else's pull request
      --no-color       plain output even on a terminal
  -q, --quiet          print only the verdict line
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-level gate failed; 1 a gate failed; 2 a config or input error.

       model-audit-gate sql --audit NAME [--dialect duckdb|postgres|spark|bigquery] [--table T]
prints the SQL that computes the audit's counts in a warehouse (see \`sql --help\`).
`;
function escapedIO(io) {
const terminal = io.isTTY;
return {
...io,
stdout: (s) => io.stdout((0,log_escape .Ah)(s, { terminal })),
stderr: (s) => io.stderr((0,log_escape .Ah)(s, { terminal })),
};
}
async function runCli(argv, rawIO) {
const io = escapedIO(rawIO);
if (argv[0] === 'sql')
return (await Promise.all( [__webpack_require__.e(815), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 6876))).runSqlCommand(argv.slice(1), { ...io, stdout: rawIO.stdout });
let args;
try {
args = parse(argv);
}
catch (e) {
io.stderr((0,cli_args .d)(e, argv, CLI_OPTIONS, 'model-audit-gate'));
return cli_io .nS;
}
const v = args.values;
if (v.help) {
io.stdout(USAGE);
return cli_io .rc;
}
if (v.version) {
io.stdout(`${version .x}\n`);
return cli_io .rc;
}
if (args.positionals.length > 0) {
io.stderr(`model-audit-gate: unexpected argument '${(0,log_escape .Ol)(args.positionals[0] ?? '')}' (options take a value as --config FILE)\nRun 'model-audit-gate --help' for the options.\n`);
return cli_io .nS;
}
const startedAt = new Date();
const historyLimit = parseHistoryLimit(v['history-limit'], '--history-limit');
if (typeof historyLimit === 'string') {
io.stderr(`model-audit-gate: ${historyLimit}\n`);
return cli_io .nS;
}
const workspace = (0,external_node_path_.resolve)(io.cwd, v.workspace ?? '.');
const configFile = v.config ?? '.github/model-audit.yml';
const allowOutside = v['allow-outside-workspace'] === true;
const root = (0,guard .KB)(workspace, { allowOutside });
const outputs = [
...(v.json ? [{ what: '--json', path: v.json, base: io.cwd, mode: 'write' }] : []),
...(v.markdown ? [{ what: '--markdown', path: v.markdown, base: io.cwd, mode: 'write' }] : []),
];
const { problems: refused, outside } = checkRunPaths([
...(v.baseline ? [{ what: '--baseline', path: v.baseline, base: io.cwd, mode: 'read' }] : []),
...outputs,
], root);
const history = v.history?.length ? await resolveHistory(v.history, root, '--history') : null;
if (history)
refused.push(...history.problems);
if (refused.length > 0) {
for (const line of (0,config_problem .C5)(refused))
io.stderr(`${line}\n`);
io.stderr(`model-audit-gate: ${(0,config_problem .LS)(refused.length, 'problem')}; nothing was audited${outside ? ` (the workspace is ${root.dir}: run from your repository or set -C; for your own files elsewhere, --allow-outside-workspace)` : ''}\n`);
return cli_io .nS;
}
try {
const baseline = v.baseline ? await loadBaseline(v.baseline, io.cwd, root) : null;
const started = Date.now();
let shown = false;
const onProgress = io.isTTY
? (_audit, p) => {
shown = true;
io.stderr(`\r\u001b[K${formatProgress(p, Date.now() - started)}`);
}
: undefined;
const outcome = await runConfigFile(configFile, {
workspace,
allowOutside,
audit: v.audit,
onProgress,
progressIntervalMs: 250,
});
if (shown)
io.stderr('\r\u001b[K');
if (!outcome.ok) {
for (const line of (0,config_problem .C5)(outcome.problems))
io.stderr(`${line}\n`);
io.stderr(`model-audit-gate: ${(0,config_problem .LS)(outcome.problems.length, 'problem')}; nothing was audited\n`);
return cli_io .nS;
}
const ran = { ...outcome.report, run: runInfoOf(io.env, startedAt) };
const compared = baseline ? applyLoadedBaseline(ran, baseline) : ran;
const outputPaths = [v.json, v.markdown].flatMap((f) => {
const at = f ? (0,guard .o1)(root, f, io.cwd, 'write') : null;
return at?.ok ? [at.path] : [];
});
const trend = await compareWithHistory(compared, history?.history ?? null, {
limit: historyLimit,
root,
exclude: outputPaths,
baselineBytes: baseline?.bytes ?? 0,
});
const report = trend.report;
const said = historyMessages(trend);
for (const line of said.notices)
io.stderr(`model-audit-gate: ${(0,config_problem .LD)(line)}\n`);
for (const line of said.warnings)
io.stderr(`model-audit-gate: warning: ${(0,config_problem .LD)(line)}\n`);
if (report.history)
io.stderr(`model-audit-gate: history: ${(0,config_problem .LS)(report.history.runs.length, 'earlier run')} of ${(0,config_problem .LS)(report.history.matched, 'report file')} matched\n`);
const baselineAt = v.baseline ? (0,guard .o1)(root, v.baseline, io.cwd, 'read') : null;
const baselinePath = baselineAt?.ok ? [baselineAt.path] : [];
if (report.baseline && report.baseline.status !== 'compared')
io.stderr(`model-audit-gate: ${(0,config_problem .LD)(report.baseline.message ?? 'no baseline')}\n`);
const color = io.isTTY && !v['no-color'] && io.env.NO_COLOR === undefined;
const writes = [
[v.json, () => readableReport(report)],
[v.markdown, () => renderCommentBody(report, { audit: v.audit, commit: io.env.GITHUB_SHA }).markdown],
];
for (const [file, content] of writes) {
if (!file)
continue;
const where = (0,guard .o1)(root, file, io.cwd, 'write');
if (!where.ok) {
io.stderr(`${file}: ${(0,guard .se)(where, file === v.json ? '--json' : '--markdown', file, root)}\n`);
return cli_io .nS;
}
const clash = overwritesInput(where.path, [...outcome.inputs, ...baselinePath, ...trend.read], file === v.json ? '--json' : '--markdown', file);
if (clash) {
for (const line of (0,config_problem .C5)([clash]))
io.stderr(`${line}\n`);
return cli_io .nS;
}
try {
await writeFileAtomic(where.path, content(), undefined, where.parent);
}
catch (e) {
io.stderr(`${(0,log_escape .Ol)(file)}: ${e instanceof ReportTooLargeError ? '' : 'cannot write: '}${(0,log_escape .Ol)(e.message)}\n`);
return cli_io .nS;
}
}
io.stdout(v.quiet ? `${renderVerdict(report, { color })}\n` : renderTerminal(report, { color }));
return report.passed ? cli_io .rc : cli_io .je;
}
catch (e) {
const limited = (0,config_problem .aV)(e);
if (limited) {
io.stderr(`model-audit-gate: ${limited}\n`);
return cli_io .nS;
}
io.stderr(`model-audit-gate: internal error: ${(0,config_problem .LD)(e.message)}\nPlease report it with the command you ran${io.env.DEBUG ? `\n${e.stack}` : ' (set DEBUG=1 for details)'}.\n`);
return cli_io .nS;
}
}
const CLI_OPTIONS = {
config: { type: 'string', short: 'c' },
audit: { type: 'string', short: 'a' },
json: { type: 'string' },
markdown: { type: 'string' },
baseline: { type: 'string' },
history: { type: 'string', multiple: true },
'history-limit': { type: 'string' },
workspace: { type: 'string', short: 'C' },
'allow-outside-workspace': { type: 'boolean' },
'no-color': { type: 'boolean' },
quiet: { type: 'boolean', short: 'q' },
help: { type: 'boolean', short: 'h' },
version: { type: 'boolean', short: 'v' },
};
function parse(argv) {
return (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, strict: true, options: CLI_OPTIONS });
}
}),
5605:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
SL: () => ( CONFIG_MAX_BYTES),
wZ: () => ( CONFIG_MAX_COLLECTION_ITEMS),
Uv: () => ( CONFIG_MAX_DEPTH),
fv: () => ( CONFIG_MAX_VALUES),
fD: () => ( buildConfig),
gO: () => ( configTooLarge),
W1: () => ( crowdedAt),
Qq: () => ( dedupe)
});
var problem = __webpack_require__(8841);
var schema = __webpack_require__(131);
;
function formatPath(path) {
return path.reduce((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}
function parsePointer(pointer) {
if (!pointer)
return [];
return pointer
.slice(1)
.split('/')
.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
;
function schemaPropertiesAt(path) {
const defs = schema .ln.definitions;
if (path.length === 0)
return Object.keys(schema .ln.properties);
if (path[0] === 'audits' && path.length === 2)
return Object.keys(defs.audit.properties);
if (path[0] === 'audits' && path[2] === 'gates' && path.length === 4)
return Object.keys(defs.gate.properties);
if (path[0] === 'audits' && path[2] === 'gates' && path[4] === 'each_group')
return ['min', 'max'];
if (path[0] === 'audits' && path[2] === 'confidence')
return Object.keys(defs.audit.properties.confidence.properties);
return [];
}
function describeValue(v) {
if (v === null)
return 'null';
if (Array.isArray(v))
return 'a list';
if (typeof v === 'object')
return 'a mapping';
if (typeof v === 'string')
return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v)}`;
return `${typeof v} ${String(v)}`;
}
function typeWord(t) {
const words = {
array: 'a list',
object: 'a mapping',
string: 'a string',
number: 'a number',
integer: 'a whole number',
boolean: 'true or false',
};
const list = Array.isArray(t) ? t : [t];
return list.map((x) => words[x] ?? x).join(' or ');
}
function valueAt(data, path) {
let v = data;
for (const seg of path)
v = v?.[seg];
return v;
}
function ajvMessage(e, data) {
const path = parsePointer(e.instancePath);
const value = valueAt(data, path);
const p = e.params;
switch (e.keyword) {
case 'additionalProperties': {
const name = String(p.additionalProperty);
const allowed = schemaPropertiesAt(path);
const isGate = path[0] === 'audits' && path[2] === 'gates' && path.length === 4;
if (isGate && /thre?sh?o?l?d|limit|bound/i.test(name)) {
return {
path: [...path, name],
atKey: true,
message: `unknown key '${name}': a gate's thresholds are \`min\` and \`max\` (or \`each_group: {min, max}\`)`,
};
}
return {
path: [...path, name],
atKey: true,
message: `unknown key '${name}'${(0,problem .au)(name, allowed) || (allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '')}`,
};
}
case 'required':
return { path, atKey: false, message: `missing required key '${String(p.missingProperty)}'` };
case 'type':
if (typeof value === 'number' && !Number.isFinite(value))
return { path, atKey: false, message: `expected a finite number, got ${String(value)}` };
return { path, atKey: false, message: `expected ${typeWord(p.type)}, got ${describeValue(value)}` };
case 'enum': {
const allowed = p.allowedValues.map(String);
const shown = allowed.length > 12
? (0,problem .au)(String(value), allowed) || ' (see the schema for the list)'
: `; expected one of: ${allowed.join(', ')}`;
return { path, atKey: false, message: `${describeValue(value)} is not allowed here${shown}` };
}
case 'minItems':
return {
path,
atKey: false,
message: `expected at least ${String(p.limit)} ${Number(p.limit) === 1 ? 'item' : 'items'}`,
};
case 'maxItems':
case 'maxProperties': {
const n = Array.isArray(value)
? value.length
: typeof value === 'object' && value !== null
? Object.keys(value).length
: 0;
const what = String(path.at(-1));
return {
path,
atKey: false,
message: `${n.toLocaleString('en-US')} ${e.keyword === 'maxItems' ? 'items' : 'entries'}; at most ${String(p.limit)} are allowed here${LIMIT_ADVICE[what] ?? ''}`,
};
}
case 'propertyNames':
return null;
case 'minLength':
return { path, atKey: false, message: 'expected a non-empty string' };
case 'maxLength':
if (typeof e.propertyName === 'string')
return {
path: [...path, e.propertyName],
atKey: true,
message: `a key of ${e.propertyName.length.toLocaleString('en-US')} characters; at most ${Number(p.limit).toLocaleString('en-US')} are allowed here (${path.at(-1) === 'bins' ? 'a column name' : 'a column name, or an intersection of names joined by `+`'})`,
};
if (path[0] === 'audits' && path[2] === 'data' && typeof value === 'string' && p.limit === schema .iO.path)
return { path, atKey: false, message: (0,schema .Zb)('data', value) };
return {
path,
atKey: false,
message: `expected at most ${Number(p.limit).toLocaleString('en-US')} ${Number(p.limit) === 1 ? 'character' : 'characters'}`,
};
case 'minimum':
return { path, atKey: false, message: `expected a number >= ${String(p.limit)}, got ${describeValue(value)}` };
case 'maximum':
return { path, atKey: false, message: `expected a number <= ${String(p.limit)}, got ${describeValue(value)}` };
case 'exclusiveMinimum':
return { path, atKey: false, message: `expected a number > ${String(p.limit)}, got ${describeValue(value)}` };
case 'exclusiveMaximum':
return { path, atKey: false, message: `expected a number < ${String(p.limit)}, got ${describeValue(value)}` };
case 'uniqueItems': {
const item = Array.isArray(value) ? value[p.i] : undefined;
return {
path,
atKey: false,
message: `${describeValue(item)} is listed twice (items ${String(p.j)} and ${String(p.i)})`,
};
}
case 'minProperties':
return { path, atKey: false, message: 'expected at least one of min, max' };
case 'pattern':
return { path, atKey: false, message: 'expected a single line' };
case 'anyOf':
return {
path,
atKey: false,
message: `expected ${ANY_OF_EXPECTED[String(path.at(-1))] ?? 'a path or a list of paths'}, got ${describeValue(value)}`,
};
default:
return { path, atKey: false, message: e.message ?? `invalid (${e.keyword})` };
}
}
const ANY_OF_EXPECTED = {
attribute: 'an attribute name or a list of two or more',
reference: '`largest`, `best`, or a mapping of attribute to group name, `largest` or `best`',
};
const LIMIT_ADVICE = {
audits: ': split the audits across several config files (one run each)',
data: ': use a glob (`data/*.csv`) instead of listing every file',
gates: ': one gate without `attribute` covers every sensitive attribute',
};
const overBound = (e) => e.keyword === 'maxItems' || e.keyword === 'maxProperties' || e.keyword === 'maxLength';
function collapseAnyOf(errors) {
const anyOf = errors.filter((e) => e.keyword === 'anyOf');
const inside = (e, a) => e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath);
const stands = (e, a) => overBound(e) && (e.instancePath === a.instancePath || e.keyword === 'maxLength') && inside(e, a);
const bounded = (a) => errors.some((e) => stands(e, a));
return errors.filter((e) => {
if (e.keyword === 'anyOf')
return !bounded(e);
const parent = anyOf.filter((a) => inside(e, a));
return parent.length === 0 || parent.some((a) => stands(e, a));
});
}
var catalog = __webpack_require__(5360);
var data_bins = __webpack_require__(2316);
var counts_columns = __webpack_require__(1516);
var types = __webpack_require__(2143);
;
const AGG_AGGREGATES = Object.keys(catalog .Zw).filter(catalog .W);
const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'counts'];
const RATE_BOUND_NOTE = 'a rate, difference or ratio lies in [0, 1]';
const str = (v) => (typeof v === 'string' && v.length > 0 ? v : undefined);
const strList = (v) => Array.isArray(v)
? v.filter((x) => typeof x === 'string' && x.length > 0)
: typeof v === 'string' && v
? [v]
: [];
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
function normaliseAudit(raw, base, at, positions, problems) {
const name = str(raw.name) ?? `audits[${String(base[1])}]`;
const label = str(raw.label);
const prediction = str(raw.prediction);
const score = str(raw.score);
const weight = str(raw.weight);
const sensitive = strList(raw.sensitive);
const intersections = Array.isArray(raw.intersections)
? raw.intersections.map(strList).filter((x) => x.length >= 2)
: [];
const control = strList(raw.control);
control.forEach((c, j) => {
const where = [...base, 'control', j];
if (sensitive.includes(c))
problems.push(at(where, `control column '${c}' is also a sensitive attribute; a column is either held fixed (\`control\`) or compared (\`sensitive\`), not both`));
else if (intersections.some((x) => x.includes(c)))
problems.push(at(where, `control column '${c}' is also in an intersection; a column is either held fixed (\`control\`) or compared (\`intersections\`), not both`));
const role = c === label ? 'label' : c === prediction ? 'prediction' : c === score ? 'score' : null;
if (role)
problems.push(at(where, `control column '${c}' is the audit's ${role} column; control columns are attributes to hold fixed, such as a channel or an income band`));
});
if (raw.format === 'counts') {
const own = (c) => counts_columns .C$.find((n) => n === c.toLowerCase());
for (const [key, list] of [
['sensitive', sensitive],
['control', control],
])
list.forEach((c, j) => {
const name = own(c);
if (name)
problems.push(at([...base, key, j], `${key === 'control' ? 'control' : 'sensitive'} column '${c}' has the name of a counts table's own column '${name}'; rename it in the data and the config`));
});
const groupings = [
...sensitive.map((c) => [...control, c]),
...intersections.map((x) => [...control, ...x]),
...(control.length > 0 ? [control] : []),
];
for (const pair of (0,counts_columns .tg)(groupings))
problems.push(at([...base, 'sensitive'], `${(0,counts_columns .b6)(pair)}; rename the column in the data and the config`));
}
if (!prediction && !score && raw.prediction === undefined && raw.score === undefined) {
problems.push(at(base, "missing 'prediction' or 'score': set `prediction` to the predicted label column, or `score` (with `threshold`) to derive it"));
}
if (prediction && raw.threshold !== undefined) {
problems.push(at([...base, 'threshold'], '`threshold` applies only when the prediction is derived from `score`; remove it or remove `prediction`', true));
}
if (prediction !== undefined && prediction === label)
problems.push(at([...base, 'prediction'], `the prediction column '${prediction}' is also the label column: every prediction would be right; name the column that holds the model's predicted labels`));
if (score !== undefined && score === label)
problems.push(at([...base, 'score'], `the score column '${score}' is also the label column: it would rank every row right; name the column that holds the model's score`));
if (prediction !== undefined && prediction === score)
problems.push(at([...base, 'prediction'], `the prediction column '${prediction}' is also the score column; name the column of predicted labels, or remove \`prediction\` to derive it from the score and \`threshold\``));
if (weight !== undefined) {
const roles = [
['label', label],
['prediction', prediction],
['score', score],
];
for (const [role, column] of roles)
if (column === weight)
problems.push(at([...base, 'weight'], `the weight column '${weight}' is also the ${role} column; name the column that holds each row's sample weight`));
if (sensitive.includes(weight) || intersections.some((x) => x.includes(weight)) || control.includes(weight))
problems.push(at([...base, 'weight'], `the weight column '${weight}' is also a sensitive attribute or control column; a weight is a number per row, not a group`));
}
if (raw.missing_group !== undefined && raw.missing !== 'group') {
problems.push(at([...base, 'missing_group'], '`missing_group` applies only with `missing: group`', true));
}
const metrics = (Array.isArray(raw.metrics) ? raw.metrics.filter((m) => typeof m === 'string') : types .Cq).map((m) => (0,catalog .cI)(m) ?? m);
if (score && !Array.isArray(raw.metrics))
metrics.push('roc_auc');
if (!score) {
metrics.forEach((m, j) => {
if ((0,catalog .cI)(m) && catalog .vY.has((0,catalog .cI)(m)))
problems.push(at([...base, 'metrics', j], `'${m}' needs a score column: set \`score\``));
});
}
const groupingNames = [...sensitive, ...intersections.map((x) => x.join(' \u00d7 '))];
const gates = [];
const rawGates = Array.isArray(raw.gates) ? raw.gates : [];
rawGates.forEach((g, j) => {
if (typeof g !== 'object' || g === null || Array.isArray(g))
return;
const gate = normaliseGate(g, [...base, 'gates', j], at, positions, problems, {
sensitive,
intersections,
groupingNames,
hasScore: !!score,
counts: raw.format === 'counts',
confidence: raw.confidence !== false,
control,
});
if (gate)
gates.push(gate);
});
const pos = positions.at(base) ?? { line: 1, column: 1 };
const keyPos = {};
const remember = (key, path) => {
const p = positions.at(path);
if (p)
keyPos[key] = p;
};
for (const k of ['label', 'prediction', 'score', 'weight', 'data', 'control'])
remember(k, [...base, k]);
sensitive.forEach((_, j) => remember(`sensitive[${j}]`, [...base, 'sensitive', j]));
intersections.forEach((x, j) => x.forEach((_, k) => remember(`intersections[${j}][${k}]`, [...base, 'intersections', j, k])));
control.forEach((_, j) => remember(`control[${j}]`, [...base, 'control', j]));
if (Array.isArray(raw.data))
raw.data.forEach((_, j) => remember(`data[${j}]`, [...base, 'data', j]));
const bins = binsOf(raw, base, at, problems, { sensitive, intersections, label, prediction, score });
const reference = referencesOf(raw.reference, base, at, problems, sensitive, intersections);
const missingGroups = raw.missing === 'group' ? [str(raw.missing_group) ?? '(missing)'] : [];
binnedReferences(raw, base, at, problems, reference, bins, missingGroups);
binnedControlLevels(at, base, problems, gates, control, bins, missingGroups);
return {
name,
description: str(raw.description),
data: strList(raw.data),
format: FORMATS.find((f) => f === raw.format),
delimiter: typeof raw.delimiter === 'string' && raw.delimiter.length === 1 ? raw.delimiter : undefined,
label: label ?? '',
prediction,
score,
weight,
threshold: num(raw.threshold) ?? 0.5,
positive_label: typeof raw.positive_label === 'string' ||
typeof raw.positive_label === 'number' ||
typeof raw.positive_label === 'boolean'
? raw.positive_label
: 1,
sensitive,
intersections,
bins,
control,
min_group_size: num(raw.min_group_size) ?? 0,
min_positives: num(raw.min_positives),
min_negatives: num(raw.min_negatives),
reference,
zero_division: raw.zero_division === 'fairlearn' ? 'fairlearn' : 'undefined',
missing: raw.missing === 'group' || raw.missing === 'drop' ? raw.missing : 'error',
missing_group: str(raw.missing_group) ?? '(missing)',
max_groups: num(raw.max_groups) ?? types .Ih,
max_decompressed_bytes: num(raw.max_decompressed_bytes),
max_decompression_ratio: num(raw.max_decompression_ratio),
metrics: [...new Set(metrics)],
gates,
confidence: confidenceOf(raw.confidence),
pos,
keyPos,
};
}
function binsOf(raw, base, at, problems, roles) {
const out = Object.create(null);
if (typeof raw.bins !== 'object' || raw.bins === null || Array.isArray(raw.bins))
return out;
const grouped = [...new Set([...roles.sensitive, ...roles.intersections.flat(), ...strList(raw.control)])];
for (const [column, edges] of Object.entries(raw.bins)) {
if (column.length > schema .iO.name)
continue;
const path = [...base, 'bins', column];
const role = ['label', 'prediction', 'score'].find((r) => roles[r] === column);
if (role) {
problems.push(at(path, `'${column}' is the ${role} column; \`bins\` groups a sensitive attribute`, true));
continue;
}
if (!grouped.includes(column)) {
problems.push(at(path, `\`bins\` names '${column}', which is not a sensitive, intersection or control column of this audit${(0,problem .au)(column, grouped) || `; grouping columns: ${grouped.join(', ') || '(none)'}`}`, true));
continue;
}
if (!Array.isArray(edges) || edges.length === 0 || !edges.every((e) => Number.isFinite(e)))
continue;
const before = problems.length;
edges.forEach((e, j) => {
const prev = edges[j - 1];
if (prev !== undefined && e <= prev) {
problems.push(at([...path, j], e === prev
? `bin edge ${e} is given twice (edges ${j} and ${j + 1} of '${column}'); edges must be strictly increasing`
: `bin edge ${e} is below the edge before it (${String(prev)}); the edges of '${column}' must be strictly increasing, e.g. [${[...new Set(edges)].sort((a, b) => a - b).join(', ')}]`));
}
});
const missingGroup = str(raw.missing_group) ?? '(missing)';
if (raw.missing === 'group' && (0,data_bins .H1)(edges).includes(missingGroup))
problems.push(at([...base, 'missing_group'], `missing_group '${missingGroup}' is also a bin of '${column}'; missing values would join that bin: choose another name`));
if (problems.length === before)
out[column] = edges;
}
return out;
}
function confidenceOf(raw) {
if (raw === false)
return null;
if (typeof raw !== 'object' || raw === null)
return { ...types .FH };
const r = raw;
return {
level: num(r.level) ?? types .FH.level,
replicates: num(r.replicates) ?? types .FH.replicates,
seed: num(r.seed) ?? types .FH.seed,
};
}
function referencesOf(raw, base, at, problems, sensitive, intersections) {
const labels = [...sensitive, ...intersections.map((x) => x.join(' \u00d7 '))];
const spec = (v) => (v === 'largest' || v === 'best' ? v : { group: String(v) });
const out = Object.create(null);
if (typeof raw === 'string') {
for (const l of labels)
out[l] = spec(raw);
return out;
}
if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
return out;
for (const [key, value] of Object.entries(raw)) {
if (key.length > schema .iO.referenceKey)
continue;
const cols = splitIntersection(key);
const label = cols.length === 1
? key
: intersections.find((x) => x.length === cols.length && x.every((c) => cols.includes(c)))?.join(' \u00d7 ');
if (label === undefined || !labels.includes(label)) {
problems.push(at([...base, 'reference', key], `'${key}' is not a sensitive attribute or intersection of this audit${(0,problem .au)(key, labels) || `; choose from: ${labels.join(', ')}`}`, true));
continue;
}
if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
out[label] = spec(value);
}
return out;
}
function binnedReferences(raw, base, at, problems, reference, bins, missingGroups) {
for (const [label, spec] of Object.entries(reference)) {
if (typeof spec !== 'object' || !Object.hasOwn(bins, label))
continue;
const groups = [...(0,data_bins .H1)(bins[label]), ...missingGroups];
if (groups.includes(spec.group))
continue;
problems.push(at(typeof raw.reference === 'object' ? [...base, 'reference', label] : [...base, 'reference'], `reference group '${spec.group}' is not a group of ${label}, a binned column: its groups are its bins' labels${(0,problem .au)(spec.group, groups) || `; groups: ${groups.join(', ')}`}`));
}
}
const MAX_BINNED_LEVELS = 10_000;
function binnedControlLevels(at, base, problems, gates, control, bins, missingGroups) {
if (control.length === 0 || !control.every((c) => Object.hasOwn(bins, c)))
return;
let levels = [''];
for (const [i, c] of control.entries()) {
const values = [...(0,data_bins .H1)(bins[c]), ...missingGroups];
if (levels.length * values.length > MAX_BINNED_LEVELS)
return;
levels = levels.flatMap((l) => values.map((v) => (i === 0 ? v : `${l} | ${v}`)));
}
for (const g of gates) {
if (g.control_level === undefined || levels.includes(g.control_level))
continue;
const pos = g.control_level_pos ?? g.pos;
const { file } = at(base, '');
problems.push({
file,
line: pos.line,
column: pos.column,
message: (0,problem .jC)(g.control_level, control, levels),
});
}
}
function splitIntersection(key) {
const parts = [];
let start = 0;
for (let i = 0; i < key.length; i++) {
const c = key[i];
if (c !== '+' && c !== '\u00d7')
continue;
parts.push(key.slice(start, i));
start = i + 1;
}
parts.push(key.slice(start));
if (parts.length === 1)
return parts;
return parts.map((part, i) => (i === 0 ? part.trimEnd() : i === parts.length - 1 ? part.trimStart() : part.trim()));
}
function normaliseGate(raw, path, at, positions, problems, ctx) {
const metricName = str(raw.metric);
if (!metricName)
return null;
const resolved = (0,catalog .w9)(metricName);
if (!resolved) {
if (!catalog .cY.includes(metricName))
return null;
}
if (!resolved)
return null;
const before = problems.length;
let attribute;
if (typeof raw.attribute === 'string')
attribute = [raw.attribute];
else if (Array.isArray(raw.attribute))
attribute = strList(raw.attribute);
if (attribute && attribute.length > 0) {
if (attribute.length === 1) {
const a = attribute[0];
if (!ctx.sensitive.includes(a)) {
problems.push(at([...path, 'attribute'], `'${a}' is not a sensitive attribute of this audit${(0,problem .au)(a, ctx.sensitive) || `; sensitive: ${ctx.sensitive.join(', ') || '(none)'}`}`));
}
}
else {
const match = ctx.intersections.find((x) => x.length === attribute.length && x.every((c) => attribute.includes(c)));
if (!match)
problems.push(at([...path, 'attribute'], `[${attribute.join(', ')}] is not one of this audit's intersections; add it to \`intersections\``));
else
attribute = match;
}
}
const eachGroup = raw.each_group;
const hasBounds = raw.min !== undefined || raw.max !== undefined;
const change = {};
for (const k of ['max_increase', 'max_decrease', 'max_relative_change'])
if (num(raw[k]) !== undefined)
change[k] = num(raw[k]);
const hasChange = Object.keys(change).length > 0;
const misspelt = Object.keys(raw).some((k) => !(k in schema .ln.definitions.gate.properties));
if (!hasBounds && eachGroup === undefined && !hasChange && !misspelt)
problems.push(at(path, 'a gate needs `min`, `max` or `each_group`'));
if (hasChange && eachGroup !== undefined) {
problems.push(at(path, `baseline bounds (\`max_increase\`, \`max_decrease\`, \`max_relative_change\`) apply to one value: gate '${metricName}_group_min' or '${metricName}_group_max' instead of \`each_group\``));
}
if ((raw.against !== undefined || raw.min_history !== undefined) && !hasChange && !misspelt)
problems.push(at([...path, raw.against !== undefined ? 'against' : 'min_history'], '`against` and `min_history` say what `max_increase`, `max_decrease` or `max_relative_change` compare with; this gate has none of them', true));
if (raw.min_history !== undefined && raw.against !== 'history_median' && hasChange)
problems.push(at([...path, 'min_history'], '`min_history` applies to `against: history_median` only; add it or remove this', true));
const method = resolved.type === 'fairness' && (0,catalog .sZ)(resolved.name)
? (0,catalog .sZ)(resolved.name)
: raw.method === 'to_overall' || raw.method === 'to_reference'
? raw.method
: 'between_groups';
const noInterval = raw.on === 'interval' ? (0,catalog .xh)(resolved, method) : undefined;
if (raw.on === 'interval' && !ctx.confidence)
problems.push(at([...path, 'on'], '`on: interval` needs confidence intervals, which this audit turns off (`confidence: false`)'));
else if (noInterval !== undefined) {
const toOverall = resolved.type !== 'base' && method === 'to_overall';
problems.push(at([...path, 'on'], `\`on: interval\` needs an interval, which '${metricName}'${toOverall ? ' to overall' : ''} never has: ${noInterval}; ${toOverall ? 'compare between groups or to a reference group (`method`), or ' : ''}remove \`on: interval\` to judge the value itself`));
}
if (raw.method !== undefined &&
resolved.type === 'fairness' &&
(0,catalog .sZ)(resolved.name) !== undefined &&
raw.method !== (0,catalog .sZ)(resolved.name)) {
problems.push(at([...path, 'method'], `'${metricName}' always compares to the reference group (${(0,catalog .sZ)(resolved.name)}); remove \`method\` or gate demographic_parity_ratio instead`, true));
}
if (resolved.type !== 'base' && eachGroup !== undefined)
problems.push(at([...path, 'each_group'], `\`each_group\` applies to per-group metrics like accuracy; '${metricName}' is already an aggregate over groups`, true));
if (resolved.type === 'base' && attribute && !eachGroup) {
const worst = catalog .Uo.has(resolved.metric) ? ['max', 'min'] : ['min', 'max'];
problems.push(at([...path, 'attribute'], hasChange
? `'${metricName}' with an attribute needs \`each_group\` (every group's value), which takes no \`max_increase\`, \`max_decrease\` or \`max_relative_change\`: to bound a change per group, gate '${metricName}_group_${worst[0]}' (or '${metricName}_group_${worst[1]}') with this attribute \u2014 or an aggregate such as '${metricName}_difference'`
: `'${metricName}' with an attribute needs \`each_group: {max: \u2026}\` (every group's value) \u2014 or gate an aggregate such as '${metricName}_difference'`, true));
}
if (resolved.type === 'base' && eachGroup && hasBounds)
problems.push(at(path, 'use either `min`/`max` (the overall value) or `each_group` (every group), not both'));
if (raw.method !== undefined &&
!(resolved.type === 'fairness' ||
(resolved.type === 'aggregate' && (resolved.kind === 'difference' || resolved.kind === 'ratio')))) {
problems.push(at([...path, 'method'], '`method` applies to differences and ratios only', true));
}
if (raw.agg !== undefined && !(resolved.type === 'fairness' && (0,catalog .W)(resolved.name))) {
problems.push(at([...path, 'agg'], `\`agg\` applies to ${AGG_AGGREGATES.join(' and ')} only`, true));
}
const controlLevel = typeof raw.control_level === 'string' ||
typeof raw.control_level === 'number' ||
typeof raw.control_level === 'boolean'
? String(raw.control_level)
: undefined;
if (controlLevel !== undefined && ctx.control.length === 0)
problems.push(at([...path, 'control_level'], '`control_level` applies only to an audit with `control` columns; remove it or set `control`', true));
if (ctx.counts && (0,catalog .Mx)(resolved).some((m) => catalog .vY.has(m))) {
problems.push(at([...path, 'metric'], `'${metricName}' needs each row's score, which a counts table (\`format: counts\`) does not hold: gate it on the rows, or remove this gate`));
}
else if (!ctx.hasScore && (0,catalog .Mx)(resolved).some((m) => catalog .vY.has(m))) {
problems.push(at([...path, 'metric'], `'${metricName}' needs a score column: set \`score\` in this audit`));
}
const bounded = !(0,catalog .Mx)(resolved).some((m) => catalog .FE.has(m));
const checkBound = (value, p) => {
if (typeof value !== 'number')
return;
if (bounded && (value < 0 || value > 1))
problems.push(at(p, `${value} is outside [0, 1]: ${RATE_BOUND_NOTE}`));
};
checkBound(raw.min, [...path, 'min']);
checkBound(raw.max, [...path, 'max']);
if (eachGroup && typeof eachGroup === 'object') {
checkBound(eachGroup.min, [...path, 'each_group', 'min']);
checkBound(eachGroup.max, [...path, 'each_group', 'max']);
}
const lo = typeof raw.min === 'number' ? raw.min : eachGroup?.min;
const hi = typeof raw.max === 'number' ? raw.max : eachGroup?.max;
if (typeof lo === 'number' && typeof hi === 'number' && lo > hi)
problems.push(at(path, `min ${lo} is above max ${hi}: no value can pass`));
if (problems.length > before)
return null;
return {
metric: metricName,
attribute: attribute && attribute.length > 0 ? attribute : undefined,
method,
min: num(raw.min),
max: num(raw.max),
each_group: eachGroup && typeof eachGroup === 'object' ? { min: num(eachGroup.min), max: num(eachGroup.max) } : undefined,
level: raw.level === 'warning' ? 'warning' : 'error',
insufficient: raw.insufficient === 'pass' || raw.insufficient === 'fail' ? raw.insufficient : 'warn',
agg: raw.agg === 'mean' ? 'mean' : 'worst_case',
on: raw.on === 'interval' ? 'interval' : 'point',
...(hasChange ? { change } : {}),
...(hasChange && raw.against === 'history_median'
? {
against: 'history_median',
min_history: typeof raw.min_history === 'number' ? raw.min_history : types .A8,
}
: {}),
...(controlLevel !== undefined
? { control_level: controlLevel, control_level_pos: positions.at([...path, 'control_level']) }
: {}),
name: str(raw.name),
pos: positions.at(path) ?? { line: 1, column: 1 },
};
}
;
const ajvRuntime_ucs2length = function ucs2length(str) {
const len = str.length;
let length = 0;
let pos = 0;
let value;
while (pos < len) {
length++;
value = str.charCodeAt(pos++);
if (value >= 0xd800 && value <= 0xdbff && pos < len) {
value = str.charCodeAt(pos);
if ((value & 0xfc00) === 0xdc00)
pos++;
}
}
return length;
};
const ajvRuntime_equal = function equal(a, b) {
if (a === b) return true;
if (a && b && typeof a == 'object' && typeof b == 'object') {
if (a.constructor !== b.constructor) return false;
var length, i, keys;
if (Array.isArray(a)) {
length = a.length;
if (length != b.length) return false;
for (i = length; i-- !== 0;)
if (!equal(a[i], b[i])) return false;
return true;
}
if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
keys = Object.keys(a);
length = keys.length;
if (length !== Object.keys(b).length) return false;
for (i = length; i-- !== 0;)
if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
for (i = length; i-- !== 0;) {
var key = keys[i];
if (!equal(a[key], b[key])) return false;
}
return true;
}
return a!==a && b!==b;
};
const validate = validate10;
const validate_config_generated = (( null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/model-audit-gate/model-audit-gate/v1/schema/audit-config.schema.json","title":"Model Audit Gate config","description":"Audits of a model: evaluation data, protected attributes, metrics and gates.","type":"object","additionalProperties":false,"required":["audits"],"properties":{"$schema":{"type":"string"},"audits":{"type":"array","minItems":1,"maxItems":50,"description":"One entry per model (or per evaluation set) to audit; at most 50.","items":{"$ref":"#/definitions/audit"}}},"definitions":{"audit":{"type":"object","additionalProperties":false,"required":["name","data","label","sensitive"],"properties":{"name":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^[^\\r\\n]+$","description":"Unique; names the audit in every report."},"description":{"type":"string","maxLength":10000},"data":{"description":"Evaluation file(s), relative to the repository root; globs allowed; .gz is read transparently.","anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","items":{"type":"string","minLength":1,"maxLength":4096},"minItems":1,"maxItems":100}]},"format":{"enum":["csv","tsv","jsonl","json","parquet","counts"],"description":"Default: from the file extension. `counts`: pre-aggregated per-group confusion counts (group columns + tp, fp, tn, fn; see `model-audit-gate sql`), in any of the other formats."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"description":"Field delimiter for csv (default \",\")."},"task":{"enum":["binary"],"description":"The model kind: `binary` (the default) is a binary classifier, with a label, a prediction and/or a score."},"label":{"type":"string","minLength":1,"maxLength":1000,"description":"The true label column."},"prediction":{"type":"string","minLength":1,"maxLength":1000,"description":"The predicted label column."},"score":{"type":"string","minLength":1,"maxLength":1000,"description":"A score column: gives ROC AUC, and the prediction when `prediction` is not set."},"weight":{"type":"string","minLength":1,"maxLength":1000,"description":"A sample-weight column (a number >= 0 per row; 0 allowed): every metric, interval, aggregate and gate is weighted, as scikit-learn's `sample_weight`; `count` stays the rows, and `min_group_size` applies to the Kish effective size."},"threshold":{"type":"number","description":"prediction = score >= threshold (default 0.5), when `prediction` is not set."},"positive_label":{"type":["string","number","boolean"],"maxLength":1000,"description":"The favourable label (default 1, also true / \"1\" / 1.0)."},"sensitive":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":1,"uniqueItems":true,"maxItems":32,"description":"Protected attributes, each audited on its own."},"intersections":{"type":"array","maxItems":32,"items":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":2,"uniqueItems":true,"maxItems":8},"description":"Combinations of attributes audited as one."},"bins":{"type":"object","maxProperties":64,"propertyNames":{"maxLength":1000},"additionalProperties":{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"number"},"description":"Finite, strictly increasing edges (at least one)."},"description":"Numeric columns turned into groups by right-open intervals, e.g. {age: [25, 45, 65]} gives the groups `< 25`, `[25, 45)`, `[45, 65)`, `>= 65` (a value on an edge goes to the bin above it), in that order in every table. Each column must be a `sensitive` or `intersections` column; its values must be finite numbers (or missing, see `missing`). With `format: counts` the column already holds these labels."},"control":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":1,"uniqueItems":true,"maxItems":8,"description":"Control features (fairlearn's `control_features`): every group is split by these columns' levels, and differences and ratios are computed within each level; a gate on an aggregate uses the worst level unless it names one with `control_level`. A control column cannot also be sensitive."},"min_group_size":{"type":"integer","minimum":0,"description":"Groups with fewer rows are shown but left out of aggregates and gates."},"min_positives":{"type":"integer","minimum":0,"description":"Groups with fewer positive labels are left out of TPR/FNR-based aggregates and gates (and, with ROC AUC and balanced accuracy, those too)."},"min_negatives":{"type":"integer","minimum":0,"description":"Groups with fewer negative labels are left out of FPR/TNR-based aggregates and gates (and ROC AUC, balanced accuracy)."},"reference":{"description":"The reference group of `to_reference` and `disparate_impact`: `largest` (default), `best` (most favourable value), or per attribute a group name, `largest` or `best`, e.g. {race: Caucasian}. An intersection is written `sex+race`.","anyOf":[{"enum":["largest","best"]},{"type":"object","additionalProperties":{"type":["string","number","boolean"],"maxLength":1000},"propertyNames":{"maxLength":8024},"minProperties":1,"maxProperties":64}]},"zero_division":{"enum":["undefined","fairlearn"],"description":"`undefined` (default): a 0/0 rate is null with a reason. `fairlearn`: 0, as fairlearn."},"missing":{"enum":["error","group","drop"],"description":"A missing sensitive value: an error (default), its own group, or the row dropped."},"missing_group":{"type":"string","minLength":1,"maxLength":1000,"description":"The group name for missing values with `missing: group` (default \"(missing)\")."},"max_groups":{"type":"integer","minimum":1,"maximum":20000,"description":"Most distinct values an attribute may have, and most possible groups of an intersection (the product of its attributes' distinct values) (default 1000, at most 20,000): catches an id column by mistake, and bounds the work a config can ask for (20,000 groups with intervals: about 6 s and 210 MB)."},"max_decompressed_bytes":{"type":"integer","minimum":1,"maximum":68719476736,"description":"Most bytes a .gz file may expand to (default 4 GiB, at most 64 GiB): a gzip bomb fails cleanly."},"max_decompression_ratio":{"type":"integer","minimum":1,"maximum":1100,"description":"Most times a .gz file may expand, past its first MiB (default 100; at most 1,100, more than deflate's 1,032 can reach): keeps the work proportional to the committed bytes (a 29 KB file of one repeated row expanded 686 times, into 3.3 million rows)."},"metrics":{"type":"array","items":{"enum":["count","base_rate","selection_rate","accuracy","true_positive_rate","false_positive_rate","false_negative_rate","true_negative_rate","precision","negative_predictive_value","false_discovery_rate","false_omission_rate","recall","f1","balanced_accuracy","roc_auc","tpr","fpr","fnr","tnr","ppv","npv","fdr","for","sensitivity","specificity"]},"uniqueItems":true,"description":"Metrics shown per group."},"gates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/gate"}},"confidence":{"description":"Confidence intervals (on by default: level 0.95, 2000 replicates, seed 1): Wilson for rates, a seeded Poisson bootstrap of the count cells for differences, ratios and other values, DeLong for ROC AUC. `false` turns them off.","type":["boolean","object"],"additionalProperties":false,"properties":{"level":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Two-sided confidence level (default 0.95)."},"replicates":{"type":"integer","minimum":100,"maximum":20000,"description":"Bootstrap replicates (default 2000, at most 20000)."},"seed":{"type":"integer","minimum":0,"description":"The bootstrap seed (default 1): the same seed gives the same report, byte for byte (but for its `run` member: the run's start time and ids)."}}}}},"gate":{"type":"object","additionalProperties":false,"required":["metric"],"properties":{"name":{"type":"string","minLength":1,"maxLength":1000},"metric":{"type":"string","enum":["count","base_rate","selection_rate","accuracy","true_positive_rate","false_positive_rate","false_negative_rate","true_negative_rate","precision","negative_predictive_value","false_discovery_rate","false_omission_rate","recall","f1","balanced_accuracy","roc_auc","tpr","fpr","fnr","tnr","ppv","npv","fdr","for","sensitivity","specificity","count_difference","count_ratio","count_group_min","count_group_max","base_rate_difference","base_rate_ratio","base_rate_group_min","base_rate_group_max","selection_rate_difference","selection_rate_ratio","selection_rate_group_min","selection_rate_group_max","accuracy_difference","accuracy_ratio","accuracy_group_min","accuracy_group_max","true_positive_rate_difference","true_positive_rate_ratio","true_positive_rate_group_min","true_positive_rate_group_max","false_positive_rate_difference","false_positive_rate_ratio","false_positive_rate_group_min","false_positive_rate_group_max","false_negative_rate_difference","false_negative_rate_ratio","false_negative_rate_group_min","false_negative_rate_group_max","true_negative_rate_difference","true_negative_rate_ratio","true_negative_rate_group_min","true_negative_rate_group_max","precision_difference","precision_ratio","precision_group_min","precision_group_max","negative_predictive_value_difference","negative_predictive_value_ratio","negative_predictive_value_group_min","negative_predictive_value_group_max","false_discovery_rate_difference","false_discovery_rate_ratio","false_discovery_rate_group_min","false_discovery_rate_group_max","false_omission_rate_difference","false_omission_rate_ratio","false_omission_rate_group_min","false_omission_rate_group_max","recall_difference","recall_ratio","recall_group_min","recall_group_max","f1_difference","f1_ratio","f1_group_min","f1_group_max","balanced_accuracy_difference","balanced_accuracy_ratio","balanced_accuracy_group_min","balanced_accuracy_group_max","roc_auc_difference","roc_auc_ratio","roc_auc_group_min","roc_auc_group_max","tpr_difference","tpr_ratio","tpr_group_min","tpr_group_max","fpr_difference","fpr_ratio","fpr_group_min","fpr_group_max","fnr_difference","fnr_ratio","fnr_group_min","fnr_group_max","tnr_difference","tnr_ratio","tnr_group_min","tnr_group_max","ppv_difference","ppv_ratio","ppv_group_min","ppv_group_max","npv_difference","npv_ratio","npv_group_min","npv_group_max","fdr_difference","fdr_ratio","fdr_group_min","fdr_group_max","for_difference","for_ratio","for_group_min","for_group_max","sensitivity_difference","sensitivity_ratio","sensitivity_group_min","sensitivity_group_max","specificity_difference","specificity_ratio","specificity_group_min","specificity_group_max","demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","equal_opportunity_ratio","average_odds_difference","disparate_impact"],"description":"An overall metric, an aggregate (`*_difference`, `*_ratio`, `*_group_min`, `*_group_max`), or a fairness aggregate."},"attribute":{"description":"The attribute, or an intersection as a list; all sensitive attributes when left out.","anyOf":[{"type":"string","minLength":1,"maxLength":1000},{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":2,"uniqueItems":true,"maxItems":8}]},"method":{"enum":["between_groups","to_overall","to_reference"],"description":"How differences and ratios compare groups (default between_groups); to_reference compares every group with the audit's `reference`."},"on":{"enum":["point","interval"],"description":"`point` (default): the value decides. `interval`: fail only when the whole confidence interval is past the threshold, warn when only the point is; not for a value that never has an interval (`count`, ROC AUC compared to overall)."},"max_increase":{"type":"number","minimum":0,"description":"Fails when the value rose by more than this against the baseline report."},"max_decrease":{"type":"number","minimum":0,"description":"Fails when the value fell by more than this against the baseline report."},"max_relative_change":{"type":"number","minimum":0,"description":"Fails when the value moved by more than this fraction of the baseline value (0.1 = 10%), either way."},"against":{"enum":["baseline","history_median"],"description":"What `max_increase`, `max_decrease` and `max_relative_change` compare with: `baseline` (default), the one baseline report; `history_median`, the median of the same value in the history reports (the `history` input, `--history`)."},"min_history":{"type":"integer","minimum":1,"maximum":100,"description":"With `against: history_median`: fewest history reports that must hold the value (default 3); with fewer the gate is insufficient, never a silent pass."},"control_level":{"type":["string","number","boolean"],"maxLength":1000,"description":"With `control`: gate this control level only (its values joined by ' | ' in `control` order, e.g. `online` or `online | web`) instead of the worst level."},"agg":{"enum":["worst_case","mean"],"description":"Equalized odds: the worse of TPR and FPR (default) or their mean."},"min":{"type":"number","description":"Fails when the value is below this."},"max":{"type":"number","description":"Fails when the value is above this."},"each_group":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","description":"Fails when the value is below this."},"max":{"type":"number","description":"Fails when the value is above this."}},"description":"Bounds on every group's value."},"level":{"enum":["error","warning"],"description":"A breached `error` gate fails the job; a `warning` gate only warns."},"insufficient":{"enum":["pass","warn","fail"],"description":"What an insufficient gate (undefined value, too few groups) does to the verdict (default warn)."}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["name","data","label","sensitive"],"properties":{"name":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^[^\\r\\n]+$","description":"Unique; names the audit in every report."},"description":{"type":"string","maxLength":10000},"data":{"description":"Evaluation file(s), relative to the repository root; globs allowed; .gz is read transparently.","anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","items":{"type":"string","minLength":1,"maxLength":4096},"minItems":1,"maxItems":100}]},"format":{"enum":["csv","tsv","jsonl","json","parquet","counts"],"description":"Default: from the file extension. `counts`: pre-aggregated per-group confusion counts (group columns + tp, fp, tn, fn; see `model-audit-gate sql`), in any of the other formats."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"description":"Field delimiter for csv (default \",\")."},"task":{"enum":["binary"],"description":"The model kind: `binary` (the default) is a binary classifier, with a label, a prediction and/or a score."},"label":{"type":"string","minLength":1,"maxLength":1000,"description":"The true label column."},"prediction":{"type":"string","minLength":1,"maxLength":1000,"description":"The predicted label column."},"score":{"type":"string","minLength":1,"maxLength":1000,"description":"A score column: gives ROC AUC, and the prediction when `prediction` is not set."},"weight":{"type":"string","minLength":1,"maxLength":1000,"description":"A sample-weight column (a number >= 0 per row; 0 allowed): every metric, interval, aggregate and gate is weighted, as scikit-learn's `sample_weight`; `count` stays the rows, and `min_group_size` applies to the Kish effective size."},"threshold":{"type":"number","description":"prediction = score >= threshold (default 0.5), when `prediction` is not set."},"positive_label":{"type":["string","number","boolean"],"maxLength":1000,"description":"The favourable label (default 1, also true / \"1\" / 1.0)."},"sensitive":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":1,"uniqueItems":true,"maxItems":32,"description":"Protected attributes, each audited on its own."},"intersections":{"type":"array","maxItems":32,"items":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":2,"uniqueItems":true,"maxItems":8},"description":"Combinations of attributes audited as one."},"bins":{"type":"object","maxProperties":64,"propertyNames":{"maxLength":1000},"additionalProperties":{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"number"},"description":"Finite, strictly increasing edges (at least one)."},"description":"Numeric columns turned into groups by right-open intervals, e.g. {age: [25, 45, 65]} gives the groups `< 25`, `[25, 45)`, `[45, 65)`, `>= 65` (a value on an edge goes to the bin above it), in that order in every table. Each column must be a `sensitive` or `intersections` column; its values must be finite numbers (or missing, see `missing`). With `format: counts` the column already holds these labels."},"control":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":1,"uniqueItems":true,"maxItems":8,"description":"Control features (fairlearn's `control_features`): every group is split by these columns' levels, and differences and ratios are computed within each level; a gate on an aggregate uses the worst level unless it names one with `control_level`. A control column cannot also be sensitive."},"min_group_size":{"type":"integer","minimum":0,"description":"Groups with fewer rows are shown but left out of aggregates and gates."},"min_positives":{"type":"integer","minimum":0,"description":"Groups with fewer positive labels are left out of TPR/FNR-based aggregates and gates (and, with ROC AUC and balanced accuracy, those too)."},"min_negatives":{"type":"integer","minimum":0,"description":"Groups with fewer negative labels are left out of FPR/TNR-based aggregates and gates (and ROC AUC, balanced accuracy)."},"reference":{"description":"The reference group of `to_reference` and `disparate_impact`: `largest` (default), `best` (most favourable value), or per attribute a group name, `largest` or `best`, e.g. {race: Caucasian}. An intersection is written `sex+race`.","anyOf":[{"enum":["largest","best"]},{"type":"object","additionalProperties":{"type":["string","number","boolean"],"maxLength":1000},"propertyNames":{"maxLength":8024},"minProperties":1,"maxProperties":64}]},"zero_division":{"enum":["undefined","fairlearn"],"description":"`undefined` (default): a 0/0 rate is null with a reason. `fairlearn`: 0, as fairlearn."},"missing":{"enum":["error","group","drop"],"description":"A missing sensitive value: an error (default), its own group, or the row dropped."},"missing_group":{"type":"string","minLength":1,"maxLength":1000,"description":"The group name for missing values with `missing: group` (default \"(missing)\")."},"max_groups":{"type":"integer","minimum":1,"maximum":20000,"description":"Most distinct values an attribute may have, and most possible groups of an intersection (the product of its attributes' distinct values) (default 1000, at most 20,000): catches an id column by mistake, and bounds the work a config can ask for (20,000 groups with intervals: about 6 s and 210 MB)."},"max_decompressed_bytes":{"type":"integer","minimum":1,"maximum":68719476736,"description":"Most bytes a .gz file may expand to (default 4 GiB, at most 64 GiB): a gzip bomb fails cleanly."},"max_decompression_ratio":{"type":"integer","minimum":1,"maximum":1100,"description":"Most times a .gz file may expand, past its first MiB (default 100; at most 1,100, more than deflate's 1,032 can reach): keeps the work proportional to the committed bytes (a 29 KB file of one repeated row expanded 686 times, into 3.3 million rows)."},"metrics":{"type":"array","items":{"enum":["count","base_rate","selection_rate","accuracy","true_positive_rate","false_positive_rate","false_negative_rate","true_negative_rate","precision","negative_predictive_value","false_discovery_rate","false_omission_rate","recall","f1","balanced_accuracy","roc_auc","tpr","fpr","fnr","tnr","ppv","npv","fdr","for","sensitivity","specificity"]},"uniqueItems":true,"description":"Metrics shown per group."},"gates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/gate"}},"confidence":{"description":"Confidence intervals (on by default: level 0.95, 2000 replicates, seed 1): Wilson for rates, a seeded Poisson bootstrap of the count cells for differences, ratios and other values, DeLong for ROC AUC. `false` turns them off.","type":["boolean","object"],"additionalProperties":false,"properties":{"level":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Two-sided confidence level (default 0.95)."},"replicates":{"type":"integer","minimum":100,"maximum":20000,"description":"Bootstrap replicates (default 2000, at most 20000)."},"seed":{"type":"integer","minimum":0,"description":"The bootstrap seed (default 1): the same seed gives the same report, byte for byte (but for its `run` member: the run's start time and ids)."}}}}};
const schema13 = {"type":"object","additionalProperties":false,"required":["metric"],"properties":{"name":{"type":"string","minLength":1,"maxLength":1000},"metric":{"type":"string","enum":["count","base_rate","selection_rate","accuracy","true_positive_rate","false_positive_rate","false_negative_rate","true_negative_rate","precision","negative_predictive_value","false_discovery_rate","false_omission_rate","recall","f1","balanced_accuracy","roc_auc","tpr","fpr","fnr","tnr","ppv","npv","fdr","for","sensitivity","specificity","count_difference","count_ratio","count_group_min","count_group_max","base_rate_difference","base_rate_ratio","base_rate_group_min","base_rate_group_max","selection_rate_difference","selection_rate_ratio","selection_rate_group_min","selection_rate_group_max","accuracy_difference","accuracy_ratio","accuracy_group_min","accuracy_group_max","true_positive_rate_difference","true_positive_rate_ratio","true_positive_rate_group_min","true_positive_rate_group_max","false_positive_rate_difference","false_positive_rate_ratio","false_positive_rate_group_min","false_positive_rate_group_max","false_negative_rate_difference","false_negative_rate_ratio","false_negative_rate_group_min","false_negative_rate_group_max","true_negative_rate_difference","true_negative_rate_ratio","true_negative_rate_group_min","true_negative_rate_group_max","precision_difference","precision_ratio","precision_group_min","precision_group_max","negative_predictive_value_difference","negative_predictive_value_ratio","negative_predictive_value_group_min","negative_predictive_value_group_max","false_discovery_rate_difference","false_discovery_rate_ratio","false_discovery_rate_group_min","false_discovery_rate_group_max","false_omission_rate_difference","false_omission_rate_ratio","false_omission_rate_group_min","false_omission_rate_group_max","recall_difference","recall_ratio","recall_group_min","recall_group_max","f1_difference","f1_ratio","f1_group_min","f1_group_max","balanced_accuracy_difference","balanced_accuracy_ratio","balanced_accuracy_group_min","balanced_accuracy_group_max","roc_auc_difference","roc_auc_ratio","roc_auc_group_min","roc_auc_group_max","tpr_difference","tpr_ratio","tpr_group_min","tpr_group_max","fpr_difference","fpr_ratio","fpr_group_min","fpr_group_max","fnr_difference","fnr_ratio","fnr_group_min","fnr_group_max","tnr_difference","tnr_ratio","tnr_group_min","tnr_group_max","ppv_difference","ppv_ratio","ppv_group_min","ppv_group_max","npv_difference","npv_ratio","npv_group_min","npv_group_max","fdr_difference","fdr_ratio","fdr_group_min","fdr_group_max","for_difference","for_ratio","for_group_min","for_group_max","sensitivity_difference","sensitivity_ratio","sensitivity_group_min","sensitivity_group_max","specificity_difference","specificity_ratio","specificity_group_min","specificity_group_max","demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","equal_opportunity_ratio","average_odds_difference","disparate_impact"],"description":"An overall metric, an aggregate (`*_difference`, `*_ratio`, `*_group_min`, `*_group_max`), or a fairness aggregate."},"attribute":{"description":"The attribute, or an intersection as a list; all sensitive attributes when left out.","anyOf":[{"type":"string","minLength":1,"maxLength":1000},{"type":"array","items":{"type":"string","minLength":1,"maxLength":1000},"minItems":2,"uniqueItems":true,"maxItems":8}]},"method":{"enum":["between_groups","to_overall","to_reference"],"description":"How differences and ratios compare groups (default between_groups); to_reference compares every group with the audit's `reference`."},"on":{"enum":["point","interval"],"description":"`point` (default): the value decides. `interval`: fail only when the whole confidence interval is past the threshold, warn when only the point is; not for a value that never has an interval (`count`, ROC AUC compared to overall)."},"max_increase":{"type":"number","minimum":0,"description":"Fails when the value rose by more than this against the baseline report."},"max_decrease":{"type":"number","minimum":0,"description":"Fails when the value fell by more than this against the baseline report."},"max_relative_change":{"type":"number","minimum":0,"description":"Fails when the value moved by more than this fraction of the baseline value (0.1 = 10%), either way."},"against":{"enum":["baseline","history_median"],"description":"What `max_increase`, `max_decrease` and `max_relative_change` compare with: `baseline` (default), the one baseline report; `history_median`, the median of the same value in the history reports (the `history` input, `--history`)."},"min_history":{"type":"integer","minimum":1,"maximum":100,"description":"With `against: history_median`: fewest history reports that must hold the value (default 3); with fewer the gate is insufficient, never a silent pass."},"control_level":{"type":["string","number","boolean"],"maxLength":1000,"description":"With `control`: gate this control level only (its values joined by ' | ' in `control` order, e.g. `online` or `online | web`) instead of the worst level."},"agg":{"enum":["worst_case","mean"],"description":"Equalized odds: the worse of TPR and FPR (default) or their mean."},"min":{"type":"number","description":"Fails when the value is below this."},"max":{"type":"number","description":"Fails when the value is above this."},"each_group":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","description":"Fails when the value is below this."},"max":{"type":"number","description":"Fails when the value is above this."}},"description":"Bounds on every group's value."},"level":{"enum":["error","warning"],"description":"A breached `error` gate fails the job; a `warning` gate only warns."},"insufficient":{"enum":["pass","warn","fail"],"description":"What an insufficient gate (undefined value, too few groups) does to the verdict (default warn)."}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;
const func0 = ajvRuntime_equal;
const pattern0 = new RegExp("^[^\\r\\n]+$", "u");
function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.label === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sensitive === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) > 1000){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(data0)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^\\r\\n]+$"},message:"must match pattern \""+"^[^\\r\\n]+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func3(data1) > 10000){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.data !== undefined){
let data2 = data.data;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 4096){
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data2) < 1){
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(Array.isArray(data2)){
if(data2.length > 100){
const err14 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.length < 1){
const err15 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func3(data3) > 4096){
const err16 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/anyOf/1/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data3) < 1){
const err17 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err20 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.format !== undefined){
let data4 = data.format;
if(!((((((data4 === "csv") || (data4 === "tsv")) || (data4 === "jsonl")) || (data4 === "json")) || (data4 === "parquet")) || (data4 === "counts"))){
const err21 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema12.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.delimiter !== undefined){
let data5 = data.delimiter;
if(typeof data5 === "string"){
if(func3(data5) > 1){
const err22 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data5) < 1){
const err23 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.task !== undefined){
if(!(data.task === "binary")){
const err25 = {instancePath:instancePath+"/task",schemaPath:"#/properties/task/enum",keyword:"enum",params:{allowedValues: schema12.properties.task.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.label !== undefined){
let data7 = data.label;
if(typeof data7 === "string"){
if(func3(data7) > 1000){
const err26 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func3(data7) < 1){
const err27 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.prediction !== undefined){
let data8 = data.prediction;
if(typeof data8 === "string"){
if(func3(data8) > 1000){
const err29 = {instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func3(data8) < 1){
const err30 = {instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.score !== undefined){
let data9 = data.score;
if(typeof data9 === "string"){
if(func3(data9) > 1000){
const err32 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func3(data9) < 1){
const err33 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.weight !== undefined){
let data10 = data.weight;
if(typeof data10 === "string"){
if(func3(data10) > 1000){
const err35 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func3(data10) < 1){
const err36 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.threshold !== undefined){
let data11 = data.threshold;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err38 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.positive_label !== undefined){
let data12 = data.positive_label;
if(((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")){
const err39 = {instancePath:instancePath+"/positive_label",schemaPath:"#/properties/positive_label/type",keyword:"type",params:{type: schema12.properties.positive_label.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data12 === "string"){
if(func3(data12) > 1000){
const err40 = {instancePath:instancePath+"/positive_label",schemaPath:"#/properties/positive_label/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.sensitive !== undefined){
let data13 = data.sensitive;
if(Array.isArray(data13)){
if(data13.length > 32){
const err41 = {instancePath:instancePath+"/sensitive",schemaPath:"#/properties/sensitive/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data13.length < 1){
const err42 = {instancePath:instancePath+"/sensitive",schemaPath:"#/properties/sensitive/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(func3(data14) > 1000){
const err43 = {instancePath:instancePath+"/sensitive/" + i1,schemaPath:"#/properties/sensitive/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func3(data14) < 1){
const err44 = {instancePath:instancePath+"/sensitive/" + i1,schemaPath:"#/properties/sensitive/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/sensitive/" + i1,schemaPath:"#/properties/sensitive/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
let i2 = data13.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data13[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err46 = {instancePath:instancePath+"/sensitive",schemaPath:"#/properties/sensitive/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err47 = {instancePath:instancePath+"/sensitive",schemaPath:"#/properties/sensitive/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.intersections !== undefined){
let data15 = data.intersections;
if(Array.isArray(data15)){
if(data15.length > 32){
const err48 = {instancePath:instancePath+"/intersections",schemaPath:"#/properties/intersections/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const len2 = data15.length;
for(let i3=0; i3<len2; i3++){
let data16 = data15[i3];
if(Array.isArray(data16)){
if(data16.length > 8){
const err49 = {instancePath:instancePath+"/intersections/" + i3,schemaPath:"#/properties/intersections/items/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data16.length < 2){
const err50 = {instancePath:instancePath+"/intersections/" + i3,schemaPath:"#/properties/intersections/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const len3 = data16.length;
for(let i4=0; i4<len3; i4++){
let data17 = data16[i4];
if(typeof data17 === "string"){
if(func3(data17) > 1000){
const err51 = {instancePath:instancePath+"/intersections/" + i3+"/" + i4,schemaPath:"#/properties/intersections/items/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func3(data17) < 1){
const err52 = {instancePath:instancePath+"/intersections/" + i3+"/" + i4,schemaPath:"#/properties/intersections/items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/intersections/" + i3+"/" + i4,schemaPath:"#/properties/intersections/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i5 = data16.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data16[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err54 = {instancePath:instancePath+"/intersections/" + i3,schemaPath:"#/properties/intersections/items/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err55 = {instancePath:instancePath+"/intersections/" + i3,schemaPath:"#/properties/intersections/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/intersections",schemaPath:"#/properties/intersections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.bins !== undefined){
let data18 = data.bins;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length > 64){
const err57 = {instancePath:instancePath+"/bins",schemaPath:"#/properties/bins/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key1 in data18){
const _errs42 = errors;
if(typeof key1 === "string"){
if(func3(key1) > 1000){
const err58 = {instancePath:instancePath+"/bins",schemaPath:"#/properties/bins/propertyNames/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var valid12 = _errs42 === errors;
if(!valid12){
const err59 = {instancePath:instancePath+"/bins",schemaPath:"#/properties/bins/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
for(const key2 in data18){
let data19 = data18[key2];
if(Array.isArray(data19)){
if(data19.length > 1000){
const err60 = {instancePath:instancePath+"/bins/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/bins/additionalProperties/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data19.length < 1){
const err61 = {instancePath:instancePath+"/bins/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/bins/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len4 = data19.length;
for(let i6=0; i6<len4; i6++){
let data20 = data19[i6];
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err62 = {instancePath:instancePath+"/bins/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/bins/additionalProperties/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/bins/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/bins/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/bins",schemaPath:"#/properties/bins/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.control !== undefined){
let data21 = data.control;
if(Array.isArray(data21)){
if(data21.length > 8){
const err65 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data21.length < 1){
const err66 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len5 = data21.length;
for(let i7=0; i7<len5; i7++){
let data22 = data21[i7];
if(typeof data22 === "string"){
if(func3(data22) > 1000){
const err67 = {instancePath:instancePath+"/control/" + i7,schemaPath:"#/properties/control/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func3(data22) < 1){
const err68 = {instancePath:instancePath+"/control/" + i7,schemaPath:"#/properties/control/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/control/" + i7,schemaPath:"#/properties/control/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
let i8 = data21.length;
let j2;
if(i8 > 1){
const indices2 = {};
for(;i8--;){
let item2 = data21[i8];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err70 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
else {
const err71 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.min_group_size !== undefined){
let data23 = data.min_group_size;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err72 = {instancePath:instancePath+"/min_group_size",schemaPath:"#/properties/min_group_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err73 = {instancePath:instancePath+"/min_group_size",schemaPath:"#/properties/min_group_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data.min_positives !== undefined){
let data24 = data.min_positives;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err74 = {instancePath:instancePath+"/min_positives",schemaPath:"#/properties/min_positives/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err75 = {instancePath:instancePath+"/min_positives",schemaPath:"#/properties/min_positives/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data.min_negatives !== undefined){
let data25 = data.min_negatives;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err76 = {instancePath:instancePath+"/min_negatives",schemaPath:"#/properties/min_negatives/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err77 = {instancePath:instancePath+"/min_negatives",schemaPath:"#/properties/min_negatives/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data.reference !== undefined){
let data26 = data.reference;
const _errs59 = errors;
let valid19 = false;
const _errs60 = errors;
if(!((data26 === "largest") || (data26 === "best"))){
const err78 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema12.properties.reference.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid1 = _errs60 === errors;
valid19 = valid19 || _valid1;
if(!valid19){
const _errs61 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(Object.keys(data26).length > 64){
const err79 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(Object.keys(data26).length < 1){
const err80 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key3 in data26){
const _errs63 = errors;
if(typeof key3 === "string"){
if(func3(key3) > 8024){
const err81 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/anyOf/1/propertyNames/maxLength",keyword:"maxLength",params:{limit: 8024},message:"must NOT have more than 8024 characters",propertyName:key3};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
var valid20 = _errs63 === errors;
if(!valid20){
const err82 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/anyOf/1/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
for(const key4 in data26){
let data27 = data26[key4];
if(((typeof data27 !== "string") && (!((typeof data27 == "number") && (isFinite(data27))))) && (typeof data27 !== "boolean")){
const err83 = {instancePath:instancePath+"/reference/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/reference/anyOf/1/additionalProperties/type",keyword:"type",params:{type: schema12.properties.reference.anyOf[1].additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(typeof data27 === "string"){
if(func3(data27) > 1000){
const err84 = {instancePath:instancePath+"/reference/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/reference/anyOf/1/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
else {
const err85 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid1 = _errs61 === errors;
valid19 = valid19 || _valid1;
}
if(!valid19){
const err86 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
if(data.zero_division !== undefined){
let data28 = data.zero_division;
if(!((data28 === "undefined") || (data28 === "fairlearn"))){
const err87 = {instancePath:instancePath+"/zero_division",schemaPath:"#/properties/zero_division/enum",keyword:"enum",params:{allowedValues: schema12.properties.zero_division.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.missing !== undefined){
let data29 = data.missing;
if(!(((data29 === "error") || (data29 === "group")) || (data29 === "drop"))){
const err88 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/enum",keyword:"enum",params:{allowedValues: schema12.properties.missing.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.missing_group !== undefined){
let data30 = data.missing_group;
if(typeof data30 === "string"){
if(func3(data30) > 1000){
const err89 = {instancePath:instancePath+"/missing_group",schemaPath:"#/properties/missing_group/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(func3(data30) < 1){
const err90 = {instancePath:instancePath+"/missing_group",schemaPath:"#/properties/missing_group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/missing_group",schemaPath:"#/properties/missing_group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.max_groups !== undefined){
let data31 = data.max_groups;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err92 = {instancePath:instancePath+"/max_groups",schemaPath:"#/properties/max_groups/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 20000 || isNaN(data31)){
const err93 = {instancePath:instancePath+"/max_groups",schemaPath:"#/properties/max_groups/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err94 = {instancePath:instancePath+"/max_groups",schemaPath:"#/properties/max_groups/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data.max_decompressed_bytes !== undefined){
let data32 = data.max_decompressed_bytes;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err95 = {instancePath:instancePath+"/max_decompressed_bytes",schemaPath:"#/properties/max_decompressed_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 68719476736 || isNaN(data32)){
const err96 = {instancePath:instancePath+"/max_decompressed_bytes",schemaPath:"#/properties/max_decompressed_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 68719476736},message:"must be <= 68719476736"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err97 = {instancePath:instancePath+"/max_decompressed_bytes",schemaPath:"#/properties/max_decompressed_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
if(data.max_decompression_ratio !== undefined){
let data33 = data.max_decompression_ratio;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err98 = {instancePath:instancePath+"/max_decompression_ratio",schemaPath:"#/properties/max_decompression_ratio/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 1100 || isNaN(data33)){
const err99 = {instancePath:instancePath+"/max_decompression_ratio",schemaPath:"#/properties/max_decompression_ratio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1100},message:"must be <= 1100"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data33 < 1 || isNaN(data33)){
const err100 = {instancePath:instancePath+"/max_decompression_ratio",schemaPath:"#/properties/max_decompression_ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
if(data.metrics !== undefined){
let data34 = data.metrics;
if(Array.isArray(data34)){
const len6 = data34.length;
for(let i9=0; i9<len6; i9++){
let data35 = data34[i9];
if(!((((((((((((((((((((((((((data35 === "count") || (data35 === "base_rate")) || (data35 === "selection_rate")) || (data35 === "accuracy")) || (data35 === "true_positive_rate")) || (data35 === "false_positive_rate")) || (data35 === "false_negative_rate")) || (data35 === "true_negative_rate")) || (data35 === "precision")) || (data35 === "negative_predictive_value")) || (data35 === "false_discovery_rate")) || (data35 === "false_omission_rate")) || (data35 === "recall")) || (data35 === "f1")) || (data35 === "balanced_accuracy")) || (data35 === "roc_auc")) || (data35 === "tpr")) || (data35 === "fpr")) || (data35 === "fnr")) || (data35 === "tnr")) || (data35 === "ppv")) || (data35 === "npv")) || (data35 === "fdr")) || (data35 === "for")) || (data35 === "sensitivity")) || (data35 === "specificity"))){
const err101 = {instancePath:instancePath+"/metrics/" + i9,schemaPath:"#/properties/metrics/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.metrics.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
let i10 = data34.length;
let j3;
if(i10 > 1){
outer0:
for(;i10--;){
for(j3 = i10; j3--;){
if(func0(data34[i10], data34[j3])){
const err102 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i10+" are identical)"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err103 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.gates !== undefined){
let data36 = data.gates;
if(Array.isArray(data36)){
if(data36.length > 100){
const err104 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
const len7 = data36.length;
for(let i11=0; i11<len7; i11++){
let data37 = data36[i11];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.metric === undefined){
const err105 = {instancePath:instancePath+"/gates/" + i11,schemaPath:"#/definitions/gate/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
for(const key5 in data37){
if(!(func2.call(schema13.properties, key5))){
const err106 = {instancePath:instancePath+"/gates/" + i11,schemaPath:"#/definitions/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data37.name !== undefined){
let data38 = data37.name;
if(typeof data38 === "string"){
if(func3(data38) > 1000){
const err107 = {instancePath:instancePath+"/gates/" + i11+"/name",schemaPath:"#/definitions/gate/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(func3(data38) < 1){
const err108 = {instancePath:instancePath+"/gates/" + i11+"/name",schemaPath:"#/definitions/gate/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/gates/" + i11+"/name",schemaPath:"#/definitions/gate/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data37.metric !== undefined){
let data39 = data37.metric;
if(typeof data39 !== "string"){
const err110 = {instancePath:instancePath+"/gates/" + i11+"/metric",schemaPath:"#/definitions/gate/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data39 === "count") || (data39 === "base_rate")) || (data39 === "selection_rate")) || (data39 === "accuracy")) || (data39 === "true_positive_rate")) || (data39 === "false_positive_rate")) || (data39 === "false_negative_rate")) || (data39 === "true_negative_rate")) || (data39 === "precision")) || (data39 === "negative_predictive_value")) || (data39 === "false_discovery_rate")) || (data39 === "false_omission_rate")) || (data39 === "recall")) || (data39 === "f1")) || (data39 === "balanced_accuracy")) || (data39 === "roc_auc")) || (data39 === "tpr")) || (data39 === "fpr")) || (data39 === "fnr")) || (data39 === "tnr")) || (data39 === "ppv")) || (data39 === "npv")) || (data39 === "fdr")) || (data39 === "for")) || (data39 === "sensitivity")) || (data39 === "specificity")) || (data39 === "count_difference")) || (data39 === "count_ratio")) || (data39 === "count_group_min")) || (data39 === "count_group_max")) || (data39 === "base_rate_difference")) || (data39 === "base_rate_ratio")) || (data39 === "base_rate_group_min")) || (data39 === "base_rate_group_max")) || (data39 === "selection_rate_difference")) || (data39 === "selection_rate_ratio")) || (data39 === "selection_rate_group_min")) || (data39 === "selection_rate_group_max")) || (data39 === "accuracy_difference")) || (data39 === "accuracy_ratio")) || (data39 === "accuracy_group_min")) || (data39 === "accuracy_group_max")) || (data39 === "true_positive_rate_difference")) || (data39 === "true_positive_rate_ratio")) || (data39 === "true_positive_rate_group_min")) || (data39 === "true_positive_rate_group_max")) || (data39 === "false_positive_rate_difference")) || (data39 === "false_positive_rate_ratio")) || (data39 === "false_positive_rate_group_min")) || (data39 === "false_positive_rate_group_max")) || (data39 === "false_negative_rate_difference")) || (data39 === "false_negative_rate_ratio")) || (data39 === "false_negative_rate_group_min")) || (data39 === "false_negative_rate_group_max")) || (data39 === "true_negative_rate_difference")) || (data39 === "true_negative_rate_ratio")) || (data39 === "true_negative_rate_group_min")) || (data39 === "true_negative_rate_group_max")) || (data39 === "precision_difference")) || (data39 === "precision_ratio")) || (data39 === "precision_group_min")) || (data39 === "precision_group_max")) || (data39 === "negative_predictive_value_difference")) || (data39 === "negative_predictive_value_ratio")) || (data39 === "negative_predictive_value_group_min")) || (data39 === "negative_predictive_value_group_max")) || (data39 === "false_discovery_rate_difference")) || (data39 === "false_discovery_rate_ratio")) || (data39 === "false_discovery_rate_group_min")) || (data39 === "false_discovery_rate_group_max")) || (data39 === "false_omission_rate_difference")) || (data39 === "false_omission_rate_ratio")) || (data39 === "false_omission_rate_group_min")) || (data39 === "false_omission_rate_group_max")) || (data39 === "recall_difference")) || (data39 === "recall_ratio")) || (data39 === "recall_group_min")) || (data39 === "recall_group_max")) || (data39 === "f1_difference")) || (data39 === "f1_ratio")) || (data39 === "f1_group_min")) || (data39 === "f1_group_max")) || (data39 === "balanced_accuracy_difference")) || (data39 === "balanced_accuracy_ratio")) || (data39 === "balanced_accuracy_group_min")) || (data39 === "balanced_accuracy_group_max")) || (data39 === "roc_auc_difference")) || (data39 === "roc_auc_ratio")) || (data39 === "roc_auc_group_min")) || (data39 === "roc_auc_group_max")) || (data39 === "tpr_difference")) || (data39 === "tpr_ratio")) || (data39 === "tpr_group_min")) || (data39 === "tpr_group_max")) || (data39 === "fpr_difference")) || (data39 === "fpr_ratio")) || (data39 === "fpr_group_min")) || (data39 === "fpr_group_max")) || (data39 === "fnr_difference")) || (data39 === "fnr_ratio")) || (data39 === "fnr_group_min")) || (data39 === "fnr_group_max")) || (data39 === "tnr_difference")) || (data39 === "tnr_ratio")) || (data39 === "tnr_group_min")) || (data39 === "tnr_group_max")) || (data39 === "ppv_difference")) || (data39 === "ppv_ratio")) || (data39 === "ppv_group_min")) || (data39 === "ppv_group_max")) || (data39 === "npv_difference")) || (data39 === "npv_ratio")) || (data39 === "npv_group_min")) || (data39 === "npv_group_max")) || (data39 === "fdr_difference")) || (data39 === "fdr_ratio")) || (data39 === "fdr_group_min")) || (data39 === "fdr_group_max")) || (data39 === "for_difference")) || (data39 === "for_ratio")) || (data39 === "for_group_min")) || (data39 === "for_group_max")) || (data39 === "sensitivity_difference")) || (data39 === "sensitivity_ratio")) || (data39 === "sensitivity_group_min")) || (data39 === "sensitivity_group_max")) || (data39 === "specificity_difference")) || (data39 === "specificity_ratio")) || (data39 === "specificity_group_min")) || (data39 === "specificity_group_max")) || (data39 === "demographic_parity_difference")) || (data39 === "demographic_parity_ratio")) || (data39 === "equalized_odds_difference")) || (data39 === "equalized_odds_ratio")) || (data39 === "equal_opportunity_difference")) || (data39 === "equal_opportunity_ratio")) || (data39 === "average_odds_difference")) || (data39 === "disparate_impact"))){
const err111 = {instancePath:instancePath+"/gates/" + i11+"/metric",schemaPath:"#/definitions/gate/properties/metric/enum",keyword:"enum",params:{allowedValues: schema13.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data37.attribute !== undefined){
let data40 = data37.attribute;
const _errs91 = errors;
let valid29 = false;
const _errs92 = errors;
if(typeof data40 === "string"){
if(func3(data40) > 1000){
const err112 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(func3(data40) < 1){
const err113 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid2 = _errs92 === errors;
valid29 = valid29 || _valid2;
if(!valid29){
const _errs94 = errors;
if(Array.isArray(data40)){
if(data40.length > 8){
const err115 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data40.length < 2){
const err116 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
const len8 = data40.length;
for(let i12=0; i12<len8; i12++){
let data41 = data40[i12];
if(typeof data41 === "string"){
if(func3(data41) > 1000){
const err117 = {instancePath:instancePath+"/gates/" + i11+"/attribute/" + i12,schemaPath:"#/definitions/gate/properties/attribute/anyOf/1/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(func3(data41) < 1){
const err118 = {instancePath:instancePath+"/gates/" + i11+"/attribute/" + i12,schemaPath:"#/definitions/gate/properties/attribute/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/gates/" + i11+"/attribute/" + i12,schemaPath:"#/definitions/gate/properties/attribute/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
let i13 = data40.length;
let j4;
if(i13 > 1){
const indices3 = {};
for(;i13--;){
let item3 = data40[i13];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j4 = indices3[item3];
const err120 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
break;
}
indices3[item3] = i13;
}
}
}
else {
const err121 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid2 = _errs94 === errors;
valid29 = valid29 || _valid2;
}
if(!valid29){
const err122 = {instancePath:instancePath+"/gates/" + i11+"/attribute",schemaPath:"#/definitions/gate/properties/attribute/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
}
if(data37.method !== undefined){
let data42 = data37.method;
if(!(((data42 === "between_groups") || (data42 === "to_overall")) || (data42 === "to_reference"))){
const err123 = {instancePath:instancePath+"/gates/" + i11+"/method",schemaPath:"#/definitions/gate/properties/method/enum",keyword:"enum",params:{allowedValues: schema13.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data37.on !== undefined){
let data43 = data37.on;
if(!((data43 === "point") || (data43 === "interval"))){
const err124 = {instancePath:instancePath+"/gates/" + i11+"/on",schemaPath:"#/definitions/gate/properties/on/enum",keyword:"enum",params:{allowedValues: schema13.properties.on.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data37.max_increase !== undefined){
let data44 = data37.max_increase;
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
const err125 = {instancePath:instancePath+"/gates/" + i11+"/max_increase",schemaPath:"#/definitions/gate/properties/max_increase/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/gates/" + i11+"/max_increase",schemaPath:"#/definitions/gate/properties/max_increase/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data37.max_decrease !== undefined){
let data45 = data37.max_decrease;
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
const err127 = {instancePath:instancePath+"/gates/" + i11+"/max_decrease",schemaPath:"#/definitions/gate/properties/max_decrease/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/gates/" + i11+"/max_decrease",schemaPath:"#/definitions/gate/properties/max_decrease/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data37.max_relative_change !== undefined){
let data46 = data37.max_relative_change;
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 0 || isNaN(data46)){
const err129 = {instancePath:instancePath+"/gates/" + i11+"/max_relative_change",schemaPath:"#/definitions/gate/properties/max_relative_change/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/gates/" + i11+"/max_relative_change",schemaPath:"#/definitions/gate/properties/max_relative_change/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data37.against !== undefined){
let data47 = data37.against;
if(!((data47 === "baseline") || (data47 === "history_median"))){
const err131 = {instancePath:instancePath+"/gates/" + i11+"/against",schemaPath:"#/definitions/gate/properties/against/enum",keyword:"enum",params:{allowedValues: schema13.properties.against.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data37.min_history !== undefined){
let data48 = data37.min_history;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err132 = {instancePath:instancePath+"/gates/" + i11+"/min_history",schemaPath:"#/definitions/gate/properties/min_history/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 100 || isNaN(data48)){
const err133 = {instancePath:instancePath+"/gates/" + i11+"/min_history",schemaPath:"#/definitions/gate/properties/min_history/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data48 < 1 || isNaN(data48)){
const err134 = {instancePath:instancePath+"/gates/" + i11+"/min_history",schemaPath:"#/definitions/gate/properties/min_history/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
if(data37.control_level !== undefined){
let data49 = data37.control_level;
if(((typeof data49 !== "string") && (!((typeof data49 == "number") && (isFinite(data49))))) && (typeof data49 !== "boolean")){
const err135 = {instancePath:instancePath+"/gates/" + i11+"/control_level",schemaPath:"#/definitions/gate/properties/control_level/type",keyword:"type",params:{type: schema13.properties.control_level.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(typeof data49 === "string"){
if(func3(data49) > 1000){
const err136 = {instancePath:instancePath+"/gates/" + i11+"/control_level",schemaPath:"#/definitions/gate/properties/control_level/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
if(data37.agg !== undefined){
let data50 = data37.agg;
if(!((data50 === "worst_case") || (data50 === "mean"))){
const err137 = {instancePath:instancePath+"/gates/" + i11+"/agg",schemaPath:"#/definitions/gate/properties/agg/enum",keyword:"enum",params:{allowedValues: schema13.properties.agg.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data37.min !== undefined){
let data51 = data37.min;
if(!((typeof data51 == "number") && (isFinite(data51)))){
const err138 = {instancePath:instancePath+"/gates/" + i11+"/min",schemaPath:"#/definitions/gate/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data37.max !== undefined){
let data52 = data37.max;
if(!((typeof data52 == "number") && (isFinite(data52)))){
const err139 = {instancePath:instancePath+"/gates/" + i11+"/max",schemaPath:"#/definitions/gate/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data37.each_group !== undefined){
let data53 = data37.each_group;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(Object.keys(data53).length < 1){
const err140 = {instancePath:instancePath+"/gates/" + i11+"/each_group",schemaPath:"#/definitions/gate/properties/each_group/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
for(const key6 in data53){
if(!((key6 === "min") || (key6 === "max"))){
const err141 = {instancePath:instancePath+"/gates/" + i11+"/each_group",schemaPath:"#/definitions/gate/properties/each_group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data53.min !== undefined){
let data54 = data53.min;
if(!((typeof data54 == "number") && (isFinite(data54)))){
const err142 = {instancePath:instancePath+"/gates/" + i11+"/each_group/min",schemaPath:"#/definitions/gate/properties/each_group/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data53.max !== undefined){
let data55 = data53.max;
if(!((typeof data55 == "number") && (isFinite(data55)))){
const err143 = {instancePath:instancePath+"/gates/" + i11+"/each_group/max",schemaPath:"#/definitions/gate/properties/each_group/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/gates/" + i11+"/each_group",schemaPath:"#/definitions/gate/properties/each_group/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data37.level !== undefined){
let data56 = data37.level;
if(!((data56 === "error") || (data56 === "warning"))){
const err145 = {instancePath:instancePath+"/gates/" + i11+"/level",schemaPath:"#/definitions/gate/properties/level/enum",keyword:"enum",params:{allowedValues: schema13.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data37.insufficient !== undefined){
let data57 = data37.insufficient;
if(!(((data57 === "pass") || (data57 === "warn")) || (data57 === "fail"))){
const err146 = {instancePath:instancePath+"/gates/" + i11+"/insufficient",schemaPath:"#/definitions/gate/properties/insufficient/enum",keyword:"enum",params:{allowedValues: schema13.properties.insufficient.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/gates/" + i11,schemaPath:"#/definitions/gate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.confidence !== undefined){
let data58 = data.confidence;
if((typeof data58 !== "boolean") && (!(data58 && typeof data58 == "object" && !Array.isArray(data58)))){
const err149 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: schema12.properties.confidence.type},message:"must be boolean,object"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key7 in data58){
if(!(((key7 === "level") || (key7 === "replicates")) || (key7 === "seed"))){
const err150 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data58.level !== undefined){
let data59 = data58.level;
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 >= 1 || isNaN(data59)){
const err151 = {instancePath:instancePath+"/confidence/level",schemaPath:"#/properties/confidence/properties/level/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data59 <= 0 || isNaN(data59)){
const err152 = {instancePath:instancePath+"/confidence/level",schemaPath:"#/properties/confidence/properties/level/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/confidence/level",schemaPath:"#/properties/confidence/properties/level/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data58.replicates !== undefined){
let data60 = data58.replicates;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err154 = {instancePath:instancePath+"/confidence/replicates",schemaPath:"#/properties/confidence/properties/replicates/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 20000 || isNaN(data60)){
const err155 = {instancePath:instancePath+"/confidence/replicates",schemaPath:"#/properties/confidence/properties/replicates/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data60 < 100 || isNaN(data60)){
const err156 = {instancePath:instancePath+"/confidence/replicates",schemaPath:"#/properties/confidence/properties/replicates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
if(data58.seed !== undefined){
let data61 = data58.seed;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err157 = {instancePath:instancePath+"/confidence/seed",schemaPath:"#/properties/confidence/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 0 || isNaN(data61)){
const err158 = {instancePath:instancePath+"/confidence/seed",schemaPath:"#/properties/confidence/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
}
}
}
else {
const err159 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.audits === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audits"},message:"must have required property '"+"audits"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "audits"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.audits !== undefined){
let data1 = data.audits;
if(Array.isArray(data1)){
if(data1.length > 50){
const err3 = {instancePath:instancePath+"/audits",schemaPath:"#/properties/audits/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/audits",schemaPath:"#/properties/audits/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data1[i0], {instancePath:instancePath+"/audits/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/audits",schemaPath:"#/properties/audits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
;
const CONFIG_MAX_BYTES = 256 * 1024;
const CONFIG_MAX_COLLECTION_ITEMS = 1000;
const CONFIG_MAX_VALUES = 20_000;
const CONFIG_MAX_DEPTH = 64;
function configTooLarge(file, size, unit = 'bytes') {
return {
file,
message: `the config is ${size.toLocaleString('en-US')} ${unit}; at most ${CONFIG_MAX_BYTES.toLocaleString('en-US')} (256 KiB) are read: a config is a few KB, split the audits across several config files`,
};
}
function crowdedAt(text, file) {
let count = 0;
let line = 1;
let lineStart = 0;
for (let i = 0; i < text.length; i++) {
const c = text.charCodeAt(i);
if (c !== 10 && c !== 44)
continue;
if (++count > CONFIG_MAX_VALUES)
return {
file,
line,
column: i - lineStart + 1,
message: `the config holds more than ${CONFIG_MAX_VALUES.toLocaleString('en-US')} values (lines and commas, counted before it is parsed); a config has a few hundred: split the audits across several config files`,
};
if (c === 10) {
line++;
lineStart = i + 1;
}
}
return null;
}
function buildConfig(data, positions, file) {
const problems = [];
const at = (path, message, key = false) => {
const pos = positions.at(path, key);
return { file, line: pos?.line, column: pos?.column, path: formatPath(path) || undefined, message };
};
if (data === null || data === undefined)
return {
config: null,
problems: [
{ file, line: 1, column: 1, message: 'the config is empty; expected a mapping with an `audits` list' },
],
};
if (!validate(data)) {
for (const e of collapseAnyOf(validate.errors ?? [])) {
const m = ajvMessage(e, data);
if (m)
problems.push(at(m.path, m.message, m.atKey));
}
}
if (typeof data !== 'object' || Array.isArray(data) || !Array.isArray(data.audits)) {
return { config: null, problems: dedupe(problems) };
}
const rawAudits = data.audits;
const audits = [];
const seenNames = new Map();
rawAudits.forEach((raw, i) => {
if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
return;
const audit = normaliseAudit(raw, ['audits', i], at, positions, problems);
if (!audit)
return;
const shown = audit.name.trim().replace(/\s+/g, ' ');
const prev = seenNames.get(shown);
if (prev !== undefined)
problems.push(at(['audits', i, 'name'], prev.name === audit.name
? `duplicate audit name '${audit.name}' (also audits[${prev.index}]); names must be unique`
: `duplicate audit name '${audit.name}' (also audits[${prev.index}], which differs only in spaces and reads the same); names must differ in more than spaces`));
else
seenNames.set(shown, { index: i, name: audit.name });
audits.push(audit);
});
return { config: { file, audits }, problems: dedupe(problems) };
}
function dedupe(problems) {
const seen = new Set();
const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
return sorted.filter((p) => {
const k = `${p.line}:${p.column}:${p.message}`;
if (seen.has(k))
return false;
seen.add(k);
return true;
});
}
}),
8841:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
C5: () => ( formatProblems),
K9: () => ( groupDigits),
LD: () => ( boundedText),
LS: () => ( plural),
Mm: () => ( ProblemError),
Vw: () => ( formatProblem),
ZA: () => ( suggest),
aV: () => ( addressSpaceMessage),
au: () => ( didYouMean),
jC: () => ( controlLevelMessage)
});
var _log_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3090);
const PROBLEM_VALUE_CHARS = 200;
const PROBLEM_MESSAGE_CHARS = 1000;
const MAX_PROBLEMS_SHOWN = 50;
const PROBLEMS_TEXT_CHARS = 16_000;
function boundedText(text, max = PROBLEM_MESSAGE_CHARS) {
const shortened = (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__ .Ol)(text.replace(LONG_VALUE, (run) => (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__ .Vx)(run, PROBLEM_VALUE_CHARS)));
return (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__ .Vx)(shortened, max, max - 60, 'characters in all');
}
const LONG_VALUE = /[^\s,;'"`()[\]]+/g;
function problemMessage(p) {
return boundedText(`${p.message}${p.path ? ` (at ${p.path})` : ''}`);
}
function formatProblem(p) {
let where = (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__ .Ol)(p.file);
if (p.line !== undefined) {
where += `:${p.line}`;
if (p.column !== undefined)
where += `:${p.column}`;
}
return `${where}: ${problemMessage(p)}`;
}
function formatProblems(problems) {
const lines = [];
let size = 0;
for (const p of problems) {
if (lines.length >= MAX_PROBLEMS_SHOWN)
break;
const line = formatProblem(p);
if (lines.length > 0 && size + line.length > PROBLEMS_TEXT_CHARS)
break;
lines.push(line);
size += line.length + 1;
}
const rest = problems.length - lines.length;
if (rest > 0)
lines.push(`\u2026 and ${rest.toLocaleString('en-US')} more problem${rest === 1 ? '' : 's'} not shown`);
return lines;
}
class ProblemError extends Error {
problems;
constructor(problems) {
super(formatProblems(problems).join('\n'));
this.problems = problems;
this.name = 'ProblemError';
}
}
function editDistance(a, b, max = Math.max(a.length, b.length)) {
if (Math.abs(a.length - b.length) > max)
return max + 1;
const far = max + 1;
let before = new Array(b.length + 1).fill(far);
let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : far));
let row = new Array(b.length + 1).fill(far);
for (let i = 1; i <= a.length; i++) {
const from = Math.max(1, i - max);
const to = Math.min(b.length, i + max);
row[0] = i <= max ? i : far;
if (from > 1)
row[from - 1] = far;
if (to < b.length)
row[to + 1] = far;
let best = row[0];
for (let j = from; j <= to; j++) {
const cost = a[i - 1] === b[j - 1] ? 0 : 1;
let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
v = Math.min(v, before[j - 2] + 1);
row[j] = Math.min(v, far);
if (v < best)
best = v;
}
if (best > max)
return far;
[before, prev, row] = [prev, row, before];
}
return Math.min(prev[b.length], far);
}
const MAX_SUGGESTED_NAME = 100;
function suggest(name, candidates, max = 3) {
if (name.length > MAX_SUGGESTED_NAME)
return [];
const lower = name.toLowerCase();
const list = [...candidates].filter((c) => c.length <= 2 * MAX_SUGGESTED_NAME);
const sameButCase = list.filter((c) => c.toLowerCase() === lower);
if (sameButCase.length > 0)
return sameButCase.slice(0, max);
const scored = [];
for (const c of list) {
const cl = c.toLowerCase();
const limit = Math.max(1, Math.floor(Math.max(name.length, c.length) / 3));
const contains = Math.min(cl.length, lower.length) >= 3 && (cl.includes(lower) || lower.includes(cl));
const d = editDistance(lower, cl, contains ? Math.max(cl.length, lower.length) : limit);
if (d <= limit || contains)
scored.push({ c, d });
}
scored.sort((x, y) => x.d - y.d);
return scored.slice(0, max).map((s) => s.c);
}
function didYouMean(name, candidates) {
const s = suggest(name, candidates);
if (s.length === 0)
return '';
return ` (did you mean ${s.map((x) => `'${x}'`).join(' or ')}?)`;
}
function groupDigits(n) {
if (!Number.isSafeInteger(n) || Object.is(n, -0))
return n.toLocaleString('en-US');
const digits = String(Math.abs(n));
let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
for (let i = out.length; i < digits.length; i += 3)
out += `,${digits.slice(i, i + 3)}`;
return n < 0 ? `-${out}` : out;
}
function plural(n, noun, nouns = `${noun}s`) {
return `${groupDigits(n)} ${n === 1 ? noun : nouns}`;
}
function addressSpaceMessage(e) {
if (!(e instanceof RangeError) || !/Wasm memory|WebAssembly\.(Instance|Memory)\(\): Out of memory/.test(e.message))
return null;
return "cannot reserve memory for its WebAssembly kernels: this process's address space is limited (ulimit -v, or RLIMIT_AS in a container), and each kernel reserves about 10 GB of address space, not memory in use; raise the limit to 64 GB, or remove it (`ulimit -v unlimited`)";
}
function controlLevelMessage(level, control, levels) {
const shown = levels.slice(0, 20).join(', ') + (levels.length > 20 ? ', \u2026' : '');
return `control_level '${level}' is not a level of control ${control.map((c) => `'${c}'`).join(' \u00d7 ')}${didYouMean(level, levels) || `; levels: ${shown}`}${control.length > 1 ? " (a level is its values joined by ' | ', in `control` order)" : ''}`;
}
}),
131:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Zb: () => ( patternTooLong),
iO: () => ( CONFIG_LIMITS),
ln: () => ( CONFIG_SCHEMA)
});
var _data_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2884);
var _stats_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5360);
const bounds = {
min: { type: 'number', description: 'Fails when the value is below this.' },
max: { type: 'number', description: 'Fails when the value is above this.' },
};
const CONFIG_LIMITS = {
audits: 50,
data: 100,
sensitive: 32,
intersections: 32,
intersectionSize: 8,
control: 8,
gates: 100,
reference: 64,
bins: 64,
binEdges: 1000,
name: 1000,
groupName: _data_values_js__WEBPACK_IMPORTED_MODULE_0__ .m8,
referenceKey: 8 * (1000 + 3),
description: 10000,
path: 4096,
};
function patternTooLong(noun, pattern) {
const shown = pattern.length > 60 ? `${pattern.slice(0, 60)}\u2026` : pattern;
return `${noun} pattern '${shown}' is ${pattern.length.toLocaleString('en-US')} characters; at most ${CONFIG_LIMITS.path.toLocaleString('en-US')} are read (a path's longest on Linux): write a shorter path or pattern`;
}
const columnName = { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.name };
const columnList = { type: 'array', items: columnName, minItems: 1, uniqueItems: true };
const CONFIG_SCHEMA = {
$schema: 'http://json-schema.org/draft-07/schema#',
$id: 'https://raw.githubusercontent.com/model-audit-gate/model-audit-gate/v1/schema/audit-config.schema.json',
title: 'Model Audit Gate config',
description: 'Audits of a model: evaluation data, protected attributes, metrics and gates.',
type: 'object',
additionalProperties: false,
required: ['audits'],
properties: {
$schema: { type: 'string' },
audits: {
type: 'array',
minItems: 1,
maxItems: CONFIG_LIMITS.audits,
description: `One entry per model (or per evaluation set) to audit; at most ${CONFIG_LIMITS.audits}.`,
items: { $ref: '#/definitions/audit' },
},
},
definitions: {
audit: {
type: 'object',
additionalProperties: false,
required: ['name', 'data', 'label', 'sensitive'],
properties: {
name: {
type: 'string',
minLength: 1,
maxLength: CONFIG_LIMITS.name,
pattern: '^[^\\r\\n]+$',
description: 'Unique; names the audit in every report.',
},
description: { type: 'string', maxLength: CONFIG_LIMITS.description },
data: {
description: 'Evaluation file(s), relative to the repository root; globs allowed; .gz is read transparently.',
anyOf: [
{ type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.path },
{
type: 'array',
items: { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.path },
minItems: 1,
maxItems: CONFIG_LIMITS.data,
},
],
},
format: {
enum: ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'counts'],
description: 'Default: from the file extension. `counts`: pre-aggregated per-group confusion counts (group columns + tp, fp, tn, fn; see `model-audit-gate sql`), in any of the other formats.',
},
delimiter: {
type: 'string',
minLength: 1,
maxLength: 1,
description: 'Field delimiter for csv (default ",").',
},
task: {
enum: ['binary'],
description: 'The model kind: `binary` (the default) is a binary classifier, with a label, a prediction and/or a score.',
},
label: { ...columnName, description: 'The true label column.' },
prediction: { ...columnName, description: 'The predicted label column.' },
score: {
...columnName,
description: 'A score column: gives ROC AUC, and the prediction when `prediction` is not set.',
},
weight: {
...columnName,
description: "A sample-weight column (a number >= 0 per row; 0 allowed): every metric, interval, aggregate and gate is weighted, as scikit-learn's `sample_weight`; `count` stays the rows, and `min_group_size` applies to the Kish effective size.",
},
threshold: {
type: 'number',
description: 'prediction = score >= threshold (default 0.5), when `prediction` is not set.',
},
positive_label: {
type: ['string', 'number', 'boolean'],
maxLength: CONFIG_LIMITS.name,
description: 'The favourable label (default 1, also true / "1" / 1.0).',
},
sensitive: {
...columnList,
maxItems: CONFIG_LIMITS.sensitive,
description: 'Protected attributes, each audited on its own.',
},
intersections: {
type: 'array',
maxItems: CONFIG_LIMITS.intersections,
items: { ...columnList, minItems: 2, maxItems: CONFIG_LIMITS.intersectionSize },
description: 'Combinations of attributes audited as one.',
},
bins: {
type: 'object',
maxProperties: CONFIG_LIMITS.bins,
propertyNames: { maxLength: CONFIG_LIMITS.name },
additionalProperties: {
type: 'array',
minItems: 1,
maxItems: CONFIG_LIMITS.binEdges,
items: { type: 'number' },
description: 'Finite, strictly increasing edges (at least one).',
},
description: 'Numeric columns turned into groups by right-open intervals, e.g. {age: [25, 45, 65]} gives the groups `< 25`, `[25, 45)`, `[45, 65)`, `>= 65` (a value on an edge goes to the bin above it), in that order in every table. Each column must be a `sensitive` or `intersections` column; its values must be finite numbers (or missing, see `missing`). With `format: counts` the column already holds these labels.',
},
control: {
...columnList,
maxItems: CONFIG_LIMITS.control,
description: "Control features (fairlearn's `control_features`): every group is split by these columns' levels, and differences and ratios are computed within each level; a gate on an aggregate uses the worst level unless it names one with `control_level`. A control column cannot also be sensitive.",
},
min_group_size: {
type: 'integer',
minimum: 0,
description: 'Groups with fewer rows are shown but left out of aggregates and gates.',
},
min_positives: {
type: 'integer',
minimum: 0,
description: 'Groups with fewer positive labels are left out of TPR/FNR-based aggregates and gates (and, with ROC AUC and balanced accuracy, those too).',
},
min_negatives: {
type: 'integer',
minimum: 0,
description: 'Groups with fewer negative labels are left out of FPR/TNR-based aggregates and gates (and ROC AUC, balanced accuracy).',
},
reference: {
description: 'The reference group of `to_reference` and `disparate_impact`: `largest` (default), `best` (most favourable value), or per attribute a group name, `largest` or `best`, e.g. {race: Caucasian}. An intersection is written `sex+race`.',
anyOf: [
{ enum: ['largest', 'best'] },
{
type: 'object',
additionalProperties: { type: ['string', 'number', 'boolean'], maxLength: CONFIG_LIMITS.groupName },
propertyNames: { maxLength: CONFIG_LIMITS.referenceKey },
minProperties: 1,
maxProperties: CONFIG_LIMITS.reference,
},
],
},
zero_division: {
enum: ['undefined', 'fairlearn'],
description: '`undefined` (default): a 0/0 rate is null with a reason. `fairlearn`: 0, as fairlearn.',
},
missing: {
enum: ['error', 'group', 'drop'],
description: 'A missing sensitive value: an error (default), its own group, or the row dropped.',
},
missing_group: {
type: 'string',
minLength: 1,
maxLength: CONFIG_LIMITS.groupName,
description: 'The group name for missing values with `missing: group` (default "(missing)").',
},
max_groups: {
type: 'integer',
minimum: 1,
maximum: 20000,
description: "Most distinct values an attribute may have, and most possible groups of an intersection (the product of its attributes' distinct values) (default 1000, at most 20,000): catches an id column by mistake, and bounds the work a config can ask for (20,000 groups with intervals: about 6 s and 210 MB).",
},
max_decompressed_bytes: {
type: 'integer',
minimum: 1,
maximum: 64 * 1024 ** 3,
description: 'Most bytes a .gz file may expand to (default 4 GiB, at most 64 GiB): a gzip bomb fails cleanly.',
},
max_decompression_ratio: {
type: 'integer',
minimum: 1,
maximum: 1100,
description: "Most times a .gz file may expand, past its first MiB (default 100; at most 1,100, more than deflate's 1,032 can reach): keeps the work proportional to the committed bytes (a 29 KB file of one repeated row expanded 686 times, into 3.3 million rows).",
},
metrics: {
type: 'array',
items: { enum: _stats_catalog_js__WEBPACK_IMPORTED_MODULE_1__ .Sj },
uniqueItems: true,
description: 'Metrics shown per group.',
},
gates: { type: 'array', maxItems: CONFIG_LIMITS.gates, items: { $ref: '#/definitions/gate' } },
confidence: {
description: 'Confidence intervals (on by default: level 0.95, 2000 replicates, seed 1): Wilson for rates, a seeded Poisson bootstrap of the count cells for differences, ratios and other values, DeLong for ROC AUC. `false` turns them off.',
type: ['boolean', 'object'],
additionalProperties: false,
properties: {
level: {
type: 'number',
exclusiveMinimum: 0,
exclusiveMaximum: 1,
description: 'Two-sided confidence level (default 0.95).',
},
replicates: {
type: 'integer',
minimum: 100,
maximum: 20000,
description: 'Bootstrap replicates (default 2000, at most 20000).',
},
seed: {
type: 'integer',
minimum: 0,
description: "The bootstrap seed (default 1): the same seed gives the same report, byte for byte (but for its `run` member: the run's start time and ids).",
},
},
},
},
},
gate: {
type: 'object',
additionalProperties: false,
required: ['metric'],
properties: {
name: { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.name },
metric: {
type: 'string',
enum: _stats_catalog_js__WEBPACK_IMPORTED_MODULE_1__ .cY,
description: 'An overall metric, an aggregate (`*_difference`, `*_ratio`, `*_group_min`, `*_group_max`), or a fairness aggregate.',
},
attribute: {
description: 'The attribute, or an intersection as a list; all sensitive attributes when left out.',
anyOf: [columnName, { ...columnList, minItems: 2, maxItems: CONFIG_LIMITS.intersectionSize }],
},
method: {
enum: ['between_groups', 'to_overall', 'to_reference'],
description: "How differences and ratios compare groups (default between_groups); to_reference compares every group with the audit's `reference`.",
},
on: {
enum: ['point', 'interval'],
description: '`point` (default): the value decides. `interval`: fail only when the whole confidence interval is past the threshold, warn when only the point is; not for a value that never has an interval (`count`, ROC AUC compared to overall).',
},
max_increase: {
type: 'number',
minimum: 0,
description: 'Fails when the value rose by more than this against the baseline report.',
},
max_decrease: {
type: 'number',
minimum: 0,
description: 'Fails when the value fell by more than this against the baseline report.',
},
max_relative_change: {
type: 'number',
minimum: 0,
description: 'Fails when the value moved by more than this fraction of the baseline value (0.1 = 10%), either way.',
},
against: {
enum: ['baseline', 'history_median'],
description: 'What `max_increase`, `max_decrease` and `max_relative_change` compare with: `baseline` (default), the one baseline report; `history_median`, the median of the same value in the history reports (the `history` input, `--history`).',
},
min_history: {
type: 'integer',
minimum: 1,
maximum: 100,
description: 'With `against: history_median`: fewest history reports that must hold the value (default 3); with fewer the gate is insufficient, never a silent pass.',
},
control_level: {
type: ['string', 'number', 'boolean'],
maxLength: CONFIG_LIMITS.groupName,
description: "With `control`: gate this control level only (its values joined by ' | ' in `control` order, e.g. `online` or `online | web`) instead of the worst level.",
},
agg: {
enum: ['worst_case', 'mean'],
description: 'Equalized odds: the worse of TPR and FPR (default) or their mean.',
},
...bounds,
each_group: {
type: 'object',
additionalProperties: false,
minProperties: 1,
properties: bounds,
description: "Bounds on every group's value.",
},
level: {
enum: ['error', 'warning'],
description: 'A breached `error` gate fails the job; a `warning` gate only warns.',
},
insufficient: {
enum: ['pass', 'warn', 'fail'],
description: 'What an insufficient gate (undefined value, too few groups) does to the verdict (default warn).',
},
},
},
},
};
}),
2143:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
A8: () => ( DEFAULT_MIN_HISTORY),
Cq: () => ( DEFAULT_METRICS),
FH: () => ( DEFAULT_CONFIDENCE),
Ih: () => ( DEFAULT_MAX_GROUPS)
});
const DEFAULT_MIN_HISTORY = 3;
const DEFAULT_METRICS = ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate'];
const DEFAULT_MAX_GROUPS = 1000;
const DEFAULT_CONFIDENCE = { level: 0.95, replicates: 2000, seed: 1 };
}),
2316:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
H1: () => ( binLabels),
ZZ: () => ( Binner),
rO: () => ( binNumber),
wk: () => ( binOrder)
});
function formatEdge(edge) {
return String(edge).replace('e+', 'e');
}
function binLabels(edges) {
const e = edges.map(formatEdge);
if (e.length === 0)
return [];
const labels = [`< ${e[0]}`];
for (let i = 1; i < e.length; i++)
labels.push(`[${e[i - 1]}, ${e[i]})`);
labels.push(`>= ${e[e.length - 1]}`);
return labels;
}
function binIndex(value, edges) {
let lo = 0;
let hi = edges.length;
while (lo < hi) {
const mid = (lo + hi) >>> 1;
if (edges[mid] <= value)
lo = mid + 1;
else
hi = mid;
}
return lo;
}
const NUMBER = /^\s*[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const INFINITY = /^\s*[+-]?inf(inity)?\s*$/i;
function binNumber(cell) {
if (typeof cell === 'number')
return Number.isFinite(cell) ? cell : 'an infinite number';
if (typeof cell === 'boolean')
return 'a boolean, not a number';
if (INFINITY.test(cell))
return 'an infinite number';
if (!NUMBER.test(cell))
return 'not a decimal number';
const v = Number(cell);
return Number.isFinite(v) ? v : 'a number too large for a double';
}
class Binner {
edges;
labels;
min;
max;
constructor(edges) {
this.edges = edges;
this.labels = binLabels(edges);
this.min = this.labels.map(() => Infinity);
this.max = this.labels.map(() => -Infinity);
}
label(value) {
const b = binIndex(value, this.edges);
if (value < this.min[b])
this.min[b] = value;
if (value > this.max[b])
this.max[b] = value;
return this.labels[b];
}
}
function binOrder(labels) {
const rank = new Map(labels.map((l, i) => [l, i]));
return (a, b) => {
const ra = rank.get(a) ?? labels.length;
const rb = rank.get(b) ?? labels.length;
if (ra !== rb)
return ra - rb;
return a === b ? 0 : a < b ? -1 : 1;
};
}
}),
6407:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
K3: () => ( MAX_WEIGHT),
qK: () => ( MAX_WEIGHT_TEXT),
wZ: () => ( MIN_WEIGHT),
Es: () => ( MIN_WEIGHT_TEXT),
o4: () => ( RowChecks),
Qj: () => ( groupingsOf),
sp: () => ( oneClassThreshold),
Gv: () => ( sensitiveColumns),
Bc: () => ( tooManyGroupsProblem),
DC: () => ( wantsScores)
});
var config_problem = __webpack_require__(8841);
var accumulate = __webpack_require__(9942);
var data_bins = __webpack_require__(2316);
;
const TRUE_WORDS = new Set(['true', 't', 'yes']);
const FALSE_WORDS = new Set(['false', 'f', 'no']);
function isBooleanWord(v) {
if (v.length > 16)
return false;
const lower = v.trim().toLowerCase();
return TRUE_WORDS.has(lower) || FALSE_WORDS.has(lower);
}
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const RADIX = /^([+-]?)0(?:[xX]([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|[bB]([01]+(?:_[01]+)*)|[oO]([0-7]+))$/;
const INFINITY = /^([+-]?)inf(?:inity)?$/i;
const YEAR_FIRST = /^(\d{4}|\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(.*)$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)(.*)$/;
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d*))?)?$/;
const STAMP_TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d*))?(?:(Z)|([+-])(\d{2})(?::?(\d{2})(?::(\d{2}))?)?| ([A-Za-z][A-Za-z0-9/_+:-]{0,40}))?)?$/;
function trimZeros(s) {
let end = s.length;
while (end > 0 && s.charCodeAt(end - 1) === 48)
end--;
return s.slice(0, end);
}
function timeFields(m, text) {
const h = Number(m[1]);
const min = Number(m[2]);
const s = Number(m[3] ?? 0);
const frac = trimZeros(text ? (m[4] ?? '').slice(0, 6) : (m[4] ?? ''));
if (h > 24 || min > 59 || s > 59 || (h === 24 && (min > 0 || s > 0 || frac !== '')))
return null;
let zone = null;
if (m[5] !== undefined)
zone = 0;
else if (m[6] !== undefined)
zone = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 3600 + Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0));
else if (m[10] !== undefined)
zone = m[10];
const f = frac ? `.${frac}` : '';
return { time: `${h}:${min}:${s}${f}`, seconds: h * 3600 + min * 60 + s, frac: f, zone };
}
const zones = new Map();
const MAX_ZONES = 4096;
function zoneFormat(name) {
const key = name.toLowerCase();
let f = zones.get(key);
if (f === undefined) {
if (zones.size >= MAX_ZONES)
return null;
try {
f = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
}
catch {
f = null;
}
zones.set(key, f);
}
return f;
}
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
function offsetAt(f, ms) {
const m = LONG_OFFSET.exec(f.format(new Date(ms)));
if (!m)
return null;
if (m[1] === undefined)
return 0;
return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
}
const UTC_OFFSET_NAME = /^UTC([+-])(\d*)(:[\d:]*)?$/;
function utcOffsetName(zone) {
if (zone.toLowerCase() === 'factory')
return 0;
const m = UTC_OFFSET_NAME.exec(zone);
if (!m)
return undefined;
const digits = m[2].replace(/^0+/, '');
if (m[2] === '' && m[3] === undefined)
return null;
if (digits.length > 4)
return null;
const n = Number(digits || '0');
const hours = n >= 100 ? Math.floor(n / 100) : n;
if (hours > (m[1] === '-' ? 12 : 14))
return null;
return (m[1] === '-' ? -1 : 1) * hours * 3600;
}
const DAY_MS = 86_400_000;
function instant(wallMs, zone) {
if (typeof zone === 'number')
return wallMs - zone * 1000;
const fixed = utcOffsetName(zone);
if (fixed !== undefined)
return fixed === null ? null : wallMs - fixed * 1000;
const f = zoneFormat(zone);
if (f === null)
return null;
const before = offsetAt(f, wallMs - DAY_MS);
const after = offsetAt(f, wallMs + DAY_MS);
if (before === null || after === null)
return null;
if (before === after)
return wallMs - before * 1000;
const valid = [after, before].filter((o) => offsetAt(f, wallMs - o * 1000) === o);
if (valid.length === 0)
return wallMs - before * 1000;
return Math.max(...valid.map((o) => wallMs - o * 1000));
}
function dateKey(t, text) {
let date;
let ymd = null;
let rest;
let iso = false;
let zoned = false;
const first = YEAR_FIRST.exec(t);
const last = first ? null : YEAR_LAST.exec(t);
if (first) {
const [y, mo, d] = [Number(first[1]), Number(first[3]), Number(first[4])];
if (mo < 1 || mo > 12 || d < 1 || d > 31)
return null;
date = `${y}${first[1].length === 2 ? 'y' : ''}-${mo}-${d}`;
if (first[1].length === 4)
ymd = [y, mo, d];
iso = ymd !== null && first[2] === '-';
zoned = first[2] !== '.';
rest = first[5];
}
else {
if (!last)
return null;
const [a, b] = [Number(last[1]), Number(last[3])];
if (a < 1 || a > 31 || b < 1 || b > 31 || (a > 12 && b > 12))
return null;
date = `${a}-${b}-${Number(last[4])}r`;
rest = last[5];
}
if (rest === '')
return `d${date}T0:0:0`;
const sep = /^(?:T|\s+)/.exec(rest);
if (!sep)
return null;
const m = STAMP_TIME.exec(rest.slice(sep[0].length));
const time = m ? timeFields(m, text) : null;
if (!time)
return null;
if (time.zone !== null && !zoned)
return null;
const h24 = time.seconds === 86400;
if (h24 && !iso)
return null;
if (!h24 && (time.zone === null || time.zone === 0))
return `d${date}T${time.time}`;
if (!ymd)
return typeof time.zone === 'number' ? `d${date}T${time.time}@${time.zone}` : null;
const wall = new Date(0);
wall.setUTCFullYear(ymd[0], ymd[1] - 1, ymd[2]);
const ms = instant(wall.getTime() + time.seconds * 1000, time.zone ?? 0);
if (ms === null)
return null;
const utc = new Date(ms);
return `d${utc.getUTCFullYear()}-${utc.getUTCMonth() + 1}-${utc.getUTCDate()}T${utc.getUTCHours()}:${utc.getUTCMinutes()}:${utc.getUTCSeconds()}${time.frac}`;
}
const DECIMAL_PARTS = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
function exactKey(t) {
const m = DECIMAL_PARTS.exec(t);
const fraction = m[3] ?? '';
let digits = `${m[2]}${fraction}`.replace(/^0+/, '');
if (digits === '')
return 'n0';
const trimmed = trimZeros(digits);
const exponent = Number(m[4] ?? 0) - fraction.length + digits.length - trimmed.length;
digits = trimmed;
return `n${m[1] === '-' ? '-' : ''}${digits}e${exponent}`;
}
function spellingKey(v, exact = false, booleans = false, text = true) {
const t = v.trim();
if (t === '')
return null;
const c = t.charCodeAt(0);
if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
if (DECIMAL.test(t))
return exact ? exactKey(t) : `n${String(Number(t))}`;
const radix = RADIX.exec(t);
if (radix) {
const digits = radix[2] !== undefined ? `0x${radix[2]}` : radix[3] !== undefined ? `0b${radix[3]}` : `0o${radix[4]}`;
const x = Number(BigInt(digits.replace(/_/g, '')));
return `n${String(radix[1] === '-' ? -x : x)}`;
}
const inf = INFINITY.exec(t);
if (inf)
return inf[1] === '-' ? 'n-Infinity' : 'nInfinity';
if (c === 43 || c === 45 || c === 46)
return null;
const m = TIME.exec(t);
if (m) {
const time = timeFields(m, text);
return time === null ? null : `t${time.time}`;
}
return dateKey(t, text);
}
if (t.length > 8)
return null;
const lower = t.toLowerCase();
if (lower === 'true' || (booleans && TRUE_WORDS.has(lower)))
return 'btrue';
if (lower === 'false' || (booleans && FALSE_WORDS.has(lower)))
return 'bfalse';
if (INFINITY.test(t))
return 'nInfinity';
return null;
}
const ZONE_AFTER_SECONDS = /:\d{1,2}(?:\.\d*)?(?:Z|[+-]\d{2}(?::?\d{2}(?::\d{2})?)?| [A-Za-z][A-Za-z0-9/_+:-]{0,40})$/;
function isZonedStamp(v) {
const t = v.trim();
return ZONE_AFTER_SECONDS.test(t);
}
function spellingKind(key) {
switch (key[0]) {
case 'n':
return 'number';
case 'b':
return 'boolean';
case 't':
return 'time of day';
default:
return 'date or time';
}
}
var data_values = __webpack_require__(2884);
;
function binReading(cell) {
const x = (0,data_bins .rO)(cell);
return typeof x === 'number' && typeof cell === 'string' && !(0,data_values .F9)(cell, x) ? { inexact: x } : x;
}
const BIN_READING_COST = 8;
const INEXACT_READING_COST = 5;
const MAX_WEIGHT = 1e12;
const MAX_WEIGHT_TEXT = '1e12';
const MIN_WEIGHT = 1e-12;
const MIN_WEIGHT_TEXT = '1e-12';
function sensitiveColumns(audit) {
return [...new Set([...audit.control, ...audit.sensitive, ...audit.intersections.flat()])];
}
function groupingsOf(audit) {
const c = audit.control;
return [
...audit.sensitive.map((s) => ({ columns: [...c, s] })),
...audit.intersections.map((x) => ({ columns: [...c, ...x] })),
...(c.length > 0 ? [{ columns: [...c] }] : []),
];
}
function trackBinary(t, value, file, line, col) {
if (t.seen.has(value))
return;
if (t.seen.size >= 2) {
const list = [...t.seen.keys(), value].map((v) => (0,data_values .vp)(v)).join(', ');
throw new config_problem .Mm([
{
file,
line,
column: col,
message: `${t.role} column '${t.column}' has a third distinct value ${(0,data_values .vp)(value)} (values so far: ${list}); ${t.role}s must be binary`,
},
]);
}
t.seen.set(value, { line, file });
}
function hasPositive(t, positives) {
for (const v of t.seen.keys())
if (positives.has(v))
return true;
return false;
}
function seenList(t) {
return [...t.seen.keys()].map((v) => (0,data_values .vp)(v)).join(', ');
}
function firstFile(t) {
return t.seen.values().next().value?.file ?? '';
}
function checkLabelPositive(labelT, predT, positives, positiveLabel) {
if (labelT.seen.size === 0 || hasPositive(labelT, positives))
return {};
const twoValues = checkTwoValues(labelT, positives, positiveLabel);
if (twoValues)
return { problem: twoValues };
const shown = (0,data_values .vp)(positiveLabel);
const plain = (t) => [...t.seen.keys()].every((v) => data_values .SC.has(v));
if (predT !== null && predT.seen.size > 0 && !hasPositive(predT, positives) && !(plain(labelT) && plain(predT))) {
return {
problem: {
file: firstFile(labelT),
message: `neither label column '${labelT.column}' (values seen: ${seenList(labelT)}) nor prediction column '${predT.column}' (values seen: ${seenList(predT)}) has a value equal to positive_label ${shown}; positive_label is likely misspelled: set it to the favourable value as the data writes it`,
},
};
}
return {
warning: `no value of label column '${labelT.column}' equals positive_label ${shown} (values seen: ${seenList(labelT)}): every row is a negative outcome, audited as fairlearn does; rates over positive labels (TPR, FNR, ROC AUC) have no positives to count`,
};
}
function checkTwoValues(t, positives, positiveLabel) {
if (t.seen.size < 2 || hasPositive(t, positives))
return null;
return {
file: firstFile(t),
message: `no value of ${t.role} column '${t.column}' equals positive_label ${(0,data_values .vp)(positiveLabel)} (values seen: ${seenList(t)}); set \`positive_label\` to the favourable value`,
};
}
const BOOLEAN_LETTERS = /^(?:t|f|yes|no)$/i;
const POSTGRES_BOOLEAN = /^[ \t\n\v\f\r]*(?:t|tr|tru|true|f|fa|fal|fals|false|y|ye|yes|n|no|on|of|off|1|0)[ \t\n\v\f\r]*$/i;
function booleanWordsProblem(t, positives, positiveLabel) {
if (t.seen.size >= 2 && !hasPositive(t, positives))
return null;
const values = [...t.seen.keys()];
const word = values.find((v) => v !== '1' && v !== '0' && POSTGRES_BOOLEAN.test(v));
if (word === undefined || !values.every((v) => v === '1' || v === '0' || v === word))
return null;
const at = t.seen.get(word);
const reader = BOOLEAN_LETTERS.test(word)
? "DuckDB's read_csv reads as a boolean (a column of nothing but t/f, yes/no and true/false, in any case, it types BOOLEAN, and the query of `model-audit-gate sql` reads yes and t as true, no and f as false; so does PostgreSQL's BOOLEAN input)"
: "PostgreSQL's BOOLEAN input reads as a boolean (COPY into a BOOLEAN column reads yes/no, y/n, on/off, t/f, true/false, 1/0 and their unique prefixes such as ye, tr, fal, of, in any case and with spaces around, as true or false, and the query of `model-audit-gate sql` reads such a column as a boolean)";
return {
file: firstFile(t),
message: `${t.role} column '${t.column}' holds ${(0,data_values .vp)(word)}${at ? ` (${at.file}:${at.line})` : ''}, a word ${reader}, where this audit compares ${t.role}s as text with positive_label ${(0,data_values .vp)(positiveLabel)}: the two would count different positives; write the column as true/false or 1/0`,
};
}
const NAN_NA = ['NaN', 'nan', '-NaN', '-nan'];
const NAN_TEXT = /^[+-]?nan$/i;
function isNanSpelling(v) {
return v.length < 64 && NAN_TEXT.test(v.trim());
}
class RowChecks {
audit;
input;
sens;
positives;
labelT;
predT;
stats = { rows: 0, dropped: 0, missingAsGroup: 0 };
warnings = [];
missing = new Map();
display = '';
labelCol = 0;
predCol = 0;
scoreCol = 0;
weightCol = 0;
sensCols = [];
binners;
kept;
binReadings;
inexactText;
exactNumbers = false;
textTable = false;
table = null;
firstSeen;
missingAsGroupIn = new Set();
exactColumn;
typedColumn;
constructor(audit, input = 'rows') {
this.audit = audit;
this.input = input;
this.sens = sensitiveColumns(audit);
const bins = audit.bins ?? {};
this.binners = this.sens.map((c) => (Object.hasOwn(bins, c) ? new data_bins .ZZ(bins[c]) : null));
this.firstSeen = this.sens.map(() => new Map());
this.exactColumn = this.sens.map(() => true);
this.typedColumn = this.sens.map(() => false);
this.kept = new data_values .mH((chars) => this.table?.chargeBytes?.(chars));
this.binReadings = this.sens.map(() => this.kept.reading(binReading, BIN_READING_COST));
this.inexactText = this.kept.reading(data_values .Gc, INEXACT_READING_COST);
this.positives = (0,data_values .WL)(audit.positive_label);
this.labelT = { column: audit.label, role: 'label', seen: new Map() };
this.predT = audit.prediction ? { column: audit.prediction, role: 'prediction', seen: new Map() } : null;
}
setTable(table, display) {
const colNumber = (name) => (name ? table.columns.indexOf(name) + 1 : 0);
this.display = display;
this.labelCol = colNumber(this.audit.label);
this.predCol = colNumber(this.audit.prediction);
this.scoreCol = colNumber(this.audit.score);
this.weightCol = colNumber(this.audit.weight);
this.sensCols = this.sens.map(colNumber);
this.sensCols.forEach((col, i) => {
if (table.numberKinds?.[col - 1] !== 'exact')
this.exactColumn[i] = false;
if (col > 0 && table.declaredRows !== undefined)
this.typedColumn[i] = true;
});
this.exactNumbers = table.declaredRows !== undefined;
if (table.source !== undefined)
this.textTable = true;
this.table = table;
}
groupValue(cell, i, line) {
const binner = this.binners[i];
if (binner)
return this.binValue(binner, cell, i, line);
const v = (0,data_values .hC)(cell);
if (v !== null && v.length > data_values .m8) {
throw new config_problem .Mm([
{
file: this.display,
line,
column: this.sensCols[i] ?? 0,
message: `${this.roleOf(this.sens[i])} column '${this.sens[i]}' has a value of ${v.length.toLocaleString('en-US')} characters (${(0,data_values .vp)(v)}), longer than the ${data_values .m8.toLocaleString('en-US')} a group name may have; is it the right column? Bin or shorten its values`,
},
]);
}
if (v !== null) {
const seen = this.firstSeen[i];
if (!seen.has(v))
seen.set(v, `${this.display}:${line}:${this.sensCols[i] ?? 0}`);
}
return v;
}
binValue(binner, cell, i, line) {
if ((0,data_values .b2)(cell))
return null;
const column = this.sens[i];
const problem = (message) => new config_problem .Mm([{ file: this.display, line, column: this.sensCols[i] ?? 0, message }]);
if (this.input === 'counts') {
const v = (0,data_values .hC)(cell);
if (binner.labels.includes(v) || (this.audit.missing === 'group' && v === this.audit.missing_group))
return v;
throw problem(`binned column '${column}' has ${(0,data_values .vp)(v)}, which is not one of its bins (${binner.labels.map((l) => (0,data_values .vp)(l)).join(', ')}); a counts table holds the bins' labels, as the query of \`model-audit-gate sql\` writes them for these \`bins\``);
}
const read = this.binReadings[i](cell);
if (typeof read === 'string') {
throw problem(`binned column '${column}' has ${(0,data_values .vp)(cell)} (${read}); \`bins\` needs a finite number in every row, or an empty/NA cell for a missing value (see \`missing\`)`);
}
if (typeof read === 'number')
return binner.label(read);
const x = read.inexact;
if (this.exactNumbers)
throw problem(`binned column '${column}' has ${(0,data_values .vp)(cell)}, which no double holds exactly (it reads as ${String(x)}): bins compare doubles, and the warehouse's query compares the exact value, so the two could put it in different bins; write the column as a DOUBLE, or round it to 15 significant digits`);
return binner.label(x);
}
missingGroupProblems(tables) {
const name = this.audit.missing_group;
const problems = [];
if (this.input !== 'rows' || this.audit.missing !== 'group')
return problems;
for (const i of this.missingAsGroupIn) {
const where = this.firstSeen[i]?.get(name);
if (where === undefined)
continue;
const column = this.sens[i];
problems.push({
file: tables.map((t) => t.display).join(', '),
message: `${this.roleOf(column)} column '${column}' holds ${(0,data_values .vp)(name)} (${where}), the name \`missing_group\` gives its missing values: they would join that group and change its rates; choose a \`missing_group\` no value has`,
});
}
return problems;
}
spellingProblems(tables, acc) {
const problems = [];
const bins = this.audit.bins ?? {};
for (const [column, values] of acc.distinctValues()) {
if (Object.hasOwn(bins, column))
continue;
const firstSeen = this.firstSeen[this.sens.indexOf(column)];
const exact = this.exactColumn[this.sens.indexOf(column)] === true;
const text = this.typedColumn[this.sens.indexOf(column)] !== true;
const booleans = [...values].every((v) => isBooleanWord(v));
const at = (v) => {
const where = firstSeen?.get(v);
return where === undefined ? '' : ` (${where})`;
};
const seen = new Map();
let nan = false;
let collided = false;
let naive;
let zoned;
for (const v of values) {
if (!nan && isNanSpelling(v)) {
nan = true;
problems.push({
file: tables.map((t) => t.display).join(', '),
message: `${this.roleOf(column)} column '${column}' holds ${(0,data_values .vp)(v)}${at(v)}, a NaN to DuckDB (its number reader takes any case), so missing to the query of \`model-audit-gate sql\`, where it is not one of the NA spellings pandas and this audit read as missing (${NAN_NA.map((n) => (0,data_values .vp)(n)).join(', ')}, case as written): a group here, dropped or the missing group there; write a missing value as an empty cell or one of those, or name the group another way`,
});
}
const key = spellingKey(v, exact, booleans, text);
if (key === null)
continue;
if (text && key.charCodeAt(0) === 100 ) {
if (isZonedStamp(v))
zoned ??= v;
else
naive ??= v;
}
const other = seen.get(key);
if (other === undefined) {
seen.set(key, v);
continue;
}
collided = true;
if (nan)
break;
problems.push({
file: tables.map((t) => t.display).join(', '),
message: `${this.roleOf(column)} column '${column}' holds ${(0,data_values .vp)(other)}${at(other)} and ${(0,data_values .vp)(v)}${at(v)}, one ${spellingKind(key)} written two ways: named as written they would be two groups, where pandas, DuckDB and a typed column read one value; write each value one way`,
});
break;
}
if (!collided && naive !== undefined && zoned !== undefined)
problems.push({
file: tables.map((t) => t.display).join(', '),
message: `${this.roleOf(column)} column '${column}' holds ${(0,data_values .vp)(naive)}${at(naive)}, a date or time without a zone, and ${(0,data_values .vp)(zoned)}${at(zoned)}, one with a zone: DuckDB's read_csv reads such a column as TIMESTAMP WITH TIME ZONE and the ones without a zone in its session's TimeZone, so which values are one group there depends on where the query runs; write every value with its zone, or none with one`,
});
}
return problems;
}
jsonKinds = new Map();
valueKind(column, text, kind, line) {
if (kind === 'an object or array') {
const i = this.sens.indexOf(column);
throw new config_problem .Mm([
{
file: this.display,
line,
column: this.sensCols[i] ?? 0,
message: `${this.roleOf(column)} column '${column}' holds ${(0,data_values .vp)(text)}, a JSON ${text.trimStart().startsWith('[') ? 'array' : 'object'}: DuckDB's read_json_auto reads it as a STRUCT or LIST and pandas as a dict or list, whose value is not its text (\`{"a":1}\` and \`{"a":1.0}\`, or keys in another order, are one value there, two groups here); a group value must be a string, a number or a boolean: write it as one`,
},
]);
}
let kinds = this.jsonKinds.get(column);
if (!kinds)
this.jsonKinds.set(column, (kinds = new Map()));
const first = kinds.get(text);
if (first === undefined) {
const i = this.sens.indexOf(column);
kinds.set(text, { kind, at: `${this.display}:${line}:${this.sensCols[i] ?? 0}` });
return;
}
if (first.kind === kind)
return;
const i = this.sens.indexOf(column);
throw new config_problem .Mm([
{
file: this.display,
line,
column: this.sensCols[i] ?? 0,
message: `${this.roleOf(column)} column '${column}' holds ${(0,data_values .vp)(text)} as ${first.kind} (${first.at}) and as ${kind} here: one group name, where DuckDB's read_json and pandas read two values (DuckDB a JSON column of ${kind === 'a string' || first.kind === 'a string' ? `${text} and ${JSON.stringify(text)}` : 'two kinds'}); write the column as one JSON kind in every record and file`,
},
]);
}
roleOf(column) {
return this.audit.control.includes(column) ? 'control' : 'sensitive';
}
exactLabel(raw, label, line, role) {
if (!this.exactNumbers || typeof raw !== 'string' || raw === label || !this.inexactText(raw))
return;
const column = role === 'label' ? this.audit.label : this.audit.prediction;
throw new config_problem .Mm([
{
file: this.display,
line,
column: role === 'label' ? this.labelCol : this.predCol,
message: `${role} column '${column}' has ${(0,data_values .vp)(raw)}, which no double holds exactly (it reads as ${label}): labels are compared as numbers by value, and the exact value is not ${label}; write the column as an integer, a boolean or text, or round it to 15 significant digits`,
},
]);
}
label(label, line, raw) {
if (label !== null && raw !== undefined)
this.exactLabel(raw, label, line, 'label');
if (label === null)
throw new config_problem .Mm([
{
file: this.display,
line,
column: this.labelCol,
message: `label column '${this.audit.label}' is empty or NA; every row needs a label`,
},
]);
trackBinary(this.labelT, label, this.display, line, this.labelCol);
return this.positives.has(label);
}
scoreProblem(raw, line) {
return new config_problem .Mm([
{
file: this.display,
line,
column: this.scoreCol,
message: typeof raw === 'string' && (0,data_values .yN)(raw) !== null
? `score column '${this.audit.score}' has ${(0,data_values .vp)(raw)}, which no double holds exactly (it reads as ${String((0,data_values .yN)(raw))}): the threshold and ROC AUC compare doubles, and the warehouse's query compares the exact value, so the two could classify it differently; write the column as a DOUBLE, or round it to 15 significant digits`
: `score column '${this.audit.score}' has ${(0,data_values .vp)(raw)}; expected a finite number`,
},
]);
}
inexactScore(raw, x) {
return this.exactNumbers && typeof raw === 'string' && x !== null && this.inexactText(raw);
}
weight(raw, parsed, line) {
const w = parsed ?? (0,data_values .yN)(raw);
if (w !== null && (w === 0 || (w >= MIN_WEIGHT && w <= MAX_WEIGHT)))
return w;
const what = (0,data_values .b2)(raw)
? 'is empty or NA; every row needs a weight'
: `has ${(0,data_values .vp)(raw)}; expected 0 or a number from ${MIN_WEIGHT_TEXT} to ${MAX_WEIGHT_TEXT}${w === null ? '' : w < 0 ? ' (a weight cannot be negative)' : w > MAX_WEIGHT ? ' (no sampled row stands for more)' : " (a smaller weight's square is below what a number holds: scale the weights up, which changes no metric)"}`;
throw new config_problem .Mm([
{ file: this.display, line, column: this.weightCol, message: `weight column '${this.audit.weight}' ${what}` },
]);
}
prediction(pred, line, raw) {
if (pred !== null && raw !== undefined)
this.exactLabel(raw, pred, line, 'prediction');
if (pred === null)
throw new config_problem .Mm([
{
file: this.display,
line,
column: this.predCol,
message: `prediction column '${this.audit.prediction}' is empty or NA; every row needs a prediction`,
},
]);
trackBinary(this.predT, pred, this.display, line, this.predCol);
return this.positives.has(pred);
}
missingValue(i, line) {
if (this.audit.missing === 'group') {
this.stats.missingAsGroup++;
this.missingAsGroupIn.add(i);
return this.audit.missing_group;
}
if (this.audit.missing === 'error') {
const col = this.sens[i];
const m = this.missing.get(col) ?? { count: 0, lines: [] };
m.count++;
if (m.lines.length < 10)
m.lines.push(`${this.display}:${line}`);
this.missing.set(col, m);
}
return null;
}
minScore = Infinity;
maxScore = -Infinity;
finish(tables, acc) {
const { stats } = this;
const problems = [];
this.binners.forEach((b, i) => {
if (!b)
return;
stats.binRanges ??= Object.create(null);
const seen = (v) => (Number.isFinite(v) ? v : null);
stats.binRanges[this.sens[i]] = { min: b.min.map(seen), max: b.max.map(seen) };
});
for (const [col, m] of this.missing) {
problems.push({
file: m.lines[0]?.split(':')[0] ?? '',
message: `${this.roleOf(col)} column '${col}' is empty or NA in ${(0,config_problem .LS)(m.count, 'row')} (${m.lines.join(', ')}${m.count > m.lines.length ? ', \u2026' : ''}); set \`missing: group\` to audit them as their own group, or \`missing: drop\` to leave them out`,
});
}
problems.push(...this.spellingProblems(tables, acc));
problems.push(...this.missingGroupProblems(tables));
if (problems.length === 0 && stats.rows === 0) {
problems.push({
file: tables.map((t) => t.display).join(', '),
message: stats.dropped > 0
? `every row was dropped (${stats.dropped}) for a missing sensitive value`
: 'no data rows (only a header)',
});
}
if (problems.length === 0 && stats.rows > 0 && this.audit.weight) {
const o = acc.overall;
if (o.tp + o.fp + o.tn + o.fn === 0)
problems.push({
file: tables.map((t) => t.display).join(', '),
message: `every row has weight 0 (${(0,config_problem .LS)(stats.rows, 'row')} in weight column '${this.audit.weight}'${stats.dropped > 0 ? `, after ${(0,config_problem .LS)(stats.dropped, 'row')} dropped for a missing sensitive value` : ''}): nothing to audit; a row of weight 0 counts in no metric`,
});
}
const p = (0,data_values .rR)(this.audit.positive_label);
if (stats.rows > 0 && this.input === 'rows' && this.textTable && (p === '1' || p === '0')) {
for (const t of [this.labelT, this.predT]) {
const words = t ? booleanWordsProblem(t, this.positives, this.audit.positive_label) : null;
if (words)
problems.push(words);
}
}
if (stats.rows > 0) {
const label = checkLabelPositive(this.labelT, this.predT, this.positives, this.audit.positive_label);
if (label.problem)
problems.push(label.problem);
if (label.warning)
this.warnings.push(label.warning);
const pp = this.predT ? checkTwoValues(this.predT, this.positives, this.audit.positive_label) : null;
if (pp)
problems.push(pp);
}
const audit = this.audit;
if (!audit.prediction && stats.rows > 1 && problems.length === 0 && this.minScore <= this.maxScore) {
const p = oneClassThreshold(audit, acc, tables.map((t) => t.display).join(', '), stats.rows, `on all ${stats.rows} rows; scores range from ${this.minScore} to ${this.maxScore}`);
if (p)
problems.push(p);
}
return problems;
}
}
function oneClassThreshold(audit, acc, file, total, where, after = '') {
if (audit.prediction || total <= 1)
return null;
const o = acc.overall;
const rows = o.weights?.rows ?? o;
const positives = rows.tp + rows.fp;
if (positives !== 0 && positives !== total)
return null;
const negative = positives === 0;
return {
file,
message: `threshold ${audit.threshold} makes every prediction ${negative ? 'negative' : 'positive'} (${audit.score} ${negative ? '<' : '>='} ${audit.threshold} ${where}); check \`threshold\` against the score's scale${after}`,
};
}
function wantsScores(audit) {
return !!audit.score && (audit.metrics.includes('roc_auc') || audit.gates.some((g) => g.metric.startsWith('roc_auc')));
}
function tooManyGroupsProblem(e, display, control = []) {
if (e instanceof accumulate .BB) {
const sizes = e.columns.map((c, i) => `'${c}' ${(e.sizes?.[i] ?? 0).toLocaleString('en-US')}`).join(', ');
return new config_problem .Mm([
{
file: display,
message: `the rows hold more than ${e.limit.toLocaleString('en-US')} combinations of the sensitive columns' values (distinct values so far: ${sizes}), the most one audit ${e.columns.length > 4 ? `of ${e.columns.length} such columns ` : ''}may count (each combination is counted apart, then added into its groups): audit attributes that are not intersected in audits of their own, or bin them coarser`,
},
]);
}
if (e instanceof accumulate .yP) {
const columns = e.columns.map((c) => `'${c}'`).join(', ');
return new config_problem .Mm([
{
file: display,
message: `the sums of weights in the combinations of ${columns} need more than ${(e.limit / 2 ** 20).toLocaleString('en-US')} MiB of partials, the most one audit may hold (each combination's sums of weights are kept exactly, and weights of many magnitudes in many combinations need more partials than two a sum): round the weights to fewer significant digits or magnitudes, or audit fewer combinations (fewer sensitive columns, or bin them coarser)`,
},
]);
}
if (e instanceof accumulate .ax) {
const parts = e.parts.map((p) => `${p.name} ${p.n.toLocaleString('en-US')}`).join(', ');
const limit = e.limit.toLocaleString('en-US');
const why = `each name is written in every table, interval and disparity of the report, an intersection's once for each of its possible groups`;
return new config_problem .Mm([
{
file: display,
message: e.scope === 'audit'
? `the audit's group names have more than ${limit} characters in all (${parts}), the most one audit may have (${why}); shorten or bin the values, or audit fewer attributes or intersections`
: `the group names of this run's audits have more than ${limit} characters in all (${parts}), the most one run may have (${why}); shorten or bin the values, or run fewer audits at a time (\`--audit NAME\`, or several config files)`,
},
]);
}
if (e instanceof accumulate .GR) {
const parts = e.parts.map((p) => `${p.name} ${p.n.toLocaleString('en-US')}`).join(', ');
const limit = e.limit.toLocaleString('en-US');
return new config_problem .Mm([
{
file: display,
message: e.scope === 'audit'
? `the audit's attributes and intersections have more than ${limit} groups in all (${parts}), the most one audit may have whatever \`max_groups\` says (each group is a row of every table, interval and disparity); audit fewer attributes or intersections, or bin them coarser`
: `the audits of this run have more than ${limit} groups in all (${parts}), the most one run may have (every audit's results are kept for the report); run fewer audits at a time (\`--audit NAME\`, or several config files)`,
},
]);
}
const names = e.columns.map((c) => `'${c}'`).join(' \u00d7 ');
const controlled = control.length > 0 && control.every((c, i) => e.columns[i] === c);
if (e.sizes && controlled) {
const product = e.sizes.reduce((a, b) => a * b, 1);
const rest = e.columns.slice(control.length);
const what = rest.length === 0
? `control ${names} has at least ${product.toLocaleString('en-US')} levels`
: `${rest.length === 1 ? 'attribute' : 'intersection'} ${rest.map((c) => `'${c}'`).join(' \u00d7 ')} split by control ${control.map((c) => `'${c}'`).join(' \u00d7 ')} has at least ${e.sizes.map((n) => n.toLocaleString('en-US')).join(' \u00d7 ')} = ${product.toLocaleString('en-US')} (level, group) cells`;
return new config_problem .Mm([
{
file: display,
message: `${what}, more than \`max_groups\` (${e.limit.toLocaleString('en-US')}): each control level repeats every group; control by fewer or coarser columns, or raise \`max_groups\``,
},
]);
}
if (e.sizes) {
const product = e.sizes.reduce((a, b) => a * b, 1);
return new config_problem .Mm([
{
file: display,
message: `intersection ${names} has at least ${e.sizes.map((n) => n.toLocaleString('en-US')).join(' \u00d7 ')} = ${product.toLocaleString('en-US')} possible groups, more than \`max_groups\` (${e.limit.toLocaleString('en-US')}); intersect fewer or coarser attributes, or raise \`max_groups\``,
},
]);
}
return new config_problem .Mm([
{
file: display,
message: `attribute ${e.columns.map((c) => `'${c}'`).join(' \u00d7 ')} has more than ${e.limit} distinct values \u2014 is it an id or a continuous column? Bin it, or raise \`max_groups\``,
},
]);
}
}),
5290:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Au: () => ( COLLECT_FROM_BYTES),
iO: () => ( collectGarbage)
});
var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
let collect = null;
const COLLECT_FROM_BYTES = 8 * 1024 * 1024;
function collectGarbage() {
if (!collect) {
(0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__ .by)().setFlagsFromString('--expose-gc');
collect = (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__ .K0)().runInNewContext('gc');
}
collect();
}
const COLLECT_HEAP_FROM_BYTES = 4 * COLLECT_FROM_BYTES;
function collectLargeHeap(from = COLLECT_HEAP_FROM_BYTES) {
if (nodeV8().getHeapStatistics().used_heap_size < from)
return false;
collectGarbage();
return true;
}
}),
1516:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
$M: () => ( GROUPING_COLUMN),
C$: () => ( COUNTS_TABLE_COLUMNS),
Fp: () => ( groupingSetKey),
TS: () => ( ROWS_COLUMN),
aO: () => ( BAD_WEIGHT_COLUMN),
b6: () => ( groupingSetName),
bN: () => ( WEIGHT_COLUMNS),
hZ: () => ( LABEL_VALUES_COLUMN),
iT: () => ( PREDICTION_VALUES_COLUMN),
k8: () => ( DROPPED_SET),
sP: () => ( COUNT_COLUMNS),
sW: () => ( SQUARE_COLUMNS),
tg: () => ( groupingSetCollisions)
});
const COUNT_COLUMNS = ['tp', 'fp', 'tn', 'fn'];
const WEIGHT_COLUMNS = ['w_tp', 'w_fp', 'w_tn', 'w_fn'];
const SQUARE_COLUMNS = ['w2_tp', 'w2_fp', 'w2_tn', 'w2_fn'];
const BAD_WEIGHT_COLUMN = 'n_bad_weight';
const LABEL_VALUES_COLUMN = 'n_label_values';
const PREDICTION_VALUES_COLUMN = 'n_prediction_values';
const GROUPING_COLUMN = 'grouping_set';
const ROWS_COLUMN = 'n_rows';
const DROPPED_SET = '(dropped)';
const COUNTS_TABLE_COLUMNS = [
GROUPING_COLUMN,
...COUNT_COLUMNS,
...WEIGHT_COLUMNS,
...SQUARE_COLUMNS,
BAD_WEIGHT_COLUMN,
LABEL_VALUES_COLUMN,
PREDICTION_VALUES_COLUMN,
ROWS_COLUMN,
];
function groupingSetKey(text) {
const t = text.trim();
if (t === '' || t === '()')
return '';
return t
.split(',')
.map((c) => c.trim())
.sort()
.join(',');
}
function groupingSetCollisions(groupings) {
const seen = new Map([['', []]]);
const out = [];
for (const columns of groupings) {
const key = groupingSetKey(columns.join(','));
const other = seen.get(key);
if (other)
out.push([other, [...columns]]);
else
seen.set(key, [...columns]);
}
return out;
}
function groupingSetName([a, b]) {
const show = (columns) => columns.length === 0
? 'the overall row'
: columns.length === 1
? `the column '${columns[0]}'`
: `the set [${columns.map((c) => `'${c}'`).join(', ')}]`;
return `${show(a)} and ${show(b)} have one \`grouping_set\` name, '${groupingSetKey(b.join(','))}' (a counts table names a set by its columns joined with commas, and the overall row by an empty text or '()'), so a counts table's rows of the two could not be told apart`;
}
}),
1246:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
$M: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.$M),
C$: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.C$),
TS: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.TS),
aO: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.aO),
bN: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.bN),
eG: () => ( countsColumns),
hZ: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.hZ),
iT: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.iT),
k8: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.k8),
rS: () => ( accumulateCounts),
sP: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.sP),
sW: () => ( _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__.sW)
});
var _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8841);
var _stats_accumulate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9942);
var _stats_exact_sum_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8354);
var _checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6407);
var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2884);
var _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1516);
function countsColumns(audit) {
return [...(0,_checks_js__WEBPACK_IMPORTED_MODULE_2__ .Gv)(audit), ..._counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP, ...(audit.weight ? [..._counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN, ..._counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sW] : [])];
}
const zeroCells = () => ({ tp: 0, fp: 0, tn: 0, fn: 0 });
const zeroWeights = () => ({ sums: zeroCells(), squares: zeroCells() });
class WeightSlots {
sums = new _stats_exact_sum_js__WEBPACK_IMPORTED_MODULE_5__ .YJ(0);
slots = 0;
constructor(slots = 0) {
for (let i = 0; i < slots; i++)
this.slot();
}
slot() {
if ((this.slots + 1) * 8 > this.sums.size)
this.sums.grow(Math.max(64, this.sums.size * 2));
return this.slots++;
}
add(slot, w) {
_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.forEach((cell, k) => {
this.sums.add(slot * 8 + k, w.sums[cell]);
this.sums.add(slot * 8 + 4 + k, w.squares[cell]);
});
}
value(slot) {
const at = (from) => ({
tp: this.sums.value(from),
fp: this.sums.value(from + 1),
tn: this.sums.value(from + 2),
fn: this.sums.value(from + 3),
});
return { sums: at(slot * 8), squares: at(slot * 8 + 4) };
}
}
function sameSum(a, b) {
return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
function weightMismatch(a, b) {
for (let k = 0; k < _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.length; k++) {
const cell = _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP[k];
if (!sameSum(a.sums[cell], b.sums[cell]))
return `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN[k]} ${a.sums[cell]} against ${b.sums[cell]}`;
if (!sameSum(a.squares[cell], b.squares[cell]))
return `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sW[k]} ${a.squares[cell]} against ${b.squares[cell]}`;
}
return null;
}
const WHOLE = /^\s*\d+(\.0*)?\s*$/;
function countOf(cell) {
if (typeof cell === 'number')
return Number.isSafeInteger(cell) && cell >= 0 ? cell : null;
if (typeof cell === 'string' && WHOLE.test(cell)) {
const v = Number(cell);
return Number.isSafeInteger(v) ? v : null;
}
return null;
}
function setReader(groupings) {
const byName = new Map();
let longest = 0;
groupings.forEach((x, g) => {
const name = (0,_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .Fp)(x.columns.join(','));
if (!byName.has(name))
byName.set(name, g);
longest = Math.max(longest, x.columns.join(',').length + 2 * x.columns.length);
});
return (value) => {
const text = value === null || value === undefined ? '' : String(value).trim();
if (text === '' || text === '()')
return -1;
if (text.length > longest)
return null;
return byName.get((0,_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .Fp)(text)) ?? null;
};
}
function addInto(into, c) {
into.tp += c.tp;
into.fp += c.fp;
into.tn += c.tn;
into.fn += c.fn;
}
const showCells = (c) => _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.map((k) => `${k} ${c[k]}`).join(', ');
function checkMarginals(groupings, cellsOf, weightsOf, weighted) {
const problems = [];
groupings.forEach((fine, f) => {
groupings.forEach((coarse, k) => {
if (k === f ||
coarse.columns.length >= fine.columns.length ||
!coarse.columns.every((col) => fine.columns.includes(col)))
return;
const idx = coarse.columns.map((col) => fine.columns.indexOf(col));
const sums = new Map();
const sumWeights = new WeightSlots();
const fineWeights = weightsOf[f];
const coarseWeights = weightsOf[k];
for (const [key, cell] of cellsOf[f]) {
const vals = JSON.parse(key);
const sub = JSON.stringify(idx.map((i) => vals[i]));
let s = sums.get(sub);
if (!s)
sums.set(sub, (s = { c: zeroCells(), w: weighted ? sumWeights.slot() : 0, file: cell.file, line: cell.line }));
addInto(s.c, cell.c);
if (weighted)
sumWeights.add(s.w, fineWeights.value(cell.w));
}
const coarseCells = cellsOf[k];
let named = 0;
for (const key of new Set([...coarseCells.keys(), ...sums.keys()])) {
const zero = { tp: 0, fp: 0, tn: 0, fn: 0 };
const want = coarseCells.get(key);
const got = sums.get(key);
const a = want?.c ?? zero;
const b = got?.c ?? zero;
const weights = weighted
? weightMismatch(want ? coarseWeights.value(want.w) : zeroWeights(), got ? sumWeights.value(got.w) : zeroWeights())
: null;
if (_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.every((cell) => a[cell] === b[cell]) && weights === null)
continue;
if (named++ === 3)
break;
const where = want ?? got;
const group = JSON.parse(key).map((v, i) => `${coarse.columns[i]} = ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .vp)(v)}`).join(', ');
const what = _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.every((cell) => a[cell] === b[cell])
? `the '${coarse.columns.join(',')}' rows and the '${fine.columns.join(',')}' rows' sum differ in ${weights}`
: `the '${coarse.columns.join(',')}' rows give ${showCells(a)}, but the '${fine.columns.join(',')}' rows add up to ${showCells(b)}`;
problems.push({
file: where?.file ?? '',
...(where ? { line: where.line } : {}),
message: `for ${group}, ${what}; an intersection's rows must add up to its attributes' rows`,
});
}
});
});
return problems;
}
const COUNTS_RECORD_ROWS = 4;
async function accumulateCounts(audit, tables, options = {}) {
const checks = new _checks_js__WEBPACK_IMPORTED_MODULE_2__ .o4(audit, 'counts');
const sens = checks.sens;
const groupings = (0,_checks_js__WEBPACK_IMPORTED_MODULE_2__ .Qj)(audit);
const weighted = !!audit.weight;
const acc = new _stats_accumulate_js__WEBPACK_IMPORTED_MODULE_1__ .wi(sens, groupings, false, audit.max_groups, options.groups ?? null, weighted);
const stats = checks.stats;
const problems = [];
const hasSets = tables.map((t) => t.table.columns.includes(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .$M));
if (hasSets.some((x) => x !== hasSets[0])) {
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: tables.map((t) => t.display).join(', '),
message: `some counts files have a '${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .$M}' column and some do not; use one shape for all`,
},
]);
}
const sets = hasSets[0] === true;
const totals = Array.from({ length: groupings.length + 1 }, () => ({
n: 0,
rows: 0,
c: { tp: 0, fp: 0, tn: 0, fn: 0 },
w: new WeightSlots(1),
file: '',
line: 0,
}));
const values = new Array(sens.length);
const cellsOf = groupings.map(() => new Map());
const weightsOf = groupings.map(() => new WeightSlots());
const mostValues = { label: 0, prediction: 0 };
const dropped = { tp: 0, fp: 0, tn: 0, fn: 0 };
const groupingOfSet = setReader(groupings);
const watch = options.onTable;
for (const { table, display } of tables) {
table.rowUnits = (table.rowUnits ?? 1) + COUNTS_RECORD_ROWS;
watch?.before(table, display);
let records = 0;
checks.setTable(table, display);
const hasRows = table.columns.includes(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS);
const hasBad = weighted && table.columns.includes(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .aO);
const rowsAt = sens.length + _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.length + (sets ? 1 : 0);
const weightsAt = rowsAt + (hasRows ? 1 : 0);
const badAt = weightsAt + (weighted ? 8 : 0);
const valueColumns = [_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .hZ, ...(audit.prediction ? [_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .iT] : [])].filter((c) => table.columns.includes(c));
const valuesAt = badAt + (hasBad ? 1 : 0);
const wanted = [
...sens,
..._counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP,
...(sets ? [_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .$M] : []),
...(hasRows ? [_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS] : []),
...(weighted ? [..._counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN, ..._counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sW] : []),
...(hasBad ? [_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .aO] : []),
...valueColumns,
];
const colNumber = (name) => table.columns.indexOf(name) + 1;
const copies = wanted.flatMap((name, at) => (table.duplicates?.find((d) => d[0] === name) ?? []).slice(1).map((copy) => ({ name, at, copy })));
const role = (name) => _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.includes(name) ||
_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN.includes(name) ||
_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sW.includes(name) ||
[_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .aO, _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .hZ, _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .iT].includes(name)
? 'count'
: name === _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .$M
? 'grouping set'
: name === _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS
? 'row count'
: audit.sensitive.includes(name)
? 'sensitive'
: 'intersection';
const exact = (sum, what, line, column) => {
if (sum <= Number.MAX_SAFE_INTEGER)
return;
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
...(column ? { column: colNumber(column) } : {}),
message: `${what} more than ${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')} (2^53 \u2212 1), the most a count may add up to exactly; is this the right table?`,
},
]);
};
const tooBig = (raw) => (typeof raw === 'number' ? Number.isInteger(raw) : typeof raw === 'string' && WHOLE.test(raw)) &&
Number(raw) > Number.MAX_SAFE_INTEGER;
const notACount = (column, raw) => `count column '${column}' has ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .vp)(raw)}; expected a whole number \u2265 0${tooBig(raw) ? ` and at most ${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')} (2^53 \u2212 1, the largest a number holds exactly)` : ''}`;
try {
for await (const { cells, line } of table.records([...wanted, ...copies.map((c) => c.copy)], {
exactText: new Set(sens),
valueKinds: checks,
})) {
records++;
if ((records & 0xffff) === 0)
watch?.during?.(table, display, records);
for (let k = 0; k < copies.length; k++) {
const { name, at, copy } = copies[k];
const first = cells[at];
const other = cells[wanted.length + k];
if (String(first ?? '') === String(other ?? ''))
continue;
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(copy),
message: `the header has more than one column '${name}' (the audit's ${role(name)} column), and they differ on this row (${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .vp)(first)} and ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .vp)(other)}); rename them so that one is '${name}'`,
},
]);
}
const counts = [];
for (let k = 0; k < _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.length; k++) {
const raw = cells[sens.length + k];
const v = countOf(raw);
if (v === null)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP[k]),
message: notACount(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP[k], raw),
},
]);
counts.push(v);
}
const c = {
tp: counts[0],
fp: counts[1],
tn: counts[2],
fn: counts[3],
};
const n = c.tp + c.fp + c.tn + c.fn;
const isDropped = sets && hasRows && String(cells[sens.length + _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.length] ?? '').trim() === _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .k8;
exact(n, 'tp + fp + tn + fn of this row is', line);
let w;
if (weighted) {
if (hasBad) {
const raw = cells[badAt];
const bad = countOf(raw);
if (bad === null)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .aO),
message: notACount(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .aO, raw),
},
]);
if (bad > 0)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .aO),
message: `${(0,_config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .LS)(bad, 'row')} of ${isDropped ? `the rows dropped for a missing sensitive value (the rows check a dropped row's weight too)` : 'this group'} ${bad === 1 ? 'has' : 'have'} a weight ('${audit.weight}') that is NULL, negative, NaN, infinite or outside the rows' bounds; every row needs a weight of 0 or from ${_checks_js__WEBPACK_IMPORTED_MODULE_2__ .Es} to ${_checks_js__WEBPACK_IMPORTED_MODULE_2__ .qK}`,
},
]);
}
const read = (names, from) => {
const v = names.map((name, k) => {
const raw = cells[from + k];
const x = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .yN)(raw);
const cell = _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP[k];
const message = x === null || x < 0
? `weight column '${name}' has ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .vp)(raw)}; expected a finite number >= 0`
: c[cell] === 0 && x !== 0
? `weight column '${name}' is ${x} but ${cell} is 0: a cell with no rows weighs nothing`
: null;
if (message)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([{ file: display, line, column: colNumber(name), message }]);
return x;
});
return { tp: v[0], fp: v[1], tn: v[2], fn: v[3] };
};
w = { sums: read(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN, weightsAt), squares: read(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sW, weightsAt + 4) };
for (let k = 0; k < _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.length; k++) {
const cell = _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP[k];
const n = c[cell];
const sum = w.sums[cell];
const sq = w.squares[cell];
const slack = 1e-9;
const tooHeavy = sum > n * _checks_js__WEBPACK_IMPORTED_MODULE_2__ .K3 || (sum > 0 && sum < _checks_js__WEBPACK_IMPORTED_MODULE_2__ .wZ);
const message = tooHeavy
? sum > 0 && sum < _checks_js__WEBPACK_IMPORTED_MODULE_2__ .wZ
? `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN[k]} is ${sum}; rows weigh 0 or at least ${_checks_js__WEBPACK_IMPORTED_MODULE_2__ .Es}, so a cell's weights add up to 0 or at least that`
: `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN[k]} is ${sum}, more than ${cell} (${n}) rows of the largest weight (${_checks_js__WEBPACK_IMPORTED_MODULE_2__ .qK}) can add up to`
: n > 0 && (sq < ((sum * sum) / n) * (1 - slack) || sq > sum * sum * (1 + slack))
? `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sW[k]} is ${sq}, but ${cell} = ${n} rows whose weights add up to ${sum} have a sum of squared weights between ${(sum * sum) / n} (equal weights) and ${sum * sum} (all on one row)`
: null;
if (message)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber((tooHeavy ? _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .bN : _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sW)[k]),
message,
},
]);
}
}
for (let k = 0; k < valueColumns.length; k++) {
const column = valueColumns[k];
const raw = cells[valuesAt + k];
const distinct = countOf(raw);
if (distinct === null)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{ file: display, line, column: colNumber(column), message: notACount(column, raw) },
]);
if (column === _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .hZ)
mostValues.label = Math.max(mostValues.label, distinct);
else
mostValues.prediction = Math.max(mostValues.prediction, distinct);
if (distinct > 2) {
const [role, name] = column === _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .hZ ? ['label', audit.label] : ['prediction', audit.prediction];
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(column),
message: `${column} is ${distinct}: the ${role} column '${name}' has ${distinct} distinct values ${isDropped ? 'in the table (the rows dropped for a missing sensitive value and the rest, which the rows tell apart alike)' : 'in this group'}; ${role}s must be binary (the rows refuse a third distinct value)`,
},
]);
}
}
if (isDropped) {
const raw = cells[rowsAt];
const rows = countOf(raw);
if (rows === null)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{ file: display, line, column: colNumber(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS), message: notACount(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS, raw) },
]);
if (rows !== n)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS),
message: `the '${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .k8}' row's ${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS} is ${rows} but tp + fp + tn + fn is ${n}: ${rows > n ? `${(0,_config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .LS)(rows - n, 'dropped row')} ${rows - n === 1 ? 'has' : 'have'} a NULL label or prediction, which the rows refuse on a dropped row too` : 'the cells count more rows than the row'}; or the table is from a query printed before this version, which wrote 0s for the dropped rows' counts: print the query again and run it`,
},
]);
stats.dropped += rows;
exact(stats.dropped, `the '${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .k8}' rows' ${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS} add up to`, line, _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS);
addInto(dropped, c);
continue;
}
if (hasRows) {
const raw = cells[rowsAt];
const rows = countOf(raw);
if (rows === null)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{ file: display, line, column: colNumber(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS), message: notACount(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS, raw) },
]);
if (rows !== n) {
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS),
message: `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .TS} is ${rows} but tp + fp + tn + fn is ${n}: ${(0,_config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .LS)(rows - n, 'row')} of this group ${rows - n === 1 ? 'has' : 'have'} a NULL label or prediction${audit.prediction ? '' : ' (a NULL, NaN or infinite score: the query reads no prediction from it, as the rows refuse it)'}, or one that is neither the positive label nor another value; every row needs both`,
},
]);
}
}
if (!sets) {
let drop = false;
for (let i = 0; i < sens.length; i++) {
const v = checks.groupValue(cells[i], i, line) ?? checks.missingValue(i, line);
if (v === null)
drop = true;
else
values[i] = v;
}
if (drop) {
stats.dropped += n;
exact(stats.dropped, 'the rows dropped for a missing value add up to', line);
addInto(dropped, c);
continue;
}
acc.addCounts(c, values, w);
stats.rows += n;
exact(stats.rows, 'the rows up to this one add up to', line);
continue;
}
const g = groupingOfSet(cells[sens.length + _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.length]);
if (g === null)
continue;
const columns = g < 0 ? [] : groupings[g].columns;
const setValues = [];
let missing = false;
for (const col of columns) {
const i = sens.indexOf(col);
let v = checks.groupValue(cells[i], i, line);
if (v === null) {
if (audit.missing === 'drop') {
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
column: colNumber(col),
message: `'${col}' is NULL in a '${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .$M}' row; with \`missing: drop\` the query must drop those rows before grouping (the query \`model-audit-gate sql\` prints does)`,
},
]);
}
v = checks.missingValue(i, line);
if (v === null)
missing = true;
}
if (v !== null)
setValues.push(v);
}
if (missing)
continue;
acc.addGroupCounts(g, c, setValues, w);
if (g >= 0) {
const key = JSON.stringify(setValues);
const cells = cellsOf[g];
const cell = cells.get(key);
if (cell && cell.file === display && audit.missing === 'group' && setValues.includes(audit.missing_group))
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm([
{
file: display,
line,
message: `the '${groupings[g]?.columns.join(',')}' rows name the group ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .vp)(audit.missing_group)} twice (${cell.file}:${cell.line} and here): with \`missing: group\`, a present value named like \`missing_group\` and the missing values are two rows that the counts cannot tell apart; choose a \`missing_group\` no value has`,
},
]);
if (cell) {
addInto(cell.c, c);
if (w)
weightsOf[g]?.add(cell.w, w);
}
else {
const slot = w ? weightsOf[g].slot() : 0;
if (w)
weightsOf[g]?.add(slot, w);
cells.set(key, { c: { ...c }, w: slot, file: display, line });
}
}
const t = totals[g + 1];
if (t.rows === 0) {
t.file = display;
t.line = line;
}
t.n += n;
exact(t.n, `the ${g < 0 ? 'overall' : `'${groupings[g].columns.join(',')}'`} rows up to this one add up to`, line);
t.rows++;
t.c.tp += c.tp;
t.c.fp += c.fp;
t.c.tn += c.tn;
t.c.fn += c.fn;
if (w)
t.w.add(0, w);
}
}
catch (e) {
if (e instanceof _stats_accumulate_js__WEBPACK_IMPORTED_MODULE_1__ .Qb)
throw (0,_checks_js__WEBPACK_IMPORTED_MODULE_2__ .Bc)(e, display, audit.control);
throw e;
}
watch?.after(table, display, records);
}
if (sets) {
const files = tables.map((t) => t.display).join(', ');
groupings.forEach((grouping, g) => {
if (totals[g + 1].rows === 0)
problems.push({
file: files,
message: `no rows with ${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .$M} '${grouping.columns.join(',')}'; the query must include that grouping set`,
});
});
const overall = totals[0];
const wholeAt = overall.rows > 0 ? 0 : totals.findIndex((t, i) => i > 0 && t.rows > 0);
const whole = wholeAt >= 0 ? totals[wholeAt] : undefined;
const wholeName = wholeAt === 0 ? 'the overall row' : `the '${groupings[wholeAt - 1]?.columns.join(',')}' rows`;
if (overall.rows === 0 && whole) {
acc.addGroupCounts(-1, whole.c, [], weighted ? whole.w.value(0) : undefined);
overall.n = whole.n;
}
groupings.forEach((grouping, g) => {
const t = totals[g + 1];
if (t.rows === 0 || !whole || t === whole || checks.missing.size > 0)
return;
const name = grouping.columns.join(',');
if (t.n !== overall.n) {
problems.push({
file: whole.file,
line: whole.line,
message: `the '${name}' rows (from ${t.file}:${t.line}) count ${t.n} rows but ${wholeName} ${wholeAt === 0 ? 'counts' : 'count'} ${overall.n}; each grouping set must cover every row (a NULL group value left out?)`,
});
return;
}
for (const cell of _counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP) {
if (t.c[cell] === whole.c[cell])
continue;
problems.push({
file: whole.file,
line: whole.line,
message: `${cell} of ${wholeName} is ${whole.c[cell]}, but the '${name}' rows (from ${t.file}:${t.line}) add up to ${t.c[cell]}; each grouping set's ${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .sP.join(', ')} must add up to the overall row's`,
});
}
const weights = weighted ? weightMismatch(whole.w.value(0), t.w.value(0)) : null;
if (weights)
problems.push({
file: whole.file,
line: whole.line,
message: `${wholeName} and the '${name}' rows (from ${t.file}:${t.line}) differ in ${weights}; each grouping set's weights must add up to the overall row's`,
});
});
if (problems.length === 0 && checks.missing.size === 0)
problems.push(...checkMarginals(groupings, cellsOf, weightsOf, weighted));
stats.rows = overall.n;
}
if (problems.length === 0)
problems.push(...degenerateCounts(audit, acc, dropped, mostValues, tables.map((t) => t.display).join(', ')));
problems.unshift(...checks.finish(tables, acc));
if (problems.length > 0)
throw new _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm(problems);
return { acc, stats: { ...stats, reader: 'generic' } };
}
function degenerateCounts(audit, acc, dropped, mostValues, files) {
const o = acc.overall;
const rows = o.weights?.rows ?? o;
const total = rows.tp + rows.fp + rows.tn + rows.fn;
const shown = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__ .vp)(audit.positive_label);
const problems = [];
if (mostValues.label === 2 && rows.tp + rows.fn + dropped.tp + dropped.fn === 0)
problems.push({
file: files,
message: `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .hZ} is 2, but no row's label is positive (tp + fn = 0): neither value of label column '${audit.label}' equals positive_label ${shown}; set \`positive_label\` to the favourable value as the warehouse writes it (the rows refuse this too)`,
});
if (audit.prediction && mostValues.prediction === 2 && rows.tp + rows.fp + dropped.tp + dropped.fp === 0)
problems.push({
file: files,
message: `${_counts_columns_js__WEBPACK_IMPORTED_MODULE_4__ .iT} is 2, but no row's prediction is positive (tp + fp = 0): neither value of prediction column '${audit.prediction}' equals positive_label ${shown}; set \`positive_label\` to the favourable value as the warehouse writes it (the rows refuse this too)`,
});
const noPositive = rows.tp + rows.fn + rows.fp + dropped.tp + dropped.fn + dropped.fp === 0;
if (audit.prediction && problems.length === 0 && noPositive && total + dropped.tn > 0)
problems.push({
file: files,
message: `no row's label nor any row's prediction is positive (tp + fn + fp = 0 on all ${total + dropped.tn} rows): neither label column '${audit.label}' nor prediction column '${audit.prediction}' has a value equal to positive_label ${shown}, which the rows refuse as a misspelled positive_label (unless every label and prediction is 0, which the counts cannot tell from other values); set \`positive_label\` to the favourable value as the warehouse writes it, or audit the rows`,
});
if (audit.score) {
const p = (0,_checks_js__WEBPACK_IMPORTED_MODULE_2__ .sp)(audit, acc, files, total, `on all ${total} rows the counts cover`, ' (the rows refuse this too)');
if (p)
problems.push(p);
}
return problems;
}
}),
9084:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
FR: () => ( utf8Guard),
L$: () => ( lineCap),
QG: () => ( InvalidUtf8Problem),
ab: () => ( jsonRecordBound),
px: () => ( incompleteTail),
qo: () => ( sizeCap),
rD: () => ( fieldCap),
vE: () => ( firstInvalidUtf8)
});
var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
var node_stream__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
var _config_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8841);
var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2704);
function incompleteTail(buf) {
for (let back = 1; back <= Math.min(3, buf.length); back++) {
const b = buf[buf.length - back];
if ((b & 0xc0) === 0x80)
continue;
const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
return need > back ? back : 0;
}
return 0;
}
function firstInvalidUtf8(buf) {
let i = 0;
while (i < buf.length) {
const b = buf[i];
const need = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
if (need === 0)
return i;
if (need > 1 && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(i, i + need)))
return i;
i += need;
}
return buf.length;
}
class InvalidUtf8Problem extends _config_problem_js__WEBPACK_IMPORTED_MODULE_2__ .Mm {
}
function countLineFeeds(bytes) {
let n = 0;
let i = 0;
const end = bytes.length;
for (; i < end && ((bytes.byteOffset + i) & 3) !== 0; i++)
if (bytes[i] === 10)
n++;
const words = (end - i) >> 2;
if (words > 0) {
const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
for (let w = 0; w < words; w++) {
const x = u32[w] ^ 0x0a0a0a0a;
const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
if (zero !== 0) {
let v = zero >>> 7;
v += v >>> 8;
v += v >>> 16;
n += v & 0xff;
}
}
i += words << 2;
}
for (; i < end; i++)
if (bytes[i] === 10)
n++;
return n;
}
function utf8Guard(display, deferred) {
let carry = null;
let lines = 1;
let passed = 0;
let lineStart = 0;
let stopped = false;
const check = (chunk, final, push) => {
const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
const tail = final ? 0 : incompleteTail(buf);
const body = tail > 0 ? buf.subarray(0, buf.length - tail) : buf;
carry = tail > 0 ? Buffer.from(buf.subarray(buf.length - tail)) : null;
if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(body)) {
const at = firstInvalidUtf8(body);
let line = lines;
for (let i = body.indexOf(10); i !== -1 && i < at; i = body.indexOf(10, i + 1))
line++;
const hex = [...body.subarray(at, at + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
const problem = new InvalidUtf8Problem([
{
file: display,
line,
message: `invalid UTF-8 (bytes ${hex}); save the file as UTF-8 (it looks like ${/^[89a-f]/.test(hex) ? 'Latin-1 or Windows-1252' : 'another encoding'})`,
},
]);
if (!deferred)
throw problem;
const valid = body.subarray(0, at);
const end = Math.max(valid.lastIndexOf(10), valid.lastIndexOf(13));
deferred.problem = problem;
deferred.cut = passed + at;
deferred.lineStart = end === -1 ? lineStart : passed + end + 1;
stopped = true;
carry = null;
if (valid.length > 0)
push(valid);
deferred.onStop?.();
return null;
}
lines += countLineFeeds(body);
if (deferred) {
const end = Math.max(body.lastIndexOf(10), body.lastIndexOf(13));
if (end !== -1)
lineStart = passed + end + 1;
passed += body.length;
}
return body;
};
return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
transform(chunk, _enc, cb) {
if (stopped)
return cb();
try {
const out = check(chunk, false, (b) => this.push(b));
if (out === null) {
this.push(null);
return cb();
}
cb(null, out);
}
catch (e) {
cb(e);
}
},
flush(cb) {
if (stopped || !carry)
return cb();
try {
const out = check(Buffer.alloc(0), true, (b) => this.push(b));
cb(null, out ?? undefined);
}
catch (e) {
cb(e);
}
},
});
}
function sizeCap(display, limits, whole) {
const limit = limits.maxDecompressedBytes ?? _table_js__WEBPACK_IMPORTED_MODULE_3__ .kQ;
const ratio = limits.maxDecompressionRatio ?? _table_js__WEBPACK_IMPORTED_MODULE_3__ .l5;
const pool = limits.allowance;
const free = pool ? Math.min(_table_js__WEBPACK_IMPORTED_MODULE_3__ .t, Math.max(0, pool.left)) : _table_js__WEBPACK_IMPORTED_MODULE_3__ .t;
if (pool)
pool.left -= free;
let used = 0;
let total = 0;
let returned = !pool;
const giveBack = () => {
if (returned || !pool)
return;
returned = true;
pool.left += free - Math.max(0, used);
};
return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
transform(chunk, _enc, cb) {
total += chunk.length;
if (total > limit) {
cb(new _config_problem_js__WEBPACK_IMPORTED_MODULE_2__ .Mm([
{
file: display,
message: `expands to more than ${limit.toLocaleString('en-US')} bytes when decompressed (max_decompressed_bytes); raise the cap if the file is genuine`,
},
]));
return;
}
const read = whole?.source.bytesRead;
if (read !== undefined)
used = Math.max(used, Math.min(free, total - read * ratio));
if (read !== undefined && total > free && total > read * ratio + free) {
cb(new _config_problem_js__WEBPACK_IMPORTED_MODULE_2__ .Mm([
{
file: display,
message: `expands more than ${ratio.toLocaleString('en-US')} times (${total.toLocaleString('en-US')} bytes from the first ${read.toLocaleString('en-US')} compressed; max_decompression_ratio, past the first MiB${free < _table_js__WEBPACK_IMPORTED_MODULE_3__ .t ? ", which the run's earlier files have used up" : ''}); real evaluation data compresses 3 to 20 times: raise max_decompression_ratio (at most 1,100) if the file is genuine`,
},
]));
return;
}
cb(null, chunk);
},
destroy(err, cb) {
giveBack();
cb(err);
},
flush(cb) {
giveBack();
if (whole && whole.gunzip.bytesWritten < whole.source.bytesRead) {
const at = whole.gunzip.bytesWritten;
cb(new _config_problem_js__WEBPACK_IMPORTED_MODULE_2__ .Mm([
{
file: display,
message: `has ${(whole.source.bytesRead - at).toLocaleString('en-US')} bytes after the end of its gzip data (from byte ${at.toLocaleString('en-US')}), which would not be audited; recompress the file whole (gzip -c data > data.gz)`,
},
]));
return;
}
cb();
},
});
}
function lineCap(display, limit, message) {
let line = 1;
let run = 0;
return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
transform(chunk, _enc, cb) {
if (run + chunk.length <= limit) {
line += countLineFeeds(chunk);
const last = chunk.lastIndexOf(10);
run = last === -1 ? run + chunk.length : chunk.length - last - 1;
cb(null, chunk);
return;
}
let from = 0;
for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
if (run + (nl - from) > limit)
break;
line++;
run = 0;
from = nl + 1;
}
run += chunk.length - from;
if (run > limit) {
cb(new _config_problem_js__WEBPACK_IMPORTED_MODULE_2__ .Mm([{ file: display, line, message }]));
return;
}
cb(null, chunk);
},
});
}
function fieldCap(display, delimiter, limit, from) {
const delim = Buffer.from(delimiter, 'utf8');
let line = from?.line ?? 1;
let fields = 1;
let matched = 0;
let inQuote = false;
let quoteInQuote = false;
let fieldStart = true;
let recordText = false;
let lastCR = false;
let header = !from;
let width = from?.width ?? 0;
const endRecord = () => {
if (header && (recordText || fields > 1)) {
header = false;
width = fields;
}
fields = 1;
fieldStart = true;
recordText = false;
};
const tooMany = () => new _config_problem_js__WEBPACK_IMPORTED_MODULE_2__ .Mm([
header
? {
file: display,
line,
message: `the header has more than ${limit.toLocaleString('en-US')} columns; expected a table with at most ${limit.toLocaleString('en-US')} (is this the right file and delimiter?)`,
}
: {
file: display,
line,
message: `expected ${width.toLocaleString('en-US')} fields like the header, found more than ${limit.toLocaleString('en-US')}`,
},
]);
return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
transform(chunk, _enc, cb) {
for (let i = 0; i < chunk.length; i++) {
const b = chunk[i];
if (inQuote) {
if (quoteInQuote) {
quoteInQuote = false;
if (b === 0x22)
continue;
inQuote = false;
}
else {
if (b === 0x22)
quoteInQuote = true;
else if (b === 0x0a || b === 0x0d)
line++;
continue;
}
}
if (lastCR) {
lastCR = false;
if (b === 0x0a)
continue;
}
if (b === delim[matched]) {
if (++matched < delim.length)
continue;
matched = 0;
fields++;
fieldStart = true;
if (fields > limit) {
cb(tooMany());
return;
}
continue;
}
if (matched > 0) {
matched = 0;
fieldStart = false;
recordText = true;
if (b === delim[0]) {
matched = 1;
continue;
}
}
if (b === 0x0a || b === 0x0d) {
line++;
lastCR = b === 0x0d;
endRecord();
continue;
}
if (b === 0x22 && fieldStart)
inQuote = true;
fieldStart = false;
recordText = true;
}
cb(null, chunk);
},
});
}
const MAX_RECORD_VALUES = 100_000;
function jsonRecordBound(text, maxDepth) {
if (text.length <= MAX_RECORD_VALUES) {
let brackets = 0;
for (let i = text.indexOf('['); i !== -1 && brackets <= maxDepth; i = text.indexOf('[', i + 1))
brackets++;
for (let i = text.indexOf('{'); i !== -1 && brackets <= maxDepth; i = text.indexOf('{', i + 1))
brackets++;
if (brackets <= maxDepth)
return null;
}
let depth = 0;
let values = 0;
let keyAt = -1;
let keyEnd = -1;
let wantKey = false;
for (let i = 0; i < text.length; i++) {
const c = text.charCodeAt(i);
if (c === 0x22) {
const start = i;
for (i++; i < text.length; i++) {
const d = text.charCodeAt(i);
if (d === 0x5c)
i++;
else if (d === 0x22)
break;
}
if (depth === 1 && wantKey) {
keyAt = start;
keyEnd = i + 1;
wantKey = false;
}
}
else if (c === 0x5b || c === 0x7b) {
if (++values > MAX_RECORD_VALUES)
break;
if (depth === 0)
wantKey = c === 0x7b;
if (++depth > maxDepth + 1) {
let key;
try {
key = keyAt >= 0 ? JSON.parse(text.slice(keyAt, keyEnd)) : undefined;
}
catch {
key = undefined;
}
return typeof key === 'string'
? `column '${key}' holds a value nested more than ${maxDepth} levels deep; expected a string, number, boolean or null`
: `the record nests arrays or objects more than ${maxDepth + 1} levels deep; expected a JSON object of strings, numbers, booleans or null`;
}
}
else if (c === 0x5d || c === 0x7d)
depth--;
else if (c === 0x2c || c === 0x3a) {
if (++values > MAX_RECORD_VALUES)
break;
if (depth === 1 && c === 0x2c)
wantKey = true;
}
}
if (values <= MAX_RECORD_VALUES)
return null;
return `the record holds more than ${MAX_RECORD_VALUES.toLocaleString('en-US')} values (nested arrays, objects and keys included); expected a row of a table`;
}
}),
6951:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
F: () => ( asciiLower),
Hj: () => ( ZS_ENDS),
Hs: () => ( dedupeHeader),
Os: () => ( duckDbColumnIndex),
oc: () => ( duckDbCsvNames),
wD: () => ( warningName)
});
var _config_log_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3090);
const MAX_HEADER_WARNINGS = 20;
const WARNING_NAME_CHARS = 100;
function warningName(name) {
return (0,_config_log_escape_js__WEBPACK_IMPORTED_MODULE_0__ .Vx)(name, WARNING_NAME_CHARS, WARNING_NAME_CHARS - 20);
}
function dedupeHeader(header) {
const seen = new Map();
const taken = new Set(header);
const copies = new Map();
const columns = header.map((name) => {
const n = seen.get(name);
if (n === undefined) {
seen.set(name, 0);
return name;
}
let k = n + 1;
while (taken.has(`${name}.${k}`))
k++;
seen.set(name, k);
const renamed = `${name}.${k}`;
taken.add(renamed);
const list = copies.get(name);
if (list)
list.push(renamed);
else
copies.set(name, [name, renamed]);
return renamed;
});
const warnings = [];
for (const [name, list] of copies) {
if (warnings.length === MAX_HEADER_WARNINGS)
break;
const as = (c) => `'${warningName(c)}'`;
warnings.push(list.length === 2
? `column ${as(name)} appears more than once; the later one is read as ${as(list[1])} (as pandas does)`
: `column ${as(name)} appears ${list.length.toLocaleString('en-US')} times; the later ones are read as ${list.length > 4 ? `${as(list[1])}, ${as(list[2])}, \u2026 ${as(list[list.length - 1])}` : list.slice(1).map(as).join(', ')} (as pandas does)`);
}
const rest = copies.size - warnings.length;
if (rest > 0)
warnings.push(`and ${rest.toLocaleString('en-US')} more column name${rest === 1 ? '' : 's'} appear more than once; later copies are read as name.1, name.2, \u2026 (as pandas does)`);
return { columns, warnings, duplicates: [...copies.values()] };
}
const ZS_ENDS = /^[\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+$/g;
function asciiLower(name) {
return name.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
function duckDbCsvNames(header) {
const digits = String(Math.max(header.length - 1, 0)).length;
const count = new Map();
return header.map((cell, i) => {
let name = /^ *$/.test(cell) ? `column${String(i).padStart(digits, '0')}` : cell.replace(ZS_ENDS, '');
for (let n = count.get(asciiLower(name)); n !== undefined; n = count.get(asciiLower(name))) {
count.set(asciiLower(name), n + 1);
name = `${name}_${n + 1}`;
}
count.set(asciiLower(name), 0);
return name === '' ? `C${i}` : name;
});
}
function duckDbColumnIndex(names, name) {
const key = asciiLower(name);
return names.findIndex((n) => asciiLower(n) === key);
}
}),
9368:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Eh: () => ( MAX_FOOTER_STRUCTS),
Im: () => ( MAX_RUN_FOOTER_STRUCTS),
LQ: () => ( MAX_RUN_FOOTER_BYTES)
});
const MAX_FOOTER_STRUCTS = 100_000;
const MAX_RUN_FOOTER_STRUCTS = 2 * MAX_FOOTER_STRUCTS;
const MAX_RUN_FOOTER_BYTES = 32 * 1024 * 1024;
}),
2704:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
$T: () => ( MAX_HEADER_CHARS),
G0: () => ( cellAt),
R3: () => ( RUN_DECOMPRESSION_ALLOWANCE),
X9: () => ( fsProblem),
ZS: () => ( MAX_COLUMNS),
eY: () => ( isCoded),
kQ: () => ( DEFAULT_MAX_DECOMPRESSED_BYTES),
l5: () => ( DEFAULT_MAX_DECOMPRESSION_RATIO),
t: () => ( DECOMPRESSION_ALLOWANCE),
uy: () => ( headerTooLong),
xR: () => ( MAX_RECORD_BYTES)
});
var _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8841);
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const MAX_COLUMNS = 10_000;
const MAX_HEADER_CHARS = 1024 * 1024;
function headerTooLong(chars, display, line, what) {
if (chars <= MAX_HEADER_CHARS)
return null;
return {
file: display,
line,
message: `${what} take more than ${(0,_config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .K9)(MAX_HEADER_CHARS)} characters between them (10,000 columns of 100 characters); expected an evaluation table's header: shorten the column names, or keep only the columns the audit reads`,
};
}
const DEFAULT_MAX_DECOMPRESSED_BYTES = 4 * 1024 ** 3;
const DEFAULT_MAX_DECOMPRESSION_RATIO = 100;
const DECOMPRESSION_ALLOWANCE = 1024 * 1024;
const RUN_DECOMPRESSION_ALLOWANCE = 16 * 1024 * 1024;
function isCoded(column) {
return column.codes !== undefined;
}
function cellAt(column, i) {
return isCoded(column) ? column.values[column.codes[i]] : column[i];
}
function fsProblem(file, e) {
if (e instanceof _config_problem_js__WEBPACK_IMPORTED_MODULE_0__ .Mm && e.problems[0])
return e.problems[0];
const err = e;
if (err.code === 'ENOENT')
return { file, message: 'file not found' };
if (err.code === 'EACCES')
return { file, message: 'permission denied' };
if (err.code === 'EISDIR')
return { file, message: 'is a directory, expected a file' };
if (err.code === 'Z_DATA_ERROR' ||
err.code === 'Z_BUF_ERROR' ||
/incorrect header check|unexpected end of file/.test(err.message)) {
return { file, message: `not a valid gzip file (${err.message})` };
}
return { file, message: `cannot read: ${err.message}` };
}
}),
2884:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
F9: () => ( isDoubleText),
Gc: () => ( isInexactNumber),
SC: () => ( PLAIN_NEGATIVES),
WL: () => ( positiveSet),
b2: () => ( isMissing),
hC: () => ( groupValue),
hp: () => ( NA_TOKENS),
ku: () => ( plainNumber),
m8: () => ( MAX_GROUP_VALUE_LENGTH),
mH: () => ( KeptCells),
rR: () => ( normaliseLabel),
vp: () => ( showValue),
yN: () => ( parseScore)
});
const NA_TOKENS = new Set([
'',
'#N/A',
'#N/A N/A',
'#NA',
'-1.#IND',
'-1.#QNAN',
'-NaN',
'-nan',
'1.#IND',
'1.#QNAN',
'<NA>',
'N/A',
'NA',
'NULL',
'NaN',
'None',
'n/a',
'nan',
'null',
]);
function isMissing(cell) {
if (cell === null || cell === undefined)
return true;
if (typeof cell === 'string')
return NA_TOKENS.has(cell);
if (typeof cell === 'number')
return Number.isNaN(cell);
return false;
}
const NUMBER = /^\s*[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
function normaliseLabel(cell) {
if (isMissing(cell))
return null;
if (typeof cell === 'boolean')
return cell ? '1' : '0';
if (typeof cell === 'number')
return String(cell);
const s = cell;
if (NUMBER.test(s))
return String(Number(s));
const lower = s.toLowerCase();
if (lower === 'true')
return '1';
if (lower === 'false')
return '0';
return s;
}
function positiveSet(positiveLabel) {
const p = normaliseLabel(positiveLabel);
return new Set(p === null ? [] : [p]);
}
const PLAIN_NEGATIVES = new Set(['0']);
function parseScore(cell) {
if (typeof cell === 'number')
return Number.isFinite(cell) ? cell : null;
if (typeof cell !== 'string' || !NUMBER.test(cell))
return null;
const v = Number(cell);
return Number.isFinite(v) ? v : null;
}
const MAX_GROUP_VALUE_LENGTH = 1000;
function groupValue(cell) {
if (isMissing(cell))
return null;
if (typeof cell === 'string')
return cell;
return String(cell);
}
function showValue(v) {
if (v === null || v === undefined)
return 'null';
if (typeof v === 'string')
return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}\u2026` : v);
return String(v);
}
const LONG_CELL_CHARS = 64;
const LONG_CHARS_KEPT = 32 * 1024 * 1024;
class KeptCells {
onMiss;
maxChars;
maps = [];
chars = 0;
constructor(onMiss, maxChars = LONG_CHARS_KEPT) {
this.onMiss = onMiss;
this.maxChars = maxChars;
}
reading(read, cost) {
const kept = new Map();
this.maps.push(kept);
return (cell) => {
if (typeof cell !== 'string' || cell.length < LONG_CELL_CHARS)
return read(cell);
if (kept.has(cell))
return kept.get(cell);
const v = read(cell);
this.onMiss?.(cell.length * cost);
if (this.chars + cell.length > this.maxChars)
this.clear();
kept.set(cell, v);
this.chars += cell.length;
return v;
};
}
clear() {
for (const m of this.maps)
m.clear();
this.chars = 0;
}
}
function plainNumber(n) {
const s = String(n);
const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
if (!m)
return s;
const sign = m[1];
const digits = m[2] + (m[3] ?? '');
const point = m[2].length + Number(m[4]);
if (point <= 0)
return `${sign}0.${'0'.repeat(-point)}${digits}`;
if (point >= digits.length)
return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
function isDoubleText(text, x) {
let i = 0;
let end = text.length;
while (i < end && /\s/.test(text[i]))
i++;
while (end > i && /\s/.test(text[end - 1]))
end--;
let negative = false;
if (text[i] === '+' || text[i] === '-')
negative = text[i++] === '-';
let intStart = i;
while (i < end && isDigitAt(text, i))
i++;
const intEnd = i;
let fracStart = i;
let fracEnd = i;
if (i < end && text.charCodeAt(i) === 46) {
fracStart = ++i;
while (i < end && isDigitAt(text, i))
i++;
fracEnd = i;
}
if (i < end && (text.charCodeAt(i) | 32) === 101 && (intStart < intEnd || fracStart < fracEnd))
return exponentText(text, intStart, intEnd, fracStart, fracEnd, i, end, x);
if (i !== end)
return false;
while (intStart < intEnd && text.charCodeAt(intStart) === 48)
intStart++;
while (fracEnd > fracStart && text.charCodeAt(fracEnd - 1) === 48)
fracEnd--;
const want = plainNumber(x);
let w = 0;
const zero = intStart === intEnd && fracStart === fracEnd;
if (want.charCodeAt(0) === 45) {
if (!negative || zero)
return false;
w = 1;
}
else if (negative && !zero)
return false;
let wantDot = want.indexOf('.', w);
if (wantDot < 0)
wantDot = want.length;
if (intStart === intEnd) {
if (wantDot - w !== 1 || want.charCodeAt(w) !== 48)
return false;
}
else if (!sameChars(text, intStart, intEnd, want, w, wantDot))
return false;
const wantFrac = wantDot < want.length ? wantDot + 1 : want.length;
return sameChars(text, fracStart, fracEnd, want, wantFrac, want.length);
}
function isDigitAt(text, k) {
const c = text.charCodeAt(k);
return c >= 48 && c <= 57;
}
function sameChars(text, a, b, other, c, d) {
if (b - a !== d - c)
return false;
for (let k = 0; k < b - a; k++)
if (text.charCodeAt(a + k) !== other.charCodeAt(c + k))
return false;
return true;
}
function exponentText(text, intStart, intEnd, fracStart, fracEnd, e, end, x) {
const exp = /^[eE]([+-]?\d{1,4})$/.exec(text.slice(e, end));
if (!exp)
return false;
const shift = Number(exp[1]);
const digits = text.slice(intStart, intEnd) + text.slice(fracStart, fracEnd);
if (digits.length > 4000 || Math.abs(shift) > 1100)
return false;
const point = intEnd - intStart + shift;
const sign = text.slice(0, intStart).includes('-') ? '-' : '';
const plain = point <= 0
? `0.${'0'.repeat(-point)}${digits}`
: point >= digits.length
? `${digits}${'0'.repeat(point - digits.length)}`
: `${digits.slice(0, point)}.${digits.slice(point)}`;
return isDoubleText(`${sign}${plain}`, x);
}
function isInexactNumber(cell) {
if (typeof cell !== 'string')
return false;
const x = parseScore(cell);
return x !== null && !isDoubleText(cell, x);
}
}),
3950:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
FK: () => ( isInside),
IL: () => ( resolveGlobBase),
KB: () => ( pathRoot),
o1: () => ( resolvePath),
se: () => ( refusalMessage),
uh: () => ( hasGlobSyntax)
});
var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
var _open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6055);
function pathRoot(dir, options = {}) {
const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
let real = abs;
try {
real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
}
catch {
}
return { dir: abs, real, allowOutside: options.allowOutside ?? false, linkSteps: { left: MAX_RUN_LINK_STEPS } };
}
function isInside(root, p) {
const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p);
return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function insideRoot(root, abs) {
if (isInside(root.real, abs))
return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root.real, abs);
if (isInside(root.dir, abs))
return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root.dir, abs);
return null;
}
const MAX_LINKS = 40;
const MAX_PATH_LINK_STEPS = 1_000;
const MAX_RUN_LINK_STEPS = 500_000;
const MAX_PATH_DEPTH = 64;
function under(dir, target) {
if (dir === node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
return target;
return target === dir || target.startsWith(dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? target.slice(dir.length) : null;
}
function kindOf(st) {
return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
}
function resolvePath(root, userPath, base, mode) {
if (userPath.includes('\0'))
return { ok: false, refusal: 'invalid' };
const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, userPath);
if (root.allowOutside)
return resolveAnywhere(abs, mode);
const rel = insideRoot(root, abs);
if (rel === null)
return { ok: false, refusal: 'outside' };
let current = root.real;
const pending = rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter((s) => s !== '' && s !== '.');
let links = 0;
let linkShown;
let linkSteps = 0;
let depth = 0;
while (pending.length > 0) {
const seg = pending.shift();
if (seg === '.')
continue;
if (seg === '..') {
const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(current, '..');
if (!isInside(root.real, parent))
return { ok: false, refusal: 'symlink_outside', link: linkShown };
current = parent;
depth--;
continue;
}
if (depth > MAX_PATH_DEPTH)
return { ok: false, refusal: 'too_deep', link: linkShown };
if (isGitName(seg))
return { ok: false, refusal: 'git' };
const next = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, seg);
let st;
try {
st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(next, { bigint: true });
}
catch {
const stop = stopped(root, next, pending, links, linkShown);
if (stop)
return stop;
return withParent({ ok: true, path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(next, ...pending), kind: 'missing' }, pending.length === 0 ? current : null);
}
if (st.isSymbolicLink()) {
if (pending.length === 0 && mode === 'write')
return { ok: false, refusal: 'symlink_write', link: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root.real, next) || '.' };
if (++links > MAX_LINKS)
return { ok: false, refusal: 'invalid' };
linkShown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root.real, next);
const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(next);
let targetSegs;
if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target)) {
const inRoot = under(root.real, target) ?? under(root.dir, target);
if (inRoot === null)
return { ok: false, refusal: 'symlink_outside', link: linkShown };
current = root.real;
depth = 0;
targetSegs = inRoot.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
}
else {
targetSegs = target.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
}
const segs = targetSegs.filter((s) => s !== '' && s !== '.');
linkSteps += segs.length;
if (linkSteps > MAX_PATH_LINK_STEPS || (root.linkSteps && (root.linkSteps.left -= segs.length) < 0))
return { ok: false, refusal: 'too_long', link: linkShown };
pending.unshift(...segs);
continue;
}
if (pending.length > 0 && !st.isDirectory())
return (stopped(root, next, pending, links, linkShown) ?? { ok: true, path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(next, ...pending), kind: 'missing' });
const parent = current;
current = next;
depth++;
if (pending.length === 0)
return withParent({ ok: true, path: current, kind: kindOf(st), id: (0,_open_js__WEBPACK_IMPORTED_MODULE_2__ .Nz)(st) }, parent);
}
return { ok: true, path: current, kind: 'directory' };
}
function stopped(root, next, pending, links, linkShown) {
if (pending.includes('..'))
return { ok: false, refusal: 'link_climbs', link: linkShown };
if (pending.some(isGitName))
return { ok: false, refusal: 'git' };
if (!isInside(root.real, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(next, ...pending)))
return { ok: false, refusal: links > 0 ? 'symlink_outside' : 'outside', link: linkShown };
return null;
}
function withParent(r, dir) {
if (dir === null)
return r;
try {
const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { bigint: true });
return st.isDirectory() ? { ...r, parent: (0,_open_js__WEBPACK_IMPORTED_MODULE_2__ .Nz)(st) } : r;
}
catch {
return r;
}
}
function resolveAnywhere(abs, mode) {
let st;
try {
st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { bigint: true });
}
catch {
return withParent({ ok: true, path: abs, kind: 'missing' }, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs));
}
if (st.isSymbolicLink()) {
if (mode === 'write')
return { ok: false, refusal: 'symlink_write', link: abs };
try {
const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real, { bigint: true });
return withParent({ ok: true, path: real, kind: kindOf(target), id: (0,_open_js__WEBPACK_IMPORTED_MODULE_2__ .Nz)(target) }, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real));
}
catch {
return { ok: true, path: abs, kind: 'missing' };
}
}
return withParent({ ok: true, path: abs, kind: kindOf(st), id: (0,_open_js__WEBPACK_IMPORTED_MODULE_2__ .Nz)(st) }, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs));
}
function refusalMessage(r, what, given, root) {
const quoted = `${what} '${given}'`;
switch (r.refusal) {
case 'outside':
return `${quoted} is outside the repository (${root.dir}); paths are relative to the repository root and must stay inside it`;
case 'symlink_outside':
return r.link !== undefined && r.link !== given
? `${quoted} goes through the symbolic link ${r.link}, which points outside the repository (${root.dir}); refusing to use it`
: `${quoted} is a symbolic link that points outside the repository (${root.dir}); refusing to use it`;
case 'symlink_write':
return `${quoted} exists as a symbolic link${r.link !== undefined && r.link !== given ? ` (${r.link})` : ''}; refusing to write through it (remove the link, or choose another path)`;
case 'invalid':
return `${quoted} is not a usable path (a NUL byte, or too many levels of symbolic links)`;
case 'git':
return `${quoted} is in a .git directory, git's own files (the checkout keeps the job's token there); refusing to use it`;
case 'link_climbs':
return `${quoted} goes through the symbolic link ${r.link ?? given}, whose text climbs ('..') out of a directory that is missing or is a file; refusing to use it (point the link at the directory itself)`;
case 'too_deep':
return `${quoted} goes through directories more than ${MAX_PATH_DEPTH} levels below the repository root${r.link !== undefined && r.link !== given ? ` (through the symbolic link ${r.link})` : ''}; refusing to use it (keep data and reports nearer the root)`;
case 'too_long':
return `${quoted} goes through symbolic links whose texts hold more than ${MAX_PATH_LINK_STEPS.toLocaleString('en-US')} path components in all (or this run's paths more than ${MAX_RUN_LINK_STEPS.toLocaleString('en-US')}), last ${r.link ?? given}; refusing to use it (point each link at its target directly)`;
}
}
const GLOB_SPECIAL = /[*?[\]{}()!+@\\]/;
function hasGlobSyntax(pattern) {
return GLOB_SPECIAL.test(pattern);
}
function resolveGlobBase(root, pattern) {
if (pattern.includes('\0'))
return { ok: false, refusal: 'invalid' };
if (root.allowOutside)
return { ok: true, path: root.real, kind: 'directory' };
if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) || pattern.startsWith('/') || pattern.startsWith('\\'))
return { ok: false, refusal: 'outside' };
const normalized = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(pattern);
if (normalized === '..' || normalized.startsWith('../'))
return { ok: false, refusal: 'outside' };
const segments = normalized.split('/');
const literal = [];
for (const s of segments.slice(0, -1)) {
if (GLOB_SPECIAL.test(s))
break;
literal.push(s);
}
const base = resolvePath(root, literal.join('/') || '.', root.real, 'read');
return base;
}
function isGitName(seg) {
const base = seg.split(':')[0];
const trimmed = base.replace(/[. ]+$/, '').toLowerCase();
return trimmed === '.git' || /^git~\d+$/.test(trimmed);
}
}),
6055:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Cv: () => ( verifiedStreamFs),
N0: () => ( O_NOFOLLOW),
Nz: () => ( fileIdOf),
PZ: () => ( directoryFdPath),
_l: () => ( O_DIRECTORY),
b1: () => ( verifiedAsyncBuffer),
mJ: () => ( readVerifiedWithin),
p_: () => ( openVerified)
});
var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
function fileIdOf(st) {
return { dev: st.dev, ino: st.ino };
}
const sameFile = (a, b) => a.dev === b.dev && a.ino === b.ino;
const O_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const O_DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
class FileChangedError extends Error {
code = 'ECHANGED';
constructor(path) {
super(`${path} changed between its check and its opening (a symbolic link or another file put in its place); refusing to read it`);
this.name = 'FileChangedError';
}
}
const openHooks = { beforeOpen: null };
function verify(path, st, expected) {
if (!st.isFile() || (expected !== undefined && !sameFile(fileIdOf(st), expected)))
throw new FileChangedError(path);
}
const changed = (path, e) => e.code === 'ELOOP' ? new FileChangedError(path) : e;
function openVerifiedSync(path, expected) {
openHooks.beforeOpen?.(path);
let fd;
try {
fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, READ_FLAGS);
}
catch (e) {
throw changed(path, e);
}
try {
verify(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd, { bigint: true }), expected);
}
catch (e) {
(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
throw e;
}
return fd;
}
async function openVerified(path, expected) {
openHooks.beforeOpen?.(path);
let handle;
try {
handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(path, READ_FLAGS);
}
catch (e) {
throw changed(path, e);
}
try {
verify(path, await handle.stat({ bigint: true }), expected);
}
catch (e) {
await handle.close();
throw e;
}
return handle;
}
async function readVerified(path, expected) {
const handle = await openVerified(path, expected);
try {
return await handle.readFile('utf8');
}
finally {
await handle.close();
}
}
async function readVerifiedWithin(path, expected, maxBytes) {
const handle = await openVerified(path, expected);
try {
const { size } = await handle.stat();
if (size > maxBytes)
return { tooLarge: size };
const buffer = Buffer.alloc(size + 1);
let length = 0;
for (;;) {
const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
if (bytesRead === 0)
break;
length += bytesRead;
if (length === buffer.length)
break;
}
if (length > maxBytes)
return { tooLarge: length };
return { text: buffer.toString('utf8', 0, length) };
}
finally {
await handle.close();
}
}
function verifiedStreamFs(expected) {
return {
open: (path, _flags, _mode, cb) => {
let fd;
try {
fd = openVerifiedSync(path, expected);
}
catch (e) {
cb(e);
return;
}
cb(null, fd);
},
read: node_fs__WEBPACK_IMPORTED_MODULE_0__.read,
close: node_fs__WEBPACK_IMPORTED_MODULE_0__.close,
};
}
async function verifiedAsyncBuffer(path, expected) {
const first = await openVerified(path, expected);
let size;
try {
size = (await first.stat()).size;
}
finally {
await first.close();
}
let held = null;
let holders = 0;
const readInto = async (handle, start, to) => {
const buffer = new Uint8Array(to - start);
let done = 0;
while (done < buffer.length) {
const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
if (bytesRead === 0)
break;
done += bytesRead;
}
return done === buffer.length ? buffer.buffer : buffer.buffer.slice(0, done);
};
return {
byteLength: size,
async slice(start, end) {
const to = Math.min(end ?? size, size);
if (to <= start)
return new ArrayBuffer(0);
if (held)
return readInto(await held, start, to);
const handle = await openVerified(path, expected);
try {
return await readInto(handle, start, to);
}
finally {
await handle.close();
}
},
hold() {
if (holders++ === 0) {
held = openVerified(path, expected);
held.catch(() => { });
}
let released = false;
return async () => {
if (released)
return;
released = true;
if (--holders > 0)
return;
const h = held;
held = null;
await h?.then((handle) => handle.close(), () => { });
};
},
};
}
function directoryFdPath(fd) {
return PROC_FD ? `/proc/self/fd/${fd}` : null;
}
const PROC_FD = process.platform === 'linux' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/proc/self/fd');
}),
2334:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
K0: () => ( nodeVm),
by: () => ( nodeV8),
eq: () => ( nodeZlib)
});
var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
var node_module__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let v8;
let vm;
let zlib;
function nodeV8() {
return (v8 ??= load('node:v8'));
}
function nodeVm() {
return (vm ??= load('node:vm'));
}
function nodeZlib() {
return (zlib ??= load('node:zlib'));
}
}),
9942:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
wi: () => ( GroupAccumulator),
NS: () => ( GroupBudget),
ax: () => ( GroupNamesTooLongError),
ao: () => ( MAX_RUN_GROUPS),
BB: () => ( TooManyCellsError),
Qb: () => ( TooManyGroupsError),
GR: () => ( TooManyGroupsInAllError),
yP: () => ( TooManyPartialsError),
$6: () => ( groupKey),
Kw: () => ( makeValueComparator)
});
var lazy_builtins = __webpack_require__(2334);
;
const AUC_WASM = 'AGFzbQEAAAABJwVgBn9/f39/fwBgBX9/f39/AGADf39/AGAHf39/f39/fwF/YAABfwIPAQNlbnYGbWVtb3J5AgAAAwcGAQIAAwAEB0AHCGhlYXBCYXNlAAUJcmFkaXhTb3J0AAMFc3BsaXQAAgVzd2VlcAAABXN0YXRzAAEEcGFjawAEBm1lbW9yeQIACoYHBucBAgR/C3wDQCABIAJIBEAgACABQQJ0aigCACIHQQFxIQYgAUEBaiEFA0AgAiAFSgRAIAAgBUECdGooAgAiCCAHcyADdkUEQCAGIAhBAXFqIQYgBUEBaiEFDAILCwsgCSAJoCAGtyILoCEMIA0gCyAKIAqgIAUgAWsgBmu3Ig6gIhKiIhOgIQ0gDyATIBKioCEPIBAgDiAMoiISoCEQIBEgEiAMoqAhESAJIAugIQkgCiAOoCEKIAUhAQwBCwsgBCAJOQMAIAQgCjkDCCAEIA05AxAgBCAPOQMYIAQgEDkDICAEIBE5AygLZwEGf0F/IQMDQCABIAVKBEAgACAFQQN0aiIIKAIAIgQgAyADIARLGyEDIAQgBiAEIAZLGyEGIAgoAgQiBCAHIAQgB0sbIQcgBUEBaiEFDAELCyACIAM2AgAgAiAGNgIEIAIgBzYCCAtgAQR/A0AgAiAGSgRAIAQgACAGQQJ0aigCACIHQQF2IANxQQJ0aigCACIIQQBOBEAgASAFIAhBAnRqIggoAgAiCUECdGogBzYCACAIIAlBAWo2AgALIAZBAWohBgwBCwsL6AIBCX9BASAFdCIIQQFrIQogBkEAIAQgBWpBAWsgBW0iCyAIbEECdPwLAANAIAIgB0oEQCAAIAdBAnRqKAIAIAN2IQxBACEEA0AgBCALSARAIAYgBCAIbCAMIAQgBWx2IApxakECdGoiDSANKAIAQQFqNgIAIARBAWohBAwBCwsgB0EBaiEHDAELCwNAIAkgC0gEQCAGIAggCWxBAnRqIQwgAyAFIAlsaiENIAIEfyAMIAAoAgAgDXYgCnFBAnRqKAIAIAJGBUEBC0UEQEEAIQdBACEEA0AgBCAISARAIAwgBEECdGoiDigCACEPIA4gBzYCACAHIA9qIQcgBEEBaiEEDAELC0EAIQQDQCACIARKBEAgASAMIAAgBEECdGooAgAiByANdiAKcUECdGoiDigCACIPQQJ0aiAHNgIAIA4gD0EBajYCACAEQQFqIQQMAQsLIAAgASEAIQELIAlBAWohCQwBCwsgAAtiAQJ/IARBACAFQQJ0/AsAA0AgASAGSgRAIAAgBkECdGogACAGQQN0aiIFKAIEIgcgBSgCACACayADdHI2AgAgBCAHQQF2QQJ0aiIFIAUoAgBBAWo2AgAgBkEBaiEGDAELCwsFAEGACAs=';
var exact_sum = __webpack_require__(8354);
;
const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;
const FIRST_CHUNK = 1 << 10;
const FIXED_SCALE = 1e6;
const DIRECT_RANGE = 1 << 23;
const FLOAT_TAG = 0x80000000;
const FLOAT_VALUE = new Float64Array(1);
const FLOAT_BITS = new Uint32Array(FLOAT_VALUE.buffer);
class ScoreStore {
kernel = undefined;
view = new Uint32Array(0);
pairsAt = 0;
capacity = 0;
fixed = [];
floats = null;
tags = [];
weights = null;
length = 0;
consumed = false;
push(score, tag, weight) {
if (this.length < this.capacity && weight === undefined) {
const k = Math.round(score * FIXED_SCALE);
if (k >= 0 && k <= 0xffffffff && k / FIXED_SCALE === score) {
const at = this.pairsAt + 2 * this.length;
this.view[at] = k;
this.view[at + 1] = tag;
this.length++;
return;
}
}
this.pushSlowly(score, tag, weight);
}
pushKeys(pairs, n, floats = 0) {
if (floats > 0) {
for (let i = 0; i < n; i++) {
const tag = pairs[2 * i + 1];
if (tag >= FLOAT_TAG) {
FLOAT_BITS[0] = pairs[2 * i + 2];
FLOAT_BITS[1] = pairs[2 * i + 3];
this.push(FLOAT_VALUE[0], tag - FLOAT_TAG);
i++;
}
else
this.push(pairs[2 * i] / FIXED_SCALE, tag);
}
return;
}
let i = 0;
while (i < n) {
const room = this.capacity - this.length;
if (room <= 0) {
this.pushSlowly(pairs[2 * i] / FIXED_SCALE, pairs[2 * i + 1], undefined);
i++;
continue;
}
const take = Math.min(room, n - i);
this.view.set(pairs.subarray(2 * i, 2 * (i + take)), this.pairsAt + 2 * this.length);
this.length += take;
i += take;
}
}
pushSlowly(score, tag, weight) {
if (this.consumed)
throw new Error('ScoreStore: push after the AUCs were computed');
if (this.kernel === undefined)
this.useKernel(weight === undefined ? openKernel(SMALL_ROWS) : null, SMALL_ROWS);
if (this.kernel) {
const k = Math.round(score * FIXED_SCALE);
const fits = weight === undefined && k >= 0 && k <= 0xffffffff && k / FIXED_SCALE === score;
if (fits && this.length === this.capacity && this.capacity < LARGE_ROWS)
this.moveToLargeKernel();
if (fits && this.length < this.capacity) {
const at = this.pairsAt + 2 * this.length;
this.view[at] = k;
this.view[at + 1] = tag;
this.length++;
return;
}
this.leaveKernel();
}
const i = this.length & (CHUNK - 1);
const c = this.length >>> CHUNK_BITS;
if (weight !== undefined && this.weights === null) {
if (this.length > 0)
throw new Error('ScoreStore: a weight after rows without one');
this.weights = [];
}
if (i === 0 || i === this.tags[c]?.length)
this.makeRoom(c, i);
this.tags[c][i] = tag;
if (this.weights)
this.weights[c][i] = weight;
if (this.fixed) {
const k = Math.round(score * FIXED_SCALE);
if (k >= 0 && k <= 0xffffffff && k / FIXED_SCALE === score) {
;
this.fixed[c][i] = k;
this.length++;
return;
}
this.toFloat();
}
;
this.floats[c][i] = score;
this.length++;
}
useKernel(kernel, rows) {
this.kernel = kernel;
this.view = kernel ? new Uint32Array(kernel.memory.buffer) : new Uint32Array(0);
this.pairsAt = kernel ? kernel.pairs >>> 2 : 0;
this.capacity = kernel ? rows : 0;
}
moveToLargeKernel() {
const small = this.kernel;
const large = openKernel(LARGE_ROWS);
if (!large)
return;
new Uint32Array(large.memory.buffer, large.pairs, this.length * 2).set(new Uint32Array(small.memory.buffer, small.pairs, this.length * 2));
this.useKernel(large, LARGE_ROWS);
}
leaveKernel() {
const kernel = this.kernel;
const view = new Uint32Array(kernel.memory.buffer);
const n = this.length;
const fixed = [];
const tags = [];
for (let c = 0; c * CHUNK < n; c++) {
const used = Math.min(CHUNK, n - c * CHUNK);
let size = c === 0 ? FIRST_CHUNK : CHUNK;
while (size < used)
size *= 2;
const f = new Uint32Array(size);
const t = new Uint32Array(size);
const from = (kernel.pairs >>> 2) + 2 * c * CHUNK;
for (let i = 0; i < used; i++) {
f[i] = view[from + 2 * i];
t[i] = view[from + 2 * i + 1];
}
fixed.push(f);
tags.push(t);
}
this.fixed = fixed;
this.tags = tags;
this.useKernel(null, 0);
}
makeRoom(c, i) {
if (this.consumed)
throw new Error('ScoreStore: push after the AUCs were computed');
if (i === 0) {
const size = c === 0 ? FIRST_CHUNK : CHUNK;
this.tags.push(new Uint32Array(size));
if (this.weights)
this.weights.push(new Float64Array(size));
if (this.fixed)
this.fixed.push(new Uint32Array(size));
else
this.floats.push(new Float64Array(size));
return;
}
const grow = (a, make) => {
const b = make(Math.min(CHUNK, a.length * 2));
b.set(a);
return b;
};
this.tags[c] = grow(this.tags[c], (n) => new Uint32Array(n));
if (this.weights)
this.weights[c] = grow(this.weights[c], (n) => new Float64Array(n));
if (this.fixed)
this.fixed[c] = grow(this.fixed[c], (n) => new Uint32Array(n));
else
this.floats[c] = grow(this.floats[c], (n) => new Float64Array(n));
}
toFloat() {
const fixed = this.fixed;
this.floats = fixed.map((chunk) => {
const f = new Float64Array(chunk.length);
for (let i = 0; i < chunk.length; i++)
f[i] = chunk[i] / FIXED_SCALE;
return f;
});
this.fixed = null;
}
ranks() {
const n = this.length;
if (this.fixed) {
let min = 0xffffffff;
let max = 0;
for (let r = 0; r < n; r++) {
const k = this.fixed[r >>> CHUNK_BITS][r & (CHUNK - 1)];
if (k < min)
min = k;
if (k > max)
max = k;
}
if (n > 0 && max - min < DIRECT_RANGE) {
const chunks = this.fixed;
if (min > 0)
for (const ch of chunks)
for (let i = 0; i < ch.length; i++)
ch[i] = ch[i] - min;
this.fixed = null;
return { chunks, range: n > 0 ? max - min + 1 : 0 };
}
}
const source = (this.fixed ?? this.floats);
this.fixed = null;
this.floats = null;
return rankByBuckets(source, n);
}
computeGroupAucs(groupsOf, stride, groups, options = {}) {
this.consumed = true;
this.capacity = 0;
const fast = options.blocked !== false;
if (this.kernel) {
const sums = fast ? this.kernelSweep(groupsOf, stride, groups) : null;
if (sums)
return sums;
this.leaveKernel();
}
const { chunks: rankChunks, range, spare } = this.ranks();
let maxTag = 0;
for (const ch of this.tags)
for (let i = 0; i < ch.length; i++)
if (ch[i] > maxTag)
maxTag = ch[i];
const tagBits = bitsFor(maxTag);
const cells = (maxTag >>> 1) + 1;
const slots = fast && cells <= MAX_SPLIT_CELLS ? slotBuckets(groupsOf, stride, groups, cells) : null;
if (slots && tagBits + bitsFor(Math.max(0, range - 1)) <= 32) {
const sums = this.rankedSweep(rankChunks, range, slots, groups, tagBits, cells);
if (sums)
return sums;
}
const { ends, tags: sorted } = this.sortByRank(rankChunks, range, spare);
const sums = newSums(groups);
const eqPos = new Float64Array(groups);
const eqNeg = new Float64Array(groups);
const touched = new Int32Array(groups);
let start = 0;
for (let v = 0; v < range; v++) {
const end = ends[v];
if (end === start)
continue;
let t = 0;
for (let j = start; j < end; j++) {
const tag = sorted[j];
const base = (tag >>> 1) * stride;
const positive = (tag & 1) === 1;
for (let s = 0; s < stride; s++) {
const g = groupsOf[base + s];
if (g < 0)
continue;
if (eqPos[g] + eqNeg[g] === 0)
touched[t++] = g;
if (positive)
eqPos[g] = eqPos[g] + 1;
else
eqNeg[g] = eqNeg[g] + 1;
}
}
for (let k = 0; k < t; k++) {
const g = touched[k];
addRank(sums, g, eqPos[g], eqNeg[g]);
eqPos[g] = 0;
eqNeg[g] = 0;
}
start = end;
}
return sums;
}
sortByRank(rankChunks, range, spare) {
const n = this.length;
const ends = new Uint32Array(range + 1);
for (let r = 0; r < n; r++)
ends[rankChunks[r >>> CHUNK_BITS][r & (CHUNK - 1)] + 1]++;
for (let v = 1; v <= range; v++)
ends[v] = ends[v] + ends[v - 1];
const tags = spare?.rows.length === n ? spare.rows : new Uint32Array(n);
const weights = this.weights ? (spare?.values.length === n ? spare.values : new Float64Array(n)) : null;
for (let c = 0; c < rankChunks.length; c++) {
const rk = rankChunks[c];
const tg = this.tags[c];
const upto = Math.min(CHUNK, n - c * CHUNK);
if (weights) {
const wt = this.weights[c];
for (let i = 0; i < upto; i++) {
const v = rk[i];
const at = ends[v];
tags[at] = tg[i];
weights[at] = wt[i];
ends[v] = at + 1;
}
;
this.weights[c] = new Float64Array(0);
}
else {
for (let i = 0; i < upto; i++) {
const v = rk[i];
tags[ends[v]] = tg[i];
ends[v] = ends[v] + 1;
}
}
rankChunks[c] = new Uint32Array(0);
this.tags[c] = new Uint32Array(0);
}
this.tags = [];
if (this.weights)
this.weights = [];
return { ends, tags, weights };
}
computeWeightedGroupAucs(groupsOf, stride, groups) {
if (!this.weights)
throw new Error('ScoreStore: not a weighted store');
this.consumed = true;
const { chunks: rankChunks, range, spare } = this.ranks();
const { ends, tags: sortedTags, weights: sortedWeights, } = this.sortByRank(rankChunks, range, spare);
const sums = newWeightedSums(groups);
const tie = new Float64Array(groups * 6);
const tieSums = new exact_sum .YJ(groups * 4);
const touched = new Int32Array(groups);
const isTouched = new Uint8Array(groups);
let start = 0;
for (let v = 0; v < range; v++) {
const end = ends[v];
if (end === start)
continue;
let t = 0;
for (let j = start; j < end; j++) {
const tag = sortedTags[j];
const w = sortedWeights[j];
const base = (tag >>> 1) * stride;
const k = (tag & 1) === 1 ? 0 : 3;
for (let s = 0; s < stride; s++) {
const g = groupsOf[base + s];
if (g < 0)
continue;
if (isTouched[g] === 0) {
isTouched[g] = 1;
touched[t++] = g;
}
const at = g * 6 + k;
tie[at] = tie[at] + 1;
const e = g * 4 + (k === 0 ? 0 : 2);
tieSums.add(e, w);
tieSums.add(e + 1, w * w);
}
}
for (let i = 0; i < t; i++) {
const g = touched[i];
const at = g * 6;
for (let c = 0; c < 2; c++) {
const e = g * 4 + c * 2;
tie[at + c * 3 + 1] = tieSums.value(e);
tie[at + c * 3 + 2] = tieSums.value(e + 1);
tieSums.clear(e);
tieSums.clear(e + 1);
}
addWeightedRank(sums, g, tie, at);
tie.fill(0, at, at + 6);
isTouched[g] = 0;
}
start = end;
}
return sums;
}
get weighted() {
return this.weights !== null;
}
kernelSweep(groupsOf, stride, groups) {
const n = this.length;
if (n === 0)
return newSums(groups);
const kernel = this.kernel;
const { exports: w, pairs, out } = kernel;
w.stats(pairs, n, out);
const [min, max, maxTag] = new Uint32Array(kernel.memory.buffer, out, 3);
const tagBits = bitsFor(maxTag);
const rankBits = bitsFor(max - min);
const cells = (maxTag >>> 1) + 1;
if (rankBits + tagBits > 32 || cells > MAX_SPLIT_CELLS)
return null;
const slots = slotBuckets(groupsOf, stride, groups, cells);
if (!slots)
return null;
const tables = pairs + n * 8;
if (!reserve(kernel.memory, tables + tableBytes(cells, groups)))
return null;
w.pack(pairs, n, min, tagBits, tableLayout(tables, cells).perCell, cells);
const sums = sweepSorted(kernel, pairs + n * 4, tables, n, rankBits, tagBits, cells, slots, groups);
this.useKernel(null, 0);
return sums;
}
rankedSweep(rankChunks, range, slots, groups, tagBits, cells) {
const n = this.length;
const kernel = openKernel(n);
if (!kernel)
return null;
const { exports: w, pairs } = kernel;
const tables = pairs + n * 8;
if (!reserve(kernel.memory, tables + tableBytes(cells, groups)))
return null;
const view = new Uint32Array(kernel.memory.buffer, pairs, n * 2);
for (let c = 0; c < rankChunks.length; c++) {
const rk = rankChunks[c];
const tg = this.tags[c];
const upto = Math.min(CHUNK, n - c * CHUNK);
const at = c * CHUNK * 2;
for (let i = 0; i < upto; i++) {
view[at + 2 * i] = rk[i];
view[at + 2 * i + 1] = tg[i];
}
rankChunks[c] = new Uint32Array(0);
this.tags[c] = new Uint32Array(0);
}
this.tags = [];
w.pack(pairs, n, 0, tagBits, tableLayout(tables, cells).perCell, cells);
const rankBits = bitsFor(Math.max(0, range - 1));
return sweepSorted(kernel, pairs + n * 4, tables, n, rankBits, tagBits, cells, slots, groups);
}
}
const INSERTION_ROWS = 24;
function rankByBuckets(source, n) {
let min = Infinity;
let max = -Infinity;
for (let c = 0; c * CHUNK < n; c++) {
const ch = source[c];
const upto = Math.min(CHUNK, n - c * CHUNK);
for (let i = 0; i < upto; i++) {
const v = ch[i];
if (v < min)
min = v;
if (v > max)
max = v;
}
}
const buckets = Math.max(1, Math.ceil(n / 8));
const span = max - min;
const inverse = 1 / span;
const scale = span > 0 && Number.isFinite(inverse) && Number.isFinite(inverse * buckets) ? inverse : 0;
const last = buckets - 1;
const bucketOf = (v) => (scale === 0 ? 0 : Math.min(last, Math.floor((v - min) * scale * buckets)));
const starts = new Uint32Array(buckets + 1);
for (let c = 0; c * CHUNK < n; c++) {
const ch = source[c];
const upto = Math.min(CHUNK, n - c * CHUNK);
for (let i = 0; i < upto; i++) {
const b = bucketOf(ch[i]);
starts[b + 1] = starts[b + 1] + 1;
}
}
for (let b = 0; b < buckets; b++)
starts[b + 1] = starts[b + 1] + starts[b];
const values = new Float64Array(n);
const rows = new Uint32Array(n);
for (let c = 0; c * CHUNK < n; c++) {
const ch = source[c];
const upto = Math.min(CHUNK, n - c * CHUNK);
const base = c * CHUNK;
for (let i = 0; i < upto; i++) {
const v = ch[i];
const b = bucketOf(v);
const at = starts[b];
starts[b] = at + 1;
values[at] = v;
rows[at] = base + i;
}
}
const chunks = source.map((ch) => ch instanceof Uint32Array ? ch : new Uint32Array(ch.buffer, ch.byteOffset, ch.length));
source.length = 0;
let next = 0;
let from = 0;
const put = (at, rank) => {
const r = rows[at];
chunks[r >>> CHUNK_BITS][r & (CHUNK - 1)] = rank;
};
for (let b = 0; b < buckets; b++) {
const to = starts[b];
const k = to - from;
if (k === 0)
continue;
if (k <= INSERTION_ROWS) {
for (let i = from + 1; i < to; i++) {
const v = values[i];
const r = rows[i];
let j = i - 1;
while (j >= from && values[j] > v) {
values[j + 1] = values[j];
rows[j + 1] = rows[j];
j--;
}
values[j + 1] = v;
rows[j + 1] = r;
}
let rank = next - 1;
for (let i = from; i < to; i++) {
if (i === from || values[i] !== values[i - 1])
rank++;
put(i, rank);
}
next = rank + 1;
}
else {
const distinct = values.slice(from, to).sort();
let u = 0;
for (let i = 0; i < k; i++)
if (i === 0 || distinct[i] !== distinct[u - 1])
distinct[u++] = distinct[i];
for (let i = from; i < to; i++) {
const v = values[i];
let lo = 0;
let hi = u - 1;
while (lo < hi) {
const mid = (lo + hi) >>> 1;
if (distinct[mid] < v)
lo = mid + 1;
else
hi = mid;
}
put(i, next + lo);
}
next += u;
}
from = to;
}
return { chunks, range: next, spare: { values, rows } };
}
function sweepSorted(kernel, spare, tables, n, rankBits, tagBits, cells, slots, groups) {
const { exports: w, out, hist, pairs: rows } = kernel;
const { perCell, bucketOf, fill } = tableLayout(tables, cells);
const digit = Math.ceil(rankBits / Math.ceil(rankBits / RADIX_BITS));
const sorted = w.radixSort(rows, spare, n, tagBits, rankBits, digit, hist);
const other = sorted === rows ? spare : rows;
const memory = kernel.memory.buffer;
const sums = newSums(groups);
const result = new Float64Array(memory, out, 6);
const take = (g, from, to, at) => {
w.sweep(at, from, to, tagBits, out);
sums.pos[g] = sums.pos[g] + result[0];
sums.neg[g] = sums.neg[g] + result[1];
sums.wins2[g] = sums.wins2[g] + result[2];
sums.posA2[g] = sums.posA2[g] + result[3];
sums.negC[g] = sums.negC[g] + result[4];
sums.negC2[g] = sums.negC2[g] + result[5];
};
const rowsOf = new Uint32Array(memory, perCell, cells);
const bucketView = new Int32Array(memory, bucketOf, cells);
const fillView = new Uint32Array(memory, fill, groups);
for (const slot of slots) {
if (slot.only >= 0) {
take(slot.only, 0, n, sorted);
continue;
}
const buckets = slot.groups.length;
const starts = new Float64Array(buckets + 1);
for (let cell = 0; cell < cells; cell++) {
const b = slot.bucketOf[cell];
if (b >= 0)
starts[b + 1] = starts[b + 1] + rowsOf[cell];
}
for (let b = 0; b < buckets; b++)
starts[b + 1] = starts[b + 1] + starts[b];
bucketView.set(slot.bucketOf);
fillView.set(starts.subarray(0, buckets));
w.split(sorted, other, n, 2 ** (tagBits - 1) - 1, bucketOf, fill);
for (let b = 0; b < buckets; b++)
take(slot.groups[b], starts[b], starts[b + 1], other);
}
return sums;
}
let aucModule;
let aucBaselineModule;
function compileOptimized(bytes) {
const own = process.execArgv.some((a) => /liftoff|wasm[-_]lazy[-_]compilation/.test(a));
if (own)
return new WebAssembly.Module(bytes);
const { setFlagsFromString } = (0,lazy_builtins .by)();
setFlagsFromString('--no-liftoff');
setFlagsFromString('--no-wasm-lazy-compilation');
try {
return new WebAssembly.Module(bytes);
}
finally {
setFlagsFromString('--liftoff');
setFlagsFromString('--wasm-lazy-compilation');
}
}
function moduleFor(rows) {
if (rows <= SMALL_ROWS)
return (aucBaselineModule ??= new WebAssembly.Module(Buffer.from(AUC_WASM, 'base64')));
return (aucModule ??= compileOptimized(Buffer.from(AUC_WASM, 'base64')));
}
function openKernel(rows) {
const compiled = moduleFor(rows);
let memory;
try {
memory = new WebAssembly.Memory({ initial: Math.ceil((HEADER + rows * 8 + TABLE_ROOM) / 65536) });
}
catch {
return null;
}
const w = new WebAssembly.Instance(compiled, { env: { memory } }).exports;
const hist = align8(w.heapBase());
const out = hist + RADIX_PASSES * (1 << RADIX_BITS) * 4;
if (out + 48 > HEADER)
throw new Error('assembly/auc.ts: its data leaves no room for the counters');
return { exports: w, memory, hist, out, pairs: HEADER };
}
const HEADER = 65536;
const TABLE_ROOM = tableBytes(1 << 16, 1 << 16);
const SMALL_ROWS = 1 << 16;
const LARGE_ROWS = 1 << 26;
function reserve(memory, bytes) {
const have = memory.buffer.byteLength;
if (bytes <= have)
return true;
try {
memory.grow(Math.ceil((bytes - have) / 65536));
return true;
}
catch {
return false;
}
}
function align8(x) {
return Math.ceil(x / 8) * 8;
}
function tableLayout(tables, cells) {
const perCell = align8(tables);
const bucketOf = perCell + cells * 4;
const fill = bucketOf + cells * 4;
return { perCell, bucketOf, fill };
}
function tableBytes(cells, groups) {
return 8 + cells * 8 + groups * 4;
}
const RADIX_PASSES = 3;
const RADIX_BITS = 11;
const MAX_SPLIT_CELLS = 1 << 16;
function slotBuckets(groupsOf, stride, groups, cells) {
const slotOf = new Int32Array(groups).fill(-1);
const out = [];
for (let s = 0; s < stride; s++) {
const bucketOf = new Int32Array(cells).fill(-1);
const local = new Map();
let missing = false;
for (let cell = 0; cell < cells; cell++) {
const at = cell * stride + s;
const g = at < groupsOf.length ? groupsOf[at] : -1;
if (g < 0 || g >= groups) {
missing = true;
continue;
}
let b = local.get(g);
if (b === undefined) {
if (slotOf[g] !== -1)
return null;
b = local.size;
local.set(g, b);
}
bucketOf[cell] = b;
}
for (const g of local.keys())
slotOf[g] = s;
const list = [...local.keys()];
out.push({ bucketOf, groups: list, only: !missing && list.length === 1 ? list[0] : -1 });
}
return out;
}
function newSums(groups) {
const f = () => new Float64Array(groups);
return { pos: f(), neg: f(), wins2: f(), posA2: f(), negC: f(), negC2: f() };
}
function addRank(sums, g, p, q) {
const a = 2 * sums.neg[g] + q;
const c = 2 * sums.pos[g] + p;
sums.wins2[g] = sums.wins2[g] + p * a;
sums.posA2[g] = sums.posA2[g] + p * a * a;
sums.negC[g] = sums.negC[g] + q * c;
sums.negC2[g] = sums.negC2[g] + q * c * c;
sums.pos[g] = sums.pos[g] + p;
sums.neg[g] = sums.neg[g] + q;
}
function newWeightedSums(groups) {
const f = () => new Float64Array(groups);
return {
posRows: f(),
negRows: f(),
pos: f(),
neg: f(),
wins2: f(),
posQ: f(),
posQa: f(),
posQa2: f(),
negQ: f(),
negQc: f(),
negQc2: f(),
};
}
function addWeightedRank(sums, g, tie, at) {
const pRows = tie[at];
const p = tie[at + 1];
const p2 = tie[at + 2];
const qRows = tie[at + 3];
const q = tie[at + 4];
const q2 = tie[at + 5];
const a = 2 * sums.neg[g] + q;
const c = 2 * sums.pos[g] + p;
sums.wins2[g] = sums.wins2[g] + p * a;
sums.posQ[g] = sums.posQ[g] + p2;
sums.posQa[g] = sums.posQa[g] + p2 * a;
sums.posQa2[g] = sums.posQa2[g] + p2 * a * a;
sums.negQ[g] = sums.negQ[g] + q2;
sums.negQc[g] = sums.negQc[g] + q2 * c;
sums.negQc2[g] = sums.negQc2[g] + q2 * c * c;
sums.pos[g] = sums.pos[g] + p;
sums.neg[g] = sums.neg[g] + q;
sums.posRows[g] = sums.posRows[g] + pRows;
sums.negRows[g] = sums.negRows[g] + qRows;
}
function weightedAucOf(sums, g) {
const posRows = sums.posRows[g];
const negRows = sums.negRows[g];
if (posRows === 0 || negRows === 0)
return { value: null, reason: posRows === 0 ? 'no positive labels' : 'no negative labels' };
const pos = sums.pos[g];
const neg = sums.neg[g];
if (pos === 0 || neg === 0)
return { value: null, reason: `every ${pos === 0 ? 'positive' : 'negative'} label has weight 0` };
return { value: sums.wins2[g] / (2 * pos * neg) };
}
function weightedDelongOf(sums, g) {
const r = weightedAucOf(sums, g);
if (r.value === null)
return null;
const auc = r.value;
const W1 = sums.pos[g];
const W0 = sums.neg[g];
const Q1 = sums.posQ[g];
const Q0 = sums.negQ[g];
const ssPos = sums.posQa2[g] / (4 * W0 * W0) - (auc * sums.posQa[g]) / W0 + auc * auc * Q1;
const b = 1 - auc;
const ssNeg = b * b * Q0 - (b * sums.negQc[g]) / W1 + sums.negQc2[g] / (4 * W1 * W1);
const k1 = Q1 > 0 ? (W1 * W1) / Q1 : 0;
const k0 = Q0 > 0 ? (W0 * W0) / Q0 : 0;
const term = (ss, W, k) => (k > 1 ? (Math.max(0, ss) / (W * W)) * (k / (k - 1)) : 0);
return { auc, se: Math.sqrt(term(ssPos, W1, k1) + term(ssNeg, W0, k0)) };
}
function bitsFor(v) {
let b = 1;
while (b < 32 && v >= 2 ** b)
b++;
return b;
}
function delongFromSums(sums, g) {
const m = sums.pos[g];
const n = sums.neg[g];
if (m === 0 || n === 0)
return null;
const wins2 = sums.wins2[g];
const auc = wins2 / (2 * m * n);
const ssPos = sums.posA2[g] / (4 * n * n) - m * auc * auc;
const sumB = 2 * m * n - sums.negC[g];
const sumB2 = 4 * m * m * n - 4 * m * sums.negC[g] + sums.negC2[g];
const meanNeg = sumB / (2 * m * n);
const ssNeg = sumB2 / (4 * m * m) - n * meanNeg * meanNeg;
const variance = (m > 1 ? Math.max(0, ssPos) / (m - 1) / m : 0) + (n > 1 ? Math.max(0, ssNeg) / (n - 1) / n : 0);
return { auc, se: Math.sqrt(variance) };
}
function aucFromCounts(pos, neg, wins2) {
if (pos === 0 || neg === 0)
return { value: null, reason: pos === 0 ? 'no positive labels' : 'no negative labels' };
return { value: wins2 / (2 * pos * neg) };
}
;
class TooManyGroupsError extends Error {
columns;
limit;
sizes;
constructor(columns, limit, sizes = null) {
super(`more than ${limit} ${sizes ? 'possible' : 'distinct'} groups in ${columns.join(' \u00d7 ')}`);
this.columns = columns;
this.limit = limit;
this.sizes = sizes;
}
}
const MAX_AUDIT_GROUPS = 20000;
const MAX_RUN_GROUPS = 20000;
const MAX_GROUP_NAME_CHARS = 1_000_000;
const MAX_AUDIT_CELLS = 250_000;
const MAX_AUDIT_CELL_VALUES = 1_000_000;
class TooManyCellsError extends TooManyGroupsError {
constructor(columns, limit, sizes) {
super(columns, limit, sizes);
this.message = `more than ${limit} combinations of values in ${columns.join(', ')}`;
}
}
class TooManyPartialsError extends TooManyGroupsError {
constructor(columns, limit) {
super(columns, limit);
this.message = `the sums of weights in the combinations of ${columns.join(', ')} need more than ${limit} bytes of partials`;
}
}
class RunCount {
limit;
used = 0;
audits = new Map();
constructor(limit) {
this.limit = limit;
}
}
class GroupBudget {
groups;
chars;
constructor(limit = MAX_RUN_GROUPS, charLimit = MAX_GROUP_NAME_CHARS) {
this.groups = new RunCount(limit);
this.chars = new RunCount(charLimit);
}
}
class AuditCount {
groupings;
limit;
run;
over;
per;
total = 0;
constructor(groupings, limit, run, over) {
this.groupings = groupings;
this.limit = limit;
this.run = run;
this.over = over;
this.per = groupings.map(() => 0);
}
of(g) {
return this.per[g];
}
set(g, value) {
const grow = value - this.per[g];
if (grow <= 0)
return;
if (this.total + grow > this.limit) {
const parts = this.groupings.map((x, i) => ({
name: x.columns.map((c) => `'${c}'`).join(' \u00d7 '),
n: i === g ? value : this.per[i],
}));
throw this.over('audit', this.limit, parts.filter((p) => p.n > 0));
}
const r = this.run;
if (r) {
const { count, audit } = r;
if (count.used + grow > count.limit) {
const mine = (count.audits.get(audit) ?? 0) + grow;
const parts = [...count.audits, ...(count.audits.has(audit) ? [] : [[audit, 0]])].map(([name, n]) => ({
name: `'${name}'`,
n: name === audit ? mine : n,
}));
throw this.over('run', count.limit, parts);
}
count.used += grow;
count.audits.set(audit, (count.audits.get(audit) ?? 0) + grow);
}
this.per[g] = value;
this.total += grow;
}
}
class TooManyGroupsInAllError extends TooManyGroupsError {
scope;
parts;
constructor(scope, limit,
parts) {
super([], limit);
this.scope = scope;
this.parts = parts;
this.message = `more than ${limit} groups in the ${scope}`;
}
}
class GroupNamesTooLongError extends TooManyGroupsError {
scope;
parts;
constructor(scope, limit,
parts) {
super([], limit);
this.scope = scope;
this.parts = parts;
this.message = `more than ${limit} characters of group names in the ${scope}`;
}
}
const SEP = '\u001f';
function groupKey(values) {
if (values.length === 1)
return values[0];
for (const v of values) {
if (v.length === 0 || v.includes(SEP)) {
let key = SEP;
for (const w of values)
key += `${w.length}:${w}`;
return key;
}
}
return values.join(SEP);
}
const TN = 0;
const FP = 1;
const FN = 2;
const TP = 3;
class SharedAuc {
compute;
computeWeighted;
result = null;
weightedResult = null;
constructor(compute, computeWeighted) {
this.compute = compute;
this.computeWeighted = computeWeighted;
}
of(group) {
const weighted = this.computeWeighted;
if (weighted) {
const sums = () => (this.weightedResult ??= weighted());
return { auc: () => weightedAucOf(sums(), group), delong: () => weightedDelongOf(sums(), group) };
}
const sums = () => (this.result ??= this.compute());
return {
auc: () => {
const r = sums();
return aucFromCounts(r.pos[group], r.neg[group], r.wins2[group]);
},
delong: () => delongFromSums(sums(), group),
};
}
}
class GroupAccumulator {
columns;
groupings;
withScores;
maxGroups;
weighted;
rows = 0;
cellIndex = new Map();
valueIds;
cellCount = 0;
maxCells;
counts = new Float64Array(64);
sums = null;
squares = null;
groupIndex;
distinct;
groupValues = [[]];
cellGroups = new Int32Array(64);
stride;
picks;
scores;
shared;
direct = new Float64Array(0);
directSums = null;
directSquares = null;
rolled = null;
sizes;
chars;
distinctChars;
constructor(columns, groupings, withScores, maxGroups,
budget = null,
weighted = false) {
this.columns = columns;
this.groupings = groupings;
this.withScores = withScores;
this.maxGroups = maxGroups;
this.weighted = weighted;
if (weighted) {
const arena = new exact_sum .oe(undefined, (limit) => new TooManyPartialsError([...columns], limit));
this.sums = new exact_sum .YJ(64, arena);
this.squares = new exact_sum .YJ(64, arena);
this.directSums = new exact_sum .YJ(0, arena);
this.directSquares = new exact_sum .YJ(0, arena);
}
this.valueIds = columns.length > 1 ? columns.map(() => new Map()) : [];
this.maxCells = Math.min(MAX_AUDIT_CELLS, Math.floor(MAX_AUDIT_CELL_VALUES / Math.max(1, columns.length)));
const run = (kind) => (budget ? { count: budget.budget[kind], audit: budget.audit } : null);
this.sizes = new AuditCount(groupings, MAX_AUDIT_GROUPS, run('groups'), (scope, limit, parts) => new TooManyGroupsInAllError(scope, limit, parts));
this.chars = new AuditCount(groupings, MAX_GROUP_NAME_CHARS, run('chars'), (scope, limit, parts) => new GroupNamesTooLongError(scope, limit, parts));
this.distinctChars = groupings.map((g) => (g.columns.length > 1 ? g.columns.map(() => 0) : []));
this.picks = groupings.map((g) => g.columns.map((c) => columns.indexOf(c)));
this.groupIndex = groupings.map(() => new Map());
this.distinct = groupings.map((g) => (g.columns.length > 1 ? g.columns.map(() => new Set()) : []));
this.stride = groupings.length + 1;
this.scores = withScores ? new ScoreStore() : null;
this.shared = withScores
? new SharedAuc(() => this.computeAucs(), weighted
? () => this.scores.computeWeightedGroupAucs(this.cellGroups, this.stride, this.groupValues.length)
: null)
: null;
}
cellOf(columnValues) {
const key = this.cellKey(columnValues);
const known = this.cellIndex.get(key);
if (known !== undefined)
return known;
const id = this.cellCount;
if (id >= this.maxCells)
throw new TooManyCellsError([...this.columns], this.maxCells, this.valueIds.map((m) => m.size));
const groups = [0];
for (let g = 0; g < this.picks.length; g++)
groups.push(this.groupOf(g, this.picks[g].map((i) => columnValues[i])));
this.cellCount++;
if ((id + 1) * 4 > this.counts.length) {
const grow = (a) => {
const next = new Float64Array(a.length * 2);
next.set(a);
return next;
};
this.counts = grow(this.counts);
this.sums?.grow(this.counts.length);
this.squares?.grow(this.counts.length);
}
if ((id + 1) * this.stride > this.cellGroups.length) {
const next = new Int32Array(Math.max(this.cellGroups.length * 2, (id + 1) * this.stride));
next.set(this.cellGroups);
this.cellGroups = next;
}
this.cellGroups.set(groups, id * this.stride);
this.cellIndex.set(key, id);
return id;
}
cellKey(columnValues) {
if (columnValues.length === 1)
return columnValues[0];
let key = '';
for (let i = 0; i < columnValues.length; i++) {
const ids = this.valueIds[i];
const value = columnValues[i];
let id = ids.get(value);
if (id === undefined) {
id = ids.size;
ids.set(value, id);
}
key += String.fromCharCode(id >>> 16, id & 0xffff);
}
return key;
}
groupOf(g, values) {
const gk = groupKey(values);
const map = this.groupIndex[g];
let gid = map.get(gk);
if (gid === undefined) {
const product = this.checkProduct(g, values);
if (map.size >= this.maxGroups)
throw new TooManyGroupsError(this.groupings[g].columns, this.maxGroups);
this.count(g, product ?? map.size + 1, product === null ? this.chars.of(g) + nameChars(values) : this.intersectionChars(g));
gid = this.groupValues.length;
this.groupValues.push(values);
map.set(gk, gid);
}
return gid;
}
addGroupCounts(g, c, values, weights) {
const gid = g < 0 ? 0 : this.groupOf(g, [...values]);
if (gid === 0)
this.rows += c.tp + c.fp + c.tn + c.fn;
if ((gid + 1) * 4 > this.direct.length) {
const size = Math.max(this.direct.length * 2, (gid + 1) * 4);
const grow = (a) => {
const next = new Float64Array(size);
next.set(a);
return next;
};
this.direct = grow(this.direct);
this.directSums?.grow(size);
this.directSquares?.grow(size);
}
const b = gid * 4;
addToFlat(this.direct, b, c);
if (this.directSums) {
const w = this.weightsOf(weights);
addToExact(this.directSums, b, w.sums);
addToExact(this.directSquares, b, w.squares);
}
this.rolled = null;
}
weightsOf(weights) {
if (!weights)
throw new Error('GroupAccumulator: a weighted accumulator needs the weighted cells of every counts row');
return weights;
}
addToCell(cell, label, pred, score, weight = 1) {
this.rows++;
const slot = cell * 4 + (label ? 2 : 0) + (pred ? 1 : 0);
this.counts[slot] = this.counts[slot] + 1;
const sums = this.sums;
if (sums) {
sums.add(slot, weight);
this.squares.add(slot, weight * weight);
if (this.scores)
this.scores.push(score, cell * 2 + (label ? 1 : 0), weight);
}
else if (this.scores)
this.scores.push(score, cell * 2 + (label ? 1 : 0));
this.rolled = null;
}
addCellCounts(counts, cells) {
if (this.sums)
throw new Error('GroupAccumulator: bulk counts need an unweighted accumulator');
const upto = Math.min(cells, this.cellCount) * 4;
let rows = 0;
for (let i = 0; i < upto; i++) {
const n = counts[i];
if (n === 0)
continue;
this.counts[i] = this.counts[i] + n;
rows += n;
}
this.rows += rows;
this.rolled = null;
}
addScoreKeys(pairs, n, floats = 0) {
if (this.scores)
this.scores.pushKeys(pairs, n, floats);
}
add(label, pred, score, columnValues, weight = 1) {
this.addToCell(this.cellOf(columnValues), label, pred, score, weight);
}
addCounts(c, columnValues, weights) {
const cell = this.cellOf(columnValues);
this.rows += c.tp + c.fp + c.tn + c.fn;
const b = cell * 4;
addToFlat(this.counts, b, c);
if (this.sums) {
const w = this.weightsOf(weights);
addToExact(this.sums, b, w.sums);
addToExact(this.squares, b, w.squares);
}
this.rolled = null;
}
distinctValues() {
const out = new Map();
this.groupings.forEach((grouping, g) => {
const sets = grouping.columns.map((c) => {
let set = out.get(c);
if (!set)
out.set(c, (set = new Set()));
return set;
});
for (const gid of this.groupIndex[g].values()) {
const values = this.groupValues[gid];
for (let i = 0; i < sets.length; i++)
sets[i].add(values[i]);
}
});
return out;
}
get overall() {
return this.rollUp().overall;
}
get cells() {
return this.rollUp().cells;
}
rollUp() {
if (this.rolled)
return this.rolled;
const zero = () => ({ tp: 0, fp: 0, tn: 0, fn: 0 });
const groups = this.groupValues.map((values, gid) => ({
values,
...zero(),
sketch: this.shared ? this.shared.of(gid) : null,
...(this.sums ? { weights: { rows: zero(), squares: zero() } } : {}),
}));
const sums = this.sums;
if (sums) {
const groupSums = new exact_sum .YJ(groups.length * 4);
const groupSquares = new exact_sum .YJ(groups.length * 4);
const squares = this.squares;
for (let c = 0; c < this.cellCount; c++) {
const b = c * 4;
for (let s = 0; s < this.stride; s++) {
const gid = this.cellGroups[c * this.stride + s];
addFromFlat(groups[gid].weights?.rows, this.counts, b);
for (let k = 0; k < 4; k++) {
groupSums.addFrom(gid * 4 + k, sums, b + k);
groupSquares.addFrom(gid * 4 + k, squares, b + k);
}
}
}
for (let gid = 0; gid < groups.length; gid++) {
const cell = groups[gid];
addFromExact(cell, groupSums, gid * 4);
addFromExact(cell.weights?.squares, groupSquares, gid * 4);
}
}
else {
for (let c = 0; c < this.cellCount; c++) {
const b = c * 4;
for (let s = 0; s < this.stride; s++)
addFromFlat(groups[this.cellGroups[c * this.stride + s]], this.counts, b);
}
}
for (let gid = 0; gid * 4 < this.direct.length && gid < groups.length; gid++) {
const cell = groups[gid];
const b = gid * 4;
if (cell.weights && this.directSums) {
addFromFlat(cell.weights.rows, this.direct, b);
addFromExact(cell, this.directSums, b);
addFromExact(cell.weights.squares, this.directSquares, b);
}
else
addFromFlat(cell, this.direct, b);
}
const cells = this.groupIndex.map((map) => {
const out = new Map();
for (const [key, gid] of map)
out.set(key, groups[gid]);
return out;
});
this.rolled = { rows: this.rows, overall: groups[0], cells };
return this.rolled;
}
computeAucs() {
return this.scores.computeGroupAucs(this.cellGroups, this.stride, this.groupValues.length);
}
checkProduct(g, values) {
const sets = this.distinct[g];
if (sets.length === 0)
return null;
const lengths = this.distinctChars[g];
let product = 1;
for (let i = 0; i < sets.length; i++) {
const set = sets[i];
const value = values[i];
if (!set.has(value)) {
set.add(value);
lengths[i] = lengths[i] + value.length;
}
product *= set.size;
}
if (product > this.maxGroups) {
throw new TooManyGroupsError(this.groupings[g].columns, this.maxGroups, sets.map((x) => x.size));
}
return product;
}
intersectionChars(g) {
const sets = this.distinct[g];
const lengths = this.distinctChars[g];
let chars = 0;
for (let i = 0; i < sets.length; i++) {
let others = 1;
for (let j = 0; j < sets.length; j++)
if (j !== i)
others *= sets[j].size;
chars += lengths[i] * others;
}
return chars;
}
count(g, size, chars) {
this.sizes.set(g, size);
this.chars.set(g, chars);
}
}
function nameChars(values) {
let n = 0;
for (const v of values)
n += v.length;
return n;
}
const NUMERIC = /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function makeValueComparator(values) {
let numeric = true;
for (const v of values) {
if (!NUMERIC.test(v)) {
numeric = false;
break;
}
}
if (numeric)
return (a, b) => Number(a) - Number(b) || compareCodePoints(a, b);
return compareCodePoints;
}
function compareCodePoints(a, b) {
if (a === b)
return 0;
const ia = a[Symbol.iterator]();
const ib = b[Symbol.iterator]();
for (;;) {
const x = ia.next();
const y = ib.next();
if (x.done)
return y.done ? 0 : -1;
if (y.done)
return 1;
if (x.value !== y.value)
return x.value.codePointAt(0) - y.value.codePointAt(0);
}
}
function addToFlat(flat, b, c) {
flat[b + TP] = flat[b + TP] + c.tp;
flat[b + FP] = flat[b + FP] + c.fp;
flat[b + TN] = flat[b + TN] + c.tn;
flat[b + FN] = flat[b + FN] + c.fn;
}
function addToExact(sums, b, c) {
sums.add(b + TP, c.tp);
sums.add(b + FP, c.fp);
sums.add(b + TN, c.tn);
sums.add(b + FN, c.fn);
}
function addFromExact(cell, sums, b) {
cell.tp += sums.value(b + TP);
cell.fp += sums.value(b + FP);
cell.tn += sums.value(b + TN);
cell.fn += sums.value(b + FN);
}
function addFromFlat(cell, flat, b) {
cell.tp += flat[b + TP];
cell.fp += flat[b + FP];
cell.tn += flat[b + TN];
cell.fn += flat[b + FN];
}
}),
5360:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
FE: () => ( UNBOUNDED_METRICS),
Mx: () => ( baseMetricsOf),
OV: () => ( BASE_METRICS),
OX: () => ( classesOf),
SF: () => ( evalLinear),
Sj: () => ( BASE_METRIC_NAMES),
Uo: () => ( LOWER_IS_BETTER),
W: () => ( takesAgg),
Zw: () => ( FAIRNESS_AGGREGATES),
a1: () => ( proportionOf),
cI: () => ( resolveBaseMetric),
cY: () => ( ALL_METRIC_NAMES),
rM: () => ( metricProgram),
sZ: () => ( fixedMethod),
tS: () => ( intervalMethod),
uV: () => ( columnOf),
vY: () => ( SCORE_METRICS),
w9: () => ( resolveMetricName),
xh: () => ( noIntervalReason),
yD: () => ( metricSpec)
});
const CELLS = ['tp', 'fp', 'tn', 'fn'];
const METRIC_SPECS = [
{
name: 'count',
label: 'n',
description: 'Rows in the group.',
formula: { kind: 'sum', of: { tp: 1, fp: 1, tn: 1, fn: 1 } },
better: 'higher',
descriptive: true,
equals: 'fairlearn `count`',
},
{
name: 'base_rate',
label: 'base rate',
description: 'Share of rows with the positive label.',
formula: { kind: 'ratio', num: { tp: 1, fn: 1 }, den: { tp: 1, fp: 1, tn: 1, fn: 1 }, undefinedWhen: 'no rows' },
better: 'higher',
descriptive: true,
equals: 'mean of `y_true == positive_label`',
},
{
name: 'selection_rate',
label: 'selection rate',
description: 'Share of rows predicted positive.',
formula: { kind: 'ratio', num: { tp: 1, fp: 1 }, den: { tp: 1, fp: 1, tn: 1, fn: 1 }, undefinedWhen: 'no rows' },
better: 'higher',
descriptive: true,
equals: 'fairlearn `selection_rate`',
},
{
name: 'accuracy',
label: 'accuracy',
description: 'Share of rows predicted right.',
formula: { kind: 'ratio', num: { tp: 1, tn: 1 }, den: { tp: 1, fp: 1, tn: 1, fn: 1 }, undefinedWhen: 'no rows' },
better: 'higher',
equals: 'scikit-learn `accuracy_score`',
},
{
name: 'true_positive_rate',
aliases: ['tpr', 'sensitivity'],
label: 'TPR',
description: 'Share of positive labels predicted positive.',
formula: { kind: 'ratio', num: { tp: 1 }, den: { tp: 1, fn: 1 }, undefinedWhen: 'no positive labels' },
better: 'higher',
equals: 'fairlearn `true_positive_rate`, scikit-learn `recall_score`',
},
{
name: 'false_positive_rate',
aliases: ['fpr'],
label: 'FPR',
description: 'Share of negative labels predicted positive.',
formula: { kind: 'ratio', num: { fp: 1 }, den: { fp: 1, tn: 1 }, undefinedWhen: 'no negative labels' },
better: 'lower',
equals: 'fairlearn `false_positive_rate`',
},
{
name: 'false_negative_rate',
aliases: ['fnr'],
label: 'FNR',
description: 'Share of positive labels predicted negative.',
formula: { kind: 'ratio', num: { fn: 1 }, den: { tp: 1, fn: 1 }, undefinedWhen: 'no positive labels' },
better: 'lower',
equals: 'fairlearn `false_negative_rate`',
},
{
name: 'true_negative_rate',
aliases: ['tnr', 'specificity'],
label: 'TNR',
description: 'Share of negative labels predicted negative.',
formula: { kind: 'ratio', num: { tn: 1 }, den: { fp: 1, tn: 1 }, undefinedWhen: 'no negative labels' },
better: 'higher',
equals: 'fairlearn `true_negative_rate`',
},
{
name: 'precision',
aliases: ['ppv'],
label: 'precision',
description: 'Share of positive predictions that are right.',
formula: { kind: 'ratio', num: { tp: 1 }, den: { tp: 1, fp: 1 }, undefinedWhen: 'no positive predictions' },
better: 'higher',
equals: 'scikit-learn `precision_score`',
},
{
name: 'negative_predictive_value',
aliases: ['npv'],
label: 'NPV',
description: 'Share of negative predictions that are right.',
formula: { kind: 'ratio', num: { tn: 1 }, den: { tn: 1, fn: 1 }, undefinedWhen: 'no negative predictions' },
better: 'higher',
equals: 'scikit-learn `precision_score(pos_label=negative)`',
},
{
name: 'false_discovery_rate',
aliases: ['fdr'],
label: 'FDR',
description: 'Share of positive predictions that are wrong.',
formula: { kind: 'ratio', num: { fp: 1 }, den: { tp: 1, fp: 1 }, undefinedWhen: 'no positive predictions' },
better: 'lower',
equals: '1 \u2212 scikit-learn `precision_score`; AIF360 `false_discovery_rate`',
},
{
name: 'false_omission_rate',
aliases: ['for'],
label: 'FOR',
description: 'Share of negative predictions that are wrong.',
formula: { kind: 'ratio', num: { fn: 1 }, den: { tn: 1, fn: 1 }, undefinedWhen: 'no negative predictions' },
better: 'lower',
equals: '1 \u2212 negative predictive value; AIF360 `false_omission_rate`',
},
{
name: 'recall',
label: 'recall',
description: 'The true positive rate under the name scikit-learn gives it.',
formula: { kind: 'ratio', num: { tp: 1 }, den: { tp: 1, fn: 1 }, undefinedWhen: 'no positive labels' },
better: 'higher',
equals: 'scikit-learn `recall_score`',
},
{
name: 'f1',
label: 'F1',
description: 'Harmonic mean of precision and recall.',
formula: {
kind: 'ratio',
num: { tp: 2 },
den: { tp: 2, fp: 1, fn: 1 },
undefinedWhen: 'no positive labels and no positive predictions',
},
better: 'higher',
equals: 'scikit-learn `f1_score`',
},
{
name: 'balanced_accuracy',
label: 'balanced acc.',
description: 'Mean of the true positive and true negative rates.',
formula: { kind: 'mean', of: ['true_positive_rate', 'true_negative_rate'], emptyReason: 'no rows' },
better: 'higher',
equals: 'scikit-learn `balanced_accuracy_score`',
},
{
name: 'roc_auc',
label: 'ROC AUC',
description: 'Area under the ROC curve of the score, ties counted half.',
formula: { kind: 'score' },
better: 'higher',
equals: 'scikit-learn `roc_auc_score`',
},
];
const BASE_METRICS = METRIC_SPECS.map((s) => s.name);
const SPEC_BY_NAME = new Map(METRIC_SPECS.map((s) => [s.name, s]));
function metricSpec(metric) {
return SPEC_BY_NAME.get(metric);
}
const METRIC_ALIASES = Object.fromEntries(
[0, 1].flatMap((k) => METRIC_SPECS.flatMap((s) => s.aliases?.[k] !== undefined ? [[s.aliases[k], s.name]] : [])));
function resolveBaseMetric(name) {
if (SPEC_BY_NAME.has(name))
return name;
return Object.hasOwn(METRIC_ALIASES, name) ? METRIC_ALIASES[name] : undefined;
}
function ratioOf(metric) {
const f = SPEC_BY_NAME.get(metric)?.formula;
return f?.kind === 'ratio' ? f : undefined;
}
const sameLinear = (a, b) => CELLS.every((c) => (a[c] ?? 0) === (b[c] ?? 0));
const POSITIVES = { tp: 1, fn: 1 };
const NEGATIVES = { fp: 1, tn: 1 };
function classesOf(metric) {
const f = metricSpec(metric).formula;
if (f.kind === 'score')
return { positives: true, negatives: true };
const dens = f.kind === 'ratio' ? [f.den] : f.kind === 'mean' ? f.of.map((p) => ratioOf(p).den) : [];
return {
positives: dens.some((d) => sameLinear(d, POSITIVES)),
negatives: dens.some((d) => sameLinear(d, NEGATIVES)),
};
}
const SCORE_METRICS = new Set(BASE_METRICS.filter((m) => metricSpec(m).formula.kind === 'score'));
const UNBOUNDED_METRICS = new Set(BASE_METRICS.filter((m) => metricSpec(m).formula.kind === 'sum'));
const LOWER_IS_BETTER = new Set(BASE_METRICS.filter((m) => metricSpec(m).better === 'lower'));
function proportionOf(metric) {
const r = ratioOf(metric);
if (!r)
return undefined;
const ones = (l) => CELLS.every((c) => l[c] === undefined || l[c] === 1);
const inDen = CELLS.every((c) => r.num[c] === undefined || r.den[c] !== undefined);
return ones(r.num) && ones(r.den) && inDen ? r : undefined;
}
function intervalMethod(metric) {
const f = metricSpec(metric).formula;
if (f.kind === 'sum')
return 'none';
if (f.kind === 'score')
return 'delong';
return proportionOf(metric) ? 'wilson' : 'bootstrap';
}
function evalLinear(l, cells) {
let s = 0;
for (const c of CELLS) {
const k = l[c];
if (k !== undefined)
s += k * cells[c];
}
return s;
}
function columnOf(metric) {
return COLUMN_OF.get(metric);
}
const COLUMN_OF = (() => {
const firstByFormula = new Map();
for (const m of BASE_METRICS) {
const key = JSON.stringify(metricSpec(m).formula);
if (!firstByFormula.has(key))
firstByFormula.set(key, m);
}
return new Map(BASE_METRICS.map((m) => [m, firstByFormula.get(JSON.stringify(metricSpec(m).formula))]));
})();
const PROGRAM_STRIDE = 11;
function metricProgram() {
const out = new Float64Array(PROGRAM_STRIDE * BASE_METRICS.length);
BASE_METRICS.forEach((m, i) => {
const f = metricSpec(m).formula;
const at = i * PROGRAM_STRIDE;
const put = (l, from) => CELLS.forEach((c, k) => (out[at + from + k] = l[c] ?? 0));
out[at + 9] = -1;
out[at + 10] = -1;
if (f.kind === 'sum')
put(f.of, 1);
else if (f.kind === 'ratio') {
out[at] = 1;
put(f.num, 1);
put(f.den, 5);
}
else if (f.kind === 'mean') {
out[at] = 2;
f.of.forEach((p, k) => (out[at + 9 + k] = BASE_METRICS.indexOf(p)));
}
else
out[at] = 3;
});
return out;
}
const KINDS = ['difference', 'ratio', 'group_min', 'group_max'];
const FAIRNESS_SPECS = {
demographic_parity_difference: {
parts: ['selection_rate'],
kind: 'difference',
description: 'The selection rate difference.',
equals: 'fairlearn `demographic_parity_difference`',
},
demographic_parity_ratio: {
parts: ['selection_rate'],
kind: 'ratio',
description: 'The selection rate ratio.',
equals: 'fairlearn `demographic_parity_ratio`',
},
equalized_odds_difference: {
parts: ['true_positive_rate', 'false_positive_rate'],
kind: 'difference',
combine: 'agg',
description: 'The larger of the TPR and FPR differences (`agg: mean`: their mean).',
equals: 'fairlearn `equalized_odds_difference(agg=\u2026)`',
},
equalized_odds_ratio: {
parts: ['true_positive_rate', 'false_positive_rate'],
kind: 'ratio',
combine: 'agg',
description: 'The smaller of the TPR and FPR ratios (`agg: mean`: their mean).',
equals: 'fairlearn `equalized_odds_ratio(agg=\u2026)`',
},
equal_opportunity_difference: {
parts: ['true_positive_rate'],
kind: 'difference',
description: 'The true positive rate difference.',
equals: 'fairlearn `equal_opportunity_difference`',
},
equal_opportunity_ratio: {
parts: ['true_positive_rate'],
kind: 'ratio',
description: 'The true positive rate ratio.',
equals: 'fairlearn `equal_opportunity_ratio`',
},
average_odds_difference: {
parts: ['true_positive_rate', 'false_positive_rate'],
kind: 'difference',
combine: 'mean',
description: "The mean of the TPR and FPR differences. AIF360 signs each difference (unprivileged \u2212 privileged); here each is the size of the gap under the gate's method (`to_reference`: to the reference group)",
equals: 'AIF360 `average_odds_difference`, as absolute gaps',
},
disparate_impact: {
parts: ['selection_rate'],
kind: 'ratio',
method: 'to_reference',
description: 'The selection rate ratio to the reference group. A name people search for, not a legal test.',
equals: '`demographic_parity_ratio` to a reference group (Aequitas, AIF360 `disparate_impact`)',
},
};
const FAIRNESS_AGGREGATES = FAIRNESS_SPECS;
function fixedMethod(name) {
return FAIRNESS_AGGREGATES[name].method;
}
function takesAgg(name) {
return FAIRNESS_AGGREGATES[name].combine === 'agg';
}
function resolveMetricName(name) {
const base = resolveBaseMetric(name);
if (base)
return { type: 'base', metric: base };
if (Object.hasOwn(FAIRNESS_AGGREGATES, name))
return { type: 'fairness', name: name };
for (const kind of KINDS) {
const suffix = `_${kind}`;
if (name.endsWith(suffix)) {
const m = resolveBaseMetric(name.slice(0, -suffix.length));
if (m)
return { type: 'aggregate', metric: m, kind };
}
}
return undefined;
}
const BASE_METRIC_NAMES = [...BASE_METRICS, ...Object.keys(METRIC_ALIASES)];
const ALL_METRIC_NAMES = [
...BASE_METRIC_NAMES,
...BASE_METRIC_NAMES.flatMap((m) => KINDS.map((k) => `${m}_${k}`)),
...Object.keys(FAIRNESS_AGGREGATES),
];
function baseMetricsOf(r) {
switch (r.type) {
case 'base':
case 'aggregate':
return [r.metric];
case 'fairness':
return [...FAIRNESS_AGGREGATES[r.name].parts];
}
}
function noIntervalReason(r, method) {
if (r.type === 'base')
return intervalMethod(r.metric) === 'none' ? `'${r.metric}' is counted, not estimated` : undefined;
const kind = r.type === 'aggregate' ? r.kind : FAIRNESS_AGGREGATES[r.name].kind;
if (method !== 'to_overall' || (kind !== 'difference' && kind !== 'ratio'))
return undefined;
const part = baseMetricsOf(r).find((m) => intervalMethod(m) === 'delong');
return part === undefined
? undefined
: `the overall ${metricSpec(part).label} is not resampled, so a comparison with it has no interval`;
}
}),
8354:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
YJ: () => ( ExactSums),
oe: () => ( PartialsArena)
});
const MAX_EXTRA_PARTIAL_BYTES = 32 * 1024 * 1024;
const MIN_BLOCK = 4;
class PartialsArena {
limit;
over;
data = new Float64Array(0);
top = 0;
free = [];
constructor(limit = MAX_EXTRA_PARTIAL_BYTES, over = (limit) => new Error(`exact sums need more than ${limit} bytes of partials`)) {
this.limit = limit;
this.over = over;
}
get bytes() {
return this.data.length * 8;
}
alloc(size) {
const k = classOf(size);
const head = this.free[k] ?? -1;
if (head >= 0) {
this.free[k] = this.data[head];
return head;
}
const at = this.top;
if (at + size > this.data.length) {
const most = Math.floor(this.limit / 8);
if (at + size > most)
throw this.over(this.limit);
const next = new Float64Array(Math.min(most, Math.max(1024, 2 * this.data.length, at + size)));
next.set(this.data);
this.data = next;
}
this.top = at + size;
return at;
}
release(offset, size) {
const k = classOf(size);
this.data[offset] = this.free[k] ?? -1;
this.free[k] = offset;
}
}
function classOf(size) {
return Math.log2(size / MIN_BLOCK);
}
class ExactSums {
arena;
hi;
lo;
count;
moreLength;
constructor(size,
arena = new PartialsArena()) {
this.arena = arena;
this.hi = new Float64Array(size);
this.lo = new Float64Array(size);
this.count = new Uint8Array(size);
this.moreLength = new Uint8Array(size);
}
get size() {
return this.hi.length;
}
grow(size) {
if (size <= this.hi.length)
return;
const f = (a) => {
const next = new Float64Array(size);
next.set(a);
return next;
};
this.hi = f(this.hi);
this.lo = f(this.lo);
const c = new Uint8Array(size);
c.set(this.count);
this.count = c;
const k = new Uint8Array(size);
k.set(this.moreLength);
this.moreLength = k;
}
add(slot, x) {
const n = this.count[slot];
if (n === 0) {
if (x === 0)
return;
this.hi[slot] = x;
this.count[slot] = 1;
return;
}
if (n === MORE) {
this.addSlowly(slot, x);
return;
}
const hi = this.hi[slot];
const lo = n === 2 ? this.lo[slot] : 0;
const s1 = hi + x;
const z1 = s1 - hi;
const e1 = hi - (s1 - z1) + (x - z1);
const s2 = lo + e1;
const z2 = s2 - lo;
const e2 = lo - (s2 - z2) + (e1 - z2);
let h = s1 + s2;
const z3 = h - s1;
let l = s1 - (h - z3) + (s2 - z3);
if (e2 !== 0) {
const l2 = l + e2;
const z4 = l2 - l;
const e3 = l - (l2 - z4) + (e2 - z4);
if (e3 !== 0) {
this.hi[slot] = h;
this.lo[slot] = l;
this.count[slot] = l === 0 ? 1 : 2;
this.addSlowly(slot, e2);
return;
}
const h2 = h + l2;
const z5 = h2 - h;
l = h - (h2 - z5) + (l2 - z5);
h = h2;
}
this.hi[slot] = h;
if (l === 0)
this.count[slot] = h === 0 ? 0 : 1;
else {
this.lo[slot] = l;
this.count[slot] = 2;
}
}
addFrom(slot, other, from) {
const n = other.count[from];
if (n === 0)
return;
if (n === MORE) {
const at = other.hi[from];
const m = other.moreLength[from];
for (let j = 0; j < m; j++)
this.add(slot, other.arena.data[at + j]);
return;
}
if (n === 2)
this.add(slot, other.lo[from]);
this.add(slot, other.hi[from]);
}
value(slot) {
const n = this.count[slot];
if (n === 0)
return 0;
const hi = this.hi[slot];
if (n === 1)
return hi;
if (n === MORE) {
const at = hi;
return roundPartials(this.arena.data.subarray(at, at + this.moreLength[slot]));
}
return roundPartials([this.lo[slot], hi]);
}
clear(slot) {
const n = this.count[slot];
if (n === 0)
return;
if (n === MORE)
this.arena.release(this.hi[slot], this.lo[slot]);
this.count[slot] = 0;
this.hi[slot] = 0;
this.lo[slot] = 0;
}
addSlowly(slot, x) {
const arena = this.arena;
let at;
let size;
let m;
if (this.count[slot] !== MORE) {
const n = this.count[slot];
const lo = this.lo[slot];
const hi = this.hi[slot];
size = MIN_BLOCK;
at = arena.alloc(size);
const p = arena.data;
m = 0;
if (n === 2)
p[at + m++] = lo;
if (n >= 1)
p[at + m++] = hi;
this.hi[slot] = at;
this.lo[slot] = size;
this.count[slot] = MORE;
}
else {
at = this.hi[slot];
size = this.lo[slot];
m = this.moreLength[slot];
}
let p = arena.data;
let i = 0;
for (let j = 0; j < m; j++) {
const y = p[at + j];
const s = x + y;
const z = s - x;
const e = x - (s - z) + (y - z);
if (e !== 0)
p[at + i++] = e;
x = s;
}
if (i === size) {
const wider = arena.alloc(2 * size);
p = arena.data;
p.copyWithin(wider, at, at + i);
arena.release(at, size);
at = wider;
size *= 2;
this.hi[slot] = at;
this.lo[slot] = size;
}
p[at + i++] = x;
if (i > 2)
i = compressInPlace(p, at, i);
if (i > 2)
this.moreLength[slot] = i;
else {
const first = p[at];
const last = p[at + i - 1];
arena.release(at, size);
this.hi[slot] = last;
this.lo[slot] = i === 2 ? first : 0;
this.count[slot] = i === 1 && first === 0 ? 0 : i;
}
}
}
const MORE = 3;
function compressInPlace(e, at, m) {
let q = e[at + m - 1];
let bottom = m - 1;
for (let i = m - 2; i >= 0; i--) {
const y = e[at + i];
const s = q + y;
const z = s - q;
const err = q - (s - z) + (y - z);
if (err !== 0) {
e[at + bottom--] = s;
q = err;
}
else
q = s;
}
e[at + bottom] = q;
let top = 0;
for (let i = bottom + 1; i < m; i++) {
const x = e[at + i];
const s = x + q;
const z = s - x;
const err = x - (s - z) + (q - z);
if (err !== 0)
e[at + top++] = err;
q = s;
}
e[at + top++] = q;
return top;
}
function roundPartials(partials) {
let n = partials.length;
if (n === 0)
return 0;
let hi = partials[--n];
let lo = 0;
while (n > 0) {
const x = hi;
const y = partials[--n];
hi = x + y;
const yr = hi - x;
lo = y - yr;
if (lo !== 0)
break;
}
if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
const y = lo * 2;
const x = hi + y;
const yr = x - hi;
if (y === yr)
hi = x;
}
return hi;
}
})
};
