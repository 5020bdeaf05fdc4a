import { assert, describe, it } from "@effect/vitest"
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
