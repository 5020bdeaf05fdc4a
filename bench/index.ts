/**
 * `npm run bench`: runs every benchmark, prints one table and writes it to bench/results/.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Effect from "effect/Effect"
import { runDecodeBench } from "./decode.js"
import { runSoak } from "./soak.js"

const here = path.dirname(fileURLToPath(import.meta.url))

const decode = runDecodeBench()
const rows = [
  {
    scenario: "decode item/agentMessage/delta (µs/line)",
    sdk: decode.full.usPerLine,
    floor: decode.parse.usPerLine,
    ratio: decode.ratio,
    target: "<= 2"
  }
]

const soak = await Effect.runPromise(runSoak({ sequential: 10_000, concurrent: 1_000, baselineAfter: 1_000 }))

console.log(`effect-codex benchmarks on ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), node ${process.version}`)
console.table(rows.map((r) => ({ ...r, sdk: r.sdk.toFixed(3), floor: r.floor.toFixed(3), ratio: r.ratio.toFixed(2) })))
console.log(
  `soak (fake app-server): 10,000 sequential turns in ${soak.sequentialMs} ms, 1,000 concurrent turns on ` +
    `1,000 threads in ${soak.concurrentMs} ms; tables afterwards ${JSON.stringify(soak.counts)}; ` +
    `heap after GC ${(soak.finalHeap / 1e6).toFixed(1)} MB vs ${(soak.baselineHeap / 1e6).toFixed(1)} MB after the first 1,000 ` +
    `(${((soak.heapRatio - 1) * 100).toFixed(1)} %, limit 10 %)`
)

mkdirSync(path.join(here, "results"), { recursive: true })
const out = path.join(here, "results", "latest.json")
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, rows, soak }, null, 2) + "\n"
)
console.log(`written to ${path.relative(process.cwd(), out)}`)
