/**
 * `npm run bench`: every scenario, the SDK against its limits on the same workload in the same run,
 * printed as tables and written to bench/results/latest.json.
 *
 * The limits: the floor (floor.mjs, a bare Node client: spawn, readline, JSON.parse, a Map of
 * waiters, no validation) and two Effect ceilings (ceiling.mjs: that very client, shared through
 * client.mjs, feeding one Effect Mailbox per turn, consumed as the SDK's users consume turns: a
 * Stream per turn, or a `takeAll` loop per turn). The SDK side (sdk.mjs) runs the compiled package
 * (dist/), rebuilt first. The fake app-server is flood-server.mjs.
 *
 * Throughput, at 1 turn × 200,000 deltas, 100 × 2,000 and 1,000 × 100: seven sides, each in a
 * process of its own (so peak RSS is per side), all seven once per round, the order rotated between
 * rounds; the tables show medians. Each SDK shape is compared with the floor and with its ceiling:
 * `Codex.stream` + `Stream.runForEach` with the Stream ceiling, `Codex.run` with the takeAll
 * ceiling, `Codex.runForEach` with the takeAll ceiling that also hands each event to the same
 * callback (one Effect per event, the work a callback consumer asks for; its ratio to the plain
 * takeAll ceiling is printed too).
 *
 *   npm run bench                                  everything (a few minutes on 2 cores)
 *   npm run bench -- --only throughput,latency     some groups: throughput, latency, startup, rss,
 *                                                  decode, soak, peer
 *   npm run bench -- --runs 1                      rounds per scenario (or RUNS=1; default 3)
 *   npm run bench -- --no-build                    run dist/ as it is
 *
 * latest.json keeps the last result of each group (each with its date): a run with `--only`
 * replaces its groups' results and keeps the others'.
 */
import * as Effect from "effect/Effect"
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { runDecodeBench } from "./decode.js"
import { runSoak } from "./soak.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..")

// ---- options ---------------------------------------------------------------------------------

const GROUPS = ["throughput", "latency", "startup", "rss", "decode", "soak", "peer"] as const
type Group = (typeof GROUPS)[number]

const argv = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`))
  if (i === -1) return undefined
  const arg = argv[i]!
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1]
}
const onlyOption = option("--only")
const only = onlyOption === undefined ? [...GROUPS] : onlyOption.split(",").map((g) => g.trim()).filter((g) => g !== "")
for (const g of only) {
  if (!(GROUPS as ReadonlyArray<string>).includes(g)) {
    console.error(`--only: no group ${g} (groups: ${GROUPS.join(", ")})`)
    process.exit(2)
  }
}
const groups = new Set(only as ReadonlyArray<Group>)
const RUNS = Number(option("--runs") ?? process.env.RUNS ?? 3)
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs / RUNS: expected a positive integer, got ${option("--runs") ?? process.env.RUNS}`)
  process.exit(2)
}
/** No side may take longer than this (it is killed, and the bench fails). */
const SIDE_TIMEOUT_MS = 300_000

// ---- running sides ---------------------------------------------------------------------------

type Result = Readonly<Record<string, unknown>>
const side = (script: string, args: ReadonlyArray<string | number>): Result => {
  const out = execFileSync(process.execPath, [path.join(here, script), ...args.map(String)], {
    cwd: root,
    encoding: "utf8",
    timeout: SIDE_TIMEOUT_MS
  })
  return JSON.parse(out.trim().split("\n").at(-1)!) as Result
}
const num = (r: Result, key: string): number => {
  const v = r[key]
  if (typeof v !== "number") throw new Error(`expected a number at ${key} in ${JSON.stringify(r)}`)
  return v
}
const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const rotate = <A>(xs: ReadonlyArray<A>, by: number): Array<A> => xs.map((_, i) => xs[(i + by) % xs.length]!)

/** RUNS rounds of every side, each side once per round in its own process, the order rotated. */
const rounds = <S extends { readonly name: string; readonly script: string; readonly args: ReadonlyArray<string | number> }>(
  sides: ReadonlyArray<S>
): Map<string, Array<Result>> => {
  const samples = new Map<string, Array<Result>>(sides.map((s) => [s.name, []]))
  for (let r = 0; r < RUNS; r++) {
    for (const s of rotate(sides, r)) samples.get(s.name)!.push(side(s.script, s.args))
  }
  return samples
}
const measure = (args: ReadonlyArray<string | number>, sdkArgs: ReadonlyArray<string | number> = args) => {
  const samples = rounds([
    { name: "floor", script: "floor.mjs", args },
    { name: "sdk", script: "sdk.mjs", args: sdkArgs }
  ])
  const pick = (name: string, key: string) => median(samples.get(name)!.map((r) => num(r, key)))
  return { sdk: (key: string) => pick("sdk", key), floor: (key: string) => pick("floor", key) }
}

