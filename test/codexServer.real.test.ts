/**
 * Real binary: `CodexServer` starts the pinned codex listening (ws on port 0, a unix socket, both
 * auth modes), offline with the scripted model in temporary homes. What it prints and answers is
 * checked with plain clients (`node:http`, the `ws` package), not with the SDK's own transport:
 * the real port and /readyz, socket and directory modes, 101 for the right bearer and 401 with
 * codex's own words for a wrong or expired one, start-up failures (Config before any spawn, Spawn
 * with the exit code), no secret in any error or tail, and nothing left when the scope closes.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs"
import * as http from "node:http"
import { tmpdir } from "node:os"
import * as path from "node:path"
import WebSocket from "ws"
import type { TransportError } from "../src/CodexError.js"
import * as CodexServer from "../src/CodexServer.js"
import * as Testing from "../src/testing.js"
import { isAlive } from "./support/procs.js"

const reply: Testing.Script = (request) => ({ items: [Testing.message(`re: ${request.lastUserText ?? ""}`)] })

/** A temporary directory for the life of the scope. */
const tempDir = (prefix: string) =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(path.join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

/** The options of an offline server: the scripted model, temporary CODEX_HOME and HOME. */
const offline = Effect.gen(function*() {
  const model = yield* Testing.make(reply)
  const codexHome = yield* tempDir("effect-codex-srv-home-")
  const userHome = yield* tempDir("effect-codex-srv-user-")
  return { config: model.config, codexHome, env: { RUST_LOG: "error", HOME: userHome } } satisfies CodexServer.Options
})


/** Waits (bounded, polling) until the process is gone: the scope's close already waited for its exit. */
const gone = (pid: number) =>
  Effect.suspend(() => isAlive(pid) ? Effect.fail("alive" as const) : Effect.void).pipe(
    Effect.retry(Schedule.intersect(Schedule.spaced("20 millis"), Schedule.recurs(100))),
    Effect.either,
    Effect.map((result) => result._tag === "Right")
  )

/** `GET path` over TCP: status and body. */
const get = (url: string, requestPath: string) =>
  Effect.async<{ readonly status: number; readonly body: string }, Error>((resume) => {
    const { hostname, port } = new URL(url)
    const request = http.get({ host: hostname, port: Number(port), path: requestPath, agent: false }, (response) => {
      let body = ""
      response.setEncoding("utf8")
      response.on("data", (chunk: string) => body += chunk)
      response.on("end", () => resume(Effect.succeed({ status: response.statusCode ?? 0, body })))
    })
    request.on("error", (error) => resume(Effect.fail(error)))
    return Effect.sync(() => request.destroy())
  })

/** A raw WebSocket upgrade: "open", or the refusal's status and body. */
const upgrade = (url: string, bearer?: string) =>
  Effect.async<{ readonly outcome: "open" } | { readonly outcome: "refused"; readonly status: number; readonly body: string }, Error>(
    (resume) => {
      const ws = new WebSocket(url, bearer === undefined ? {} : { headers: { Authorization: `Bearer ${bearer}` } })
      ws.on("open", () => {
        ws.terminate()
        resume(Effect.succeed({ outcome: "open" }))
      })
      ws.on("unexpected-response", (request, response) => {
        let body = ""
        response.setEncoding("utf8")
        response.on("data", (chunk: string) => body += chunk)
        response.on("end", () => {
          request.destroy()
          resume(Effect.succeed({ outcome: "refused", status: response.statusCode ?? 0, body }))
        })
      })
      ws.on("error", (error) => resume(Effect.fail(error)))
      return Effect.sync(() => ws.terminate())
    }
  )

/** Builds a server in a scope of its own, closed by the caller. */
const open = (options: CodexServer.Options) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const exit = yield* Effect.exit(Scope.extend(CodexServer.make(options), scope))
    return { scope, exit }
  })

const failure = <A>(exit: Exit.Exit<A, TransportError>): TransportError => {
  assert(Exit.isFailure(exit), "expected a failure")
  const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
  assert(error !== undefined, `expected a TransportError, got ${String(exit.cause)}`)
  return error
}

