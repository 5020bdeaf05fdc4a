/**
 * Generated schemas are built on first use, not at import (src/generated/lazy.ts): importing the
 * package builds none, decoding a method builds that method's schemas and no others, the hot
 * notifications' guards still compile through the lazy wrappers, and a recursive schema still
 * decodes (through the `ParseResult.is` fallback) without hanging.
 *
 * The first statement after the imports reads the build counter: ES modules evaluate every import
 * (the package entry included) before this module's body, and vitest gives each test file its own
 * module registry, so no test of another file can have built anything in this one. A child process
 * checks the same thing in a fresh Node, independent of vitest's isolation.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Package from "../src/index.js"
import { builtLazySchemas, force, lazy } from "../src/generated/lazy.js"
import { ClientRequests, ServerNotifications } from "../src/generated/methods.js"
import * as Schemas from "../src/generated/schemas.js"
import { decodeNotification, decodePayload } from "../src/internal/codec.js"
import { guardOf, isCompiled } from "../src/internal/guard.js"
import { generate } from "../scripts/generator.js"

const builtAtImport = builtLazySchemas()

const root = path.resolve(import.meta.dirname, "..")

const delta = { threadId: "t", turnId: "u", itemId: "i", delta: "hi" }
const turn = { id: "u", items: [], status: "completed" }

describe("lazy generated schemas", () => {
  it("importing the package (and the protocol tables) builds no schema", () => {
    assert.isDefined(Package.Protocol.ThreadItem)
    assert.strictEqual(builtAtImport, 0)
  })

  it("importing the package in a fresh Node process builds no schema", () => {
    const script = `
      await import(${JSON.stringify(pathToFileURL(path.join(root, "src/index.ts")).href)})
      await import(${JSON.stringify(pathToFileURL(path.join(root, "src/testing.ts")).href)})
      const { builtLazySchemas } = await import(${JSON.stringify(pathToFileURL(path.join(root, "src/generated/lazy.ts")).href)})
      process.stdout.write(String(builtLazySchemas()))
    `
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8"
    })
    assert.strictEqual(out.trim(), "0")
  }, 60_000)

  it("decoding one item/agentMessage/delta builds a handful of schemas, not the protocol", () => {
    const before = builtLazySchemas()
    const decoded = decodeNotification("item/agentMessage/delta", delta)
    assert.strictEqual(decoded._tag, "ServerNotification")
    const forDelta = builtLazySchemas() - before
    assert.isAtLeast(forDelta, 1)
    assert.isAtMost(forDelta, 3)
    // a second decode builds nothing more
    decodeNotification("item/agentMessage/delta", { ...delta, delta: "more" })
    assert.strictEqual(builtLazySchemas() - before, forDelta)
    // and turn/completed, which holds a turn and its items, was not built by it: it builds now,
    // its own closure only
    const beforeTurn = builtLazySchemas()
    assert.strictEqual(decodeNotification("turn/completed", { threadId: "t", turn })._tag, "ServerNotification")
    const forTurn = builtLazySchemas() - beforeTurn
    assert.isAbove(forTurn, 10)
    assert.isBelow(builtLazySchemas(), Object.keys(Schemas).length / 3)
  })

  it("the hot notifications' guards compile through the lazy wrappers", () => {
    for (
      const method of [
        "item/agentMessage/delta",
        "turn/started",
        "turn/completed",
        "item/started",
        "item/completed"
      ] as const
    ) {
      const schema = ServerNotifications[method].params
      assert.strictEqual(schema.ast._tag, "Suspend", `${method} is not lazy`)
      assert(isCompiled(schema), `${method} falls back to ParseResult.is`)
    }
    const started = decodeNotification("turn/started", { threadId: "t", turn: { ...turn, status: "inProgress" } })
    assert.strictEqual(started._tag, "ServerNotification")
    const item = { type: "agentMessage", id: "m", text: "hello" }
    const completed = decodeNotification("item/completed", { threadId: "t", turnId: "u", completedAtMs: 1, item })
    assert.strictEqual(completed._tag, "ServerNotification")
    const wrong = decodeNotification("item/completed", { threadId: "t", turnId: "u", completedAtMs: 1, item: { id: "m" } })
    assert.strictEqual(wrong._tag, "UnknownNotification")
  })

  it("a built schema nests no suspension: error messages are the eager schema's", () => {
    const built = force(Schemas.ChatgptAccount)
    assert.notStrictEqual(built, Schemas.ChatgptAccount)
    assert.strictEqual(built.ast._tag, "TypeLiteral")
    const result = decodePayload(Schemas.ChatgptAccount, { type: "chatgpt", email: null, planType: "nope" }, "account")
    assert(result._tag === "Invalid")
    assert.include(result.error.detail, `at "planType": Expected "free", actual "nope"`)
    assert.notInclude(result.error.detail, "suspended")
    // the export stays a Schema of its type under its own name
    assert(Schema.isSchema(Schemas.ChatgptAccount))
    assert.strictEqual(String(Schemas.ChatgptAccount), "ChatgptAccount")
    assert(Schema.is(Schemas.ChatgptAccount)({ type: "chatgpt", email: null, planType: "plus" }))
    const titled = Schemas.ChatgptAccount.annotations({ title: "Account" })
    assert.strictEqual(String(titled), "Account")
    assert(Schema.is(Schema.Struct({ account: Schemas.ChatgptAccount }))({ account: { type: "chatgpt", email: null, planType: "plus" } }))
  })
})

// A tree and a mutual recursion, declared as the generator declares a cycle: a reference to a
// schema declared earlier is forced, the back edge is the bare (suspended) export.
interface Tree {
  readonly label: string
  readonly children: ReadonlyArray<Tree>
}
const Tree: Schema.Schema<Tree> = lazy("Tree", () =>
  Schema.Struct({
    label: Schema.String,
    children: Schema.Array(Tree)
  }))

const deepTree = (depth: number): Tree => {
  let tree: Tree = { label: "leaf", children: [] }
  for (let i = 0; i < depth; i++) tree = { label: `n${i}`, children: [tree, { label: "x", children: [] }] }
  return tree
}

describe("recursive lazy schemas", () => {
  it("fall back to ParseResult.is, decode correctly and do not hang", () => {
    assert.isFalse(isCompiled(Tree))
    const is = guardOf(Tree)
    const valid = deepTree(200)
    assert.isTrue(is(valid))
    assert.isTrue(ParseResult.is(Tree)(valid))
    const invalid = deepTree(50) as any
    invalid.children[0].children[1].children = [{ label: 1, children: [] }]
    assert.isFalse(is(invalid))
    assert.isFalse(ParseResult.is(Tree)(invalid))
    const decoded = decodePayload(Tree, invalid, "tree")
    assert(decoded._tag === "Invalid")
    assert.include(decoded.error.detail, `"label"`)
    assert.strictEqual(decodePayload(Tree, valid, "tree")._tag, "Ok")
  })

  it("a non-recursive schema holding a recursive one compiles up to it and agrees with ParseResult.is", () => {
    const Holder = Schema.Struct({ name: Schema.String, tree: Schema.NullOr(Tree) })
    assert.isFalse(isCompiled(Holder))
    const is = guardOf(Holder)
    for (const value of [{ name: "a", tree: null }, { name: "a", tree: deepTree(3) }, { name: "a", tree: { label: 2 } }, {}]) {
      assert.strictEqual(is(value), ParseResult.is(Holder)(value), JSON.stringify(value))
    }
  })

  it("what the generator emits for real cycles (self and mutual) builds and decodes", async () => {
    const v2 = (name: string) => ({ $ref: `#/definitions/v2/${name}` })
    const bundle: any = {
      definitions: {
        v2: {
          Tree: {
            type: "object",
            properties: { label: { type: "string" }, children: { type: "array", items: v2("Tree") } },
            required: ["label", "children"]
          },
          Expr: {
            oneOf: [
              {
                title: "NumExpr",
                type: "object",
                properties: { type: { type: "string", enum: ["num"] }, value: { type: "number" } },
                required: ["type", "value"]
              },
              {
                title: "SumExpr",
                type: "object",
                properties: { type: { type: "string", enum: ["sum"] }, terms: { type: "array", items: v2("Term") } },
                required: ["type", "terms"]
              }
            ]
          },
          Term: {
            type: "object",
            properties: { expr: v2("Expr"), weight: { type: ["number", "null"] } },
            required: ["expr"]
          },
          TreeGetParams: { type: "object", properties: { tree: v2("Tree") }, required: ["tree"] },
          TreeGetResponse: { type: "object", properties: { expr: v2("Expr") }, required: ["expr"] },
          TreeChangedNotification: { type: "object", properties: { tree: v2("Tree") }, required: ["tree"] }
        },
        ClientRequest: {
          oneOf: [{
            type: "object",
            title: "Tree/getRequest",
            properties: { id: { type: "string" }, method: { type: "string", enum: ["tree/get"] }, params: v2("TreeGetParams") },
            required: ["id", "method", "params"]
          }]
        },
        ServerNotification: {
          oneOf: [{
            type: "object",
            title: "Tree/changedNotification",
            properties: { method: { type: "string", enum: ["tree/changed"] }, params: v2("TreeChangedNotification") },
            required: ["method", "params"]
          }]
        },
        ServerRequest: { oneOf: [] },
        ClientNotification: { oneOf: [] }
      }
    }
    const result = generate({ experimental: bundle, stable: bundle }, "0.0.0-test")
    const schemasText = result.files["schemas.ts"]!
    // the back edges are the bare exports, everything else is forced
    assert.include(schemasText, "children: Schema.Array(Tree)")
    assert.include(schemasText, "expr: Expr")
    assert.include(schemasText, "Schema.Array(force(Term))")
    assert.notInclude(schemasText, "Schema.suspend")

    // run the generated module (vitest transforms it), with effect resolved from this package
    const dir = mkdtempSync(path.join(tmpdir(), "effect-codex-lazy-"))
    try {
      mkdirSync(path.join(dir, "gen"))
      symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir")
      for (const [name, text] of Object.entries(result.files)) writeFileSync(path.join(dir, "gen", name), text)
      const gen = await import(pathToFileURL(path.join(dir, "gen", "index.ts")).href)
      const counter = await import(pathToFileURL(path.join(dir, "gen", "lazy.ts")).href)
      assert.strictEqual(counter.builtLazySchemas(), 0)
      const params = gen.ClientRequests["tree/get"].params as Schema.Schema<any>
      assert.isFalse(isCompiled(params))
      assert.isTrue(guardOf(params)({ tree: deepTree(100) }))
      assert.isFalse(guardOf(params)({ tree: { label: "a", children: [{ label: "b" }] } }))
      const response = gen.ClientRequests["tree/get"].response as Schema.Schema<any>
      const expr = { type: "sum", terms: [{ expr: { type: "num", value: 1 } }, { expr: { type: "sum", terms: [] }, weight: null }] }
      assert.isTrue(guardOf(response)({ expr }))
      assert.isFalse(guardOf(response)({ expr: { type: "sum", terms: [{ expr: { type: "num" } }] } }))
      assert.strictEqual(decodePayload(response, { expr }, "tree/get result")._tag, "Ok")
      assert.isAbove(counter.builtLazySchemas(), 0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it("ClientRequests tables hold the lazy exports themselves", () => {
    assert.strictEqual(ClientRequests["thread/start"].response, Schemas.ThreadStartResponse)
    assert.strictEqual(ClientRequests["thread/start"].response.ast._tag, "Suspend")
  })
})
