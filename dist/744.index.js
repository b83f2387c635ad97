export const id = 744;
export const ids = [744];
export const modules = {

/***/ 744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openParquet: () => (/* binding */ openParquet)
});

// UNUSED EXPORTS: BATCH_BYTES, BATCH_ROWS, COMPRESSORS, MAX_CELL_CHARS, MAX_FOOTER_BYTES, MAX_FOOTER_STRUCTS, MAX_HELD_PAGE_BYTES, MAX_PAGE_BYTES, MAX_PAGE_VALUES, MAX_ROWS_PER_BYTE, MAX_ROW_GROUPS, MAX_RUN_FOOTER_BYTES, MAX_RUN_FOOTER_STRUCTS, MAX_SCHEMA_DEPTH, MIN_PAGE_BYTES, MIN_PAGE_VALUES, NAMED_VALUE_BYTES, PARQUET_CELL_BYTES, checkFooter, decompressSnappy, exactTimestamp, isoTime, maxChunkPages, uuidText

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(8286);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(8339);
// EXTERNAL MODULE: ./node_modules/hysnappy/js/uncompress.js
var uncompress = __webpack_require__(7100);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/files/open.ts
var files_open = __webpack_require__(6055);
// EXTERNAL MODULE: ./src/config/problem.ts
var problem = __webpack_require__(8841);
// EXTERNAL MODULE: ./src/data/guards.ts
var guards = __webpack_require__(9084);
// EXTERNAL MODULE: ./src/data/header.ts
var header = __webpack_require__(6951);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 1 modules
var datapage = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(4809);
;// CONCATENATED MODULE: ./src/data/parquet-encodings.ts


/** The encodings `decodeValues` reads. */
const VALUE_ENCODINGS = new Set([
    'RLE',
    'BYTE_STREAM_SPLIT',
    'DELTA_BINARY_PACKED',
    'DELTA_LENGTH_BYTE_ARRAY',
    'DELTA_BYTE_ARRAY',
]);
/**
 * Largest DELTA_BINARY_PACKED block: the spec asks for a multiple of 128 values, and writers
 * use 128 (parquet-mr, Arrow, hyparquet-writer) or a few times that (DuckDB 2,048).
 */
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
/** `width` (≤ 32) bits of `bytes` from bit `bit`, least significant first, as a number. */
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
/**
 * DELTA_BINARY_PACKED: `n` values (INT32 as an Int32Array, INT64 as a BigInt64Array), and where
 * they end. Arithmetic wraps at the type's width, as writers compute it.
 */
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
            // Bits from the 33rd on vanish modulo 2^32.
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
/** Non-negative lengths of `n` byte strings (DELTA_BINARY_PACKED). */
function readLengths(c, n, what) {
    const lengths = readDeltaBinaryPacked(c, n, false);
    for (let i = 0; i < n; i++)
        if (lengths[i] < 0)
            throw new Error(`a ${what} of ${lengths[i]} bytes`);
    return lengths;
}
/** DELTA_LENGTH_BYTE_ARRAY: `n` byte strings, views of the page. */
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
/**
 * DELTA_BYTE_ARRAY: `n` byte strings, each a prefix of the one before and a suffix from the
 * page. A prefix longer than the string before it is an error, and `charge` is told the bytes
 * (and the longest string's)
 * the strings take in all before they are allocated (one buffer, of which each is a view).
 */
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
/** BYTE_STREAM_SPLIT: `n` values of the column's width, their bytes one stream per byte. */
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
/** RLE booleans: a 4-byte length, then the hybrid encoding of 1-bit values. */
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
/**
 * `n` values of `encoding` (one of VALUE_ENCODINGS) from `page[pos, …)`, as hyparquet's
 * decoders give them (before `convert`). `charge(bytes)` is told what DELTA_BYTE_ARRAY
 * strings take decoded before they are allocated.
 */
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
/**
 * PLAIN values with their end checked against the page: hyparquet's readPlain makes views of
 * the buffer the page lies in, so a length past the page read the bytes after it.
 */
