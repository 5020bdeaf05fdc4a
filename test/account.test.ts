/**
 * Accounts and login on the in-memory test double: `Codex.account`, `logout`, `rateLimits`, the
 * browser and device-code login handles (completion matched by login id, cancel once, scope close
 * and interruption, a completion that beats the answer, a closed connection), the API key kept
 * out of errors, logs, spans and the `logWire` trace, and the `account/chatgptAuthTokens/refresh`
 * handler supplied through approvals.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as HashMap from "effect/HashMap"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"
import { LoginError } from "../src/CodexError.js"
import { redactPatterns } from "../src/internal/redact.js"
import * as Testing from "../src/testing.js"
import * as Transport from "../src/Transport.js"
import { answerTo, countSent, within } from "./support/peer.js"

const LOGIN_ID = "login-7f3a"
const AUTH_URL = "https://auth.openai.com/oauth/authorize?response_type=code&state=s1"
const VERIFICATION_URL = "https://auth.openai.com/codex/device"
const USER_CODE = "WXYZ-1234"

/** An API key of no recognisable shape: only its registration as a secret can redact it. */
const KEY = "Vt6Qm2Xr8Lp4Zw9Kb3Nh7Jc5Fd1Gs0Ye"

const completion = (loginId: string | null, success: boolean, error: string | null = null) =>
  Testing.notification("account/login/completed", { loginId, success, error })

interface LoginServer {
  /** Sent in the same chunk as, and before, the answer to `account/login/start`. */
  readonly beforeAnswer?: ReadonlyArray<Testing.ServerMessage>
  /** The answer to `account/login/cancel` (default `canceled`, followed by the failed completion). */
  readonly cancel?: "canceled" | "notFound" | "silent"
  /** A chatgpt start is answered as a device-code login (a protocol violation). */
  readonly wrongVariant?: boolean
}

/** A scripted server that knows the account methods. */
const accountServer = (options: LoginServer = {}): Testing.TestScript =>
  Testing.server({
    other: (request, peer) => {
      switch (request.method) {
        case "account/login/start": {
          const params = request.params
          if (params.type === "apiKey") {
            // echoes the key bare, where no pattern recognises it
            return peer.send(Testing.replyError(request, { code: -32600, message: `rejected api key ${params.apiKey}` }))
          }
          const answer = params.type === "chatgpt" && options.wrongVariant !== true
            ? Testing.reply(request, { type: "chatgpt", loginId: LOGIN_ID, authUrl: AUTH_URL })
            : Testing.reply(request, {
              type: "chatgptDeviceCode",
              loginId: LOGIN_ID,
              verificationUrl: VERIFICATION_URL,
              userCode: USER_CODE
            })
          return peer.send(...(options.beforeAnswer ?? []), answer)
        }
        case "account/login/cancel":
          switch (options.cancel ?? "canceled") {
            case "canceled":
              return peer.send(
                Testing.reply(request, { status: "canceled" }),
                completion(request.params.loginId, false, "Login server error: Login was not completed")
              )
            case "notFound":
              return peer.send(Testing.reply(request, { status: "notFound" }))
            case "silent":
              return Effect.void
          }
          return undefined
        case "account/read":
          return peer.send(Testing.reply(request, {
            account: { type: "chatgpt", email: "ada@example.com", planType: "pro" },
            requiresOpenaiAuth: true
          }))
        case "account/logout":
          return peer.send(Testing.reply(request, {}))
        case "account/rateLimits/read":
          return peer.send(Testing.reply(request, {
            rateLimits: {
              limitId: "codex",
              primary: { usedPercent: 25, windowDurationMins: 300, resetsAt: 1730947200 },
              secondary: null
            },
            rateLimitsByLimitId: {
              codex: { limitId: "codex", primary: { usedPercent: 25 } }
            }
          }))
        default:
          return undefined
      }
    }
  })

const subscribers = Effect.map(CodexClient.diagnostics, (d) => d.subscribers)

