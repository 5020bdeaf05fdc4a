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
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as CodexClient from "./CodexClient.js"
import type { StdioOptions } from "./Transport.js"
import {
  offlineConfig as offlineConfigOf,
  type RecordedRequest,
  type Script,
  scriptedModelConfig,
  type ScriptedItem,
  type ScriptedResponse,
  startScriptedModel
} from "./internal/scriptedModel.js"

export type { RecordedRequest, Script, ScriptedItem, ScriptedResponse }

/**
 * The config overrides that keep codex offline (plugin marketplace sync, remote plugins, apps,
 * tool suggestions, model discovery, analytics, feedback, OpenTelemetry export, update check, web
 * search off; the ChatGPT backend pointed at `chatgptBaseUrl`, which should be on loopback).
 * `ScriptedModel.config` already includes them; use this when you build your own config. Merge
 * nested records (`features`) key by key: a shallow spread replaces the whole record.
 */
export const offlineConfig = (chatgptBaseUrl: string): Record<string, any> => offlineConfigOf(chatgptBaseUrl)

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

/** What `layer` set up: the model, and the temporary directories it runs codex in. */
export interface Offline {
  readonly model: ScriptedModel
  /** The temporary `CODEX_HOME`. */
  readonly home: string
  /** The temporary working directory of the server (a place for threads to run in). */
  readonly cwd: string
}

export const Offline: Context.Tag<Offline, Offline> = Context.GenericTag<Offline>("effect-codex/testing/Offline")

const tempDir = (prefix: string) =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(path.join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

/**
 * A `CodexClient` on the real pinned codex binary, driven by a scripted model on 127.0.0.1, in a
 * temporary `CODEX_HOME`, `HOME` and working directory, all removed with the layer. `HOME` too,
 * because codex runs commands with `bash -lc`: the user's shell profile must not take part.
 */
export const layer = (
  script: Script,
  options: CodexClient.Options & Omit<StdioOptions, "config" | "codexHome" | "cwd"> = {}
): Layer.Layer<CodexClient.CodexClient | Offline> =>
  Layer.unwrapScoped(
    Effect.gen(function*() {
      const model = yield* make(script)
      const home = yield* tempDir("effect-codex-home-")
      const userHome = yield* tempDir("effect-codex-user-home-")
      const cwd = yield* tempDir("effect-codex-cwd-")
      const client = CodexClient.layer({
        ...options,
        config: model.config,
        codexHome: home,
        cwd,
        env: { RUST_LOG: "error", HOME: userHome, ...options.env }
      })
      return Layer.merge(client, Layer.succeed(Offline, { model, home, cwd }))
    })
  ).pipe(Layer.orDie)
