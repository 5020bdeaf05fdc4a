import { assert, describe, it } from "@effect/vitest"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as Schemas from "../src/generated/schemas.js"
import {
  ClientNotifications,
  ClientRequests,
  type ClientRequestMethod,
  type ClientRequestParams,
  type ClientRequestResponse,
  codexVersion,
  ServerNotifications,
  ServerRequests
} from "../src/generated/methods.js"
import { resolvePinnedBinary } from "../src/internal/binary.js"
import { generateInto } from "../scripts/generate.js"

const root = path.resolve(import.meta.dirname, "..")
const pinned = resolvePinnedBinary()
if (pinned._tag === "Missing") throw new Error(pinned.message)
const binary = pinned.binary

const bundle = (experimental: boolean) => {
  const dir = mkdtempSync(path.join(tmpdir(), "effect-codex-bundle-"))
  try {
    execFileSync(binary.path, [
      "app-server",
      "generate-json-schema",
      ...(experimental ? ["--experimental"] : []),
      "--out",
      dir
    ], { stdio: "ignore" })
    return JSON.parse(readFileSync(path.join(dir, "codex_app_server_protocol.schemas.json"), "utf8"))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const methods = (b: any, union: string): Array<string> =>
  b.definitions[union].oneOf.map((v: any) => v.properties.method.enum[0])

describe("generated protocol", () => {
  it("is generated from the pinned binary's version", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
    assert.strictEqual(pkg.dependencies["@openai/codex"], binary.version, "@openai/codex must be pinned exactly")
    assert.strictEqual(codexVersion, binary.version)
    for (const file of readdirSync(path.join(root, "src", "generated"))) {
      const text = readFileSync(path.join(root, "src", "generated", file), "utf8")
      assert.include(text.slice(0, 200), `generated from codex ${binary.version}; do not edit`)
    }
  })

  it("does not drift: regenerating from the pinned binary reproduces src/generated exactly", () => {
    const out = mkdtempSync(path.join(tmpdir(), "effect-codex-gen-"))
    try {
      generateInto(out)
      const committed = readdirSync(path.join(root, "src", "generated")).sort()
      assert.deepStrictEqual(readdirSync(out).sort(), committed)
      for (const file of committed) {
        const fresh = readFileSync(path.join(out, file), "utf8")
        const current = readFileSync(path.join(root, "src", "generated", file), "utf8")
        assert(fresh === current, `src/generated/${file} differs from the pinned binary's schema: run npm run generate`)
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it("method tables have exactly the binary's ClientRequest, ServerNotification and ServerRequest members", () => {
    const experimental = bundle(true)
    const stable = bundle(false)
    assert.deepStrictEqual(Object.keys(ClientRequests).sort(), methods(experimental, "ClientRequest").sort())
    assert.deepStrictEqual(Object.keys(ServerNotifications).sort(), methods(experimental, "ServerNotification").sort())
    assert.deepStrictEqual(Object.keys(ServerRequests).sort(), methods(experimental, "ServerRequest").sort())
    assert.deepStrictEqual(Object.keys(ClientNotifications).sort(), methods(experimental, "ClientNotification").sort())
    // the counts the issue names for 0.169.0, and stable = present without --experimental
    const stableOf = (table: Record<string, { experimental: boolean }>) =>
      Object.entries(table).filter(([, spec]) => !spec.experimental).map(([m]) => m).sort()
    assert.deepStrictEqual(stableOf(ClientRequests), methods(stable, "ClientRequest").sort())
    assert.deepStrictEqual(stableOf(ServerRequests), methods(stable, "ServerRequest").sort())
    assert.deepStrictEqual(stableOf(ServerNotifications), methods(stable, "ServerNotification").sort())
    if (binary.version === "0.169.0") {
      assert.strictEqual(Object.keys(ClientRequests).length, 184)
      assert.strictEqual(stableOf(ClientRequests).length, 109)
      assert.strictEqual(Object.keys(ServerNotifications).length, 86)
      assert.strictEqual(Object.keys(ServerRequests).length, 11)
      assert.strictEqual(stableOf(ServerRequests).length, 10)
    }
  })

  it("exports a schema for every definition in the bundle", () => {
    const b = bundle(true)
    const names = [...Object.keys(b.definitions).filter((k) => k !== "v2"), ...Object.keys(b.definitions.v2)]
    for (const name of names) {
      assert(Schemas[name as keyof typeof Schemas] !== undefined, `missing schema ${name}`)
    }
  })

  it("declares every schema lazily: a suspension named after its definition", () => {
    const entries = Object.entries(Schemas)
    assert.isAbove(entries.length, 900)
    for (const [name, schema] of entries) {
      assert(Schema.isSchema(schema), `${name} is not a schema`)
      assert.strictEqual(schema.ast._tag, "Suspend", `${name} is not lazy`)
      assert.strictEqual(Option.getOrUndefined(AST.getIdentifierAnnotation(schema.ast)), name)
    }
  })

  it("keeps nullable distinct from optional, and string enums as literals", () => {
    const is = (schema: any, value: unknown) => Schema.is(schema)(value)
    // Turn.error is optional and nullable: absent, null and an object all pass
    const turn = { id: "u", items: [], status: "completed" }
    assert(is(Schemas.TurnCompletedNotification, { threadId: "t", turn }))
    assert(is(Schemas.TurnCompletedNotification, { threadId: "t", turn: { ...turn, error: null } }))
    // a required-but-nullable field accepts null and rejects absence
    const account = Schemas.ChatgptAccount
    assert(is(account, { type: "chatgpt", email: null, planType: "plus" }))
    assert(!is(account, { type: "chatgpt", planType: "plus" }))
    assert(!is(Schemas.TurnStatus, "done"))
    assert(is(Schemas.TurnStatus, "interrupted"))
    assert(is(Schemas.RequestId, 0) && is(Schemas.RequestId, "x") && !is(Schemas.RequestId, true))
  })
})


// ---------------------------------------------------------------------------------------------
// Compile-time checks (npm test runs tsc --noEmit over test/): a request function typed only by
// the tables must check params and type the result from the method name alone.
declare const request: <M extends ClientRequestMethod>(
  method: M,
  ...params: undefined extends ClientRequestParams<M> ? [params?: ClientRequestParams<M>] : [params: ClientRequestParams<M>]
) => Promise<ClientRequestResponse<M>>

export const typeChecks = async () => {
  const listed = await request("thread/list", { limit: 10 })
  const ids: ReadonlyArray<string> = listed.data.map((thread) => thread.id)
  await request("account/logout")
  // @ts-expect-error unknown method
  await request("thread/explode", {})
  // @ts-expect-error wrong params type
  await request("thread/list", { limit: "ten" })
  // @ts-expect-error missing required params
  await request("turn/start")
  // @ts-expect-error the result is typed: no such field
  listed.nope
  return ids
}
