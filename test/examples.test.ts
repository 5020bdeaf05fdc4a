/**
 * Every example runs offline, as a user would run it (tsx), against the real binary.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"

const root = path.resolve(import.meta.dirname, "..")
/** Each example spawns the real binary (some, twice): slow on a busy machine, but bounded. */
const TIMEOUT = 120_000
/** `input`: written to the example's stdin, which is then closed. */
const run = async (example: string, options: { readonly input?: string } = {}) => {
  const home = mkdtempSync(path.join(tmpdir(), "effect-codex-examples-"))
  try {
    const pending = promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join("examples", `${example}.ts`)],
      // a fresh CODEX_HOME has no credentials, so nothing can reach the network
      // HOME as well: commands run through `bash -lc`, which must not read the user's profile
      { cwd: root, env: { ...process.env, CODEX_HOME: home, HOME: home, EFFECT_CODEX_OFFLINE: "1" }, timeout: TIMEOUT - 10_000 }
    )
    if (options.input !== undefined) pending.child.stdin?.end(options.input)
    const { stdout } = await pending
    return stdout
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}

/** The lines of the output after the first (which says which Codex the example runs on). */
const linesAfterMode = (out: string) => {
  const lines = out.trimEnd().split("\n")
  assert.include(lines[0], "scripted model on 127.0.0.1")
  return lines.slice(1)
}

