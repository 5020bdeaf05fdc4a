/**
 * Ring 1 for secrets: no secret in any error, excerpt, tail or log line, whatever cuts the text.
 * Pure functions and an in-memory transport; the process ring is test/secrets.process.test.ts.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Mailbox from "effect/Mailbox"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { CodexClient } from "../src/CodexClient.js"
import { ProtocolError, TransportError, TurnFailedError } from "../src/CodexError.js"
import { makeFold } from "../src/RunResult.js"
import { decodeEnvelope, decodePayload, excerpt } from "../src/internal/codec.js"
import { planConfig, plainSecretValues } from "../src/internal/config.js"
import { makeLineFramer } from "../src/internal/framing.js"
import { head, makeRedactor, makeTail, redact, registerSecrets, stripControl } from "../src/internal/redact.js"
import * as RpcRouter from "../src/RpcRouter.js"
import * as Transport from "../src/Transport.js"
import {
  API_KEY,
  assertNoEscapes,
  assertNoSecret,
  AUTH_HEADER,
  BEARER,
  CFG_TOKEN,
  collectLogs,
  ENV_TOKEN,
  JWT,
  SK_PROJ
} from "./support/secrets.js"
import { clientWith, server } from "./support/peer.js"

const encoder = new TextEncoder()

describe("redaction", () => {
  it("in-memory: a transport's redactor also hides values registered after it was made (a key given to loginApiKey)", () => {
    const redactor = makeRedactor(["spawn-time-value-1234"])
    const later = "qq7-later-registered-value-zzz"
    assert.include(redactor(`before ${later}`), later, "not registered yet: nothing to hide")
    const unregister = registerSecrets([later])
    try {
      const text = redactor(`spawn-time-value-1234 and ${later}`)
      assert.notInclude(text, later)
      assert.notInclude(text, "spawn-time-value-1234")
    } finally {
      unregister()
    }
  })

  it("in-memory: the patterns catch sk-proj keys, JWTs, bearer tokens, Authorization headers and key/token assignments", () => {
    const texts = [
      `key ${SK_PROJ} rejected`,
      `jwt ${JWT} expired`,
      `sent ${AUTH_HEADER}`,
      `curl -H "authorization: bearer ${BEARER}"`,
      `api_key=${ENV_TOKEN}&x=1`,
      `{"access_token": "${ENV_TOKEN}"}`,
      `MY_TOKEN=${ENV_TOKEN}`,
      `X-Api-Key: ${ENV_TOKEN}`,
      `client_secret: '${ENV_TOKEN}'`
    ]
    for (const text of texts) assertNoSecret(redact(text), JSON.stringify(text.slice(0, 30)))
    // ordinary text is left alone
    for (const text of ["max_tokens=8192", `"input_tokens": 10`, "total_tokens: 123456789", "a token of thanks"]) {
      assert.strictEqual(redact(text), text)
    }
  })

  it("in-memory: redaction is idempotent: redacting redacted text changes nothing", () => {
    const once = redact(`token=${ENV_TOKEN} ${AUTH_HEADER} ${SK_PROJ} ${JWT} bearer ${BEARER}`)
    assert.strictEqual(redact(once), once)
    const r = makeRedactor([CFG_TOKEN])
    assert.strictEqual(r(r(`x ${CFG_TOKEN} y`)), r(`x ${CFG_TOKEN} y`))
  })

  it("in-memory: a transport's redactor removes its own values by exact match, also JSON-escaped and URL-encoded", () => {
    const quoted = `${ENV_TOKEN}"\\end`
    const slashed = `${CFG_TOKEN}/+=`
    const r = makeRedactor([quoted, "abc", slashed])
    assertNoSecret(r(`plain ${quoted}.`), "plain")
    assertNoSecret(r(JSON.stringify({ v: quoted })), "JSON-escaped")
    assertNoSecret(r(`?k=${encodeURIComponent(slashed)}`), "URL-encoded")
    assert.strictEqual(r("abc stays"), "abc stays", "values under the minimum are not matched by value")
    // the patterns come on top
    assertNoSecret(r(`${SK_PROJ} ${JWT}`), "patterns")
  })

  it("in-memory: ANSI escape sequences (CSI, OSC, other ESC) and control characters are stripped", () => {
    const text = "\x1b]0;title\x07\x1b[1;31mERROR\x1b[0m \x1b(Bdone\x9b2K\r\n\x07tab\tok\x1b["
    assert.strictEqual(stripControl(text), "ERROR done\ntab\tok")
  })
})

describe("bounded text: redacted before it is cut", () => {
  /** A line that starts with `start` and holds `secret` from `before` characters ahead of `cut`. */
  const across = (cut: number, secret: string, before: number, start = `{"pad":"`) => {
    const line = `${start}${"x".repeat(cut - before - start.length - 7)}","t":"${secret}","more":"${"z".repeat(2000)}"}}`
    assert.strictEqual(line.indexOf(secret), cut - before)
    return line
  }

  it("in-memory: excerpts keep no part of a key that the cut splits (pattern and registered value)", () => {
    for (const secret of [SK_PROJ, JWT, ENV_TOKEN]) {
      const unregister = registerSecrets([ENV_TOKEN])
      try {
        for (const before of [1, 5, 10, 20, 39]) {
          const line = across(240, secret, before)
          assertNoSecret(excerpt(line), `excerpt, secret ${before} chars before the cut`)
          assertNoSecret(head(line, 240, redact), "head")
        }
      } finally {
        unregister()
      }
    }
  })

  it("in-memory: invalid JSON: neither the detail nor the excerpt quotes a secret", () => {
    const unregister = registerSecrets([ENV_TOKEN])
    try {
      for (const line of [`${SK_PROJ} ${JWT}`, `{"a": ${ENV_TOKEN}}`, `${AUTH_HEADER} ${"x".repeat(500)}`]) {
        const error = decodeEnvelope(line)
        assert(error instanceof ProtocolError && error.reason === "InvalidJson")
        assert.notInclude(error.detail, "sk-proj", "V8's quote of the input is not kept")
        assertNoSecret(error.detail, "InvalidJson detail")
        assertNoSecret(error.excerpt, "InvalidJson excerpt")
        assertNoSecret(error.message, "InvalidJson message")
      }
    } finally {
      unregister()
    }
  })

  it("in-memory: InvalidPayload excerpts and explanations redact the values live transports registered", () => {
    const schema = Schema.Struct({ userAgent: Schema.String })
    const unregister = registerSecrets([ENV_TOKEN, CFG_TOKEN])
    try {
      const decoded = decodePayload(schema, { userAgent: { leaked: [ENV_TOKEN, CFG_TOKEN, SK_PROJ] } }, "initialize result")
      assert(decoded._tag === "Invalid")
      assertNoSecret(decoded.error.detail, "InvalidPayload detail")
      assertNoSecret(decoded.error.excerpt, "InvalidPayload excerpt")
      assertNoSecret(JSON.stringify(decoded.error), "InvalidPayload as JSON")
    } finally {
      unregister()
    }
    // once the transport is gone, its values are no longer matched
    const after = decodePayload(schema, { userAgent: 1, t: ENV_TOKEN }, "x")
    assert(after._tag === "Invalid")
    assert.include(after.error.excerpt, ENV_TOKEN)
  })

  it("in-memory: oversized lines: the LineTooLong and OversizedLine excerpts are redacted whole, across their cut", () => {
    const redactor = makeRedactor([ENV_TOKEN])
    for (const secret of [ENV_TOKEN, SK_PROJ]) {
      for (const before of [1, 10, 30]) {
        const response = across(240, secret, before, `{"id":7,"result":{"pad":"`)
        // whole, and split in two at every point near the secret
        for (const at of [response.length, 200, 235, 240, 250, 300]) {
          const framer = makeLineFramer(1000, redactor)
          const out = [framer.push(encoder.encode(response.slice(0, at))), framer.push(response.slice(at) + "\n")]
          const marker = out.flatMap((o) => (o instanceof ProtocolError ? [] : o)).find((o) => typeof o !== "string")
          assert(marker !== undefined && typeof marker !== "string", "an OversizedLine marker")
          assert.strictEqual(marker.id, 7)
          assertNoSecret(marker.excerpt, `OversizedLine excerpt (split at ${at})`)
        }
        const notification = across(120, secret, before, `{"method":"x","params":{"pad":"`)
        const error = makeLineFramer(1000, redactor).push(notification + "\n")
        assert(error instanceof ProtocolError && error.reason === "LineTooLong")
        assertNoSecret(error.excerpt, "LineTooLong excerpt")
        assertNoSecret(error.message, "LineTooLong message")
      }
    }
  })

  it("in-memory: the stderr tail is redacted before it is cut, in any chunking, and has no escape sequences", () => {
    const redactor = makeRedactor([ENV_TOKEN, CFG_TOKEN])
    const limit = 64
    for (const secret of [ENV_TOKEN, SK_PROJ, JWT, CFG_TOKEN]) {
      for (const after of [5, 20, 40, 60]) {
        const text = `\x1b[2mstarting\x1b[0m\nheader line\n\x1b[31mERROR\x1b[0m value: ${secret} ${"y".repeat(after - 2)}\n`
        for (const at of [0, 10, text.length - after - 20, text.length - after - 3, text.length - 2]) {
          const tail = makeTail(limit, redactor)
          tail.push(encoder.encode(text.slice(0, at)))
          tail.push(encoder.encode(text.slice(at)))
          const got = tail.get()
          assert.isAtMost(got.length, limit)
          assertNoSecret(got, `tail (secret ${after} from the end, split at ${at})`)
          assertNoEscapes(got, "tail")
          assert(got.endsWith(" " + "y".repeat(after - 2) + "\n"), `the newest output is kept: ${JSON.stringify(got)}`)
        }
      }
    }
  })

  it("in-memory: the stderr tail holds back a secret that is still arriving, and one split over many chunks", () => {
    const redactor = makeRedactor([ENV_TOKEN])
    const tail = makeTail(64, redactor)
    tail.push(encoder.encode(`partial ${ENV_TOKEN.slice(0, 20)}`))
    assertNoSecret(tail.get(), "a value cut short by the end of output")
    for (const c of ENV_TOKEN.slice(20)) tail.push(encoder.encode(c))
    tail.push(encoder.encode(" rest\n"))
    assertNoSecret(tail.get(), "a value arriving one character at a time")
    assert.include(tail.get(), "rest")
  })
})