describe("in-memory: account verbs", () => {
  it.scopedLive("account reads the account, with refreshToken when asked; logout and rateLimits decode", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const plain = yield* Codex.account()
      assert.deepStrictEqual(plain.account, { type: "chatgpt", email: "ada@example.com", planType: "pro" })
      assert.isTrue(plain.requiresOpenaiAuth)
      yield* Codex.account({ refreshToken: true })
      const reads = (yield* peer.sent).filter((m) => m.method === "account/read")
      assert.deepStrictEqual(reads.map((m) => m.params), [{}, { refreshToken: true }])

      yield* Codex.logout()
      assert.strictEqual(yield* countSent("account/logout"), 1)

      const limits = yield* Codex.rateLimits()
      assert.strictEqual(limits.rateLimits.primary?.usedPercent, 25)
      assert.strictEqual(limits.rateLimits.primary?.windowDurationMins, 300)
      assert.strictEqual(limits.rateLimitsByLimitId?.["codex"]?.primary?.usedPercent, 25)
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))

  it.scopedLive("an answer that does not decode is a ProtocolError; a refusal is an RpcError", () =>
    Effect.gen(function*() {
      const bad = yield* Effect.flip(Codex.account())
      assert.strictEqual(bad._tag, "ProtocolError")
      const refused = yield* Effect.flip(Codex.rateLimits())
      assert(refused._tag === "RpcError" && refused.method === "account/rateLimits/read")
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) =>
        request.method === "account/read"
          ? peer.send({ id: request.id, result: { account: { type: "chatgpt" } } })
          : request.method === "account/rateLimits/read"
          ? peer.send(Testing.replyError(request, { code: -32600, message: "chatgpt authentication required" }))
          : undefined
    })))))
})

