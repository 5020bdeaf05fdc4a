// Against the peer on the real binary: the same turns through effect-codex (one app-server) and
// through the official @openai/codex-sdk (one `codex exec` process per turn), both on the pinned
// codex binary and the scripted model on 127.0.0.1. The peer is installed on demand into
// bench/.peer (npm, registry only). Usage: node bench/peer.mjs [sequential] [concurrent]
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import * as Effect from "effect/Effect"
import { Codex, CodexClient } from "../dist/index.js"
import * as ScriptedModel from "../dist/testing.js"
import { resolvePinnedBinary } from "../dist/internal/binary.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const peerDir = path.join(here, ".peer")
if (!existsSync(path.join(peerDir, "node_modules", "@openai", "codex-sdk"))) {
  execFileSync("npm", ["install", "--prefix", peerDir, "--omit=optional", "--no-audit", "--no-fund", "--no-save", "@openai/codex-sdk@0.163.0"], { stdio: "ignore" })
}
const { Codex: PeerCodex } = await import(
  pathToFileURL(path.join(peerDir, "node_modules", "@openai", "codex-sdk", "dist", "index.js")).href
)

const sequential = Number(process.argv[2] ?? 20)
const concurrent = Number(process.argv[3] ?? 10)
const binary = resolvePinnedBinary().binary.path
const tmp = (p) => mkdtempSync(path.join(tmpdir(), p))

const flatten = (record, prefix = "") =>
  Object.entries(record).flatMap(([k, v]) => (typeof v === "object" && v !== null && !Array.isArray(v) ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))

const time = async (f) => {
  const start = process.hrtime.bigint()
  await f()
  return Number(process.hrtime.bigint() - start) / 1e6
}

const run = Effect.gen(function*() {
  const model = yield* ScriptedModel.make((request) => ({ items: [ScriptedModel.message(`answer to ${request.lastUserText}`)] }))
  const home = tmp("peer-home-")
  const userHome = tmp("peer-user-")
  const cwd = tmp("peer-cwd-")
  const env = { ...process.env, CODEX_HOME: home, HOME: userHome, RUST_LOG: "error" }

  // effect-codex: one app-server for everything
  const ours = CodexClient.layer({ config: model.config, codexHome: home, cwd, env: { RUST_LOG: "error", HOME: userHome } })
  const sdkSequential = yield* Effect.promise(() => time(() => Effect.runPromise(Effect.gen(function*() {
    const thread = yield* Codex.startThread({ cwd })
    for (let i = 0; i < sequential; i++) yield* Codex.run(thread.id, `q${i}`)
  }).pipe(Effect.provide(ours), Effect.scoped))))
  const sdkConcurrent = yield* Effect.promise(() => time(() => Effect.runPromise(Effect.gen(function*() {
    yield* Effect.forEach(Array.from({ length: concurrent }), (_, i) =>
      Effect.flatMap(Codex.startThread({ cwd }), (t) => Codex.run(t.id, `c${i}`)), { concurrency: "unbounded" })
  }).pipe(Effect.provide(ours), Effect.scoped))))

  // the peer: codex exec per turn
  const config = Object.fromEntries(flatten(model.config))
  const peer = new PeerCodex({ codexPathOverride: binary, env, config })
  const options = { workingDirectory: cwd, skipGitRepoCheck: true, sandboxMode: "read-only" }
  const peerSequential = yield* Effect.promise(() => time(async () => {
    const thread = peer.startThread(options)
    for (let i = 0; i < sequential; i++) {
      const r = await thread.run(`q${i}`)
      if (!r.finalResponse.startsWith("answer to")) throw new Error(`peer answered ${r.finalResponse}`)
    }
  }))
  const peerConcurrent = yield* Effect.promise(() => time(() =>
    Promise.all(Array.from({ length: concurrent }, (_, i) => peer.startThread(options).run(`c${i}`)))))

  for (const dir of [home, userHome, cwd]) rmSync(dir, { recursive: true, force: true })
  return { sequential, concurrent, sdkSequential, peerSequential, sdkConcurrent, peerConcurrent }
}).pipe(Effect.scoped)

console.log(JSON.stringify(await Effect.runPromise(run)))
process.exit(0)
