export const id = 36;
export const ids = [36];
export const modules = {

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_MAX_BYTES: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_2__.SL),
/* harmony export */   CONFIG_MAX_COLLECTION_ITEMS: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_2__.wZ),
/* harmony export */   CONFIG_MAX_DEPTH: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_2__.Uv),
/* harmony export */   CONFIG_MAX_VALUES: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_2__.fv),
/* harmony export */   configTooLarge: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_2__.gO),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5605);
/**
 * Loads an audit config (YAML or JSON), validates it against the JSON Schema with ajv and
 * with the rules a schema cannot say, and maps every problem back to its line and column.
 * Every problem is reported at once: a user fixes a config in one round, not five. This module
 * parses the text with yaml and places its nodes; `build.ts` builds the config from the parsed
 * value (with `ajv-messages.ts`, the schema's errors in words, and `normalise.ts`, defaults,
 * aliases and the rules beyond the schema). A JSON config without a problem is read without
 * yaml at all (`load-json.ts`): this module is then never loaded.
 */




/**
 * Parses and validates a config. `file` is only used in messages.
 */
function loadConfig(text, file) {
    if (text.length > _build_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_MAX_BYTES */ .SL)
        return { config: null, problems: [(0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .configTooLarge */ .gO)(file, text.length, 'characters')] };
    const crowded = (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .crowdedAt */ .W1)(text, file);
    if (crowded)
        return { config: null, problems: [crowded] };
    const problems = [];
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // logLevel 'error': yaml never prints a warning itself (its `process.emitWarning` would put
    // config text raw on stderr, where the runner reads `##[`); what it would warn about is ours to say.
    // uniqueKeys false: yaml's own check compares each key with every earlier one (quadratic in a
    // mapping's size); `structureProblems` checks them with one set per mapping instead.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    if (/\.json$/i.test(file)) {
        // YAML accepts more than JSON (trailing commas, comments): a .json config must be JSON.
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
        return { config: null, problems: (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .dedupe */ .Qq)(problems) };
    // The one list bound that multiplies everything after it, checked on the document before it is
    // converted, validated and normalised audit by audit.
    const auditsNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? doc.contents.get('audits', true) : undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(auditsNode) && auditsNode.items.length > _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_LIMITS */ .iO.audits) {
        const lp = lc.linePos(auditsNode.range?.[0] ?? 0);
        return {
            config: null,
            problems: [
                {
                    file,
                    line: lp.line,
                    column: lp.col,
                    path: 'audits',
                    message: `${auditsNode.items.length.toLocaleString('en-US')} items; at most ${_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_LIMITS */ .iO.audits} are allowed here: split the audits across several config files (one run each)`,
                },
            ],
        };
    }
    let data;
    try {
        data = doc.toJS();
    }
    catch (e) {
        // yaml refuses aliases that expand exponentially (a "billion laughs" document): say where they start.
        return { config: null, problems: [aliasProblem(doc, lc, file, e)] };
    }
    return (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildConfig */ .fD)(data, new YamlPositions(doc, lc), file);
}
/**
 * One pass over the parsed document, without recursion, before it is converted or validated:
 * a list or mapping of more than `CONFIG_MAX_COLLECTION_ITEMS` items or nested more than
 * `CONFIG_MAX_DEPTH` levels (a problem at its start, not looked into further), a key written as
 * a list or a mapping (`? [a, b]`: no config key is one, and yaml would stringify it with a
 * warning), a key written as an alias (`*a : 1`: no config key needs one, and it hid a key given
 * twice, red team 28 R28-5), a key given twice in one mapping (yaml's own message), and a node
 * that is not a plain mapping, list, string, number, boolean or null (`tagProblem`).
 * Aliases are not followed: each node is visited once.
 */
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
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node))
            continue;
        const kind = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? 'list' : 'mapping';
        if (depth > _build_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_MAX_DEPTH */ .Uv) {
            at(node, `a ${kind} nested more than ${_build_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_MAX_DEPTH */ .Uv} levels deep; a config nests a few`);
            continue;
        }
        if (node.items.length > _build_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_MAX_COLLECTION_ITEMS */ .wZ) {
            at(node, `a ${kind} of ${node.items.length.toLocaleString('en-US')} items; no list or mapping of a config holds more than ${_build_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_MAX_COLLECTION_ITEMS */ .wZ.toLocaleString('en-US')} (the largest, \`data\` and \`gates\`, at most 100)`);
            continue;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push({ node: node.items[i], depth: depth + 1 });
            continue;
        }
        // Keyed on the property name toJS writes for the key: `"7"` and `7.0`, `~` and `""`, `true`
        // and `"true"` are one property, the later value silently winning (red team 28 R28-5).
        const seen = new Set();
        const values = [];
        for (const pair of node.items) {
            const key = pair.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key))
                at(key, `expected a key name, got an alias (*${shownName(key.source)}); write the key out: no config key needs an alias`);
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(key))
                at(key, `expected a key name, got a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(key) ? 'list' : 'mapping'}`);
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key)) {
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
/** The tags of the nodes a config is made of: plain mappings, lists and scalars, by their short names. */
const PLAIN_TAGS = {
    'tag:yaml.org,2002:map': 'map',
    'tag:yaml.org,2002:seq': 'seq',
    'tag:yaml.org,2002:str': 'scalar',
    'tag:yaml.org,2002:int': 'scalar',
    'tag:yaml.org,2002:float': 'scalar',
    'tag:yaml.org,2002:bool': 'scalar',
    'tag:yaml.org,2002:null': 'scalar',
};
/**
 * Why a node is not a plain mapping, list, string, number, boolean or null, or null when it is
 * one. yaml builds `!!omap`, `!!set`, `!!pairs`, `!!binary` and `!!timestamp` nodes (in YAML 1.2
 * too) as a Map, a Set, a Uint8Array or a Date, which ajv reads as an object without properties:
 * `bins: !!omap [{age: [40]}]` was `bins: {}` and a failing gate passed (red team 28 R28-3). Under
 * a `%YAML 1.1` directive a plain `2001-12-14` is a Date and `<<` a merge key: those too.
 */
function tagProblem(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return null;
    const tag = node.tag;
    const kind = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'map' : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? 'seq' : 'scalar';
    const plain = 'a config is made of plain mappings, lists, strings, numbers, booleans and null: remove the tag and write the value as one of them';
    if (tag !== undefined && PLAIN_TAGS[tag] !== kind)
        return `a value tagged ${shownTag(tag)}; ${plain}`;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return null;
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return null;
    if (typeof v === 'symbol')
        return 'a merge key (`<<`, YAML 1.1); write the keys out in each mapping';
    return `a ${v instanceof Date ? 'timestamp' : 'value'} (as YAML 1.1 reads it), not a string, number, boolean or null; quote it to make it a string`;
}
/** A tag as written, short and bounded: `!!omap` for yaml.org's own. */
function shownTag(tag) {
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${shownName(tag.slice(18))}` : shownName(tag);
}
/** A name from the config text in a message: at most 40 characters. */
function shownName(name) {
    return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}
/** The property name `toJS` writes for a scalar key's value (yaml's `stringifyKey`): null is ''. */
function propertyName(value) {
    return value === null ? '' : String(value);
}
/** The problem for a document whose values cannot be built: at its first alias when aliases are why. */
function aliasProblem(doc, lc, file, e) {
    let first = null;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias(_key, node) {
            first = node;
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
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
/** Positions in one YAML document, by key path. */
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
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = this.keysOf(node).get(String(seg));
                if (!pair)
                    return best;
                if (last && key)
                    return this.pos(pair.key) ?? best;
                node = pair.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                node = node.items[seg];
            }
            else {
                return best;
            }
            best = this.pos(node) ?? best;
        }
        return best;
    }
    /** A mapping's pairs by key text, first one of each, built once per mapping: one lookup per problem, not a scan. */
    keysOf(map) {
        let keys = this.index.get(map);
        if (!keys) {
            keys = new Map();
            for (const p of map.items)
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && !keys.has(propertyName(p.key.value)))
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


/***/ })

};
