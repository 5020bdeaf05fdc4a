/**
 * An image from the web with text. codex 0.169.0 refuses http(s) image URLs in a turn ("remote
 * image URLs are not supported; use an inline data URL instead"), so the program downloads the
 * image and sends it inline: `Codex.image` with a `data:` URL. Offline, the image is served on
 * 127.0.0.1 and the scripted model says what it received.
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { Codex } from "effect-codex"
import { describeImages, Example, exampleLayer, redSquarePng, serveOnLoopback } from "./support.js"

/** With `--real`: this picture (or the URL you pass: `npx tsx examples/image-remote.ts --real <url>`). */
const webImage = "https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png"

/** Downloads an image as a `data:` URL. */
const download = (url: string) =>
  Effect.gen(function*() {
    const client = HttpClient.filterStatusOk(yield* HttpClient.HttpClient)
    const response = yield* client.get(url, { headers: { "user-agent": "effect-codex-example" } })
    const bytes = Buffer.from(yield* response.arrayBuffer)
    const type = response.headers["content-type"]?.split(";")[0]?.trim() ?? "image/png"
    yield* Console.log(`downloaded ${url}: ${type}, ${bytes.length} bytes`)
    return `data:${type};base64,${bytes.toString("base64")}`
  })

const program = Effect.gen(function*() {
  const { real } = yield* Example
  const given = process.argv.slice(2).find((arg) => !arg.startsWith("--"))
  const url = given ?? (real ? webImage : yield* serveOnLoopback("red.png", redSquarePng, "image/png"))
  const image = yield* download(url)

  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  const result = yield* Codex.run(thread.id, [Codex.text("What is in this image? One sentence."), Codex.image(image)])
  yield* Console.log(`answer: ${result.finalResponse}`)
})

program.pipe(
  Effect.scoped,
  Effect.provide(exampleLayer(describeImages)),
  Effect.provide(FetchHttpClient.layer),
  NodeRuntime.runMain
)
