export const id = 604;
export const ids = [604];
export const modules = {
8339:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
mF: () => ( decompress)
});
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array, u32 = ( null && (Uint32Array)), i32 = Int32Array;
var slc = function (v, s, e) {
if (u8.prototype.slice)
return u8.prototype.slice.call(v, s, e);
if (s == null || s < 0)
s = 0;
if (e == null || e > v.length)
e = v.length;
var n = new u8(e - s);
n.set(v.subarray(s, e));
return n;
};
var fill = function (v, n, s, e) {
if (u8.prototype.fill)
return u8.prototype.fill.call(v, n, s, e);
if (s == null || s < 0)
s = 0;
if (e == null || e > v.length)
e = v.length;
for (; s < e; ++s)
v[s] = n;
return v;
};
var cpw = function (v, t, s, e) {
if (u8.prototype.copyWithin)
return u8.prototype.copyWithin.call(v, t, s, e);
if (s == null || s < 0)
s = 0;
if (e == null || e > v.length)
e = v.length;
while (s < e) {
v[t++] = v[s++];
}
};
var ZstdErrorCode = {
InvalidData: 0,
WindowSizeTooLarge: 1,
InvalidBlockType: 2,
FSEAccuracyTooHigh: 3,
DistanceTooFarBack: 4,
UnexpectedEOF: 5
};
var ec = [
'invalid zstd data',
'window size too large (>2046MB)',
'invalid block type',
'FSE accuracy too high',
'match distance too far back',
'unexpected EOF'
];
var err = function (ind, msg, nt) {
var e = new Error(msg || ec[ind]);
e.code = ind;
if (Error.captureStackTrace)
Error.captureStackTrace(e, err);
if (!nt)
throw e;
return e;
};
var rb = function (d, b, n) {
var i = 0, o = 0;
for (; i < n; ++i)
o |= d[b++] << (i << 3);
return o;
};
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
var rzfh = function (dat, w) {
var n3 = dat[0] | (dat[1] << 8) | (dat[2] << 16);
if (n3 == 0x2FB528 && dat[3] == 253) {
var flg = dat[4];
var ss = (flg >> 5) & 1, cc = (flg >> 2) & 1, df = flg & 3, fcf = flg >> 6;
if (flg & 8)
err(0);
var bt = 6 - ss;
var db = df == 3 ? 4 : df;
var di = rb(dat, bt, db);
bt += db;
var fsb = fcf ? (1 << fcf) : ss;
var fss = rb(dat, bt, fsb) + ((fcf == 1) && 256);
var ws = fss;
if (!ss) {
var wb = 1 << (10 + (dat[5] >> 3));
ws = wb + (wb >> 3) * (dat[5] & 7);
}
if (ws > 2145386496)
err(1);
var buf = new u8((w == 1 ? (fss || ws) : w ? 0 : ws) + 12);
buf[0] = 1, buf[4] = 4, buf[8] = 8;
return {
b: bt + fsb,
y: 0,
l: 0,
d: di,
w: (w && w != 1) ? w : buf.subarray(12),
e: ws,
o: new i32(buf.buffer, 0, 3),
u: fss,
c: cc,
m: Math.min(131072, ws)
};
}
else if (((n3 >> 4) | (dat[3] << 20)) == 0x184D2A5) {
return b4(dat, 4) + 8;
}
err(0);
};
var msb = function (val) {
var bits = 0;
for (; (1 << bits) <= val; ++bits)
;
return bits - 1;
};
var rfse = function (dat, bt, mal) {
var tpos = (bt << 3) + 4;
var al = (dat[bt] & 15) + 5;
if (al > mal)
err(3);
var sz = 1 << al;
var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
var buf = new ab(512 + (sz << 2));
var freq = new i16(buf, 0, 256);
var dstate = new u16(buf, 0, 256);
var nstate = new u16(buf, 512, sz);
var bb1 = 512 + (sz << 1);
var syms = new u8(buf, bb1, sz);
var nbits = new u8(buf, bb1 + sz);
while (sym < 255 && probs > 0) {
var bits = msb(probs + 1);
var cbt = tpos >> 3;
var msk = (1 << (bits + 1)) - 1;
var val = ((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (tpos & 7)) & msk;
var msk1fb = (1 << bits) - 1;
var msv = msk - probs - 1;
var sval = val & msk1fb;
if (sval < msv)
tpos += bits, val = sval;
else {
tpos += bits + 1;
if (val > msk1fb)
val -= msv;
}
freq[++sym] = --val;
if (val == -1) {
probs += val;
syms[--ht] = sym;
}
else
probs -= val;
if (!val) {
do {
var rbt = tpos >> 3;
re = ((dat[rbt] | (dat[rbt + 1] << 8)) >> (tpos & 7)) & 3;
tpos += 2;
sym += re;
} while (re == 3);
}
}
if (sym > 255 || probs)
err(0);
var sympos = 0;
var sstep = (sz >> 1) + (sz >> 3) + 3;
var smask = sz - 1;
for (var s = 0; s <= sym; ++s) {
var sf = freq[s];
if (sf < 1) {
dstate[s] = -sf;
continue;
}
for (i = 0; i < sf; ++i) {
syms[sympos] = s;
do {
sympos = (sympos + sstep) & smask;
} while (sympos >= ht);
}
}
if (sympos)
err(0);
for (i = 0; i < sz; ++i) {
var ns = dstate[syms[i]]++;
var nb = nbits[i] = al - msb(ns);
nstate[i] = (ns << nb) - sz;
}
return [(tpos + 7) >> 3, {
b: al,
s: syms,
n: nbits,
t: nstate
}];
};
var rhu = function (dat, bt) {
var i = 0, wc = -1;
var buf = new u8(292), hb = dat[bt];
var hw = buf.subarray(0, 256);
var rc = buf.subarray(256, 268);
var ri = new u16(buf.buffer, 268);
if (hb < 128) {
var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
bt += hb;
var epos = ebt << 3;
var lb = dat[bt];
if (!lb)
err(0);
var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
var fpos = (++bt << 3) - 8 + msb(lb);
for (;;) {
fpos -= btr1;
if (fpos < epos)
break;
var cbt = fpos >> 3;
st1 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr1) - 1);
hw[++wc] = fdt.s[st1];
fpos -= btr2;
if (fpos < epos)
break;
cbt = fpos >> 3;
st2 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr2) - 1);
hw[++wc] = fdt.s[st2];
btr1 = fdt.n[st1];
st1 = fdt.t[st1];
btr2 = fdt.n[st2];
st2 = fdt.t[st2];
}
if (++wc > 255)
err(0);
}
else {
wc = hb - 127;
for (; i < wc; i += 2) {
var byte = dat[++bt];
hw[i] = byte >> 4;
hw[i + 1] = byte & 15;
}
++bt;
}
var wes = 0;
for (i = 0; i < wc; ++i) {
var wt = hw[i];
if (wt > 11)
err(0);
wes += wt && (1 << (wt - 1));
}
var mb = msb(wes) + 1;
var ts = 1 << mb;
var rem = ts - wes;
if (rem & (rem - 1))
err(0);
hw[wc++] = msb(rem) + 1;
for (i = 0; i < wc; ++i) {
var wt = hw[i];
++rc[hw[i] = wt && (mb + 1 - wt)];
}
var hbuf = new u8(ts << 1);
var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
ri[mb] = 0;
for (i = mb; i > 0; --i) {
var pv = ri[i];
fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << (mb - i)));
}
if (ri[0] != ts)
err(0);
for (i = 0; i < wc; ++i) {
var bits = hw[i];
if (bits) {
var code = ri[bits];
fill(syms, i, code, ri[bits] = code + (1 << (mb - bits)));
}
}
return [bt, {
n: nb,
b: mb,
s: syms
}];
};
var dllt = rfse( new u8([
81, 16, 99, 140, 49, 198, 24, 99, 12, 33, 196, 24, 99, 102, 102, 134, 70, 146, 4
]), 0, 6)[1];
var dmlt = rfse( new u8([
33, 20, 196, 24, 99, 140, 33, 132, 16, 66, 8, 33, 132, 16, 66, 8, 33, 68, 68, 68, 68, 68, 68, 68, 68, 36, 9
]), 0, 6)[1];
var doct = rfse( new u8([
32, 132, 16, 66, 102, 70, 68, 68, 68, 68, 36, 73, 2
]), 0, 5)[1];
var b2bl = function (b, s) {
var len = b.length, bl = new i32(len);
for (var i = 0; i < len; ++i) {
bl[i] = s;
s += 1 << b[i];
}
return bl;
};
var llb = new u8(( new i32([
0, 0, 0, 0, 16843009, 50528770, 134678020, 202050057, 269422093
])).buffer, 0, 36);
var llbl = b2bl(llb, 0);
var mlb = new u8(( new i32([
0, 0, 0, 0, 0, 0, 0, 0, 16843009, 50528770, 117769220, 185207048, 252579084, 16
])).buffer, 0, 53);
var mlbl = b2bl(mlb, 3);
var dhu = function (dat, out, hu) {
var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
if (!lb)
err(0);
var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
for (; pos > eb && i < ss;) {
var cbt = pos >> 3;
var val = (dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (pos & 7);
st = ((st << btr) | val) & msk;
out[++i] = hu.s[st];
pos -= (btr = hu.n[st]);
}
if (pos != eb || i + 1 != ss)
err(0);
};
var dhu4 = function (dat, out, hu) {
var bt = 6;
var ss = out.length, sz1 = (ss + 3) >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
dhu(dat.subarray(bt, bt += dat[0] | (dat[1] << 8)), out.subarray(0, sz1), hu);
dhu(dat.subarray(bt, bt += dat[2] | (dat[3] << 8)), out.subarray(sz1, sz2), hu);
dhu(dat.subarray(bt, bt += dat[4] | (dat[5] << 8)), out.subarray(sz2, sz3), hu);
dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function (dat, st, out) {
var _a;
var bt = st.b;
var b0 = dat[bt], btype = (b0 >> 1) & 3;
st.l = b0 & 1;
var sz = (b0 >> 3) | (dat[bt + 1] << 5) | (dat[bt + 2] << 13);
var ebt = (bt += 3) + sz;
if (btype == 1) {
if (bt >= dat.length)
return;
st.b = bt + 1;
if (out) {
fill(out, dat[bt], st.y, st.y += sz);
return out;
}
return fill(new u8(sz), dat[bt]);
}
if (ebt > dat.length)
return;
if (btype == 0) {
st.b = ebt;
if (out) {
out.set(dat.subarray(bt, ebt), st.y);
st.y += sz;
return out;
}
return slc(dat, bt, ebt);
}
if (btype == 2) {
var b3 = dat[bt], lbt = b3 & 3, sf = (b3 >> 2) & 3;
var lss = b3 >> 4, lcs = 0, s4 = 0;
if (lbt < 2) {
if (sf & 1)
lss |= (dat[++bt] << 4) | ((sf & 2) && (dat[++bt] << 12));
else
lss = b3 >> 3;
}
else {
s4 = sf;
if (sf < 2)
lss |= ((dat[++bt] & 63) << 4), lcs = (dat[bt] >> 6) | (dat[++bt] << 2);
else if (sf == 2)
lss |= (dat[++bt] << 4) | ((dat[++bt] & 3) << 12), lcs = (dat[bt] >> 2) | (dat[++bt] << 6);
else
lss |= (dat[++bt] << 4) | ((dat[++bt] & 63) << 12), lcs = (dat[bt] >> 6) | (dat[++bt] << 2) | (dat[++bt] << 10);
}
++bt;
var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
var spl = buf.length - lss;
if (lbt == 0)
buf.set(dat.subarray(bt, bt += lss), spl);
else if (lbt == 1)
fill(buf, dat[bt++], spl);
else {
var hu = st.h;
if (lbt == 2) {
var hud = rhu(dat, bt);
lcs += bt - (bt = hud[0]);
st.h = hu = hud[1];
}
else if (!hu)
err(0);
(s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
}
var ns = dat[bt++];
if (ns) {
if (ns == 255)
ns = (dat[bt++] | (dat[bt++] << 8)) + 0x7F00;
else if (ns > 127)
ns = ((ns - 128) << 8) | dat[bt++];
var scm = dat[bt++];
if (scm & 3)
err(0);
var dts = [dmlt, doct, dllt];
for (var i = 2; i > -1; --i) {
var md = (scm >> ((i << 1) + 2)) & 3;
if (md == 1) {
var rbuf = new u8([0, 0, dat[bt++]]);
dts[i] = {
s: rbuf.subarray(2, 3),
n: rbuf.subarray(0, 1),
t: new u16(rbuf.buffer, 0, 1),
b: 0
};
}
else if (md == 2) {
_a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
}
else if (md == 3) {
if (!st.t)
err(0);
dts[i] = st.t[i];
}
}
var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
var lb = dat[ebt - 1];
if (!lb)
err(0);
var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
var lst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << llt.b) - 1);
cbt = (spos -= oct.b) >> 3;
var ost = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << oct.b) - 1);
cbt = (spos -= mlt.b) >> 3;
var mst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mlt.b) - 1);
for (++ns; --ns;) {
var llc = llt.s[lst];
var lbtr = llt.n[lst];
var mlc = mlt.s[mst];
var mbtr = mlt.n[mst];
var ofc = oct.s[ost];
var obtr = oct.n[ost];
cbt = (spos -= ofc) >> 3;
var ofp = 1 << ofc;
var off = ofp + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16) | (dat[cbt + 3] << 24)) >>> (spos & 7)) & (ofp - 1));
cbt = (spos -= mlb[mlc]) >> 3;
var ml = mlbl[mlc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << mlb[mlc]) - 1));
cbt = (spos -= llb[llc]) >> 3;
var ll = llbl[llc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << llb[llc]) - 1));
cbt = (spos -= lbtr) >> 3;
lst = llt.t[lst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << lbtr) - 1));
cbt = (spos -= mbtr) >> 3;
mst = mlt.t[mst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mbtr) - 1));
cbt = (spos -= obtr) >> 3;
ost = oct.t[ost] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << obtr) - 1));
if (off > 3) {
st.o[2] = st.o[1];
st.o[1] = st.o[0];
st.o[0] = off -= 3;
}
else {
var idx = off - (ll != 0);
if (idx) {
off = idx == 3 ? st.o[0] - 1 : st.o[idx];
if (idx > 1)
st.o[2] = st.o[1];
st.o[1] = st.o[0];
st.o[0] = off;
}
else
off = st.o[0];
}
for (var i = 0; i < ll; ++i) {
buf[oubt + i] = buf[spl + i];
}
oubt += ll, spl += ll;
var stin = oubt - off;
if (stin < 0) {
var len = -stin;
var bs = st.e + stin;
if (len > ml)
len = ml;
for (var i = 0; i < len; ++i) {
buf[oubt + i] = st.w[bs + i];
}
oubt += len, ml -= len, stin = 0;
}
for (var i = 0; i < ml; ++i) {
buf[oubt + i] = buf[stin + i];
}
oubt += ml;
}
if (oubt != spl) {
while (spl < buf.length) {
buf[oubt++] = buf[spl++];
}
}
else
oubt = buf.length;
if (out)
st.y += oubt;
else
buf = slc(buf, 0, oubt);
}
else if (out) {
st.y += lss;
if (spl) {
for (var i = 0; i < lss; ++i) {
buf[i] = buf[spl + i];
}
}
}
else if (spl)
buf = slc(buf, spl);
st.b = ebt;
return buf;
}
err(2);
};
var cct = function (bufs, ol) {
if (bufs.length == 1)
return bufs[0];
var buf = new u8(ol);
for (var i = 0, b = 0; i < bufs.length; ++i) {
var chk = bufs[i];
buf.set(chk, b);
b += chk.length;
}
return buf;
};
function decompress(dat, buf) {
var bufs = [], nb = +!buf;
var bt = 0, ol = 0;
for (; dat.length;) {
var st = rzfh(dat, nb || buf);
if (typeof st == 'object') {
if (nb) {
buf = null;
if (st.w.length == st.u) {
bufs.push(buf = st.w);
ol += st.u;
}
}
else {
bufs.push(buf);
st.e = 0;
}
for (; !st.l;) {
var blk = rzb(dat, st, buf);
if (!blk)
err(5);
if (buf)
st.e = st.y;
else {
bufs.push(blk);
ol += blk.length;
cpw(st.w, 0, blk.length);
st.w.set(blk, st.w.length - blk.length);
}
}
bt = st.b + (st.c * 4);
}
else
bt = st;
dat = dat.subarray(bt);
}
return cct(bufs, ol);
}
var Decompress = (( null && (function () {
function Decompress(ondata) {
this.ondata = ondata;
this.c = [];
this.l = 0;
this.z = 0;
}
Decompress.prototype.push = function (chunk, final) {
if (typeof this.s == 'number') {
var sub = Math.min(chunk.length, this.s);
chunk = chunk.subarray(sub);
this.s -= sub;
}
var sl = chunk.length;
var ncs = sl + this.l;
if (!this.s) {
if (final) {
if (!ncs) {
this.ondata(new u8(0), true);
return;
}
if (ncs < 5)
err(5);
}
else if (ncs < 18) {
this.c.push(chunk);
this.l = ncs;
return;
}
if (this.l) {
this.c.push(chunk);
chunk = cct(this.c, ncs);
this.c = [];
this.l = 0;
}
if (typeof (this.s = rzfh(chunk)) == 'number')
return this.push(chunk, final);
}
if (typeof this.s != 'number') {
if (ncs < (this.z || 3)) {
if (final)
err(5);
this.c.push(chunk);
this.l = ncs;
return;
}
if (this.l) {
this.c.push(chunk);
chunk = cct(this.c, ncs);
this.c = [];
this.l = 0;
}
if (!this.z && ncs < (this.z = (chunk[this.s.b] & 2) ? 4 : 3 + ((chunk[this.s.b] >> 3) | (chunk[this.s.b + 1] << 5) | (chunk[this.s.b + 2] << 13)))) {
if (final)
err(5);
this.c.push(chunk);
this.l = ncs;
return;
}
else
this.z = 0;
for (;;) {
var blk = rzb(chunk, this.s);
if (!blk) {
if (final)
err(5);
var adc = chunk.subarray(this.s.b);
this.s.b = 0;
this.c.push(adc), this.l += adc.length;
return;
}
else {
this.ondata(blk, false);
cpw(this.s.w, 0, blk.length);
this.s.w.set(blk, this.s.w.length - blk.length);
}
if (this.s.l) {
var rest = chunk.subarray(this.s.b);
this.s = this.s.c * 4;
this.push(rest, final);
return;
}
}
}
else if (final)
err(5);
};
return Decompress;
}())));
}),
6167:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
wK: () => ( parquetHeader)
});
var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(312);
var _thrift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2558);
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
const { pathInSchema, schemaPath } = columnDecoder
const isFlat = isFlatColumn(schemaPath)
const chunks = []
let dictionary = undefined
let lastChunk = undefined
let rowCount = 0
let skipped = 0
const emitLastChunk = onPage && (() => {
lastChunk && onPage({
pathInSchema,
columnData: lastChunk,
rowStart: groupStart + rowCount - lastChunk.length,
rowEnd: groupStart + rowCount,
})
})
while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
if (reader.offset >= reader.view.byteLength - 1) break
const header = parquetHeader(reader)
if (header.type === 'DICTIONARY_PAGE') {
const { data } = readPage(reader, header, columnDecoder, dictionary, undefined, 0)
if (data) dictionary = convert(data, columnDecoder)
} else {
const lastChunkLength = lastChunk?.length || 0
const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount)
if (result.skipped) {
if (!chunks.length) {
skipped += result.skipped
}
rowCount += result.skipped
} else if (result.data && lastChunk === result.data) {
rowCount += result.data.length - lastChunkLength
} else if (result.data && result.data.length) {
emitLastChunk?.()
chunks.push(result.data)
rowCount += result.data.length
lastChunk = result.data
}
}
}
emitLastChunk?.()
return { data: chunks, skipped }
}
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
const { type, element, schemaPath, codec, compressors } = columnDecoder
const compressedBytes = new Uint8Array(
reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size
)
reader.offset += header.compressed_page_size
if (header.type === 'DATA_PAGE') {
const daph = header.data_page_header
if (!daph) throw new Error('parquet data page header is undefined')
if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
return { skipped: daph.num_values }
}
const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors)
const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder)
const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder)
const output = Array.isArray(previousChunk) ? previousChunk : []
const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
return { skipped: 0, data: assembled }
} else if (header.type === 'DATA_PAGE_V2') {
const daph2 = header.data_page_header_v2
if (!daph2) throw new Error('parquet data page header v2 is undefined')
if (pageStart > daph2.num_rows) {
return { skipped: daph2.num_rows }
}
const { definitionLevels, repetitionLevels, dataPage } =
readDataPageV2(compressedBytes, header, columnDecoder)
const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder)
const output = Array.isArray(previousChunk) ? previousChunk : []
const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
return { skipped: 0, data: assembled }
} else if (header.type === 'DICTIONARY_PAGE') {
const diph = header.dictionary_page_header
if (!diph) throw new Error('parquet dictionary page header is undefined')
const page = decompressPage(
compressedBytes, Number(header.uncompressed_page_size), codec, compressors
)
const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }
const dictArray = readPlain(reader, type, diph.num_values, element.type_length)
return { skipped: 0, data: dictArray }
} else {
throw new Error(`parquet unsupported page type: ${header.type}`)
}
}
function parquetHeader(reader) {
const header = (0,_thrift_js__WEBPACK_IMPORTED_MODULE_0__ .Tn)(reader)
const type = _constants_js__WEBPACK_IMPORTED_MODULE_1__ .P2[header.field_1]
const uncompressed_page_size = header.field_2
const compressed_page_size = header.field_3
const crc = header.field_4
const data_page_header = header.field_5 && {
num_values: header.field_5.field_1,
encoding: _constants_js__WEBPACK_IMPORTED_MODULE_1__ .p6[header.field_5.field_2],
definition_level_encoding: _constants_js__WEBPACK_IMPORTED_MODULE_1__ .p6[header.field_5.field_3],
repetition_level_encoding: _constants_js__WEBPACK_IMPORTED_MODULE_1__ .p6[header.field_5.field_4],
statistics: pageStatistics(header.field_5.field_5),
}
const index_page_header = header.field_6
const dictionary_page_header = header.field_7 && {
num_values: header.field_7.field_1,
encoding: _constants_js__WEBPACK_IMPORTED_MODULE_1__ .p6[header.field_7.field_2],
is_sorted: header.field_7.field_3,
}
const data_page_header_v2 = header.field_8 && {
num_values: header.field_8.field_1,
num_nulls: header.field_8.field_2,
num_rows: header.field_8.field_3,
encoding: _constants_js__WEBPACK_IMPORTED_MODULE_1__ .p6[header.field_8.field_4],
definition_levels_byte_length: header.field_8.field_5,
repetition_levels_byte_length: header.field_8.field_6,
is_compressed: header.field_8.field_7 === undefined ? true : header.field_8.field_7,
statistics: pageStatistics(header.field_8.field_8),
}
return {
type,
uncompressed_page_size,
compressed_page_size,
crc,
data_page_header,
index_page_header,
dictionary_page_header,
data_page_header_v2,
}
}
function pageStatistics(stats) {
return stats && {
max: stats.field_1,
min: stats.field_2,
null_count: stats.field_3,
distinct_count: stats.field_4,
max_value: stats.field_5,
min_value: stats.field_6,
is_max_value_exact: stats.field_7,
is_min_value_exact: stats.field_8,
}
}
}),
312:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
CE: () => ( ParquetTypes),
I7: () => ( EdgeInterpolationAlgorithms),
IE: () => ( CompressionCodecs),
Nw: () => ( FieldRepetitionTypes),
P2: () => ( PageTypes),
gQ: () => ( ConvertedTypes),
p6: () => ( Encodings)
});
const ParquetTypes = [
'BOOLEAN',
'INT32',
'INT64',
'INT96',
'FLOAT',
'DOUBLE',
'BYTE_ARRAY',
'FIXED_LEN_BYTE_ARRAY',
]
const Encodings = [
'PLAIN',
'GROUP_VAR_INT',
'PLAIN_DICTIONARY',
'RLE',
'BIT_PACKED',
'DELTA_BINARY_PACKED',
'DELTA_LENGTH_BYTE_ARRAY',
'DELTA_BYTE_ARRAY',
'RLE_DICTIONARY',
'BYTE_STREAM_SPLIT',
]
const FieldRepetitionTypes = [
'REQUIRED',
'OPTIONAL',
'REPEATED',
]
const ConvertedTypes = [
'UTF8',
'MAP',
'MAP_KEY_VALUE',
'LIST',
'ENUM',
'DECIMAL',
'DATE',
'TIME_MILLIS',
'TIME_MICROS',
'TIMESTAMP_MILLIS',
'TIMESTAMP_MICROS',
'UINT_8',
'UINT_16',
'UINT_32',
'UINT_64',
'INT_8',
'INT_16',
'INT_32',
'INT_64',
'JSON',
'BSON',
'INTERVAL',
]
const CompressionCodecs = [
'UNCOMPRESSED',
'SNAPPY',
'GZIP',
'LZO',
'BROTLI',
'LZ4',
'ZSTD',
'LZ4_RAW',
]
const PageTypes = [
'DATA_PAGE',
'INDEX_PAGE',
'DICTIONARY_PAGE',
'DATA_PAGE_V2',
]
const BoundaryOrders = ( null && ([
'UNORDERED',
'ASCENDING',
'DESCENDING',
]))
const EdgeInterpolationAlgorithms = [
'SPHERICAL',
'VINCENTY',
'THOMAS',
'ANDOYER',
'KARNEY',
]
}),
9234:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Rc: () => ( DEFAULT_PARSERS),
C6: () => ( convert),
$Q: () => ( parseDecimal),
dq: () => ( parseFloat16)
});
;
function wkbToGeojson(reader) {
const flags = getFlags(reader)
if (flags.type === 1) {
return { type: 'Point', coordinates: readPosition(reader, flags) }
} else if (flags.type === 2) {
return { type: 'LineString', coordinates: readLine(reader, flags) }
} else if (flags.type === 3) {
return { type: 'Polygon', coordinates: readPolygon(reader, flags) }
} else if (flags.type === 4) {
const points = []
for (let i = 0; i < flags.count; i++) {
points.push(readPosition(reader, getFlags(reader)))
}
return { type: 'MultiPoint', coordinates: points }
} else if (flags.type === 5) {
const lines = []
for (let i = 0; i < flags.count; i++) {
lines.push(readLine(reader, getFlags(reader)))
}
return { type: 'MultiLineString', coordinates: lines }
} else if (flags.type === 6) {
const polygons = []
for (let i = 0; i < flags.count; i++) {
polygons.push(readPolygon(reader, getFlags(reader)))
}
return { type: 'MultiPolygon', coordinates: polygons }
} else if (flags.type === 7) {
const geometries = []
for (let i = 0; i < flags.count; i++) {
geometries.push(wkbToGeojson(reader))
}
return { type: 'GeometryCollection', geometries }
} else {
throw new Error(`Unsupported geometry type: ${flags.type}`)
}
}
function getFlags(reader) {
const { view } = reader
const littleEndian = view.getUint8(reader.offset++) === 1
const rawType = view.getUint32(reader.offset, littleEndian)
reader.offset += 4
const type = rawType % 1000
const flags = Math.floor(rawType / 1000)
let count = 0
if (type > 1 && type <= 7) {
count = view.getUint32(reader.offset, littleEndian)
reader.offset += 4
}
let dim = 2
if (flags) dim++
if (flags === 3) dim++
return { littleEndian, type, dim, count }
}
function readPosition(reader, flags) {
const points = []
for (let i = 0; i < flags.dim; i++) {
const coord = reader.view.getFloat64(reader.offset, flags.littleEndian)
reader.offset += 8
points.push(coord)
}
return points
}
function readLine(reader, flags) {
const points = []
for (let i = 0; i < flags.count; i++) {
points.push(readPosition(reader, flags))
}
return points
}
function readPolygon(reader, flags) {
const { view } = reader
const rings = []
for (let r = 0; r < flags.count; r++) {
const count = view.getUint32(reader.offset, flags.littleEndian)
reader.offset += 4
rings.push(readLine(reader, { ...flags, count }))
}
return rings
}
;
const decoder = new TextDecoder()
const DEFAULT_PARSERS = {
timestampFromMilliseconds(millis) {
return new Date(Number(millis))
},
timestampFromMicroseconds(micros) {
return new Date(Number(micros / 1000n))
},
timestampFromNanoseconds(nanos) {
return new Date(Number(nanos / 1000000n))
},
dateFromDays(days) {
return new Date(days * 86400000)
},
stringFromBytes(bytes) {
return bytes && decoder.decode(bytes)
},
jsonFromBytes(bytes) {
return bytes && JSON.parse(decoder.decode(bytes))
},
geometryFromBytes(bytes) {
return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
},
geographyFromBytes(bytes) {
return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
},
uuidFromBytes(bytes) {
if (!bytes) return undefined
const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20, 32)
},
}
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
if (dictionary && encoding.endsWith('_DICTIONARY')) {
let output = data
if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
output = new dictionary.constructor(data.length)
}
for (let i = 0; i < data.length; i++) {
output[i] = dictionary[data[i]]
}
return output
} else {
return convert(data, columnDecoder)
}
}
function convert(data, columnDecoder) {
const { element, parsers, utf8 = true, schemaPath } = columnDecoder
const { type, converted_type: ctype, logical_type: ltype } = element
const nullable = element.repetition_type !== 'REQUIRED'
const isVariant = schemaPath?.some(s => s.element.logical_type?.type === 'VARIANT')
if (isVariant && type === 'BYTE_ARRAY' && ctype !== 'UTF8' && ltype?.type !== 'STRING') {
return data
}
if (ctype === 'DECIMAL') {
const scale = element.scale || 0
const factor = 10 ** -scale
const arr = new Array(data.length)
for (let i = 0; i < arr.length; i++) {
if (data[i] instanceof Uint8Array) {
arr[i] = parseDecimal(data[i]) * factor
} else {
arr[i] = Number(data[i]) * factor
}
}
return arr
}
if (!ctype && type === 'INT96') {
return Array.from(data).map(v => parsers.timestampFromNanoseconds(parseInt96Nanos(v)))
}
if (ctype === 'DATE') {
return Array.from(data).map(v => parsers.dateFromDays(v))
}
if (ctype === 'TIMESTAMP_MILLIS') {
return Array.from(data).map(v => parsers.timestampFromMilliseconds(v))
}
if (ctype === 'TIMESTAMP_MICROS') {
return Array.from(data).map(v => parsers.timestampFromMicroseconds(v))
}
if (ctype === 'JSON') {
return data.map(v => parsers.jsonFromBytes(v))
}
if (ctype === 'BSON') {
throw new Error('parquet bson not supported')
}
if (ctype === 'INTERVAL') {
throw new Error('parquet interval not supported')
}
if (ltype?.type === 'GEOMETRY') {
return data.map(v => parsers.geometryFromBytes(v))
}
if (ltype?.type === 'GEOGRAPHY') {
return data.map(v => parsers.geographyFromBytes(v))
}
if (ltype?.type === 'UUID') {
return data.map(v => parsers.uuidFromBytes(v))
}
if (ctype === 'UTF8' || ltype?.type === 'STRING' || utf8 && type === 'BYTE_ARRAY') {
return data.map(v => parsers.stringFromBytes(v))
}
if (ctype === 'UINT_64' || ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned) {
if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length)
const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length)
for (let i = 0; i < arr.length; i++) arr[i] = data[i]
return arr
}
if (ctype === 'UINT_32' || ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned) {
if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length)
const arr = nullable ? new Array(data.length) : new Uint32Array(data.length)
for (let i = 0; i < arr.length; i++) {
arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i]
}
return arr
}
if (ltype?.type === 'FLOAT16') {
return Array.from(data).map(parseFloat16)
}
if (ltype?.type === 'TIMESTAMP') {
const { unit } = ltype
let parser = parsers.timestampFromMilliseconds
if (unit === 'MICROS') parser = parsers.timestampFromMicroseconds
if (unit === 'NANOS') parser = parsers.timestampFromNanoseconds
const arr = new Array(data.length)
for (let i = 0; i < arr.length; i++) {
arr[i] = parser(data[i])
}
return arr
}
return data
}
function parseDecimal(bytes) {
if (!bytes.length) return 0
let value = 0n
for (const byte of bytes) {
value = value * 256n + BigInt(byte)
}
const bits = bytes.length * 8
if (value >= 2n ** BigInt(bits - 1)) {
value -= 2n ** BigInt(bits)
}
return Number(value)
}
function parseInt96Nanos(value) {
const days = (value >> 64n) - 2440588n
const nano = value & 0xffffffffffffffffn
return days * 86400000000000n + nano
}
function parseFloat16(bytes) {
if (!bytes) return undefined
const int16 = bytes[1] << 8 | bytes[0]
const sign = int16 >> 15 ? -1 : 1
const exp = int16 >> 10 & 0x1f
const frac = int16 & 0x3ff
if (exp === 0) return sign * 2 ** -14 * (frac / 1024)
if (exp === 0x1f) return frac ? NaN : sign * Infinity
return sign * 2 ** (exp - 15) * (1 + frac / 1024)
}
}),
3243:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
tC: () => ( decompressPage)
});
;
const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
for (let i = 0; i < length; i++) {
toArray[toPos + i] = fromArray[fromPos + i]
}
}
function snappyUncompress(input, output) {
const inputLength = input.byteLength
const outputLength = output.byteLength
let pos = 0
let outPos = 0
while (pos < inputLength) {
const c = input[pos]
pos++
if (c < 128) {
break
}
}
if (outputLength && pos >= inputLength) {
throw new Error('invalid snappy length header')
}
while (pos < inputLength) {
const c = input[pos]
let len = 0
pos++
if (pos >= inputLength) {
throw new Error('missing eof marker')
}
if ((c & 0x3) === 0) {
let len = (c >>> 2) + 1
if (len > 60) {
if (pos + 3 >= inputLength) {
throw new Error('snappy error literal pos + 3 >= inputLength')
}
const lengthSize = len - 60
len = input[pos]
+ (input[pos + 1] << 8)
+ (input[pos + 2] << 16)
+ (input[pos + 3] << 24)
len = (len & WORD_MASK[lengthSize]) + 1
pos += lengthSize
}
if (pos + len > inputLength) {
throw new Error('snappy error literal exceeds input length')
}
copyBytes(input, pos, output, outPos, len)
pos += len
outPos += len
} else {
let offset = 0
switch (c & 0x3) {
case 1:
len = (c >>> 2 & 0x7) + 4
offset = input[pos] + (c >>> 5 << 8)
pos++
break
case 2:
if (inputLength <= pos + 1) {
throw new Error('snappy error end of input')
}
len = (c >>> 2) + 1
offset = input[pos] + (input[pos + 1] << 8)
pos += 2
break
case 3:
if (inputLength <= pos + 3) {
throw new Error('snappy error end of input')
}
len = (c >>> 2) + 1
offset = input[pos]
+ (input[pos + 1] << 8)
+ (input[pos + 2] << 16)
+ (input[pos + 3] << 24)
pos += 4
break
default:
break
}
if (offset === 0 || isNaN(offset)) {
throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`)
}
if (offset > outPos) {
throw new Error('cannot copy from before start of buffer')
}
copyBytes(output, outPos - offset, output, outPos, len)
outPos += len
}
}
if (outPos !== outputLength) throw new Error('premature end of input')
}
;
function readDataPage(bytes, daph, { type, element, schemaPath }) {
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
const reader = { view, offset: 0 }
let dataPage
const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath)
const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath)
const nValues = daph.num_values - numNulls
if (daph.encoding === 'PLAIN') {
dataPage = readPlain(reader, type, nValues, element.type_length)
} else if (
daph.encoding === 'PLAIN_DICTIONARY' ||
daph.encoding === 'RLE_DICTIONARY' ||
daph.encoding === 'RLE'
) {
const bitWidth = type === 'BOOLEAN' ? 1 : view.getUint8(reader.offset++)
if (bitWidth) {
dataPage = new Array(nValues)
if (type === 'BOOLEAN') {
readRleBitPackedHybrid(reader, bitWidth, dataPage)
dataPage = dataPage.map(x => !!x)
} else {
readRleBitPackedHybrid(reader, bitWidth, dataPage, view.byteLength - reader.offset)
}
} else {
dataPage = new Uint8Array(nValues)
}
} else if (daph.encoding === 'BYTE_STREAM_SPLIT') {
dataPage = byteStreamSplit(reader, nValues, type, element.type_length)
} else if (daph.encoding === 'DELTA_BINARY_PACKED') {
const int32 = type === 'INT32'
dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
deltaBinaryUnpack(reader, nValues, dataPage)
} else if (daph.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
dataPage = new Array(nValues)
deltaLengthByteArray(reader, nValues, dataPage)
} else if (daph.encoding === 'DELTA_BYTE_ARRAY') {
dataPage = new Array(nValues)
deltaByteArray(reader, nValues, dataPage)
} else {
throw new Error(`parquet unsupported encoding: ${daph.encoding}`)
}
return { definitionLevels, repetitionLevels, dataPage }
}
function readRepetitionLevels(reader, daph, schemaPath) {
if (schemaPath.length > 1) {
const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
if (maxRepetitionLevel) {
const values = new Array(daph.num_values)
readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values)
return values
}
}
return []
}
function readDefinitionLevels(reader, daph, schemaPath) {
const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 }
const definitionLevels = new Array(daph.num_values)
readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels)
let numNulls = daph.num_values
for (const def of definitionLevels) {
if (def === maxDefinitionLevel) numNulls--
}
if (numNulls === 0) definitionLevels.length = 0
return { definitionLevels, numNulls }
}
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
let page
const customDecompressor = compressors?.[codec]
if (codec === 'UNCOMPRESSED') {
page = compressedBytes
} else if (customDecompressor) {
page = customDecompressor(compressedBytes, uncompressed_page_size)
} else if (codec === 'SNAPPY') {
page = new Uint8Array(uncompressed_page_size)
snappyUncompress(compressedBytes, page)
} else {
throw new Error(`parquet unsupported compression codec: ${codec}`)
}
if (page?.length !== uncompressed_page_size) {
throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`)
}
return page
}
function readDataPageV2(compressedBytes, ph, columnDecoder) {
const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength)
const reader = { view, offset: 0 }
const { type, element, schemaPath, codec, compressors } = columnDecoder
const daph2 = ph.data_page_header_v2
if (!daph2) throw new Error('parquet data page header v2 is undefined')
const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath)
reader.offset = daph2.repetition_levels_byte_length
const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath)
const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length
let page = compressedBytes.subarray(reader.offset)
if (daph2.is_compressed !== false) {
page = decompressPage(page, uncompressedPageSize, codec, compressors)
}
const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength)
const pageReader = { view: pageView, offset: 0 }
let dataPage
const nValues = daph2.num_values - daph2.num_nulls
if (daph2.encoding === 'PLAIN') {
dataPage = readPlain(pageReader, type, nValues, element.type_length)
} else if (daph2.encoding === 'RLE') {
dataPage = new Array(nValues)
readRleBitPackedHybrid(pageReader, 1, dataPage)
dataPage = dataPage.map(x => !!x)
} else if (
daph2.encoding === 'PLAIN_DICTIONARY' ||
daph2.encoding === 'RLE_DICTIONARY'
) {
const bitWidth = pageView.getUint8(pageReader.offset++)
dataPage = new Array(nValues)
readRleBitPackedHybrid(pageReader, bitWidth, dataPage, uncompressedPageSize - 1)
} else if (daph2.encoding === 'DELTA_BINARY_PACKED') {
const int32 = type === 'INT32'
dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
deltaBinaryUnpack(pageReader, nValues, dataPage)
} else if (daph2.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
dataPage = new Array(nValues)
deltaLengthByteArray(pageReader, nValues, dataPage)
} else if (daph2.encoding === 'DELTA_BYTE_ARRAY') {
dataPage = new Array(nValues)
deltaByteArray(pageReader, nValues, dataPage)
} else if (daph2.encoding === 'BYTE_STREAM_SPLIT') {
dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length)
} else {
throw new Error(`parquet unsupported encoding: ${daph2.encoding}`)
}
return { definitionLevels, repetitionLevels, dataPage }
}
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
if (!maxRepetitionLevel) return []
const values = new Array(daph2.num_values)
readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length)
return values
}
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
if (maxDefinitionLevel) {
const values = new Array(daph2.num_values)
readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length)
return values
}
}
function bitWidth(value) {
return 32 - Math.clz32(value)
}
}),
6367:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Ei: () => ( parquetMetadataAsync),
YR: () => ( parquetSchema)
});
var constants = __webpack_require__(312);
var convert = __webpack_require__(9234);
var src_schema = __webpack_require__(8286);
var thrift = __webpack_require__(2558);
;
function markGeoColumns(schema, key_value_metadata) {
const columns = new Map()
const geo = key_value_metadata?.find(({ key }) => key === 'geo')?.value
const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {}
for (const [name, column] of Object.entries(decodedColumns)) {
if (column.encoding !== 'WKB') continue
const type = column.edges === 'spherical' ? 'GEOGRAPHY' : 'GEOMETRY'
const id = column.crs?.id ?? column.crs?.ids?.[0]
const crs = id ? `${id.authority}:${id.code.toString()}` : undefined
columns.set(name, { type, crs })
}
for (let i = 1; i < schema.length; i++) {
const { logical_type, name, num_children, type } = schema[i]
if (num_children) {
i += num_children
continue
}
if (type === 'BYTE_ARRAY' && !logical_type) {
schema[i].logical_type = columns.get(name)
}
}
}
;
const defaultInitialFetchSize = 1 << 19
const decoder = new TextDecoder()
function decode( value) {
return value && decoder.decode(value)
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error('parquet expected AsyncBuffer')
const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize)
const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength)
const footerView = new DataView(footerBuffer)
if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 0x31524150) {
throw new Error('parquet file invalid (footer != PAR1)')
}
const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true)
if (metadataLength > asyncBuffer.byteLength - 8) {
throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`)
}
if (metadataLength + 8 > initialFetchSize) {
const metadataOffset = asyncBuffer.byteLength - metadataLength - 8
const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset)
const combinedBuffer = new ArrayBuffer(metadataLength + 8)
const combinedView = new Uint8Array(combinedBuffer)
combinedView.set(new Uint8Array(metadataBuffer))
combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset)
return parquetMetadata(combinedBuffer, { parsers, geoparquet })
} else {
return parquetMetadata(footerBuffer, { parsers, geoparquet })
}
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
let view
if (arrayBuffer instanceof ArrayBuffer) {
view = new DataView(arrayBuffer)
} else if (arrayBuffer instanceof Uint8Array) {
view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength)
} else {
throw new Error('parquet expected ArrayBuffer or Uint8Array')
}
const allParsers = { ...convert .Rc, ...parsers }
if (view.byteLength < 8) {
throw new Error('parquet file is too short')
}
if (view.getUint32(view.byteLength - 4, true) !== 0x31524150) {
throw new Error('parquet file invalid (footer != PAR1)')
}
const metadataLengthOffset = view.byteLength - 8
const metadataLength = view.getUint32(metadataLengthOffset, true)
if (metadataLength > view.byteLength - 8) {
throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`)
}
const metadataOffset = metadataLengthOffset - metadataLength
const reader = { view, offset: metadataOffset }
const metadata = (0,thrift .Tn)(reader)
const version = metadata.field_1
const schema = metadata.field_2.map(( field) => ({
type: constants .CE[field.field_1],
type_length: field.field_2,
repetition_type: constants .Nw[field.field_3],
name: decode(field.field_4),
num_children: field.field_5,
converted_type: constants .gQ[field.field_6],
scale: field.field_7,
precision: field.field_8,
field_id: field.field_9,
logical_type: logicalType(field.field_10),
}))
const columnSchema = schema.filter(e => e.type)
const num_rows = metadata.field_3
const row_groups = metadata.field_4.map(( rowGroup) => ({
columns: rowGroup.field_1.map(( column, columnIndex) => ({
file_path: decode(column.field_1),
file_offset: column.field_2,
meta_data: column.field_3 && {
type: constants .CE[column.field_3.field_1],
encodings: column.field_3.field_2?.map(( e) => constants .p6[e]),
path_in_schema: column.field_3.field_3.map(decode),
codec: constants .IE[column.field_3.field_4],
num_values: column.field_3.field_5,
total_uncompressed_size: column.field_3.field_6,
total_compressed_size: column.field_3.field_7,
key_value_metadata: column.field_3.field_8?.map(( kv) => ({
key: decode(kv.field_1),
value: decode(kv.field_2),
})),
data_page_offset: column.field_3.field_9,
index_page_offset: column.field_3.field_10,
dictionary_page_offset: column.field_3.field_11,
statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
encoding_stats: column.field_3.field_13?.map(( encodingStat) => ({
page_type: constants .P2[encodingStat.field_1],
encoding: constants .p6[encodingStat.field_2],
count: encodingStat.field_3,
})),
bloom_filter_offset: column.field_3.field_14,
bloom_filter_length: column.field_3.field_15,
size_statistics: column.field_3.field_16 && {
unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
repetition_level_histogram: column.field_3.field_16.field_2,
definition_level_histogram: column.field_3.field_16.field_3,
},
geospatial_statistics: column.field_3.field_17 && {
bbox: column.field_3.field_17.field_1 && {
xmin: column.field_3.field_17.field_1.field_1,
xmax: column.field_3.field_17.field_1.field_2,
ymin: column.field_3.field_17.field_1.field_3,
ymax: column.field_3.field_17.field_1.field_4,
zmin: column.field_3.field_17.field_1.field_5,
zmax: column.field_3.field_17.field_1.field_6,
mmin: column.field_3.field_17.field_1.field_7,
mmax: column.field_3.field_17.field_1.field_8,
},
geospatial_types: column.field_3.field_17.field_2,
},
},
offset_index_offset: column.field_4,
offset_index_length: column.field_5,
column_index_offset: column.field_6,
column_index_length: column.field_7,
crypto_metadata: column.field_8,
encrypted_column_metadata: column.field_9,
})),
total_byte_size: rowGroup.field_2,
num_rows: rowGroup.field_3,
sorting_columns: rowGroup.field_4?.map(( sortingColumn) => ({
column_idx: sortingColumn.field_1,
descending: sortingColumn.field_2,
nulls_first: sortingColumn.field_3,
})),
file_offset: rowGroup.field_5,
total_compressed_size: rowGroup.field_6,
ordinal: rowGroup.field_7,
}))
const key_value_metadata = metadata.field_5?.map(( kv) => ({
key: decode(kv.field_1),
value: decode(kv.field_2),
}))
const created_by = decode(metadata.field_6)
if (geoparquet) {
markGeoColumns(schema, key_value_metadata)
}
return {
version,
schema,
num_rows,
row_groups,
key_value_metadata,
created_by,
metadata_length: metadataLength,
}
}
function parquetSchema({ schema }) {
return (0,src_schema .Dy)(schema, [])[0]
}
function logicalType(logicalType) {
if (logicalType?.field_1) return { type: 'STRING' }
if (logicalType?.field_2) return { type: 'MAP' }
if (logicalType?.field_3) return { type: 'LIST' }
if (logicalType?.field_4) return { type: 'ENUM' }
if (logicalType?.field_5) return {
type: 'DECIMAL',
scale: logicalType.field_5.field_1,
precision: logicalType.field_5.field_2,
}
if (logicalType?.field_6) return { type: 'DATE' }
if (logicalType?.field_7) return {
type: 'TIME',
isAdjustedToUTC: logicalType.field_7.field_1,
unit: timeUnit(logicalType.field_7.field_2),
}
if (logicalType?.field_8) return {
type: 'TIMESTAMP',
isAdjustedToUTC: logicalType.field_8.field_1,
unit: timeUnit(logicalType.field_8.field_2),
}
if (logicalType?.field_10) return {
type: 'INTEGER',
bitWidth: logicalType.field_10.field_1,
isSigned: logicalType.field_10.field_2,
}
if (logicalType?.field_11) return { type: 'NULL' }
if (logicalType?.field_12) return { type: 'JSON' }
if (logicalType?.field_13) return { type: 'BSON' }
if (logicalType?.field_14) return { type: 'UUID' }
if (logicalType?.field_15) return { type: 'FLOAT16' }
if (logicalType?.field_16) return {
type: 'VARIANT',
specification_version: logicalType.field_16.field_1,
}
if (logicalType?.field_17) return {
type: 'GEOMETRY',
crs: decode(logicalType.field_17.field_1),
}
if (logicalType?.field_18) return {
type: 'GEOGRAPHY',
crs: decode(logicalType.field_18.field_1),
algorithm: constants .I7[logicalType.field_18.field_2],
}
return logicalType
}
function timeUnit(unit) {
if (unit.field_1) return 'MILLIS'
if (unit.field_2) return 'MICROS'
if (unit.field_3) return 'NANOS'
throw new Error('parquet time unit required')
}
function convertStats(stats, schema, parsers) {
return stats && {
max: convertMetadata(stats.field_1, schema, parsers),
min: convertMetadata(stats.field_2, schema, parsers),
null_count: stats.field_3,
distinct_count: stats.field_4,
max_value: convertMetadata(stats.field_5, schema, parsers),
min_value: convertMetadata(stats.field_6, schema, parsers),
is_max_value_exact: stats.field_7,
is_min_value_exact: stats.field_8,
}
}
function convertMetadata(value, schema, parsers) {
const { type, converted_type, logical_type } = schema
if (value === undefined) return value
if (type === 'BOOLEAN') return value[0] === 1
if (type === 'BYTE_ARRAY') return parsers.stringFromBytes(value)
const view = new DataView(value.buffer, value.byteOffset, value.byteLength)
if (type === 'FLOAT' && view.byteLength === 4) return view.getFloat32(0, true)
if (type === 'DOUBLE' && view.byteLength === 8) return view.getFloat64(0, true)
if (type === 'INT32' && converted_type === 'DECIMAL' && view.byteLength === 4) {
return view.getInt32(0, true) * 10 ** -(schema.scale || 0)
}
if (type === 'INT64' && converted_type === 'DECIMAL' && view.byteLength === 8) {
return Number(view.getBigInt64(0, true)) * 10 ** -(schema.scale || 0)
}
if (type === 'INT32' && converted_type === 'DATE') return parsers.dateFromDays(view.getInt32(0, true))
if (type === 'INT64' && converted_type === 'TIMESTAMP_MILLIS') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
if (type === 'INT64' && converted_type === 'TIMESTAMP_MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'NANOS') return parsers.timestampFromNanoseconds(view.getBigInt64(0, true))
if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
if (type === 'INT64' && logical_type?.type === 'TIMESTAMP') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
const unsigned = converted_type?.startsWith('UINT_') ||
logical_type?.type === 'INTEGER' && !logical_type.isSigned
if (type === 'INT32' && unsigned && view.byteLength === 4) return view.getUint32(0, true)
if (type === 'INT64' && unsigned && view.byteLength === 8) return view.getBigUint64(0, true)
if (type === 'INT32' && view.byteLength === 4) return view.getInt32(0, true)
if (type === 'INT64' && view.byteLength === 8) return view.getBigInt64(0, true)
if (converted_type === 'DECIMAL') return (0,convert .$Q)(value) * 10 ** -(schema.scale || 0)
if (logical_type?.type === 'FLOAT16') return (0,convert .dq)(value)
if (logical_type?.type === 'UUID') return parsers.uuidFromBytes(value)
if (type === 'FIXED_LEN_BYTE_ARRAY') return value
return value
}
}),
4809:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
r: () => ( readPlain)
});
function readPlain(reader, type, count, fixedLength) {
if (count === 0) return []
if (type === 'BOOLEAN') {
return readPlainBoolean(reader, count)
} else if (type === 'INT32') {
return readPlainInt32(reader, count)
} else if (type === 'INT64') {
return readPlainInt64(reader, count)
} else if (type === 'INT96') {
return readPlainInt96(reader, count)
} else if (type === 'FLOAT') {
return readPlainFloat(reader, count)
} else if (type === 'DOUBLE') {
return readPlainDouble(reader, count)
} else if (type === 'BYTE_ARRAY') {
return readPlainByteArray(reader, count)
} else if (type === 'FIXED_LEN_BYTE_ARRAY') {
if (!fixedLength) throw new Error('parquet missing fixed length')
return readPlainByteArrayFixed(reader, count, fixedLength)
} else {
throw new Error(`parquet unhandled type: ${type}`)
}
}
function readPlainBoolean(reader, count) {
const values = new Array(count)
for (let i = 0; i < count; i++) {
const byteOffset = reader.offset + (i / 8 | 0)
const bitOffset = i % 8
const byte = reader.view.getUint8(byteOffset)
values[i] = (byte & 1 << bitOffset) !== 0
}
reader.offset += Math.ceil(count / 8)
return values
}
function readPlainInt32(reader, count) {
const values = (reader.view.byteOffset + reader.offset) % 4
? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
: new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
reader.offset += count * 4
return values
}
function readPlainInt64(reader, count) {
const values = (reader.view.byteOffset + reader.offset) % 8
? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
: new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
reader.offset += count * 8
return values
}
function readPlainInt96(reader, count) {
const values = new Array(count)
for (let i = 0; i < count; i++) {
const low = reader.view.getBigInt64(reader.offset + i * 12, true)
const high = reader.view.getInt32(reader.offset + i * 12 + 8, true)
values[i] = BigInt(high) << 64n | low
}
reader.offset += count * 12
return values
}
function readPlainFloat(reader, count) {
const values = (reader.view.byteOffset + reader.offset) % 4
? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
: new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
reader.offset += count * 4
return values
}
function readPlainDouble(reader, count) {
const values = (reader.view.byteOffset + reader.offset) % 8
? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
: new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
reader.offset += count * 8
return values
}
function readPlainByteArray(reader, count) {
const values = new Array(count)
for (let i = 0; i < count; i++) {
const length = reader.view.getUint32(reader.offset, true)
reader.offset += 4
values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
reader.offset += length
}
return values
}
function readPlainByteArrayFixed(reader, count, fixedLength) {
const values = new Array(count)
for (let i = 0; i < count; i++) {
values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength)
reader.offset += fixedLength
}
return values
}
function align(buffer, offset, size) {
const aligned = new ArrayBuffer(size)
new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size))
return aligned
}
}),
8286:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Dy: () => ( getSchemaPath),
g7: () => ( isFlatColumn),
st: () => ( getTreePath)
});
function schemaTree(schema, rootIndex, path) {
const element = schema[rootIndex]
const children = []
let count = 1
if (element.num_children) {
while (children.length < element.num_children) {
const childElement = schema[rootIndex + count]
const child = schemaTree(schema, rootIndex + count, [...path, childElement.name])
count += child.count
children.push(child)
}
}
return { count, element, children, path }
}
function getSchemaPath(schema, name) {
return getTreePath(schemaTree(schema, 0, []), name)
}
function getTreePath(tree, name) {
const path = [tree]
for (const part of name) {
const child = tree.children.find(child => child.element.name === part)
if (!child) throw new Error(`parquet schema element not found: ${name}`)
path.push(child)
tree = child
}
return path
}
function getPhysicalColumns(schemaTree) {
const columns = []
function traverse(node) {
if (node.children.length) {
for (const child of node.children) {
traverse(child)
}
} else {
columns.push(node.path.join('.'))
}
}
traverse(schemaTree)
return columns
}
function getMaxRepetitionLevel(schemaPath) {
let maxLevel = 0
for (const { element } of schemaPath) {
if (element.repetition_type === 'REPEATED') {
maxLevel++
}
}
return maxLevel
}
function getMaxDefinitionLevel(schemaPath) {
let maxLevel = 0
for (const { element } of schemaPath.slice(1)) {
if (element.repetition_type !== 'REQUIRED') {
maxLevel++
}
}
return maxLevel
}
function isListLike(schema) {
if (!schema) return false
if (schema.element.converted_type !== 'LIST') return false
if (schema.children.length > 1) return false
const firstChild = schema.children[0]
if (firstChild.children.length > 1) return false
if (firstChild.element.repetition_type !== 'REPEATED') return false
return true
}
function isMapLike(schema) {
if (!schema) return false
if (schema.element.converted_type !== 'MAP') return false
if (schema.children.length > 1) return false
const firstChild = schema.children[0]
if (firstChild.children.length !== 2) return false
if (firstChild.element.repetition_type !== 'REPEATED') return false
const keyChild = firstChild.children.find(child => child.element.name === 'key')
if (keyChild?.element.repetition_type === 'REPEATED') return false
const valueChild = firstChild.children.find(child => child.element.name === 'value')
if (valueChild?.element.repetition_type === 'REPEATED') return false
return true
}
function isFlatColumn(schemaPath) {
if (schemaPath.length !== 2) return false
const [, column] = schemaPath
if (column.element.repetition_type === 'REPEATED') return false
if (column.children.length) return false
return true
}
}),
2558:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
Tn: () => ( deserializeTCompactProtocol)
});
const STOP = 0
const TRUE = 1
const FALSE = 2
const BYTE = 3
const I16 = 4
const I32 = 5
const I64 = 6
const DOUBLE = 7
const BINARY = 8
const LIST = 9
const STRUCT = 12
function deserializeTCompactProtocol(reader) {
const value = {}
let fid = 0
while (true) {
if (reader.offset >= reader.view.byteLength) throw new Error('thrift struct ended without STOP')
const byte = reader.view.getUint8(reader.offset++)
const type = byte & 0x0f
if (type === STOP) break
const delta = byte >> 4
fid = delta ? fid + delta : readZigZag(reader)
value[`field_${fid}`] = readElement(reader, type)
}
return value
}
function readElement(reader, type) {
switch (type) {
case TRUE:
return true
case FALSE:
return false
case BYTE:
return reader.view.getInt8(reader.offset++)
case I16:
case I32:
return readZigZag(reader)
case I64:
return readZigZagBigInt(reader)
case DOUBLE: {
const value = reader.view.getFloat64(reader.offset, true)
reader.offset += 8
return value
}
case BINARY: {
const stringLength = readVarInt(reader)
if (reader.offset + stringLength > reader.view.byteLength) {
throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`)
}
const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength)
reader.offset += stringLength
return strBytes
}
case LIST: {
const byte = reader.view.getUint8(reader.offset++)
const elemType = byte & 0x0f
let listSize = byte >> 4
if (listSize === 15) {
listSize = readVarInt(reader)
}
const boolType = elemType === TRUE || elemType === FALSE
const values = new Array(listSize)
for (let i = 0; i < listSize; i++) {
values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType)
}
return values
}
case STRUCT:
return deserializeTCompactProtocol(reader)
default:
throw new Error(`thrift unhandled type: ${type}`)
}
}
function readVarInt(reader) {
let result = 0
let shift = 0
while (true) {
const byte = reader.view.getUint8(reader.offset++)
result |= (byte & 0x7f) << shift
if (!(byte & 0x80)) {
return result
}
shift += 7
}
}
function readVarBigInt(reader) {
let result = 0n
let shift = 0n
while (true) {
const byte = reader.view.getUint8(reader.offset++)
result |= BigInt(byte & 0x7f) << shift
if (!(byte & 0x80)) {
return result
}
shift += 7n
}
}
function readZigZag(reader) {
const zigzag = readVarInt(reader)
return zigzag >>> 1 ^ -(zigzag & 1)
}
function readZigZagBigInt(reader) {
const zigzag = readVarBigInt(reader)
return zigzag >> 1n ^ -(zigzag & 1n)
}
}),
7100:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.d(__webpack_exports__, {
o: () => ( snappyUncompressor)
});
function snappyUncompress(input, outputLength) {
return snappyUncompressor()(input, outputLength)
}
function snappyUncompressor() {
const wasm = instantiateWasm()
return (input, outputLength) => {
const { memory, uncompress } = wasm.exports
const inputStart = 68000
const outputStart = inputStart + input.byteLength
const totalSize = inputStart + input.byteLength + outputLength
if (memory.buffer.byteLength < totalSize) {
const pageSize = 64 * 1024
const currentPages = memory.buffer.byteLength / pageSize
const requiredPages = Math.ceil(totalSize / pageSize)
const pagesToGrow = requiredPages - currentPages
memory.grow(pagesToGrow)
}
const byteArray = new Uint8Array(memory.buffer)
byteArray.set(input, inputStart)
const result = uncompress(inputStart, input.byteLength, outputStart)
if (result === -1) throw new Error('invalid snappy length header')
if (result === -2) throw new Error('missing eof marker')
if (result === -3) throw new Error('premature end of input')
if (result) throw new Error(`failed to uncompress data ${result}`)
return byteArray.slice(outputStart, outputStart + outputLength)
}
}
function instantiateWasm() {
const binaryString = atob(wasm64)
const byteArray = new Uint8Array(binaryString.length)
for (let i = 0; i < binaryString.length; i += 1) {
byteArray[i] = binaryString.charCodeAt(i)
}
const mod = new WebAssembly.Module(byteArray)
return new WebAssembly.Instance(mod)
}
const wasm64 = 'AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ='
})
};