describe("text the server sends", () => {
  const echoed = `unexpected status 401 for url: http://127.0.0.1:9/v1/responses?api_key=${ENV_TOKEN} with ${AUTH_HEADER} and ${SK_PROJ}`

  it.scoped("in-memory: an RpcError does not repeat a secret the server echoes in its error (a URL with its api-key)", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const error = yield* Effect.flip(client.request("model/list", {}))
      assert.strictEqual(error._tag, "RpcError")
      assertNoSecret(error.message, "RpcError.message")
      assertNoSecret(String(error), "RpcError as a string")
      assertNoSecret(JSON.stringify(error), "RpcError as JSON")
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) =>
        m.method === "model/list" ? peer.send({ id: m.id, error: { code: -32603, message: echoed } }) : undefined
    })))))

  it("in-memory: a failed turn does not repeat a secret the server echoes in the turn's error", () => {
    const fold = makeFold("t", "u")
    fold.add({
      _tag: "UnknownNotification",
      method: "turn/completed",
      params: { threadId: "t", turn: { id: "u", items: [], status: "failed", error: { message: echoed } } },
      reason: "InvalidParams"
    })
    const failed = fold.result()
    assert(failed instanceof TurnFailedError)
    assertNoSecret(failed.message, "TurnFailedError.message")
    assertNoSecret(JSON.stringify(failed), "TurnFailedError as JSON")
  })
})

