/**
 * Ring 3 for secrets: the real pinned codex binary, offline, against the scripted model behind a
 * recording proxy on 127.0.0.1 (the scripted model does not record headers). Credentials passed as
 * `Redacted` values reach the model server where codex sends them, and never codex's command line;
 * codex's own errors that echo a config value come back redacted.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import * as CodexClientModule from "../src/CodexClient.js"
import { CodexClient } from "../src/CodexClient.js"
import * as Testing from "../src/testing.js"
import type * as Transport from "../src/Transport.js"
import { descendants } from "./support/procs.js"
import { API_KEY, assertNoSecret, CFG_TOKEN, ENV_TOKEN } from "./support/secrets.js"

interface Seen {
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
}

/** A pass-through proxy in front of `target` that records each request's URL and headers. */
const recordingProxy = (target: string) =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: http.Server; readonly port: number; readonly seen: Array<Seen> }>((resume) => {
      const seen: Array<Seen> = []
      const server = http.createServer((req, res) => {
        seen.push({ url: req.url ?? "", headers: req.headers })
        // forwarded without the query string, which the scripted model's routes do not expect
        const url = new URL(new URL(req.url ?? "/", target).pathname, target)
        const upstream = http.request(url, { method: req.method, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers)
          up.pipe(res)
        })
        upstream.on("error", () => res.destroy())
        req.pipe(upstream)
      })
      server.listen(0, "127.0.0.1", () => resume(Effect.succeed({ server, port: (server.address() as AddressInfo).port, seen })))
    }),
    ({ server }) =>
      Effect.async<void>((resume) => {
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  )

const tempDir = (prefix: string) =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(path.join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

/**
 * The offline set-up of `effect-codex/testing`, with the model provider's base URL on the proxy
 * and the provider's entry extended by `provider`.
 */
const offline = (script: Testing.Script, provider: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const model = yield* Testing.make(script)
    const proxy = yield* recordingProxy(`http://127.0.0.1:${model.port}`)
    const home = yield* tempDir("effect-codex-home-")
    const userHome = yield* tempDir("effect-codex-user-home-")
    const cwd = yield* tempDir("effect-codex-cwd-")
    const config = {
      ...model.config,
      model_providers: {
        mock: { ...model.config.model_providers.mock, base_url: `http://127.0.0.1:${proxy.port}/v1`, ...provider }
      }
    }
    const options = (extra: Partial<Transport.StdioOptions> = {}): Transport.StdioOptions => ({
      config,
      codexHome: home,
      cwd,
      env: { RUST_LOG: "error", HOME: userHome },
      ...extra
    })
    return { model, proxy, home, cwd, options }
  })

/** The app-server this test started (a child of this process) and everything it started. */
const codexTree = () => {
  const tree = descendants(process.pid)
  const server = tree.find((p) => p.cmdline.includes("app-server"))
  assert(server !== undefined, "the codex app-server runs")
  return { server, tree }
}

const environOf = (pid: number) => readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")

/** Runs one turn on a fresh thread; the client lives in the enclosing scope. */
const runTurn = (options: Transport.StdioOptions, cwd: string, thread: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const context = yield* Layer.build(CodexClientModule.layer(options))
    return yield* Effect.gen(function*() {
      const started = yield* Codex.startThread({ cwd, ...thread })
      const result = yield* Codex.run(started.id, "hi")
      return { result, tree: codexTree() }
    }).pipe(Effect.provide(context))
  })

const hello: Testing.Script = [{ items: [Testing.message("hello")] }]