describe("in-memory: browser and device-code logins", () => {
  it.scopedLive("loginChatGpt shows the auth URL; completed ignores other logins and succeeds on its own", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const login = yield* Codex.loginChatGpt({ codexStreamlinedLogin: true })
      assert.strictEqual(login.loginId, LOGIN_ID)
      assert.strictEqual(login.authUrl, AUTH_URL)
      const start = yield* peer.awaitSent("account/login/start", { timeout: "1 second" })
      assert.deepStrictEqual(start.params, { codexStreamlinedLogin: true, type: "chatgpt" })
      // another login's failure, and the API-key flow's completion (no id), in the same chunk as
      // this login's success: only the last one is this login's
      yield* peer.send(
        completion("someone-else", false, "not this one"),
        completion(null, false, "nor this one"),
        completion(LOGIN_ID, true)
      )
      const outcome = yield* login.completed.pipe(within(2000, "the login to complete"))
      assert.deepStrictEqual(outcome, { loginId: LOGIN_ID, onboardingEntrypoint: null })
      // awaited again: the same outcome
      assert.deepStrictEqual(yield* login.completed, outcome)
      // nothing to cancel once it has completed
      yield* login.cancel
      assert.strictEqual(yield* countSent("account/login/cancel"), 0)
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))

  it.scopedLive("loginDeviceCode shows the verification URL and user code; a failure is a LoginError", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const login = yield* Codex.loginDeviceCode()
      assert.strictEqual(login.loginId, LOGIN_ID)
      assert.strictEqual(login.verificationUrl, VERIFICATION_URL)
      assert.strictEqual(login.userCode, USER_CODE)
      const start = yield* peer.awaitSent("account/login/start", { timeout: "1 second" })
      assert.deepStrictEqual(start.params, { type: "chatgptDeviceCode" })
      yield* peer.send(completion(LOGIN_ID, false, "device code expired"))
      const error = yield* Effect.flip(login.completed).pipe(within(2000, "the login to fail"))
      assert(error._tag === "LoginError")
      assert.strictEqual(error.reason, "Failed")
      assert.strictEqual(error.flow, "chatgptDeviceCode")
      assert.strictEqual(error.loginId, LOGIN_ID)
      assert.strictEqual(error.detail, "device code expired")
      assert.include(error.message, "device code expired")
      assert.instanceOf(error, LoginError)
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))

  it.scopedLive("cancel sends account/login/cancel once; completed then fails as Cancelled", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const login = yield* Codex.loginChatGpt()
      const waiting = yield* Effect.fork(login.completed)
      yield* Effect.all([login.cancel, login.cancel], { concurrency: "unbounded" })
      yield* login.cancel
      const cancel = yield* peer.awaitSent("account/login/cancel", { timeout: "1 second" })
      assert.deepStrictEqual(cancel.params, { loginId: LOGIN_ID })
      const exit = yield* Fiber.await(waiting).pipe(within(2000, "completed to end"))
      assert(Exit.isFailure(exit))
      const error = Cause.failureOption(exit.cause)
      assert(Option.isSome(error) && error.value._tag === "LoginError" && error.value.reason === "Cancelled")
      assert.strictEqual(yield* countSent("account/login/cancel"), 1)
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))

  it.scopedLive("closing the scope while pending sends cancel exactly once; completed then fails", () =>
    Effect.gen(function*() {
      const login = yield* Effect.scoped(Codex.loginChatGpt())
      assert.strictEqual(yield* countSent("account/login/cancel"), 1)
      const error = yield* Effect.flip(login.completed).pipe(within(2000, "completed to end"))
      assert(error._tag === "LoginError" && error.reason === "Cancelled")
      assert.strictEqual(yield* subscribers, 0, "the watcher left with the scope")
      // a cancel after the scope closed sends nothing more
      yield* login.cancel
      assert.strictEqual(yield* countSent("account/login/cancel"), 1)
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))

  it.scopedLive("closing the scope: completed fails even when the server never answers the cancel", () =>
    Effect.gen(function*() {
      const login = yield* Effect.scoped(Codex.loginDeviceCode({ cancelTimeout: "100 millis" }))
      assert.strictEqual(yield* countSent("account/login/cancel"), 1)
      const error = yield* Effect.flip(login.completed).pipe(within(2000, "completed to end"))
      assert(error._tag === "LoginError" && error.reason === "Cancelled")
      assert.include(error.detail, "scope closed")
    }).pipe(Effect.provide(Testing.layerTest(accountServer({ cancel: "silent" })))))

  it.scopedLive("interrupting the fiber that awaits completed cancels; the scope's close sends no second cancel", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* Effect.scoped(Effect.gen(function*() {
        const login = yield* Codex.loginChatGpt()
        // the fiber signals, then awaits `completed` without suspending in between: once the
        // signal is seen, it is waiting
        const awaiting = yield* Deferred.make<void>()
        const waiting = yield* Effect.fork(Effect.zipRight(Deferred.succeed(awaiting, undefined), login.completed))
        yield* Deferred.await(awaiting)
        yield* Fiber.interrupt(waiting)
        yield* peer.awaitSent("account/login/cancel", { timeout: "1 second" })
        assert.strictEqual(yield* countSent("account/login/cancel"), 1)
      }))
      // the server said notFound and sent no completion: the login was still pending at close
      assert.strictEqual(yield* countSent("account/login/cancel"), 1)
    }).pipe(Effect.provide(Testing.layerTest(accountServer({ cancel: "notFound" })))))

  it.scopedLive("a completion sent before the answer to account/login/start is not lost", () =>
    Effect.gen(function*() {
      const login = yield* Codex.loginChatGpt()
      const outcome = yield* login.completed.pipe(within(2000, "the early completion"))
      assert.strictEqual(outcome.loginId, LOGIN_ID)
    }).pipe(Effect.provide(Testing.layerTest(accountServer({
      beforeAnswer: [completion("someone-else", false, "other"), completion(LOGIN_ID, true)]
    })))))

  it.scopedLive("a completion the watcher takes before the answer names the login is kept for it", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient.CodexClient
      // the test's own subscriber, in place before the login (checked after a round trip); it
      // sees each notification before the login's watcher does, and writes model/list once it has
      // seen the completion: the server answers the start only then, so the watcher has long
      // taken the completion while the login id was still unknown
      const signal = yield* client.notifications.pipe(
        Stream.filter((n) => n.method === "account/login/completed"),
        Stream.take(1),
        Stream.runDrain,
        Effect.zipRight(client.request("model/list", {})),
        Effect.fork
      )
      yield* Codex.startThread()
      assert.strictEqual(yield* subscribers, 1, "the test's subscriber is in place")
      const login = yield* Codex.loginChatGpt()
      yield* Fiber.join(signal)
      const outcome = yield* login.completed.pipe(within(2000, "the early completion"))
      assert.strictEqual(outcome.loginId, LOGIN_ID)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) =>
        request.method === "account/login/start"
          ? Effect.gen(function*() {
            yield* peer.send(completion(LOGIN_ID, true))
            yield* peer.awaitSent("model/list", { timeout: "2 seconds" })
            yield* peer.send(Testing.reply(request, { type: "chatgpt", loginId: LOGIN_ID, authUrl: AUTH_URL }))
          }).pipe(Effect.orDie)
          : undefined
    })))))

  it.scopedLive("the completion watcher has subscribed before account/login/start is written", () => {
    // the in-memory transport, with a look at the client's subscribers as each line is written
    const seen: Array<number> = []
    let client: CodexClient.Service | undefined
    const watching = Layer.effect(
      Transport.Transport,
      Effect.map(Transport.Transport, (transport): Transport.Transport.Service => ({
        ...transport,
        send: (line, options) =>
          Effect.suspend(() => {
            if (client !== undefined && line.includes("account/login/start")) {
              seen.push(Effect.runSync(Effect.provideService(subscribers, CodexClient.CodexClient, client)))
            }
            return transport.send(line, options)
          })
      }))
    )
    const layer = CodexClient.layerFromTransport().pipe(
      Layer.provideMerge(Layer.provide(watching, Testing.layerTransport(accountServer())))
    )
    return Effect.gen(function*() {
      client = yield* CodexClient.CodexClient
      // the handshake first: the login's request is then written without the caller suspending
      yield* client.initialize
      yield* Codex.loginChatGpt()
      assert.deepStrictEqual(seen, [1])
    }).pipe(Effect.provide(layer))
  })

  it.scopedLive("the connection closing fails completed with the TransportError", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const login = yield* Codex.loginChatGpt()
      const waiting = yield* Effect.fork(login.completed)
      yield* peer.close()
      const exit = yield* Fiber.await(waiting).pipe(within(2000, "completed to fail"))
      assert(Exit.isFailure(exit))
      const error = Cause.failureOption(exit.cause)
      assert(Option.isSome(error) && error.value._tag === "TransportError" && error.value.reason === "Closed")
      // and awaited later, the same
      const again = yield* Effect.flip(login.completed)
      assert.strictEqual(again._tag, "TransportError")
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))

  it.scopedLive("a login on a closed connection fails at once and leaves no watcher", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* CodexClient.CodexClient.pipe(Effect.flatMap((client) => client.initialize))
      yield* peer.close()
      const error = yield* Effect.flip(Codex.loginChatGpt())
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual(yield* subscribers, 0)
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))

  it.scopedLive("a start answered with another kind of login is a ProtocolError, and leaves no watcher", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Codex.loginChatGpt())
      assert(error._tag === "ProtocolError" && error.reason === "InvalidPayload")
      assert.include(error.detail, "chatgptDeviceCode")
      assert.strictEqual(yield* subscribers, 0)
    }).pipe(Effect.provide(Testing.layerTest(accountServer({ wrongVariant: true })))))

  it.scopedLive("a completion of this login that does not decode fails completed with a ProtocolError", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const login = yield* Codex.loginChatGpt()
      yield* peer.sendRaw(JSON.stringify({ method: "account/login/completed", params: { loginId: LOGIN_ID } }) + "\n")
      const error = yield* Effect.flip(login.completed).pipe(within(2000, "completed to fail"))
      assert(error._tag === "ProtocolError" && error.reason === "InvalidPayload")
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))
})

