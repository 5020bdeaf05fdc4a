/**
 * Observability: the span tree of a turn (with an in-memory tracer), log annotations, the two
 * logging options (redacted), and the metrics. In memory, but for stderr forwarding, which needs a
 * process (the fake app-server).
 */
import { assert, describe, it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as HashMap from "effect/HashMap"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"
import * as Metrics from "../src/Metrics.js"
import * as Testing from "../src/testing.js"
import * as Transport from "../src/Transport.js"
import { type Hooks, n, server, turn, within } from "./support/peer.js"

const SECRET = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0".repeat(2)
const APPROVAL = "item/commandExecution/requestApproval"

// ---- an in-memory tracer -----------------------------------------------------------------------

interface RecordedSpan {
  readonly name: string
  readonly spanId: string
  readonly parentId: string | undefined
  readonly attributes: Map<string, unknown>
  exit: Exit.Exit<unknown, unknown> | undefined
}

/** A tracer that keeps every span it makes, with its parent, attributes and exit. */
const recordingTracer = () => {
  const spans: Array<RecordedSpan> = []
  let next = 0
  const tracer = Tracer.make({
    span: (name, parent, context, links, startTime, kind) => {
      const record: RecordedSpan = {
        name,
        spanId: `span-${++next}`,
        parentId: Option.getOrUndefined(Option.map(parent, (p) => p.spanId)),
        attributes: new Map(),
        exit: undefined
      }
      spans.push(record)
      const span: { -readonly [K in keyof Tracer.Span]: Tracer.Span[K] } = {
        _tag: "Span",
        name,
        spanId: record.spanId,
        traceId: parent._tag === "Some" ? parent.value.traceId : `trace-${next}`,
        parent,
        context,
        status: { _tag: "Started", startTime },
        attributes: record.attributes,
        links,
        sampled: true,
        kind,
        end: (endTime, exit) => {
          span.status = { _tag: "Ended", startTime, endTime, exit }
          record.exit = exit
        },
        attribute: (key, value) => {
          record.attributes.set(key, value)
        },
        event: () => {},
        addLinks: () => {}
      }
      return span
    },
    context: (f) => f()
  })
  const named = (name: string) => spans.filter((s) => s.name === name)
  return { tracer, spans, named }
}

// ---- a scripted turn with one approval -----------------------------------------------------------

/**
 * `turn/start`: the turn, `turn/started`, a command approval (id 7); once the client has answered
 * it, a delta, the final message and `turn/completed`. Six events reach the turn's stream: the
 * notification, the request, the answer, the delta, the item and the completion.
 */
const approvalTurn: Hooks = {
  turnStart: (request, peer, turnId) =>
    Effect.gen(function*() {
      const threadId = request.params.threadId
      yield* peer.send(
        Testing.reply(request, { turn: turn(turnId) }),
        n.started(threadId, turnId),
        Testing.serverRequest(7, APPROVAL, {
          threadId,
          turnId,
          itemId: "item-1",
          startedAtMs: 1,
          command: "git status",
          cwd: "/work/repo",
          commandActions: []
        })
      )
      yield* peer.awaitSent((m) => m.method === undefined && m.id === 7, { timeout: "5 seconds" })
      yield* peer.send(
        n.delta(threadId, turnId, "Hi"),
        n.item(threadId, turnId, "Hi", "final_answer"),
        n.completed(threadId, turnId)
      )
    }).pipe(Effect.orDie)
}
const EVENTS = 6

const clientOver = (hooks: Hooks, options: CodexClient.Options = {}) =>
  CodexClient.layerFromTransport(options).pipe(Layer.provideMerge(Testing.layerTransport(server(hooks))))

const accept = { [APPROVAL]: () => Effect.succeed({ decision: "accept" as const }) }

// ---- logs ------------------------------------------------------------------------------------------

interface LogLine {
  readonly level: string
  readonly message: string
  readonly annotations: Record<string, unknown>
}

/** Every log line, at every level, with its annotations; `logged` waits for one without polling. */
const captureLogs = () => {
  const lines: Array<LogLine> = []
  const waiters = new Set<{ readonly matches: (line: LogLine) => boolean; readonly found: Deferred.Deferred<LogLine> }>()
  const logger = Logger.make(({ annotations, logLevel, message }) => {
    const line: LogLine = {
      level: logLevel.label,
      message: Array.isArray(message) ? message.join(" ") : String(message),
      annotations: Object.fromEntries(HashMap.toEntries(annotations))
    }
    lines.push(line)
    for (const waiter of waiters) {
      if (waiter.matches(line)) Deferred.unsafeDone(waiter.found, Exit.succeed(line))
    }
  })
  /** The first line that matches, logged already or to come (bounded: a missing line fails the test). */
  const logged = (what: string, matches: (line: LogLine) => boolean) =>
    Effect.suspend(() => {
      const found = lines.find(matches)
      if (found !== undefined) return Effect.succeed(found)
      const waiter = { matches, found: Deferred.unsafeMake<LogLine>(FiberId.none) }
      waiters.add(waiter)
      return Deferred.await(waiter.found).pipe(
        within(2000, `a log line: ${what}`),
        Effect.ensuring(Effect.sync(() => waiters.delete(waiter)))
      )
    })
  return {
    lines,
    logged,
    layer: Layer.merge(Logger.replace(Logger.defaultLogger, logger), Logger.minimumLogLevel(LogLevel.All))
  }
}

// ---- tests -------------------------------------------------------------------------------------

describe("in-memory: spans", () => {
  it.live("one Codex.run: Codex.run under the caller's span, codex.turn under it, its turn/start and approval under that", () =>
    Effect.gen(function*() {
      const { named, tracer } = recordingTracer()
      const { result, threadId } = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        const result = yield* Codex.run(thread.id, "hi", { approvals: accept })
        return { result, threadId: thread.id }
      }).pipe(
        Effect.withSpan("test.root"),
        Effect.provide(clientOver(approvalTurn)),
        Effect.provide(Layer.setTracer(tracer))
      )
      assert.strictEqual(result.finalResponse, "Hi")

      const [root] = named("test.root")
      // the verbs are named spans (Effect.fn) under the caller's
      const [startThread] = named("Codex.startThread")
      const [run] = named("Codex.run")
      assert.strictEqual(startThread?.parentId, root!.spanId)
      assert.strictEqual(run?.parentId, root!.spanId)
      assert(run!.exit !== undefined && Exit.isSuccess(run!.exit))
      const turns = named("codex.turn")
      assert.strictEqual(turns.length, 1)
      const turnSpan = turns[0]!
      assert.strictEqual(turnSpan.parentId, run!.spanId, "the turn is in the caller's trace, under Codex.run")
      assert.deepStrictEqual(Object.fromEntries(turnSpan.attributes), {
        "codex.thread_id": threadId,
        "codex.turn_id": result.turnId,
        "codex.status": "completed",
        "codex.events": EVENTS
      })
      assert(turnSpan.exit !== undefined && Exit.isSuccess(turnSpan.exit), "the turn span ended, successfully")

      const requests = named("codex.request")
      const byMethod = (method: string) => requests.find((s) => s.attributes.get("codex.method") === method)
      for (const method of ["initialize", "thread/start", "turn/start"]) {
        const span = byMethod(method)
        assert(span !== undefined, `a codex.request span for ${method}`)
        assert.strictEqual(span.attributes.get("codex.outcome"), "ok")
        assert.isNumber(span.attributes.get("codex.request_id"))
        assert(span.exit !== undefined && Exit.isSuccess(span.exit))
      }
      assert.strictEqual(byMethod("turn/start")!.parentId, turnSpan.spanId, "turn/start is the turn's")
      assert.strictEqual(byMethod("thread/start")!.parentId, startThread!.spanId)
      assert.strictEqual(byMethod("initialize")!.parentId, startThread!.spanId, "the first call that needed it")
      assert.deepStrictEqual(
        named("test.root").concat(named("Codex.startThread"), named("Codex.run")).length,
        3,
        "one span per verb call, none nested: Codex.run does not go through Codex.turn"
      )

      const approvals = named("codex.approval")
      assert.strictEqual(approvals.length, 1)
      const approval = approvals[0]!
      assert.strictEqual(approval.parentId, turnSpan.spanId, "the approval is the turn's, though it ran on the router's fiber")
      assert.strictEqual(approval.attributes.get("codex.method"), APPROVAL)
      assert.strictEqual(approval.attributes.get("codex.decision"), "accept")
      assert.strictEqual(approval.attributes.get("codex.request_id"), "7")
      assert.strictEqual(approval.attributes.get("codex.thread_id"), threadId)
      assert.strictEqual(approval.attributes.get("codex.turn_id"), result.turnId)
    }))

  it.live("a failed request: outcome rpc_error, and the span fails; a failed turn: status failed", () =>
    Effect.gen(function*() {
      const { named, tracer } = recordingTracer()
      const failing: Hooks = {
        turnStart: (request, peer, turnId) =>
          peer.send(
            Testing.reply(request, { turn: turn(turnId) }),
            n.completed(request.params.threadId, turnId, "failed", { message: "the model refused", codexErrorInfo: null })
          )
      }
      yield* Effect.gen(function*() {
        const client = yield* CodexClient.CodexClient
        const thread = yield* Codex.startThread()
        const archive = yield* Effect.flip(client.request("thread/archive", { threadId: thread.id }))
        assert.strictEqual(archive._tag, "RpcError")
        const failed = yield* Effect.flip(Codex.run(thread.id, "hi"))
        assert.strictEqual(failed._tag, "TurnFailedError")
      }).pipe(Effect.provide(clientOver(failing)), Effect.provide(Layer.setTracer(tracer)))

      const archive = named("codex.request").find((s) => s.attributes.get("codex.method") === "thread/archive")!
      assert.strictEqual(archive.attributes.get("codex.outcome"), "rpc_error")
      assert(archive.exit !== undefined && Exit.isFailure(archive.exit))
      const [turnSpan] = named("codex.turn")
      assert.strictEqual(turnSpan!.attributes.get("codex.status"), "failed")
      assert(turnSpan!.exit !== undefined && Exit.isFailure(turnSpan!.exit), "a failed turn is a failed span")
    }))

  it.live("a turn left early: its background turn/interrupt is its child; the close ends it with status closed", () =>
    Effect.gen(function*() {
      const { named, tracer } = recordingTracer()
      yield* Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        const thread = yield* Codex.startThread()
        // the default server never completes the turn: it stays the thread's until the close
        yield* Effect.scoped(Codex.turn(thread.id, "hi"))
        yield* peer.awaitSent("turn/interrupt", { timeout: "2 seconds" })
      }).pipe(Effect.provide(clientOver({})), Effect.provide(Layer.setTracer(tracer)))
      const [turnSpan] = named("codex.turn")
      const interrupt = named("codex.request").find((s) => s.attributes.get("codex.method") === "turn/interrupt")
      assert.strictEqual(interrupt?.parentId, turnSpan!.spanId)
      assert.strictEqual(turnSpan!.attributes.get("codex.status"), "closed")
      assert(turnSpan!.exit !== undefined && Exit.isFailure(turnSpan!.exit))
    }))

  it.live("Codex.stream: the whole stream is a Codex.stream span, the turn's span under it", () =>
    Effect.gen(function*() {
      const { named, tracer } = recordingTracer()
      const events = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        return yield* Stream.runCount(Codex.stream(thread.id, "hi", { approvals: accept }))
      }).pipe(
        Effect.withSpan("test.root"),
        Effect.provide(clientOver(approvalTurn)),
        Effect.provide(Layer.setTracer(tracer))
      )
      assert.strictEqual(events, EVENTS)
      const [root] = named("test.root")
      const [stream] = named("Codex.stream")
      const [turnSpan] = named("codex.turn")
      assert.strictEqual(stream?.parentId, root!.spanId)
      assert.strictEqual(turnSpan?.parentId, stream!.spanId)
      assert(stream!.exit !== undefined && Exit.isSuccess(stream!.exit), "the stream's span ends when the stream does")
    }))

  it.live("tracing: false makes no spans, even with a tracer installed", () =>
    Effect.gen(function*() {
      const { spans, tracer } = recordingTracer()
      yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        yield* Codex.run(thread.id, "hi", { approvals: accept })
      }).pipe(
        Effect.withSpan("test.root"),
        Effect.provide(clientOver(approvalTurn, { tracing: false })),
        Effect.provide(Layer.setTracer(tracer))
      )
      assert.deepStrictEqual(spans.map((s) => s.name), ["test.root"])
    }))
})