describe.skipIf(!existsSync("/proc/self/environ"))("credentials on the real binary", () => {
  it.scopedLive("real binary: a Redacted apiKey reaches the model as Authorization: Bearer <key> and not codex's command line", () =>
    Effect.gen(function*() {
      const { cwd, options, proxy } = yield* offline(hello)
      const { result, tree } = yield* runTurn(options({ apiKey: Redacted.make(API_KEY) }), cwd)
      assert.strictEqual(result.finalResponse, "hello")
      const posts = proxy.seen.filter((r) => r.url.endsWith("/responses"))
      assert.isAbove(posts.length, 0)
      for (const post of posts) assert.strictEqual(post.headers.authorization, `Bearer ${API_KEY}`)
      for (const p of tree.tree) assertNoSecret(p.cmdline, `command line of ${p.comm} (${p.pid})`)
      assert.include(tree.server.cmdline, `model_providers.mock.env_key="EFFECT_CODEX_API_KEY"`)
      assert.include(environOf(tree.server.pid), `EFFECT_CODEX_API_KEY=${API_KEY}`)
    }))

  it.scopedLive("real binary: a Redacted experimental_bearer_token and http header reach the model through env_key and env_http_headers", () =>
    Effect.gen(function*() {
      const { cwd, options, proxy } = yield* offline(hello, {
        experimental_bearer_token: Redacted.make(CFG_TOKEN),
        http_headers: { "X-Team-Key": Redacted.make(ENV_TOKEN) }
      })
      const { result, tree } = yield* runTurn(options(), cwd)
      assert.strictEqual(result.finalResponse, "hello")
      const post = proxy.seen.find((r) => r.url.endsWith("/responses"))
      assert.strictEqual(post?.headers.authorization, `Bearer ${CFG_TOKEN}`)
      assert.strictEqual(post?.headers["x-team-key"], ENV_TOKEN)
      for (const p of tree.tree) assertNoSecret(p.cmdline, `command line of ${p.comm} (${p.pid})`)
    }))

  it.scopedLive("real binary: a Redacted value codex reads from no variable goes through a 0600 config.toml, removed on close", () =>
    Effect.gen(function*() {
      const { cwd, home, options, proxy } = yield* offline(hello, { query_params: { "api-key": Redacted.make(CFG_TOKEN) } })
      const file = path.join(home, "config.toml")
      yield* Effect.scoped(Effect.gen(function*() {
        const { result, tree } = yield* runTurn(options(), cwd)
        assert.strictEqual(result.finalResponse, "hello")
        const post = proxy.seen.find((r) => r.url.includes("/responses"))
        assert.strictEqual(new URL(post?.url ?? "/", "http://x").searchParams.get("api-key"), CFG_TOKEN)
        for (const p of tree.tree) assertNoSecret(p.cmdline, `command line of ${p.comm} (${p.pid})`)
        assert.strictEqual(statSync(file).mode & 0o777, 0o600)
        assert.match(readFileSync(file, "utf8"), /^# effect-codex: /, "codex left the file as written")
      }))
      assert.isFalse(existsSync(file), "the file with the secret is gone once the server closed")
    }))

  it.scopedLive("real binary: the commands the model runs do not see the secret variables", () =>
    Effect.gen(function*() {
      const script: Testing.Script = (request) =>
        request.functionOutputs.length === 0
          ? { items: [Testing.functionCall("exec_command", { cmd: "env; echo end-of-env" })] }
          : { items: [Testing.message("listed")] }
      const { cwd, model, options, proxy } = yield* offline(script, { http_headers: { "X-Team-Key": Redacted.make(ENV_TOKEN) } })
      const { result } = yield* runTurn(
        options({ apiKey: Redacted.make(API_KEY), secretEnv: { PROVIDER_TOKEN: Redacted.make(CFG_TOKEN) } }),
        cwd,
        { approvalPolicy: "never", sandbox: "danger-full-access" }
      )
      assert.strictEqual(result.finalResponse, "listed")
      // codex has the secrets (it sent them) ...
      const post = proxy.seen.find((r) => r.url.endsWith("/responses"))
      assert.strictEqual(post?.headers.authorization, `Bearer ${API_KEY}`)
      assert.strictEqual(post?.headers["x-team-key"], ENV_TOKEN)
      // ... and the command it ran for the model does not
      const output = JSON.stringify((yield* model.requests)[1]?.functionOutputs ?? [])
      assert.include(output, "end-of-env", "the command ran")
      assert.include(output, "HOME=", "the command has an environment")
      assertNoSecret(output, "the command's environment")
      assert.notInclude(output, "EFFECT_CODEX_")
    }))
})

describe("codex's own errors", () => {
  it.scopedLive("real binary: a start-up error that echoes a config value comes back with the value redacted", () =>
    Effect.gen(function*() {
      const { options } = yield* offline(hello, { stream_idle_timeout_ms: CFG_TOKEN })
      const context = yield* Layer.build(CodexClientModule.layer(options()))
      const error = yield* Effect.flip(Context.get(context, CodexClient).initialize)
      assert(error._tag === "TransportError", error.message)
      assert.strictEqual(error.exitCode, 1)
      const tail = error.stderrTail ?? ""
      assert.include(tail, "invalid type: string")
      assert.include(tail, "[REDACTED]")
      assertNoSecret(tail, "stderr tail")
      assertNoSecret(JSON.stringify(error), "the error as JSON")
      assertNoSecret(error.message, "the message")
    }))
})