// ---- the API key -------------------------------------------------------------------------------

interface Logged {
  readonly level: string
  readonly message: string
}

const captureLogs = () => {
  const lines: Array<Logged> = []
  const logger = Logger.make(({ logLevel, message, annotations }) => {
    const text = Array.isArray(message) ? message.map(String).join(" ") : String(message)
    lines.push({ level: logLevel.label, message: `${text} ${JSON.stringify(Object.fromEntries(HashMap.toEntries(annotations)))}` })
  })
  return { lines, layer: Layer.merge(Logger.replace(Logger.defaultLogger, logger), Logger.minimumLogLevel(LogLevel.All)) }
}

/** Every span's name and attributes, and how it ended. */
const recordingTracer = () => {
  const spans: Array<{ name: string; attributes: Map<string, unknown>; exit?: Exit.Exit<unknown, unknown> }> = []
  const tracer = Tracer.make({
    span: (name, parent, context, links, startTime, kind) => {
      const record: (typeof spans)[number] = { name, attributes: new Map() }
      spans.push(record)
      const span: Tracer.Span = {
        _tag: "Span",
        name,
        spanId: `span-${spans.length}`,
        traceId: "trace-1",
        parent,
        context,
        status: { _tag: "Started", startTime },
        attributes: record.attributes,
        links,
        sampled: true,
        kind,
        end: (_endTime, exit) => {
          record.exit = exit
        },
        attribute: (key, value) => {
          record.attributes.set(key, value)
        },
        event: (name, _startTime, attributes) => {
          record.attributes.set(`event:${name}`, attributes)
        },
        addLinks: () => {}
      }
      return span
    },
    context: (f) => f()
  })
  return { tracer, spans }
}

