import { assert, describe, it } from "@effect/vitest"
import * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as path from "node:path"
import * as CodexClient from "../src/CodexClient.js"
import { configFlags, tomlValue } from "../src/internal/config.js"
import { redact } from "../src/internal/redact.js"

describe("config flags", () => {
  it("flattens nested records to dotted -c flags with TOML values", () => {
    assert.deepStrictEqual(
      configFlags({
        model: "mock-model",
        model_providers: { mock: { base_url: "http://127.0.0.1:1/v1", request_max_retries: 0, supports_websockets: false } },
        sandbox_permissions: ["disk-full-read-access", "network"],
        "odd key": 1.5,
        skipped: undefined
      }),
      [
        "-c", `model="mock-model"`,
        "-c", `model_providers.mock.base_url="http://127.0.0.1:1/v1"`,
        "-c", "model_providers.mock.request_max_retries=0",
        "-c", "model_providers.mock.supports_websockets=false",
        "-c", `sandbox_permissions=["disk-full-read-access", "network"]`,
        "-c", `"odd key"=1.5`
      ]
    )
  })

  it("escapes strings and renders records inside arrays as inline tables", () => {
    assert.strictEqual(tomlValue(`a "quoted"\nline`), `"a \\"quoted\\"\\nline"`)
    assert.strictEqual(tomlValue([{ name: "x", on: true }]), `[{ name = "x", on = true }]`)
  })
})

describe("redaction", () => {
  it("removes API keys, bearer tokens and Authorization headers", () => {
    const text = redact(
      "key sk-proj-abcdefghijklmnopqrstuvwxyz then Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig and bearer abcdefghijkl123"
    )
    assert.notInclude(text, "abcdefghijklmnopqrstuvwxyz")
    assert.notInclude(text, "eyJhbGciOiJIUzI1NiJ9")
    assert.notInclude(text, "abcdefghijkl123")
    assert.include(text, "[REDACTED]")
  })
})

describe("layerConfig: CODEX_REQUEST_TIMEOUT", () => {
  const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
  const withEnv = (env: Record<string, string>) => Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))

  // The request timer is a plain timer, not the Effect clock: TestClock cannot reach it, so this
  // runs a fake app-server process on the live clock with a short timeout.
  it.scopedLive("a duration string (\"300 millis\") is every request's default timeout", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient.CodexClient
      // the handshake, with room to spare: the fake's start-up is not what is measured
      yield* client.request("thread/start", {}, { timeout: "30 seconds" })
      // the fake never answers thread/read
      const error = yield* client.request("thread/read", { threadId: "thread-1" }).pipe(
        Effect.flip,
        Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => "thread/read was still waiting after 10 s" })
      )
      assert.strictEqual(error._tag, "RequestTimeoutError")
      assert.deepInclude(error, { method: "thread/read", timeoutMs: 300 })
    }).pipe(
      Effect.provide(CodexClient.layerConfig({ env: { FAKE_MODE: "normal" } })),
      withEnv({ CODEX_PATH: fake, CODEX_REQUEST_TIMEOUT: "300 millis" })
    ))

  for (const value of ["30000", "30s", "2 Minutes"]) {
    it.scoped(`"${value}" is not a duration: the layer fails with a ConfigError before anything is spawned`, () =>
      Effect.gen(function*() {
        // a binary that does not exist: reaching the spawn would fail with a TransportError instead
        const error = yield* Effect.flip(Layer.build(CodexClient.layerConfig()).pipe(
          withEnv({ CODEX_PATH: "/nonexistent/codex", CODEX_REQUEST_TIMEOUT: value })
        ))
        assert(ConfigError.isConfigError(error), `expected a ConfigError, got ${String(error)}`)
        assert.strictEqual(
          String(error),
          `(Invalid data at CODEX_REQUEST_TIMEOUT: "Expected a duration but received "${value}"")`
        )
      }))
  }
})
