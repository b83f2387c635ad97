export const id = 876;
export const ids = [876,36];
export const modules = {

/***/ 6876:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SQL_USAGE: () => (/* binding */ SQL_USAGE),
  runSqlCommand: () => (/* binding */ runSqlCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/problem.ts
var problem = __webpack_require__(8841);
// EXTERNAL MODULE: ./src/files/guard.ts
var guard = __webpack_require__(3950);
// EXTERNAL MODULE: ./src/files/open.ts
var files_open = __webpack_require__(6055);
// EXTERNAL MODULE: ./src/config/log-escape.ts
var log_escape = __webpack_require__(3090);
// EXTERNAL MODULE: ./src/data/counts-columns.ts
var counts_columns = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/data/checks.ts
var checks = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/data/bins.ts
var bins = __webpack_require__(2316);
// EXTERNAL MODULE: ./src/data/counts.ts
var counts = __webpack_require__(1246);
// EXTERNAL MODULE: ./src/data/values.ts
var values = __webpack_require__(2884);
// EXTERNAL MODULE: ./src/stats/catalog.ts
var catalog = __webpack_require__(5360);
;// CONCATENATED MODULE: ./src/sql/generate.ts
/**
 * The warehouse half of `format: counts`: the SQL that turns a table of predictions into
 * the per-group confusion counts an audit needs, so DuckDB, PostgreSQL, Spark or BigQuery
 * does the pass over the rows and the action only reads a few hundred counts.
 *
 * One query, `GROUP BY GROUPING SETS`: one set per sensitive attribute and intersection of
 * the audit (with `control`, each prefixed by the control columns, plus the control columns
 * alone), plus the empty set for the overall row. A `grouping_set` column names each
 * row's set (see `data/counts.ts` for the format), and `n_rows` (COUNT(*)) lets the audit
 * notice rows whose label or prediction is NULL. Every group column is grouped by its value
 * (never its text). The missing-value policy is applied in the query: `group` names NULLs
 * (after grouping), `drop` leaves those rows out and counts them in a
 * `(dropped)` row, `error` passes the NULLs on for the audit to report. A binned column
 * (`bins`) is its bins' labels (`binCase`), the groups the row path makes.
 */






const DIALECTS = ['duckdb', 'postgres', 'spark', 'bigquery'];
const TEXT_TYPE = { duckdb: 'VARCHAR', postgres: 'TEXT', spark: 'STRING', bigquery: 'STRING' };
const FLOAT_TYPE = {
    duckdb: 'DOUBLE',
    postgres: 'DOUBLE PRECISION',
    spark: 'DOUBLE',
    bigquery: 'FLOAT64',
};
/**
 * A double as the query compares it: the text of its shortest round trip cast to a double, which
 * every dialect parses correctly rounded. A bare decimal literal is a DECIMAL to DuckDB, which it
 * casts to a double one ulp off for some 4 % of 16- and 17-digit values, so a threshold pasted
 * from scikit-learn's `roc_curve` put the scores equal to it below it in the warehouse and above
 * it in the rows (red team 29 R29-3: the counts audit passed the gate the rows failed).
 */
function doubleLiteral(x, dialect) {
    return `CAST('${String(x)}' AS ${FLOAT_TYPE[dialect]})`;
}
/**
 * A numeric column as the rows read it, a double: a FLOAT (float32) column compared with a
 * literal was compared in float32, the literal rounded to it (red team 29 R29-1: 0.1f at a
 * threshold of 0.1000000015 was below it in the rows, at or above it in the warehouse).
 */
function asDouble(column, dialect) {
    return `CAST(${ref(column, dialect)} AS ${FLOAT_TYPE[dialect]})`;
}
/**
 * The name the query gives the prediction table (`FROM (SELECT * FROM table) AS audit_source`), by
 * which it names every column of the data: a column is never confused with one the query makes.
 */
const SOURCE = 'audit_source';
/**
 * A column of the prediction table, qualified by the table: a group column named `audit_keep` was
 * the query's own `audit_keep` to DuckDB (which also lets a SELECT name an alias made before it), so
 * every kept row was one group (red team 31 R31-4).
 */
function ref(column, dialect) {
    return `${SOURCE}.${quoteIdent(column, dialect)}`;
}
/**
 * The SQL type test of a 32-bit float column and the dialect's name of that type: BigQuery has no
 * such type (FLOAT64 only).
 */
const FLOAT32 = {
    duckdb: { test: (c) => `typeof(${c}) = 'FLOAT'`, type: 'FLOAT' },
    postgres: { test: (c) => `pg_typeof(${c}) = CAST('real' AS REGTYPE)`, type: 'REAL' },
    spark: { test: (c) => `typeof(${c}) = 'float'`, type: 'FLOAT' },
    bigquery: null,
};
/**
 * A label's or prediction's text as the rows read its value: a FLOAT (float32) column's as the
 * text of its value's double. The warehouse writes a float32 as its own shortest text (`0.1`),
 * whose double is not the float's (0.10000000149011612), which is what the rows read: at
 * `positive_label: 0.10000000149011612`, 0.1f was positive in the rows and never in the warehouse
 * (red team 30 R30-6). The float is read back from its text (exact: the text is its round trip),
 * so every column type binds in every dialect (PostgreSQL casts no boolean to a double).
 */
function labelText(column, dialect) {
    const c = ref(column, dialect);
    const text = `CAST(${c} AS ${TEXT_TYPE[dialect]})`;
    const f = FLOAT32[dialect];
    if (f === null)
        return text;
    const exact = `CAST(CAST(CAST(${text} AS ${f.type}) AS ${FLOAT_TYPE[dialect]}) AS ${TEXT_TYPE[dialect]})`;
    return `(CASE WHEN ${f.test(c)} THEN ${exact} ELSE ${text} END)`;
}
/** A quoted identifier: "x" in DuckDB and PostgreSQL, `x` in Spark and BigQuery. */
function quoteIdent(name, dialect) {
    if (dialect === 'duckdb' || dialect === 'postgres')
        return `"${name.replace(/"/g, '""')}"`;
    if (dialect === 'spark')
        return `\`${name.replace(/`/g, '``')}\``;
    return `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
}
/** A string literal: quotes doubled in DuckDB and PostgreSQL; backslash escapes in Spark and BigQuery. */
function quoteString(value, dialect) {
    if (dialect === 'duckdb' || dialect === 'postgres')
        return `'${value.replace(/'/g, "''")}'`;
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/**
 * JavaScript's `\s`, which `normaliseLabel`'s number pattern allows around a number (and
 * `Number()` trims): tab to carriage return, space, U+00A0, U+1680, U+2000–U+200A, the line and
 * paragraph separators, U+202F, U+205F, U+3000 and U+FEFF. Written as escapes, not as the
 * characters, so the printed query passes the log escape unchanged.
 */
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
/** One code point in a regular expression: `\x{A0}` in RE2 (DuckDB, BigQuery), `\u00A0` in PostgreSQL and Java (Spark). */
function regexChar(code, dialect) {
    const hex = code.toString(16).toUpperCase();
    return dialect === 'duckdb' || dialect === 'bigquery' ? `\\x{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
/** pandas' NA spellings (`NA_TOKENS`) as a list of string literals, for `IN (…)`. */
function naList(dialect) {
    return [...values/* NA_TOKENS */.hp].map((v) => quoteString(v, dialect)).join(', ');
}
/** JavaScript's spaces, as a repeated class: what `normaliseLabel`'s number pattern allows around a number. */
function spaces(dialect) {
    const c = (code) => regexChar(code, dialect);
    return `[${JS_SPACE.map((x) => (typeof x === 'number' ? c(x) : `${c(x[0])}-${c(x[1])}`)).join('')}]*`;
}
/**
 * Any number `normaliseLabel` reads (its pattern, with linear alternatives), and the numbers the
 * query compares exactly: at most 200 digits before and after the point and a one- or two-digit
 * exponent, so the value lies within 1e±299 and a cast to a double can neither overflow nor
 * underflow in any dialect (PostgreSQL raises an error on one); the one group captures it
 * without its spaces.
 */
const ANY_NUMBER = '[+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?';
const EXACT_NUMBER = '([+-]?(?:[0-9]{1,200}(?:[.][0-9]{0,200})?|[.][0-9]{1,200})(?:[eE][+-]?[0-9]{1,2})?)';
/** The usual spellings of 0 and 1 after `0` and `1`, compared one by one before any pattern. */
const USUAL = ['1.0', '0.0', 'True', 'False', 'true', 'false'];
/** A literal text in a pattern: its one metacharacter, `.`, in a class. */
function regexLiteral(text) {
    return text.replace(/[.*+?$(){}|[]/g, (c) => `[${c}]`);
}
/**
 * `text` matches `pattern` as a whole, per dialect. Java's `$` also matches before a final line
 * terminator (U+0085 among them, which JavaScript's `\s` is not), so Spark ends with `\z`; RE2's
 * and PostgreSQL's `$` is the end of the text.
 */
function wholeMatch(text, pattern, dialect) {
    if (dialect === 'duckdb')
        return `regexp_full_match(${text}, ${quoteString(pattern, dialect)})`;
    if (dialect === 'postgres')
        return `${text} ~ ${quoteString(`^(?:${pattern})$`, dialect)}`;
    if (dialect === 'spark')
        return `${text} RLIKE ${quoteString(`^(?:${pattern})\\z`, dialect)}`;
    return `REGEXP_CONTAINS(${text}, ${quoteString(`^(?:${pattern})$`, dialect)})`;
}
/** The text of the one capture group of `pattern`, which `text` matches as a whole, per dialect. */
function wholeGroup(text, pattern, dialect) {
    const p = quoteString(`^(?:${pattern})${dialect === 'spark' ? '\\z' : '$'}`, dialect);
    if (dialect === 'postgres')
        return `substring(${text} from ${p})`;
    if (dialect === 'bigquery')
        return `REGEXP_EXTRACT(${text}, ${p})`;
    return `regexp_extract(${text}, ${p}, 1)`;
}
/**
 * 1 when the column holds the positive label, 0 for another value, NULL for a value the rows
 * refuse or that the query cannot compare as the rows do. The row path compares labels and
 * predictions as `normaliseLabel` writes them — numbers by value (`1.0`, ` 1`, `1e0` are `1`),
 * `true`/`false` in any case as 1/0, other text as written, pandas' NA spellings (and NaN) as
 * missing — so the query reads the column's text the same way (red team 14 R14-3: `'1.0' = '1'`
 * was false, so `1.0` and `True` labels were negatives where the rows read them as positives),
 * a FLOAT column's text its value's double's (`labelText`): NULL and the NA spellings are NULL; a number is compared by value, a double cast of its digits,
 * with a positive label that is a number; `true`/`false` are 1/0; other text is compared as
 * written. A number of more than 200 digits a side or a longer exponent is NULL when the
 * positive label is a number (the rows would read it, the query cannot compare it exactly), and
 * a NULL is what the counts audit refuses: `n_rows` is more than the four counts. The usual
 * spellings are compared first, and one pattern tells the few values that need more (an NA
 * spelling, a number, `true`/`false`) from plain text, so most rows cost a comparison or two.
 */
function binary(column, positive, dialect) {
    const t = labelText(column, dialect);
    const p = (0,values/* normaliseLabel */.rR)(positive);
    // The positive label as a finite number, when it is one (`normaliseLabel` writes numbers as String(Number)).
    const num = p !== null && Number.isFinite(Number(p)) && String(Number(p)) === p ? Number(p) : null;
    const ws = spaces(dialect);
    const special = [
        ...[...values/* NA_TOKENS */.hp].map(regexLiteral),
        `${ws}${ANY_NUMBER}${ws}`,
        '[tT][rR][uU][eE]',
        '[fF][aA][lL][sS][eE]',
    ].join('|');
    const exact = `${ws}${EXACT_NUMBER}${ws}`;
    const float = (x) => `CAST(${x} AS ${FLOAT_TYPE[dialect]})`;
    const na = naList(dialect);
    // The positive label as `normaliseLabel` writes it, then a usual negative ('0', or '1' when 0 is
    // positive); with a number, the other usual spellings of 0 and 1 too, each as the rows read it.
    const usual = [...new Set([...(p === null ? [] : [p]), p === '0' ? '1' : '0', ...(num === null ? [] : USUAL)])];
    const whens = [
        ...usual.map((v) => `WHEN ${t} = ${quoteString(v, dialect)} THEN ${(0,values/* normaliseLabel */.rR)(v) === p ? 1 : 0}`),
        `WHEN ${t} IS NULL THEN NULL`,
        // Plain text is itself: not the positive label (compared above).
        `WHEN NOT (${wholeMatch(t, special, dialect)}) THEN 0`,
    ];
    if (num !== null) {
        const value = float(wholeGroup(t, exact, dialect));
        whens.push(`WHEN ${wholeMatch(t, exact, dialect)} THEN CASE WHEN ${value} = ${float(quoteString(p, dialect))} THEN 1 ELSE 0 END`, `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`);
    }
    else if (p === 'Infinity' || p === '-Infinity') {
        // A number that overflows reads as Infinity: only those within 1e±299 are surely not it.
        whens.push(`WHEN ${wholeMatch(t, exact, dialect)} THEN 0`, `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`);
    }
    whens.push(`WHEN ${t} IN (${na}) THEN NULL`);
    // What is left is a number with a text positive label (never equal), or true/false in some case: 1 or 0.
    if (num === 1 || num === 0)
        whens.push(`WHEN LOWER(${t}) = '${num === 1 ? 'true' : 'false'}' THEN 1`);
    return `CASE ${whens.join(' ')} ELSE 0 END`;
}
/**
 * A label's or prediction's value as `normaliseLabel` writes it, up to equality, as text: `n` and
 * a number's double (plus 0, so -0 is 0; `true`/`false` are 1/0), or `t` and other text as
 * written; NULL for a missing value, and for a number the query cannot compare exactly (more than
 * 200 digits a side, a longer exponent), which the counts audit then refuses. The rows refuse a
 * column of a third distinct value; the query keeps one value besides the positive label, the
 * least such key, and reads any other as none (`countsQuery`).
 */
function binaryKey(column, dialect) {
    const t = labelText(column, dialect);
    const ws = spaces(dialect);
    const exact = `${ws}${EXACT_NUMBER}${ws}`;
    const number = (x) => `CONCAT('n', CAST(CAST(${x} AS ${FLOAT_TYPE[dialect]}) + 0 AS ${TEXT_TYPE[dialect]}))`;
    const na = naList(dialect);
    // The usual spellings first, each a constant: most rows cost a comparison or two.
    const usual = ['0', '1', ...USUAL].map((v) => `WHEN ${t} = ${quoteString(v, dialect)} THEN ${number(quoteString((0,values/* normaliseLabel */.rR)(v), dialect))}`);
    return [
        `CASE WHEN ${t} IS NULL THEN NULL`,
        ...usual,
        `WHEN ${t} IN (${na}) THEN NULL`,
        `WHEN ${wholeMatch(t, exact, dialect)} THEN ${number(wholeGroup(t, exact, dialect))}`,
        `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`,
        `WHEN LOWER(${t}) = 'true' THEN ${number("'1'")}`,
        `WHEN LOWER(${t}) = 'false' THEN ${number("'0'")}`,
        `ELSE CONCAT('t', ${t}) END`,
    ].join(' ');
}
/**
 * A binned column (`bins`) as its bins' labels, the labels `data/bins.ts` gives the row
 * path: `CASE WHEN c < 25 THEN '< 25' WHEN c < 45 THEN '[25, 45)' … WHEN c >= 65 THEN '>= 65'
 * END`. No `ELSE`: a NULL compares to nothing and stays NULL, for the missing-value policy
 * to handle as the row path does. pandas' NA spellings (a NaN's text among them) are NULL first,
 * as `present` makes them for other columns: a NaN, missing to the rows, sorts above every number
 * in DuckDB and PostgreSQL and was counted in the last bin (red team 31 R31-2). An infinite value,
 * which the rows refuse, is `<missing_group> (infinite)`, no bin's label and never the missing
 * group's name, which the counts audit refuses as the rows do.
 */
function binCase(column, edges, dialect, missingGroup = '') {
    const c = asDouble(column, dialect);
    const labels = (0,bins/* binLabels */.H1)(edges);
    const whens = [
        `WHEN CAST(${ref(column, dialect)} AS ${TEXT_TYPE[dialect]}) IN (${naList(dialect)}) THEN NULL`,
        `WHEN NOT (${c} - ${c} = 0) THEN ${quoteString(`${missingGroup} (infinite)`, dialect)}`,
        ...edges.map((e, i) => `WHEN ${c} < ${doubleLiteral(e, dialect)} THEN ${quoteString(labels[i], dialect)}`),
    ];
    const last = edges[edges.length - 1];
    whens.push(`WHEN ${c} >= ${doubleLiteral(last, dialect)} THEN ${quoteString(labels[labels.length - 1], dialect)}`);
    return `CASE ${whens.join(' ')} END`;
}
/**
 * The names the query writes as identifiers or literals that the log escape would have to
 * change (`::`, `##[`, a control or invisible character): printed exactly, they could act in
 * an Actions log; escaped, the query would read another column or value. So none is printed.
 */
function unprintableNames(audit, options) {
    const names = [
        { role: 'label', name: audit.label },
        ...(audit.prediction ? [{ role: 'prediction', name: audit.prediction }] : []),
        ...(audit.score ? [{ role: 'score', name: audit.score }] : []),
        ...(audit.weight ? [{ role: 'weight', name: audit.weight }] : []),
        ...(typeof audit.positive_label === 'string' ? [{ role: 'positive_label', name: audit.positive_label }] : []),
        ...(0,checks/* sensitiveColumns */.Gv)(audit).map((name) => ({ role: audit.control.includes(name) ? 'control' : 'sensitive', name })),
        ...(audit.missing === 'group' ? [{ role: 'missing_group', name: audit.missing_group }] : []),
        { role: '--table', name: options.table },
    ];
    return names.filter((n) => (0,log_escape/* escapeLog */.Ah)((0,log_escape/* visibleValue */.Ol)(n.name)) !== n.name);
}
/**
 * The audit's group columns whose names are, in any case, a column the query writes beside them
 * (`grouping_set`, `tp`, `n_rows`, …): in the result, the counts audit would read the group column
 * for its own (`grouping_set` the set names), or the warehouse renames one of the two (red team 31
 * R31-4). So none is printed.
 */
function reservedNames(audit) {
    return (0,checks/* sensitiveColumns */.Gv)(audit)
        .filter((name) => counts/* COUNTS_TABLE_COLUMNS */.C$.includes(name.toLowerCase()))
        .map((name) => ({ role: audit.control.includes(name) ? 'control' : 'sensitive', name }));
}
/**
 * The audit's gates on a metric that needs each row's score (`roc_auc`, …): its counts table cannot
 * hold one, so the counts audit refuses such a gate (red team 31 R31-8) and `sql` says so first.
 */
function scoreGates(audit) {
    return audit.gates
        .map((g) => g.metric)
        .filter((m) => {
        const r = (0,catalog/* resolveMetricName */.w9)(m);
        return r !== undefined && (0,catalog/* baseMetricsOf */.Mx)(r).some((b) => catalog/* SCORE_METRICS */.vY.has(b));
    });
}
/**
 * A group column's value, or in DuckDB an error naming the column when the column is DuckDB's `JSON`
 * type: `read_json_auto` makes a JSON Lines column that mixes `2` and `"2"` JSON, whose values are
 * their JSON text, so the query grouped `2` and `"2"` apart and named the second with its quotes,
 * where the rows read one group `2` (red team 31 R31-7). A JSON value's text cannot be made the
 * rows' name of it in general (DuckDB writes `1e2` as `100.0`, where the rows name it as written),
 * so the query refuses the column and says how to read it (`error()` is typed as the column is).
 */
function refuseJson(column, value, dialect) {
    if (dialect !== 'duckdb')
        return value;
    const message = `model-audit-gate: column ${JSON.stringify(column)} is DuckDB's JSON type (what read_json_auto makes of a column ` +
        `that mixes numbers and strings), whose values keep a string's quotes, so 2 and "2", one group in the rows, ` +
        `would be two; read it as text, e.g. SELECT * REPLACE (${quoteIdent(column, dialect)} ->> '$' AS ${quoteIdent(column, dialect)}) FROM read_json_auto(...)`;
    return `CASE WHEN typeof(${ref(column, dialect)}) = 'JSON' THEN error(${quoteString(message, dialect)}) ELSE ${value} END`;
}
/**
 * A group value's text, a FLOAT (float32) as its double's (the text of its value's double, which
 * is the rows' name of it: a Parquet FLOAT is read as a double), other types as the dialect writes
 * them. See `labelText`.
 */
function floatText(value, dialect) {
    const text = `CAST(${value} AS ${TEXT_TYPE[dialect]})`;
    const f = FLOAT32[dialect];
    if (f === null)
        return text;
    const exact = `CAST(CAST(CAST(${text} AS ${f.type}) AS ${FLOAT_TYPE[dialect]}) AS ${TEXT_TYPE[dialect]})`;
    return `(CASE WHEN ${f.test(value)} THEN ${exact} ELSE ${text} END)`;
}
/** DuckDB's text of a double: an optional sign, digits, an optional fraction and exponent (`-1.5e-07`, `2.0`, `1e+21`). */
const DUCKDB_DOUBLE_TEXT = '^(-?)([0-9]+)(?:[.]([0-9]+))?(?:e([-+][0-9]+))?$';
/**
 * The CTEs that take each group value of `audit_counts` (`audit_n1`, …) apart when it is a FLOAT
 * or DOUBLE (DuckDB): the double (`audit_d`, a FLOAT's exact, through its shortest text), its
 * sign (`audit_s`), its shortest digits without leading and trailing zeros (`audit_k`) and the
 * position of the decimal point after their first (`audit_x`: the value is 0.k × 10^x), for
 * `duckdbName` to write as JavaScript writes the number, which is the rows' name of it.
 */
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
/**
 * Group column `i`'s name in DuckDB, as the rows name its value: a FLOAT or DOUBLE as JavaScript's
 * `String(x)` writes its double (`2`, `1e+21`, `1.5e-7`, `0.000001`, `0.10000000149011612`
 * for 0.1f), where DuckDB wrote `2.0`, `1e+21`, `1.5e-07`, `1e-06` and `0.1` (F2); a DECIMAL
 * without its fraction's trailing zeros (`2.5`, not `2.50`); a DATE or TIMESTAMP of a four-digit
 * year as the rows write a Parquet one (`2020-01-01T00:00:00.000Z`, `2020-01-01T10:00:00.123456Z`;
 * DuckDB writes `2020-01-01` and `2020-01-01 10:00:00.123456`); other types as DuckDB writes them.
 * With `missing: group` a NULL of the row's set is the missing group.
 */
function duckdbName(i, audit) {
    const v = `CAST(audit_n${i} AS VARCHAR)`;
    const [d, k, x] = [`audit_d${i}`, `audit_k${i}`, `audit_x${i}`];
    const digits = [
        `CASE WHEN length(${k}) <= ${x} AND ${x} <= 21 THEN ${k} || repeat('0', ${x} - length(${k}))`,
        `WHEN 0 < ${x} AND ${x} <= 21 THEN substr(${k}, 1, ${x}) || '.' || substr(${k}, ${x} + 1)`,
        `WHEN -6 < ${x} AND ${x} <= 0 THEN '0.' || repeat('0', -${x}) || ${k}`,
        `ELSE substr(${k}, 1, 1) || CASE WHEN length(${k}) > 1 THEN '.' || substr(${k}, 2) ELSE '' END || 'e' || CASE WHEN ${x} >= 1 THEN '+' ELSE '-' END || CAST(abs(${x} - 1) AS VARCHAR) END`,
    ].join(' ');
    // A time's fraction of a second, nine digits: the rows write the milliseconds, then the digits below them without trailing zeros.
    const fraction = `rpad(regexp_extract(${v}, '[.]([0-9]+)$', 1), 9, '0')`;
    const other = [
        `CASE WHEN typeof(audit_n${i}) LIKE 'DECIMAL%' AND contains(${v}, '.') THEN rtrim(rtrim(${v}, '0'), '.')`,
        `WHEN typeof(audit_n${i}) = 'DATE' AND regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN ${v} || 'T00:00:00.000Z'`,
        `WHEN typeof(audit_n${i}) IN ('TIMESTAMP', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS') AND regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?')`,
        `THEN replace(substr(${v}, 1, 19), ' ', 'T') || '.' || substr(${fraction}, 1, 3) || rtrim(substr(${fraction}, 4), '0') || 'Z'`,
        `ELSE ${v} END`,
    ].join(' ');
    const text = [
        `CASE WHEN ${d} IS NULL THEN ${other}`,
        `WHEN isinf(${d}) THEN CASE WHEN ${d} > 0 THEN 'Infinity' ELSE '-Infinity' END`,
        `WHEN isnan(${d}) THEN 'NaN'`,
        `WHEN ${k} = '' THEN '0'`,
        `ELSE audit_s${i} || ${digits} END`,
    ].join(' ');
    return audit.missing === 'group'
        ? `CASE WHEN audit_u${i} = 0 THEN COALESCE(${text}, ${quoteString(audit.missing_group, 'duckdb')}) END`
        : text;
}
/** The query producing an audit's counts table from `options.table`. */
function countsQuery(audit, options) {
    const { dialect } = options;
    const q = (name) => quoteIdent(name, dialect);
    // With control columns every set starts with them, and the control columns alone are a set (the levels' overall).
    const columns = (0,checks/* sensitiveColumns */.Gv)(audit);
    const sets = (0,checks/* groupingsOf */.Qj)(audit).map((g) => g.columns);
    // A score's prediction only when the score is finite (x − x is 0 only then): NaN and +∞ are
    // above every threshold in DuckDB and PostgreSQL, and were counted as positive predictions where
    // the rows refuse them (red team 14 R14-3); a NULL prediction makes the counts audit an error.
    const score = audit.score === undefined ? '' : asDouble(audit.score, dialect);
    const pred = audit.prediction
        ? binary(audit.prediction, audit.positive_label, dialect)
        : `CASE WHEN ${score} - ${score} = 0 AND ${score} >= ${doubleLiteral(audit.threshold, dialect)} THEN 1 WHEN ${score} - ${score} = 0 THEN 0 END`;
    const bins = audit.bins ?? {};
    // pandas' NA spellings (and a NaN, whose text is one) are missing values, as the rows read them:
    // grouped as themselves, the counts audit refused the query's own result (red team 30 R30-7).
    const na = naList(dialect);
    const r = (c) => ref(c, dialect);
    const present = (c, then) => `CASE WHEN CAST(${r(c)} AS ${TEXT_TYPE[dialect]}) IN (${na}) THEN NULL ELSE ${then} END`;
    // Each group column by a name of the query's (audit_g1, …), never the data's: see `ref`.
    const g = (c) => `audit_g${columns.indexOf(c) + 1}`;
    // Grouped by its value in every policy (a bin's label for a binned column), as the rows group it.
    const group = (c) => `${Object.hasOwn(bins, c) ? binCase(c, bins[c], dialect, audit.missing_group) : refuseJson(c, present(c, r(c)), dialect)} AS ${g(c)}`;
    // A group's name in the result; with \`missing: group\`, a missing value's group is named after
    // grouping. Grouped by its text, a DOUBLE -0.0 was a group of its own ('-0.0'; one value, 0, to
    // the rows and to GROUP BY): 40 wrong rows stored as -0.0 left a gate (red team 31 R31-1). In
    // DuckDB the value is passed on as it is, with whether it is in the row's set (`audit_u`), and
    // named as the rows name it after (`groupNames`); elsewhere a FLOAT's text is its double's.
    const missingGroup = audit.missing === 'group';
    const named = (c, i) => dialect === 'duckdb'
        ? `${g(c)} AS audit_n${i + 1}${missingGroup ? `, GROUPING(${g(c)}) AS audit_u${i + 1}` : ''}`
        : missingGroup
            ? `CASE WHEN GROUPING(${g(c)}) = 0 THEN COALESCE(${floatText(g(c), dialect)}, ${quoteString(audit.missing_group, dialect)}) END AS audit_n${i + 1}`
            : `${g(c)} AS audit_n${i + 1}`;
    // A row's group columns are NULL exactly when `present` makes them so, binned or not (see `binCase`).
    const keep = columns.map((c) => `${present(c, r(c))} IS NOT NULL`).join(' AND ');
    const drop = audit.missing === 'drop';
    const setName = sets.map((set) => {
        const test = columns.map((c) => `GROUPING(${g(c)}) = ${set.includes(c) ? 0 : 1}`).join(' AND ');
        return `      WHEN ${test} THEN ${quoteString(set.join(','), dialect)}`;
    });
    const weighted = audit.weight !== undefined;
    // The confusion cell of each count column, by its label and prediction.
    const cellTest = {
        tp: 'audit_y = 1 AND audit_p = 1',
        fp: 'audit_y = 0 AND audit_p = 1',
        tn: 'audit_y = 0 AND audit_p = 0',
        fn: 'audit_y = 1 AND audit_p = 0',
    };
    const sums = (value, names, sum = 'SUM') => counts/* COUNT_COLUMNS */.sP.map((cell, k) => `    ${sum}(CASE WHEN ${cellTest[cell]} THEN ${value} ELSE 0 END) AS ${names[k]},`);
    // A sum of weights depends on the order it is added in, which is the warehouse's; DuckDB's
    // FSUM compensates, closer to the audit's correctly rounded sum than SUM but not it: 1 or 2 ulps
    // off in some 10 % of small cells (F6, SECURITY.md "Weighted sums",
    // `sql-fsum-bound-duckdb.test.ts`). The other dialects have no such sum.
    const weightSum = dialect === 'duckdb' ? 'FSUM' : 'SUM';
    // The columns after the groups, as audit_counts writes them.
    const outputs = [
        ...counts/* COUNT_COLUMNS */.sP,
        ...(weighted ? [...counts/* WEIGHT_COLUMNS */.bN, ...counts/* SQUARE_COLUMNS */.sW, counts/* BAD_WEIGHT_COLUMN */.aO] : []),
        counts/* LABEL_VALUES_COLUMN */.hZ,
        ...(audit.prediction ? [counts/* PREDICTION_VALUES_COLUMN */.iT] : []),
        counts/* ROWS_COLUMN */.TS,
    ];
    const lines = [
        // A comment only: the name shown as the log shows it (no line break, no workflow command).
        `-- model-audit-gate: per-group confusion counts for audit ${(0,log_escape/* escapeLog */.Ah)((0,log_escape/* visibleValue */.Ol)(audit.name))} (${dialect}).`,
        `-- Save the result as CSV or Parquet and audit it with \`format: counts\`.`,
        `WITH audit_rows AS (`,
        `  SELECT`,
        `    ${binary(audit.label, audit.positive_label, dialect)} AS audit_y,`,
        `    ${binaryKey(audit.label, dialect)} AS audit_yk,`,
        `    ${pred} AS audit_p,`,
        ...(audit.prediction ? [`    ${binaryKey(audit.prediction, dialect)} AS audit_pk,`] : []),
        ...(weighted ? [`    CAST(${r(audit.weight)} AS ${FLOAT_TYPE[dialect]}) AS audit_w,`] : []),
        ...(drop ? [`    ${keep} AS audit_keep,`] : []),
        `    ${columns.map(group).join(',\n    ')}`,
        `  FROM (SELECT * FROM ${options.table}) AS ${SOURCE}`,
        `),`,
        `audit_counts AS (`,
        `  SELECT`,
        `    CASE`,
        ...setName,
        `      ELSE ''`,
        `    END AS ${counts/* GROUPING_COLUMN */.$M},`,
        `    ${columns.map(named).join(',\n    ')},`,
        ...sums('1', counts/* COUNT_COLUMNS */.sP),
        ...(weighted
            ? [
                ...sums('audit_w', counts/* WEIGHT_COLUMNS */.bN, weightSum),
                ...sums('audit_w * audit_w', counts/* SQUARE_COLUMNS */.sW, weightSum),
                // NULL, negative, NaN, infinite (x − x is 0 only for a finite x) or outside the rows' bounds (0, or
                // 1e-12 to 1e12: \`data/checks.ts\`): the audit refuses the group. A weight of 1e-13 passed here
                // where the rows refuse it (red team 31 R31-3).
                `    SUM(CASE WHEN audit_w - audit_w = 0 AND (audit_w = 0 OR (audit_w >= ${doubleLiteral(checks/* MIN_WEIGHT */.wZ, dialect)} AND audit_w <= ${doubleLiteral(checks/* MAX_WEIGHT */.K3, dialect)})) THEN 0 ELSE 1 END) AS ${counts/* BAD_WEIGHT_COLUMN */.aO},`,
            ]
            : []),
        `    COUNT(DISTINCT audit_yk) AS ${counts/* LABEL_VALUES_COLUMN */.hZ},`,
        ...(audit.prediction ? [`    COUNT(DISTINCT audit_pk) AS ${counts/* PREDICTION_VALUES_COLUMN */.iT},`] : []),
        `    COUNT(*) AS ${counts/* ROWS_COLUMN */.TS}`,
        `  FROM audit_rows`,
        ...(drop ? [`  WHERE audit_keep`] : []),
        `  GROUP BY GROUPING SETS (${[...sets.map((s) => `(${s.map(g).join(', ')})`), '()'].join(', ')})`,
        ...(drop
            ? [
                `  UNION ALL`,
                `  -- missing: drop: the rows left out for a NULL sensitive value, counted for the report.`,
                `  SELECT ${quoteString(counts/* DROPPED_SET */.k8, dialect)}, ${columns.map(() => 'NULL').join(', ')}, 0, 0, 0, 0, ${weighted ? '0, 0, 0, 0, 0, 0, 0, 0, 0, ' : ''}0, ${audit.prediction ? '0, ' : ''}COUNT(*) FROM audit_rows WHERE NOT audit_keep`,
            ]
            : []),
        `)${dialect === 'duckdb' ? ',' : ''}`,
        ...(dialect === 'duckdb' ? groupNames(columns.length) : []),
        // The data's names only here, for the result's columns (none is one of the query's: `reservedNames`).
        `SELECT ${[counts/* GROUPING_COLUMN */.$M, ...columns.map((c, i) => `${dialect === 'duckdb' ? duckdbName(i + 1, audit) : `audit_n${i + 1}`} AS ${q(c)}`), ...outputs].join(', ')}`,
        `FROM ${dialect === 'duckdb' ? 'audit_digits' : 'audit_counts'}`,
        `ORDER BY ${[counts/* GROUPING_COLUMN */.$M, ...columns].map((_, i) => String(i + 1)).join(', ')}`,
    ];
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/sql.ts
/**
 * `model-audit-gate sql`: prints the query that computes an audit's counts table in the
 * warehouse where the predictions live (see `sql/generate.ts`), to run there and audit
 * with `format: counts`.
 */











const SQL_USAGE = `Usage: model-audit-gate sql [--audit NAME] [--dialect DIALECT] [--table TABLE] [--config FILE]

Prints the GROUP BY GROUPING SETS query that computes an audit's per-group confusion
counts from the table of predictions, for the warehouse to run. Save its result (CSV or
Parquet) and audit it with \`format: counts\`: same report and gates as the rows.

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
/**
 * Runs `sql`; returns the exit code (0 printed, 2 a usage or config problem). `io.stdout` is
 * written as given (the query must be exact); `io.stderr` must escape for the log.
 */
async function runSqlCommand(argv, io) {
    let values;
    try {
        ;
        ({ values } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: SQL_OPTIONS }));
    }
    catch (e) {
        io.stderr((0,args/* argsErrorMessage */.d)(e, argv, SQL_OPTIONS, 'model-audit-gate sql'));
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    if (values.help) {
        io.stdout(SQL_USAGE);
        return cli_io/* EXIT_PASS */.rc;
    }
    const dialect = (values.dialect ?? 'duckdb');
    if (!DIALECTS.includes(dialect)) {
        io.stderr(`model-audit-gate sql: unknown dialect '${values.dialect}'${(0,problem/* didYouMean */.au)(values.dialect ?? '', [...DIALECTS]) || `; dialects: ${DIALECTS.join(', ')}`}\n`);
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    const configFile = values.config ?? '.github/model-audit.yml';
    // The config is read as the audit reads it: inside the current directory, no link out.
    const root = (0,guard/* pathRoot */.KB)(io.cwd);
    const where = (0,guard/* resolvePath */.o1)(root, configFile, root.dir, 'read');
    if (!where.ok) {
        io.stderr(`${configFile}: ${(0,guard/* refusalMessage */.se)(where, 'config', configFile, root)}\n`);
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    let text;
    try {
        const read = await (0,files_open/* readVerifiedWithin */.mJ)(where.path, where.id, load.CONFIG_MAX_BYTES);
        if ('tooLarge' in read) {
            io.stderr(`${(0,problem/* formatProblem */.Vw)((0,load.configTooLarge)(configFile, read.tooLarge))}\n`);
            return cli_io/* EXIT_INPUT_ERROR */.nS;
        }
        text = read.text;
    }
    catch (e) {
        io.stderr(`${configFile}: cannot read the config: ${e.message}\n`);
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    const { config, problems } = (0,load.loadConfig)(text, configFile);
    if (!config) {
        for (const line of (0,problem/* formatProblems */.C5)(problems))
            io.stderr(`${line}\n`);
        return cli_io/* EXIT_INPUT_ERROR */.nS;
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
            : `model-audit-gate sql: no audit named '${values.audit}'${(0,problem/* didYouMean */.au)(values.audit, names) || `; audits: ${names.join(', ')}`}\n`);
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    const options = { dialect, table: values.table ?? 'predictions' };
    // The query goes to stdout exactly as the warehouse must read it, so a name the log escape
    // would change is refused rather than rewritten (red team A74: `"p::text"` became `"p: :text"`).
    const unprintable = unprintableNames(audit, options);
    if (unprintable.length > 0) {
        for (const n of unprintable) {
            io.stderr(`model-audit-gate sql: ${n.role} '${(0,log_escape/* visibleValue */.Ol)(n.name)}' (as the log shows it) holds a workflow-command prefix (two colons, or two hashes and a bracket) or a control or invisible character, so the query cannot be printed both exactly and inert in a CI log; nothing was printed: rename it in the data and the config, or write this query by hand\n`);
        }
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    const scored = scoreGates(audit);
    if (scored.length > 0) {
        for (const m of scored)
            io.stderr(`model-audit-gate sql: the gate on '${(0,log_escape/* visibleValue */.Ol)(m)}' needs each row's score, which the counts this query writes do not hold, so the counts audit refuses it; nothing was printed: gate it on the rows, or remove this gate\n`);
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    const reserved = reservedNames(audit);
    if (reserved.length > 0) {
        for (const n of reserved) {
            io.stderr(`model-audit-gate sql: ${n.role} column '${(0,log_escape/* visibleValue */.Ol)(n.name)}' has the name of a column the query writes beside it ('${n.name.toLowerCase()}'), so the counts audit could not tell them apart; nothing was printed: rename it in the data and the config\n`);
        }
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    const collisions = (0,counts_columns/* groupingSetCollisions */.tg)((0,checks/* groupingsOf */.Qj)(audit).map((g) => g.columns));
    if (collisions.length > 0) {
        for (const pair of collisions)
            io.stderr(`model-audit-gate sql: ${(0,log_escape/* visibleValue */.Ol)((0,counts_columns/* groupingSetName */.b6)(pair))}; nothing was printed: rename the column in the data and the config\n`);
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    const query = countsQuery(audit, options);
    if ((0,log_escape/* escapeLog */.Ah)(query) !== query) {
        io.stderr('model-audit-gate sql: the query holds text the log escape would change; nothing was printed\n');
        return cli_io/* EXIT_INPUT_ERROR */.nS;
    }
    io.stdout(query);
    return cli_io/* EXIT_PASS */.rc;
}


/***/ }),

/***/ 1036:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
