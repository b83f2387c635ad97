/**
 * Module factories as `function` expressions, which V8 compiles eagerly, instead of webpack's
 * arrow functions, which it compiles lazily: one parse of a factory instead of two.
 *
 * V8 compiles a script lazily: it pre-parses every function (finds its end and its free
 * variables) and parses a function in full only when it is first called. Webpack (ncc) writes
 * every module as a factory, `/***\/ 2626:\n/***\/ ((module, exports, require) => { … })`, and
 * concatenates a chunk's ES modules into one: the CLI's pipeline chunk is one 550 KB factory.
 * Loading the chunk pre-parses its 935 KB (16 ms of CPU on the 2-core machine, from
 * `--log-function-events`), and calling the factory, which every run does, parses its 550 KB
 * again in full (13 ms). A function expression right after a parenthesis — `(function (…) {` —
 * is V8's "possibly invoked function expression" hint: it is parsed in full in the script's
 * parse, once (its inner functions stay lazy either way). That is the whole change: same
 * parameters, same body, the same closing `})`. The runtime calls every factory with
 * `.call(module.exports, …)`, and webpack writes an arrow only for a module whose top level never
 * reads `this` (it writes `function` for the others already), so `this` changes nothing; nor
 * does `arguments`, which such a module's top level cannot read (an ES module has none).
 *
 * Measured on the 2-core machine, medians of 30 interleaved runs of the CLI on a 1,000-row audit
 * with 2,000-replicate intervals (the bench's): user CPU 192 -> 173 ms at load 3.3, 199 -> 181 ms
 * at load 10; the action on the same audit (a push event, no comment) 254 -> 223 ms; `--version`
 * unchanged (66-68 ms; `node -e 0` 57-60). Reports unchanged: scripts/compare-bundles.mjs on all
 * 197 configs of examples/ and __fixtures__/. On Node.js 24 (V8 13) it gains nothing, and loses
 * nothing for the CLI (140 -> 139 ms; 40 runs); the action, which runs on node24 alone, measured
 * 262 -> 267 ms, so npm run bundle applies it to the CLI only.
 */

/** A factory's first two lines as webpack writes them for an arrow function. */
const ARROW_FACTORY = /^(\/\*\*\*\/ (?:\d+|"[^"\n]+"):\n\/\*\*\*\/ )\(\(([\w$, ]*)\) => \{$/gm

/** `code` (a bundle or a chunk) with every module factory written as a `function` expression. */
export function eagerFactories(code) {
  return code.replace(ARROW_FACTORY, '$1(function ($2) {')
}
