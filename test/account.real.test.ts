/**
 * Accounts and login on the real pinned codex binary, offline (a scripted model on 127.0.0.1, a
 * temporary CODEX_HOME). The API-key login needs no network: codex stores the key in its home.
 * The browser login needs none to start: codex builds the auth URL and listens for the callback
 * on 127.0.0.1:1455; it is cancelled here, never completed. (The device-code login asks OpenAI for
 * its code before answering, so it is tested on the in-memory double only: test/account.test.ts.)
 */
import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { existsSync, readFileSync } from "node:fs"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"
import * as Testing from "../src/testing.js"
import { tempDir } from "./support/tempDir.js"

/** An API key of no recognisable shape: only its registration as a secret can redact it. */
const KEY = "Rk4Tn8Wq2Zm6Hx9Pb3Lv7Jd5Cf1Gy0Us"

/**
 * A client on the real binary whose model provider needs OpenAI credentials (as OpenAI's own
 * does), so that `account/read` reports the stored account; the model itself is the scripted one.
 */
const realClient = (options: CodexClient.Options = {}) =>
  Layer.unwrapScoped(Effect.gen(function*() {
    const model = yield* Testing.make([])
    const home = yield* tempDir("effect-codex-account-home-")
    const cwd = yield* tempDir("effect-codex-account-cwd-")
    const providers = model.config.model_providers as Record<string, Record<string, unknown>>
    const config = { ...model.config, model_providers: { mock: { ...providers["mock"], requires_openai_auth: true } } }
    return Layer.merge(
      CodexClient.layer({ ...options, config, codexHome: home, cwd, env: { RUST_LOG: "error", HOME: cwd } }),
      Layer.succeed(Home, home)
    )
  }))

/** The temporary CODEX_HOME of `realClient`. */
class Home extends Context.Tag("test/account/Home")<Home, string>() {}

const captureLogs = () => {
  const lines: Array<string> = []
  const logger = Logger.make(({ message }) => {
    lines.push(Array.isArray(message) ? message.map(String).join(" ") : String(message))
  })
  return { lines, layer: Layer.merge(Logger.replace(Logger.defaultLogger, logger), Logger.minimumLogLevel(LogLevel.All)) }
}

const assertNoKey = (text: string, where: string) => {
  for (let i = 0; i + 6 <= KEY.length; i++) {
    assert(!text.includes(KEY.slice(i, i + 6)), `${where} shows part of the API key: ${text.slice(0, 2000)}`)
  }
}

describe("real binary: accounts", () => {
  it.live("loginApiKey stores the key offline; account reads it; logout forgets it; the key is in no log line", () => {
    const logs = captureLogs()
    return Effect.gen(function*() {
      const home = yield* Home
      const before = yield* Codex.account()
      assert.isNull(before.account ?? null)
      assert.isTrue(before.requiresOpenaiAuth)

      yield* Codex.loginApiKey(Redacted.make(KEY))
      const after = yield* Codex.account({ refreshToken: true })
      assert.deepStrictEqual(after.account, { type: "apiKey" })
      // codex stored the key as it was given (its own file, in the temporary home)
      const auth = JSON.parse(readFileSync(path.join(home, "auth.json"), "utf8")) as Record<string, unknown>
      assert.strictEqual(auth["auth_mode"], "apikey")
      assert.strictEqual(auth["OPENAI_API_KEY"], KEY)

      // rate limits are a ChatGPT account's: codex refuses, with a typed error
      const refused = yield* Effect.flip(Codex.rateLimits())
      assert(refused._tag === "RpcError" && refused.method === "account/rateLimits/read")

      yield* Codex.logout()
      const out = yield* Codex.account()
      assert.isNull(out.account ?? null)
      const file = path.join(home, "auth.json")
      assert.notInclude(existsSync(file) ? readFileSync(file, "utf8") : "", KEY, "logout removed the stored key")

      const sent = logs.lines.find((l) => l.startsWith("→") && l.includes("account/login/start"))
      assert(sent !== undefined, "logWire logged the login request")
      assert.include(sent, "[REDACTED]")
      for (const line of logs.lines) assertNoKey(line, "a log line")
    }).pipe(Effect.provide(realClient({ logWire: true })), Effect.provide(logs.layer))
  }, 60_000)

  it.live("loginChatGpt: the auth URL; cancel ends the login on the server; closing the scope does too", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient.CodexClient
      // every login completion the server sends, from before the first login
      const completions = yield* client.notifications.pipe(
        Stream.filter(Codex.isNotification("account/login/completed")),
        Stream.take(2),
        Stream.runCollect,
        Effect.fork
      )
      yield* Codex.account()
      assert.strictEqual((yield* CodexClient.diagnostics).subscribers, 1, "the test's subscriber is in place")

      // cancelled by hand
      const first = yield* Effect.scoped(Effect.gen(function*() {
        const login = yield* Codex.loginChatGpt()
        assert.match(login.authUrl, /^https:\/\/auth\.openai\.com\/oauth\/authorize\?/)
        assert.include(login.authUrl, "redirect_uri=http%3A%2F%2F127.0.0.1")
        yield* login.cancel
        const error = yield* Effect.flip(login.completed)
        assert(error._tag === "LoginError" && error.reason === "Cancelled" && error.loginId === login.loginId)
        return login.loginId
      }))

      // left pending: the scope's close cancels it
      const second = yield* Effect.scoped(Effect.map(Codex.loginChatGpt(), (login) => login.loginId))
      const seen = Array.from(yield* Fiber.join(completions).pipe(Effect.timeout("10 seconds")))
      assert.deepStrictEqual(
        seen.map((n) => [n.params.loginId, n.params.success]),
        [[first, false], [second, false]]
      )
      // nothing is left to cancel
      const status = yield* client.request("account/login/cancel", { loginId: second })
      assert.strictEqual(status.status, "notFound")
    }).pipe(Effect.provide(realClient())), 60_000)
})
