/**
 * A local image with text: `Codex.localImage(path)` names a file; codex reads it and sends it to
 * the model inline. Offline, the scripted model says what it received.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { writeFileSync } from "node:fs"
import * as path from "node:path"
import { Codex } from "effect-codex"
import { describeImages, exampleLayer, redSquarePng, tempDirectory } from "./support.js"

/** Your file (`npx tsx examples/image-local.ts --real photo.png`), or a red square in a temporary directory. */
const imageFile = Effect.gen(function*() {
  const given = process.argv.slice(2).find((arg) => !arg.startsWith("--"))
  if (given !== undefined) return path.resolve(given)
  const file = path.join(yield* tempDirectory("effect-codex-image-"), "red.png")
  yield* Effect.sync(() => writeFileSync(file, redSquarePng))
  return file
})

const program = Effect.gen(function*() {
  const file = yield* imageFile
  yield* Console.log(`image: ${path.basename(file)}`)

  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  const result = yield* Codex.run(thread.id, [Codex.text("What is in this image? One sentence."), Codex.localImage(file)])
  yield* Console.log(`answer: ${result.finalResponse}`)
})

program.pipe(Effect.scoped, Effect.provide(exampleLayer(describeImages)), NodeRuntime.runMain)
