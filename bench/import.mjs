// What importing costs in memory: a process that only imports, then reports its RSS
// (process.memoryUsage().rss) and peak RSS (maxRSS). Usage: node bench/import.mjs <what>, what one of
//   bare    nothing (a bare node process, the baseline);
//   effect  effect's modules the SDK's users import beside it (Effect, Layer, Stream);
//   sdk     the package's entry point, dist/index.js.
const what = process.argv[2] ?? "sdk"
const modules = {
  bare: [],
  effect: ["effect/Effect", "effect/Layer", "effect/Stream"],
  sdk: ["../dist/index.js"]
}[what]
if (modules === undefined) throw new Error(`import.mjs: no ${what} (bare | effect | sdk)`)
const loaded = []
for (const m of modules) loaded.push(await import(m))
const mb = (bytes) => bytes / (1024 * 1024)
console.log(JSON.stringify({
  modules: loaded.length,
  rssMb: mb(process.memoryUsage().rss),
  maxRssMb: process.resourceUsage().maxRSS / 1024
}))
process.exit(0)