describe("examples", () => {
  it("quickstart (npm start) says it is offline first, then streams and prints the final response", async () => {
    const out = (await run("quickstart")).split("\n")
    assert.include(out[0], "scripted model on 127.0.0.1")
    assert.include(out[1], "streamed: Effect-TS is a TypeScript library")
    assert.include(out[2], "final response: Effect-TS is a TypeScript library")
    assert.include(out[3], "status: completed")
  }, TIMEOUT)

  it("streaming prints deltas between turn/started and turn/completed", async () => {
    const out = await run("streaming")
    assert.match(out, /\[turn .+ started\][\s\S]*Bytes drift downstream[\s\S]*\[turn completed\]/)
  }, TIMEOUT)

  it("many-threads answers every question on its own thread", async () => {
    const out = await run("many-threads")
    for (const q of ["fiber", "layer", "scope"]) {
      assert.include(out, `What is a ${q}? -> (scripted) an answer to "What is a ${q}?"`)
    }
  }, TIMEOUT)

  it("approvals falls back to the default (decline) without a TTY", async () => {
    const out = await run("approvals")
    assert.include(out, "No TTY: the default policy declines.")
    assert.include(out, "final response: Finished.")
    assert.include(out, "marker created: false")
  }, TIMEOUT)

  it("effect-app provides Codex once to its own service", async () => {
    const out = await run("effect-app")
    assert.include(out, "Avoid `as any`")
    assert.include(out, "Prefer const")
  }, TIMEOUT)

  it("observability prints the turn's spans (OpenTelemetry console exporter) and the metrics", async () => {
    const out = await run("observability")
    assert.include(out, "name: 'codex.turn'")
    assert.include(out, "'codex.status': 'completed'")
    assert.match(out, /name: 'codex\.request'[\s\S]*'codex\.method': 'turn\/start'/)
    assert.include(out, "final response: Hello from the scripted model.")
    assert.include(out, "metrics: turn/start ok 1, live turns 0")
  }, TIMEOUT)
  it("turn-result prints the RunResult's fields", async () => {
    const [ids, ...rest] = linesAfterMode(await run("turn-result"))
    assert.match(ids ?? "", /^thread: \S+, turn: \S+$/)
    assert.deepStrictEqual(rest, [
      "status: completed",
      "final response: Red, yellow and blue.",
      "items: userMessage, agentMessage (commentary), agentMessage (final_answer)",
      "tokens: 120 in, 12 out, 132 total"
    ])
  }, TIMEOUT)

  it("models prints the server and every model it offers, the default among them", async () => {
    const [server, summary, ...models] = linesAfterMode(await run("models"))
    assert.match(server ?? "", /^server: codex \d+\.\d+\.\d+$/)
    const [, count, defaultId] = /^models: (\d+) \(default: (\S+)\)$/.exec(summary ?? "") ?? []
    assert.strictEqual(models.length, Number(count))
    assert.isAbove(models.length, 0)
    for (const line of models) assert.match(line, /^- \S+ \(.+\): effort [a-z/]+, default [a-z]+, input [a-z+]+$/)
    assert.isTrue(models.some((line) => line.startsWith(`- ${defaultId} (`)))
  }, TIMEOUT)

  it("resume-thread resumes the thread on a second connection, with its history", async () => {
    const [first, second, answer] = linesAfterMode(await run("resume-thread"))
    const [, threadId] = /^first connection: thread (\S+): Nice to meet you, Ada\.$/.exec(first ?? "") ?? []
    assert.isDefined(threadId)
    assert.strictEqual(second, `second connection: resumed thread ${threadId}`)
    assert.strictEqual(answer, "answer: Your name is Ada.")
  }, TIMEOUT)

  it("thread-lifecycle names, lists, forks, archives, unarchives and deletes a thread", async () => {
    const lines = linesAfterMode(await run("thread-lifecycle"))
    const threadId = /^started: (\S+)$/.exec(lines[0] ?? "")?.[1]
    const forkId = /^forked: (\S+), with the history of /.exec(lines[4] ?? "")?.[1]
    assert.isDefined(threadId)
    assert.isDefined(forkId)
    assert.notStrictEqual(forkId, threadId)
    assert.deepStrictEqual(lines, [
      `started: ${threadId}`,
      "named: release notes",
      "turns: 1 (completed)",
      "items: userMessage, agentMessage",
      `forked: ${forkId}, with the history of ${threadId}`,
      "archived: listed as archived true",
      "unarchived: listed true",
      "deleted: listed false"
    ])
  }, TIMEOUT)
  it("image-remote downloads the image and codex sends it to the model inline, byte for byte", async () => {
    const lines = linesAfterMode(await run("image-remote"))
    assert.strictEqual(lines.length, 2)
    assert.match(lines[0] ?? "", /^downloaded http:\/\/127\.0\.0\.1:\d+\/red\.png: image\/png, 74 bytes$/)
    assert.strictEqual(lines[1], "answer: I received 1 image(s): image/png, 74 bytes, the red square.")
  }, TIMEOUT)

  it("image-local: codex reads the file and sends it to the model inline, byte for byte", async () => {
    assert.deepStrictEqual(linesAfterMode(await run("image-local")), [
      "image: red.png",
      "answer: I received 1 image(s): image/png, 74 bytes, the red square."
    ])
  }, TIMEOUT)

  it("errors-and-retry catches a refusal by tag, retries a failed turn until it succeeds, and times a turn out", async () => {
    assert.deepStrictEqual(linesAfterMode(await run("errors-and-retry")), [
      "readThread refused: -32600 thread not loaded: 019a0000-0000-7000-8000-000000000000",
      "attempt 1 failed: TurnFailedError",
      "attempt 2 failed: TurnFailedError",
      "answer after 3 attempts: Hello!",
      "timed out after 1000 ms; the turn was interrupted"
    ])
  }, TIMEOUT)

  it("chat answers each piped line on one thread until /exit", async () => {
    const out = await run("chat", { input: "hello\n\nwhat is a fiber?\n/exit\nnever read\n" })
    assert.deepStrictEqual(linesAfterMode(out), [
      "Chat with Codex: one message per line; /exit or Ctrl-D to leave.",
      "you> hello",
      "codex> (scripted) You said: hello",
      "you> what is a fiber?",
      "codex> (scripted) You said: what is a fiber?",
      "bye"
    ])
  }, TIMEOUT)

  it("chat ends at EOF without /exit", async () => {
    const out = await run("chat", { input: "last words" })
    assert.deepStrictEqual(linesAfterMode(out).slice(1), ["you> last words", "codex> (scripted) You said: last words", "bye"])
  }, TIMEOUT)

  it("structured-output decodes the answer with the schema", async () => {
    assert.deepStrictEqual(linesAfterMode(await run("structured-output")), [
      "verdict: request-changes",
      "summary: sum subtracts instead of adding.",
      "issue at line 1: a - b should be a + b"
    ])
  }, TIMEOUT)

  it("model-and-effort: the model receives the chosen model and effort", async () => {
    const [chose, answer] = linesAfterMode(await run("model-and-effort"))
    const [, model, effort] = /^chose (\S+) with effort (\w+) \(of [a-z/]+\)$/.exec(chose ?? "") ?? []
    assert.isDefined(model)
    assert.strictEqual(answer, `answer: codex asked for model ${model} with effort ${effort}.`)
  }, TIMEOUT)

  it("steer-and-interrupt steers a running turn and interrupts another", async () => {
    assert.deepStrictEqual(linesAfterMode(await run("steer-and-interrupt")), [
      "steering the running turn",
      "steered turn: completed: A cat napped in the sun, and that was the whole story.",
      "interrupting the running turn",
      "interrupted turn: interrupted"
    ])
  }, TIMEOUT)

  it("account logs in with an API key, reads the account, logs out; the key never shows", async () => {
    const out = await run("account")
    assert.deepStrictEqual(linesAfterMode(out), [
      "account: none (the model provider needs OpenAI credentials: true)",
      "logging in with the API key <redacted>",
      "account: apiKey (the model provider needs OpenAI credentials: true)",
      "logged out",
      "account: none (the model provider needs OpenAI credentials: true)"
    ])
    assert.notInclude(out, "not-a-real-key")
  }, TIMEOUT)

  it("review reviews the uncommitted change in a temporary git repository", async () => {
    assert.deepStrictEqual(linesAfterMode(await run("review")), [
      "reviewing the uncommitted change to sum.js",
      "status: completed",
      "review: sum.js: sum now subtracts (a - b) instead of adding; restore a + b."
    ])
  }, TIMEOUT)

  it("goal runs a goal over two turns until the model completes it", async () => {
    const out = await run("goal")
    assert.include(out, "goal outcome: complete after 2 turns")
    assert.include(out, "turn 1: Red.")
    assert.include(out, "final response: Yellow and blue: all three listed.")
  }, TIMEOUT)

  it("every example is run by a test here and goes through the --real switch of examples/support.ts", () => {
    const source = readFileSync(fileURLToPath(import.meta.url), "utf8")
    const tested = new Set([...source.matchAll(/\brun\("([\w-]+)"/g)].map((match) => match[1]))
    const examples = readdirSync(path.join(root, "examples"))
      .filter((file) => file.endsWith(".ts") && file !== "support.ts")
      .map((file) => file.slice(0, -".ts".length))
    assert.isAbove(examples.length, 0)
    assert.deepStrictEqual(examples.filter((example) => !tested.has(example)), [], "examples no test runs")
    for (const example of examples) {
      const text = readFileSync(path.join(root, "examples", `${example}.ts`), "utf8")
      // the switch: offline by default, the user's credentials with --real (quickstart: when found)
      assert.match(
        text,
        /import \{[^}]*\b(exampleLayer|exampleHome|hasCredentials)\b[^}]*\} from "\.\/support\.js"/,
        `${example}.ts does not choose its Codex through examples/support.ts`
      )
      // a scripted layer of its own would ignore --real
      assert.notMatch(text, /\b(ScriptedModel|Testing)\.layer\(/, `${example}.ts builds the scripted model itself`)
    }
  })
})