describe("CodexServer", () => {
  it.scopedLive("real binary: ws on port 0 gives the real url, /readyz answers 200, closing the scope kills the process", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const { exit, scope } = yield* open(options)
      assert(Exit.isSuccess(exit))
      const server = exit.value
      assert.match(server.url, /^ws:\/\/127\.0\.0\.1:\d+$/)
      assert.notStrictEqual(server.url, "ws://127.0.0.1:0")
      assert.deepStrictEqual(server.connectOptions, { url: server.url })
      assert.isUndefined(yield* server.bearerToken)
      const ready = yield* get(server.url, "/readyz")
      assert.strictEqual(ready.status, 200)
      // no auth on loopback: a plain client is upgraded
      assert.deepStrictEqual(yield* upgrade(server.url), { outcome: "open" })
      assert.isTrue(isAlive(server.pid))

      yield* Scope.close(scope, Exit.void)
      assert.isTrue(yield* gone(server.pid), "the server process is gone")
      assert.throws(() => process.kill(server.pid, 0))
    }), 60_000)

  it.scopedLive("real binary: unix with no path: a 0600 socket in a 0700 temporary directory, removed on close", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const { exit, scope } = yield* open({ ...options, listen: "unix" })
      assert(Exit.isSuccess(exit))
      const server = exit.value
      assert.match(server.url, /^unix:\/\/\/.+\/codex\.sock$/)
      const socketPath = server.url.slice("unix://".length)
      const socket = statSync(socketPath) // codex links the path to a socket of its own
      assert.isTrue(socket.isSocket())
      assert.strictEqual(socket.mode & 0o777, 0o600)
      assert.strictEqual(statSync(path.dirname(socketPath)).mode & 0o777, 0o700)
      assert.strictEqual(server.connectOptions.bearerToken, undefined)

      yield* Scope.close(scope, Exit.void)
      assert.isTrue(yield* gone(server.pid))
      assert.isFalse(existsSync(path.dirname(socketPath)), "the temporary directory is removed")
    }), 60_000)

  it.scopedLive("real binary: a server that ignores SIGTERM (stopped) is SIGKILLed within the ladder; its socket leftovers are removed", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const { exit, scope } = yield* open({ ...options, listen: "unix", closeTimeouts: { afterTerm: "300 millis" } })
      assert(Exit.isSuccess(exit))
      const server = exit.value
      const socketPath = server.url.slice("unix://".length)
      const target = path.resolve(path.dirname(socketPath), readlinkSync(socketPath))
      assert.isTrue(lstatSync(target).isSocket())
      process.kill(server.pid, "SIGSTOP")
      const started = Date.now()
      yield* Scope.close(scope, Exit.void)
      assert.isBelow(Date.now() - started, 2_500, "SIGTERM waited for afterTerm only")
      assert.isTrue(yield* gone(server.pid))
      assert.isFalse(existsSync(target), "the socket codex bound is removed")
      assert.isFalse(existsSync(`${target}.lock`))
      assert.isFalse(existsSync(path.dirname(socketPath)))
    }), 60_000)

  it.scopedLive("real binary: CodexServer.layer provides the running server for the layer's life", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const pid = yield* Effect.gen(function*() {
        const server = yield* CodexServer.CodexServer
        assert.strictEqual((yield* get(server.url, "/readyz")).status, 200)
        return server.pid
      }).pipe(Effect.provide(CodexServer.layer(options)))
      assert.isTrue(yield* gone(pid))
    }), 60_000)

  it.scopedLive("real binary: unix://PATH listens at the caller's path (relative to cwd); a missing directory is Config", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const dir = yield* tempDir("effect-codex-srv-sock-")
      const server = yield* CodexServer.make({ ...options, cwd: dir, listen: "unix://my.sock" })
      assert.strictEqual(server.url, `unix://${path.join(dir, "my.sock")}`)
      assert.isTrue(statSync(path.join(dir, "my.sock")).isSocket())

      const second = yield* open({ ...options, listen: `unix://${path.join(dir, "my.sock")}` })
      const busy = failure(second.exit)
      assert.strictEqual(busy.reason, "Spawn")
      assert.include(busy.message, "already listens")

      const missing = yield* open({ ...options, listen: `unix://${path.join(dir, "nope", "s.sock")}` })
      assert.strictEqual(failure(missing.exit).reason, "Config")
      assert.isFalse(existsSync(path.join(dir, "nope")))
    }), 60_000)

  it.scopedLive("real binary: capability-token: the right bearer is upgraded, a wrong one gets 401 with codex's words; no token in errors or tail", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const token = Redacted.make("my-capability-token-0123456789abcdef")
      const server = yield* CodexServer.make({ ...options, auth: { mode: "capability-token", token } })
      assert.strictEqual(Redacted.value((yield* server.bearerToken)!), Redacted.value(token))
      assert.isDefined(server.connectOptions.bearerToken)
      assert.strictEqual(Redacted.value(yield* server.connectOptions.bearerToken!), Redacted.value(token))

      assert.deepStrictEqual(yield* upgrade(server.url, Redacted.value(token)), { outcome: "open" })
      const wrong = yield* upgrade(server.url, "not-the-token-0123456789")
      assert.deepStrictEqual(wrong, { outcome: "refused", status: 401, body: "invalid websocket bearer token" })
      const none = yield* upgrade(server.url)
      assert.strictEqual(none.outcome === "refused" ? none.status : 0, 401)
      // /readyz needs no token
      assert.strictEqual((yield* get(server.url, "/readyz")).status, 200)
      // the command line holds the digest, never the token
      const cmdline = readCmdline(server.pid).join(" ")
      assert.notInclude(cmdline, Redacted.value(token))
      const tail = (yield* server.stderrTail) ?? ""
      assert.notInclude(tail, Redacted.value(token))
    }), 60_000)

  it.scopedLive("real binary: capability-token: the default token is 32 random bytes, base64url, and works", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const server = yield* CodexServer.make({ ...options, auth: { mode: "capability-token" } })
      const token = Redacted.value((yield* server.bearerToken)!)
      assert.match(token, /^[A-Za-z0-9_-]{43}$/)
      assert.deepStrictEqual(yield* upgrade(server.url, token), { outcome: "open" })
    }), 60_000)

  it.scopedLive("real binary: signed-bearer-token: signToken and bearerToken are accepted, expired and wrong-audience tokens refused; the secret file is 0600 and removed", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const secret = Redacted.make("a-shared-secret-of-at-least-32-bytes-0123456789")
      const { exit, scope } = yield* open({
        ...options,
        auth: { mode: "signed-bearer-token", sharedSecret: secret, issuer: "tests", audience: "codex" }
      })
      assert(Exit.isSuccess(exit))
      const server = exit.value
      const cmdline = readCmdline(server.pid)
      const file = cmdline[cmdline.indexOf("--ws-shared-secret-file") + 1]!
      assert.strictEqual(statSync(file).mode & 0o777, 0o600)
      assert.strictEqual(statSync(path.dirname(file)).mode & 0o777, 0o700)
      assert.notInclude(cmdline.join(" "), Redacted.value(secret))

      const fresh = Redacted.value((yield* server.bearerToken)!)
      assert.deepStrictEqual(yield* upgrade(server.url, fresh), { outcome: "open" })
      const signed = CodexServer.signToken(secret, { issuer: "tests", audience: "codex", ttl: "5 minutes" })
      assert.deepStrictEqual(yield* upgrade(server.url, Redacted.value(signed)), { outcome: "open" })

      const expired = CodexServer.signToken(secret, {
        issuer: "tests",
        audience: "codex",
        expiresAt: new Date(Date.now() - 10 * 60_000)
      })
      assert.deepStrictEqual(yield* upgrade(server.url, Redacted.value(expired)), {
        outcome: "refused",
        status: 401,
        body: "expired websocket jwt"
      })
      const otherAudience = CodexServer.signToken(secret, { issuer: "tests", audience: "elsewhere" })
      const refused = yield* upgrade(server.url, Redacted.value(otherAudience))
      assert.strictEqual(refused.outcome === "refused" ? refused.status : 0, 401)
      const notYet = CodexServer.signToken(secret, {
        issuer: "tests",
        audience: "codex",
        notBefore: new Date(Date.now() + 10 * 60_000)
      })
      assert.deepStrictEqual(yield* upgrade(server.url, Redacted.value(notYet)), {
        outcome: "refused",
        status: 401,
        body: "websocket jwt is not valid yet"
      })
      const otherSecret = CodexServer.signToken(Redacted.make("another-shared-secret-of-32-bytes-or-more"), {
        issuer: "tests",
        audience: "codex"
      })
      const forged = yield* upgrade(server.url, Redacted.value(otherSecret))
      assert.strictEqual(forged.outcome === "refused" ? forged.status : 0, 401)
      assert.notInclude((yield* server.stderrTail) ?? "", Redacted.value(secret))

      yield* Scope.close(scope, Exit.void)
      assert.isTrue(yield* gone(server.pid))
      assert.isFalse(existsSync(path.dirname(file)), "the secret's directory is removed")
    }), 60_000)

  it.scopedLive("real binary: refused before any spawn (Config): a short or padded shared secret, a short token, a non-loopback ws without auth, auth on a unix socket, a host name", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const short = Redacted.make("short-secret-31-bytes-long-xxxx")
      const tooShort = failure((yield* open({ ...options, auth: { mode: "signed-bearer-token", sharedSecret: short } })).exit)
      assert.strictEqual(tooShort.reason, "Config")
      assert.include(tooShort.message, "32")
      assert.notInclude(String(tooShort), Redacted.value(short))
      assert.notInclude(JSON.stringify(tooShort), Redacted.value(short))

      const padded = Redacted.make(" a-shared-secret-of-at-least-32-bytes-0123456789\n")
      const trimmed = failure((yield* open({ ...options, auth: { mode: "signed-bearer-token", sharedSecret: padded } })).exit)
      assert.strictEqual(trimmed.reason, "Config")
      assert.include(trimmed.message, "white space")

      const exposed = failure((yield* open({ ...options, listen: "ws://0.0.0.0:0" })).exit)
      assert.strictEqual(exposed.reason, "Config")
      assert.include(exposed.message, "loopback")

      const unixAuth = failure(
        (yield* open({ ...options, listen: "unix", auth: { mode: "capability-token" } })).exit
      )
      assert.strictEqual(unixAuth.reason, "Config")

      const weak = failure((yield* open({ ...options, auth: { mode: "capability-token", token: Redacted.make("short") } })).exit)
      assert.strictEqual(weak.reason, "Config")

      const hostName = failure((yield* open({ ...options, listen: "ws://example.com:0", auth: { mode: "capability-token" } })).exit)
      assert.strictEqual(hostName.reason, "Config")
    }), 60_000)

  it.scopedLive("real binary: ws://localhost:0 and ws://[::1]:0 are loopback and need no auth", () =>
    Effect.gen(function*() {
      const options = yield* offline
      const v4 = yield* CodexServer.make({ ...options, listen: "ws://localhost:0" })
      assert.match(v4.url, /^ws:\/\/127\.0\.0\.1:\d+$/)
      const v6 = yield* CodexServer.make({ ...options, listen: "ws://[::1]:0" })
      assert.match(v6.url, /^ws:\/\/\[::1\]:\d+$/)
      assert.deepStrictEqual(yield* upgrade(v6.url), { outcome: "open" })
    }), 60_000)

  it.scopedLive("real binary: a binary that exits at once fails with Spawn, its exit code and its stderr, secrets redacted", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir("effect-codex-srv-bin-")
      const secret = "the-capability-token-of-this-test-0123456789"
      const script = path.join(dir, "codex")
      // echoes its arguments and its environment's secret to stderr, then exits 3
      writeFileSync(script, `#!/bin/sh\necho "args: $*" >&2\necho "secret: ${secret}" >&2\nexit 3\n`)
      chmodSync(script, 0o755)
      const started = Date.now()
      const { exit } = yield* open({
        binaryPath: script,
        auth: { mode: "capability-token", token: Redacted.make(secret) },
        readyTimeout: "20 seconds"
      })
      const error = failure(exit)
      assert.strictEqual(error.reason, "Spawn")
      assert.strictEqual(error.exitCode, 3)
      assert.include(error.stderrTail ?? "", "args: app-server --listen ws://127.0.0.1:0 --ws-auth capability-token --ws-token-sha256")
      assert.include(error.stderrTail ?? "", "secret: [REDACTED]")
      assert.notInclude(String(error), secret)
      assert.notInclude(JSON.stringify(error), secret)
      assert.isBelow(Date.now() - started, 10_000, "the exit is noticed at once, not at the ready timeout")
    }), 60_000)

  it.scopedLive("real binary: a server that never gets ready fails at readyTimeout with Spawn and is killed", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir("effect-codex-srv-bin-")
      const script = path.join(dir, "codex")
      const pidFile = path.join(dir, "pid")
      writeFileSync(script, `#!/bin/sh\necho $$ > ${pidFile}\necho "starting" >&2\nexec sleep 60\n`)
      chmodSync(script, 0o755)
      const { exit } = yield* open({ binaryPath: script, readyTimeout: "1 second" })
      const error = failure(exit)
      assert.strictEqual(error.reason, "Spawn")
      assert.include(error.message, "not ready within")
      assert.include(error.stderrTail ?? "", "starting")
      const pid = Number(readFileSync(pidFile, "utf8").trim())
      assert.isTrue(yield* gone(pid), "the process is killed")
    }), 30_000)
})

/** The process's command line, argument by argument (Linux). */
const readCmdline = (pid: number): Array<string> =>
  readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter((s) => s.length > 0)