describe("logs (in-memory; stderr from a fake process)", () => {
  it.live("every line the SDK logs names its module, and the method, thread and turn it is about", () => {
    const logs = captureLogs()
    const quiet: Hooks = {
      // the turn starts, says something new, asks for an approval, and then nothing more
      turnStart: (request, peer, turnId) => {
        const threadId = request.params.threadId
        return Effect.zipRight(
          peer.send(Testing.reply(request, { turn: turn(turnId) }), n.started(threadId, turnId)),
          peer.sendRaw(
            JSON.stringify({ method: "future/thing", params: { threadId, turnId } }) + "\n" +
              JSON.stringify({
                id: 9,
                method: APPROVAL,
                params: { threadId, turnId, itemId: "i", startedAtMs: 1, command: "ls", cwd: "/w", commandActions: [] }
              }) + "\n"
          )
        )
      }
    }
    return Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* Codex.turn(thread.id, "hi", {
          // past 30 ms without an event the client asks thread/read, which this server refuses
          idleTimeout: "30 millis",
          approvals: { [APPROVAL]: () => Effect.fail("no opinion") }
        })
        const about = (line: LogLine) =>
          line.annotations.threadId === thread.id && line.annotations.turnId === handle.turnId
        const untyped = yield* logs.logged("untyped notification", (l) => l.message.includes("future/thing"))
        const approval = yield* logs.logged("approval fallback", (l) => l.message.includes("answered safely"))
        const idle = yield* logs.logged("thread/read failure", (l) => l.message.includes("thread/read for turn"))

        assert.strictEqual(untyped.annotations.module, "RpcRouter")
        assert.strictEqual(untyped.annotations.method, "future/thing")
        assert(about(untyped))
        assert.strictEqual(approval.annotations.module, "Approvals")
        assert.strictEqual(approval.annotations.method, APPROVAL)
        assert(about(approval))
        assert.strictEqual(idle.annotations.module, "TurnRegistry")
        assert.strictEqual(idle.annotations.method, "thread/read")
        assert(about(idle))
      }))
      assert(logs.lines.length >= 3)
      for (const line of logs.lines) assert.isString(line.annotations.module, `no module on: ${line.message}`)
    }).pipe(Effect.provide(clientOver(quiet)), Effect.provide(logs.layer))
  })

  it.live("logWire: every message in and out at Trace level, redacted and bounded", () => {
    const logs = captureLogs()
    const echo: Hooks = {
      other: (request, peer) =>
        request.method === "thread/start"
          ? peer.send(
            Testing.reply(request, {
              ...Testing.threadResponse("thread-secret"),
              thread: { ...Testing.thread("thread-secret"), preview: `${SECRET} ${"long ".repeat(500)}` }
            })
          )
          : undefined
    }
    return Effect.gen(function*() {
      yield* Codex.startThread({ baseInstructions: `use ${SECRET}` })
      const wire = logs.lines.filter((l) => l.level === "TRACE")
      const out = wire.find((l) => l.message.startsWith("→") && l.message.includes("thread/start"))
      const back = wire.find((l) => l.message.startsWith("←") && l.message.includes("thread-secret"))
      assert(out !== undefined, "the request is logged")
      assert(back !== undefined, "the response is logged")
      assert.strictEqual(out.annotations.method, "thread/start")
      assert.include(out.message, "[REDACTED]")
      assert.include(back.message, "[REDACTED]")
      assert(back.message.length < 1200, "bounded")
      assert.include(back.message, "more chars")
      assert(wire.some((l) => l.message.startsWith("→") && l.message.includes("\"initialize\"")))
      for (const line of logs.lines) assert.notInclude(line.message, SECRET.slice(8, 24))
      for (const line of wire) assert.strictEqual(line.annotations.module, "RpcRouter")
    }).pipe(Effect.provide(clientOver(echo, { logWire: true })), Effect.provide(logs.layer))
  })

  it.live("fake process: logStderr: codex's stderr lines reach the Logger at Debug level, redacted", () => {
    const logs = captureLogs()
    const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
    return Effect.gen(function*() {
      yield* Effect.scoped(Effect.gen(function*() {
        const transport = yield* Transport.makeStdio({
          binaryPath: fake,
          // prints the value of MY_TOKEN on stderr, in colour, then exits 3
          env: { FAKE_MODE: "leak-crash", FAKE_SECRETS: "MY_TOKEN", MY_TOKEN: SECRET },
          logStderr: true
        })
        const closed = yield* Effect.flip(Stream.runDrain(transport.incoming))
        assert.strictEqual(closed._tag, "TransportError")
        yield* logs.logged("the last stderr line", (l) => l.message.includes("fatal: giving up"))
      }))
      const stderr = logs.lines.filter((l) => l.annotations.stream === "stderr")
      assert.deepStrictEqual(stderr.map((l) => l.message), [
        "ERROR the provider rejected the credentials:",
        "  [REDACTED]",
        "fatal: giving up"
      ])
      for (const line of stderr) {
        assert.strictEqual(line.level, "DEBUG")
        assert.strictEqual(line.annotations.module, "Transport")
      }
      for (const line of logs.lines) assert.notInclude(line.message, SECRET.slice(8, 24))
    }).pipe(Effect.provide(logs.layer))
  })
})

