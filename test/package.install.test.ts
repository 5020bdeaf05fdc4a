/**
 * The README's install line and quick start, as a user meets them.
 *
 * 1. `npm pack` (its `prepack` builds `dist`) in a copy of the working tree, so the build never
 *    rewrites the `dist/` other tests read.
 * 2. A fresh project (`"type": "module"`) runs the README's install lines, read from the README's
 *    "## Install" block at test time and run as written, with the bare word `effect-codex` replaced
 *    by the tarball's path. npm fetches from its cache first (`prefer-offline`).
 * 3. The README's quick start (the first ```ts block under "## Quick start") is type-checked there
 *    with the project's TypeScript (strict, NodeNext, `skipLibCheck: false`), compiled and run with
 *    `node`. The one substitution: its `Effect.provide(CodexLive)` provides `CodexOffline` instead,
 *    `effect-codex/testing`'s `layer(script)` (the real pinned codex binary on a scripted model on
 *    127.0.0.1), so it runs offline, without credentials.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { firstBlock, readme as readReadme, root, section } from "./support/readme.js"

/** The inherited environment minus what an outer `npm test` says about this package and folder. */
const baseEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|command$|execpath$|node_execpath$)/i.test(key)) continue
    if (/^npm_config_(local_prefix|prefix|global_prefix|loglevel)$/i.test(key)) continue
    env[key] = value
  }
  return env
}

const npmEnv = (): NodeJS.ProcessEnv => ({
  ...baseEnv(),
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false"
})

/** Runs a command; on failure, the error says what ran and shows the tail of its output. */
const run = (file: string, args: ReadonlyArray<string>, options: { cwd: string; env?: NodeJS.ProcessEnv; timeout: number }) =>
  new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env ?? baseEnv(), timeout: options.timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) return resolve({ stdout, stderr })
        const tail = (s: string) => s.slice(-4000)
        reject(new Error(`${[file, ...args].join(" ")} failed (${error.message.split("\n")[0]})\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`))
      }
    )
  })

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

const PROVIDE_LIVE = "Effect.provide(CodexLive)"
const PROVIDE_OFFLINE = "Effect.provide(CodexOffline)"

const offlineLayer = `import * as ScriptedModel from "effect-codex/testing"

// The real pinned codex binary, driven by a scripted model on 127.0.0.1: one response per turn.
export const CodexOffline = ScriptedModel.layer([
  { items: [ScriptedModel.message("Hello from the scripted model.")] },
  { items: [ScriptedModel.message("Streamed word by word.")] }
])
`

const tsconfig = {
  compilerOptions: {
    strict: true,
    module: "NodeNext",
    moduleResolution: "NodeNext",
    target: "ES2022",
    lib: ["ES2022"],
    types: ["node"],
    skipLibCheck: false,
    outDir: "out"
  },
  include: ["*.ts"]
}

describe("package install", () => {
  it("npm pack, the README's install line in a fresh project, then the quick start type-checks and runs offline", async () => {
    const readme = readReadme()
    const installBlock = firstBlock(section(readme, "## Install"), "sh").split("\n")
    const installLine = installBlock.find((line) => /^npm install\s/.test(line) && /(^|\s)effect-codex(\s|$)/.test(line))
    const devLine = installBlock.find((line) => /^npm install -D\s/.test(line))
    assert(installLine !== undefined, "the README's install block has no `npm install … effect-codex …` line")
    assert(devLine !== undefined, "the README's install block has no `npm install -D …` line")
    const quickStart = firstBlock(section(readme, "## Quick start"), "ts")
    assert.strictEqual(quickStart.split(PROVIDE_LIVE).length, 2, `the quick start should contain ${PROVIDE_LIVE} exactly once`)

    const work = mkdtempSync(path.join(tmpdir(), "effect-codex-install-"))
    try {
      // 1. pack a copy of the working tree (node_modules linked, not copied)
      const stage = path.join(work, "stage")
      const skip = new Set(["node_modules", ".git", "dist", ".vitest-tmp", path.join("bench", ".peer")])
      cpSync(root, stage, { recursive: true, filter: (src) => !skip.has(path.relative(root, src)) })
      symlinkSync(path.join(root, "node_modules"), path.join(stage, "node_modules"), "dir")
      const packs = path.join(work, "packs")
      mkdirSync(packs)
      await run("npm", ["pack", "--pack-destination", packs], { cwd: stage, env: npmEnv(), timeout: 180_000 })
      const tarballs = readdirSync(packs).filter((f) => f.endsWith(".tgz"))
      assert.strictEqual(tarballs.length, 1, `npm pack made ${tarballs.join(", ") || "no tarball"}`)
      const tarball = path.join(packs, tarballs[0]!)
      const entries = (await run("tar", ["-tzf", tarball], { cwd: work, timeout: 30_000 })).stdout.split("\n")
      for (const file of ["LICENSE", "README.md", "CHANGELOG.md", "package.json", "dist/index.js", "dist/index.d.ts", "dist/testing.d.ts"]) {
        assert.include(entries, `package/${file}`)
      }
      assert(!entries.some((e) => e.startsWith("package/test/")), "the tarball holds test/")

      // 2. a fresh project, installed with the README's lines
      const project = path.join(work, "project")
      mkdirSync(project)
      writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "readme-check", private: true, type: "module" }, null, 2))
      let replaced = 0
      const line = installLine.replace(/(^|\s)effect-codex(?=\s|$)/g, (_, lead: string) => {
        replaced++
        return `${lead}${shellQuote(tarball)}`
      })
      assert.strictEqual(replaced, 1, `effect-codex should appear once in: ${installLine}`)
      await run("sh", ["-c", line], { cwd: project, env: npmEnv(), timeout: 180_000 })
      await run("sh", ["-c", devLine], { cwd: project, env: npmEnv(), timeout: 120_000 })
      // not in the README's lines: the quick start uses `process`, typed by @types/node
      const rootPackage = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
      await run("npm", ["install", "-D", `@types/node@${rootPackage.devDependencies["@types/node"]}`], {
        cwd: project,
        env: npmEnv(),
        timeout: 120_000
      })
      const versionOf = (name: string) =>
        JSON.parse(readFileSync(path.join(project, "node_modules", name, "package.json"), "utf8")).version as string
      assert.match(versionOf("effect"), /^3\./)
      assert.match(versionOf("@effect/platform-node"), /^0\.108\./)
      assert(!existsSync(path.join(project, "node_modules", "effect-codex", "node_modules", "effect")), "a second copy of effect")

      // 3. the quick start, with the one substitution, type-checked, compiled and run
      writeFileSync(path.join(project, "codex-offline.ts"), offlineLayer)
      writeFileSync(
        path.join(project, "quickstart.ts"),
        `import { CodexOffline } from "./codex-offline.js"\n${quickStart.replace(PROVIDE_LIVE, PROVIDE_OFFLINE)}`
      )
      writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
      await run(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], {
        cwd: project,
        timeout: 180_000
      })
      const home = path.join(work, "home")
      mkdirSync(home)
      const { stdout } = await run(process.execPath, [path.join("out", "quickstart.js")], {
        cwd: project,
        env: { ...baseEnv(), HOME: home, CODEX_HOME: home },
        timeout: 60_000
      })
      assert.strictEqual(stdout, "Hello from the scripted model.\nStreamed word by word.")
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }, 300_000)
})
