/**
 * Accounts and login. With `--real`: reads the account codex uses, and changes nothing. Offline:
 * logs in with a made-up API key (codex stores it in the temporary home), reads the account, and
 * logs out. The key is a `Redacted`: it shows as `<redacted>` in logs, errors and spans.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { Codex, type Protocol } from "effect-codex"
import { exampleHome } from "./support.js"

/** The account, without anything secret or personal (no email). */
const describe = (account: Protocol.Account | null | undefined) =>
  account === null || account === undefined
    ? "none"
    : account.type === "chatgpt"
    ? `ChatGPT (${account.planType} plan)`
    : account.type

const showAccount = Effect.gen(function*() {
  const { account, requiresOpenaiAuth } = yield* Codex.account()
  yield* Console.log(`account: ${describe(account)} (the model provider needs OpenAI credentials: ${requiresOpenaiAuth})`)
})

const program = Effect.gen(function*() {
  // offline, the scripted provider asks for OpenAI credentials as OpenAI's own does
  const { connect, real } = yield* exampleHome([], { requiresOpenaiAuth: true })
  if (real) return yield* showAccount.pipe(Effect.provide(connect))

  yield* Effect.gen(function*() {
    yield* showAccount
    const key = Redacted.make("sk-example-0000-not-a-real-key")
    yield* Console.log(`logging in with the API key ${key}`)
    yield* Codex.loginApiKey(key)
    yield* showAccount
    yield* Codex.logout()
    yield* Console.log("logged out")
    yield* showAccount
  }).pipe(Effect.provide(connect))
})

program.pipe(Effect.scoped, NodeRuntime.runMain)
