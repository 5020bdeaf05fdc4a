/**
 * In-memory support: the public test double (`effect-codex/testing`) under the short names these
 * tests use, and a few helpers of their own.
 */
import * as Effect from "effect/Effect"
import type * as CodexClient from "../../src/CodexClient.js"
import * as Testing from "../../src/testing.js"

export { server, thread, turn } from "../../src/testing.js"
export type { ServerHooks as Hooks, TestPeer, TestScript } from "../../src/testing.js"

/** A whole thread/start (or resume, fork) response for a thread id. */
export const threadResult = Testing.threadResponse

export const initializeResult = Testing.initializeResponse

/** Notification builders, short. */
export const n = {
  started: Testing.turnStarted,
  delta: Testing.agentMessageDelta,
  item: Testing.agentMessage,
  usage: Testing.tokenUsage,
  completed: Testing.turnCompleted
}

/** CodexClient over the in-memory transport, plus the TestPeer to drive and inspect it. */
export const clientWith = (script: Testing.TestScript, options: CodexClient.Options = {}) => Testing.layerTest(script, options)

/** The messages the client sent, minus the handshake. */
export const sentRequests = (peer: Testing.TestPeer.Service) =>
  Effect.map(peer.sent, (all) => all.filter((m) => m.method !== "initialize" && m.method !== "initialized"))

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

/** How many messages with this method the client has written so far. */
export const countSent = (method: string) =>
  Effect.map(Effect.flatMap(Testing.TestPeer, (p) => p.sent), (sent) => sent.filter((m) => m.method === method).length)

/** The client's answers (messages with an id and no method) to server requests, so far. */
export const answersSent = Effect.map(
  Effect.flatMap(Testing.TestPeer, (p) => p.sent),
  (sent) => sent.filter((m) => m.method === undefined && m.id !== undefined)
)

/** The client's answer to the server request with this id: waits for it (bounded, in real time). */
export const answerTo = (id: string | number, timeout: number = 2000) =>
  Effect.flatMap(Testing.TestPeer, (peer) =>
    peer.awaitSent(
      (m): m is Testing.ClientAnswerMessage => m.method === undefined && m.id === id,
      { timeout: `${timeout} millis`, what: `the answer to server request ${JSON.stringify(id)}` }
    ))

/** The text of a turn/start's first input item ("" when it is not text). */
export const textOf = (request: Testing.ClientRequestMessage<"turn/start">): string => {
  const first = request.params.input[0]
  return first?.type === "text" ? first.text : ""
}

/** A turn/start request whose first input is this text. */
export const turnStartWith = (text: string) => (m: Testing.ClientMessage): m is Testing.ClientRequestMessage<"turn/start"> =>
  m.method === "turn/start" && textOf(m) === text

/** Messages as raw lines, for what the typed `send` refuses (invalid payloads, unknown methods and variants). */
export const rawLines = (...messages: ReadonlyArray<unknown>): string => messages.map((m) => JSON.stringify(m) + "\n").join("")

/** `turn/completed` with a status codex 0.169.0 does not have (a newer server's), as a raw message. */
export const completedWithStatus = (threadId: string, turnId: string, status: string) => ({
  method: "turn/completed",
  params: { threadId, turn: { id: turnId, items: [], status } }
})
