/**
 * Every export of the documented modules carries `@since` and `@category`.
 *
 * `npm run docgen` (part of `npm test`) already fails on an export without a description or
 * `@since`, and on an example that does not compile or throws; it does not require `@category`,
 * without which an export lands in the reference's "utils" heap. This test closes that gap: it
 * parses the modules docgen documents (`docgen.json`: `srcDir` minus `exclude`) with the
 * TypeScript compiler and lists every export whose doc comment lacks either tag, all in one
 * failure. It looks where docgen looks: the last JSDoc before a declaration (every declarator of
 * an exported `const`, exported members of an exported namespace), the first comment of each
 * name in `export { … }` / `export type { … }`, the first comment before `export * …`, and the
 * module's own comment (which needs `@since` only). Class members are left to docgen: they are
 * listed under their class, where a category means nothing.
 */
import { assert, describe, it } from "@effect/vitest"
import { readdirSync, readFileSync } from "node:fs"
import * as path from "node:path"
import ts from "typescript"

const root = path.resolve(import.meta.dirname, "..")

/** The files docgen documents: `.ts` files under `srcDir`, minus the `exclude` folders (`dir/**`). */
const documentedModules = (): Array<string> => {
  const config: { srcDir: string; exclude?: ReadonlyArray<string> } = JSON.parse(
    readFileSync(path.join(root, "docgen.json"), "utf8")
  )
  const excluded = (config.exclude ?? []).map((pattern) => {
    assert.match(pattern, /\/\*\*$/, `docgen.json exclude "${pattern}": only "folder/**" patterns are understood here`)
    return path.join(root, pattern.slice(0, -3))
  })
  const walk = (dir: string): ReadonlyArray<string> =>
    excluded.includes(dir) ? [] : readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? walk(full) : entry.name.endsWith(".ts") ? [full] : []
    })
  return walk(path.join(root, config.srcDir)).map((file) => path.relative(root, file)).sort()
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)

const isJsDoc = (text: string) => (range: ts.CommentRange) =>
  range.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith("/**", range.pos)

const hasTag = (comment: string, tag: string) => new RegExp(`^\\s*(?:/\\*\\*|\\*)?\\s*@${tag}[ \\t]+\\S`, "m").test(comment)

/** What `fileName` (with `text`) exports without `@since` or `@category`, one line each. */
const offenders = (fileName: string, text: string): ReadonlyArray<string> => {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const found: Array<string> = []
  const comments = (node: ts.Node) =>
    (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).filter(isJsDoc(text))
  const check = (name: string, range: ts.CommentRange | undefined, tags: ReadonlyArray<string>) => {
    if (range === undefined) return found.push(`${fileName}: ${name} has no doc comment`)
    const comment = text.slice(range.pos, range.end)
    const missing = tags.filter((tag) => !hasTag(comment, tag))
    if (missing.length > 0) found.push(`${fileName}: ${name} lacks ${missing.map((tag) => `@${tag}`).join(" and ")}`)
  }
  const declaration = (statement: ts.Statement, prefix: string) => {
    const last = comments(statement).at(-1)
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) check(prefix + d.name.getText(source), last, ["since", "category"])
    } else if (
      ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)
    ) {
      const name = prefix + (statement.name?.getText(source) ?? "default")
      check(name, last, ["since", "category"])
      if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
        for (const inner of statement.body.statements) if (isExported(inner)) declaration(inner, `${name}.`)
      }
    } else {
      found.push(`${fileName}: an exported ${ts.SyntaxKind[statement.kind]} this check does not know`)
    }
  }

  const first = source.statements[0]
  check("the module", first !== undefined ? comments(first)[0] : undefined, ["since"])
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause === undefined || ts.isNamespaceExport(statement.exportClause)) {
        const what = statement.exportClause !== undefined ? ` as ${statement.exportClause.name.text}` : ""
        check(`export *${what} from ${statement.moduleSpecifier?.getText(source)}`, comments(statement)[0], ["since", "category"])
      } else {
        for (const element of statement.exportClause.elements) {
          check(element.name.text, comments(element)[0], ["since", "category"])
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      found.push(`${fileName}: an export assignment (export default / export =) this check does not know`)
    } else if (isExported(statement)) {
      declaration(statement, "")
    }
  }
  return found
}

describe("docs", () => {
  it("every export of the documented modules has @since and @category", () => {
    const modules = documentedModules()
    assert.includeMembers(modules, ["src/index.ts", "src/Codex.ts", "src/testing.ts"])
    const found = modules.flatMap((file) => offenders(file, readFileSync(path.join(root, file), "utf8")))
    assert.deepStrictEqual(found, [], `exports without @since or @category:\n${found.join("\n")}\n`)
  })

  it("the check finds each kind of export that lacks a tag", () => {
    const tagged = (what: string) => `/**\n * ${what}\n *\n * @since 1.0.0\n * @category models\n */\n`
    const fixture = [
      "/**\n * A module.\n */",
      "import { a } from \"./a.js\"",
      `${tagged("A.")}export const fine = 1`,
      "/** Untagged. */\nexport const bare = 1, other = 2",
      "/**\n * @since 1.0.0\n */\nexport function fn() {}",
      "export interface NoDoc {}",
      "/**\n * @category models\n */\nexport type Alias = string",
      "/**\n * @since 1.0.0\n * @category\n */\nexport class Empty {}",
      `${tagged("A tag.")}export declare namespace Ns {\n  /** Inner. */\n  export type Service = string\n}`,
      `export {\n  ${tagged("Fine.").replace(/\n/g, "\n  ")}a,\n  /** Plain. */\n  b\n} from "./b.js"`,
      "export type { C } from \"./c.js\"",
      "export * as D from \"./d.js\"",
      `${tagged("All of e.")}export * from "./e.js"`,
      "const local = 1"
    ].join("\n\n")
    assert.deepStrictEqual(offenders("fixture.ts", fixture), [
      "fixture.ts: the module lacks @since",
      "fixture.ts: bare lacks @since and @category",
      "fixture.ts: other lacks @since and @category",
      "fixture.ts: fn lacks @category",
      "fixture.ts: NoDoc has no doc comment",
      "fixture.ts: Alias lacks @since",
      "fixture.ts: Empty lacks @category",
      "fixture.ts: Ns.Service lacks @since and @category",
      "fixture.ts: b lacks @since and @category",
      "fixture.ts: C has no doc comment",
      "fixture.ts: export * as D from \"./d.js\" has no doc comment"
    ])
  })
})