describe("in-memory: metrics", () => {
  const count = (metric: Metric.Metric.Counter<number>) => Effect.map(Metric.value(metric), (s) => s.count)

  it.live("requests by method and outcome, their latency, live turns, events and approvals by decision", () =>
    Effect.gen(function*() {
      const threadStarts = Metrics.requestsFor("thread/start", "ok")
      const turnStarts = Metrics.requestsFor("turn/start", "ok")
      const refused = Metrics.requestsFor("thread/archive", "rpc_error")
      const accepted = Metrics.approvalsFor(APPROVAL, "accept")
      const before = {
        threadStarts: yield* count(threadStarts),
        turnStarts: yield* count(turnStarts),
        refused: yield* count(refused),
        accepted: yield* count(accepted),
        events: yield* count(Metrics.events),
        latency: (yield* Metric.value(Metrics.requestDurationFor("thread/start"))).count,
        live: (yield* Metric.value(Metrics.liveTurns)).value
      }
      let liveDuringTurn = -1
      yield* Effect.gen(function*() {
        const client = yield* CodexClient.CodexClient
        const thread = yield* Codex.startThread()
        yield* Effect.flip(client.request("thread/archive", { threadId: thread.id }))
        yield* Codex.run(thread.id, "hi", {
          approvals: {
            [APPROVAL]: () =>
              Effect.map(Metric.value(Metrics.liveTurns), (gauge) => {
                liveDuringTurn = gauge.value
                return { decision: "accept" as const }
              })
          }
        })
      }).pipe(Effect.provide(clientOver(approvalTurn)))

      assert.strictEqual((yield* count(threadStarts)) - before.threadStarts, 1)
      assert.strictEqual((yield* count(turnStarts)) - before.turnStarts, 1)
      assert.strictEqual((yield* count(refused)) - before.refused, 1)
      assert.strictEqual((yield* count(accepted)) - before.accepted, 1)
      assert.strictEqual((yield* count(Metrics.events)) - before.events, EVENTS)
      assert.strictEqual((yield* Metric.value(Metrics.requestDurationFor("thread/start"))).count - before.latency, 1)
      assert.strictEqual(liveDuringTurn - before.live, 1, "the turn is live while it runs")
      assert.strictEqual((yield* Metric.value(Metrics.liveTurns)).value, before.live, "and not after")
    }))

  it.live("a turn/start that is never written (params JSON cannot hold) is no live turn, and its thread stays free", () =>
    Effect.gen(function*() {
      const { named, tracer } = recordingTracer()
      const live = (yield* Metric.value(Metrics.liveTurns)).value
      yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        const error = yield* Effect.flip(Codex.run(thread.id, "hi", { params: { model: 1n as unknown as string } }))
        assert(error._tag === "ProtocolError" && error.reason === "Unencodable")
        assert.strictEqual((yield* Metric.value(Metrics.liveTurns)).value, live)
        const result = yield* Codex.run(thread.id, "hi", { approvals: accept })
        assert.strictEqual(result.status, "completed")
      }).pipe(Effect.provide(clientOver(approvalTurn)), Effect.provide(Layer.setTracer(tracer)))
      const [unsent, ran] = named("codex.turn")
      assert.strictEqual(unsent!.attributes.get("codex.status"), "not_started")
      assert.strictEqual(ran!.attributes.get("codex.status"), "completed")
      assert.strictEqual(
        named("codex.request").find((s) => s.attributes.get("codex.outcome") === "protocol_error")?.parentId,
        unsent!.spanId
      )
    }))
})
