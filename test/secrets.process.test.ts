/**
 * Ring 2 for secrets: a real process (the fake app-server, or a binary that does not exist) given
 * secrets through argv, config and env, that prints them wherever a server could. No error, cause,
 * excerpt, stderr tail or log line may show any part of one, and credentials passed as `Redacted`
 * values never appear on its command line.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { homedir, tmpdir } from "node:os"
import * as path from "node:path"
import * as CodexClientModule from "../src/CodexClient.js"
import { CodexClient } from "../src/CodexClient.js"
import type { TransportError } from "../src/CodexError.js"
import * as RpcRouter from "../src/RpcRouter.js"
import * as Transport from "../src/Transport.js"
import {
  API_KEY,
  assertNoEscapes,
  assertNoSecret,
  AUTH_HEADER,
  CFG_TOKEN,
  collectLogs,
  ENV_TOKEN,
  JWT,
  SK_PROJ
} from "./support/secrets.js"
import { tempDir } from "./support/tempDir.js"

const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
chmodSync(fake, 0o755)

const closeTimeouts = { afterEof: "300 millis", afterTerm: "300 millis", afterKill: "1 second" } as const

/** Secrets everywhere a caller puts them: env values, config strings (on argv, as `-c`), args. */
const leakyOptions = (mode: string, extra: Partial<Transport.StdioOptions> = {}): Transport.StdioOptions => ({
  binaryPath: fake,
  env: {
    FAKE_MODE: mode,
    FAKE_SECRETS: "MY_TOKEN,FAKE_KEY,FAKE_JWT,FAKE_AUTH",
    MY_TOKEN: ENV_TOKEN,
    FAKE_KEY: SK_PROJ,
    FAKE_JWT: JWT,
    FAKE_AUTH: AUTH_HEADER
  },
  config: { model_providers: { x: { experimental_bearer_token: CFG_TOKEN } } },
  closeTimeouts,
  ...extra
})

/** Every way an error is rendered or serialised. */
const renderings = (error: { readonly message: string; readonly cause?: unknown }): Record<string, string> => ({
  message: error.message,
  string: String(error),
  json: JSON.stringify(error),
  cause: String(error.cause),
  causeJson: JSON.stringify(error.cause) ?? "",
  pretty: Cause.pretty(Cause.fail(error))
})

const assertClean = (error: TransportError | { readonly message: string; readonly cause?: unknown }, where: string) => {
  for (const [how, text] of Object.entries(renderings(error))) assertNoSecret(text, `${where} (${how})`)
  assert(!(error.cause instanceof Error) || (error.cause as { _tag?: unknown })._tag !== undefined, `${where}: cause is a platform error object`)
}

/** How the connection ended: the failure of its incoming stream. */
const closeReason = (transport: Transport.Transport.Service) => Effect.flip(Stream.runDrain(transport.incoming))


