/**
 * `npm run bench`: runs every benchmark, prints one table and writes it to bench/results/.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { runDecodeBench } from "./decode.js"

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

console.log(`effect-codex benchmarks on ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), node ${process.version}`)
console.table(rows.map((r) => ({ ...r, sdk: r.sdk.toFixed(3), floor: r.floor.toFixed(3), ratio: r.ratio.toFixed(2) })))

mkdirSync(path.join(here, "results"), { recursive: true })
const out = path.join(here, "results", "latest.json")
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, rows }, null, 2) + "\n"
)
console.log(`written to ${path.relative(process.cwd(), out)}`)
