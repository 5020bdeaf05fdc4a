/**
 * Shared by the examples: a CodexClient layer on the real pinned binary, driven either by the
 * user's Codex credentials or by the bundled scripted model on 127.0.0.1.
 */
import * as Console from "effect/Console"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import { mkdtempSync, rmSync } from "node:fs"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { CodexClient } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"

/** True when the user's CODEX_HOME has credentials (`account/read` reports an account). */
export const hasCredentials: Effect.Effect<boolean> = Effect.gen(function*() {
  if (process.env.EFFECT_CODEX_OFFLINE === "1") return false
  const client = yield* CodexClient.CodexClient
  const account = yield* client.request("account/read", {}, { timeout: "10 seconds" })
  return account.account !== null && account.account !== undefined
}).pipe(
  Effect.provide(CodexClient.layer({ env: { RUST_LOG: "error" } })),
  Effect.scoped,
  Effect.catchAll(() => Effect.succeed(false))
)

/** The real binary on the scripted model, in temporary directories removed afterwards. */
export const scriptedLayer = (script: ScriptedModel.Script): Layer.Layer<CodexClient.CodexClient> => ScriptedModel.layer(script)

/** Which Codex an example runs on: `real` when `--real` was passed and your credentials were found. */
export class Example extends Context.Tag("examples/Example")<Example, { readonly real: boolean }>() {}

/** `--real` was passed and `account/read` finds your credentials. */
const wantsReal: Effect.Effect<boolean> = Effect.suspend(() =>
  process.argv.includes("--real") ? hasCredentials : Effect.succeed(false)
)

const announce = (real: boolean) =>
  Console.log(
    real
      ? "Using your Codex credentials."
      : "Using the bundled scripted model on 127.0.0.1 (pass --real to use your Codex credentials)."
  )

/**
 * The user's real Codex when asked for (`--real`) and available, otherwise the scripted model;
 * `options` are the client's (approvals, …) either way. Also provides `Example`.
 */
export const exampleLayer = (
  script: ScriptedModel.Script,
  options: CodexClient.Options = {}
): Layer.Layer<CodexClient.CodexClient | Example> =>
  Layer.unwrapEffect(
    Effect.gen(function*() {
      const real = yield* wantsReal
      yield* announce(real)
      const client: Layer.Layer<CodexClient.CodexClient> = real
        ? CodexClient.layer({ ...options, env: { RUST_LOG: "error" } }).pipe(Layer.orDie)
        : ScriptedModel.layer(script, options)
      return Layer.merge(client, Layer.succeed(Example, { real }))
    })
  )

/** A temporary directory for the life of the scope. */
export const tempDirectory = (prefix: string): Effect.Effect<string, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(path.join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }))
  )

/**
 * A Codex home for the life of the scope, and `connect`, a layer that starts a new app-server on
 * it each time it is provided: your own (`~/.codex` or `CODEX_HOME`) with `--real`, otherwise a
 * temporary one whose model is the scripted one. For what outlives one connection (resuming a
 * thread) or needs the offline provider to ask for OpenAI credentials as OpenAI's does
 * (`requiresOpenaiAuth`: `account/read` then reports a stored login).
 */
export const exampleHome = (
  script: ScriptedModel.Script,
  options: CodexClient.Options & { readonly requiresOpenaiAuth?: boolean } = {}
): Effect.Effect<{ readonly real: boolean; readonly connect: Layer.Layer<CodexClient.CodexClient> }, never, Scope.Scope> =>
  Effect.gen(function*() {
    const { requiresOpenaiAuth, ...clientOptions } = options
    const real = yield* wantsReal
    yield* announce(real)
    if (real) return { real, connect: CodexClient.layer({ ...clientOptions, env: { RUST_LOG: "error" } }).pipe(Layer.orDie) }
    const model = yield* ScriptedModel.make(script)
    const codexHome = yield* tempDirectory("effect-codex-example-home-")
    const cwd = yield* tempDirectory("effect-codex-example-cwd-")
    const providers = model.config.model_providers as Record<string, Record<string, unknown>>
    const config = requiresOpenaiAuth
      ? { ...model.config, model_providers: { mock: { ...providers["mock"], requires_openai_auth: true } } }
      : model.config
    // HOME too: codex runs commands with `bash -lc`, and your shell profile must not take part
    const connect = CodexClient.layer({ ...clientOptions, config, codexHome, cwd, env: { RUST_LOG: "error", HOME: cwd } })
    return { real, connect: connect.pipe(Layer.orDie) }
  })

/** An 8×8 red PNG (74 bytes), the image of the image examples. */
export const redSquarePng: Buffer = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mO4oKCAFTEMLQkAvk5EAYUHFA8AAAAASUVORK5CYII=",
  "base64"
)

/** The images in the last user message codex sent to the model (`input_image` items). */
const sentImages = (request: ScriptedModel.RecordedRequest): ReadonlyArray<string> => {
  const input: ReadonlyArray<any> = Array.isArray(request.body?.input) ? request.body.input : []
  const last = input.filter((item) => item?.role === "user").at(-1)
  const content: ReadonlyArray<any> = Array.isArray(last?.content) ? last.content : []
  return content.filter((part) => part?.type === "input_image").map((part) => String(part.image_url))
}

/**
 * The scripted model of the image examples: it answers with what codex sent it, each image's
 * media type and size, and whether its bytes are those of `redSquarePng`.
 */
export const describeImages: ScriptedModel.Script = (request) => {
  const images = sentImages(request).map((url) => {
    const inline = /^data:([^;,]+);base64,(.*)$/.exec(url)
    if (inline === null) return `a link (${url.slice(0, 60)})`
    const bytes = Buffer.from(inline[2] ?? "", "base64")
    return `${inline[1]}, ${bytes.length} bytes, ${bytes.equals(redSquarePng) ? "the red square" : "an image I do not know"}`
  })
  return {
    items: [ScriptedModel.message(
      images.length === 0 ? "I received no image." : `I received ${images.length} image(s): ${images.join("; ")}.`
    )]
  }
}

/** Serves `bytes` at `http://127.0.0.1:<port>/<name>` for the life of the scope; returns the URL. */
export const serveOnLoopback = (
  name: string,
  bytes: Buffer,
  contentType: string
): Effect.Effect<string, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.async<http.Server>((resume) => {
        const server = http.createServer((request, response) => {
          if (request.url === `/${name}`) response.writeHead(200, { "content-type": contentType }).end(bytes)
          else response.writeHead(404).end()
        })
        server.listen(0, "127.0.0.1", () => resume(Effect.succeed(server)))
      }),
      (server) =>
        Effect.async<void>((resume) => {
          server.closeAllConnections()
          server.close(() => resume(Effect.void))
        })
    ),
    (server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/${name}`
  )