// ---- the main table --------------------------------------------------------------------------

interface Row {
  readonly group: Group
  readonly scenario: string
  readonly metric: string
  readonly sdk: number
  readonly floor: number
  readonly ratio: number
  readonly target: string
  readonly met: boolean
}
const rows: Array<Row> = []
const row = (group: Group, scenario: string, metric: string, sdk: number, floor: number, target: string, met: (ratio: number) => boolean) => {
  const ratio = sdk / floor
  rows.push({ group, scenario, metric, sdk, floor, ratio, target, met: met(ratio) })
}
const fmt = (n: number) => (n >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toFixed(n >= 10 ? 1 : 3))
const dates: Partial<Record<Group, string>> = {}
const stamp = (g: Group) => void (dates[g] = new Date().toISOString())

// ---- throughput: the floor, the two Effect ceilings and the three SDK shapes ---------------------

type SideName =
  | "floor"
  | "ceiling-stream"
  | "ceiling-takeAll"
  | "ceiling-takeAllEach"
  | "sdk-stream"
  | "sdk-run"
  | "sdk-forEach"
interface ThroughputSide {
  readonly name: SideName
  readonly label: string
  readonly script: string
  readonly args: (turns: number, deltas: number) => ReadonlyArray<string | number>
  /** For an SDK shape: the ceiling it is held to. */
  readonly ceiling?: SideName
}
const SIDES: ReadonlyArray<ThroughputSide> = [
  { name: "floor", label: "floor (bare Node client)", script: "floor.mjs", args: (t, d) => ["many", t, d] },
  { name: "ceiling-stream", label: "ceiling: Mailbox → Stream.runForEach", script: "ceiling.mjs", args: (t, d) => ["stream", t, d] },
  { name: "ceiling-takeAll", label: "ceiling: Mailbox → takeAll fold", script: "ceiling.mjs", args: (t, d) => ["takeAll", t, d] },
  {
    name: "ceiling-takeAllEach",
    label: "ceiling: Mailbox → takeAll fold + callback",
    script: "ceiling.mjs",
    args: (t, d) => ["takeAllEach", t, d]
  },
  {
    name: "sdk-stream",
    label: "Codex.stream + Stream.runForEach",
    script: "sdk.mjs",
    args: (t, d) => ["stream", t, d],
    ceiling: "ceiling-stream"
  },
  { name: "sdk-run", label: "Codex.run", script: "sdk.mjs", args: (t, d) => ["run", t, d], ceiling: "ceiling-takeAll" },
  {
    name: "sdk-forEach",
    label: "Codex.runForEach",
    script: "sdk.mjs",
    args: (t, d) => ["forEach", t, d],
    ceiling: "ceiling-takeAllEach"
  }
]
const LOADS = [
  { label: "1 turn × 200,000 deltas", turns: 1, deltas: 200_000 },
  { label: "100 turns × 2,000 deltas", turns: 100, deltas: 2_000 },
  { label: "1,000 turns × 100 deltas", turns: 1_000, deltas: 100 }
] as const
/** An SDK shape must reach this share of its ceiling's events/s. */
const CEILING_SHARE = 0.9
/** Notifications the flood server sends per turn: turn/started, the deltas, item/completed, usage, turn/completed. */
const eventsPerTurn = (deltas: number) => deltas + 4

interface SideSummary {
  readonly side: SideName
  readonly label: string
  /** The verb is not in dist/ (yet): no numbers. */
  readonly missing?: string
  readonly eventsPerSecond?: number
  readonly seconds?: number
  readonly maxRssMb?: number
  /** Every run received turns × (deltas + 4) events. */
  readonly countsOk?: boolean
  readonly samples: ReadonlyArray<Result>
}
interface LoadSummary {
  readonly load: string
  readonly turns: number
  readonly deltas: number
  readonly expectedEvents: number
  readonly sides: ReadonlyArray<SideSummary>
}

