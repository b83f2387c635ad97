export const id = 36;
export const ids = [36];
export const modules = {
1036:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, {
CONFIG_MAX_BYTES: () => ( _build_js__WEBPACK_IMPORTED_MODULE_2__.SL),
CONFIG_MAX_COLLECTION_ITEMS: () => ( _build_js__WEBPACK_IMPORTED_MODULE_2__.wZ),
CONFIG_MAX_DEPTH: () => ( _build_js__WEBPACK_IMPORTED_MODULE_2__.Uv),
CONFIG_MAX_VALUES: () => ( _build_js__WEBPACK_IMPORTED_MODULE_2__.fv),
configTooLarge: () => ( _build_js__WEBPACK_IMPORTED_MODULE_2__.gO),
loadConfig: () => ( loadConfig)
});
var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5605);
function loadConfig(text, file) {
if (text.length > _build_js__WEBPACK_IMPORTED_MODULE_2__ .SL)
return { config: null, problems: [(0,_build_js__WEBPACK_IMPORTED_MODULE_2__ .gO)(file, text.length, 'characters')] };
const crowded = (0,_build_js__WEBPACK_IMPORTED_MODULE_2__ .W1)(text, file);
if (crowded)
return { config: null, problems: [crowded] };
const problems = [];
const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__ .HN();
const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
if (/\.json$/i.test(file)) {
const jsonProblem = strictJsonProblem(text, file, lc);
if (jsonProblem)
return { config: null, problems: [jsonProblem] };
}
for (const err of doc.errors) {
const lp = lc.linePos(err.pos[0]);
problems.push({
file,
line: lp.line,
column: lp.col,
message: `cannot parse: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
});
}
if (problems.length === 0)
problems.push(...structureProblems(doc, lc, file));
if (problems.length > 0)
return { config: null, problems: (0,_build_js__WEBPACK_IMPORTED_MODULE_2__ .Qq)(problems) };
const auditsNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__ .jh)(doc.contents) ? doc.contents.get('audits', true) : undefined;
if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .oP)(auditsNode) && auditsNode.items.length > _schema_js__WEBPACK_IMPORTED_MODULE_1__ .iO.audits) {
const lp = lc.linePos(auditsNode.range?.[0] ?? 0);
return {
config: null,
problems: [
{
file,
line: lp.line,
column: lp.col,
path: 'audits',
message: `${auditsNode.items.length.toLocaleString('en-US')} items; at most ${_schema_js__WEBPACK_IMPORTED_MODULE_1__ .iO.audits} are allowed here: split the audits across several config files (one run each)`,
},
],
};
}
let data;
try {
data = doc.toJS();
}
catch (e) {
return { config: null, problems: [aliasProblem(doc, lc, file, e)] };
}
return (0,_build_js__WEBPACK_IMPORTED_MODULE_2__ .fD)(data, new YamlPositions(doc, lc), file);
}
function structureProblems(doc, lc, file) {
const problems = [];
const at = (node, message) => {
const lp = lc.linePos(node?.range?.[0] ?? 0);
problems.push({ file, line: lp.line, column: lp.col, message });
};
const stack = [{ node: doc.contents, depth: 1 }];
for (let top = stack.pop(); top; top = stack.pop()) {
const { node, depth } = top;
const tagged = tagProblem(node);
if (tagged !== null) {
at(node, tagged);
continue;
}
if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__ .P3)(node))
continue;
const kind = (0,yaml__WEBPACK_IMPORTED_MODULE_0__ .oP)(node) ? 'list' : 'mapping';
if (depth > _build_js__WEBPACK_IMPORTED_MODULE_2__ .Uv) {
at(node, `a ${kind} nested more than ${_build_js__WEBPACK_IMPORTED_MODULE_2__ .Uv} levels deep; a config nests a few`);
continue;
}
if (node.items.length > _build_js__WEBPACK_IMPORTED_MODULE_2__ .wZ) {
at(node, `a ${kind} of ${node.items.length.toLocaleString('en-US')} items; no list or mapping of a config holds more than ${_build_js__WEBPACK_IMPORTED_MODULE_2__ .wZ.toLocaleString('en-US')} (the largest, \`data\` and \`gates\`, at most 100)`);
continue;
}
if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .oP)(node)) {
for (let i = node.items.length - 1; i >= 0; i--)
stack.push({ node: node.items[i], depth: depth + 1 });
continue;
}
const seen = new Set();
const values = [];
for (const pair of node.items) {
const key = pair.key;
if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .Vj)(key))
at(key, `expected a key name, got an alias (*${shownName(key.source)}); write the key out: no config key needs an alias`);
else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .P3)(key))
at(key, `expected a key name, got a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__ .oP)(key) ? 'list' : 'mapping'}`);
else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .jn)(key)) {
const tagged = tagProblem(key);
const name = propertyName(key.value);
if (tagged !== null)
at(key, tagged);
else if (seen.has(name))
at(key, 'cannot parse: Map keys must be unique');
else
seen.add(name);
}
values.push(pair.value);
}
for (let i = values.length - 1; i >= 0; i--)
stack.push({ node: values[i], depth: depth + 1 });
}
return problems;
}
const PLAIN_TAGS = {
'tag:yaml.org,2002:map': 'map',
'tag:yaml.org,2002:seq': 'seq',
'tag:yaml.org,2002:str': 'scalar',
'tag:yaml.org,2002:int': 'scalar',
'tag:yaml.org,2002:float': 'scalar',
'tag:yaml.org,2002:bool': 'scalar',
'tag:yaml.org,2002:null': 'scalar',
};
function tagProblem(node) {
if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__ .P3)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__ .jn)(node))
return null;
const tag = node.tag;
const kind = (0,yaml__WEBPACK_IMPORTED_MODULE_0__ .jh)(node) ? 'map' : (0,yaml__WEBPACK_IMPORTED_MODULE_0__ .oP)(node) ? 'seq' : 'scalar';
const plain = 'a config is made of plain mappings, lists, strings, numbers, booleans and null: remove the tag and write the value as one of them';
if (tag !== undefined && PLAIN_TAGS[tag] !== kind)
return `a value tagged ${shownTag(tag)}; ${plain}`;
if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__ .jn)(node))
return null;
const v = node.value;
if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
return null;
if (typeof v === 'symbol')
return 'a merge key (`<<`, YAML 1.1); write the keys out in each mapping';
return `a ${v instanceof Date ? 'timestamp' : 'value'} (as YAML 1.1 reads it), not a string, number, boolean or null; quote it to make it a string`;
}
function shownTag(tag) {
return tag.startsWith('tag:yaml.org,2002:') ? `!!${shownName(tag.slice(18))}` : shownName(tag);
}
function shownName(name) {
return name.length > 40 ? `${name.slice(0, 40)}\u2026` : name;
}
function propertyName(value) {
return value === null ? '' : String(value);
}
function aliasProblem(doc, lc, file, e) {
let first = null;
(0,yaml__WEBPACK_IMPORTED_MODULE_0__ .YR)(doc, {
Alias(_key, node) {
first = node;
return yaml__WEBPACK_IMPORTED_MODULE_0__ .YR.BREAK;
},
});
const start = first?.range?.[0];
if (start === undefined || !/alias/i.test(e.message))
return { file, line: 1, column: 1, message: `cannot read the config: ${e.message}` };
const lp = lc.linePos(start);
return {
file,
line: lp.line,
column: lp.col,
message: 'cannot parse: its aliases expand too far (a "billion laughs" document?); write the values out instead of nesting aliases',
};
}
function strictJsonProblem(text, file, lc) {
try {
JSON.parse(text);
return null;
}
catch (e) {
const message = e.message;
const m = /position (\d+)/.exec(message);
const pos = m ? lc.linePos(Number(m[1])) : undefined;
return {
file,
line: pos?.line,
column: pos?.col,
message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '')}`,
};
}
}
class YamlPositions {
doc;
lc;
constructor(doc, lc) {
this.doc = doc;
this.lc = lc;
}
at(path, key = false) {
let node = this.doc.contents;
let best = this.pos(node);
for (let i = 0; i < path.length; i++) {
const seg = path[i];
const last = i === path.length - 1;
if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .jh)(node)) {
const pair = this.keysOf(node).get(String(seg));
if (!pair)
return best;
if (last && key)
return this.pos(pair.key) ?? best;
node = pair.value;
}
else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .oP)(node) && typeof seg === 'number') {
node = node.items[seg];
}
else {
return best;
}
best = this.pos(node) ?? best;
}
return best;
}
keysOf(map) {
let keys = this.index.get(map);
if (!keys) {
keys = new Map();
for (const p of map.items)
if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__ .jn)(p.key) && !keys.has(propertyName(p.key.value)))
keys.set(propertyName(p.key.value), p);
this.index.set(map, keys);
}
return keys;
}
index = new WeakMap();
pos(node) {
const range = node?.range;
if (!range)
return undefined;
const { line, col } = this.lc.linePos(range[0]);
return { line, column: col };
}
}
})
};
