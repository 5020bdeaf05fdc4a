/**
 * Precise error channels: each public verb fails only with the tags it can produce. These are
 * type-level assertions, checked by `tsc --noEmit` (the first half of `npm test`); the runtime
 * part checks the bounded server message.
 */
import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import type * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import type * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import type * as CodexClient from "../src/CodexClient.js"
import * as CodexClientModule from "../src/CodexClient.js"
import type * as RpcRouterModule from "../src/RpcRouter.js"
import * as Testing from "../src/testing.js"
import type * as TransportModule from "../src/Transport.js"
import type * as TurnRegistryModule from "../src/TurnRegistry.js"
import {
  type InitializeError,
  type ProtocolError,
  type RequestTimeoutError,
  RpcError,
  type ThreadBusyError,
  type TransportError,
  type TurnBufferFullError,
  type TurnFailedError,
  type TurnTimeoutError
} from "../src/CodexError.js"

type ErrorOf<T> = T extends Effect.Effect<any, infer E, any> ? E : T extends Stream.Stream<any, infer E, any> ? E : never
type Tags<T> = ErrorOf<T> extends { readonly _tag: infer K } ? K : never

type RequestTags = "TransportError" | "RpcError" | "RequestTimeoutError" | "ProtocolError" | "InitializeError"
type StreamTags = "TransportError" | "ProtocolError" | "TurnBufferFullError" | "TurnTimeoutError"

describe("precise error channels", () => {
  it("thread verbs and client.request fail only with request errors (never ThreadBusyError or TurnFailedError)", () => {
    expectTypeOf<Tags<ReturnType<typeof Codex.startThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.resumeThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.forkThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.listThreads>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.readThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.archiveThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<CodexClient.Service["request"]>>>().toEqualTypeOf<RequestTags>()
  })

  it("starting a turn adds ThreadBusyError; a turn's stream fails only with stream errors; the fold adds TurnFailedError", () => {
    expectTypeOf<Tags<ReturnType<typeof Codex.turn>>>().toEqualTypeOf<RequestTags | "ThreadBusyError">()
    expectTypeOf<ReturnType<typeof Codex.turn>>().toMatchTypeOf<
      Effect.Effect<CodexClient.TurnHandle, unknown, CodexClient.CodexClient | Scope.Scope>
    >()
    expectTypeOf<Tags<CodexClient.TurnHandle["stream"]>>().toEqualTypeOf<StreamTags>()
    expectTypeOf<Tags<CodexClient.TurnHandle["result"]>>().toEqualTypeOf<StreamTags | "TurnFailedError">()
    expectTypeOf<Tags<ReturnType<CodexClient.TurnHandle["steer"]>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<CodexClient.TurnHandle["interrupt"]>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.run>>>().toEqualTypeOf<
      RequestTags | "ThreadBusyError" | StreamTags | "TurnFailedError"
    >()
    expectTypeOf<Tags<ReturnType<typeof Codex.stream>>>().toEqualTypeOf<RequestTags | "ThreadBusyError" | StreamTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.streamText>>>().toEqualTypeOf<RequestTags | "ThreadBusyError" | StreamTags>()
  })

  it("the notification stream fails only when the connection closes; initialize only with the handshake's errors", () => {
    expectTypeOf<Tags<CodexClient.Service["notifications"]>>().toEqualTypeOf<"TransportError" | "ProtocolError">()
    expectTypeOf<Tags<CodexClient.Service["initialize"]>>().toEqualTypeOf<
      "TransportError" | "ProtocolError" | "InitializeError"
    >()
  })

  it("the unions are made of the error classes", () => {
    type Classes =
      | TransportError
      | RpcError
      | RequestTimeoutError
      | ProtocolError
      | InitializeError
      | ThreadBusyError
      | TurnBufferFullError
      | TurnTimeoutError
      | TurnFailedError
    expectTypeOf<ErrorOf<ReturnType<typeof Codex.run>>>().toEqualTypeOf<Classes>()
  })
})

