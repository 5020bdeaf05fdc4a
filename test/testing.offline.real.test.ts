/**
 * The offline test kit is offline: a real turn through `Testing.layer` reaches nothing but the
 * scripted model on 127.0.0.1.
 *
 * Every proxy variable (and git's `http.proxy`) points at a recording proxy on 127.0.0.1 that
 * answers 502; `NO_PROXY` lets the scripted model be reached directly. Whatever codex (or a git it
 * spawns) tries to fetch shows up there as a request or a `CONNECT host:443`. `GIT_TRACE` logs
 * every git command codex runs, so a `git ls-remote` fails the test even if git did not get as far
 * as the network. Without the keys of `offlineConfig`, codex 0.169.0 makes the proxy record
 * `CONNECT github.com:443` (git ls-remote of the plugin marketplace), `CONNECT api.github.com:443`
 * and `CONNECT chatgpt.com:443` within half a second of starting.
 *
 * (Checked once by hand under `strace -f` as well: with these keys, no DNS query and no
 * connection off loopback from codex or anything it starts. It is not a test because a fresh
 * machine may not have strace, and a check that skips itself proves nothing there.)
 */
import { assert, describe, it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import * as path from "node:path"
import type { Duplex } from "node:stream"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
import * as Testing from "../src/testing.js"

/** How long codex gets, after a turn, to try to reach out. It reaches out within ~0.5 s of start. */
const GRACE = "3 seconds"

interface RecordingProxy {
  readonly url: string
  /** Everything that reached the proxy, in order. */
  readonly records: () => ReadonlyArray<string>
  /** Completed by the first record. */
  readonly first: Deferred.Deferred<string>
}

/** An HTTP/CONNECT proxy on 127.0.0.1 that records every connection and request and answers 502. */
const recordingProxy: Effect.Effect<RecordingProxy, never, Scope.Scope> = Effect.gen(function*() {
  const first = yield* Deferred.make<string>()
  const records: Array<string> = []
  const record = (what: string) => {
    records.push(what)
    Deferred.unsafeDone(first, Exit.succeed(what))
  }
  const refuse = (socket: Duplex) => socket.end("HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
  const server = http.createServer((req, res) => {
    record(`${req.method} ${req.url} (host ${req.headers.host ?? "?"})`)
    res.writeHead(502, { "content-length": 0 })
    res.end()
  })
  server.on("connect", (req, socket) => {
    record(`CONNECT ${req.url}`)
    refuse(socket)
  })
  server.on("upgrade", (req, socket) => {
    record(`UPGRADE ${req.method} ${req.url} (host ${req.headers.host ?? "?"})`)
    refuse(socket)
  })
  server.on("connection", (socket) => record(`connection from 127.0.0.1:${socket.remotePort}`))
  server.on("clientError", (error, socket) => {
    record(`unparseable request: ${error.message}`)
    socket.destroy()
  })
  const port = yield* Effect.acquireRelease(
    Effect.async<number>((resume) => {
      server.listen(0, "127.0.0.1", () => resume(Effect.succeed((server.address() as AddressInfo).port)))
    }),
    () =>
      Effect.async<void>((resume) => {
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  )
  return { url: `http://127.0.0.1:${port}`, records: () => records.slice(), first }
})

const tempDir = Effect.acquireRelease(
  Effect.sync(() => mkdtempSync(path.join(tmpdir(), "effect-codex-offline-"))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
)

/** Environment that sends every client that honours proxies, git included, to `proxy`. */
const proxyEnv = (proxy: string, gitTrace: string): Record<string, string> => ({
  HTTP_PROXY: proxy,
  HTTPS_PROXY: proxy,
  ALL_PROXY: proxy,
  http_proxy: proxy,
  https_proxy: proxy,
  all_proxy: proxy,
  NO_PROXY: "127.0.0.1,localhost,::1",
  no_proxy: "127.0.0.1,localhost,::1",
  GIT_CONFIG_COUNT: "1",
  GIT_CONFIG_KEY_0: "http.proxy",
  GIT_CONFIG_VALUE_0: proxy,
  GIT_TRACE: gitTrace
})

/** git commands that talk to a remote, in a GIT_TRACE log. */
const gitNetwork = /\b(ls-remote|fetch|clone|pull|push|remote-https?|remote-ext|upload-pack|receive-pack)\b/

/** First turn: run `ls` (the shell path); second request: the final answer. */
const script: Testing.Script = (request) =>
  request.functionOutputs.length === 0
    ? { items: [Testing.functionCall("exec_command", { cmd: "ls" })] }
    : { items: [Testing.message("offline and fine")] }

/** A real turn; then a bounded wait for anything to reach the proxy. */
const turnAndWatch = (proxy: RecordingProxy) =>
  Effect.gen(function*() {
    const { cwd, model } = yield* Testing.Offline
    const thread = yield* Codex.startThread({ cwd })
    const result = yield* Codex.run(thread.id, "go")
    assert.strictEqual(result.finalResponse, "offline and fine", "the scripted model was reached directly")
    assert.isAtLeast((yield* model.requests).length, 2)
    // Waits for the first thing to reach the proxy, at most GRACE: nothing should.
    const reached = yield* Deferred.await(proxy.first).pipe(Effect.timeoutOption(GRACE))
    assert(Option.isNone(reached), `codex reached out through the proxy: ${proxy.records().join("; ")}`)
  })

/**
 * A real turn through `Testing.layer` with every proxy pointed at a recording proxy, then a
 * bounded wait; fails if anything reached the proxy or git ran a networked command.
 */
const offlineTurn = (options: { readonly binaryPath?: string; readonly env?: Record<string, string> } = {}) =>
  Effect.scoped(Effect.gen(function*() {
    const proxy = yield* recordingProxy
    const dir = yield* tempDir
    const gitTrace = path.join(dir, "git-trace.log")
    yield* turnAndWatch(proxy).pipe(
      Effect.provide(Testing.layer(script, {
        ...(options.binaryPath !== undefined ? { binaryPath: options.binaryPath } : {}),
        env: { ...options.env, ...proxyEnv(proxy.url, gitTrace) }
      }))
    )
    // codex has exited: nothing can reach out any more
    assert.deepStrictEqual(proxy.records(), [], "nothing reached the proxy")
    const gitCommands = existsSync(gitTrace) ? readFileSync(gitTrace, "utf8").split("\n").filter((l) => gitNetwork.test(l)) : []
    assert.deepStrictEqual(gitCommands, [], "codex ran no git command that talks to a remote")
  }))

describe("real binary: the offline test kit stays offline", () => {
  it.scopedLive("real binary: a turn through Testing.layer reaches no proxy and runs no networked git", () => offlineTurn(), 60_000)

  it.scopedLive("real binary: every offlineConfig key is known to the pinned codex and in effect", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const { model } = yield* Testing.Offline
      const wanted = Testing.offlineConfig(new URL("/chatgpt/backend-api/", model.baseUrl).href)
      const { features, ...rest } = wanted as { features: Record<string, boolean> } & Record<string, unknown>
      const known = new Map<string, boolean>()
      let cursor: string | null | undefined = undefined
      do {
        const page: any = yield* client.request("experimentalFeature/list", cursor == null ? {} : { cursor })
        for (const feature of page.data) known.set(feature.name, feature.enabled)
        cursor = page.nextCursor
      } while (cursor != null)
      for (const [name, value] of Object.entries(features)) {
        assert.isTrue(known.has(name), `features.${name} is a feature of this codex`)
        assert.strictEqual(known.get(name), value, `features.${name} is in effect`)
      }
      const { config }: any = yield* client.request("config/read", {})
      const subset = (actual: unknown, expected: unknown, at: string): void => {
        if (expected !== null && typeof expected === "object") {
          for (const [key, value] of Object.entries(expected)) subset((actual as any)?.[key], value, `${at}.${key}`)
        } else {
          assert.strictEqual(actual, expected, `${at} is in effect`)
        }
      }
      subset(config, rest, "config")
    }).pipe(Effect.provide(Testing.layer([]))), 60_000)
})