/** Fails when any 6 consecutive characters of the key appear in `text`. */
const assertNoKey = (text: string, where: string) => {
  for (let i = 0; i + 6 <= KEY.length; i++) {
    assert(!text.includes(KEY.slice(i, i + 6)), `${where} shows part of the API key: ${text.slice(0, 2000)}`)
  }
}

describe("in-memory: loginApiKey", () => {
  it.live("the key goes on the wire, and never into the error, a log line, the logWire trace or a span", () => {
    const logs = captureLogs()
    const traced = recordingTracer()
    // the key matches no pattern: whatever hides it below is its registration as a secret
    assert.strictEqual(redactPatterns(`rejected api key ${KEY}`), `rejected api key ${KEY}`)
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const error = yield* Effect.flip(Codex.loginApiKey(Redacted.make(KEY)))
      // it was sent as it is
      const start = yield* peer.awaitSent("account/login/start", { timeout: "1 second" })
      assert.deepStrictEqual(start.params, { type: "apiKey", apiKey: KEY })

      assert(error._tag === "RpcError" && error.method === "account/login/start")
      assert.include(error.detail, "[REDACTED]")
      assertNoKey(error.message, "the error's message")
      assertNoKey(JSON.stringify(error), "the error, serialised")
      assertNoKey(Cause.pretty(Cause.fail(error)), "the error's cause, rendered")

      const wire = logs.lines.filter((l) => l.level === "TRACE")
      const out = wire.find((l) => l.message.startsWith("→") && l.message.includes("account/login/start"))
      const back = wire.find((l) => l.message.startsWith("←") && l.message.includes("rejected api key"))
      assert(out !== undefined && back !== undefined, "logWire logged the request and its answer")
      assert.include(out.message, "[REDACTED]")
      assert.include(back.message, "[REDACTED]")
      for (const line of logs.lines) assertNoKey(line.message, "a log line")

      const verbSpan = traced.spans.find((s) => s.name === "Codex.loginApiKey")
      assert(verbSpan !== undefined, "the verb is a named span when tracing is on")
      for (const span of traced.spans) {
        assertNoKey(JSON.stringify(Array.from(span.attributes.entries())), `span ${span.name}'s attributes`)
        if (span.exit !== undefined && Exit.isFailure(span.exit)) assertNoKey(Cause.pretty(span.exit.cause), `span ${span.name}'s exit`)
      }
    }).pipe(
      Effect.provide(Testing.layerTest(accountServer(), { logWire: true, tracing: true })),
      Effect.provide(logs.layer),
      Effect.withTracer(traced.tracer)
    )
  })
})

// ---- account/chatgptAuthTokens/refresh -----------------------------------------------------------

const REFRESH = "account/chatgptAuthTokens/refresh"

describe("in-memory: the chatgptAuthTokens refresh handler comes through approvals", () => {
  it.scopedLive("a handler supplied in the client's approvals answers the refresh request", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* CodexClient.CodexClient.pipe(Effect.flatMap((client) => client.initialize))
      yield* peer.send(Testing.serverRequest(41, REFRESH, { reason: "unauthorized", previousAccountId: "acct-1" }))
      const answer = yield* answerTo(41)
      assert.deepStrictEqual(answer.result, { accessToken: "fresh-token-for-acct-1", chatgptAccountId: "acct-1" })
    }).pipe(Effect.provide(Testing.layerTest(accountServer(), {
      approvals: {
        [REFRESH]: (params) =>
          Effect.succeed({
            accessToken: `fresh-token-for-${params.previousAccountId ?? "none"}`,
            chatgptAccountId: params.previousAccountId ?? "none"
          })
      }
    }))))

  it.scopedLive("without a handler the refresh request gets an error answer", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* CodexClient.CodexClient.pipe(Effect.flatMap((client) => client.initialize))
      yield* peer.send(Testing.serverRequest(42, REFRESH, { reason: "unauthorized" }))
      const answer = yield* answerTo(42)
      assert.isDefined(answer.error)
      assert.isUndefined(answer.result)
    }).pipe(Effect.provide(Testing.layerTest(accountServer()))))
})