const runLoad = (load: (typeof LOADS)[number]): LoadSummary => {
  console.log(`${load.label}: ${SIDES.length} sides × ${RUNS} round(s)…`)
  const samples = rounds(SIDES.map((s) => ({ name: s.name, script: s.script, args: s.args(load.turns, load.deltas) })))
  const expectedEvents = load.turns * eventsPerTurn(load.deltas)
  const sides = SIDES.map((s): SideSummary => {
    const rs = samples.get(s.name)!
    const missing = rs.find((r) => typeof r.missing === "string")?.missing
    if (missing !== undefined) return { side: s.name, label: s.label, missing: String(missing), samples: rs }
    return {
      side: s.name,
      label: s.label,
      eventsPerSecond: median(rs.map((r) => num(r, "eventsPerSecond"))),
      seconds: median(rs.map((r) => num(r, "seconds"))),
      maxRssMb: median(rs.map((r) => num(r, "maxRssMb"))),
      countsOk: rs.every((r) => num(r, "events") === expectedEvents),
      samples: rs
    }
  })
  return { load: load.label, turns: load.turns, deltas: load.deltas, expectedEvents, sides }
}

interface ThroughputRow {
  readonly load: string
  readonly side: string
  readonly eventsPerSecond: number | undefined
  readonly vsFloor: number | undefined
  readonly ceiling: string | undefined
  readonly vsCeiling: number | undefined
  readonly target: string
  readonly met: boolean | undefined
  readonly peakRssMb: number | undefined
  readonly note: string | undefined
}
const throughputRows = (loads: ReadonlyArray<LoadSummary>): Array<ThroughputRow> =>
  loads.flatMap((l) => {
    const of = (name: SideName) => l.sides.find((s) => s.side === name)!
    const floor = of("floor")
    return SIDES.map((def): ThroughputRow => {
      const s = of(def.name)
      const ceiling = def.ceiling === undefined ? undefined : of(def.ceiling)
      const eps = s.eventsPerSecond
      const vsFloor = eps === undefined || floor.eventsPerSecond === undefined ? undefined : eps / floor.eventsPerSecond
      const vsCeiling = eps === undefined || ceiling?.eventsPerSecond === undefined ? undefined : eps / ceiling.eventsPerSecond
      const notes = [
        ...(s.missing !== undefined ? [`${s.missing} missing from dist/`] : []),
        ...(s.countsOk === false ? [`events ≠ ${fmt(l.expectedEvents)}`] : []),
        ...(def.name === "sdk-forEach" && eps !== undefined && of("ceiling-takeAll").eventsPerSecond !== undefined
          ? [`${(eps / of("ceiling-takeAll").eventsPerSecond!).toFixed(2)}× the plain takeAll ceiling`]
          : [])
      ]
      return {
        load: l.load,
        side: def.label,
        eventsPerSecond: eps,
        vsFloor,
        ceiling: ceiling?.label,
        vsCeiling,
        target: def.ceiling === undefined ? "—" : `≥ ${CEILING_SHARE}× ceiling`,
        met: def.ceiling === undefined ? undefined : vsCeiling === undefined ? false : vsCeiling >= CEILING_SHARE && s.countsOk === true,
        peakRssMb: s.maxRssMb,
        note: notes.length === 0 ? undefined : notes.join("; ")
      }
    })
  })

// ---- run -------------------------------------------------------------------------------------

console.log(`groups: ${[...groups].join(", ")}; ${RUNS} round(s) per scenario`)
if (!argv.includes("--no-build")) {
  console.log("building the package (the SDK side runs dist/)…")
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" })
}

let raw: number | undefined
let loads: Array<LoadSummary> | undefined
let tRows: Array<ThroughputRow> | undefined
if (groups.has("throughput")) {
  // Is the fake server the bottleneck? A client that only counts lines must beat the floor.
  raw = median(Array.from({ length: RUNS }, () => num(side("floor.mjs", ["raw", 200_000]), "eventsPerSecond")))
  loads = LOADS.map(runLoad)
  tRows = throughputRows(loads)
  stamp("throughput")
}

