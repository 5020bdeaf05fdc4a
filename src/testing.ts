/**
 * effect-codex/testing: run real codex turns offline against a scripted model on 127.0.0.1.
 *
 * ```ts
 * const model = yield* ScriptedModel.make([{ items: [{ type: "message", text: "hi" }] }])
 * const layer = CodexClient.layer({ config: model.config, codexHome })
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import {
  type RecordedRequest,
  type Script,
  scriptedModelConfig,
  type ScriptedItem,
  type ScriptedResponse,
  startScriptedModel
} from "./internal/scriptedModel.js"

export type { RecordedRequest, Script, ScriptedItem, ScriptedResponse }

export interface ScriptedModel {
  readonly port: number
  /** `http://127.0.0.1:PORT/v1` */
  readonly baseUrl: string
  /** Codex config overrides pointing at this model; pass as `config` to the stdio transport. */
  readonly config: Record<string, any>
  /** The requests codex made so far, in order. */
  readonly requests: Effect.Effect<ReadonlyArray<RecordedRequest>>
}

/**
 * Starts a scripted Responses API for the life of the scope. `script` is a list of responses
 * served in order (one per model request), or a function of the recorded request.
 */
export const make = (script: Script): Effect.Effect<ScriptedModel, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.promise(() => startScriptedModel(script)),
      (server) => Effect.promise(() => server.close())
    ),
    (server) => ({
      port: server.port,
      baseUrl: server.baseUrl,
      config: scriptedModelConfig(server.baseUrl),
      requests: Effect.sync(server.requests)
    })
  )

/** A model message, final answer by default, streamed word by word. */
export const message = (text: string, phase: "final_answer" | "commentary" | null = "final_answer"): ScriptedItem =>
  phase === null ? { type: "message", text } : { type: "message", text, phase }

/** A function call the model makes (for example `exec_command`). */
export const functionCall = (name: string, args: unknown, callId?: string): ScriptedItem =>
  callId === undefined ? { type: "functionCall", name, arguments: args } : { type: "functionCall", name, arguments: args, callId }
