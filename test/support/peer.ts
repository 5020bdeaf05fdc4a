/**
 * Ring 1 support: a scripted in-memory app-server. Payloads are built from the real transcript's
 * shapes, so they pass the generated schemas.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import * as CodexClient from "../../src/CodexClient.js"
import * as Transport from "../../src/Transport.js"

const transcript: Array<{ dir: string; message: any }> = readFileSync(
  path.resolve(import.meta.dirname, "..", "fixtures", "transcript.jsonl"),
  "utf8"
).trim().split("\n").map((line) => JSON.parse(line))

const threadResponse = transcript.find((e) => e.dir === "in" && e.message.result?.thread)!.message.result

export const thread = (id: string) => ({ ...threadResponse.thread, id })

/** A whole thread/start (or resume, fork) response for a thread id. */
export const threadResult = (id: string) => ({ ...threadResponse, thread: thread(id) })

export const initializeResult = {
  userAgent: "codex_app_server_test/0.169.0 (Linux; x86_64)",
  codexHome: "/tmp/codex-home",
  platformFamily: "unix",
  platformOs: "linux"
}

export const turn = (id: string, status = "inProgress", error?: unknown) => ({
  id,
  items: [],
  status,
  ...(error !== undefined ? { error } : {})
})

export const n = {
  started: (threadId: string, turnId: string) => ({ method: "turn/started", params: { threadId, turn: turn(turnId) } }),
  delta: (threadId: string, turnId: string, delta: string, itemId = "item-1") => ({
    method: "item/agentMessage/delta",
    params: { threadId, turnId, itemId, delta }
  }),
  item: (threadId: string, turnId: string, text: string, phase?: "final_answer" | "commentary" | null) => ({
    method: "item/completed",
    params: {
      threadId,
      turnId,
      completedAtMs: 1,
      item: { type: "agentMessage", id: `msg-${text.length}`, text, ...(phase !== undefined ? { phase } : {}) }
    }
  }),
  usage: (threadId: string, turnId: string, total = 26) => ({
    method: "thread/tokenUsage/updated",
    params: {
      threadId,
      turnId,
      tokenUsage: {
        last: { cachedInputTokens: 1, inputTokens: 2, outputTokens: 3, reasoningOutputTokens: 4, totalTokens: 9 },
        total: { cachedInputTokens: 5, inputTokens: 6, outputTokens: 7, reasoningOutputTokens: 8, totalTokens: total }
      }
    }
  }),
  completed: (threadId: string, turnId: string, status = "completed", error?: unknown) => ({
    method: "turn/completed",
    params: { threadId, turn: turn(turnId, status, error) }
  })
}

export interface Hooks {
  /** Answer to `initialize` (default: a valid result). */
  readonly initialize?: (message: any, peer: Transport.TestPeer) => Effect.Effect<void>
  /** Called for turn/start; default answers with turn id `${threadId}-turn-${k}` and nothing else. */
  readonly turnStart?: (message: any, peer: Transport.TestPeer, turnId: string) => Effect.Effect<void>
  /** Anything else; return undefined to fall back to the default answers. */
  readonly other?: (message: any, peer: Transport.TestPeer) => Effect.Effect<void> | undefined
}

/** A server script: valid initialize, thread/start, model/list, turn/interrupt answers by default. */
export const server = (hooks: Hooks = {}): Transport.TestScript => {
  let turns = 0
  return (message, peer) => {
    if (message.id === undefined) return Effect.void // client notifications (initialized)
    if (message.method === undefined) return Effect.void // answers to server requests
    const custom = hooks.other?.(message, peer)
    if (custom !== undefined) return custom
    switch (message.method) {
      case "initialize":
        return hooks.initialize?.(message, peer) ?? peer.send({ id: message.id, result: initializeResult })
      case "thread/start":
        return peer.send({ id: message.id, result: threadResult(`thread-${message.id}`) })
      case "turn/start": {
        const turnId = `${message.params.threadId}-turn-${++turns}`
        return hooks.turnStart?.(message, peer, turnId) ??
          peer.send({ id: message.id, result: { turn: turn(turnId) } })
      }
      case "turn/interrupt":
        return peer.send({ id: message.id, result: {} })
      case "model/list":
        return peer.send({ id: message.id, result: { data: [] } })
      default:
        return peer.send({ id: message.id, error: { code: -32601, message: `no ${message.method}` } })
    }
  }
}

/** CodexClient over the in-memory transport, plus the TestPeer to drive and inspect it. */
export const clientWith = (script: Transport.TestScript, options: CodexClient.Options = {}) =>
  CodexClient.layerFromTransport(options).pipe(Layer.provideMerge(Transport.layerTest(script)))

/** The messages the client sent, minus the handshake. */
export const sentRequests = (peer: Transport.TestPeer) =>
  Effect.map(peer.sent, (all) => all.filter((m) => m.method !== "initialize" && m.method !== "initialized"))

// ---- hostile-test helpers ----------------------------------------------------------------------

/**
 * Bounds a wait in real time, under the live clock and under TestClock alike: past `ms` the test
 * dies naming what did not happen. The wait is disconnected, so an uninterruptible one cannot hold
 * the failure back.
 */
export const within = (ms: number, what: string) => <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.raceFirst(
    Effect.disconnect(self),
    Effect.async<never>((resume) => {
      const timer = setTimeout(() => resume(Effect.dieMessage(`${what}: did not happen within ${ms} ms`)), ms)
      return Effect.sync(() => clearTimeout(timer))
    })
  )

/** The raw lines the client wrote, exactly as written (before any parsing). */
export interface RawSent {
  readonly lines: Effect.Effect<ReadonlyArray<string>>
}
export const RawSent: Context.Tag<RawSent, RawSent> = Context.GenericTag<RawSent>("effect-codex/test/RawSent")

/**
 * `clientWith`, over an in-memory transport wrapped to record every raw line the client writes
 * (`peer.sent` holds parsed values, which lose the digits of integers beyond 2^53).
 */
export const clientWithRaw = (script: Transport.TestScript, options: CodexClient.Options = {}) => {
  const transport = Layer.scopedContext(
    Effect.map(Transport.makeTest(script), ({ peer, transport }) => {
      const lines: Array<string> = []
      const send = (...args: Parameters<Transport.Transport["send"]>) =>
        Effect.tap((transport.send as (...a: Parameters<Transport.Transport["send"]>) => Effect.Effect<void, any>)(...args), () =>
          Effect.sync(() => void lines.push(args[0])))
      const wrapped = { ...transport, send } as Transport.Transport
      return Context.make(Transport.Transport, wrapped).pipe(
        Context.add(Transport.TestPeer, peer),
        Context.add(RawSent, { lines: Effect.sync(() => lines.slice()) })
      )
    })
  )
  return CodexClient.layerFromTransport(options).pipe(Layer.provideMerge(transport))
}

/** How many messages with this method the client has written so far. */
export const countSent = (method: string) =>
  Effect.map(Effect.flatMap(Transport.TestPeer, (p) => p.sent), (sent) => sent.filter((m) => m.method === method).length)

/** The client's answers (messages with an id and no method) to server requests, so far. */
export const answersSent = Effect.map(
  Effect.flatMap(Transport.TestPeer, (p) => p.sent),
  (sent) => sent.filter((m) => m.method === undefined && m.id !== undefined)
)