describe("the router renders through the transport's redactor", () => {
  it.scoped("in-memory: skipped-line log lines and the TooManyInvalidLines excerpt redact the transport's values", () => {
    const logs = collectLogs()
    return Effect.gen(function*() {
      const lines = yield* Mailbox.make<Transport.Incoming, Transport.CloseReason>()
      const transport: Transport.Transport.Service = {
        send: () => Effect.void,
        incoming: Mailbox.toStream(lines),
        close: Effect.sync(() => lines.unsafeDone(Exit.fail(new TransportError({ reason: "Closed", detail: "closed" })))),
        queuedBytes: Effect.succeed(0),
        redact: makeRedactor([ENV_TOKEN, CFG_TOKEN])
      }
      const router = yield* RpcRouter.make({ maxInvalidLines: 2 }).pipe(
        Effect.provideService(Transport.Transport, transport)
      )
      yield* lines.offerAll([
        `error: the provider said ${ENV_TOKEN} is unknown`,
        `{"broken": ${CFG_TOKEN}`,
        `{"id":"${ENV_TOKEN}","result":{}}`, // a response to nobody: logged
        `also not json: ${ENV_TOKEN} ${AUTH_HEADER}`
      ])
      const reason = yield* router.closed
      assert(reason._tag === "ProtocolError" && reason.reason === "TooManyInvalidLines")
      assertNoSecret(reason.excerpt, "TooManyInvalidLines excerpt")
      assertNoSecret(reason.message, "TooManyInvalidLines message")
      assert.isAtLeast(logs.lines.filter((l) => l.includes("not a protocol message")).length, 2)
      assert(logs.lines.some((l) => l.includes("unknown or expired")))
      for (const line of logs.lines) assertNoSecret(line, "log line")
    }).pipe(Effect.provide(logs.layer))
  })
})

