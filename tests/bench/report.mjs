// Prints the bench results of both platforms side by side with the WebAssembly/native ratio.
//   node tests/bench/report.mjs NATIVE_JSON_LINE WASM_JSON_LINE
const [native, wasm] = process.argv.slice(2).map((line) => JSON.parse(line));
const rows = [['parse + validate', 'load_ms'], ['full scored attempt', 'attempt_ms']];
console.log(`core, ${native.questions} questions, ${(native.bytes / 1024).toFixed(0)} KiB document (medians of ${native.load_ms.runs} runs)`);
console.log('                       native ms   wasm ms   wasm/native');
for (const [label, key] of rows) {
  const n = native[key].median, w = wasm[key].median;
  console.log(`${label.padEnd(22)} ${n.toFixed(3).padStart(9)} ${w.toFixed(3).padStart(9)}   ${(w / n).toFixed(2).padStart(6)}x`);
}
const total = wasm.load_ms.median + wasm.attempt_ms.median;
console.log(`wasm total ${total.toFixed(3)} ms (aim: under 5 ms; wasm within 2x of native)`);
