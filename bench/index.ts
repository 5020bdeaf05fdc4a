/**
 * `npm run bench`: every scenario, SDK against the floor (a bare Node client) on the same
 * workload in the same run, one table, also written to bench/results/latest.json.
 *
 * Each side of each scenario runs in a process of its own (so peak RSS is per side), three times,
 * alternating; the table shows medians. The SDK side runs the compiled package (dist/).
 */
import * as Effect from "effect/Effect"
import { execFileSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { runDecodeBench } from "./decode.js"
import { runSoak } from "./soak.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..")
const RUNS = 3

type Result = Record<string, number>
const side = (script: string, args: ReadonlyArray<string>): Result => {
  const out = execFileSync(process.execPath, [path.join(here, script), ...args], { cwd: root, encoding: "utf8" })
  return JSON.parse(out.trim().split("\n").at(-1)!)
}
const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const measure = (args: ReadonlyArray<string>, sdkArgs: ReadonlyArray<string> = args) => {
  const sdk: Array<Result> = []
  const floor: Array<Result> = []
  for (let i = 0; i < RUNS; i++) {
    floor.push(side("floor.mjs", args))
    sdk.push(side("sdk.mjs", sdkArgs))
  }
  const pick = (rs: Array<Result>, key: string) => median(rs.map((r) => r[key]!))
  return { sdk: (key: string) => pick(sdk, key), floor: (key: string) => pick(floor, key) }
}

interface Row {
  readonly scenario: string
  readonly metric: string
  readonly sdk: number
  readonly floor: number
  readonly ratio: number
  readonly target: string
  readonly met: boolean
}
const rows: Array<Row> = []
const row = (scenario: string, metric: string, sdk: number, floor: number, target: string, met: (ratio: number) => boolean) => {
  const ratio = sdk / floor
  rows.push({ scenario, metric, sdk, floor, ratio, target, met: met(ratio) })
}

console.log("building the package (the SDK side runs dist/)…")
execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" })

// Is the fake server the bottleneck? A client that only counts lines must beat the floor.
const raw = median(Array.from({ length: RUNS }, () => side("floor.mjs", ["raw", "200000"]).eventsPerSecond!))

console.log("one turn, 200,000 deltas…")
const single = measure(["single", "200000"])
row("1 turn × 200,000 deltas (Codex.stream)", "events/s", single.sdk("eventsPerSecond"), single.floor("eventsPerSecond"), "≥ 0.5×", (r) => r >= 0.5)

console.log("100 threads × 2,000 deltas…")
const hundred = measure(["many", "100", "2000"], ["manyRun", "100", "2000"])
row("100 threads × 2,000 deltas (Codex.run)", "events/s", hundred.sdk("eventsPerSecond"), hundred.floor("eventsPerSecond"), "≥ 0.5×", (r) => r >= 0.5)

console.log("1,000 threads × 100 deltas…")
const thousand = measure(["many", "1000", "100"], ["manyRun", "1000", "100"])
row("1,000 threads × 100 deltas (Codex.run)", "events/s", thousand.sdk("eventsPerSecond"), thousand.floor("eventsPerSecond"), "≥ 0.5×", (r) => r >= 0.5)
rows.push({
  scenario: "1,000 threads × 100 deltas",
  metric: "peak RSS MB",
  sdk: thousand.sdk("maxRssMb"),
  floor: thousand.floor("maxRssMb"),
  ratio: thousand.sdk("maxRssMb") / thousand.floor("maxRssMb"),
  target: "≤ floor + 100 MB",
  met: thousand.sdk("maxRssMb") <= thousand.floor("maxRssMb") + 100
})

console.log("10,000 sequential model/list…")
const latency = measure(["latency", "10000"])
row("10,000 × model/list", "median µs", latency.sdk("medianUs"), latency.floor("medianUs"), "≤ 2×", (r) => r <= 2)
row("10,000 × model/list", "p99 µs", latency.sdk("p99Us"), latency.floor("p99Us"), "≤ 2×", (r) => r <= 2)

console.log("layer build to first initialize response…")
const startup = measure(["startup", "10"])
row("start to initialize response", "median ms", startup.sdk("medianMs"), startup.floor("medianMs"), "—", () => true)

const decode = runDecodeBench()
row("decode one agentMessage delta", "µs/line", decode.full.usPerLine, decode.parse.usPerLine, "≤ 2×", (r) => r <= 2)

console.log("soak on the fake app-server (10,000 + 1,000 turns)…")
const soak = await Effect.runPromise(runSoak({ sequential: 10_000, concurrent: 1_000, baselineAfter: 1_000 }))

console.log("the peer on the real binary (@openai/codex-sdk, codex exec per turn)…")
const peer = JSON.parse(execFileSync(process.execPath, [path.join(here, "peer.mjs"), "20", "10"], { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1)!)

const fmt = (n: number) => (n >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toFixed(n >= 10 ? 1 : 3))
console.log(`\neffect-codex benchmarks, ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), node ${process.version}`)
console.table(rows.map((r) => ({
  scenario: r.scenario,
  metric: r.metric,
  sdk: fmt(r.sdk),
  floor: fmt(r.floor),
  ratio: r.ratio.toFixed(2),
  target: r.target,
  met: r.met ? "yes" : "NO"
})))
console.log(`server check: a line-counting client reads ${fmt(raw)} events/s, above the floor's ${fmt(single.floor("eventsPerSecond"))}`)
console.log(
  `soak: 10,000 sequential turns in ${soak.sequentialMs} ms, 1,000 concurrent in ${soak.concurrentMs} ms; ` +
    `tables ${JSON.stringify(soak.counts)}; heap ${(soak.finalHeap / 1e6).toFixed(1)} MB vs ${(soak.baselineHeap / 1e6).toFixed(1)} MB ` +
    `(${((soak.heapRatio - 1) * 100).toFixed(1)} %, limit 10 %)`
)
console.log(
  `peer (real binary, scripted model): ${peer.sequential} sequential turns ${fmt(peer.sdkSequential)} ms vs ` +
    `${fmt(peer.peerSequential)} ms (${(peer.peerSequential / peer.sdkSequential).toFixed(2)}× faster); ` +
    `${peer.concurrent} threads at once ${fmt(peer.sdkConcurrent)} ms vs ${fmt(peer.peerConcurrent)} ms ` +
    `(${(peer.peerConcurrent / peer.sdkConcurrent).toFixed(2)}× faster)`
)

mkdirSync(path.join(here, "results"), { recursive: true })
const out = path.join(here, "results", "latest.json")
writeFileSync(
  out,
  JSON.stringify(
    { date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, rows, raw, soak, peer },
    null,
    2
  ) + "\n"
)
console.log(`written to ${path.relative(process.cwd(), out)}`)