describe("fake process: no secret in errors, causes, tails or logs", () => {
  it.live("fake process: a spawn failure shows no secret in its message, detail, JSON or cause", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Effect.scoped(Transport.makeStdio({
        ...leakyOptions("normal"),
        binaryPath: "/nonexistent/codex",
        args: [`--header=${AUTH_HEADER}`, SK_PROJ],
        secretEnv: { OTHER: Redacted.make(API_KEY) }
      })))
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual(error.reason, "Spawn")
      assert.include(error.message, "/nonexistent/codex")
      assertClean(error, "spawn failure")
      assert.deepStrictEqual(error.cause, { code: "ENOENT", message: "spawn /nonexistent/codex ENOENT" })
    }))

  it.live("fake process: a crash whose stderr prints the secrets in colour: the tail has no secret and no escape sequence", () =>
    Effect.scoped(Effect.gen(function*() {
      const transport = yield* Transport.makeStdio(leakyOptions("leak-crash"))
      const error = yield* closeReason(transport)
      assert(error._tag === "TransportError")
      assert.strictEqual(error.exitCode, 3)
      const tail = error.stderrTail ?? ""
      assert.include(tail, "the provider rejected the credentials")
      assert.include(tail, "fatal: giving up")
      assertNoSecret(tail, "stderr tail")
      assertNoEscapes(tail, "stderr tail")
      assertClean(error, "crash")
    })))

  it.live("fake process: a secret printed across the cut of a small stderr tail leaves no part behind", () =>
    Effect.gen(function*() {
      // the tail keeps 64 characters; the secret ends 30 before the end, so the cut falls inside it
      for (const variable of ["MY_TOKEN", "FAKE_KEY"]) {
        const error = yield* Effect.scoped(Effect.flatMap(
          Transport.makeStdio(leakyOptions("leak-tail", {
            stderrTailBytes: 64,
            env: { ...leakyOptions("").env, FAKE_MODE: "leak-tail", FAKE_TAIL_SECRET: variable, FAKE_TAIL_AFTER: "30" }
          })),
          closeReason
        ))
        assert(error._tag === "TransportError")
        assert.strictEqual(error.exitCode, 4)
        const tail = error.stderrTail ?? ""
        assert.isAtMost(tail.length, 64)
        assert(tail.endsWith(" " + "y".repeat(28) + "\n"), `the newest output is kept: ${JSON.stringify(tail)}`)
        assertNoSecret(tail, `tail (${variable})`)
        assertClean(error, `tail (${variable})`)
      }
    }))

  it.live("fake process: a write failure carries a plain, redacted cause and a clean tail", () =>
    Effect.scoped(Effect.gen(function*() {
      const transport = yield* Transport.makeStdio(leakyOptions("leak-close-stdin"))
      const error = yield* transport.incoming.pipe(
        // the fake says on stdout when its stdin is closed: the next write fails
        Stream.tap((line) =>
          typeof line === "string" && line.includes("fake/stdinClosed")
            ? Effect.ignore(transport.send(`{"id":1,"method":"thread/list","params":{"token":"${ENV_TOKEN}"}}`))
            : Effect.void
        ),
        Stream.runDrain,
        Effect.flip
      )
      assert(error._tag === "TransportError")
      assert.strictEqual(error.reason, "Write", error.message)
      assert.deepInclude(error.cause as object, { code: "EPIPE" })
      assert.include(error.stderrTail ?? "", "the provider rejected the credentials")
      assertNoSecret(error.stderrTail, "stderr tail")
      assertNoEscapes(error.stderrTail, "stderr tail")
      assertClean(error, "write failure")
    })))

  it.live("fake process: invalid and oversized lines holding secrets: excerpts, close reason and log lines are clean", () => {
    const logs = collectLogs()
    return Effect.scoped(Effect.gen(function*() {
      const transport = yield* Transport.makeStdio(leakyOptions("leak-stdout", {
        maxLineBytes: 1000,
        env: { ...leakyOptions("").env, FAKE_MODE: "leak-stdout", FAKE_CUT_RESPONSE: "240", FAKE_CUT_LINE: "120" }
      }))
      const router = yield* RpcRouter.make().pipe(Effect.provideService(Transport.Transport, transport))
      // the non-JSON line comes first: once initialize is answered, it has been logged
      yield* router.request("initialize", { clientInfo: { name: "t", version: "0" } })
      const skipped = logs.lines.filter((l) => l.includes("not a protocol message"))
      assert.strictEqual(skipped.length, 1, logs.lines.join("\n"))
      assert.include(skipped[0]!, "could not parse")

      // an oversized response: only its request fails, with a clean excerpt
      const oversized = yield* Effect.flip(router.request("thread/read", { threadId: "t" }))
      assert(oversized._tag === "ProtocolError" && oversized.reason === "LineTooLong", oversized.message)
      // the secret began 10 characters before the excerpt's cut: redacted whole, then cut
      assert.include(oversized.excerpt ?? "", `"token":"[REDACTED`)
      assertClean(oversized, "oversized response")

      // an oversized notification closes the connection
      const closed = yield* Effect.flip(router.request("thread/list", {}))
      assert(closed._tag === "ProtocolError" && closed.reason === "LineTooLong", closed.message)
      assert.include(closed.excerpt ?? "", `"token":"[REDACTED`)
      assertClean(closed, "close reason")

      for (const line of logs.lines) assertNoSecret(line, "log line")
    })).pipe(Effect.provide(logs.layer))
  })

  it.live("fake process: an invalid initialize result holding secrets fails the handshake without showing them", () =>
    Effect.scoped(Effect.gen(function*() {
      const context = yield* Layer.build(CodexClientModule.layer(leakyOptions("leak-init")))
      const error = yield* Effect.flip(Context.get(context, CodexClient).initialize)
      assert.strictEqual(error._tag, "InitializeError")
      assert.include(error.message, "userAgent")
      assertClean(error, "handshake failure")
    })))
})

/** /proc/<pid>/cmdline and /proc/<pid>/environ of the fake, found through its pid file. */
const procOf = (pidFile: string) => {
  const pid = Number(readFileSync(pidFile, "utf8"))
  return {
    cmdline: readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0"),
    environ: readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")
  }
}

