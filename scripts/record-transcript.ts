/**
 * `npm run record`: records test/fixtures/transcript.jsonl from the pinned codex binary, offline,
 * against the scripted model: initialize, thread/start, one turn with text deltas, one command
 * approval request and its resolution. Re-run when the pin moves.
 *
 * Deliberately plain Node (child_process + readline), independent of the client under test.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as readline from "node:readline"
import { fileURLToPath } from "node:url"
import { pinnedBinaryEnv, resolvePinnedBinary } from "../src/internal/binary.js"
import { configFlags } from "../src/internal/config.js"
import { scriptedModelConfig, startScriptedModel } from "../src/internal/scriptedModel.js"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

export const recordTranscript = async (): Promise<Array<{ dir: "in" | "out"; message: unknown }>> => {
  const resolved = resolvePinnedBinary()
  if (resolved._tag === "Missing") throw new Error(resolved.message)
  const home = mkdtempSync(path.join(tmpdir(), "effect-codex-record-"))
  const work = mkdtempSync(path.join(tmpdir(), "effect-codex-record-cwd-"))
  const model = await startScriptedModel((request) =>
    request.functionOutputs.length === 0
      ? {
        items: [{
          type: "functionCall",
          name: "exec_command",
          arguments: {
            cmd: "touch MARKER",
            sandbox_permissions: "require_escalated",
            justification: "create the marker file the test asked for"
          }
        }]
      }
      : { items: [{ type: "message", text: "Created the marker file. Done.", phase: "final_answer" }] }
  )
  const child = spawn(
    resolved.binary.path,
    [...configFlags(scriptedModelConfig(model.baseUrl) as any), "app-server", "--listen", "stdio://"],
    {
      cwd: work,
      env: { ...process.env, ...pinnedBinaryEnv(resolved.binary), CODEX_HOME: home, RUST_LOG: "error" },
      stdio: ["pipe", "pipe", "pipe"]
    }
  )
  child.stderr.resume()
  const transcript: Array<{ dir: "in" | "out"; message: unknown }> = []
  const pending = new Map<number, (result: any) => void>()
  let nextId = 1
  let resolveDone!: () => void
  const done = new Promise<void>((r) => (resolveDone = r))
  const send = (message: Record<string, unknown>) => {
    transcript.push({ dir: "out", message })
    child.stdin.write(JSON.stringify(message) + "\n")
  }
  const request = (method: string, params: unknown) =>
    new Promise<any>((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      send({ id, method, params })
    })
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const message = JSON.parse(line)
    transcript.push({ dir: "in", message })
    if (message.id !== undefined && message.method !== undefined) {
      send({ id: message.id, result: { decision: "accept" } })
    } else if (message.id !== undefined) {
      pending.get(message.id)?.(message.result ?? message.error)
      pending.delete(message.id)
    } else if (message.method === "turn/completed") {
      resolveDone()
    }
  })
  const timer = setTimeout(() => {
    child.kill("SIGKILL")
    throw new Error("recording timed out")
  }, 60_000)
  try {
    await request("initialize", { clientInfo: { name: "effect-codex-recorder", version: "0.0.0" } })
    send({ method: "initialized" })
    const thread = await request("thread/start", { cwd: work, approvalPolicy: "untrusted", sandbox: "read-only" })
    await request("turn/start", { threadId: thread.thread.id, input: [{ type: "text", text: "create MARKER" }] })
    await done
    // Let trailing notifications (token usage, thread status) arrive.
    await new Promise((r) => setTimeout(r, 300))
    return transcript
  } finally {
    clearTimeout(timer)
    child.stdin.end()
    child.kill("SIGTERM")
    await model.close()
    rmSync(home, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const transcript = await recordTranscript()
  const out = path.join(root, "test", "fixtures", "transcript.jsonl")
  writeFileSync(out, transcript.map((entry) => JSON.stringify(entry)).join("\n") + "\n")
  console.log(`recorded ${transcript.length} messages to ${path.relative(process.cwd(), out)}`)
}
