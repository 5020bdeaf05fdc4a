/** The README as the tests read it: its `## ` sections and their fenced code blocks. */
import { assert } from "@effect/vitest"
import { readFileSync } from "node:fs"
import * as path from "node:path"

export const root = path.resolve(import.meta.dirname, "..", "..")

/** The README's text, read now (tests read it at test time, never at import time). */
export const readme = (): string => readFileSync(path.join(root, "README.md"), "utf8")

/** The text of a `## ` section, up to the next `## ` heading. */
export const section = (markdown: string, heading: string): string => {
  const lines = markdown.split("\n")
  const start = lines.indexOf(heading)
  assert(start >= 0, `README has no "${heading}" section`)
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "))
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n")
}

/** The bodies of every fenced block of that language in `text`, in order. */
export const blocks = (text: string, lang: string): Array<string> =>
  Array.from(text.matchAll(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```$", "gm")), (match) => match[1]!)

/** The body of the first fenced block of that language in `text`. */
export const firstBlock = (text: string, lang: string): string => {
  const first = blocks(text, lang)[0]
  assert(first !== undefined, `no \`\`\`${lang} block found`)
  return first
}