function readPlainInPage(page, pos, n, decoder) {
    if (decoder.type === 'BYTE_ARRAY')
        return readPlainBytes(page, pos, n);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const reader = { view, offset: pos };
    const values = (0,plain/* readPlain */.r)(reader, decoder.type, n, decoder.element.type_length);
    if (reader.offset > page.length)
        throw new Error(`a page's ${num(n)} values run past the end of the page`);
    return values;
}
/** Values of at most this many bytes are one view for every row that holds them (`readPlainBytes`). */
const SHARED_VIEW_BYTES = 6;
/**
 * `n` PLAIN byte arrays from `page[pos, …)`, each a view of the page, as hyparquet's `readPlain`
 * gives them; but the rows of a short value (a label's `0` and `1`) share one view, which the
 * string conversion then names once (see `stringFromBytes` in parquet.ts). A view and a string a
 * row, for two PLAIN label columns of 1,000,000 rows, were 103 MB of garbage to collect.
 */
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
            // The value's bytes and its length as one number below 2^51.
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
/** A dictionary page's values (PLAIN), as hyparquet's readPage gives them (before `convert`). */
function decodeDictionaryPage(compressed, header, decoder) {
    const d = header.dictionary_page_header;
    if (!d)
        throw new Error('a dictionary page without its header');
    if (d.encoding !== undefined && d.encoding !== 'PLAIN' && d.encoding !== 'PLAIN_DICTIONARY')
        throw new Error(`a dictionary page in the ${d.encoding} encoding`);
    const page = (0,datapage/* decompressPage */.tC)(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
    return readPlainInPage(page, 0, d.num_values, decoder);
}

;// CONCATENATED MODULE: ./src/data/parquet-schema.ts

/**
 * Most digits a DECIMAL may declare, in any physical type (INT32 holds 9, INT64 18): Arrow's
 * decimal256 and BigQuery's BIGNUMERIC, the widest warehouses write (Spark and DuckDB 38). Naming
 * a value costs more than linear time in its digits: DECIMAL(1000, 0) values of 415 bytes took
 * some 30 µs each, 300,000 of them in a 16.7 KB DELTA_BYTE_ARRAY file 9.2 s of CPU an audit,
 * exit 0 (red team 23 R23-4; 1,000 digits were allowed, the group-value bound).
 */
const MAX_DECIMAL_PRECISION = 76;
/** Whether a leaf is a DECIMAL (by its converted or its logical type). */
function isDecimal(element) {
    return element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL';
}
/** A DECIMAL leaf's precision and scale, as the logical type (else the element) gives them. */
function decimalOf(element) {
    const logical = element.logical_type?.type === 'DECIMAL' ? element.logical_type : undefined;
    return { precision: logical?.precision ?? element.precision, scale: logical?.scale ?? element.scale ?? 0 };
}
/** Most digits `bytes` two's-complement bytes hold: ⌊log10(2^(8·bytes − 1) − 1)⌋. */
function digitsOfBytes(bytes) {
    return Math.floor((8 * bytes - 1) * Math.log10(2));
}
/**
 * Most bytes a DECIMAL value of `precision` digits may take: what two's complement needs for
 * them, or 32 (writers may pad, e.g. decimal128 in 16 bytes whatever its precision). Building a
 * value and writing its digits costs more than linear in its bytes: a 1 MB value would be named
 * before the 1,000-character bound on group values refused it.
 */
function maxDecimalBytes(precision) {
    return Math.max(32, Math.ceil((precision * Math.log2(10) + 1) / 8));
}
/** Why a DECIMAL leaf's annotation is not one its values can have, or null. */
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
/**
 * Checks the footer's column chunks against its schema, and its DECIMAL leaves; throws a
 * ProblemError naming the file and what is wrong. Iterative and linear in the footer (a schema
 * 100,000 levels deep costs no stack; each chunk's path is compared once, entry by entry).
 */
function checkSchemaLeaves(metadata, display) {
    const damaged = (what) => new problem/* ProblemError */.Mm([
        {
            file: display,
            message: `cannot read as Parquet: ${what}; the file is damaged, or was not written by a Parquet writer`,
        },
    ]);
    const schema = metadata.schema;
    // The leaves in schema order, each with its parent (an index into `schema`, -1 at the root's children) and depth.
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
            // Readers differ where the footer contradicts itself: a chunk is decoded by its metadata's
            // type here and by the schema's in DuckDB and Arrow (red team 15 R15-7: an INT32 column
            // whose chunk says FLOAT read 1 as 1.4e-45, and a failing gate passed); it starts at its
            // dictionary page here and in DuckDB, at its first data page in Arrow and parquet-java when
            // the dictionary page would come after it (R15-3: another page of labels there passed).
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
/** A name from the footer in a message: at most 100 characters. */
function parquet_schema_short(name) {
    return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}
/** A path as text, its first 10 names (a deep schema's path is long), each `short`. */
function pathText(names) {
    return `${names.slice(0, 10).map(parquet_schema_short).join('.')}${names.length > 10 ? '…' : ''}`;
}
/** A schema element's path as text. */
function pathOf(schema, parent, i) {
    const names = [];
    for (let at = i; at >= 0; at = parent[at])
        names.push(schema[at].name);
    return pathText(names.reverse());
}
/**
 * What a top-level column is when an audit cannot read it as a column of single values, or
 * null: a list, struct, map or VARIANT (a group), a repeated field, a GEOMETRY or GEOGRAPHY
 * leaf (hyparquet makes GeoJSON objects of them). fairlearn takes 1-D arrays of scalars: a list
 * or struct is no group. So hyparquet's row-group reader and its assembly, whose decoders trust
 * what a page claims, are never on the audit's path (red team 9 R9-3, red team 10 R10-1's
 * nested half, R10-4 and the nested findings after it). Columns the audit does not read may be
 * anything: they are never decoded.
 */
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
/** The problem of an audit that reads such a column. */
function unreadMessage(name, kind) {
    return `column '${parquet_schema_short(name)}' is ${kind}; an audit reads columns of single values (a label, a score, a group name), as fairlearn takes 1-D arrays: select the field you mean as its own column (e.g. in DuckDB \`COPY (SELECT *, g.v AS g_v FROM t) TO 'eval.parquet'\`) and audit that`;
}
/**
 * What a flat leaf is when its values have a type no reader of the audit converts, or null: an
 * INTERVAL (12 bytes of months, days and milliseconds) or BSON. hyparquet throws on either when
 * a page is converted, and that error read as a damaged file (red team 14 R14-8: a valid DuckDB
 * INTERVAL column read as a sensitive column was called "damaged or written with pages too
 * large to read"). Such a column is refused by name and kind before any page is read; one the
 * audit does not read is never decoded.
 */
function unconvertedKind(e) {
    if (e.converted_type === 'INTERVAL')
        return 'an INTERVAL column';
    if (e.converted_type === 'BSON' || e.logical_type?.type === 'BSON')
        return 'a BSON column';
    return null;
}
/** The problem of an audit that reads such a column (`unconvertedKind`): what it is, and the cast to write instead. */
function unconvertedMessage(name, kind) {
    const n = parquet_schema_short(name);
    const cast = kind === 'an INTERVAL column'
        ? `as text or as a number of seconds (e.g. in DuckDB \`COPY (SELECT * REPLACE (CAST(${n} AS VARCHAR) AS ${n}) FROM t) TO 'eval.parquet'\`, or \`CAST(epoch(${n}) AS BIGINT)\` for whole seconds)`
        : `as text (e.g. its JSON)`;
    return `column '${n}' is ${kind}, whose values the audit does not read (a label, a score or a group name is a number, a string, a boolean, a date or a time): write it ${cast} and audit that`;
}
/** The physical types (and fixed lengths) the format allows each annotation on. */
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
/**
 * Why a flat leaf's values cannot be read as its annotation says, or null: a logical or converted
 * type on a physical type the format does not allow it on (hyparquet applies it anyway: FLOAT16
 * on INT32 read every value as 0, UUID on a longer byte array kept its first 16 bytes, so
 * distinct values were one group; red team 11 R11-1, R11-2), or a FIXED_LEN_BYTE_ARRAY of raw
 * bytes with no annotation at all, which names no group (each value was a byte view made into
 * JSON text, 1.6 µs a row: 16.8 million rows of one byte ran past 27 s; red team 10 R10-19).
 * DECIMAL is checked by `checkSchemaLeaves`.
 */
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
/**
 * The converted type a logical type is spelled as (parquet.thrift: a writer that sets a logical
 * type sets the converted type that corresponds to it, for older readers); undefined: it has none.
 */
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
/**
 * A column whose converted type says another thing than its logical type: readers take either
 * (this one and DuckDB took unsigned or DECIMAL when either said so, Arrow the logical type), so
 * the same bytes are other values to each (red team 15 R15-5: UINT_32 with a signed INTEGER(32)
 * read 0xFFFFFFFF as 4294967295 here, −1 in Arrow; DECIMAL(9, 3) with an INTEGER read 1 as 0.001;
 * a failing gate passed). A DECIMAL's two precisions and scales must agree too.
 */
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
/** The problem of an audit that reads a column whose annotation does not fit it (`annotationProblem`). */
function mistypedMessage(name, what) {
    return `column '${parquet_schema_short(name)}' is ${what}`;
}

// EXTERNAL MODULE: ./src/data/values.ts
var values = __webpack_require__(2884);
;// CONCATENATED MODULE: ./src/data/parquet-decimal.ts



const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** The decimal text of `unscaled` × 10^-scale, without trailing fraction zeros (`1.5`, `-0.005`, `120`). */
function decimalText(unscaled, scale) {
    const negative = unscaled < 0n;
    let digits = (negative ? -unscaled : unscaled).toString();
    if (scale <= 0)
        return unscaled === 0n ? '0' : `${negative ? '-' : ''}${digits}${'0'.repeat(-scale)}`;
    if (digits.length <= scale)
        digits = '0'.repeat(scale - digits.length + 1) + digits;
    const int = digits.slice(0, digits.length - scale);
    // Trailing zeros off by a scan: /0+$/ is retried at every position of the fraction, quadratic in the scale (R10-2).
    let end = digits.length;
    while (end > int.length && digits.charCodeAt(end - 1) === 48)
        end--;
    const frac = digits.slice(int.length, end);
    const text = frac ? `${int}.${frac}` : int;
    return negative && text !== '0' ? `-${text}` : text;
}
/** A DECIMAL as a cell: its double where that double's text is its exact text, else the text. */
function decimalCell(unscaled, scale) {
    const text = decimalText(unscaled, scale);
    const n = Number(text);
    return (0,values/* plainNumber */.ku)(n) === text ? n : text;
}
/** A big-endian two's-complement integer (a BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY DECIMAL) from its bytes' hex, in one step (a byte at a time was quadratic in its length, R10-3). */
function signedBigEndian(hex) {
    if (hex.length === 0)
        return 0n;
    const v = BigInt(`0x${hex}`);
    return parseInt(hex.slice(0, 2), 16) & 0x80 ? v - (1n << BigInt(hex.length * 4)) : v;
}
/**
 * Values a Parquet column's converted type names (DECIMAL, timestamp and UUID texts) that are kept
 * named, by their stored value: more than a group column may hold (`max_groups` is at most
 * 20,000), so the values of any column a run can read are named once; cleared when full. Naming
 * one costs some 1 to 3 µs, where a row costs the bound some 1 µs, and a column's values repeat:
 * 3,000,000 rows of two DECIMAL(76, 0) values took 24.7 s of CPU in 3 audits, exit 0 (red team 24
 * R24-2); kept by 4,096 and cleared, 5,000 values cycled missed on every row, 28.9 s (red team 25 R25-2).
 */
const NAMED_VALUES_KEPT = 1 << 15;
/**
 * Timestamps and UUIDs named so far (a conversion, not a lookup): each is charged to the run's
 * bound (`NAMED_VALUE_BYTES`, `parquet.ts`), so values that are all distinct cost what they take.
 * Such a column is only a group column (no label, score or weight is one), whose distinct values
 * `max_groups` bounds. A DECIMAL is not charged: a score may be one, each row its own value, and
 * score rows cost the bound more already (SCORE_ROW_UNITS).
 */
const named = { values: 0 };
/** The byte-array DECIMALs named, by scale, then by their bytes' hex. */
const decimalCells = new Map();
/**
 * The values an INT32 annotated as a narrower integer (8 or 16 bits, signed or not) may hold: the
 * format stores them in 32 bits, and nothing else checks that they fit. 256 in an INT_8 column was
 * 256 here and 0 in DuckDB and Arrow, which cut it to 8 bits (red team 15 R15-6: a failing gate
 * passed). Null for every other column.
 */
function narrowRange(element) {
    const l = element.logical_type;
    const bits = l?.type === 'INTEGER' ? l.bitWidth : Number(/^U?INT_(8|16)$/.exec(element.converted_type ?? '')?.[1] ?? 0);
    if (bits !== 8 && bits !== 16)
        return null;
    const signed = l?.type === 'INTEGER' ? l.isSigned : !(element.converted_type ?? '').startsWith('U');
    const name = `${signed ? 'INT' : 'UINT'}_${bits}`;
    return signed ? { name, min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1 } : { name, min: 0, max: 2 ** bits - 1 };
}
/** hyparquet's `convert`, with DECIMAL values exact (`decimalCell`). */
function convertValues(data, decoder) {
    const element = decoder.element;
    const perSecond = timeUnits(element);
    if (perSecond !== null)
        return timeValues(data, perSecond);
    if (!isDecimal(element)) {
        const out = (0,convert/* convert */.C6)(data, decoder);
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
    // The footer's precision and scale are checked (`checkSchemaLeaves`): 0 ≤ scale ≤ precision, within the type.
    const { precision, scale } = decimalOf(element);
    const most = maxDecimalBytes(precision ?? MAX_DECIMAL_PRECISION);
    const out = new Array(data.length);
    let kept = decimalCells.get(scale);
    if (!kept) {
        kept = new Map();
        decimalCells.set(scale, kept);
    }
    // A page whose values are nearly all new (a score, each row its own) is named without the cache:
    // keeping them would cost more than it saves.
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
/** A TIME leaf's units a second (MILLIS, MICROS, NANOS; by its logical or its converted type), or null for another leaf. */
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
/** TIME texts named so far, per unit (values repeat, as timestamps' do). */
const timeTexts = new Map();
/**
 * A TIME of `perSecond` units a second as its time of day, as DuckDB writes it: `HH:MM:SS`, then the
 * digits below the second when they are not all 0, without trailing zeros, so one time is one text
 * whatever its unit. Named by its raw count, TIME_MILLIS 1000 and TIME_MICROS 1,000,000 (both
 * 00:00:01) were two groups, and 1000 µs (00:00:00.001) was one group with 1000 ms (red team 32
 * R32-7). A value outside a day (0 to 24:00:00, which DuckDB holds) is no time: refused.
 */
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
        // At most 86,400 × 10^9 nanoseconds: a double holds it exactly (a larger value is refused).
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

// EXTERNAL MODULE: ./src/data/collect.ts
var collect = __webpack_require__(5290);
;// CONCATENATED MODULE: ./src/data/parquet-pages.ts



/** Widest bit-packed value decoded with 32-bit arithmetic (a dictionary of 2^24 entries); wider ones exactly, slower. */
const MAX_FAST_WIDTH = 24;
/**
 * Decodes `output.length` values of the RLE/bit-packed hybrid encoding held in `bytes[pos, end)`,
 * of any width up to 32 bits; returns whether every value is below `limit` (a dictionary's
 * length: its indices are checked as they are decoded, not in another pass). A run that claims
 * more values than are left (hyparquet's loop walked a claimed 2^31-value run: 6 s of CPU for a
 * 10-byte page, red team 9 R9-2) is an error, as are bytes that end before the values do. A
 * bit-packed run may claim more values than are left (DuckDB pads its last one to 256 values),
 * as its bytes bound what it costs.
 */
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
            // Bit-packed: groups of 8 values of `width` bits, least significant bit first.
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
/**
 * The RLE/bit-packed hybrid encoding of `n` values at `bytes[pos, end)` (as `readHybrid`: the
 * same checks, the same errors), decoded as they are asked for, in order: a run is decoded in
 * parts, a bit-packed one in whole groups of 8 (a part-group into `carry`). Each value must be
 * below `limit`: a dictionary index past its dictionary is an error when it is read.
 */
class HybridReader {
    bytes;
    pos;
    end;
    width;
    limit;
    /** Values whose run header is still to come. */
    left;
    /** The current run-length run: values left, and its value. */
    rle = 0;
    rleValue = 0;
    /** The current bit-packed run: values left, where its next group starts, where its bytes end. */
    packed = 0;
    packedPos = 0;
    packedEnd = 0;
    /** A group decoded ahead: its values `carry[carryAt, carryEnd)` come first. */
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
    /** The next `take` values into `output[at, at + take)`. */
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
    /** Reads the next run's header (`readHybrid`'s checks). */
    nextRun() {
        if (this.left <= 0)
            throw new Error('more values read than a page holds');
        if (this.width === 0) {
            // Every value 0: one run of all of them.
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
    /** `take` values of the bit-packed run from its next group into `output[at, …)`, each below the limit. */
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
/**
 * A dictionary-encoded page's rows as dictionary indices, decoded as they are read, in order
 * (`HybridReader`); a null row (from the definition levels, decoded when the page was opened)
 * is `nullCode`.
 */
class PageCodes {
    length;
    nullCode;
    /** The row read next. */
    row = 0;
    present = null;
    /** The page's indices (and its bytes), until its last row is read. */
    reader;
    /** Per row, whether it has a value; null when every row has. */
    defined;
    constructor(
    /** Rows of the page. */
    length, reader, defined, nullCode) {
        this.length = length;
        this.nullCode = nullCode;
        this.reader = reader;
        this.defined = defined;
    }
    /** The next `take` rows' indices into `output[at, at + take)`. */
    read(output, at, take) {
        if (this.row + take > this.length)
            throw new Error('more rows read than a page holds');
        this.readRows(output, at, take);
        // Read to its end, the page holds nothing: a batch keeps the pages it spans until it is built.
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
    /** Every row not read yet. */
    rest() {
        const out = new Int32Array(this.length - this.row);
        this.read(out, 0, out.length);
        return out;
    }
}
/** `take` bit-packed values of 25 to 32 bits from `bytes[pos, …)` into `output[seen, …)`, exactly. */
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
/** A little-endian 32-bit word at `bytes[p]` (as a signed int: shift it with `>>>`). */
function word(bytes, p) {
    return (bytes[p] |
        (bytes[p + 1] << 8) |
        (bytes[p + 2] << 16) |
        (bytes[p + 3] << 24));
}
/**
 * Unpacks `take` values of `width` bits (1 to 8), least significant bit first, from
 * `bytes[from, to)` into `output` from `at`; returns whether all are below `limit`. A group of
 * 8 values is `width` bytes: its first 4 values lie in the 32-bit word at its start, its last 4
 * in the word from the byte where the fifth begins, so a group is two reads and 8 shifts (4
 * times faster than a loop over bits). The last groups, whose words would pass `to`, bit by bit.
 */
function unpackBytes(bytes, from, to, width, output, at, take, limit) {
    const mask = (1 << width) - 1;
    // `top - v` is negative for a value past the limit: OR-ed together, the sign says whether any was.
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
    // The rest bit by bit, from the byte where group i / 8 starts.
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
/**
 * `unpackBytes` for 9 to 24 bits: each value read from the bytes that hold its bits as one
 * little-endian window (3 or 4 bytes: a value starts at most 7 bits into its first byte); the
 * last values, whose window would pass `to`, bit by bit.
 */
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
/**
 * The zeros among `n` values of width 1 in the RLE/bit-packed hybrid encoding at `bytes[pos, end)`
 * (a page's null rows, from its definition levels), without writing them out: a run of ones, as
 * writers give a column without nulls, costs nothing a value. The errors are `readHybrid`'s.
 */
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
/** The 1 bits of each byte. */
const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
    let n = 0;
    for (let x = b; x; x >>= 1)
        n += x & 1;
    return n;
});
/**
 * A data page's header (version 1 or 2) and its values' encoding, which must be one the
 * product decodes (else an error: no page goes on to hyparquet's decoders).
 */
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
/**
 * Decodes a data page of a flat column (`compressed`: its bytes after the header), whatever its
 * encoding; a page it cannot read is an error. `dictionaryLength`: the column chunk's
 * dictionary, when it has one; its indices must lie inside it, and null rows get the index
 * `dictionaryLength`. `charge(bytes)` is told what a DELTA_BYTE_ARRAY page's strings take
 * decoded, before they are allocated (it throws to refuse them).
 */
function decodeFlatPage(compressed, header, decoder, dictionaryLength, charge = () => { }) {
    const page = openFlatPage(compressed, header, decoder, dictionaryLength, charge);
    return page.codes ? { codes: page.codes.rest() } : page;
}
/**
 * `decodeFlatPage`, but a dictionary-encoded page's indices are decoded as they are read
 * (`PageCodes`): its definition levels and values are checked now, its indices (and whether
 * they lie inside the dictionary) when read. Decoded whole, 34 columns of pages of 360,000
 * indices held 4 bytes an index at once and a row group of 1,000,000 rows was refused as
 * too much to hold; read a batch at a time they hold the page's bytes (10 bits an index of a
 * dictionary of 1,024) and a byte a row for the nulls.
 */
function openFlatPage(compressed, header, decoder, dictionaryLength, charge = () => { }) {
    const { v1, v2, encoding, dictionaryEncoded } = dataPageOf(header);
    const element = decoder.element;
    if (element.repetition_type === 'REPEATED')
        throw new Error('a repeated column read as a flat one');
    const optional = element.repetition_type === 'OPTIONAL';
    if (v1 && optional && v1.definition_level_encoding !== 'RLE')
        throw new Error(`definition levels in the ${String(v1.definition_level_encoding)} encoding (deprecated; not read): rewrite the file with a current writer (pyarrow, Spark, DuckDB)`);
    const rows = (v1?.num_values ?? v2?.num_values);
    // Where the definition levels are (`levels[from, to)`), and the values (`page[pos, …)`).
    let levels;
    let from = 0;
    let to = 0;
    let page;
    let pos = 0;
    const size = Number(header.uncompressed_page_size);
    if (v1) {
        page = (0,datapage/* decompressPage */.tC)(compressed, size, decoder.codec, decoder.compressors);
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
        // Version 2 keeps the levels uncompressed, before the values. A flat column's repetition
        // levels (all 0) are skipped, as hyparquet skips them, and a required one's definition levels.
        const rep = d.repetition_levels_byte_length;
        from = rep;
        to = rep + d.definition_levels_byte_length;
        levels = compressed;
        if (!(rep >= 0 && to >= rep) || to > compressed.length || to > size)
            throw new Error('the definition levels run past the end of their page');
        const values = compressed.subarray(to);
        // An uncompressed page's bytes are its uncompressed size, as `decompressPage` holds a
        // compressed one's to it: the size is what the page is charged (`pageCost`, HeldPages), and a
        // claim of 3 bytes for 16 MiB let 32 columns sharing one chunk hold 592 MB (review 18 F5).
        if (d.is_compressed === false && values.length !== size - to)
            throw new Error(`an uncompressed page of ${compressed.length.toLocaleString('en-US')} bytes whose header says ${size.toLocaleString('en-US')}`);
        page = d.is_compressed === false ? values : (0,datapage/* decompressPage */.tC)(values, size - to, decoder.codec, decoder.compressors);
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
        // The page's bytes stay until its rows are read: a view of a larger buffer (an uncompressed
        // page in the column chunk's read window) is copied, so that it does not keep the window.
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

// EXTERNAL MODULE: ./src/data/table.ts
var table = __webpack_require__(2704);
// EXTERNAL MODULE: ./src/data/parquet-bounds.ts
var parquet_bounds = __webpack_require__(9368);
;// CONCATENATED MODULE: ./src/data/parquet-footer.ts
/**
 * The walk of a Parquet footer's thrift (compact protocol) bytes that bounds what hyparquet's
 * reader (`hyparquet/src/thrift.js`) would build from them, without building anything. The walk
 * is total: it reads every footer hyparquet's reader would read, to the same structure, or says
 * why not, and a footer it cannot walk is refused, never handed to hyparquet unchecked (red team
 * 11 R11-3: it gave up on thrift nested past 16 levels and on an 11-byte varint, both of which
 * hyparquet reads on, and every footer bound was skipped: 952 MB from 8 KB gzipped).
 */

/** Thrift nesting (structs and lists) a footer may have: FileMetaData's deepest value is 9 levels down. */
const MAX_FOOTER_DEPTH = 16;
/**
 * Entries a page header may hold: a writer's is a PageHeader, its data or dictionary page header
 * and statistics, a few structs; hyparquet read a header's unknown list of 2 million empty strings
 * into as many views, at every page (a 6 MB file of 6 KB gzipped took 844 MB, exit 0).
 */
const MAX_PAGE_HEADER_ENTRIES = 64;
/** Items of a footer's lists (numbers, strings) counted as one entry against MAX_FOOTER_STRUCTS. */
const ITEMS_PER_ENTRY = 4;
const TYPE_NAMES = { 10: 'a set', 11: 'a map' };
class Unreadable extends Error {
    cut;
    constructor(message, cut = false) {
        super(message);
        this.cut = cut;
    }
}
/**
 * What a footer holds, counted by walking its thrift without building anything: its entries
 * (structs, and the items of its lists, ITEMS_PER_ENTRY to an entry: hyparquet makes an object or
 * a string of each, and a list of 8 million empty strings in one column chunk's path took 1 GB,
 * red team 10 R10-10), up to `maxEntries` + 1 (MAX_FOOTER_STRUCTS for a footer), and how deep its schema nests (from each
 * schema element's `num_children`, FileMetaData field 2).
 *
 * It reads each value as hyparquet's reader does, and refuses (`problem`) what that reader would
 * read to another structure or without bound: thrift nested more than MAX_FOOTER_DEPTH levels
 * (hyparquet recurses without a bound), a varint longer than its type's (hyparquet's 32-bit reads
 * wrap, so a length, a count or a field id would differ; its 64-bit ones grow a BigInt for ever),
 * a schema element's `num_children` that is not an i32 (hyparquet counts a child for a `true` or
 * a one-byte binary `1`), types no footer has (sets, maps, unknown types; hyparquet throws on
 * them), and bytes that end inside a value. A page header is walked the same way (from its
 * offset in the bytes read, at most MAX_PAGE_HEADER_ENTRIES) before hyparquet reads it.
 */
function walkFooter(bytes, from = 0, maxEntries = parquet_bounds/* MAX_FOOTER_STRUCTS */.Eh) {
    let at = from;
    let structs = 0;
    // The schema's elements' num_children in order (-1: none, a leaf), read while walking: those of
    // the last field 2 of FileMetaData, as hyparquet keeps the last value of a field given twice.
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
    /** An unsigned varint read by hyparquet's 32-bit readVarInt: at most 5 bytes, under 2^32. */
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
    /** A varint read by hyparquet's 64-bit readVarBigInt: at most 10 bytes (its value is not used). */
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
    // role: 1 FileMetaData, 2 its schema list, 3 a schema element, 0 anything else.
    const value = (type, depth, role) => {
        switch (type) {
            case 1: // true
            case 2: // false (in a struct field; a list's booleans are a byte each)
                return;
            case 3: // byte
                skip(1);
                return;
            case 4: // i16
            case 5: // i32
                varint32(type === 4 ? 'an i16' : 'an i32');
                return;
            case 6: // i64
                varint64();
                return;
            case 7: // double
                skip(8);
                return;
            case 8: // binary: its length, then its bytes
                skip(varint32('a string length'));
                return;
            case 9: {
                // list
                tooDeep(depth);
                const head = byte();
                const n = head >> 4 === 15 ? varint32('a list length') : head >> 4;
                const t = head & 0x0f;
                if (n === 0)
                    return; // hyparquet reads no item, whatever their type
                if (t !== 12) {
                    // Items that are not structs count too, a quarter of an entry each (an item is a string
                    // or a number, a struct an object of some 370 bytes).
                    structs += n / ITEMS_PER_ENTRY;
                    if (structs > maxEntries)
                        return;
                }
                if (t === 1 || t === 2) {
                    // hyparquet reads a list's booleans as a byte each
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
                        // num_children: hyparquet counts children from whatever the field holds
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
/**
 * How deep a schema nests, from its elements' `num_children` in order (depth first, as the format
 * lists them; -1 for a leaf), without recursion: the root is level 0, its columns level 1.
 */
function schemaDepthOf(children) {
    const open = []; // children still to come of each open group
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

;// CONCATENATED MODULE: ./src/data/parquet.ts
/**
 * Parquet, what Spark and pandas write, read with hyparquet (pure JavaScript: no native
 * binary in dist/): its footer, schema and page headers. Only the columns asked for, page by
 * page: a page is decoded whole, so memory follows the largest page and a batch of rows, not
 * the row group (a legitimate 9 KB file can hold 16,000,000 run-length-encoded rows in one row
 * group). A flat column's pages, in every encoding, are decoded by `parquet-pages.ts` (and
 * `parquet-encodings.ts`) into typed arrays and dictionary codes. A column the audit reads must
 * be flat (a list, struct, map or VARIANT is refused: `unreadKind`), so hyparquet's row-group
 * reader and its assembly of nested values are never on the audit's path. A "line" in a
 * message is the 1-based row.
 */





















/**
 * A Parquet string whose bytes are not UTF-8. hyparquet's decoder is not fatal: distinct invalid
 * byte strings (`A\xe9\xe9`, `A\xe8\xe8`) both became `A\uFFFD\uFFFD` and merged into one group
 * (red team 4 R4-7), where the CSV and JSON readers refuse the file. The value is kept as this
 * marker, so the batch that reaches it can name the row and the column.
 */
class InvalidUtf8 {
    /** The bytes from the first invalid one, as hex (at most four, as the text readers show them). */
    hex;
    constructor(bytes) {
        const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const at = (0,guards/* firstInvalidUtf8 */.vE)(buf);
        this.hex = [...buf.subarray(at, at + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    }
}
const utf8 = new TextDecoder('utf-8');
/**
 * zstd's own decoder built to WebAssembly (@bokuweb/zstd-wasm), loaded when a file has a ZSTD
 * column chunk: 95 MB of pages (the 10M-row bench file's read columns) took 5.1 s of CPU in
 * fzstd, 0.6 s in it (zstd-codec 0.65 s, @foxglove/wasm-zstd 0.47 s but ncc cannot bundle it).
 * It sizes its output from the size a frame declares, else from the page's, and stops there; fzstd
 * decodes frames that declare the page's size only where the WebAssembly cannot load.
 */
let wasmZstd = null;
let wasmZstdLoading = null;
function loadWasmZstd() {
    wasmZstdLoading ??= __webpack_require__.e(/* import() */ 115).then(__webpack_require__.t.bind(__webpack_require__, 7115, 23)).then(async (m) => {
        await m.init();
        wasmZstd = m.decompress;
    }, () => { });
    return wasmZstdLoading.catch(() => { });
}
/**
 * Snappy's own decoder built to WebAssembly (hysnappy, from hyparquet's authors), made at the
 * first SNAPPY page: 97 MB of the 10M-row bench file's read pages took 0.4 s of CPU in
 * hyparquet's JavaScript decoder, which copies a byte at a time, 0.08 s in it. hyparquet's
 * decoder is not used at all: a literal whose 4-byte length has its top bit set is a negative
 * length to it, which steps back in the stream, and a 10-byte page looped for ever. The
 * WebAssembly's memory holds the largest page read, compressed and not (at most
 * 2 × MAX_PAGE_BYTES).
 */
let wasmSnappy = null;
function decompressSnappy(input, length) {
    // The decoder sizes its output from the length the stream declares: a stream that declares
    // another length than the page's header is refused before it is decoded.
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
        wasmSnappy ??= (0,uncompress/* snappyUncompressor */.o)();
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
/**
 * The Parquet codecs warehouses write: SNAPPY by snappy's WebAssembly (above), GZIP and BROTLI
 * by Node's zlib, ZSTD by zstd's WebAssembly or fzstd (Node 20's zlib has none). LZ4 is not read
 * (hyparquet says so; no warehouse writes it by default). Each writes at most the page's
 * `uncompressed_page_size` (checked against MAX_PAGE_BYTES before a page is decoded), so a page
 * that inflates past its header is refused, never held: zlib stops at `maxOutputLength`, the
 * others decode into a buffer of that size. hyparquet then checks the decoded length.
 */
const COMPRESSORS = {
    SNAPPY: decompressSnappy,
    GZIP: (input, length) => inflated(external_node_zlib_.gunzipSync, input, length),
    BROTLI: (input, length) => inflated(external_node_zlib_.brotliDecompressSync, input, length),
    ZSTD: (input, length) => {
        const declared = zstdContentSize(input);
        if (declared !== null && declared !== length)
            throw new Error(`a ZSTD page holds ${declared} bytes, its header says ${length}`);
        // A frame that declares no size (a streaming writer's) is decoded by the WebAssembly too, into
        // the page's size, where it stops: fzstd decodes every block of every frame whatever its output
        // holds, so 16 GiB of content in one 2.9 MB page (7 KB gzipped) ran 69 s (red team 15 R15-1).
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
        return (0,esm/* decompress */.mF)(input, new Uint8Array(length));
    },
};
function inflated(inflate, input, length) {
    try {
        // One output chunk of the page's size: zlib's default 16 KiB chunks cost a call each and a
        // copy of them all at the end (a 10M-row gzip file's pages: 0.43 s of CPU, 0.35 s so).
        const out = inflate(input, { maxOutputLength: Math.max(1, length), chunkSize: Math.max(64, length) });
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    }
    catch (e) {
        // A plain error, so that it reads as a damaged page, not as a damaged .gz file (fsProblem).
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            throw new Error(`a compressed page inflates past the ${length} bytes its header says`, { cause: e });
        throw new Error(`a compressed page does not inflate (${e.message})`, { cause: e });
    }
}
/**
 * The content size a ZSTD frame declares (null when it declares none): fzstd, given the output
 * buffer, neither says how much it wrote nor refuses more, so a frame whose declared size is
 * not the page's is refused here.
 */
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
/** hyparquet's parsers, with strings (and JSON text) that are not UTF-8 kept as an InvalidUtf8 marker. */
/**
 * A timestamp of `units` per millisecond (1,000 for microseconds, 1,000,000 for nanoseconds) as
 * text, exact: the millisecond ISO 8601 time, then the digits below it when they are not all 0,
 * without trailing zeros. hyparquet gives a Date, whose milliseconds made 1700000000000000 and
 * 1700000000000001 µs one group (red team 8 R8-5). One-to-one, and one instant is one text
 * whatever its unit: padded to the unit's width, 1 µs past a second was `…00.000001Z` in a
 * TIMESTAMP(MICROS) shard and `…00.000001000Z` in a NANOS one, two groups (red team 31 R31-11).
 */
function exactTimestamp(value, units) {
    let ms = value / units;
    if (ms * units > value)
        ms -= 1n; // floor, for times before 1970
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
/** The most milliseconds from 1970 a JavaScript Date holds, either way. */
const DATE_MS = 8640000000000000n;
const DAY_MS = 86400000n;
/**
 * A time in milliseconds from 1970 as `Date.toISOString` writes it, and past a Date's range in
 * its extended form (a sign and six or more year digits), where `toISOString` throws: DuckDB's
 * `infinity` DATE and TIMESTAMP and a valid DATE of year 300,000 were called a damaged page (red
 * team 29 R29-2). The proleptic Gregorian calendar, by days (H. Hinnant's `civil_from_days`).
 */
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
/**
 * The texts of the timestamps named (each unit's own), NAMED_VALUES_KEPT of them: a value named
 * again is looked up, as a column's values repeat. Naming one costs some 1.7 µs, where a row costs
 * the bound some 1 µs: 9,000,000 rows of two nanosecond times, 253 KB of pages, took 15.9 s of CPU
 * an audit (red team 24 R24-2); milliseconds were a Date a row, 282 MB for 9,000,000 rows (red team 25 R25-4).
 */
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
/**
 * UUIDs' texts by their bytes' hex, as timestamps' (`cachedTimestamp`): hyparquet wrote each one
 * a byte at a time, some 4 µs a value, 7,000,000 rows of two in a 482 KB file 25.2 s of CPU and
 * 281 MB, exit 0 (red team 24 R24-3). The same text: its hex, lower case, in groups of 8-4-4-4-12.
 */
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
/** The names of short values' shared views (weakly: a view goes with its page). */
const shortStrings = new WeakMap();
const PARSERS = {
    ...convert/* DEFAULT_PARSERS */.Rc,
    uuidFromBytes(bytes) {
        return bytes ? uuidText(bytes) : undefined;
    },
    // The text a Date's toISOString gives (a time to the millisecond), named once as the others.
    timestampFromMilliseconds(millis) {
        return cachedTimestamp(BigInt(millis), 1n);
    },
    timestampFromMicroseconds(micros) {
        return cachedTimestamp(BigInt(micros), 1000n);
    },
    timestampFromNanoseconds(nanos) {
        return cachedTimestamp(BigInt(nanos), 1000000n);
    },
    // A DATE as the text its Date's toISOString gives (midnight), past a Date's range too (`isoTime`).
    dateFromDays(days) {
        return cachedTimestamp(BigInt(days) * DAY_MS, 1n);
    },
    stringFromBytes(bytes) {
        if (!bytes)
            return bytes;
        if (bytes.length > SHARED_VIEW_BYTES)
            return (0,external_node_buffer_.isUtf8)(bytes) ? utf8.decode(bytes) : new InvalidUtf8(bytes);
        // A short value's rows share its view (`readPlainBytes`): named once.
        let named = shortStrings.get(bytes);
        if (named === undefined) {
            named = (0,external_node_buffer_.isUtf8)(bytes) ? utf8.decode(bytes) : new InvalidUtf8(bytes);
            shortStrings.set(bytes, named);
        }
        return named;
    },
    // A JSON (or BSON-as-JSON) value as its text, as a JSON file's nested value is (R8-5, R8-10):
    // parsed and written again, `{"a":1}` and `{"a":1.0}` were one group.
    jsonFromBytes(bytes) {
        if (!bytes)
            return bytes;
        return (0,external_node_buffer_.isUtf8)(bytes) ? utf8.decode(bytes) : new InvalidUtf8(bytes);
    },
};
function invalidUtf8Problem(display, line, name, column, bad) {
    return new problem/* ProblemError */.Mm([
        {
            file: display,
            line,
            ...(column > 0 ? { column } : {}),
            message: `column '${name}' holds a string that is not UTF-8 (bytes ${bad.hex}); write the file's strings as UTF-8 (pyarrow and Spark do)`,
        },
    ]);
}
/** A Parquet value as a cell: 64-bit integers become numbers when exact, else text; dates and nested values text. */
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
/** What a footer's count says, for a problem: `claims 5 rows`, or that it gives none (a damaged footer leaves it out). */
function claims(v, what) {
    return typeof v === 'number' || typeof v === 'bigint'
        ? `claims ${String(v)} ${what}`
        : `gives no ${what.replace(/^as its /, '')}`;
}
function parquetProblem(display, e) {
    if (e.code)
        return new problem/* ProblemError */.Mm([(0,table/* fsProblem */.X9)(display, e)]);
    return new problem/* ProblemError */.Mm([
        { file: display, message: `cannot read as Parquet: ${errorText(e, 'its footer does not decode')}` },
    ]);
}
/**
 * An error's message for a problem. A decoder's TypeError or RangeError on bytes it did not
 * expect, or a message of ours built from a field the damaged bytes left undefined or NaN, says
 * nothing a user can act on ("Cannot read properties of undefined (reading 'map')", "Invalid
 * typed array length: -301", "a page of NaN bytes": red team 15 R15-4): such an error says `what`.
 */
function errorText(e, what) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof TypeError || e instanceof RangeError || /\b(undefined|NaN)\b/.test(message))
        return what;
    return message;
}
/**
 * Most rows a row group may claim per byte of its largest column chunk. Every column of a row
 * group holds all of its rows, and even run-length encoding spends bytes on page headers
 * (writers start a page every 20,000 rows or so): files from Spark, pandas/Arrow, Polars or
 * DuckDB stay far below this, and a footer above it does not describe the bytes it sits on.
 */
const MAX_ROWS_PER_BYTE = 16_384;
/**
 * Most row groups a file may have. Each costs a read per column and its own decoders, whatever
 * its rows: 10,000 one-row row groups (a 1.8 MB file) took 5 s, 50,000 (9.5 MB) ran past 20 s
 * (red team 7 R7-9). Writers make row groups of thousands to millions of rows (Arrow: 1 Mi rows,
 * DuckDB: 122,880, Spark: 128 MB), so 10 million rows in row groups of 1,000 are within it.
 */
const MAX_ROW_GROUPS = 10_000;
/** A footer count as a number, or null when it is missing, negative or not an exact integer. */
function count(v) {
    if (v === undefined)
        return null;
    const n = Number(v);
    return Number.isSafeInteger(n) && n >= 0 ? n : null;
}
/**
 * Checks the footer's claims against the file before anything is allocated from them: the
 * rows add up, every column chunk lies inside the file, and no row group claims more rows
 * than its bytes can hold (a 450-byte file whose footer says 4,000,000,000 rows).
 */
function checkFooter(metadata, fileBytes, display) {
    const damaged = (what) => new problem/* ProblemError */.Mm([
        {
            file: display,
            message: `cannot read as Parquet: ${what}; the footer does not match the file (is it truncated or damaged?)`,
        },
    ]);
    const total = count(metadata.num_rows);
    if (total === null)
        throw damaged(`the footer ${claims(metadata.num_rows, 'rows')}`);
    if (metadata.row_groups.length > MAX_ROW_GROUPS)
        throw new problem/* ProblemError */.Mm([
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
/**
 * Most values one page (or a nested column's row group, which hyparquet decodes whole) may
 * hold. A page is decoded whole, at some 40 bytes a value, so this bounds a column's memory
 * at about 40 MB. Writers cut pages at 20,000 rows (parquet-mr, so Spark) or at about 1 MB of
 * encoded values (Arrow, hyparquet-writer), which for a binary column in pyarrow's default
 * row groups of 1,048,576 rows is a page of the whole row group: that file must be read.
 */
const MAX_PAGE_VALUES = 1 << 20;
/**
 * Most bytes a page may take, compressed or not. Writers aim at 1 MB (pyarrow's data and
 * dictionary pages, parquet-mr, Spark). A page is decoded whole, and a page of short strings
 * costs some six times its bytes in heap: 64 MiB of 60-byte strings took 427 MB (red team), so
 * 16 MiB bounds a read column's page at about 100 MB.
 */
const MAX_PAGE_BYTES = 16 * 1024 * 1024;
/**
 * Longest a string value of a column the audit reads may be, in characters: no label,
 * prediction, score, weight or group value is longer than 1,000 (`MAX_GROUP_VALUE_LENGTH`, and
 * `positive_label`'s bound), and a page's strings are checked when it is decoded, before a batch
 * holds them. A label of 100,000-byte DELTA_BYTE_ARRAY strings, each the one before as its prefix,
 * took 2.2 GB for 20,000 rows in 13 KB, and 60,000 rows in 38 KB ended node out of memory (red
 * team 23 R23-5).
 */
const MAX_CELL_CHARS = 4 * values/* MAX_GROUP_VALUE_LENGTH */.m8;
/** Where the first string of `values` longer than MAX_CELL_CHARS is, and its length; null if none is. */
function longString(values) {
    // Typed arrays (numbers, 64-bit integers) hold no strings.
    if (ArrayBuffer.isView(values))
        return null;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
            return { at: i, length: v.length };
    }
    return null;
}
/**
 * What naming a value of a converted type (a DECIMAL's, a timestamp's or a UUID's text) costs the
 * run's bound, as decoded bytes: three rows at the bound's 128 bytes a row (a value is named in 1
 * to 3 µs, a row costs some 1 µs). Values that are all distinct, which no cache helps, cost what
 * they take (red team 25: 5,000 timestamps cycled past a cache of 4,096, 17.8 s an audit, exit 0).
 */
const NAMED_VALUE_BYTES = 3 * 128;
/** Rows a batch holds: the unit of the columnar pass, whatever the file's row groups. */
const BATCH_ROWS = 1 << 16;
/** Bytes of strings a batch holds at most, in fewer rows than BATCH_ROWS if it must (`batchRows`), and rows it holds at least. */
const BATCH_BYTES = 4 * 1024 * 1024;
const MIN_BATCH_ROWS = 16;
/** Bytes of a column chunk read at a time (more when a page is longer). */
const READ_WINDOW = 1 << 20;
/**
 * Most decoded bytes the pages held at once may take, over every column read (each holds its
 * current page, and its dictionary, until a batch has taken their rows). The page bounds above
 * are per column: three columns of 1,048,576 PLAIN strings took 340 MB, 34 of them over 1 GB
 * (red team 4 R4-1). Each page is estimated from its header (`pageCost`) before it is decoded:
 * what the other columns hold plus what this one takes while it is decoded must fit. So a page
 * of PLAIN strings holds at most about 500,000 values, whatever else is read; pages as writers
 * cut them (1 MB, or 20,000 rows) take a few MB each.
 */
const MAX_HELD_PAGE_BYTES = 96 * 1024 * 1024;
/**
 * Heap per PLAIN byte-array value while its page is decoded: a Uint8Array view, then a string,
 * and a slot in each array (measured: one page of 1,048,576 one-character strings peaked at
 * 245 MB, some 190 MB above Node's own). Once decoded, the views are garbage and the page
 * holds about BYTE_ARRAY_HELD_COST a value. Writers cut such pages at about 1 MB (pyarrow,
 * hyparquet-writer) or 20,000 rows (parquet-mr, Spark).
 */
const BYTE_ARRAY_DECODING_COST = 192;
/** Heap per PLAIN byte-array value of a decoded page: a string and its slot. */
const BYTE_ARRAY_HELD_COST = 48;
/** Heap per decoded fixed-width or dictionary-index value: a slot of a typed array or an array. */
const SLOT_COST = 8;
/** What a page takes while it is decoded, and once it is, estimated from its header and the column's type. */
function pageCost(header, values, type) {
    const encoding = header.data_page_header?.encoding ?? header.data_page_header_v2?.encoding ?? 'PLAIN';
    if (header.type !== 'DICTIONARY_PAGE' && (encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY')) {
        // Its indices are decoded as batches read them (`openFlatPage`): it holds its bytes, and a
        // byte a row for its nulls; decompressing, the compressed bytes too.
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
/** The decoded bytes every column of a batch holds at once, bounded by MAX_HELD_PAGE_BYTES. */
class HeldPages {
    held = new Map();
    total = 0;
    /**
     * Replaces what `slot` holds by a page of `cost`: refuses (with `refuse`) when the pages the
     * other columns hold and this one while it is decoded would pass the bound.
     */
    hold(slot, cost, refuse) {
        const others = this.total - (this.held.get(slot) ?? 0);
        if (others + cost.decoding > MAX_HELD_PAGE_BYTES)
            throw refuse(others + cost.decoding);
        const total = others + cost.held;
        this.held.set(slot, cost.held);
        this.total = total;
    }
}
/**
 * Values decoded between two full garbage collections. A decoded page is garbage once its rows
 * are in a batch, but V8 lets the heap grow to about four times what is live before it collects:
 * pages of 1,048,576 values (what pyarrow writes for a binary column) in three columns peaked at
 * 385 MB, with a collection every 1,048,576 values at 171 MB.
 */
const COLLECT_EVERY_VALUES = 1 << 20;
let decodedSinceCollect = 0;
/**
 * Bytes of strings decoded between two full garbage collections: values of 1,000 bytes reach
 * COLLECT_EVERY_VALUES only after a GB (red team 23 R23-1: 190,000 PLAIN strings of 1,000 bytes
 * peaked at 372 MB in one audit).
 */
const COLLECT_EVERY_BYTES = 32 * 1024 * 1024;
let bytesSinceCollect = 0;
/** Counts decoded values (and their bytes) and collects garbage every COLLECT_EVERY_VALUES or COLLECT_EVERY_BYTES (`collectGarbage`). */
function decoded(values, bytes = 0) {
    decodedSinceCollect += values;
    bytesSinceCollect += bytes;
    if (decodedSinceCollect < COLLECT_EVERY_VALUES && bytesSinceCollect < COLLECT_EVERY_BYTES)
        return;
    decodedSinceCollect = 0;
    bytesSinceCollect = 0;
    (0,collect/* collectGarbage */.iO)();
}
function damagedPage(display, group, name, what) {
    return new problem/* ProblemError */.Mm([
        {
            file: display,
            message: `cannot read as Parquet: row group ${group + 1}, column '${name}': ${what}; the file is damaged or was written with pages too large to read`,
        },
    ]);
}
function tooMuchHeld(display, group, name, values, total) {
    return new problem/* ProblemError */.Mm([
        {
            file: display,
            message: `row group ${group + 1}: with a page of ${values.toLocaleString('en-US')} values of column '${name}', the pages of the columns read would take about ${total.toLocaleString('en-US')} bytes decoded at once; at most ${MAX_HELD_PAGE_BYTES.toLocaleString('en-US')} are held, as each page is decoded whole. Rewrite the file with smaller pages (pyarrow: pq.write_table(table, path, data_page_size=1 << 20); Spark writes 20,000 rows a page)`,
        },
    ]);
}
function tooLarge(display, group, name, what, limit) {
    return new problem/* ProblemError */.Mm([
        {
            file: display,
            message: `row group ${group + 1}, column '${name}' has ${what}; at most ${limit} are read, as each is decoded whole. Rewrite the file with smaller pages or row groups (pyarrow: pq.write_table(table, path, row_group_size=1_000_000); Spark writes 20,000 rows a page)`,
        },
    ]);
}
function tooManyPages(display, group, name, pages, values, bytes) {
    const n = (v) => v.toLocaleString('en-US');
    return new problem/* ProblemError */.Mm([
        {
            file: display,
            message: `row group ${group + 1}, column '${name}' has more than ${n(pages)} pages for its ${n(values)} values in ${n(bytes)} bytes: at most ${MAX_EXTRA_PAGES} and one for every ${MIN_PAGE_VALUES} values or ${MIN_PAGE_BYTES} bytes of the chunk are read, as each page costs a header and a decode whatever it holds. Rewrite the file with larger pages (pyarrow's and Spark's defaults write thousands of values a page; hyparquet-writer: a pageSize of 1 KB or more)`,
        },
    ]);
}
/** The bytes of one column chunk, read a window at a time. */
class ChunkBytes {
    file;
    end;
    buf = new Uint8Array(0);
    at = 0;
    constructor(file, end) {
        this.file = file;
        this.end = end;
    }
    /** A reader at file offset `pos` with at least `len` bytes after it (fewer only at the chunk's end). */
    async reader(pos, len) {
        const want = Math.min(this.end, pos + len);
        if (pos < this.at || want > this.at + this.buf.length) {
            this.buf = new Uint8Array(await this.file.slice(pos, Math.min(this.end, Math.max(want, pos + READ_WINDOW))));
            this.at = pos;
        }
        return { view: new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength), offset: pos - this.at };
    }
    /** Whether the window read at `pos` reaches the chunk's end. */
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
/** The page's next `take` dictionary indices into `out[at, …)`; one that does not decode is the page's problem. */
function readCodes(page, out, at, take) {
    try {
        ;
        page.codes.read(out, at, take);
    }
    catch (e) {
        if (e instanceof problem/* ProblemError */.Mm || !page.damaged)
            throw e;
        throw page.damaged(errorText(e, 'its page does not decode as its header says'));
    }
}
/** Whether every value of `v` is a number as it is (toCell changes none of them). */
function isNumberArray(v) {
    return (v instanceof Float64Array ||
        v instanceof Float32Array ||
        v instanceof Int32Array ||
        v instanceof Uint32Array ||
        v instanceof Uint8Array);
}
/** A flat column chunk's values, one decoded page at a time. */
/**
 * The bytes a pass's pages take once inflated (each page's `uncompressed_page_size`: data,
 * dictionary and empty pages alike), held to what a `.gz` file of the same size may expand to:
 * `max_decompression_ratio` times the file's bytes, past its first MiB. Charged before a page
 * is inflated: pages of no values, each 16 MiB of zeros in 530 bytes of ZSTD or 27 of BROTLI,
 * were inflated and skipped one after another, 17 s of CPU for a 17 KB file (red team 8 R8-1).
 */
class PageBytes {
    fileBytes;
    ratio;
    display;
    onPage;
    onBytes;
    used = 0;
    /**
     * Pages the pass has read, and the most it may: each chunk's share for its values (`allow`) and
     * one for every MIN_PAGE_BYTES of the file, once. A chunk's own bound counts its bytes, but
     * chunks may claim the same bytes (a writer's never do), and each column read would count them again.
     */
    pages = 0;
    allowed;
    constructor(fileBytes, ratio, display, 
    /** Told of each page and the bytes it decodes to (the table's pages and bytes read, `Table.pagesRead`, `Table.readBytes`). */
    onPage = () => { }, 
    /** Told of the bytes of strings pages decode to past their own (`strings`). */
    onBytes = () => { }) {
        this.fileBytes = fileBytes;
        this.ratio = ratio;
        this.display = display;
        this.onPage = onPage;
        this.onBytes = onBytes;
        this.allowed = Math.ceil(fileBytes / MIN_PAGE_BYTES);
    }
    /**
     * Adds a chunk's pages for its values to the pass's bound: MAX_EXTRA_PAGES, one every
     * MIN_PAGE_VALUES, and one for its own bytes rounded up (so no chunk within its bound passes this one).
     */
    allow(values) {
        this.allowed += MAX_EXTRA_PAGES + 1 + Math.ceil(values / MIN_PAGE_VALUES);
    }
    charge(bytes) {
        this.onPage(bytes);
        if (++this.pages > this.allowed)
            throw new problem/* ProblemError */.Mm([
                {
                    file: this.display,
                    message: `its column chunks' pages number more than ${this.allowed.toLocaleString('en-US')}: at most ${MAX_EXTRA_PAGES + 1} a chunk and one for every ${MIN_PAGE_VALUES} of its values, and one for every ${MIN_PAGE_BYTES} bytes of the ${this.fileBytes.toLocaleString('en-US')}-byte file, are read in a pass; its column chunks share bytes (a writer's never do), so each column read them again. Write the file again with a Parquet writer (pyarrow, DuckDB, Spark)`,
                },
            ]);
        this.used += bytes;
        this.check();
    }
    /**
     * Bytes of strings a page decodes to past its own (DELTA_BYTE_ARRAY's prefixes), charged before
     * they are allocated: 1,000-byte strings that share 999 bytes with the one before take a byte a
     * value in the page (red team 23 R23-2: 5 M of them in a 603 KB file, 17 s and 687 MB, exit 0).
     */
    strings(bytes) {
        this.onBytes(bytes);
        this.used += bytes;
        this.check();
    }
    /** Bytes that stand for values named (`NAMED_VALUE_BYTES`), charged to the run's bound as decoded bytes, not to the ratio. */
    named(bytes) {
        this.onBytes(bytes);
    }
    check() {
        if (this.used - this.fileBytes * this.ratio > table/* DECOMPRESSION_ALLOWANCE */.t)
            throw new problem/* ProblemError */.Mm([
                {
                    file: this.display,
                    message: `its pages inflate to ${this.used.toLocaleString('en-US')} bytes or more in a ${this.fileBytes.toLocaleString('en-US')}-byte file: more than ${this.ratio.toLocaleString('en-US')} times the file's bytes (max_decompression_ratio, past the first MiB); real evaluation data compresses 3 to 20 times: raise max_decompression_ratio (at most 1,100) if the file is genuine`,
                },
            ]);
    }
}
/**
 * Pages a flat column chunk may have: MAX_EXTRA_PAGES (its dictionary, a short last page, one to
 * spare), one for every MIN_PAGE_VALUES of its values and one for every MIN_PAGE_BYTES of its
 * bytes. A page costs a header and a decode, some 6 µs, whatever it holds: one value a page, 1 M
 * rows of 3 columns in a 63 MB file of 196 KB gzipped, took 17.9 s of CPU (red team 11 R11-10),
 * and pages of no values or dictionaries repeated 19 s in 20 audits (red team 10 R10-11). Writers'
 * pages hold thousands of values (pyarrow writes at least its write batch of 1,024 a page, Spark
 * checks a page's size every 100 rows at the least, DuckDB writes pages of its row groups'
 * vectors); hyparquet-writer cuts a page at `pageSize` bytes of values, 64 four-byte values at
 * 256 bytes. A page then costs at most about 0.1 µs a value or 12 ns a byte of its chunk, as a
 * CSV row does (17 ns a byte).
 */
const MAX_EXTRA_PAGES = 2;
const MIN_PAGE_VALUES = 64;
const MIN_PAGE_BYTES = 512;
/** The pages a flat column chunk of `values` values in `bytes` bytes may have (MIN_PAGE_VALUES, MIN_PAGE_BYTES). */
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
    /** Values decoded so far. */
    rows = 0;
    /** Pages (data and dictionary) read so far, and the most the chunk may have (`maxChunkPages`). */
    pages = 0;
    maxPages;
    constructor(bytes, start, decoder, groupRows, fail, refuse, held, slot, refuseHeld, 
    /** The pass's pages' bytes once inflated (`PageBytes`), charged before each page is. */
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
    /** Charges the values named since `before` (`named`) to the run's bound, NAMED_VALUE_BYTES each. */
    chargeNamed(before) {
        const n = named.values - before;
        if (n > 0)
            this.inflated.named(n * NAMED_VALUE_BYTES);
    }
    /** What a string past MAX_CELL_CHARS is, for the problem. */
    tooLong(long, where, unit = 'characters') {
        return `a value of ${long.length.toLocaleString('en-US')} ${unit} in ${where}: no label, prediction, score, weight or group value is longer than ${values/* MAX_GROUP_VALUE_LENGTH */.m8.toLocaleString('en-US')} (a column of free text, or a file altered)`;
    }
    /** The page header at `pos` and its length in bytes. */
    async header() {
        for (let len = 1 << 16;; len *= 4) {
            const reader = await this.bytes.reader(this.pos, len);
            const from = reader.offset;
            // Walked first as a footer is (parquet-footer.ts): hyparquet's reader builds whatever it holds.
            const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset, reader.view.byteLength);
            const walked = walkFooter(bytes, from, MAX_PAGE_HEADER_ENTRIES);
            if ('problem' in walked && !walked.cut)
                throw this.fail(`cannot read a page header: it ${walked.problem}`);
            if ('entries' in walked && walked.entries > MAX_PAGE_HEADER_ENTRIES)
                throw this.fail(`cannot read a page header: it holds more than ${MAX_PAGE_HEADER_ENTRIES} entries (structs and the items of their lists; a writer's holds a few)`);
            try {
                if ('problem' in walked)
                    throw new Error(walked.problem);
                const header = (0,column/* parquetHeader */.wK)(reader);
                return { header, length: reader.offset - from };
            }
            catch (e) {
                // A header longer than the window (large statistics): read more, up to the chunk's end.
                if (this.bytes.reachesEnd() || len >= MAX_PAGE_BYTES)
                    throw this.fail(`cannot read a page header (${errorText(e, 'its bytes do not decode')})`);
            }
        }
    }
    /** The next data page's values, or null at the chunk's end (or once the row group's rows are in). */
    async next() {
        // As hyparquet's readColumn: a flat column ends with its rows, or with its bytes.
        while (this.rows < this.groupRows && this.pos < this.bytes.end - 1) {
            // Every page costs a header and a decode whatever it holds, and neither the rows nor the bytes
            // bound pages of no values or dictionaries repeated: 100,000 empty pages before 100 rows took
            // 19 s of CPU in 20 audits (red team 10 R10-11). A writer's chunk has at most one page a value
            // (and a dictionary).
            if (++this.pages > this.maxPages)
                throw this.tooManyPages(this.maxPages, this.groupRows, this.bytes.end - this.start);
            const { header, length } = await this.header();
            // The format allows one dictionary page a chunk, as its first: a dictionary again replaced the
            // one before, each decoded whole (red team 11 R11-8: 5,000 of 1,000 strings in a chunk of 5,008 rows).
            if (header.type === 'DICTIONARY_PAGE' && this.pages > 1)
                throw this.fail(`a dictionary page after its first page (the format allows one dictionary page a column chunk, as its first page)`);
            // The values of the header its type names, and of no other: a DATA_PAGE_V2 that carried a v1
            // header of 1 value too was checked as 1 value and decoded at the V2 header's count (red team
            // 21 R21-3: 43 s of CPU and 258 MB from a 490 KB file, exit 0).
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
            // A flat column holds one value a row (nulls counted): a data page of more values than its
            // row group has rows left is no writer's, and each was decoded whole before its values were
            // cut to the rows (red team 19 R19-1: 5,000 one-row row groups pointing at 3 chunks whose
            // pages hold 1,048,576 values in 5 bytes, a 475 KB file of 1,860 bytes gzipped, took 45 s of
            // CPU and 335 MB an audit, exit 0).
            const left = this.groupRows - this.rows;
            if (header.type !== 'DICTIONARY_PAGE' && values > left)
                throw this.fail(`a page of ${values.toLocaleString('en-US')} values where its row group has ${left.toLocaleString('en-US')} ${left === 1 ? 'row' : 'rows'} left (a column holds one value a row)`);
            // A column chunk's dictionary holds the distinct values of its rows: one of more entries than
            // the row group has rows is no writer's, and each audit decoded it whole (red team 23 R23-3:
            // dictionaries of 16,000 strings of 1,000 bytes for row groups of 2 rows, 343 KB, 50 audits
            // 30 s of CPU, exit 0).
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
            // Checked before it is decoded: this column's page (or dictionary) with every other column's.
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
            // Every page is decoded by the product's bounded decoders (parquet-pages.ts,
            // parquet-encodings.ts), never by hyparquet's (red team 9 R9-2, R9-3, R9-4).
            let fast;
            let stringBytes;
            // Values the page's converted type names (a conversion each, not a lookup), charged after it is decoded.
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
                // DELTA_BYTE_ARRAY strings can take more than the page's bytes: charged before they are
                // allocated, here and as the pass's inflated bytes.
                const pageBytes = Number(header.uncompressed_page_size);
                let strings = 0;
                const charge = (bytes, longest) => {
                    // A string of more than three bytes for each of MAX_CELL_CHARS characters is longer than
                    // them whatever its bytes: refused before the page's strings are allocated.
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
                if (e instanceof problem/* ProblemError */.Mm)
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
            // Typed arrays hold their values off the heap; an Array of strings or objects is garbage to collect.
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
/** Opens a Parquet file: its columns now (from the footer), rows on demand. */
/**
 * Bytes a Parquet row stands for in the decompression bound, per column: a value and its
 * delimiter, as the smallest CSV cell (`1,`). Dictionary and run-length pages hold a constant
 * column of 900,000 rows in about 60 bytes, so a 16 KB file held 18 million rows and a 50 KB one
 * 54 million (red team 7 R7-8); the footer's rows × columns × 2 bytes are held to what a `.gz`
 * file of the same size may expand to: `max_decompression_ratio` times the file's bytes, past a
 * first MiB from the run's pool (`RUN_DECOMPRESSION_ALLOWANCE`). A real table's label,
 * prediction and score columns carry entropy and stay far below it.
 */
const PARQUET_CELL_BYTES = 2;
function checkRowsAgainstBytes(metadata, fileBytes, display, limits) {
    const rows = Number(metadata.num_rows);
    const columns = Math.max(1, metadata.schema.length - 1);
    const decoded = rows * columns * PARQUET_CELL_BYTES;
    const ratio = limits.maxDecompressionRatio ?? table/* DEFAULT_MAX_DECOMPRESSION_RATIO */.l5;
    const pool = limits.allowance;
    const free = pool ? Math.min(table/* DECOMPRESSION_ALLOWANCE */.t, Math.max(0, pool.left)) : table/* DECOMPRESSION_ALLOWANCE */.t;
    const past = decoded - fileBytes * ratio;
    if (past > free)
        throw new problem/* ProblemError */.Mm([
            {
                file: display,
                message: `holds ${rows.toLocaleString('en-US')} rows of ${columns} columns in ${fileBytes.toLocaleString('en-US')} bytes: counted as ${PARQUET_CELL_BYTES} bytes a value, more than ${ratio.toLocaleString('en-US')} times the file's bytes (max_decompression_ratio, past the first MiB${free < table/* DECOMPRESSION_ALLOWANCE */.t ? ", which the run's earlier files have used up" : ''}); real evaluation data compresses 3 to 20 times: raise max_decompression_ratio (at most 1,100) if the file is genuine`,
            },
        ]);
    if (pool && past > 0)
        pool.left -= past;
}
/**
 * Most bytes a file's footer (its thrift FileMetaData) may take. hyparquet parses the footer whole
 * into objects, some 75 bytes of memory a footer byte at worst: a 12 MB footer of 3 million
 * four-byte schema elements (12 KB gzipped) took 923 MB (red team 8 R8-4). Footers are kilobytes
 * (a column chunk's metadata with its statistics is 100 to 300 bytes): 8 MiB holds some 30,000
 * column chunks, e.g. 3,000 row groups of 10 columns.
 */
const MAX_FOOTER_BYTES = 8 * 1024 * 1024;
// The footer's struct bounds live in parquet-bounds.ts, which the audit imports without this module (and hyparquet).

/**
 * Levels a schema may nest (a struct in a list in a struct…): the reader's and hyparquet's walks
 * of the schema recurse a level at a time, and 3,000 levels overflowed the stack, 95,000 took
 * 306 MB before they did (red team 10 R10-9). Writers' nested columns are a few levels deep.
 */
const MAX_SCHEMA_DEPTH = 64;
/**
 * Checks the footer's size and the structs it holds (`walkFooter`) before hyparquet parses it,
 * and charges them to the run's pool (`footers`, MAX_RUN_FOOTER_STRUCTS).
 */
async function checkFooterSize(file, display, footers) {
    const size = file.byteLength;
    if (size < 12)
        return; // hyparquet says what is wrong with it
    const length = new DataView(await file.slice(size - 8, size)).getUint32(0, true);
    const refuse = (what) => new problem/* ProblemError */.Mm([
        {
            file: display,
            message: `has a footer of ${what}; a footer describes the columns and row groups, and writers' take kilobytes: write it with fewer columns or fewer, larger row groups`,
        },
    ]);
    if (length > MAX_FOOTER_BYTES)
        throw refuse(`${length.toLocaleString('en-US')} bytes, over the ${MAX_FOOTER_BYTES.toLocaleString('en-US')} (8 MiB) a file may have`);
    if (length + 8 > size)
        return; // hyparquet refuses it as truncated
    const walked = walkFooter(new Uint8Array(await file.slice(size - 8 - length, size - 8)));
    // A footer the walk cannot read to the end is refused: hyparquet would read it unbounded (red team 11 R11-3).
    if ('problem' in walked)
        throw new problem/* ProblemError */.Mm([
            {
                file: display,
                message: `cannot read as Parquet: its footer ${walked.problem}; the file is damaged or was not written by a Parquet writer`,
            },
        ]);
    const structs = walked.entries;
    if (walked.schemaDepth > MAX_SCHEMA_DEPTH)
        throw new problem/* ProblemError */.Mm([
            {
                file: display,
                message: `has a schema that nests ${walked.schemaDepth.toLocaleString('en-US')} levels deep, more than the ${MAX_SCHEMA_DEPTH} a file may have (a struct or list inside another counts a level): write the columns the audit reads flat`,
            },
        ]);
    const entries = 'entries (schema fields, row groups, column chunks, their statistics and the items of their lists)';
    if (structs > parquet_bounds/* MAX_FOOTER_STRUCTS */.Eh)
        throw refuse(`${length.toLocaleString('en-US')} bytes holding more than ${parquet_bounds/* MAX_FOOTER_STRUCTS */.Eh.toLocaleString('en-US')} ${entries}, the most a file may have`);
    if (footers && structs > footers.left)
        throw refuse(`${structs.toLocaleString('en-US')} ${entries}, more than the ${Math.max(0, footers.left).toLocaleString('en-US')} left of the ${parquet_bounds/* MAX_RUN_FOOTER_STRUCTS */.Im.toLocaleString('en-US')} the Parquet files of a run may have in all (each audit's files stay open until the run's report is built)`);
    if (footers && length > footers.bytesLeft)
        throw refuse(`${length.toLocaleString('en-US')} bytes, more than the ${Math.max(0, footers.bytesLeft).toLocaleString('en-US')} left of the ${parquet_bounds/* MAX_RUN_FOOTER_BYTES */.LQ.toLocaleString('en-US')} bytes the Parquet footers of a run may have in all (each audit's files stay open until the run's report is built)`);
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
        file = await (0,files_open/* verifiedAsyncBuffer */.b1)(path, identity);
        // A Parquet file starts with `PAR1`; one gzipped whole was read as Parquet, and its last bytes
        // as a footer length ("a footer of 592,051,378 bytes", red team 19 R19-3).
        const head = new Uint8Array(await file.slice(0, Math.min(4, file.byteLength)));
        if (head[0] === 0x1f && head[1] === 0x8b)
            throw new problem/* ProblemError */.Mm([
                {
                    file: display,
                    message: 'is gzip-compressed, not a Parquet file: Parquet compresses its pages itself (snappy, gzip, zstd), so a Parquet file is never gzipped whole; gunzip it, or write it with a page codec',
                },
            ]);
        // Nor does it end so: a CSV named `.parquet` was told its "footer of 742,460,016 bytes" was too
        // large, to write fewer row groups (red team 29 R29-8).
        const tail = new Uint8Array(await file.slice(Math.max(0, file.byteLength - 4), file.byteLength));
        const par1 = (b) => b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
        if (file.byteLength >= 12 && !(par1(head) && par1(tail)))
            throw new problem/* ProblemError */.Mm([
                {
                    file: display,
                    message: `is not a Parquet file: it does not ${par1(head) ? 'end' : 'start'} with the bytes PAR1 that every Parquet file ${par1(head) ? 'ends' : 'starts'} with${par1(head) ? ' (is it truncated?)' : ''}; check the file, or its extension (.csv, .jsonl, .json)`,
                },
            ]);
        await checkFooterSize(file, display, limits.footers);
        // No GeoParquet: its `geo` entry was JSON.parsed at every open (an 8 MB entry, 329 MB; red team 10
        // R10-17), and it marked a plain byte-array column GEOMETRY. The key-value entries are not read:
        // dropped, so that each audit's open footer (held to the run's report) does not hold them.
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file, { geoparquet: false });
        metadata.key_value_metadata = undefined;
        checkFooter(metadata, file.byteLength, display);
        checkRowsAgainstBytes(metadata, file.byteLength, display, limits);
        if (metadata.row_groups.some((g) => g.columns.some((c) => c.meta_data?.codec === 'ZSTD')))
            await loadWasmZstd();
        names = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((c) => c.element.name);
    }
    catch (e) {
        if (e instanceof problem/* ProblemError */.Mm)
            throw e;
        throw parquetProblem(display, e);
    }
    const schemaTree = (0,src_metadata/* parquetSchema */.YR)(metadata);
    // A name the schema gives more than once is read as pandas reads a header (`p`, `p.1`), so the
    // audit's check that copies agree applies: the first copy was read silently, and a pull request
    // could hide the one the gate reads behind the one a reviewer sees (red team 4 R4-8).
    const { columns, warnings, duplicates } = (0,header/* dedupeHeader */.Hs)(names);
    // Each top-level column's leaves, in the order row groups list their column chunks.
    const leaves = (t) => t.children.length === 0 ? 1 : t.children.reduce((n, c) => n + leaves(c), 0);
    const leafStart = [];
    schemaTree.children.reduce((at, c) => {
        leafStart.push(at);
        return at + leaves(c);
    }, 0);
    /** A column's values in row group `k`, a page at a time. */
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
            throw new problem/* ProblemError */.Mm([{ file: display, message: unreadMessage(name, kind) }]);
        const mistyped = j < 0 ? null : annotationProblem(schemaTree.children[j].element);
        if (mistyped)
            throw new problem/* ProblemError */.Mm([{ file: display, message: mistypedMessage(name, mistyped) }]);
        const unconverted = j < 0 ? null : unconvertedKind(schemaTree.children[j].element);
        if (unconverted)
            throw new problem/* ProblemError */.Mm([{ file: display, message: unconvertedMessage(name, unconverted) }]);
        const refuse = (what, limit) => tooLarge(display, k, name, what, limit);
        const only = chunks.length === 1 ? chunks[0] : undefined;
        const meta = only?.meta_data;
        const schemaPath = meta ? (0,schema/* getTreePath */.st)(schemaTree, meta.path_in_schema) : [];
        if (only && meta && (0,schema/* isFlatColumn */.g7)(schemaPath)) {
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
        // Flat columns only (`unreadKind` refused the others above): a column of several chunks, or
        // one the schema does not place at the top, is not what the footer check let through.
        throw damagedPage(display, k, name, 'its column chunks do not follow the schema');
    }
    /**
     * Batches of at most BATCH_ROWS rows, column by column: typed arrays and dictionary strings,
     * not an object per row. Each column is read a page at a time, so memory follows the largest
     * page and the batch, not the row group.
     */
    async function* batches(wanted) {
        // One verified handle for the pass, not one per column chunk read (red team 7 R7-9).
        const release = file.hold();
        try {
            yield* groupBatches(wanted);
        }
        finally {
            await release();
        }
    }
    /**
     * The next `len` rows of a column (the first at `line`): a slice of the page's codes or typed
     * array where one page holds them all (no copy), else one array of them. A string that is not
     * UTF-8 is a problem at the first row that holds it.
     */
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
            // A dictionary page's indices are read now, before the next page is opened: a page read
            // to its end then holds no bytes (`PageCodes`), so the batch holds no more pages than the
            // cursor's own, which is what HeldPages charges (pages of 1 row and 16 MiB each, opened for
            // a batch and read after, held 100 times the file's bytes).
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
            // Read as the parts were taken.
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
    /**
     * Rows of the next batch: BATCH_ROWS, or fewer where the pages hold long strings, so that a
     * batch's strings take about BATCH_BYTES (each cursor's current page read first, for its bytes
     * a value). 65,536 rows of 1,000-byte strings held 65 MB a batch (red team 23 R23-1).
     */
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
    /** A row group whose column holds fewer values than the footer says it has rows. */
    function shortColumn(cur, k, n) {
        return new problem/* ProblemError */.Mm([
            {
                file: display,
                message: `cannot read as Parquet: row group ${k + 1} claims ${n.toLocaleString('en-US')} rows and column '${cur.name}' holds ${cur.pages.rows.toLocaleString('en-US')}; the footer does not match the file (is it truncated or damaged?)`,
            },
        ]);
    }
    let pagesRead = 0;
    // The bytes the pages read decode to (their inflated sizes, and DELTA_BYTE_ARRAY's strings past them).
    let bytesRead = 0;
    async function* groupBatches(wanted) {
        const names = [...new Set(wanted)];
        let row = 0;
        const inflated = new PageBytes(file.byteLength, limits.maxDecompressionRatio ?? table/* DEFAULT_MAX_DECOMPRESSION_RATIO */.l5, display, (bytes) => {
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
                if (e instanceof problem/* ProblemError */.Mm)
                    throw e;
                throw parquetProblem(display, e);
            }
            row += n;
        }
    }
    // How a column names its values: numbers by value (any width, DECIMAL too), booleans as
    // true/false, text as written, times as ISO text; other types by their own name.
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
    // Whether a column's numbers are exact to a typed reader (an integer, a DECIMAL: DuckDB and pandas
    // keep 2^53 and 2^53 + 1 apart) or doubles (FLOAT, DOUBLE): `spellingKey` (red team 32 R32-3).
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
        // A long value the generic pass reads again (a dictionary's, row after row, past its kept cells): its characters.
        chargeBytes: (bytes) => void (bytesRead += bytes),
        async *records(wanted) {
            for await (const batch of batches(wanted)) {
                for (let i = 0; i < batch.length; i++)
                    yield { cells: batch.columns.map((c) => (0,table/* cellAt */.G0)(c, i)), line: batch.line + i };
            }
        },
        batches,
    };
}


/***/ })

};