let imports: Record<string, { rssMb: number; maxRssMb: number }> | undefined
if (groups.has("rss")) {
  // peak RSS of 1,000 concurrent Codex.run turns: from the throughput run if there was one
  const thousand = loads?.find((l) => l.turns === 1_000)
  let sdkPeak = thousand?.sides.find((s) => s.side === "sdk-run")?.maxRssMb
  let floorPeak = thousand?.sides.find((s) => s.side === "floor")?.maxRssMb
  if (sdkPeak === undefined || floorPeak === undefined) {
    console.log("1,000 concurrent Codex.run turns, peak RSS…")
    const m = measure(["many", 1_000, 100], ["run", 1_000, 100])
    sdkPeak = m.sdk("maxRssMb")
    floorPeak = m.floor("maxRssMb")
  }
  rows.push({
    group: "rss",
    scenario: "1,000 concurrent turns × 100 deltas (Codex.run)",
    metric: "peak RSS MB",
    sdk: sdkPeak,
    floor: floorPeak,
    ratio: sdkPeak / floorPeak,
    target: "≤ floor + 70 MB",
    met: sdkPeak <= floorPeak + 70
  })
  console.log("RSS after import…")
  const IMPORTS = ["bare", "effect", "sdk"] as const
  const samples = rounds(IMPORTS.map((what) => ({ name: what, script: "import.mjs", args: [what] })))
  imports = Object.fromEntries(IMPORTS.map((what) => {
    const rs = samples.get(what)!
    return [what, { rssMb: median(rs.map((r) => num(r, "rssMb"))), maxRssMb: median(rs.map((r) => num(r, "maxRssMb"))) }]
  }))
  const sdk = imports.sdk!
  const bare = imports.bare!
  rows.push({
    group: "rss",
    scenario: "import dist/index.js (floor: bare node)",
    metric: "RSS MB",
    sdk: sdk.rssMb,
    floor: bare.rssMb,
    ratio: sdk.rssMb / bare.rssMb,
    target: "≤ 90 MB",
    met: sdk.rssMb <= 90
  })
  row("rss", "import dist/index.js (floor: bare node)", "maxRSS MB", sdk.maxRssMb, bare.maxRssMb, "—", () => true)
  stamp("rss")
}

if (groups.has("latency")) {
  console.log("10,000 sequential model/list…")
  const latency = measure(["latency", 10_000])
  row("latency", "10,000 × model/list", "median µs", latency.sdk("medianUs"), latency.floor("medianUs"), "≤ 1.5×", (r) => r <= 1.5)
  row("latency", "10,000 × model/list", "p99 µs", latency.sdk("p99Us"), latency.floor("p99Us"), "≤ 2×", (r) => r <= 2)
  stamp("latency")
}

if (groups.has("startup")) {
  console.log("layer build to first initialize response…")
  const startup = measure(["startup", 10])
  row("startup", "start to initialize response", "median ms", startup.sdk("medianMs"), startup.floor("medianMs"), "≤ 1.1×", (r) => r <= 1.1)
  stamp("startup")
}

if (groups.has("decode")) {
  const decode = runDecodeBench()
  row("decode", "decode one agentMessage delta", "µs/line", decode.full.usPerLine, decode.parse.usPerLine, "≤ 2×", (r) => r <= 2)
  stamp("decode")
}

let soak: Effect.Effect.Success<ReturnType<typeof runSoak>> | undefined
if (groups.has("soak")) {
  console.log("soak on the fake app-server (10,000 + 1,000 turns)…")
  soak = await Effect.runPromise(runSoak({ sequential: 10_000, concurrent: 1_000, baselineAfter: 1_000 }))
  stamp("soak")
}

let peer: Record<string, number> | undefined
let peerError: string | undefined
if (groups.has("peer")) {
  console.log("the peer on the real binary (@openai/codex-sdk, codex exec per turn)…")
  // it needs the real binary and installs the peer from npm on first use: a failure is reported, not fatal
  try {
    peer = JSON.parse(
      execFileSync(process.execPath, [path.join(here, "peer.mjs"), "20", "10"], { cwd: root, encoding: "utf8", timeout: SIDE_TIMEOUT_MS })
        .trim().split("\n").at(-1)!
    ) as Record<string, number>
    stamp("peer")
  } catch (error) {
    peerError = error instanceof Error ? error.message.split("\n")[0]! : String(error)
  }
}

// ---- report ----------------------------------------------------------------------------------

