/**
 * Locating the codex binary pinned by this package's `@openai/codex` dependency.
 *
 * The npm package ships a Node launcher (`bin/codex.js`) that `execve`s the native binary from a
 * per-platform optional dependency. We resolve the native binary directly so that signals and
 * process-group handling reach codex itself, not an intermediate Node process.
 */
import { existsSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"

const require = createRequire(import.meta.url)

const triples: Record<string, Record<string, string>> = {
  linux: { x64: "x86_64-unknown-linux-musl", arm64: "aarch64-unknown-linux-musl" },
  android: { x64: "x86_64-unknown-linux-musl", arm64: "aarch64-unknown-linux-musl" },
  darwin: { x64: "x86_64-apple-darwin", arm64: "aarch64-apple-darwin" },
  win32: { x64: "x86_64-pc-windows-msvc", arm64: "aarch64-pc-windows-msvc" }
}

const packages: Record<string, string> = {
  "x86_64-unknown-linux-musl": "@openai/codex-linux-x64",
  "aarch64-unknown-linux-musl": "@openai/codex-linux-arm64",
  "x86_64-apple-darwin": "@openai/codex-darwin-x64",
  "aarch64-apple-darwin": "@openai/codex-darwin-arm64",
  "x86_64-pc-windows-msvc": "@openai/codex-win32-x64",
  "aarch64-pc-windows-msvc": "@openai/codex-win32-arm64"
}

export interface PinnedBinary {
  /** Absolute path of the native codex executable. */
  readonly path: string
  /** The version of `@openai/codex` that ships it. */
  readonly version: string
  /** Root of the `@openai/codex` package, passed to codex as `CODEX_MANAGED_PACKAGE_ROOT`. */
  readonly packageRoot: string
}

/**
 * Resolves the native binary of the pinned `@openai/codex` dependency.
 * Returns a message naming what is missing instead of throwing.
 */
export const resolvePinnedBinary = (): { readonly _tag: "Found"; readonly binary: PinnedBinary } | {
  readonly _tag: "Missing"
  readonly message: string
} => {
  const triple = triples[process.platform]?.[process.arch]
  if (triple === undefined) {
    return { _tag: "Missing", message: `@openai/codex has no binary for ${process.platform}/${process.arch}` }
  }
  let packageJson: string
  try {
    packageJson = require.resolve("@openai/codex/package.json")
  } catch {
    return { _tag: "Missing", message: "the @openai/codex package is not installed" }
  }
  const packageRoot = path.dirname(packageJson)
  const version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version
  const exe = process.platform === "win32" ? "codex.exe" : "codex"
  const candidates: Array<string> = []
  try {
    const platformJson = require.resolve(`${packages[triple]}/package.json`, { paths: [packageRoot] })
    candidates.push(path.join(path.dirname(platformJson), "vendor", triple, "bin", exe))
  } catch {
    // fall through to the vendor folder inside @openai/codex itself
  }
  candidates.push(path.join(packageRoot, "vendor", triple, "bin", exe))
  const found = candidates.find((candidate) => existsSync(candidate))
  if (found === undefined) {
    return {
      _tag: "Missing",
      message: `the optional dependency ${packages[triple]} of @openai/codex@${version} is not installed ` +
        `(looked in ${candidates.join(", ")})`
    }
  }
  return { _tag: "Found", binary: { path: found, version, packageRoot } }
}

/** Environment variables the npm launcher sets for the native binary. */
export const pinnedBinaryEnv = (binary: PinnedBinary): Record<string, string> => ({
  CODEX_MANAGED_BY_NPM: "1",
  CODEX_MANAGED_PACKAGE_ROOT: binary.packageRoot
})
