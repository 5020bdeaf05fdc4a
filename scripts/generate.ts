/**
 * `npm run generate`: regenerates src/generated/ from the pinned codex binary.
 * Usage: tsx scripts/generate.ts [outDir]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { resolvePinnedBinary } from "../src/internal/binary.js"
import { generate, readBundles } from "./generator.js"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

export const generateInto = (outDir: string) => {
  const resolved = resolvePinnedBinary()
  if (resolved._tag === "Missing") throw new Error(`cannot generate: ${resolved.message}`)
  const result = generate(readBundles(resolved.binary.path), resolved.binary.version)
  mkdirSync(outDir, { recursive: true })
  for (const file of readdirSync(outDir)) rmSync(path.join(outDir, file), { recursive: true, force: true })
  for (const [name, text] of Object.entries(result.files)) writeFileSync(path.join(outDir, name), text)
  return result
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(root, "src", "generated"))
  const result = generateInto(outDir)
  console.log(`generated from codex ${result.version} into ${path.relative(process.cwd(), outDir) || "."}:`)
  console.log(JSON.stringify(result.counts))
}