const ratio = (n: number | undefined) => (n === undefined ? "n/a" : `${n.toFixed(2)}×`)
console.log(`\neffect-codex benchmarks, ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), node ${process.version}, medians of ${RUNS}`)
if (tRows !== undefined && loads !== undefined) {
  console.log("\nthroughput (events/s; each SDK shape against the floor and against its Effect ceiling)")
  console.table(tRows.map((r) => ({
    load: r.load,
    side: r.side,
    "events/s": r.eventsPerSecond === undefined ? "n/a" : fmt(r.eventsPerSecond),
    "× floor": ratio(r.vsFloor),
    "× ceiling": r.target === "—" ? "—" : ratio(r.vsCeiling),
    target: r.target,
    met: r.met === undefined ? "—" : r.met ? "yes" : "NO",
    "peak RSS MB": r.peakRssMb === undefined ? "n/a" : r.peakRssMb.toFixed(1),
    ...(r.note !== undefined ? { note: r.note } : {})
  })))
  const floor1 = loads[0]?.sides.find((s) => s.side === "floor")?.eventsPerSecond
  if (raw !== undefined && floor1 !== undefined) {
    console.log(`server check: a line-counting client reads ${fmt(raw)} events/s, ${raw > floor1 ? "above" : "NOT above"} the floor's ${fmt(floor1)}`)
  }
}
if (rows.length > 0) {
  console.table(rows.map((r) => ({
    scenario: r.scenario,
    metric: r.metric,
    sdk: fmt(r.sdk),
    floor: fmt(r.floor),
    ratio: r.ratio.toFixed(2),
    target: r.target,
    met: r.target === "—" ? "—" : r.met ? "yes" : "NO"
  })))
}
if (imports !== undefined) {
  console.log(
    `RSS after import: bare node ${imports.bare!.rssMb.toFixed(1)} MB, effect (Effect, Layer, Stream) ` +
      `${imports.effect!.rssMb.toFixed(1)} MB, dist/index.js ${imports.sdk!.rssMb.toFixed(1)} MB`
  )
}
if (soak !== undefined) {
  console.log(
    `soak: 10,000 sequential turns in ${soak.sequentialMs} ms, 1,000 concurrent in ${soak.concurrentMs} ms; ` +
      `tables ${JSON.stringify(soak.counts)}; heap ${(soak.finalHeap / 1e6).toFixed(1)} MB vs ${(soak.baselineHeap / 1e6).toFixed(1)} MB ` +
      `(${((soak.heapRatio - 1) * 100).toFixed(1)} %, limit 10 %)`
  )
}
if (peerError !== undefined) console.log(`peer: failed (${peerError})`)
if (peer !== undefined) {
  const p = peer
  console.log(
    `peer (real binary, scripted model): ${p.sequential} sequential turns ${fmt(p.sdkSequential!)} ms vs ` +
      `${fmt(p.peerSequential!)} ms (${(p.peerSequential! / p.sdkSequential!).toFixed(2)}× faster); ` +
      `${p.concurrent} threads at once ${fmt(p.sdkConcurrent!)} ms vs ${fmt(p.peerConcurrent!)} ms ` +
      `(${(p.peerConcurrent! / p.sdkConcurrent!).toFixed(2)}× faster)`
  )
}

// latest.json: this run's groups, and what an earlier run measured for the groups this one skipped
mkdirSync(path.join(here, "results"), { recursive: true })
const out = path.join(here, "results", "latest.json")
let previous: Record<string, unknown> = {}
if (groups.size < GROUPS.length && existsSync(out)) {
  try {
    const p = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>
    if (typeof p.dates === "object" && p.dates !== null) previous = p
  } catch {
    // an unreadable earlier result is replaced
  }
}
const previousRows = Array.isArray(previous.rows) ? (previous.rows as Array<Row>).filter((r) => !groups.has(r.group)) : []
const kept = (key: string, group: Group, value: unknown) => (groups.has(group) ? value : previous[key])
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      runs: RUNS,
      dates: { ...(previous.dates as object | undefined), ...dates },
      rows: [...previousRows, ...rows],
      throughput: kept("throughput", "throughput", tRows),
      loads: kept("loads", "throughput", loads),
      raw: kept("raw", "throughput", raw),
      imports: kept("imports", "rss", imports),
      soak: kept("soak", "soak", soak),
      peer: groups.has("peer") ? (peer ?? { error: peerError }) : previous.peer
    },
    null,
    2
  ) + "\n"
)
console.log(`written to ${path.relative(process.cwd(), out)}`)
