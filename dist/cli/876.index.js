export const id = 876;
export const ids = [876,36];
export const modules = {
6876:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, {
SQL_USAGE: () => ( SQL_USAGE),
runSqlCommand: () => ( runSqlCommand)
});
var external_node_util_ = __webpack_require__(7975);
var load = __webpack_require__(1036);
var problem = __webpack_require__(8841);
var guard = __webpack_require__(3950);
var files_open = __webpack_require__(6055);
var log_escape = __webpack_require__(3090);
var counts_columns = __webpack_require__(1516);
var checks = __webpack_require__(6407);
var bins = __webpack_require__(2316);
var counts = __webpack_require__(1246);
var values = __webpack_require__(2884);
var catalog = __webpack_require__(5360);
;
const DIALECTS = ['duckdb', 'postgres', 'spark', 'bigquery'];
const TEXT_TYPE = { duckdb: 'VARCHAR', postgres: 'TEXT', spark: 'STRING', bigquery: 'STRING' };
const FLOAT_TYPE = {
duckdb: 'DOUBLE',
postgres: 'DOUBLE PRECISION',
spark: 'DOUBLE',
bigquery: 'FLOAT64',
};
function doubleLiteral(x, dialect) {
return `CAST('${String(x)}' AS ${FLOAT_TYPE[dialect]})`;
}
function asDouble(column, dialect) {
const c = ref(column, dialect);
const direct = `CAST(${c} AS ${FLOAT_TYPE[dialect]})`;
const viaText = `CAST(CAST(${c} AS ${TEXT_TYPE[dialect]}) AS ${FLOAT_TYPE[dialect]})`;
const plain = dialect === 'duckdb'
? `(CASE WHEN typeof(${c}) LIKE 'DECIMAL%' OR typeof(${c}) IN ('HUGEINT', 'UHUGEINT') THEN ${viaText} ELSE ${direct} END)`
: dialect === 'spark'
? `(CASE WHEN typeof(${c}) LIKE 'decimal%' THEN ${viaText} ELSE ${direct} END)`
: dialect === 'bigquery'
? `(CASE WHEN REGEXP_CONTAINS(FORMAT('%T', ${c}), '^(?:BIG)?NUMERIC ') THEN ${viaText} ELSE ${direct} END)`
: direct;
const number = `${spaces(dialect)}(${ANY_NUMBER})${spaces(dialect)}`;
const digits = wholeGroup(columnText(column, dialect), number, dialect);
const read = dialect === 'duckdb'
? `TRY_CAST(${digits} AS DOUBLE)`
: `CAST(${dialect === 'spark' ? `NULLIF(${digits}, '')` : digits} AS ${FLOAT_TYPE[dialect]})`;
return `(CASE WHEN ${isText(column, dialect)} THEN ${read} ELSE ${plain} END)`;
}
function isText(column, dialect) {
const c = ref(column, dialect);
if (dialect === 'duckdb')
return `typeof(${c}) IN ('VARCHAR', 'BOOLEAN', 'JSON')`;
if (dialect === 'postgres')
return `CAST(${pgType(c)} AS TEXT) IN (${POSTGRES_TEXT_TYPES.map((t) => quoteString(t, dialect)).join(', ')})`;
if (dialect === 'spark')
return `typeof(${c}) IN ('string', 'boolean')`;
return `SUBSTR(FORMAT('%T', ${c}), 1, 1) IN ('"', ${quoteString("'", dialect)})`;
}
function isJson(column) {
return `typeof(${ref(column, 'duckdb')}) = 'JSON'`;
}
function jsonScalar(column) {
return `json_extract_string(CAST(${ref(column, 'duckdb')} AS VARCHAR), '$')`;
}
function columnText(column, dialect) {
const text = `CAST(${ref(column, dialect)} AS ${TEXT_TYPE[dialect]})`;
return byteOrder(dialect === 'duckdb' ? `(CASE WHEN ${isJson(column)} THEN ${jsonScalar(column)} ELSE ${text} END)` : text, dialect);
}
const SOURCE = 'audit_source';
function ref(column, dialect) {
return `${SOURCE}.${quoteIdent(column, dialect)}`;
}
function pgType(c) {
return `pg_typeof(COALESCE(${c}, NULL))`;
}
const POSTGRES_TEXT_TYPES = ['text', 'character varying', 'character', 'name', 'citext'];
const FLOAT32 = {
duckdb: { test: (c) => `typeof(${c}) = 'FLOAT'`, type: 'FLOAT' },
postgres: { test: (c) => `${pgType(c)} = CAST('real' AS REGTYPE)`, type: 'REAL' },
spark: { test: (c) => `typeof(${c}) = 'float'`, type: 'FLOAT' },
bigquery: null,
};
function labelText(column, dialect) {
const c = ref(column, dialect);
const text = `CAST(${c} AS ${TEXT_TYPE[dialect]})`;
const f = FLOAT32[dialect];
if (f === null)
return text;
const exact = `CAST(CAST(CAST(${text} AS ${f.type}) AS ${FLOAT_TYPE[dialect]}) AS ${TEXT_TYPE[dialect]})`;
const json = dialect === 'duckdb' ? ` WHEN ${isJson(column)} THEN ${jsonScalar(column)}` : '';
const value = `(CASE WHEN ${f.test(c)} THEN ${exact}${json} ELSE ${text} END)`;
return byteOrder(value, dialect);
}
function byteOrder(text, dialect) {
if (dialect === 'postgres')
return `(${text} COLLATE "C")`;
if (dialect === 'duckdb')
return `(${text} COLLATE "binary")`;
return text;
}
function quoteIdent(name, dialect) {
if (dialect === 'duckdb' || dialect === 'postgres')
return `"${name.replace(/"/g, '""')}"`;
if (dialect === 'spark')
return `\`${name.replace(/`/g, '``')}\``;
return `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
}
function quoteString(value, dialect) {
if (dialect === 'duckdb' || dialect === 'postgres')
return `'${value.replace(/'/g, "''")}'`;
return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
const JS_SPACE = [
[0x09, 0x0d],
0x20,
0xa0,
0x1680,
[0x2000, 0x200a],
0x2028,
0x2029,
0x202f,
0x205f,
0x3000,
0xfeff,
];
function regexChar(code, dialect) {
const hex = code.toString(16).toUpperCase();
return dialect === 'duckdb' || dialect === 'bigquery' ? `\\x{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
function naList(dialect) {
return [...values .hp].map((v) => quoteString(v, dialect)).join(', ');
}
function spaces(dialect) {
const c = (code) => regexChar(code, dialect);
return `[${JS_SPACE.map((x) => (typeof x === 'number' ? c(x) : `${c(x[0])}-${c(x[1])}`)).join('')}]*`;
}
const ANY_NUMBER = '[+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?';
const EXACT_NUMBER = '([+-]?(?:[0-9]{1,200}(?:[.][0-9]{0,200})?|[.][0-9]{1,200})(?:[eE][+-]?[0-9]{1,2})?)';
const USUAL = ['1.0', '0.0', 'True', 'False', 'true', 'false'];
function regexLiteral(text) {
return text.replace(/[.*+?$(){}|[]/g, (c) => `[${c}]`);
}
function wholeMatch(text, pattern, dialect) {
if (dialect === 'duckdb')
return `regexp_full_match(${text}, ${quoteString(pattern, dialect)})`;
if (dialect === 'postgres')
return `${text} ~ ${quoteString(`^(?:${pattern})$`, dialect)}`;
if (dialect === 'spark')
return `${text} RLIKE ${quoteString(`^(?:${pattern})\\z`, dialect)}`;
return `REGEXP_CONTAINS(${text}, ${quoteString(`^(?:${pattern})$`, dialect)})`;
}
function wholeGroup(text, pattern, dialect) {
const p = quoteString(`^(?:${pattern})${dialect === 'spark' ? '\\z' : '$'}`, dialect);
if (dialect === 'postgres')
return `substring(${text} from ${p})`;
if (dialect === 'bigquery')
return `REGEXP_EXTRACT(${text}, ${p})`;
return `regexp_extract(${text}, ${p}, 1)`;
}
function binary(column, positive, dialect) {
const t = labelText(column, dialect);
const p = (0,values .rR)(positive);
const num = p !== null && Number.isFinite(Number(p)) && String(Number(p)) === p ? Number(p) : null;
const ws = spaces(dialect);
const special = [
...[...values .hp].map(regexLiteral),
`${ws}${ANY_NUMBER}${ws}`,
'[tT][rR][uU][eE]',
'[fF][aA][lL][sS][eE]',
].join('|');
const exact = `${ws}${EXACT_NUMBER}${ws}`;
const float = (x) => `CAST(${x} AS ${FLOAT_TYPE[dialect]})`;
const na = naList(dialect);
const usual = [...new Set([...(p === null ? [] : [p]), p === '0' ? '1' : '0', ...(num === null ? [] : USUAL)])];
const whens = [
...usual.map((v) => `WHEN ${t} = ${quoteString(v, dialect)} THEN ${(0,values .rR)(v) === p ? 1 : 0}`),
`WHEN ${t} IS NULL THEN NULL`,
`WHEN NOT (${wholeMatch(t, special, dialect)}) THEN 0`,
];
if (num !== null) {
const value = float(wholeGroup(t, exact, dialect));
whens.push(`WHEN ${wholeMatch(t, exact, dialect)} THEN CASE WHEN ${value} = ${float(quoteString(p, dialect))} THEN 1 ELSE 0 END`, `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`);
}
else if (p === 'Infinity' || p === '-Infinity') {
whens.push(`WHEN ${wholeMatch(t, exact, dialect)} THEN 0`, `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`);
}
whens.push(`WHEN ${t} IN (${na}) THEN NULL`);
if (num === 1 || num === 0)
whens.push(`WHEN LOWER(${t}) = '${num === 1 ? 'true' : 'false'}' THEN 1`);
const cases = `CASE ${whens.join(' ')} ELSE 0 END`;
return p !== '1' && p !== '0' ? refuseBoolean(column, positive, cases, dialect) : cases;
}
const BOOLEAN_TYPE = {
duckdb: {
name: "DuckDB's BOOLEAN",
loads: 'what read_csv makes of yes/no, t/f or true/false in any case',
asText: (c) => `read_csv(..., types = {${quoteString(c, 'duckdb')}: 'VARCHAR'})`,
},
postgres: {
name: "PostgreSQL's BOOLEAN",
loads: 'what COPY makes of yes/no, t/f, on/off, y/n or true/false (or a unique prefix: ye, tr, of) in any case',
asText: (c) => `a column ${quoteIdent(c, 'postgres')} TEXT loaded from the file`,
},
spark: {
name: "Spark's BOOLEAN",
loads: 'what a CSV read with a schema makes of true/false in any case',
asText: (c) => `the column ${quoteIdent(c, 'spark')} read as STRING from the file`,
},
bigquery: {
name: "BigQuery's BOOL",
loads: 'what a CSV load makes of yes/no, y/n, t/f or true/false in any case',
asText: (c) => `the column ${quoteIdent(c, 'bigquery')} loaded as STRING from the file`,
},
};
function refuseBoolean(column, positive, value, dialect) {
const b = BOOLEAN_TYPE[dialect];
const message = `model-audit-gate: column ${JSON.stringify(column)} is ${b.name} type (${b.loads}), which keeps no spelling, ` +
`so it cannot be compared with positive_label ${JSON.stringify(String(positive))} as the rows compare the file's ` +
`text; read the file's column as text, e.g. ${b.asText(column)}, or, for a column that is a boolean in the table, set positive_label: true`;
const c = ref(column, dialect);
const m = quoteString(message, dialect);
if (dialect === 'duckdb')
return `CASE WHEN typeof(${c}) = 'BOOLEAN' THEN error(${m}) ELSE ${value} END`;
if (dialect === 'spark')
return `CASE WHEN typeof(${c}) = 'boolean' THEN raise_error(${m}) ELSE ${value} END`;
if (dialect === 'bigquery')
return `CASE WHEN FORMAT('%T', ${c}) IN ('true', 'false') THEN ERROR(${m}) ELSE ${value} END`;
return `CASE WHEN ${pgType(c)} = CAST('boolean' AS REGTYPE) THEN CAST(CONCAT(${m}, LEFT(CAST(${c} AS TEXT), 0)) AS INTEGER) ELSE ${value} END`;
}
function binaryKey(column, dialect) {
const t = labelText(column, dialect);
const ws = spaces(dialect);
const exact = `${ws}${EXACT_NUMBER}${ws}`;
const number = (x) => `CONCAT('n', CAST(CAST(${x} AS ${FLOAT_TYPE[dialect]}) + 0 AS ${TEXT_TYPE[dialect]}))`;
const na = naList(dialect);
const usual = ['0', '1', ...USUAL].map((v) => `WHEN ${t} = ${quoteString(v, dialect)} THEN ${number(quoteString((0,values .rR)(v), dialect))}`);
const key = [
`CASE WHEN ${t} IS NULL THEN NULL`,
...usual,
`WHEN ${t} IN (${na}) THEN NULL`,
`WHEN ${wholeMatch(t, exact, dialect)} THEN ${number(wholeGroup(t, exact, dialect))}`,
`WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`,
`WHEN LOWER(${t}) = 'true' THEN ${number("'1'")}`,
`WHEN LOWER(${t}) = 'false' THEN ${number("'0'")}`,
`ELSE CONCAT('t', ${t}) END`,
].join(' ');
return byteOrder(`(${key})`, dialect);
}
function binCase(column, edges, dialect, missingGroup = '') {
const c = asDouble(column, dialect);
const labels = (0,bins .H1)(edges);
const text = columnText(column, dialect);
const whens = [
`WHEN ${text} IN (${naList(dialect)}) THEN NULL`,
`WHEN ${text} IS NULL THEN NULL`,
`WHEN ${c} IS NULL THEN ${quoteString(`${missingGroup} (not a number)`, dialect)}`,
`WHEN NOT (${c} - ${c} = 0) THEN ${quoteString(`${missingGroup} (infinite)`, dialect)}`,
...edges.map((e, i) => `WHEN ${c} < ${doubleLiteral(e, dialect)} THEN ${quoteString(labels[i], dialect)}`),
];
const last = edges[edges.length - 1];
whens.push(`WHEN ${c} >= ${doubleLiteral(last, dialect)} THEN ${quoteString(labels[labels.length - 1], dialect)}`);
return `CASE ${whens.join(' ')} END`;
}
function unprintableNames(audit, options) {
const names = [
{ role: 'label', name: audit.label },
...(audit.prediction ? [{ role: 'prediction', name: audit.prediction }] : []),
...(audit.score ? [{ role: 'score', name: audit.score }] : []),
...(audit.weight ? [{ role: 'weight', name: audit.weight }] : []),
...(typeof audit.positive_label === 'string' ? [{ role: 'positive_label', name: audit.positive_label }] : []),
...(0,checks .Gv)(audit).map((name) => ({ role: audit.control.includes(name) ? 'control' : 'sensitive', name })),
...(audit.missing === 'group' ? [{ role: 'missing_group', name: audit.missing_group }] : []),
{ role: '--table', name: options.table },
];
return names.filter((n) => (0,log_escape .Ah)((0,log_escape .Ol)(n.name)) !== n.name);
}
function reservedNames(audit) {
return (0,checks .Gv)(audit)
.filter((name) => counts .C$.includes(name.toLowerCase()))
.map((name) => ({ role: audit.control.includes(name) ? 'control' : 'sensitive', name }));
}
function caseTwinNames(audit) {
const names = [
...new Set([audit.label, audit.prediction, audit.score, audit.weight, ...(0,checks .Gv)(audit)].filter((n) => typeof n === 'string')),
];
const seen = new Map();
const twins = [];
for (const name of names) {
const key = name.toLowerCase();
const other = seen.get(key);
if (other === undefined)
seen.set(key, name);
else
twins.push([other, name]);
}
return twins;
}
function scoreGates(audit) {
return audit.gates
.map((g) => g.metric)
.filter((m) => {
const r = (0,catalog .w9)(m);
return r !== undefined && (0,catalog .Mx)(r).some((b) => catalog .vY.has(b));
});
}
function refuseJson(column, value, dialect) {
if (dialect !== 'duckdb')
return value;
const message = `model-audit-gate: column ${JSON.stringify(column)} is DuckDB's JSON type (what read_json_auto makes of a column ` +
`that mixes numbers and strings), whose values keep a string's quotes, so 2 and "2", one group in the rows, ` +
`would be two; read it as text, e.g. SELECT * REPLACE (${quoteIdent(column, dialect)} ->> '$' AS ${quoteIdent(column, dialect)}) FROM read_json_auto(...)`;
return `CASE WHEN typeof(${ref(column, dialect)}) = 'JSON' THEN error(${quoteString(message, dialect)}) ELSE ${value} END`;
}
function refuseNested(column, value, dialect) {
if (dialect !== 'duckdb')
return value;
const t = `typeof(${ref(column, dialect)})`;
const message = `model-audit-gate: group column ${JSON.stringify(column)} is a DuckDB nested type (STRUCT, MAP, UNION, LIST or ARRAY: ` +
`what read_json_auto makes of JSON objects and arrays), whose values are not the texts the rows would name groups by; ` +
`a group value must be a string, a number or a boolean: write the column so in the data`;
return `CASE WHEN ${t} LIKE 'STRUCT(%' OR ${t} LIKE 'MAP(%' OR ${t} LIKE 'UNION(%' OR ${t} LIKE '%]' THEN error(${quoteString(message, dialect)}) ELSE ${value} END`;
}
function floatText(value, dialect) {
const text = `CAST(${value} AS ${TEXT_TYPE[dialect]})`;
const f = FLOAT32[dialect];
if (f === null)
return text;
const exact = `CAST(CAST(CAST(${text} AS ${f.type}) AS ${FLOAT_TYPE[dialect]}) AS ${TEXT_TYPE[dialect]})`;
return `(CASE WHEN ${f.test(value)} THEN ${exact} ELSE ${text} END)`;
}
const DUCKDB_DOUBLE_TEXT = '^(-?)([0-9]+)(?:[.]([0-9]+))?(?:e([-+][0-9]+))?$';
function groupNames(count) {
const each = (f) => Array.from({ length: count }, (_, i) => f(i + 1)).join(', ');
const part = (i, k) => `regexp_extract(audit_t${i}, '${DUCKDB_DOUBLE_TEXT}', ${k})`;
return [
`audit_num AS (`,
`  SELECT *, ${each((i) => `CASE WHEN typeof(audit_n${i}) = 'FLOAT' THEN CAST(CAST(CAST(audit_n${i} AS VARCHAR) AS FLOAT) AS DOUBLE) WHEN typeof(audit_n${i}) = 'DOUBLE' THEN CAST(CAST(audit_n${i} AS VARCHAR) AS DOUBLE) END AS audit_d${i}`)}`,
`  FROM audit_counts`,
`),`,
`audit_text AS (SELECT *, ${each((i) => `CAST(audit_d${i} AS VARCHAR) AS audit_t${i}`)} FROM audit_num),`,
`audit_parts AS (`,
`  SELECT *, ${each((i) => `${part(i, 1)} AS audit_s${i}, ${part(i, 2)} || ${part(i, 3)} AS audit_m${i}, length(${part(i, 2)}) + COALESCE(TRY_CAST(NULLIF(${part(i, 4)}, '') AS INTEGER), 0) AS audit_p${i}`)}`,
`  FROM audit_text`,
`),`,
`audit_digits AS (`,
`  SELECT *, ${each((i) => `rtrim(ltrim(audit_m${i}, '0'), '0') AS audit_k${i}, audit_p${i} - length(audit_m${i}) + length(ltrim(audit_m${i}, '0')) AS audit_x${i}`)}`,
`  FROM audit_parts`,
`)`,
];
}
function duckdbName(i, audit) {
const v = `CAST(audit_n${i} AS VARCHAR)`;
const [d, k, x] = [`audit_d${i}`, `audit_k${i}`, `audit_x${i}`];
const digits = [
`CASE WHEN length(${k}) <= ${x} AND ${x} <= 21 THEN ${k} || repeat('0', ${x} - length(${k}))`,
`WHEN 0 < ${x} AND ${x} <= 21 THEN substr(${k}, 1, ${x}) || '.' || substr(${k}, ${x} + 1)`,
`WHEN -6 < ${x} AND ${x} <= 0 THEN '0.' || repeat('0', -${x}) || ${k}`,
`ELSE substr(${k}, 1, 1) || CASE WHEN length(${k}) > 1 THEN '.' || substr(${k}, 2) ELSE '' END || 'e' || CASE WHEN ${x} >= 1 THEN '+' ELSE '-' END || CAST(abs(${x} - 1) AS VARCHAR) END`,
].join(' ');
const text = [
`CASE WHEN ${d} IS NULL THEN CASE WHEN typeof(audit_n${i}) LIKE 'DECIMAL%' AND contains(${v}, '.') THEN rtrim(rtrim(${v}, '0'), '.') ELSE ${v} END`,
`WHEN isinf(${d}) THEN CASE WHEN ${d} > 0 THEN 'Infinity' ELSE '-Infinity' END`,
`WHEN isnan(${d}) THEN 'NaN'`,
`WHEN ${k} = '' THEN '0'`,
`ELSE audit_s${i} || ${digits} END`,
].join(' ');
return audit.missing === 'group'
? `CASE WHEN audit_u${i} = 0 THEN COALESCE(${text}, ${quoteString(audit.missing_group, 'duckdb')}) END`
: text;
}
const POSTGRES_FLOAT_DIGITS = `CASE WHEN CAST(current_setting('extra_float_digits') AS INTEGER) >= CASE WHEN CAST(current_setting('server_version_num') AS INTEGER) >= 120000 THEN 1 ELSE 2 END THEN TRUE ` +
`ELSE CAST(CONCAT('model-audit-gate: extra_float_digits is ', current_setting('extra_float_digits'), ', so PostgreSQL writes a double rounded to fewer digits than its value (the weights'' sums, a DOUBLE group''s name), and the counts would not be the rows''; run SET extra_float_digits = 1 (3 before PostgreSQL 12) in this session first') AS BOOLEAN) END`;
function countsQuery(audit, options) {
const { dialect } = options;
const q = (name) => quoteIdent(name, dialect);
const columns = (0,checks .Gv)(audit);
const sets = (0,checks .Qj)(audit).map((g) => g.columns);
const score = audit.score === undefined ? '' : asDouble(audit.score, dialect);
const pred = audit.prediction
? binary(audit.prediction, audit.positive_label, dialect)
: `CASE WHEN ${score} - ${score} = 0 AND ${score} >= ${doubleLiteral(audit.threshold, dialect)} THEN 1 WHEN ${score} - ${score} = 0 THEN 0 END`;
const bins = audit.bins ?? {};
const na = naList(dialect);
const r = (c) => ref(c, dialect);
const present = (c, then) => `CASE WHEN ${columnText(c, dialect)} IN (${na}) THEN NULL ELSE ${then} END`;
const g = (c) => `audit_g${columns.indexOf(c) + 1}`;
const group = (c) => `${refuseNested(c, Object.hasOwn(bins, c) ? binCase(c, bins[c], dialect, audit.missing_group) : refuseJson(c, present(c, r(c)), dialect), dialect)} AS ${g(c)}`;
const missingGroup = audit.missing === 'group';
const named = (c, i) => dialect === 'duckdb'
? `${g(c)} AS audit_n${i + 1}${missingGroup ? `, GROUPING(${g(c)}) AS audit_u${i + 1}` : ''}`
: missingGroup
? `CASE WHEN GROUPING(${g(c)}) = 0 THEN COALESCE(${floatText(g(c), dialect)}, ${quoteString(audit.missing_group, dialect)}) END AS audit_n${i + 1}`
: `${g(c)} AS audit_n${i + 1}`;
const keyed = (c) => (dialect === 'postgres' || dialect === 'duckdb') && !Object.hasOwn(bins, c);
const k = (c) => `${dialect === 'duckdb' ? 'audit_b' : 'audit_k'}${columns.indexOf(c) + 1}`;
const isTextType = (c) => dialect === 'duckdb'
? `typeof(${r(c)}) = 'VARCHAR'`
: `CAST(${pgType(r(c))} AS TEXT) IN (${POSTGRES_TEXT_TYPES.map((t) => quoteString(t, dialect)).join(', ')})`;
const textKey = (c) => `CASE WHEN ${isTextType(c)} THEN ${byteOrder(`CAST(${present(c, r(c))} AS ${TEXT_TYPE[dialect]})`, dialect)} END AS ${k(c)}`;
const keys = columns.filter(keyed);
const setColumns = (set) => set.flatMap((c) => (keyed(c) ? [g(c), k(c)] : [g(c)]));
const keep = columns.map((c) => `${present(c, r(c))} IS NOT NULL`).join(' AND ');
const drop = audit.missing === 'drop';
const setName = sets.map((set) => {
const test = columns.map((c) => `GROUPING(${g(c)}) = ${set.includes(c) ? 0 : 1}`).join(' AND ');
return `      WHEN ${test} THEN ${quoteString(set.join(','), dialect)}`;
});
const weighted = audit.weight !== undefined;
const cellTest = {
tp: 'audit_y = 1 AND audit_p = 1',
fp: 'audit_y = 0 AND audit_p = 1',
tn: 'audit_y = 0 AND audit_p = 0',
fn: 'audit_y = 1 AND audit_p = 0',
};
const sums = (value, sum = 'SUM') => counts .sP.map((cell) => `${sum}(CASE WHEN ${cellTest[cell]} THEN ${value} ELSE 0 END)`);
const weightSum = dialect === 'duckdb' ? 'FSUM' : 'SUM';
const outputs = [
...counts .sP,
...(weighted ? [...counts .bN, ...counts .sW, counts .aO] : []),
counts .hZ,
...(audit.prediction ? [counts .iT] : []),
counts .TS,
];
const aggregates = [
...sums('1').map((v, k) => [v, counts .sP[k]]),
...(weighted
? [
...sums('audit_w', weightSum).map((v, k) => [v, counts .bN[k]]),
...sums('audit_w * audit_w', weightSum).map((v, k) => [v, counts .sW[k]]),
[
`SUM(CASE WHEN audit_w - audit_w = 0 AND (audit_w = 0 OR (audit_w >= ${doubleLiteral(checks .wZ, dialect)} AND audit_w <= ${doubleLiteral(checks .K3, dialect)})) THEN 0 ELSE 1 END)`,
counts .aO,
],
]
: []),
['COUNT(DISTINCT audit_yk)', counts .hZ],
...(audit.prediction ? [['COUNT(DISTINCT audit_pk)', counts .iT]] : []),
];
const droppedAggregates = aggregates.map(([value, name]) => name === counts .hZ || name === counts .iT
? `(SELECT ${value} FROM audit_rows)`
: `COALESCE(${value}, 0)`);
const lines = [
`-- model-audit-gate: per-group confusion counts for audit ${(0,log_escape .Ah)((0,log_escape .Ol)(audit.name))} (${dialect}).`,
`-- Save the result as CSV or Parquet and audit it with \`format: counts\`.`,
`WITH audit_rows AS (`,
`  SELECT`,
`    ${binary(audit.label, audit.positive_label, dialect)} AS audit_y,`,
`    ${binaryKey(audit.label, dialect)} AS audit_yk,`,
`    ${pred} AS audit_p,`,
...(audit.prediction ? [`    ${binaryKey(audit.prediction, dialect)} AS audit_pk,`] : []),
...(weighted ? [`    ${asDouble(audit.weight, dialect)} AS audit_w,`] : []),
...(drop ? [`    ${keep} AS audit_keep,`] : []),
`    ${[...columns.map(group), ...keys.map(textKey)].join(',\n    ')}`,
`  FROM (SELECT * FROM ${options.table}) AS ${SOURCE}`,
`),`,
`audit_counts AS (`,
`  SELECT`,
`    CASE`,
...setName,
`      ELSE ''`,
`    END AS ${counts .$M},`,
`    ${[...columns.map(named), ...keys.map(k)].join(',\n    ')},`,
...aggregates.map(([value, name]) => `    ${value} AS ${name},`),
`    COUNT(*) AS ${counts .TS}`,
`  FROM audit_rows`,
...(drop ? [`  WHERE audit_keep`] : []),
`  GROUP BY GROUPING SETS (${[...sets.map((s) => `(${setColumns(s).join(', ')})`), '()'].join(', ')})`,
...(drop
? [
`  UNION ALL`,
`  -- missing: drop: the rows left out for a NULL sensitive value, counted for the report and checked as the rows check them.`,
`  SELECT ${[quoteString(counts .k8, dialect), ...columns.map(() => 'NULL'), ...keys.map(() => 'NULL'), ...droppedAggregates, 'COUNT(*)'].join(', ')} FROM audit_rows WHERE NOT audit_keep`,
]
: []),
`)${dialect === 'duckdb' ? ',' : ''}`,
...(dialect === 'duckdb' ? groupNames(columns.length) : []),
`SELECT ${[counts .$M, ...columns.map((c, i) => `${dialect === 'duckdb' ? byteOrder(duckdbName(i + 1, audit), dialect) : `audit_n${i + 1}`} AS ${q(c)}`), ...outputs].join(', ')}`,
`FROM ${dialect === 'duckdb' ? 'audit_digits' : 'audit_counts'}`,
...(dialect === 'postgres' ? [`WHERE ${POSTGRES_FLOAT_DIGITS}`] : []),
`ORDER BY ${dialect === 'postgres'
? [
byteOrder(`audit_counts.${counts .$M}`, dialect),
...columns.flatMap((c, i) => [...(keyed(c) ? [`audit_counts.${k(c)}`] : []), String(i + 2)]),
].join(', ')
: [
dialect === 'duckdb' ? byteOrder(counts .$M, dialect) : '1',
...columns.map((_, i) => String(i + 2)),
].join(', ')}`,
];
return `${lines.join('\n')}\n`;
}
var args = __webpack_require__(7593);
var cli_io = __webpack_require__(1604);
;
const SQL_USAGE = `Usage: model-audit-gate sql [--audit NAME] [--dialect DIALECT] [--table TABLE] [--config FILE]

Prints the GROUP BY GROUPING SETS query that computes an audit's per-group confusion
counts from the table of predictions, for the warehouse to run. Save its result (CSV or
Parquet) and audit it with \`format: counts\`: same report and gates as the rows.
DuckDB, Spark and BigQuery match the query's column names case-insensitively (quoted
too): the rows audit refuses a header with two names that differ only in case where the
audit reads one of them and their values differ, and \`sql\` an audit that reads both.

Options:
  -a, --audit NAME       the audit (needed when the config has several)
  -d, --dialect DIALECT  duckdb (default), postgres, spark or bigquery
  -t, --table TABLE      the prediction table, as the warehouse names it (default: predictions)
  -c, --config FILE      the audit config (default: .github/model-audit.yml)
  -h, --help             show this help
`;
const SQL_OPTIONS = {
audit: { type: 'string', short: 'a' },
dialect: { type: 'string', short: 'd' },
table: { type: 'string', short: 't' },
config: { type: 'string', short: 'c' },
help: { type: 'boolean', short: 'h' },
};
async function runSqlCommand(argv, io) {
let values;
try {
;
({ values } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: SQL_OPTIONS }));
}
catch (e) {
io.stderr((0,args .d)(e, argv, SQL_OPTIONS, 'model-audit-gate sql'));
return cli_io .nS;
}
if (values.help) {
io.stdout(SQL_USAGE);
return cli_io .rc;
}
const dialect = (values.dialect ?? 'duckdb');
if (!DIALECTS.includes(dialect)) {
io.stderr(`model-audit-gate sql: unknown dialect '${values.dialect}'${(0,problem .au)(values.dialect ?? '', [...DIALECTS]) || `; dialects: ${DIALECTS.join(', ')}`}\n`);
return cli_io .nS;
}
const configFile = values.config ?? '.github/model-audit.yml';
const root = (0,guard .KB)(io.cwd);
const where = (0,guard .o1)(root, configFile, root.dir, 'read');
if (!where.ok) {
io.stderr(`${configFile}: ${(0,guard .se)(where, 'config', configFile, root)}\n`);
return cli_io .nS;
}
let text;
try {
const read = await (0,files_open .mJ)(where.path, where.id, load.CONFIG_MAX_BYTES);
if ('tooLarge' in read) {
io.stderr(`${(0,problem .Vw)((0,load.configTooLarge)(configFile, read.tooLarge))}\n`);
return cli_io .nS;
}
text = read.text;
}
catch (e) {
io.stderr(`${configFile}: cannot read the config: ${e.message}\n`);
return cli_io .nS;
}
const { config, problems } = (0,load.loadConfig)(text, configFile);
if (!config || problems.length > 0) {
for (const line of (0,problem .C5)(problems))
io.stderr(`${line}\n`);
return cli_io .nS;
}
const names = config.audits.map((a) => a.name);
const audit = values.audit === undefined
? config.audits.length === 1
? config.audits[0]
: undefined
: config.audits.find((a) => a.name === values.audit);
if (!audit) {
io.stderr(values.audit === undefined
? `model-audit-gate sql: the config has ${names.length} audits; choose one with --audit (${names.join(', ')})\n`
: `model-audit-gate sql: no audit named '${values.audit}'${(0,problem .au)(values.audit, names) || `; audits: ${names.join(', ')}`}\n`);
return cli_io .nS;
}
const options = { dialect, table: values.table ?? 'predictions' };
const unprintable = unprintableNames(audit, options);
if (unprintable.length > 0) {
for (const n of unprintable) {
io.stderr(`model-audit-gate sql: ${n.role} '${(0,log_escape .Ol)(n.name)}' (as the log shows it) holds a workflow-command prefix (two colons, or two hashes and a bracket) or a control or invisible character, so the query cannot be printed both exactly and inert in a CI log; nothing was printed: rename it in the data and the config, or write this query by hand\n`);
}
return cli_io .nS;
}
const scored = scoreGates(audit);
if (scored.length > 0) {
for (const m of scored)
io.stderr(`model-audit-gate sql: the gate on '${(0,log_escape .Ol)(m)}' needs each row's score, which the counts this query writes do not hold, so the counts audit refuses it; nothing was printed: gate it on the rows, or remove this gate\n`);
return cli_io .nS;
}
const reserved = reservedNames(audit);
if (reserved.length > 0) {
for (const n of reserved) {
io.stderr(`model-audit-gate sql: ${n.role} column '${(0,log_escape .Ol)(n.name)}' has the name of a column the query writes beside it ('${n.name.toLowerCase()}'), so the counts audit could not tell them apart; nothing was printed: rename it in the data and the config\n`);
}
return cli_io .nS;
}
const collisions = (0,counts_columns .tg)((0,checks .Qj)(audit).map((g) => g.columns));
if (collisions.length > 0) {
for (const pair of collisions)
io.stderr(`model-audit-gate sql: ${(0,log_escape .Ol)((0,counts_columns .b6)(pair))}; nothing was printed: rename the column in the data and the config\n`);
return cli_io .nS;
}
const twins = caseTwinNames(audit);
if (twins.length > 0) {
for (const [a, b] of twins)
io.stderr(`model-audit-gate sql: the audit reads columns '${(0,log_escape .Ol)(a)}' and '${(0,log_escape .Ol)(b)}', whose names differ only in case; DuckDB, Spark and BigQuery match column names case-insensitively (quoted too), so the query would read one column for both; nothing was printed: rename one in the data and the config\n`);
return cli_io .nS;
}
const query = countsQuery(audit, options);
if ((0,log_escape .Ah)(query) !== query) {
io.stderr('model-audit-gate sql: the query holds text the log escape would change; nothing was printed\n');
return cli_io .nS;
}
io.stdout(query);
return cli_io .rc;
}
}),
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