describe("credentials stay off the command line", () => {
  const provider = { name: "mock", base_url: "http://127.0.0.1:1/v1", wire_api: "responses" }

  it("in-memory: Redacted config values become environment variables named by env_key, env_http_headers, bearer_token_env_var", () => {
    const plan = planConfig({
      model: "m",
      model_provider: "mock",
      model_providers: {
        mock: { ...provider, experimental_bearer_token: Redacted.make(CFG_TOKEN), http_headers: { "X-Key": Redacted.make(ENV_TOKEN) } }
      },
      mcp_servers: { docs: { url: "http://127.0.0.1:2/mcp", bearer_token: Redacted.make(API_KEY) } }
    })
    assert(plan._tag === "Plan")
    const flags = plan.plan.flags.join(" ")
    assertNoSecret(flags, "flags")
    assert.include(flags, `model_providers.mock.env_key="EFFECT_CODEX_SECRET_1"`)
    assert.include(flags, `model_providers.mock.env_http_headers.X-Key="EFFECT_CODEX_SECRET_2"`)
    assert.include(flags, `mcp_servers.docs.bearer_token_env_var="EFFECT_CODEX_SECRET_3"`)
    assert.include(flags, `shell_environment_policy.ignore_default_excludes=false`)
    assert.deepStrictEqual(plan.plan.env, {
      EFFECT_CODEX_SECRET_1: CFG_TOKEN,
      EFFECT_CODEX_SECRET_2: ENV_TOKEN,
      EFFECT_CODEX_SECRET_3: API_KEY
    })
    assert.deepStrictEqual(plan.plan.file, [])
    assert.includeMembers([...plan.plan.secrets], [CFG_TOKEN, ENV_TOKEN, API_KEY])
  })

  it("in-memory: apiKey goes to the selected provider's env_key variable; without a provider in config it is refused", () => {
    const ok = planConfig({ model_provider: "mock", model_providers: { mock: provider } }, { apiKey: Redacted.make(API_KEY) })
    assert(ok._tag === "Plan")
    assert.include(ok.plan.flags.join(" "), `model_providers.mock.env_key="EFFECT_CODEX_API_KEY"`)
    assert.deepStrictEqual(ok.plan.env, { EFFECT_CODEX_API_KEY: API_KEY })
    const own = planConfig({ model_provider: "mock", model_providers: { mock: { ...provider, env_key: "MOCK_KEY" } } }, {
      apiKey: Redacted.make(API_KEY)
    })
    assert(own._tag === "Plan")
    assert.deepStrictEqual(own.plan.env, { MOCK_KEY: API_KEY })
    assertNoSecret(own.plan.flags.join(" "), "flags")
    const builtIn = planConfig({}, { apiKey: Redacted.make(API_KEY) })
    assert(builtIn._tag === "Invalid")
    assert.include(builtIn.message, "auth.json")
    assertNoSecret(builtIn.message, "message")
    const both = planConfig({
      model_provider: "mock",
      model_providers: { mock: { ...provider, experimental_bearer_token: Redacted.make(CFG_TOKEN) } }
    }, { apiKey: Redacted.make(API_KEY) })
    assert(both._tag === "Invalid")
  })

  it("in-memory: a Redacted value codex cannot read from the environment is planned for the 0600 config file", () => {
    const plan = planConfig({
      model_providers: { mock: { ...provider, query_params: { "api-key": Redacted.make(CFG_TOKEN) } } },
      shell_environment_policy: { ignore_default_excludes: true }
    })
    assert(plan._tag === "Plan")
    assertNoSecret(plan.plan.flags.join(" "), "flags")
    assert.deepStrictEqual(plan.plan.file, [`model_providers.mock.query_params.api-key = "${CFG_TOKEN}"`])
    assert.notInclude(plan.plan.flags.join(" "), "ignore_default_excludes=false", "the caller's own choice stands")
  })

  it("in-memory: which plain values count as secrets", () => {
    const values = plainSecretValues({
      env: { MY_TOKEN: ENV_TOKEN, PATH: "/usr/local/bin:/usr/bin", HOME: "/home/someone", SHORT: "abc", N: "123456789", B: "true" },
      config: {
        model: "gpt-5-codex-mini",
        model_providers: {
          x: {
            name: "Some Provider",
            base_url: `https://user:${CFG_TOKEN}@example.com/v1?key=${API_KEY}&v=2`,
            experimental_bearer_token: BEARER
          }
        },
        notify: ["/usr/bin/notify-send", "done"]
      },
      args: ["--flag", `--token=${SK_PROJ}`, JWT]
    })
    assert.sameMembers(values, [ENV_TOKEN, CFG_TOKEN, API_KEY, BEARER, "/usr/bin/notify-send", SK_PROJ, JWT])
  })
})