describe.skipIf(!existsSync("/proc/self/cmdline"))("credentials stay off the command line", () => {
  it.live("fake process: Redacted config, secretEnv and apiKey reach the process through its environment only", () =>
    Effect.scoped(Effect.gen(function*() {
      const dir = yield* tempDir("effect-codex-secrets-")
      const pidFile = path.join(dir, "fake.pid")
      const context = yield* Layer.build(CodexClientModule.layer({
        binaryPath: fake,
        env: { FAKE_MODE: "normal", FAKE_PID_FILE: pidFile },
        secretEnv: { PROVIDER_TOKEN: Redacted.make(ENV_TOKEN) },
        apiKey: Redacted.make(API_KEY),
        config: {
          model_provider: "x",
          model_providers: {
            x: { name: "x", base_url: "http://127.0.0.1:1/v1", http_headers: { "X-Key": Redacted.make(CFG_TOKEN) } }
          }
        },
        closeTimeouts
      }))
      yield* Context.get(context, CodexClient).initialize
      const { cmdline, environ } = procOf(pidFile)
      assertNoSecret(cmdline.join(" "), "the command line")
      assert.includeMembers(cmdline, [
        "model_providers.x.env_http_headers.X-Key=\"EFFECT_CODEX_SECRET_1\"",
        "model_providers.x.env_key=\"EFFECT_CODEX_API_KEY\"",
        "shell_environment_policy.ignore_default_excludes=false"
      ])
      assert.includeMembers(environ, [
        `PROVIDER_TOKEN=${ENV_TOKEN}`,
        `EFFECT_CODEX_SECRET_1=${CFG_TOKEN}`,
        `EFFECT_CODEX_API_KEY=${API_KEY}`
      ])
    })))

  it.live("fake process: a Redacted value with no environment indirection goes to a 0600 config.toml in the codex home, removed on close", () =>
    Effect.gen(function*() {
      // a codex home that does not exist yet: it is created, mode 0700
      const home = path.join(tmpdir(), `effect-codex-home-${process.pid}-${Date.now()}`)
      const file = path.join(home, "config.toml")
      const pidFile = path.join(home, "fake.pid")
      const options: Transport.StdioOptions = {
        binaryPath: fake,
        codexHome: home,
        env: { FAKE_MODE: "normal", FAKE_PID_FILE: pidFile },
        config: { model_providers: { x: { name: "x", query_params: { "api-key": Redacted.make(CFG_TOKEN) } } } },
        closeTimeouts
      }
      try {
        yield* Effect.scoped(Effect.gen(function*() {
          const context = yield* Layer.build(CodexClientModule.layer(options))
          yield* Context.get(context, CodexClient).initialize
          assert.strictEqual(statSync(file).mode & 0o777, 0o600)
          assert.strictEqual(statSync(home).mode & 0o777, 0o700)
          const text = readFileSync(file, "utf8")
          assert.include(text, `model_providers.x.query_params.api-key = "${CFG_TOKEN}"`)
          assertNoSecret(procOf(pidFile).cmdline.join(" "), "the command line")
          // a second server on the same home while the first runs: refused, the file is untouched
          const second = yield* Effect.flip(Effect.scoped(Transport.makeStdio(options)))
          assert.strictEqual(second.reason, "Config")
          assert.include(second.message, "another running app-server")
          assert.strictEqual(readFileSync(file, "utf8"), text)
        }))
        assert.isFalse(existsSync(file), "removed when the server closed")

        // a file left by a process that is gone is replaced
        writeFileSync(file, "# effect-codex: secret config of a running app-server, removed when it closes; 999999999 x\n")
        yield* Effect.scoped(Transport.makeStdio(options))
        assert.isFalse(existsSync(file))
      } finally {
        rmSync(home, { recursive: true, force: true })
      }
    }))

  it.live("fake process: effect-codex never writes into the user's own codex home, nor over a config.toml it did not write", () =>
    Effect.gen(function*() {
      const secretConfig = { otel: { exporter: { "otlp-http": { headers: { "x-team": Redacted.make(CFG_TOKEN) } } } } }
      const userHome = path.join(homedir(), ".codex")
      const existed = existsSync(path.join(userHome, "config.toml"))
      const before = existed ? readFileSync(path.join(userHome, "config.toml"), "utf8") : undefined
      for (const codexHome of [undefined, userHome]) {
        const error = yield* Effect.flip(Effect.scoped(Transport.makeStdio({
          binaryPath: fake,
          env: { FAKE_MODE: "normal" },
          config: secretConfig,
          ...(codexHome !== undefined ? { codexHome } : {})
        })))
        assert.strictEqual(error.reason, "Config")
        assert.include(error.message, "otel.exporter.otlp-http.headers.x-team")
        assert.include(error.message, "codexHome")
        assertClean(error, "refusal")
      }
      assert.strictEqual(existsSync(path.join(userHome, "config.toml")), existed)
      if (existed) assert.strictEqual(readFileSync(path.join(userHome, "config.toml"), "utf8"), before)

      const own = mkdtempSync(path.join(tmpdir(), "effect-codex-own-"))
      try {
        writeFileSync(path.join(own, "config.toml"), "model = \"mine\"\n")
        const error = yield* Effect.flip(Effect.scoped(Transport.makeStdio({
          binaryPath: fake,
          codexHome: own,
          env: { FAKE_MODE: "normal" },
          config: secretConfig
        })))
        assert.strictEqual(error.reason, "Config")
        assert.include(error.message, "is not effect-codex's")
        assert.strictEqual(readFileSync(path.join(own, "config.toml"), "utf8"), "model = \"mine\"\n")
      } finally {
        rmSync(own, { recursive: true, force: true })
      }
    }))
})
