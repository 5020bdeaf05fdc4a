/**
 * The README's "Testing your app offline" snippets, run as the test files a user pastes them into.
 *
 * Every ```ts block of that section is read from the README at test time and written, as is, into
 * its own `*.test.ts` file of a temporary project, where `effect-codex` and `effect-codex/testing`
 * resolve to this repository's `src` (the `paths` of its tsconfig, as its own examples use them)
 * and everything else to its `node_modules`. There each block is type-checked with the repository's
 * compiler options and run by a child vitest, which must report every `it…(` of the block passed.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { blocks, readme, root, section } from "./support/readme.js"

const SECTION = "## Testing your app offline"

/** The inherited environment minus what this vitest tells its own workers. */
const childEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST")))

/** Runs a command to its end: a non-zero exit is a result here, only a time-out or a spawn failure rejects. */
const run = (file: string, args: ReadonlyArray<string>, options: { cwd: string; timeout: number }) =>
  new Promise<{ code: number; output: string }>((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: childEnv(), timeout: options.timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`
        if (error === null) return resolve({ code: 0, output })
        if (typeof error.code === "number" && error.signal == null && !error.killed) return resolve({ code: error.code, output })
        reject(new Error(`${[file, ...args].join(" ")} did not finish (${error.message.split("\n")[0]})\n${output.slice(-4000)}`))
      }
    )
  })

/** The repository's `paths` (`effect-codex` → `./src/index.ts`, ...) as exact-match vite aliases. */
const aliases = () => {
  const paths: Record<string, ReadonlyArray<string>> = JSON.parse(readFileSync(path.join(root, "tsconfig.json"), "utf8"))
    .compilerOptions.paths
  assert.includeMembers(Object.keys(paths), ["effect-codex", "effect-codex/testing"])
  return Object.entries(paths).map(([name, [target]]) => ({
    find: `^${name.replace(/[/.]/g, "\\$&")}$`,
    replacement: path.join(root, target!)
  }))
}

interface VitestJson {
  readonly testResults: ReadonlyArray<{
    readonly name: string
    readonly message?: string
    readonly assertionResults: ReadonlyArray<{ readonly title: string; readonly status: string; readonly failureMessages: ReadonlyArray<string> }>
  }>
}

describe("README: testing your app offline", () => {
  it("every ts snippet of the section type-checks and passes as a test file of its own", async () => {
    const snippets = blocks(section(readme(), SECTION), "ts")
    assert.strictEqual(snippets.length, 2, `"${SECTION}" should hold the in-memory and the real-binary snippet`)
    const files = snippets.map((code, i) => {
      const tests = code.match(/^it(\.\w+)?\(/gm)?.length ?? 0
      assert(tests > 0, `snippet ${i + 1} of "${SECTION}" holds no test`)
      return { name: `snippet-${i + 1}.test.ts`, code, tests }
    })

    const project = mkdtempSync(path.join(tmpdir(), "effect-codex-readme-"))
    try {
      symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"), "dir")
      for (const file of files) writeFileSync(path.join(project, file.name), file.code)
      writeFileSync(
        path.join(project, "tsconfig.json"),
        JSON.stringify({ extends: path.join(root, "tsconfig.json"), include: files.map((f) => f.name) })
      )
      const config = {
        cacheDir: path.join(project, ".vite"),
        resolve: { alias: aliases() },
        test: { include: ["*.test.ts"], maxWorkers: 2, minWorkers: 1 }
      }
      writeFileSync(
        path.join(project, "vitest.config.mjs"),
        `const config = ${JSON.stringify(config)}\n` +
          `for (const alias of config.resolve.alias) alias.find = new RegExp(alias.find)\n` +
          `export default config\n`
      )

      const [tsc, vitest] = await Promise.all([
        run(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json", "--pretty", "false"], {
          cwd: project,
          timeout: 150_000
        }),
        run(process.execPath, [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--config", "vitest.config.mjs", "--reporter=json", "--outputFile=result.json"], {
          cwd: project,
          timeout: 120_000
        })
      ])

      // the type check: errors in the snippets fail; errors elsewhere are the repository's own tsc's to report
      const diagnostics = tsc.output.split("\n").filter((line) => /\): error TS\d+:/.test(line))
      assert(tsc.code === 0 || diagnostics.length > 0, `tsc failed without a diagnostic:\n${tsc.output}`)
      const inSnippets = diagnostics.filter((line) => files.some((f) => line.startsWith(`${f.name}(`)))
      assert.deepStrictEqual(inSnippets, [], "the README's snippets do not compile")

      // the run: each file passed, with as many tests as its snippet holds
      let report: VitestJson
      try {
        report = JSON.parse(readFileSync(path.join(project, "result.json"), "utf8"))
      } catch {
        assert.fail(`vitest wrote no report (exit ${vitest.code}):\n${vitest.output.slice(-4000)}`)
      }
      for (const file of files) {
        const result = report.testResults.find((r) => path.basename(r.name) === file.name)
        assert(result !== undefined, `vitest did not run ${file.name}:\n${vitest.output.slice(-4000)}`)
        const failures = result.assertionResults.filter((a) => a.status !== "passed")
        assert.deepStrictEqual(
          failures.map((a) => `${a.title}: ${a.status}\n${a.failureMessages.join("\n")}`),
          [],
          `${file.name} (the README's snippet) failed`
        )
        assert.strictEqual(result.assertionResults.length, file.tests, `${file.name}: tests run. ${result.message ?? ""}`)
      }
      assert.strictEqual(vitest.code, 0, vitest.output.slice(-4000))
    } finally {
      rmSync(project, { recursive: true, force: true })
    }
  }, 240_000)
})