describe("RpcError", () => {
  it("its message names the method and the code; a long server message is cut to a bounded excerpt", () => {
    const short = RpcError.fromWire("thread/read", { code: -32600, message: "no rollout found" })
    assert.strictEqual(short.message, "thread/read failed with -32600: no rollout found")
    const long = RpcError.fromWire("turn/start", {
      code: -32602,
      message: `unknown variant \`x\`, expected one of ${"`variant`, ".repeat(400)}`
    })
    assert.isAtMost(long.detail.length, 540)
    assert.isAtMost(long.message.length, 600)
    assert.match(long.message, /^turn\/start failed with -32602: unknown variant/)
    assert.match(long.detail, /more chars\)$/)
  })
})

describe("services are class tags", () => {
  it("yielding a tag gives its Service, reachable as Module.Service and as Tag.Service; table sizes are not on it", () => {
    type Yielded<T> = T extends Effect.Effect<infer A, any, any> ? A : never
    type Y<T> = T extends { [Symbol.iterator](): Iterator<any, infer A> } ? A : never
    expectTypeOf<Y<typeof CodexClientModule.CodexClient>>().toEqualTypeOf<CodexClient.Service>()
    expectTypeOf<CodexClientModule.CodexClient.Service>().toEqualTypeOf<CodexClient.Service>()
    expectTypeOf<Y<typeof TransportModule.Transport>>().toEqualTypeOf<TransportModule.Service>()
    expectTypeOf<Y<typeof RpcRouterModule.RpcRouter>>().toEqualTypeOf<RpcRouterModule.Service>()
    expectTypeOf<Y<typeof TurnRegistryModule.TurnRegistry>>().toEqualTypeOf<TurnRegistryModule.Service>()
    expectTypeOf<Y<typeof Testing.TestPeer>>().toEqualTypeOf<Testing.TestPeer.Service>()
    expectTypeOf<Y<typeof Testing.Offline>>().toEqualTypeOf<Testing.Offline.Service>()
    expectTypeOf<CodexClient.Service>().not.toHaveProperty("counts")
    expectTypeOf<RpcRouterModule.Service>().not.toHaveProperty("pendingCount")
    expectTypeOf<TurnRegistryModule.Service>().not.toHaveProperty("counts")
    expectTypeOf<Yielded<typeof CodexClientModule.diagnostics>>().toEqualTypeOf<CodexClient.Diagnostics>()
    assert.strictEqual(CodexClientModule.CodexClient.key, "effect-codex/CodexClient")
  })
})

describe("precise error channels of the feature verbs", () => {
  it("following, thread streams, review, structured output, commands and accounts list only what they can fail with", () => {
    expectTypeOf<Tags<ReturnType<typeof Codex.followTurn>>>().toEqualTypeOf<
      RequestTags | "ThreadBusyError" | "TurnUnavailableError"
    >()
    expectTypeOf<Tags<ReturnType<typeof Codex.threadEvents>>>().toEqualTypeOf<StreamTags | "InitializeError">()
    expectTypeOf<Tags<ReturnType<typeof Codex.subscribeThread>>>().toEqualTypeOf<
      "TransportError" | "ProtocolError" | "InitializeError"
    >()
    expectTypeOf<Tags<ReturnType<typeof Codex.reviewTurn>>>().toEqualTypeOf<RequestTags | "ThreadBusyError">()
    expectTypeOf<Tags<ReturnType<typeof Codex.review>>>().toEqualTypeOf<
      RequestTags | "ThreadBusyError" | StreamTags | "TurnFailedError"
    >()
    const withOutput = () => Codex.run("t", "x", { output: Schema.Struct({ a: Schema.String }) })
    expectTypeOf<Tags<ReturnType<typeof withOutput>>>().toEqualTypeOf<
      RequestTags | "ThreadBusyError" | StreamTags | "TurnFailedError" | "OutputDecodeError"
    >()
    expectTypeOf<Tags<ReturnType<typeof Codex.exec>>>().toEqualTypeOf<RequestTags | "NotificationBufferFullError">()
    expectTypeOf<Tags<ReturnType<typeof Codex.spawn>>>().toEqualTypeOf<RequestTags | "NotificationBufferFullError">()
    expectTypeOf<Tags<ReturnType<typeof Codex.account>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.logout>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.rateLimits>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.loginApiKey>>>().toEqualTypeOf<RequestTags>()
    type Login = Effect.Effect.Success<ReturnType<typeof Codex.loginChatGpt>>
    expectTypeOf<Tags<Login["completed"]>>().toEqualTypeOf<"LoginError" | "TransportError" | "ProtocolError">()
  })
})
