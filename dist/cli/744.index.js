export const id = 744;
export const ids = [744];
export const modules = {
744:
(function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
openParquet: () => ( openParquet)
});
var src_metadata = __webpack_require__(6367);
var column = __webpack_require__(6167);
var convert = __webpack_require__(9234);
var schema = __webpack_require__(8286);
var esm = __webpack_require__(8339);
var uncompress = __webpack_require__(7100);
var external_node_buffer_ = __webpack_require__(4573);
var external_node_zlib_ = __webpack_require__(8522);
var files_open = __webpack_require__(6055);
var problem = __webpack_require__(8841);
var guards = __webpack_require__(9084);
var header = __webpack_require__(6951);
var datapage = __webpack_require__(3243);
var plain = __webpack_require__(4809);
;
const VALUE_ENCODINGS = new Set([
'RLE',
'BYTE_STREAM_SPLIT',
'DELTA_BINARY_PACKED',
'DELTA_LENGTH_BYTE_ARRAY',
'DELTA_BYTE_ARRAY',
]);
const MAX_DELTA_BLOCK = 1 << 16;
const num = (n) => n.toLocaleString('en-US');
function uvarint(c, what) {
let v = 0;
for (let shift = 0;; shift += 7) {
if (c.pos >= c.end || shift > 49)
throw new Error(`${what} runs past the end of its page`);
const b = c.bytes[c.pos++];
v += (b & 0x7f) * 2 ** shift;
if (b < 0x80)
return v;
}
}
function zigzag(c, what) {
let v = 0n;
for (let shift = 0n;; shift += 7n) {
if (c.pos >= c.end || shift > 63n)
throw new Error(`${what} runs past the end of its page`);
const b = c.bytes[c.pos++];
v |= BigInt(b & 0x7f) << shift;
if (b < 0x80)
return (v >> 1n) ^ -(v & 1n);
}
}
function bitsAt(bytes, bit, width) {
let v = 0;
for (let k = 0; k < width;) {
const off = bit & 7;
const take = Math.min(8 - off, width - k);
v += ((bytes[bit >> 3] >> off) & ((1 << take) - 1)) * 2 ** k;
k += take;
bit += take;
}
return v;
}
function readDeltaBinaryPacked(c, n, int64) {
const what = 'a DELTA_BINARY_PACKED header';
const blockSize = uvarint(c, what);
const miniblocks = uvarint(c, what);
const total = uvarint(c, what);
let value = zigzag(c, what);
if (blockSize === 0 || blockSize % 128 !== 0 || blockSize > MAX_DELTA_BLOCK)
throw new Error(`a DELTA_BINARY_PACKED block of ${num(blockSize)} values (a multiple of 128 is expected)`);
if (miniblocks === 0 || blockSize % miniblocks !== 0 || (blockSize / miniblocks) % 32 !== 0)
throw new Error(`a DELTA_BINARY_PACKED block of ${num(blockSize)} values in ${num(miniblocks)} miniblocks`);
if (total !== n)
throw new Error(`a DELTA_BINARY_PACKED run holds ${num(total)} values, its page ${num(n)}`);
const per = blockSize / miniblocks;
const out = int64 ? new BigInt64Array(n) : new Int32Array(n);
if (n === 0)
return out;
let i = 1;
if (int64) {
const o = out;
o[0] = BigInt.asIntN(64, value);
while (i < n) {
const minDelta = zigzag(c, 'a DELTA_BINARY_PACKED block');
const widthsAt = c.pos;
if (widthsAt + miniblocks > c.end)
throw new Error('a DELTA_BINARY_PACKED block runs past the end of its page');
c.pos += miniblocks;
for (let m = 0; m < miniblocks && i < n; m++) {
const width = c.bytes[widthsAt + m];
if (width > 64)
throw new Error(`a DELTA_BINARY_PACKED miniblock of ${width}-bit values`);
const take = Math.min(per, n - i);
if (c.pos + Math.ceil((take * width) / 8) > c.end)
throw new Error('a DELTA_BINARY_PACKED miniblock runs past the end of its page');
const bit = c.pos * 8;
for (let j = 0; j < take; j++) {
const at = bit + j * width;
let residual;
if (width <= 32)
residual = BigInt(bitsAt(c.bytes, at, width));
else
residual = BigInt(bitsAt(c.bytes, at, 32)) | (BigInt(bitsAt(c.bytes, at + 32, width - 32)) << 32n);
value = BigInt.asIntN(64, value + minDelta + residual);
o[i++] = value;
}
c.pos += (per * width) / 8;
}
}
return o;
}
const o = out;
let v = Number(BigInt.asIntN(32, value));
o[0] = v;
while (i < n) {
const minDelta = Number(BigInt.asIntN(32, zigzag(c, 'a DELTA_BINARY_PACKED block')));
const widthsAt = c.pos;
if (widthsAt + miniblocks > c.end)
throw new Error('a DELTA_BINARY_PACKED block runs past the end of its page');
c.pos += miniblocks;
for (let m = 0; m < miniblocks && i < n; m++) {
const width = c.bytes[widthsAt + m];
if (width > 64)
throw new Error(`a DELTA_BINARY_PACKED miniblock of ${width}-bit values`);
const take = Math.min(per, n - i);
if (c.pos + Math.ceil((take * width) / 8) > c.end)
throw new Error('a DELTA_BINARY_PACKED miniblock runs past the end of its page');
const low = Math.min(width, 32);
const bit = c.pos * 8;
for (let j = 0; j < take; j++) {
v = (v + minDelta + bitsAt(c.bytes, bit + j * width, low)) | 0;
o[i++] = v;
}
c.pos += (per * width) / 8;
}
}
return o;
}
function readLengths(c, n, what) {
const lengths = readDeltaBinaryPacked(c, n, false);
for (let i = 0; i < n; i++)
if (lengths[i] < 0)
throw new Error(`a ${what} of ${lengths[i]} bytes`);
return lengths;
}
function readDeltaLengthByteArray(c, n) {
const lengths = readLengths(c, n, 'DELTA_LENGTH_BYTE_ARRAY length');
let sum = 0;
for (let i = 0; i < n; i++)
sum += lengths[i];
if (c.pos + sum > c.end)
throw new Error(`a page's strings take ${num(sum)} bytes, past the end of the page`);
const out = new Array(n);
for (let i = 0; i < n; i++) {
const len = lengths[i];
out[i] = c.bytes.subarray(c.pos, c.pos + len);
c.pos += len;
}
return out;
}
function readDeltaByteArray(c, n, charge) {
const prefixes = readLengths(c, n, 'DELTA_BYTE_ARRAY prefix');
const suffixes = readLengths(c, n, 'DELTA_BYTE_ARRAY suffix');
let suffixBytes = 0;
let total = 0;
let previous = 0;
let longest = 0;
for (let i = 0; i < n; i++) {
const prefix = prefixes[i];
if (prefix > previous)
throw new Error(`a DELTA_BYTE_ARRAY string takes a prefix of ${num(prefix)} bytes from one of ${num(previous)} (string ${num(i + 1)} of its page)`);
previous = prefix + suffixes[i];
suffixBytes += suffixes[i];
total += previous;
if (previous > longest)
longest = previous;
}
if (c.pos + suffixBytes > c.end)
throw new Error(`a page's string suffixes take ${num(suffixBytes)} bytes, past the end of the page`);
charge(total, longest);
const buf = new Uint8Array(total);
const out = new Array(n);
let at = 0;
let last = 0;
for (let i = 0; i < n; i++) {
const prefix = prefixes[i];
const suffix = suffixes[i];
buf.copyWithin(at, last, last + prefix);
buf.set(c.bytes.subarray(c.pos, c.pos + suffix), at + prefix);
c.pos += suffix;
out[i] = buf.subarray(at, at + prefix + suffix);
last = at;
at += prefix + suffix;
}
return out;
}
function byteWidth(type, typeLength) {
if (type === 'INT32' || type === 'FLOAT')
return 4;
if (type === 'INT64' || type === 'DOUBLE')
return 8;
if (type === 'FIXED_LEN_BYTE_ARRAY' && typeLength !== undefined && typeLength > 0)
return typeLength;
throw new Error(`BYTE_STREAM_SPLIT values of a ${type} column`);
}
function readByteStreamSplit(c, n, type, typeLength) {
const width = byteWidth(type, typeLength);
if (c.pos + n * width > c.end)
throw new Error(`a page of ${num(n)} values of ${num(width)} bytes ends before them`);
const bytes = new Uint8Array(n * width);
for (let b = 0; b < width; b++) {
const from = c.pos + b * n;
for (let i = 0; i < n; i++)
bytes[i * width + b] = c.bytes[from + i];
}
c.pos += n * width;
if (type === 'FLOAT')
return new Float32Array(bytes.buffer);
if (type === 'DOUBLE')
return new Float64Array(bytes.buffer);
if (type === 'INT32')
return new Int32Array(bytes.buffer);
if (type === 'INT64')
return new BigInt64Array(bytes.buffer);
return Array.from({ length: n }, (_, i) => bytes.subarray(i * width, (i + 1) * width));
}
function readRleBooleans(c, n, hybrid) {
if (c.pos + 4 > c.end)
throw new Error('a page of RLE booleans ends before its length');
const b = c.bytes;
const length = (b[c.pos] | (b[c.pos + 1] << 8) | (b[c.pos + 2] << 16)) +
b[c.pos + 3] * 2 ** 24;
const from = c.pos + 4;
if (from + length > c.end)
throw new Error(`a page's RLE booleans take ${num(length)} bytes, past the end of the page`);
const bits = new Uint8Array(n);
hybrid(b, from, from + length, 1, bits);
c.pos = from + length;
const out = new Array(n);
for (let i = 0; i < n; i++)
out[i] = bits[i] === 1;
return out;
}
function decodeValues(encoding, page, pos, n, decoder, hybrid, charge) {
const c = { bytes: page, pos, end: page.length };
const type = decoder.element.type;
const refuse = () => new Error(`values of a ${type} column in the ${encoding} encoding`);
switch (encoding) {
case 'RLE':
if (type !== 'BOOLEAN')
throw refuse();
return readRleBooleans(c, n, hybrid);
case 'BYTE_STREAM_SPLIT':
return readByteStreamSplit(c, n, type, decoder.element.type_length);
case 'DELTA_BINARY_PACKED':
if (type !== 'INT32' && type !== 'INT64')
throw refuse();
return readDeltaBinaryPacked(c, n, type === 'INT64');
case 'DELTA_LENGTH_BYTE_ARRAY':
if (type !== 'BYTE_ARRAY')
throw refuse();
return readDeltaLengthByteArray(c, n);
case 'DELTA_BYTE_ARRAY': {
if (type !== 'BYTE_ARRAY' && type !== 'FIXED_LEN_BYTE_ARRAY')
throw refuse();
const values = readDeltaByteArray(c, n, charge);
const fixed = decoder.element.type_length;
if (type === 'FIXED_LEN_BYTE_ARRAY' && values.some((v) => v.length !== fixed))
throw new Error(`a DELTA_BYTE_ARRAY value of a FIXED_LEN_BYTE_ARRAY(${fixed}) column of another length`);
return values;
}
default:
throw new Error(`values in the ${encoding} encoding, which is not read`);
}
}
function readPlainInPage(page, pos, n, decoder) {
if (decoder.type === 'BYTE_ARRAY')
return readPlainBytes(page, pos, n);
const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
const reader = { view, offset: pos };
const values = (0,plain .r)(reader, decoder.type, n, decoder.element.type_length);
if (reader.offset > page.length)
throw new Error(`a page's ${num(n)} values run past the end of the page`);
return values;
}
const SHARED_VIEW_BYTES = 6;
function readPlainBytes(page, pos, n) {
const out = new Array(n);
const end = page.length;
const shared = new Map();
for (let i = 0; i < n; i++) {
if (pos + 4 > end)
throw new Error(`a page's ${num(n)} values run past the end of the page`);
const length = (page[pos] |
(page[pos + 1] << 8) |
(page[pos + 2] << 16) |
(page[pos + 3] << 24)) >>>
0;
pos += 4;
if (length > end - pos)
throw new Error(`a page's ${num(n)} values run past the end of the page`);
if (length <= SHARED_VIEW_BYTES) {
let key = 0;
for (let j = 0; j < length; j++)
key = key * 256 + page[pos + j];
key = key * 8 + length;
let v = shared.get(key);
if (v === undefined) {
v = page.subarray(pos, pos + length);
shared.set(key, v);
}
out[i] = v;
}
else
out[i] = page.subarray(pos, pos + length);
pos += length;
}
return out;
}
function decodeDictionaryPage(compressed, header, decoder) {
const d = header.dictionary_page_header;
if (!d)
throw new Error('a dictionary page without its header');
if (d.encoding !== undefined && d.encoding !== 'PLAIN' && d.encoding !== 'PLAIN_DICTIONARY')
throw new Error(`a dictionary page in the ${d.encoding} encoding`);
const page = (0,datapage .tC)(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
return readPlainInPage(page, 0, d.num_values, decoder);
}
;
const MAX_DECIMAL_PRECISION = 76;
function isDecimal(element) {
return element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL';
}
function decimalOf(element) {
const logical = element.logical_type?.type === 'DECIMAL' ? element.logical_type : undefined;
return { precision: logical?.precision ?? element.precision, scale: logical?.scale ?? element.scale ?? 0 };
}
function digitsOfBytes(bytes) {
return Math.floor((8 * bytes - 1) * Math.log10(2));
}
function maxDecimalBytes(precision) {
return Math.max(32, Math.ceil((precision * Math.log2(10) + 1) / 8));
}
function decimalProblem(element) {
const { precision, scale } = decimalOf(element);
const most = element.type === 'INT32'
? 9
: element.type === 'INT64'
? 18
: element.type === 'FIXED_LEN_BYTE_ARRAY'
? Math.min(MAX_DECIMAL_PRECISION, digitsOfBytes(element.type_length ?? 0))
: element.type === 'BYTE_ARRAY'
? MAX_DECIMAL_PRECISION
: 0;
if (most === 0)
return `a DECIMAL of physical type ${String(element.type)} (only INT32, INT64 and byte arrays hold one)`;
if (precision !== undefined &&
Number.isSafeInteger(precision) &&
precision > MAX_DECIMAL_PRECISION &&
most === MAX_DECIMAL_PRECISION)
return `DECIMAL precision ${precision.toLocaleString('en-US')} (at most ${MAX_DECIMAL_PRECISION} digits are read: Arrow's decimal256 and BigQuery's BIGNUMERIC, the widest warehouses write; cast the column to a string if it must be wider)`;
if (precision === undefined || !Number.isSafeInteger(precision) || precision < 1 || precision > most)
return `DECIMAL precision ${String(precision)} (a ${String(element.type)}${element.type === 'FIXED_LEN_BYTE_ARRAY' ? ` of ${String(element.type_length)} bytes` : ''} holds 1 to ${most.toLocaleString('en-US')} digits)`;
if (!Number.isSafeInteger(scale) || scale < 0 || scale > precision)
return `DECIMAL(${precision}, ${String(scale)}) (the scale must be 0 to the precision)`;
const length = element.type_length ?? 0;
if (element.type === 'FIXED_LEN_BYTE_ARRAY' && length > maxDecimalBytes(precision))
return `DECIMAL(${precision}, ${scale}) in ${length.toLocaleString('en-US')}-byte values (at most ${maxDecimalBytes(precision)} for ${precision} digits)`;
return null;
}
function checkSchemaLeaves(metadata, display) {
const damaged = (what) => new problem .Mm([
{
file: display,
message: `cannot read as Parquet: ${what}; the file is damaged, or was not written by a Parquet writer`,
},
]);
const schema = metadata.schema;
const parent = new Int32Array(schema.length).fill(-1);
const depth = new Int32Array(schema.length);
const leaves = [];
const open = [{ at: 0, left: schema[0]?.num_children ?? 0 }];
for (let i = 1; i < schema.length && open.length > 0; i++) {
const top = open[open.length - 1];
const element = schema[i];
parent[i] = top.at === 0 ? -1 : top.at;
depth[i] = open.length;
top.left--;
const children = element.num_children ?? 0;
if (children > 0)
open.push({ at: i, left: children });
else {
leaves.push(i);
if (isDecimal(element)) {
const why = decimalProblem(element);
if (why)
throw damaged(`column '${pathOf(schema, parent, i)}' is ${why}`);
}
}
while (open.length > 0 && open[open.length - 1].left <= 0)
open.pop();
}
metadata.row_groups.forEach((group, k) => {
if (group.columns.length !== leaves.length)
throw damaged(`row group ${k + 1} has ${group.columns.length.toLocaleString('en-US')} column chunks and the schema ${leaves.length.toLocaleString('en-US')} columns (leaves)`);
group.columns.forEach((chunk, c) => {
const leaf = leaves[c];
const meta = chunk.meta_data;
const path = meta?.path_in_schema;
if (!meta || !path)
throw damaged(`row group ${k + 1}, column chunk ${c + 1} has no metadata`);
let same = path.length === depth[leaf];
for (let at = leaf, p = path.length - 1; same && p >= 0; at = parent[at], p--)
same = at >= 0 && schema[at].name === path[p];
if (!same)
throw damaged(`row group ${k + 1}, column chunk ${c + 1} is for '${pathText(path)}', and the schema's column ${c + 1} is '${pathOf(schema, parent, leaf)}'`);
const element = schema[leaf];
if (meta.type !== element.type)
throw damaged(`row group ${k + 1}, column '${pathText(path)}' is ${meta.type} in its chunk's metadata and ${element.type ?? 'no type'} in the schema`);
const dictionary = Number(meta.dictionary_page_offset ?? 0);
const data = Number(meta.data_page_offset);
if (dictionary > 0 && dictionary > data)
throw damaged(`row group ${k + 1}, column '${pathText(path)}' says its dictionary page is at byte ${dictionary.toLocaleString('en-US')}, after its first data page at byte ${data.toLocaleString('en-US')} (a writer writes the dictionary first, and readers disagree on where such a chunk starts)`);
});
});
}
function parquet_schema_short(name) {
return name.length > 100 ? `${name.slice(0, 100)}\u2026` : name;
}
function pathText(names) {
return `${names.slice(0, 10).map(parquet_schema_short).join('.')}${names.length > 10 ? '\u2026' : ''}`;
}
function pathOf(schema, parent, i) {
const names = [];
for (let at = i; at >= 0; at = parent[at])
names.push(schema[at].name);
return pathText(names.reverse());
}
function unreadKind(column) {
const e = column.element;
const logical = e.logical_type?.type;
if (logical === 'VARIANT')
return 'a VARIANT';
if (column.children.length > 0) {
if (e.converted_type === 'LIST' || logical === 'LIST')
return 'a list';
if (e.converted_type === 'MAP' || e.converted_type === 'MAP_KEY_VALUE' || logical === 'MAP')
return 'a map';
return 'a struct';
}
if (e.repetition_type === 'REPEATED')
return 'a repeated field (a list)';
if (logical === 'GEOMETRY' || logical === 'GEOGRAPHY')
return `a ${logical} column`;
return null;
}
function unreadMessage(name, kind) {
return `column '${parquet_schema_short(name)}' is ${kind}; an audit reads columns of single values (a label, a score, a group name), as fairlearn takes 1-D arrays: select the field you mean as its own column (e.g. in DuckDB \`COPY (SELECT *, g.v AS g_v FROM t) TO 'eval.parquet'\`) and audit that`;
}
function unconvertedKind(e) {
if (e.converted_type === 'INTERVAL')
return 'an INTERVAL column';
if (e.converted_type === 'BSON' || e.logical_type?.type === 'BSON')
return 'a BSON column';
return null;
}
function unconvertedMessage(name, kind) {
const n = parquet_schema_short(name);
const cast = kind === 'an INTERVAL column'
? `as text or as a number of seconds (e.g. in DuckDB \`COPY (SELECT * REPLACE (CAST(${n} AS VARCHAR) AS ${n}) FROM t) TO 'eval.parquet'\`, or \`CAST(epoch(${n}) AS BIGINT)\` for whole seconds)`
: `as text (e.g. its JSON)`;
return `column '${n}' is ${kind}, whose values the audit does not read (a label, a score or a group name is a number, a string, a boolean, a date or a time): write it ${cast} and audit that`;
}
const ANNOTATED_AS = {
STRING: { types: ['BYTE_ARRAY'] },
UTF8: { types: ['BYTE_ARRAY'] },
ENUM: { types: ['BYTE_ARRAY'] },
JSON: { types: ['BYTE_ARRAY'] },
BSON: { types: ['BYTE_ARRAY'] },
UUID: { types: ['FIXED_LEN_BYTE_ARRAY'], length: 16 },
FLOAT16: { types: ['FIXED_LEN_BYTE_ARRAY'], length: 2 },
INTERVAL: { types: ['FIXED_LEN_BYTE_ARRAY'], length: 12 },
DATE: { types: ['INT32'] },
TIME_MILLIS: { types: ['INT32'] },
TIME_MICROS: { types: ['INT64'] },
TIMESTAMP_MILLIS: { types: ['INT64'] },
TIMESTAMP_MICROS: { types: ['INT64'] },
TIMESTAMP: { types: ['INT64'] },
INT_8: { types: ['INT32'] },
INT_16: { types: ['INT32'] },
INT_32: { types: ['INT32'] },
UINT_8: { types: ['INT32'] },
UINT_16: { types: ['INT32'] },
UINT_32: { types: ['INT32'] },
INT_64: { types: ['INT64'] },
UINT_64: { types: ['INT64'] },
};
function annotationProblem(e) {
const logical = e.logical_type;
const disagree = annotationsDisagree(e);
if (disagree)
return disagree;
const name = logical?.type === 'INTEGER'
? logical.bitWidth === 64
? 'INT_64'
: 'INT_32'
: logical?.type === 'TIME'
? logical.unit === 'MILLIS'
? 'TIME_MILLIS'
: 'TIME_MICROS'
: (logical?.type ?? e.converted_type);
const type = e.type ?? '';
if (name === undefined || name === 'DECIMAL' || name === 'NULL')
return type === 'FIXED_LEN_BYTE_ARRAY' && name === undefined
? 'a FIXED_LEN_BYTE_ARRAY of raw bytes with no logical type, which names no group and is no label or score: write it as a string or a number'
: null;
const allowed = ANNOTATED_AS[name];
if (allowed === undefined)
return null;
const fits = allowed.types.includes(type) && (allowed.length === undefined || e.type_length === allowed.length);
if (fits)
return null;
const as = `${allowed.types.join(' or ')}${allowed.length === undefined ? '' : ` of ${allowed.length} bytes`}`;
const is = `${type || 'no type'}${type === 'FIXED_LEN_BYTE_ARRAY' ? ` of ${e.type_length ?? '?'} bytes` : ''}`;
return `annotated ${logical?.type ?? name} on ${is}, which the format allows on ${as} only: its values cannot be read as written (the file's writer is wrong, or it was altered)`;
}
function convertedOf(l) {
switch (l.type) {
case 'STRING':
return ['UTF8'];
case 'MAP':
return ['MAP', 'MAP_KEY_VALUE'];
case 'LIST':
case 'ENUM':
case 'DECIMAL':
case 'DATE':
case 'JSON':
case 'BSON':
return [l.type];
case 'TIME':
case 'TIMESTAMP':
return l.unit === 'NANOS' ? undefined : [`${l.type}_${l.unit}`];
case 'INTEGER':
return [`${l.isSigned ? 'INT' : 'UINT'}_${l.bitWidth}`];
default:
return undefined;
}
}
function annotationsDisagree(e) {
const logical = e.logical_type;
const converted = e.converted_type;
if (!logical || converted === undefined)
return null;
const spelled = convertedOf(logical);
const logicalName = logical.type === 'INTEGER'
? `INTEGER(${logical.bitWidth}, ${logical.isSigned ? 'signed' : 'unsigned'})`
: logical.type === 'DECIMAL'
? `DECIMAL(${logical.precision}, ${logical.scale})`
: logical.type;
if (spelled === undefined || !spelled.includes(converted))
return `annotated ${logicalName} as its logical type and ${converted} as its converted type, which name other values: readers differ on which they take, so its values cannot be read one way (the file's writer is wrong, or it was altered)`;
if (logical.type === 'DECIMAL' &&
((e.precision !== undefined && e.precision !== logical.precision) ||
(e.scale !== undefined && e.scale !== logical.scale)))
return `annotated ${logicalName} as its logical type and DECIMAL(${e.precision ?? '?'}, ${e.scale ?? '?'}) as its converted type: readers differ on which they take (the file's writer is wrong, or it was altered)`;
return null;
}
function mistypedMessage(name, what) {
return `column '${parquet_schema_short(name)}' is ${what}`;
}
var values = __webpack_require__(2884);
;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function decimalText(unscaled, scale) {
const negative = unscaled < 0n;
let digits = (negative ? -unscaled : unscaled).toString();
if (scale <= 0)
return unscaled === 0n ? '0' : `${negative ? '-' : ''}${digits}${'0'.repeat(-scale)}`;
if (digits.length <= scale)
digits = '0'.repeat(scale - digits.length + 1) + digits;
const int = digits.slice(0, digits.length - scale);
let end = digits.length;
while (end > int.length && digits.charCodeAt(end - 1) === 48)
end--;
const frac = digits.slice(int.length, end);
const text = frac ? `${int}.${frac}` : int;
return negative && text !== '0' ? `-${text}` : text;
}
function decimalCell(unscaled, scale) {
const text = decimalText(unscaled, scale);
const n = Number(text);
return (0,values .ku)(n) === text ? n : text;
}
function signedBigEndian(hex) {
if (hex.length === 0)
return 0n;
const v = BigInt(`0x${hex}`);
return parseInt(hex.slice(0, 2), 16) & 0x80 ? v - (1n << BigInt(hex.length * 4)) : v;
}
const NAMED_VALUES_KEPT = 1 << 15;
const named = { values: 0 };
const decimalCells = new Map();
function narrowRange(element) {
const l = element.logical_type;
const bits = l?.type === 'INTEGER' ? l.bitWidth : Number(/^U?INT_(8|16)$/.exec(element.converted_type ?? '')?.[1] ?? 0);
if (bits !== 8 && bits !== 16)
return null;
const signed = l?.type === 'INTEGER' ? l.isSigned : !(element.converted_type ?? '').startsWith('U');
const name = `${signed ? 'INT' : 'UINT'}_${bits}`;
return signed ? { name, min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1 } : { name, min: 0, max: 2 ** bits - 1 };
}
function convertValues(data, decoder) {
const element = decoder.element;
const perSecond = timeUnits(element);
if (perSecond !== null)
return timeValues(data, perSecond);
if (!isDecimal(element)) {
const out = (0,convert .C6)(data, decoder);
const range = narrowRange(element);
if (range) {
for (let i = 0; i < out.length; i++) {
const v = out[i];
if (typeof v === 'number' && (v < range.min || v > range.max))
throw new Error(`a value of ${v} in a column annotated ${range.name}, which holds ${range.min} to ${range.max}: readers differ on what it is (DuckDB and Arrow cut it to ${range.name})`);
}
}
return out;
}
const { precision, scale } = decimalOf(element);
const most = maxDecimalBytes(precision ?? MAX_DECIMAL_PRECISION);
const out = new Array(data.length);
let kept = decimalCells.get(scale);
if (!kept) {
kept = new Map();
decimalCells.set(scale, kept);
}
let misses = 0;
for (let i = 0; i < data.length; i++) {
const v = data[i];
if (scale === 0 && typeof v === 'number') {
out[i] = v;
continue;
}
if (scale === 0 && typeof v === 'bigint' && v >= -MAX_SAFE && v <= MAX_SAFE) {
out[i] = Number(v);
continue;
}
if (v instanceof Uint8Array && v.length > most)
throw new Error(`a DECIMAL(${String(precision)}, ${scale}) value of ${v.length.toLocaleString('en-US')} bytes (at most ${most} bytes for ${String(precision)} digits)`);
if (v instanceof Uint8Array) {
const hex = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
let cell = misses > 1024 && misses > 0.9 * i ? undefined : kept.get(hex);
if (cell === undefined) {
cell = decimalCell(signedBigEndian(hex), scale);
if (!(misses > 1024 && misses > 0.9 * i)) {
if (kept.size >= NAMED_VALUES_KEPT)
kept.clear();
kept.set(hex, cell);
}
misses++;
}
out[i] = cell;
continue;
}
const unscaled = typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
out[i] = decimalCell(unscaled, scale);
}
return out;
}
function timeUnits(element) {
const logical = element.logical_type;
if (logical?.type === 'TIME')
return logical.unit === 'NANOS' ? 1e9 : logical.unit === 'MICROS' ? 1e6 : 1e3;
if (element.converted_type === 'TIME_MILLIS')
return 1e3;
if (element.converted_type === 'TIME_MICROS')
return 1e6;
return null;
}
const timeTexts = new Map();
function timeOfDay(value, perSecond) {
if (!Number.isInteger(value) || value < 0 || value > 86_400 * perSecond)
throw new Error(`a TIME value of ${value} (${perSecond === 1e3 ? 'milli' : perSecond === 1e6 ? 'micro' : 'nano'}seconds) outside a day (0 to 24:00:00)`);
const seconds = Math.floor(value / perSecond);
const below = value - seconds * perSecond;
const two = (n) => String(n).padStart(2, '0');
const hms = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
if (below === 0)
return hms;
let digits = String(below).padStart(String(perSecond).length - 1, '0');
let end = digits.length;
while (digits.charCodeAt(end - 1) === 48)
end--;
digits = digits.slice(0, end);
return `${hms}.${digits}`;
}
function timeValues(data, perSecond) {
let texts = timeTexts.get(perSecond);
if (!texts) {
texts = new Map();
timeTexts.set(perSecond, texts);
}
const out = new Array(data.length);
for (let i = 0; i < data.length; i++) {
const raw = data[i];
const v = Number(raw);
let text = texts.get(v);
if (text === undefined) {
text = timeOfDay(v, perSecond);
named.values++;
if (texts.size >= NAMED_VALUES_KEPT)
texts.clear();
texts.set(v, text);
}
out[i] = text;
}
return out;
}
var collect = __webpack_require__(5290);
;
const MAX_FAST_WIDTH = 24;
function readHybrid(bytes, pos, end, width, output, limit = 2 ** width) {
const n = output.length;
if (width === 0) {
output.fill(0);
return n === 0 || limit > 0;
}
if (width > 32)
throw new Error(`run-length encoded values of ${width} bits`);
const mask = width > MAX_FAST_WIDTH ? 2 ** width - 1 : (1 << width) - 1;
const byteWidth = (width + 7) >> 3;
let below = true;
let seen = 0;
while (seen < n) {
let header = 0;
let shift = 0;
let b;
do {
if (pos >= end || shift > 28)
throw new Error('a run-length encoded run runs past the end of its page');
b = bytes[pos++];
header += (b & 0x7f) * 2 ** shift;
shift += 7;
} while (b & 0x80);
const count = Math.floor(header / 2);
if (header % 2 === 1) {
const take = Math.min(count * 8, n - seen);
const used = Math.ceil((take * width) / 8);
if (pos + used > end)
throw new Error('a bit-packed run runs past the end of its page');
if (width > MAX_FAST_WIDTH) {
readWide(bytes, pos, width, output, seen, take);
for (let i = seen; i < seen + take; i++)
if (output[i] >= limit)
below = false;
}
else {
const fit = width <= 8
? unpackBytes(bytes, pos, pos + used, width, output, seen, take, limit)
: unpackWide(bytes, pos, pos + used, width, output, seen, take, limit);
below &&= fit;
}
pos = Math.min(end, pos + count * width);
seen += take;
}
else {
if (pos + byteWidth > end)
throw new Error('a run-length encoded run runs past the end of its page');
let value = 0;
for (let i = 0; i < byteWidth; i++)
value += bytes[pos++] * 2 ** (8 * i);
if (value > mask)
throw new Error(`a run-length encoded value ${value} is wider than ${width} bits`);
if (count > n - seen)
throw new Error(`a run-length encoded run claims ${count.toLocaleString('en-US')} values, more than the ${(n - seen).toLocaleString('en-US')} left in its page`);
if (value > 0x7fffffff)
throw new Error(`a run-length encoded value ${value} past 2^31 - 1`);
const take = count;
output.fill(value, seen, seen + take);
if (take > 0 && value >= limit)
below = false;
seen += take;
}
}
return below;
}
class HybridReader {
bytes;
pos;
end;
width;
limit;
left;
rle = 0;
rleValue = 0;
packed = 0;
packedPos = 0;
packedEnd = 0;
carry = new Int32Array(8);
carryAt = 0;
carryEnd = 0;
mask;
byteWidth;
constructor(bytes, pos, end, width, n, limit) {
this.bytes = bytes;
this.pos = pos;
this.end = end;
this.width = width;
this.limit = limit;
if (width > 32)
throw new Error(`run-length encoded values of ${width} bits`);
this.left = n;
this.mask = width > MAX_FAST_WIDTH ? 2 ** width - 1 : (1 << width) - 1;
this.byteWidth = (width + 7) >> 3;
}
read(output, at, take) {
while (take > 0) {
if (this.carryAt < this.carryEnd) {
const t = Math.min(take, this.carryEnd - this.carryAt);
output.set(this.carry.subarray(this.carryAt, this.carryAt + t), at);
this.carryAt += t;
at += t;
take -= t;
}
else if (this.rle > 0) {
const t = Math.min(take, this.rle);
output.fill(this.rleValue, at, at + t);
this.rle -= t;
at += t;
take -= t;
}
else if (this.packed > 0) {
const whole = Math.min(take, this.packed) & ~7;
if (whole > 0) {
this.unpack(output, at, whole);
this.packedPos += (whole >>> 3) * this.width;
this.packed -= whole;
at += whole;
take -= whole;
}
else {
const g = Math.min(8, this.packed);
this.unpack(this.carry, 0, g);
this.packedPos += this.width;
this.packed -= g;
this.carryAt = 0;
this.carryEnd = g;
}
}
else
this.nextRun();
}
}
nextRun() {
if (this.left <= 0)
throw new Error('more values read than a page holds');
if (this.width === 0) {
if (this.limit <= 0)
throw new Error(`a dictionary index 0 past its dictionary of ${this.limit} values`);
this.rle = this.left;
this.rleValue = 0;
this.left = 0;
return;
}
const bytes = this.bytes;
const end = this.end;
let pos = this.pos;
let header = 0;
let shift = 0;
let b;
do {
if (pos >= end || shift > 28)
throw new Error('a run-length encoded run runs past the end of its page');
b = bytes[pos++];
header += (b & 0x7f) * 2 ** shift;
shift += 7;
} while (b & 0x80);
const count = Math.floor(header / 2);
if (header % 2 === 1) {
const take = Math.min(count * 8, this.left);
const used = Math.ceil((take * this.width) / 8);
if (pos + used > end)
throw new Error('a bit-packed run runs past the end of its page');
this.packed = take;
this.packedPos = pos;
this.packedEnd = pos + used;
this.pos = Math.min(end, pos + count * this.width);
this.left -= take;
}
else {
if (pos + this.byteWidth > end)
throw new Error('a run-length encoded run runs past the end of its page');
let value = 0;
for (let i = 0; i < this.byteWidth; i++)
value += bytes[pos++] * 2 ** (8 * i);
if (value > this.mask)
throw new Error(`a run-length encoded value ${value} is wider than ${this.width} bits`);
if (count > this.left)
throw new Error(`a run-length encoded run claims ${count.toLocaleString('en-US')} values, more than the ${this.left.toLocaleString('en-US')} left in its page`);
if (value > 0x7fffffff)
throw new Error(`a run-length encoded value ${value} past 2^31 - 1`);
if (count > 0 && value >= this.limit)
throw new Error(`a dictionary index ${value} past its dictionary of ${this.limit} values`);
this.rle = count;
this.rleValue = value;
this.pos = pos;
this.left -= count;
}
}
unpack(output, at, take) {
const { bytes, width, limit } = this;
let fit;
if (width > MAX_FAST_WIDTH) {
readWide(bytes, this.packedPos, width, output, at, take);
fit = true;
for (let i = at; i < at + take; i++)
if (output[i] >= limit)
fit = false;
}
else
fit =
width <= 8
? unpackBytes(bytes, this.packedPos, this.packedEnd, width, output, at, take, limit)
: unpackWide(bytes, this.packedPos, this.packedEnd, width, output, at, take, limit);
if (!fit)
for (let i = at; i < at + take; i++)
if (output[i] >= limit)
throw new Error(`a dictionary index ${output[i]} past its dictionary of ${limit} values`);
}
}
class PageCodes {
length;
nullCode;
row = 0;
present = null;
reader;
defined;
constructor(
length, reader, defined, nullCode) {
this.length = length;
this.nullCode = nullCode;
this.reader = reader;
this.defined = defined;
}
read(output, at, take) {
if (this.row + take > this.length)
throw new Error('more rows read than a page holds');
this.readRows(output, at, take);
if (this.row === this.length) {
this.reader = null;
this.defined = null;
this.present = null;
}
}
readRows(output, at, take) {
if (take === 0)
return;
const reader = this.reader;
const defined = this.defined;
if (!defined) {
reader.read(output, at, take);
this.row += take;
return;
}
let n = 0;
for (let i = this.row; i < this.row + take; i++)
n += defined[i];
if (this.present === null || this.present.length < n)
this.present = new Int32Array(Math.max(n, 1024));
const present = this.present;
reader.read(present, 0, n);
for (let i = 0, j = 0; i < take; i++)
output[at + i] = defined[this.row + i] ? present[j++] : this.nullCode;
this.row += take;
}
rest() {
const out = new Int32Array(this.length - this.row);
this.read(out, 0, out.length);
return out;
}
}
function readWide(bytes, pos, width, output, seen, take) {
for (let i = 0; i < take; i++) {
let bit = pos * 8 + i * width;
let v = 0;
for (let k = 0; k < width;) {
const off = bit & 7;
const part = Math.min(8 - off, width - k);
v += ((bytes[bit >> 3] >> off) & ((1 << part) - 1)) * 2 ** k;
k += part;
bit += part;
}
if (v > 0x7fffffff)
throw new Error(`a bit-packed value ${v} past 2^31 - 1`);
output[seen + i] = v;
}
}
function word(bytes, p) {
return (bytes[p] |
(bytes[p + 1] << 8) |
(bytes[p + 2] << 16) |
(bytes[p + 3] << 24));
}
function unpackBytes(bytes, from, to, width, output, at, take, limit) {
const mask = (1 << width) - 1;
const top = Math.min(limit, mask + 1) - 1;
let past = top;
const s1 = width;
const s2 = 2 * width;
const s3 = 3 * width;
const half = (4 * width) >>> 3;
const h0 = (4 * width) & 7;
const h1 = h0 + width;
const h2 = h0 + 2 * width;
const h3 = h0 + 3 * width;
let i = 0;
let p = from;
for (; i + 8 <= take && p + 8 <= to; i += 8, p += width) {
const lo = word(bytes, p);
const hi = word(bytes, p + half);
const v0 = lo & mask;
const v1 = (lo >>> s1) & mask;
const v2 = (lo >>> s2) & mask;
const v3 = (lo >>> s3) & mask;
const v4 = (hi >>> h0) & mask;
const v5 = (hi >>> h1) & mask;
const v6 = (hi >>> h2) & mask;
const v7 = (hi >>> h3) & mask;
const o = at + i;
output[o] = v0;
output[o + 1] = v1;
output[o + 2] = v2;
output[o + 3] = v3;
output[o + 4] = v4;
output[o + 5] = v5;
output[o + 6] = v6;
output[o + 7] = v7;
past |= (top - v0) | (top - v1) | (top - v2) | (top - v3) | (top - v4) | (top - v5) | (top - v6) | (top - v7);
}
let acc = 0;
let bits = 0;
for (; i < take; i++) {
while (bits < width) {
acc |= bytes[p++] << bits;
bits += 8;
}
const v = acc & mask;
output[at + i] = v;
past |= top - v;
acc >>>= width;
bits -= width;
}
return past >= 0 && limit > 0;
}
function unpackWide(bytes, from, to, width, output, at, take, limit) {
const mask = (1 << width) - 1;
const top = Math.min(limit, mask + 1) - 1;
let past = top;
let i = 0;
for (; i < take; i++) {
const bit = i * width;
const p = from + (bit >>> 3);
if (p + 4 > to)
break;
const v = (word(bytes, p) >>> (bit & 7)) & mask;
output[at + i] = v;
past |= top - v;
}
const bit = i * width;
let p = from + (bit >>> 3);
let bits = 0;
let acc = 0;
if (i < take) {
acc = bytes[p++] >>> (bit & 7);
bits = 8 - (bit & 7);
}
for (; i < take; i++) {
while (bits < width) {
acc |= bytes[p++] << bits;
bits += 8;
}
const v = acc & mask;
output[at + i] = v;
past |= top - v;
acc >>>= width;
bits -= width;
}
return past >= 0 && limit > 0;
}
function hybridZeros(bytes, pos, end, n) {
let zeros = 0;
let seen = 0;
while (seen < n) {
let header = 0;
let shift = 0;
let b;
do {
if (pos >= end || shift > 28)
throw new Error('a run-length encoded run runs past the end of its page');
b = bytes[pos++];
header += (b & 0x7f) * 2 ** shift;
shift += 7;
} while (b & 0x80);
const count = Math.floor(header / 2);
if (header % 2 === 1) {
const take = Math.min(count * 8, n - seen);
const used = Math.ceil(take / 8);
if (pos + used > end)
throw new Error('a bit-packed run runs past the end of its page');
let ones = 0;
const whole = take >>> 3;
for (let i = 0; i < whole; i++)
ones += POPCOUNT[bytes[pos + i]];
if (take & 7)
ones += POPCOUNT[bytes[pos + whole] & ((1 << (take & 7)) - 1)];
zeros += take - ones;
pos = Math.min(end, pos + count);
seen += take;
}
else {
if (pos + 1 > end)
throw new Error('a run-length encoded run runs past the end of its page');
const value = bytes[pos++];
if (value > 1)
throw new Error(`a run-length encoded value ${value} is wider than 1 bits`);
if (count > n - seen)
throw new Error(`a run-length encoded run claims ${count.toLocaleString('en-US')} values, more than the ${(n - seen).toLocaleString('en-US')} left in its page`);
const take = count;
if (value === 0)
zeros += take;
seen += take;
}
}
return zeros;
}
const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
let n = 0;
for (let x = b; x; x >>= 1)
n += x & 1;
return n;
});
function dataPageOf(header) {
const v1 = header.type === 'DATA_PAGE' ? header.data_page_header : undefined;
const v2 = header.type === 'DATA_PAGE_V2' ? header.data_page_header_v2 : undefined;
if (!v1 && !v2)
throw new Error(`a page of type ${header.type} where a data page is expected`);
const encoding = (v1?.encoding ?? v2?.encoding);
const dictionaryEncoded = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
if (!dictionaryEncoded && encoding !== 'PLAIN' && !VALUE_ENCODINGS.has(encoding))
throw new Error(`values in the ${String(encoding)} encoding, which is not read`);
return { v1, v2, encoding, dictionaryEncoded };
}
function decodeFlatPage(compressed, header, decoder, dictionaryLength, charge = () => { }) {
const page = openFlatPage(compressed, header, decoder, dictionaryLength, charge);
return page.codes ? { codes: page.codes.rest() } : page;
}
function openFlatPage(compressed, header, decoder, dictionaryLength, charge = () => { }) {
const { v1, v2, encoding, dictionaryEncoded } = dataPageOf(header);
const element = decoder.element;
if (element.repetition_type === 'REPEATED')
throw new Error('a repeated column read as a flat one');
const optional = element.repetition_type === 'OPTIONAL';
if (v1 && optional && v1.definition_level_encoding !== 'RLE')
throw new Error(`definition levels in the ${String(v1.definition_level_encoding)} encoding (deprecated; not read): rewrite the file with a current writer (pyarrow, Spark, DuckDB)`);
const rows = (v1?.num_values ?? v2?.num_values);
let levels;
let from = 0;
let to = 0;
let page;
let pos = 0;
const size = Number(header.uncompressed_page_size);
if (v1) {
page = (0,datapage .tC)(compressed, size, decoder.codec, decoder.compressors);
levels = page;
if (optional) {
if (page.length < 4)
throw new Error('a page ends before its definition levels');
from = 4;
to = 4 + new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(0, true);
pos = to;
}
}
else {
const d = v2;
const rep = d.repetition_levels_byte_length;
from = rep;
to = rep + d.definition_levels_byte_length;
levels = compressed;
if (!(rep >= 0 && to >= rep) || to > compressed.length || to > size)
throw new Error('the definition levels run past the end of their page');
const values = compressed.subarray(to);
if (d.is_compressed === false && values.length !== size - to)
throw new Error(`an uncompressed page of ${compressed.length.toLocaleString('en-US')} bytes whose header says ${size.toLocaleString('en-US')}`);
page = d.is_compressed === false ? values : (0,datapage .tC)(values, size - to, decoder.codec, decoder.compressors);
}
if (to > levels.length)
throw new Error('the definition levels run past the end of their page');
let defined = null;
let nulls = 0;
if (optional) {
nulls = hybridZeros(levels, from, to, rows);
if (v2 && v2.num_nulls !== nulls)
throw new Error(`a page's definition levels hold ${nulls} nulls, its header says ${v2.num_nulls}`);
if (nulls > 0) {
defined = new Uint8Array(rows);
readHybrid(levels, from, to, 1, defined);
}
}
const present = rows - nulls;
if (dictionaryEncoded) {
if (dictionaryLength === undefined)
throw new Error('a dictionary-encoded page comes without a dictionary page');
let width = 0;
if (present > 0) {
if (pos >= page.length)
throw new Error('a page ends before its dictionary indices');
width = page[pos];
if (width > 32)
throw new Error(`dictionary indices of ${width} bits`);
}
const bytes = page.buffer.byteLength > 2 * page.byteLength + 4096 ? page.slice() : page;
const reader = new HybridReader(bytes, pos + 1, bytes.length, width, present, dictionaryLength);
return { codes: new PageCodes(rows, reader, defined, dictionaryLength) };
}
const raw = encoding === 'PLAIN'
? readPlainInPage(page, pos, present, decoder)
: decodeValues(encoding, page, pos, present, decoder, readHybrid, charge);
const values = convertValues(raw, decoder);
if (values.length !== present)
throw new Error(`a page holds ${values.length} values, its header says ${present}`);
if (!defined)
return { values };
const all = new Array(rows);
for (let i = 0, j = 0; i < rows; i++)
all[i] = defined[i] ? values[j++] : null;
return { values: all };
}
var table = __webpack_require__(2704);
var parquet_bounds = __webpack_require__(9368);
;
const MAX_FOOTER_DEPTH = 16;
const MAX_PAGE_HEADER_ENTRIES = 64;
const ITEMS_PER_ENTRY = 4;
const TYPE_NAMES = { 10: 'a set', 11: 'a map' };
class Unreadable extends Error {
cut;
constructor(message, cut = false) {
super(message);
this.cut = cut;
}
}
function walkFooter(bytes, from = 0, maxEntries = parquet_bounds .Eh) {
let at = from;
let structs = 0;
let children = [];
const end = () => {
throw new Unreadable('ends inside a value (the file is cut short or damaged)', true);
};
const byte = () => {
if (at >= bytes.length)
end();
return bytes[at++];
};
const skip = (n) => {
at += n;
if (at > bytes.length)
end();
};
const varint32 = (what) => {
let v = 0;
for (let i = 0; i < 5; i++) {
const b = byte();
v += (b & 0x7f) * 2 ** (7 * i);
if (b < 0x80) {
if (i === 4 && b > 0x0f)
break;
return v;
}
}
throw new Unreadable(`has ${what} of more than 32 bits (thrift writes one in at most 5 bytes)`);
};
const varint64 = () => {
for (let i = 0; i < 10; i++)
if (byte() < 0x80)
return;
throw new Unreadable('has an i64 of more than 10 bytes (thrift writes one in at most 10)');
};
const zigzag = (v) => (v % 2 === 0 ? v / 2 : -(v + 1) / 2);
const tooDeep = (depth) => {
if (depth > MAX_FOOTER_DEPTH)
throw new Unreadable(`nests thrift values more than ${MAX_FOOTER_DEPTH} levels deep (writers' footers nest fewer than 10)`);
};
const unknown = (type) => {
throw new Unreadable(`holds ${TYPE_NAMES[type] ?? `a value of thrift type ${type}`}, which no Parquet footer has (a footer holds structs, lists, numbers and strings)`);
};
const value = (type, depth, role) => {
switch (type) {
case 1:
case 2:
return;
case 3:
skip(1);
return;
case 4:
case 5:
varint32(type === 4 ? 'an i16' : 'an i32');
return;
case 6:
varint64();
return;
case 7:
skip(8);
return;
case 8:
skip(varint32('a string length'));
return;
case 9: {
tooDeep(depth);
const head = byte();
const n = head >> 4 === 15 ? varint32('a list length') : head >> 4;
const t = head & 0x0f;
if (n === 0)
return;
if (t !== 12) {
structs += n / ITEMS_PER_ENTRY;
if (structs > maxEntries)
return;
}
if (t === 1 || t === 2) {
skip(n);
return;
}
if (t === 0 || t > 12)
unknown(t);
for (let i = 0; i < n; i++) {
value(t, depth + 1, role === 2 ? 3 : 0);
if (structs > maxEntries)
return;
}
return;
}
case 12: {
tooDeep(depth);
if (++structs > maxEntries)
return;
if (role === 3)
children.push(-1);
let field = 0;
for (;;) {
const head = byte();
if (head === 0)
return;
const t = head & 0x0f;
field = head >> 4 === 0 ? zigzag(varint32('a field id')) : field + (head >> 4);
if (role === 3 && field === 5) {
if (t !== 5)
throw new Unreadable(`has a schema element whose num_children is thrift type ${t}, not an i32`);
children[children.length - 1] = zigzag(varint32('an i32'));
}
else {
const schema = role === 1 && field === 2 && t === 9;
if (schema)
children = [];
value(t, depth + 1, schema ? 2 : 0);
}
if (structs > maxEntries)
return;
}
}
default:
unknown(type);
}
};
try {
value(12, 0, 1);
}
catch (e) {
if (e instanceof Unreadable)
return { problem: e.message, cut: e.cut };
throw e;
}
return { entries: Math.ceil(structs), schemaDepth: schemaDepthOf(children), length: at - from };
}
function schemaDepthOf(children) {
const open = [];
let deepest = 0;
for (const n of children) {
if (open.length > 0)
open[open.length - 1]--;
deepest = Math.max(deepest, open.length);
if (n > 0)
open.push(n);
while (open.length > 0 && open[open.length - 1] <= 0)
open.pop();
}
return deepest;
}
;
class InvalidUtf8 {
hex;
constructor(bytes) {
const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const at = (0,guards .vE)(buf);
this.hex = [...buf.subarray(at, at + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
}
const utf8 = new TextDecoder('utf-8');
let wasmZstd = null;
let wasmZstdLoading = null;
function loadWasmZstd() {
wasmZstdLoading ??= __webpack_require__.e( 115).then(__webpack_require__.t.bind(__webpack_require__, 7115, 23)).then(async (m) => {
await m.init();
wasmZstd = m.decompress;
}, () => { });
return wasmZstdLoading.catch(() => { });
}
let wasmSnappy = null;
function decompressSnappy(input, length) {
let declared = 0;
let at = 0;
for (let shift = 0;; shift += 7) {
if (at >= input.length || shift > 28)
throw new Error('a SNAPPY page has no length (it is damaged)');
const b = input[at++];
declared += (b & 0x7f) * 2 ** shift;
if (b < 0x80)
break;
}
if (declared !== length)
throw new Error(`a SNAPPY page holds ${declared} bytes, its header says ${length}`);
try {
wasmSnappy ??= (0,uncompress .o)();
}
catch (e) {
throw new Error(`SNAPPY pages cannot be read here: WebAssembly is not available (${e.message})`, {
cause: e,
});
}
try {
return wasmSnappy(input, length);
}
catch (e) {
throw new Error(`a SNAPPY page does not decompress (${e.message})`, { cause: e });
}
}
const COMPRESSORS = {
SNAPPY: decompressSnappy,
GZIP: (input, length) => inflated(external_node_zlib_.gunzipSync, input, length),
BROTLI: (input, length) => inflated(external_node_zlib_.brotliDecompressSync, input, length),
ZSTD: (input, length) => {
const declared = zstdContentSize(input);
if (declared !== null && declared !== length)
throw new Error(`a ZSTD page holds ${declared} bytes, its header says ${length}`);
if (wasmZstd) {
try {
return wasmZstd(input, { defaultHeapSize: length });
}
catch (e) {
throw new Error(declared === null
? `a ZSTD page that does not say its size does not decompress into the ${length} bytes its header says (it is damaged)`
: 'a ZSTD page does not decompress (it is damaged)', { cause: e });
}
}
if (declared === null)
throw new Error('a ZSTD page that does not say its size cannot be read without WebAssembly, which did not load');
return (0,esm .mF)(input, new Uint8Array(length));
},
};
function inflated(inflate, input, length) {
try {
const out = inflate(input, { maxOutputLength: Math.max(1, length), chunkSize: Math.max(64, length) });
return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
catch (e) {
if (e.code === 'ERR_BUFFER_TOO_LARGE')
throw new Error(`a compressed page inflates past the ${length} bytes its header says`, { cause: e });
throw new Error(`a compressed page does not inflate (${e.message})`, { cause: e });
}
}
function zstdContentSize(b) {
if (b.length < 6 || b[0] !== 0x28 || b[1] !== 0xb5 || b[2] !== 0x2f || b[3] !== 0xfd)
return null;
const fhd = b[4];
const single = (fhd >> 5) & 1;
const fcsBytes = [single ? 1 : 0, 2, 4, 8][fhd >> 6];
if (fcsBytes === 0)
return null;
const at = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3];
if (at + fcsBytes > b.length)
return null;
let v = 0;
for (let i = fcsBytes - 1; i >= 0; i--)
v = v * 256 + b[at + i];
return fcsBytes === 2 ? v + 256 : v;
}
function exactTimestamp(value, units) {
let ms = value / units;
if (ms * units > value)
ms -= 1n;
const below = value - ms * units;
const iso = isoTime(ms);
if (below === 0n)
return iso;
const digits = below
.toString()
.padStart(String(units).length - 1, '0')
.replace(/0+$/, '');
return `${iso.slice(0, -1)}${digits}Z`;
}
const DATE_MS = 8640000000000000n;
const DAY_MS = 86400000n;
function isoTime(ms) {
if (ms >= -DATE_MS && ms <= DATE_MS)
return new Date(Number(ms)).toISOString();
const floorDiv = (a, b) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
const days = floorDiv(ms, DAY_MS);
const rem = Number(ms - days * DAY_MS);
const z = days + 719468n;
const era = floorDiv(z, 146097n);
const doe = z - era * 146097n;
const yoe = (doe - doe / 1460n + doe / 36524n - doe / 146096n) / 365n;
const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
const mp = (5n * doy + 2n) / 153n;
const d = doy - (153n * mp + 2n) / 5n + 1n;
const m = mp < 10n ? mp + 3n : mp - 9n;
const y = yoe + era * 400n + (m <= 2n ? 1n : 0n);
const year = `${y < 0n ? '-' : '+'}${(y < 0n ? -y : y).toString().padStart(6, '0')}`;
const two = (n) => String(n).padStart(2, '0');
const time = `${two(Math.floor(rem / 3_600_000))}:${two(Math.floor(rem / 60_000) % 60)}:${two(Math.floor(rem / 1000) % 60)}.${String(rem % 1000).padStart(3, '0')}`;
return `${year}-${two(m)}-${two(d)}T${time}Z`;
}
const timestampTexts = new Map();
function cachedTimestamp(value, units) {
let texts = timestampTexts.get(units);
if (!texts) {
texts = new Map();
timestampTexts.set(units, texts);
}
let text = texts.get(value);
if (text === undefined) {
text = exactTimestamp(value, units);
named.values++;
if (texts.size >= NAMED_VALUES_KEPT)
texts.clear();
texts.set(value, text);
}
return text;
}
const uuidTexts = new Map();
function uuidText(bytes) {
const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
let text = uuidTexts.get(hex);
if (text === undefined) {
text = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
named.values++;
if (uuidTexts.size >= NAMED_VALUES_KEPT)
uuidTexts.clear();
uuidTexts.set(hex, text);
}
return text;
}
const shortStrings = new WeakMap();
const PARSERS = {
...convert .Rc,
uuidFromBytes(bytes) {
return bytes ? uuidText(bytes) : undefined;
},
timestampFromMilliseconds(millis) {
return cachedTimestamp(BigInt(millis), 1n);
},
timestampFromMicroseconds(micros) {
return cachedTimestamp(BigInt(micros), 1000n);
},
timestampFromNanoseconds(nanos) {
return cachedTimestamp(BigInt(nanos), 1000000n);
},
dateFromDays(days) {
return cachedTimestamp(BigInt(days) * DAY_MS, 1n);
},
stringFromBytes(bytes) {
if (!bytes)
return bytes;
if (bytes.length > SHARED_VIEW_BYTES)
return (0,external_node_buffer_.isUtf8)(bytes) ? utf8.decode(bytes) : new InvalidUtf8(bytes);
let named = shortStrings.get(bytes);
if (named === undefined) {
named = (0,external_node_buffer_.isUtf8)(bytes) ? utf8.decode(bytes) : new InvalidUtf8(bytes);
shortStrings.set(bytes, named);
}
return named;
},
jsonFromBytes(bytes) {
if (!bytes)
return bytes;
return (0,external_node_buffer_.isUtf8)(bytes) ? utf8.decode(bytes) : new InvalidUtf8(bytes);
},
};
function invalidUtf8Problem(display, line, name, column, bad) {
return new problem .Mm([
{
file: display,
line,
...(column > 0 ? { column } : {}),
message: `column '${name}' holds a string that is not UTF-8 (bytes ${bad.hex}); write the file's strings as UTF-8 (pyarrow and Spark do)`,
},
]);
}
function toCell(v) {
if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
return v;
if (typeof v === 'bigint')
return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
if (v instanceof Date)
return v.toISOString();
if (v instanceof InvalidUtf8)
throw v;
return JSON.stringify(v, (_k, x) => {
if (x instanceof InvalidUtf8)
throw x;
return typeof x === 'bigint' ? x.toString() : x;
});
}
function claims(v, what) {
return typeof v === 'number' || typeof v === 'bigint'
? `claims ${String(v)} ${what}`
: `gives no ${what.replace(/^as its /, '')}`;
}
function parquetProblem(display, e) {
if (e.code)
return new problem .Mm([(0,table .X9)(display, e)]);
return new problem .Mm([
{ file: display, message: `cannot read as Parquet: ${errorText(e, 'its footer does not decode')}` },
]);
}
function errorText(e, what) {
const message = e instanceof Error ? e.message : String(e);
if (e instanceof TypeError || e instanceof RangeError || /\b(undefined|NaN)\b/.test(message))
return what;
return message;
}
const MAX_ROWS_PER_BYTE = 16_384;
const MAX_ROW_GROUPS = 10_000;
function count(v) {
if (v === undefined)
return null;
const n = Number(v);
return Number.isSafeInteger(n) && n >= 0 ? n : null;
}
function checkFooter(metadata, fileBytes, display) {
const damaged = (what) => new problem .Mm([
{
file: display,
message: `cannot read as Parquet: ${what}; the footer does not match the file (is it truncated or damaged?)`,
},
]);
const total = count(metadata.num_rows);
if (total === null)
throw damaged(`the footer ${claims(metadata.num_rows, 'rows')}`);
if (metadata.row_groups.length > MAX_ROW_GROUPS)
throw new problem .Mm([
{
file: display,
message: `has ${metadata.row_groups.length.toLocaleString('en-US')} row groups, more than ${MAX_ROW_GROUPS.toLocaleString('en-US')} (each costs a read per column, whatever its rows): write it with larger row groups (e.g. pyarrow's row_group_size, DuckDB's ROW_GROUP_SIZE)`,
},
]);
checkSchemaLeaves(metadata, display);
let sum = 0;
metadata.row_groups.forEach((group, k) => {
const rows = count(group.num_rows);
if (rows === null)
throw damaged(`row group ${k + 1} ${claims(group.num_rows, 'rows')}`);
let largest = 0;
for (const chunk of group.columns) {
const meta = chunk.meta_data;
if (!meta)
continue;
const name = meta.path_in_schema.join('.');
const start = count(meta.dictionary_page_offset || meta.data_page_offset);
const size = count(meta.total_compressed_size);
if (start === null || size === null)
throw damaged(`row group ${k + 1}, column '${name}' ${start === null ? claims(meta.dictionary_page_offset || meta.data_page_offset, 'as its start') : claims(meta.total_compressed_size, 'bytes')}`);
if (start + size > fileBytes) {
throw damaged(`row group ${k + 1}, column '${name}' claims bytes ${String(meta.dictionary_page_offset || meta.data_page_offset)} to ${String(Number(meta.dictionary_page_offset || meta.data_page_offset) + Number(meta.total_compressed_size))} of a ${fileBytes.toLocaleString('en-US')}-byte file`);
}
largest = Math.max(largest, size);
}
if (rows > largest * MAX_ROWS_PER_BYTE) {
throw damaged(`row group ${k + 1} claims ${rows.toLocaleString('en-US')} rows and its largest column takes ${largest.toLocaleString('en-US')} bytes (at most ${MAX_ROWS_PER_BYTE.toLocaleString('en-US')} rows a byte)`);
}
sum += rows;
});
if (sum !== total)
throw damaged(`the footer claims ${total.toLocaleString('en-US')} rows and its row groups hold ${sum.toLocaleString('en-US')}`);
}
const MAX_PAGE_VALUES = 1 << 20;
const MAX_PAGE_BYTES = 16 * 1024 * 1024;
const MAX_CELL_CHARS = 4 * values .m8;
function longString(values) {
if (ArrayBuffer.isView(values))
return null;
for (let i = 0; i < values.length; i++) {
const v = values[i];
if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
return { at: i, length: v.length };
}
return null;
}
const NAMED_VALUE_BYTES = 3 * 128;
const BATCH_ROWS = 1 << 16;
const BATCH_BYTES = 4 * 1024 * 1024;
const MIN_BATCH_ROWS = 16;
const READ_WINDOW = 1 << 20;
const MAX_HELD_PAGE_BYTES = 96 * 1024 * 1024;
const BYTE_ARRAY_DECODING_COST = 192;
const BYTE_ARRAY_HELD_COST = 48;
const SLOT_COST = 8;
function pageCost(header, values, type) {
const encoding = header.data_page_header?.encoding ?? header.data_page_header_v2?.encoding ?? 'PLAIN';
if (header.type !== 'DICTIONARY_PAGE' && (encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY')) {
const held = Number(header.uncompressed_page_size) + values;
return { decoding: held + Number(header.compressed_page_size), held };
}
const strings = encoding !== 'RLE_DICTIONARY' &&
encoding !== 'PLAIN_DICTIONARY' &&
(type === 'BYTE_ARRAY' || type === 'FIXED_LEN_BYTE_ARRAY' || type === 'INT96');
if (!strings)
return { decoding: values * SLOT_COST * 2, held: values * SLOT_COST };
const bytes = Number(header.uncompressed_page_size);
return { decoding: bytes + values * BYTE_ARRAY_DECODING_COST, held: bytes + values * BYTE_ARRAY_HELD_COST };
}
class HeldPages {
held = new Map();
total = 0;
hold(slot, cost, refuse) {
const others = this.total - (this.held.get(slot) ?? 0);
if (others + cost.decoding > MAX_HELD_PAGE_BYTES)
throw refuse(others + cost.decoding);
const total = others + cost.held;
this.held.set(slot, cost.held);
this.total = total;
}
}
const COLLECT_EVERY_VALUES = 1 << 20;
let decodedSinceCollect = 0;
const COLLECT_EVERY_BYTES = 32 * 1024 * 1024;
let bytesSinceCollect = 0;
function decoded(values, bytes = 0) {
decodedSinceCollect += values;
bytesSinceCollect += bytes;
if (decodedSinceCollect < COLLECT_EVERY_VALUES && bytesSinceCollect < COLLECT_EVERY_BYTES)
return;
decodedSinceCollect = 0;
bytesSinceCollect = 0;
(0,collect .iO)();
}
function damagedPage(display, group, name, what) {
return new problem .Mm([
{
file: display,
message: `cannot read as Parquet: row group ${group + 1}, column '${name}': ${what}; the file is damaged or was written with pages too large to read`,
},
]);
}
function tooMuchHeld(display, group, name, values, total) {
return new problem .Mm([
{
file: display,
message: `row group ${group + 1}: with a page of ${values.toLocaleString('en-US')} values of column '${name}', the pages of the columns read would take about ${total.toLocaleString('en-US')} bytes decoded at once; at most ${MAX_HELD_PAGE_BYTES.toLocaleString('en-US')} are held, as each page is decoded whole. Rewrite the file with smaller pages (pyarrow: pq.write_table(table, path, data_page_size=1 << 20); Spark writes 20,000 rows a page)`,
},
]);
}
function tooLarge(display, group, name, what, limit) {
return new problem .Mm([
{
file: display,
message: `row group ${group + 1}, column '${name}' has ${what}; at most ${limit} are read, as each is decoded whole. Rewrite the file with smaller pages or row groups (pyarrow: pq.write_table(table, path, row_group_size=1_000_000); Spark writes 20,000 rows a page)`,
},
]);
}
function tooManyPages(display, group, name, pages, values, bytes) {
const n = (v) => v.toLocaleString('en-US');
return new problem .Mm([
{
file: display,
message: `row group ${group + 1}, column '${name}' has more than ${n(pages)} pages for its ${n(values)} values in ${n(bytes)} bytes: at most ${MAX_EXTRA_PAGES} and one for every ${MIN_PAGE_VALUES} values or ${MIN_PAGE_BYTES} bytes of the chunk are read, as each page costs a header and a decode whatever it holds. Rewrite the file with larger pages (pyarrow's and Spark's defaults write thousands of values a page; hyparquet-writer: a pageSize of 1 KB or more)`,
},
]);
}
class ChunkBytes {
file;
end;
buf = new Uint8Array(0);
at = 0;
constructor(file, end) {
this.file = file;
this.end = end;
}
async reader(pos, len) {
const want = Math.min(this.end, pos + len);
if (pos < this.at || want > this.at + this.buf.length) {
this.buf = new Uint8Array(await this.file.slice(pos, Math.min(this.end, Math.max(want, pos + READ_WINDOW))));
this.at = pos;
}
return { view: new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength), offset: pos - this.at };
}
reachesEnd() {
return this.at + this.buf.length >= this.end;
}
}
function dictionaryOf(data) {
const cells = new Array(data.length + 1);
let invalid = null;
for (let j = 0; j < data.length; j++) {
try {
cells[j] = toCell(data[j]);
}
catch (e) {
if (!(e instanceof InvalidUtf8))
throw e;
invalid ??= new Map();
invalid.set(j, e);
cells[j] = null;
}
}
cells[data.length] = null;
return { cells, invalid };
}
function readCodes(page, out, at, take) {
try {
;
page.codes.read(out, at, take);
}
catch (e) {
if (e instanceof problem .Mm || !page.damaged)
throw e;
throw page.damaged(errorText(e, 'its page does not decode as its header says'));
}
}
function isNumberArray(v) {
return (v instanceof Float64Array ||
v instanceof Float32Array ||
v instanceof Int32Array ||
v instanceof Uint32Array ||
v instanceof Uint8Array);
}
class PageBytes {
fileBytes;
ratio;
display;
onPage;
onBytes;
used = 0;
pages = 0;
allowed;
constructor(fileBytes, ratio, display,
onPage = () => { },
onBytes = () => { }) {
this.fileBytes = fileBytes;
this.ratio = ratio;
this.display = display;
this.onPage = onPage;
this.onBytes = onBytes;
this.allowed = Math.ceil(fileBytes / MIN_PAGE_BYTES);
}
allow(values) {
this.allowed += MAX_EXTRA_PAGES + 1 + Math.ceil(values / MIN_PAGE_VALUES);
}
charge(bytes) {
this.onPage(bytes);
if (++this.pages > this.allowed)
throw new problem .Mm([
{
file: this.display,
message: `its column chunks' pages number more than ${this.allowed.toLocaleString('en-US')}: at most ${MAX_EXTRA_PAGES + 1} a chunk and one for every ${MIN_PAGE_VALUES} of its values, and one for every ${MIN_PAGE_BYTES} bytes of the ${this.fileBytes.toLocaleString('en-US')}-byte file, are read in a pass; its column chunks share bytes (a writer's never do), so each column read them again. Write the file again with a Parquet writer (pyarrow, DuckDB, Spark)`,
},
]);
this.used += bytes;
this.check();
}
strings(bytes) {
this.onBytes(bytes);
this.used += bytes;
this.check();
}
named(bytes) {
this.onBytes(bytes);
}
check() {
if (this.used - this.fileBytes * this.ratio > table .t)
throw new problem .Mm([
{
file: this.display,
message: `its pages inflate to ${this.used.toLocaleString('en-US')} bytes or more in a ${this.fileBytes.toLocaleString('en-US')}-byte file: more than ${this.ratio.toLocaleString('en-US')} times the file's bytes (max_decompression_ratio, past the first MiB); real evaluation data compresses 3 to 20 times: raise max_decompression_ratio (at most 1,100) if the file is genuine`,
},
]);
}
}
const MAX_EXTRA_PAGES = 2;
const MIN_PAGE_VALUES = 64;
const MIN_PAGE_BYTES = 512;
function maxChunkPages(values, bytes) {
return MAX_EXTRA_PAGES + Math.ceil(values / MIN_PAGE_VALUES) + Math.ceil(bytes / MIN_PAGE_BYTES);
}
class FlatPages {
bytes;
start;
decoder;
groupRows;
fail;
refuse;
held;
slot;
refuseHeld;
inflated;
tooManyPages;
pos;
dictionary;
cells;
rows = 0;
pages = 0;
maxPages;
constructor(bytes, start, decoder, groupRows, fail, refuse, held, slot, refuseHeld,
inflated, tooManyPages) {
this.bytes = bytes;
this.start = start;
this.decoder = decoder;
this.groupRows = groupRows;
this.fail = fail;
this.refuse = refuse;
this.held = held;
this.slot = slot;
this.refuseHeld = refuseHeld;
this.inflated = inflated;
this.tooManyPages = tooManyPages;
this.pos = start;
this.maxPages = maxChunkPages(groupRows, bytes.end - start);
inflated.allow(groupRows);
}
chargeNamed(before) {
const n = named.values - before;
if (n > 0)
this.inflated.named(n * NAMED_VALUE_BYTES);
}
tooLong(long, where, unit = 'characters') {
return `a value of ${long.length.toLocaleString('en-US')} ${unit} in ${where}: no label, prediction, score, weight or group value is longer than ${values .m8.toLocaleString('en-US')} (a column of free text, or a file altered)`;
}
async header() {
for (let len = 1 << 16;; len *= 4) {
const reader = await this.bytes.reader(this.pos, len);
const from = reader.offset;
const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset, reader.view.byteLength);
const walked = walkFooter(bytes, from, MAX_PAGE_HEADER_ENTRIES);
if ('problem' in walked && !walked.cut)
throw this.fail(`cannot read a page header: it ${walked.problem}`);
if ('entries' in walked && walked.entries > MAX_PAGE_HEADER_ENTRIES)
throw this.fail(`cannot read a page header: it holds more than ${MAX_PAGE_HEADER_ENTRIES} entries (structs and the items of their lists; a writer's holds a few)`);
try {
if ('problem' in walked)
throw new Error(walked.problem);
const header = (0,column .wK)(reader);
return { header, length: reader.offset - from };
}
catch (e) {
if (this.bytes.reachesEnd() || len >= MAX_PAGE_BYTES)
throw this.fail(`cannot read a page header (${errorText(e, 'its bytes do not decode')})`);
}
}
}
async next() {
while (this.rows < this.groupRows && this.pos < this.bytes.end - 1) {
if (++this.pages > this.maxPages)
throw this.tooManyPages(this.maxPages, this.groupRows, this.bytes.end - this.start);
const { header, length } = await this.header();
if (header.type === 'DICTIONARY_PAGE' && this.pages > 1)
throw this.fail(`a dictionary page after its first page (the format allows one dictionary page a column chunk, as its first page)`);
const headers = [header.data_page_header, header.data_page_header_v2, header.dictionary_page_header];
if (headers.filter((h) => h !== undefined).length > 1)
throw this.fail('a page header with more than one kind of page header in it (a page is one kind)');
const values = (header.type === 'DATA_PAGE'
? header.data_page_header?.num_values
: header.type === 'DATA_PAGE_V2'
? header.data_page_header_v2?.num_values
: header.type === 'DICTIONARY_PAGE'
? header.dictionary_page_header?.num_values
: undefined) ?? 0;
const kind = header.type === 'DICTIONARY_PAGE' ? 'a dictionary page' : 'a page';
const left = this.groupRows - this.rows;
if (header.type !== 'DICTIONARY_PAGE' && values > left)
throw this.fail(`a page of ${values.toLocaleString('en-US')} values where its row group has ${left.toLocaleString('en-US')} ${left === 1 ? 'row' : 'rows'} left (a column holds one value a row)`);
if (header.type === 'DICTIONARY_PAGE' && values > this.groupRows)
throw this.fail(`a dictionary of ${values.toLocaleString('en-US')} values where its row group has ${this.groupRows.toLocaleString('en-US')} ${this.groupRows === 1 ? 'row' : 'rows'} (a column chunk's dictionary holds the distinct values of its rows)`);
if (values > MAX_PAGE_VALUES)
throw this.refuse(`${kind} of ${values.toLocaleString('en-US')} values`, `${MAX_PAGE_VALUES.toLocaleString('en-US')} values a page`);
const size = Math.max(Number(header.compressed_page_size), Number(header.uncompressed_page_size));
if (Number.isNaN(size))
throw this.fail(`${kind}'s header gives no size`);
if (!(size <= MAX_PAGE_BYTES))
throw this.refuse(`${kind} of ${size.toLocaleString('en-US')} bytes`, `${MAX_PAGE_BYTES.toLocaleString('en-US')} bytes a page`);
const pageEnd = this.pos + length + Number(header.compressed_page_size);
if (pageEnd > this.bytes.end)
throw this.fail('a page runs past the end of its column chunk');
const refuseHeld = (total) => this.refuseHeld(values, total);
if (header.type === 'DICTIONARY_PAGE')
this.held.hold(`${this.slot}#dictionary`, pageCost(header, values, this.decoder.element.type), refuseHeld);
else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2')
this.held.hold(this.slot, pageCost(header, values, this.decoder.element.type), refuseHeld);
this.inflated.charge(Number(header.uncompressed_page_size));
const reader = await this.bytes.reader(this.pos, pageEnd - this.pos);
reader.offset += length;
this.pos = pageEnd;
const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, Number(header.compressed_page_size));
let fast;
let stringBytes;
const namedBefore = named.values;
try {
if (header.type === 'DICTIONARY_PAGE') {
decoded(values, Number(header.uncompressed_page_size));
this.dictionary = convertValues(decodeDictionaryPage(compressed, header, this.decoder), this.decoder);
const long = longString(this.dictionary);
if (long)
throw this.fail(this.tooLong(long, 'its dictionary'));
this.cells = dictionaryOf(this.dictionary);
this.chargeNamed(namedBefore);
continue;
}
const pageBytes = Number(header.uncompressed_page_size);
let strings = 0;
const charge = (bytes, longest) => {
if (longest > 3 * MAX_CELL_CHARS)
throw this.fail(this.tooLong({ at: -1, length: longest }, 'its page', 'bytes'));
this.held.hold(this.slot, {
decoding: pageBytes + bytes + values * BYTE_ARRAY_DECODING_COST,
held: pageBytes + bytes + values * BYTE_ARRAY_HELD_COST,
}, refuseHeld);
strings = bytes;
if (bytes > pageBytes)
this.inflated.strings(bytes - pageBytes);
};
fast = openFlatPage(compressed, header, this.decoder, this.dictionary?.length, charge);
stringBytes = Math.max(pageBytes, strings);
}
catch (e) {
if (e instanceof problem .Mm)
throw e;
throw this.fail(errorText(e, 'its page does not decode as its header says'));
}
this.chargeNamed(namedBefore);
if (fast.codes) {
if (fast.codes.length === 0)
continue;
this.rows += fast.codes.length;
return {
length: fast.codes.length,
codes: fast.codes,
dictionary: this.cells,
damaged: (what) => this.fail(what),
};
}
const data = fast.values;
const long = longString(data);
if (long)
throw this.fail(this.tooLong(long, `its row ${(this.rows + long.at + 1).toLocaleString('en-US')}`));
const numbers = isNumberArray(data);
if (!numbers)
decoded(values, stringBytes);
if (data.length === 0)
continue;
this.rows += data.length;
return numbers ? { length: data.length, values: data } : { length: data.length, values: data, bytes: stringBytes };
}
return null;
}
}
const PARQUET_CELL_BYTES = 2;
function checkRowsAgainstBytes(metadata, fileBytes, display, limits) {
const rows = Number(metadata.num_rows);
const columns = Math.max(1, metadata.schema.length - 1);
const decoded = rows * columns * PARQUET_CELL_BYTES;
const ratio = limits.maxDecompressionRatio ?? table .l5;
const pool = limits.allowance;
const free = pool ? Math.min(table .t, Math.max(0, pool.left)) : table .t;
const past = decoded - fileBytes * ratio;
if (past > free)
throw new problem .Mm([
{
file: display,
message: `holds ${rows.toLocaleString('en-US')} rows of ${columns} columns in ${fileBytes.toLocaleString('en-US')} bytes: counted as ${PARQUET_CELL_BYTES} bytes a value, more than ${ratio.toLocaleString('en-US')} times the file's bytes (max_decompression_ratio, past the first MiB${free < table .t ? ", which the run's earlier files have used up" : ''}); real evaluation data compresses 3 to 20 times: raise max_decompression_ratio (at most 1,100) if the file is genuine`,
},
]);
if (pool && past > 0)
pool.left -= past;
}
const MAX_FOOTER_BYTES = 8 * 1024 * 1024;
const MAX_SCHEMA_DEPTH = 64;
async function checkFooterSize(file, display, footers) {
const size = file.byteLength;
if (size < 12)
return;
const length = new DataView(await file.slice(size - 8, size)).getUint32(0, true);
const refuse = (what) => new problem .Mm([
{
file: display,
message: `has a footer of ${what}; a footer describes the columns and row groups, and writers' take kilobytes: write it with fewer columns or fewer, larger row groups`,
},
]);
if (length > MAX_FOOTER_BYTES)
throw refuse(`${length.toLocaleString('en-US')} bytes, over the ${MAX_FOOTER_BYTES.toLocaleString('en-US')} (8 MiB) a file may have`);
if (length + 8 > size)
return;
const walked = walkFooter(new Uint8Array(await file.slice(size - 8 - length, size - 8)));
if ('problem' in walked)
throw new problem .Mm([
{
file: display,
message: `cannot read as Parquet: its footer ${walked.problem}; the file is damaged or was not written by a Parquet writer`,
},
]);
const structs = walked.entries;
if (walked.schemaDepth > MAX_SCHEMA_DEPTH)
throw new problem .Mm([
{
file: display,
message: `has a schema that nests ${walked.schemaDepth.toLocaleString('en-US')} levels deep, more than the ${MAX_SCHEMA_DEPTH} a file may have (a struct or list inside another counts a level): write the columns the audit reads flat`,
},
]);
const entries = 'entries (schema fields, row groups, column chunks, their statistics and the items of their lists)';
if (structs > parquet_bounds .Eh)
throw refuse(`${length.toLocaleString('en-US')} bytes holding more than ${parquet_bounds .Eh.toLocaleString('en-US')} ${entries}, the most a file may have`);
if (footers && structs > footers.left)
throw refuse(`${structs.toLocaleString('en-US')} ${entries}, more than the ${Math.max(0, footers.left).toLocaleString('en-US')} left of the ${parquet_bounds .Im.toLocaleString('en-US')} the Parquet files of a run may have in all (each audit's files stay open until the run's report is built)`);
if (footers && length > footers.bytesLeft)
throw refuse(`${length.toLocaleString('en-US')} bytes, more than the ${Math.max(0, footers.bytesLeft).toLocaleString('en-US')} left of the ${parquet_bounds .LQ.toLocaleString('en-US')} bytes the Parquet footers of a run may have in all (each audit's files stay open until the run's report is built)`);
if (footers) {
footers.left -= structs;
footers.bytesLeft -= length;
}
}
async function openParquet(path, display, limits = {}) {
const identity = limits.identity;
let file;
let metadata;
let names;
try {
file = await (0,files_open .b1)(path, identity);
const head = new Uint8Array(await file.slice(0, Math.min(4, file.byteLength)));
if (head[0] === 0x1f && head[1] === 0x8b)
throw new problem .Mm([
{
file: display,
message: 'is gzip-compressed, not a Parquet file: Parquet compresses its pages itself (snappy, gzip, zstd), so a Parquet file is never gzipped whole; gunzip it, or write it with a page codec',
},
]);
const tail = new Uint8Array(await file.slice(Math.max(0, file.byteLength - 4), file.byteLength));
const par1 = (b) => b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
if (file.byteLength >= 12 && !(par1(head) && par1(tail)))
throw new problem .Mm([
{
file: display,
message: `is not a Parquet file: it does not ${par1(head) ? 'end' : 'start'} with the bytes PAR1 that every Parquet file ${par1(head) ? 'ends' : 'starts'} with${par1(head) ? ' (is it truncated?)' : ''}; check the file, or its extension (.csv, .jsonl, .json)`,
},
]);
await checkFooterSize(file, display, limits.footers);
metadata = await (0,src_metadata .Ei)(file, { geoparquet: false });
metadata.key_value_metadata = undefined;
checkFooter(metadata, file.byteLength, display);
checkRowsAgainstBytes(metadata, file.byteLength, display, limits);
if (metadata.row_groups.some((g) => g.columns.some((c) => c.meta_data?.codec === 'ZSTD')))
await loadWasmZstd();
names = (0,src_metadata .YR)(metadata).children.map((c) => c.element.name);
}
catch (e) {
if (e instanceof problem .Mm)
throw e;
throw parquetProblem(display, e);
}
const schemaTree = (0,src_metadata .YR)(metadata);
const { columns, warnings, duplicates } = (0,header .Hs)(names);
const leaves = (t) => t.children.length === 0 ? 1 : t.children.reduce((n, c) => n + leaves(c), 0);
const leafStart = [];
schemaTree.children.reduce((at, c) => {
leafStart.push(at);
return at + leaves(c);
}, 0);
async function pagesOf(k, groupStart, name, held, inflated) {
const group = metadata.row_groups[k];
const n = Number(group.num_rows);
const j = columns.indexOf(name);
const raw = names[j] ?? name;
const chunks = j < 0 ? [] : group.columns.slice(leafStart[j], (leafStart[j] ?? 0) + leaves(schemaTree.children[j]));
if (chunks.some((c) => c.meta_data?.path_in_schema[0] !== raw))
throw damagedPage(display, k, name, 'its column chunks do not follow the schema');
const kind = j < 0 ? null : unreadKind(schemaTree.children[j]);
if (kind)
throw new problem .Mm([{ file: display, message: unreadMessage(name, kind) }]);
const mistyped = j < 0 ? null : annotationProblem(schemaTree.children[j].element);
if (mistyped)
throw new problem .Mm([{ file: display, message: mistypedMessage(name, mistyped) }]);
const unconverted = j < 0 ? null : unconvertedKind(schemaTree.children[j].element);
if (unconverted)
throw new problem .Mm([{ file: display, message: unconvertedMessage(name, unconverted) }]);
const refuse = (what, limit) => tooLarge(display, k, name, what, limit);
const only = chunks.length === 1 ? chunks[0] : undefined;
const meta = only?.meta_data;
const schemaPath = meta ? (0,schema .st)(schemaTree, meta.path_in_schema) : [];
if (only && meta && (0,schema .g7)(schemaPath)) {
if (only.file_path)
throw new Error('parquet file_path not supported');
const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
const decoder = {
pathInSchema: meta.path_in_schema,
element: schemaPath[schemaPath.length - 1].element,
schemaPath,
...meta,
parsers: { ...PARSERS },
compressors: COMPRESSORS,
};
const bytes = new ChunkBytes(file, start + Number(meta.total_compressed_size));
return new FlatPages(bytes, start, decoder, n, (what) => damagedPage(display, k, name, what), refuse, held, name, (values, total) => tooMuchHeld(display, k, name, values, total), inflated, (pages, values, chunkBytes) => tooManyPages(display, k, name, pages, values, chunkBytes));
}
throw damagedPage(display, k, name, 'its column chunks do not follow the schema');
}
async function* batches(wanted) {
const release = file.hold();
try {
yield* groupBatches(wanted);
}
finally {
await release();
}
}
async function columnOf(cur, len, k, n, line) {
const parts = [];
for (let filled = 0; filled < len;) {
if (cur.page === null || cur.at >= cur.page.length) {
cur.page = await cur.pages.next();
cur.at = 0;
if (cur.page === null)
throw shortColumn(cur, k, n);
}
const take = Math.min(len - filled, cur.page.length - cur.at);
if (cur.page.codes) {
if (!cur.codes || cur.codes.length < len)
cur.codes = new Int32Array(Math.max(len, BATCH_ROWS));
readCodes(cur.page, cur.codes, filled, take);
}
parts.push({ page: cur.page, from: cur.at, take });
filled += take;
cur.at += take;
}
const bad = (at, e) => invalidUtf8Problem(display, line + at, cur.name, columns.indexOf(cur.name) + 1, e);
const checkCodes = (codes, invalid, at) => {
if (!invalid)
return;
for (let i = 0; i < codes.length; i++) {
const e = invalid.get(codes[i]);
if (e)
throw bad(at + i, e);
}
};
const first = parts[0];
const dictionary = first.page.dictionary;
if (dictionary && parts.every((p) => p.page.dictionary === dictionary)) {
const codes = cur.codes.subarray(0, len);
checkCodes(codes, dictionary.invalid, 0);
return { codes, values: dictionary.cells };
}
if (parts.every((p) => p.page.values && isNumberArray(p.page.values))) {
const slices = parts.map((p) => p.page.values.subarray(p.from, p.from + p.take));
if (slices.length === 1)
return slices[0];
const out = new Float64Array(len);
let at = 0;
for (const slice of slices) {
out.set(slice, at);
at += slice.length;
}
return out;
}
const out = new Array(len);
let at = 0;
for (const { page, from, take } of parts) {
if (page.codes) {
const codes = cur.codes.subarray(at, at + take);
const d = page.dictionary;
checkCodes(codes, d.invalid, at);
for (let i = 0; i < take; i++)
out[at + i] = d.cells[codes[i]];
}
else {
const values = page.values;
let j = 0;
try {
for (; j < take; j++)
out[at + j] = toCell(values[from + j]);
}
catch (e) {
if (!(e instanceof InvalidUtf8))
throw e;
throw bad(at + j, e);
}
}
at += take;
}
return out;
}
async function batchRows(cursors, k, n) {
let perRow = 0;
for (const cur of cursors) {
if (cur.page === null || cur.at >= cur.page.length) {
cur.page = await cur.pages.next();
cur.at = 0;
if (cur.page === null)
throw shortColumn(cur, k, n);
}
if (cur.page.bytes !== undefined && cur.page.length > 0)
perRow += cur.page.bytes / cur.page.length;
}
return perRow * BATCH_ROWS <= BATCH_BYTES ? BATCH_ROWS : Math.max(MIN_BATCH_ROWS, Math.floor(BATCH_BYTES / perRow));
}
function shortColumn(cur, k, n) {
return new problem .Mm([
{
file: display,
message: `cannot read as Parquet: row group ${k + 1} claims ${n.toLocaleString('en-US')} rows and column '${cur.name}' holds ${cur.pages.rows.toLocaleString('en-US')}; the footer does not match the file (is it truncated or damaged?)`,
},
]);
}
let pagesRead = 0;
let bytesRead = 0;
async function* groupBatches(wanted) {
const names = [...new Set(wanted)];
let row = 0;
const inflated = new PageBytes(file.byteLength, limits.maxDecompressionRatio ?? table .l5, display, (bytes) => {
pagesRead++;
bytesRead += bytes;
}, (bytes) => void (bytesRead += bytes));
for (const [k, group] of metadata.row_groups.entries()) {
const n = Number(group.num_rows);
try {
const cursors = [];
const held = new HeldPages();
for (const name of names)
cursors.push({ name, pages: await pagesOf(k, row, name, held, inflated), page: null, at: 0 });
for (let done = 0; done < n;) {
const len = Math.min(await batchRows(cursors, k, n), n - done);
const byName = new Map();
for (const cur of cursors)
byName.set(cur.name, await columnOf(cur, len, k, n, row + done + 1));
yield { line: row + done + 1, length: len, columns: wanted.map((w) => byName.get(w)) };
done += len;
}
}
catch (e) {
if (e instanceof problem .Mm)
throw e;
throw parquetProblem(display, e);
}
row += n;
}
}
const typeOf = (t) => {
const e = t.element;
const logical = String(e.logical_type?.type ?? e.converted_type ?? '');
if (t.children.length > 0)
return 'a nested column';
if (/DATE|TIME/.test(logical) || e.type === 'INT96')
return 'a date or time';
if (e.type === 'BOOLEAN')
return 'a boolean';
if (logical === 'DECIMAL' || e.type === 'INT32' || e.type === 'INT64' || e.type === 'FLOAT' || e.type === 'DOUBLE')
return logical === '' || logical === 'DECIMAL' || /INT/.test(logical) ? 'a number' : `${e.type} (${logical})`;
if (e.type === 'BYTE_ARRAY' && (logical === '' || /UTF8|STRING|ENUM/.test(logical)))
return 'text';
return `${e.type ?? '?'}${logical ? ` (${logical})` : ''}`;
};
const numberKind = (t) => {
const e = t.element;
if (t.children.length > 0)
return 'other';
const logical = String(e.logical_type?.type ?? e.converted_type ?? '');
if (/DATE|TIME/.test(logical))
return 'other';
if (logical === 'DECIMAL' ||
((e.type === 'INT32' || e.type === 'INT64') && (logical === '' || /INT/.test(logical))))
return 'exact';
return e.type === 'FLOAT' || e.type === 'DOUBLE' ? 'float' : 'other';
};
return {
columns,
columnTypes: schemaTree.children.map(typeOf),
numberKinds: schemaTree.children.map(numberKind),
warnings,
...(duplicates.length > 0 ? { duplicates } : {}),
declaredRows: Number(metadata.num_rows),
pagesRead: () => pagesRead,
readBytes: () => bytesRead,
chargeBytes: (bytes) => void (bytesRead += bytes),
async *records(wanted) {
for await (const batch of batches(wanted)) {
for (let i = 0; i < batch.length; i++)
yield { cells: batch.columns.map((c) => (0,table .G0)(c, i)), line: batch.line + i };
}
},
batches,
};
}
})
};
