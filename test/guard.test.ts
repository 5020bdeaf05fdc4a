/**
 * The compiled guards must agree with Effect's `ParseResult.is` on every schema they compile:
 * on valid values (Effect's own Arbitrary) and on near misses (a key removed or replaced).
 *
 * `ParseResult.is` throws on a few values that are valid JSON: an object whose `toString` is not a
 * function, where a union looks its literal discriminator up (`{"mode": {"toString": false}}` in
 * `mcpServer/elicitation/request`). Such a value is not of the schema, and a guard runs on the
 * reader's hot path, where a throw would kill the connection: the guard must answer `false`, never
 * throw. So a throwing reference counts as `false`, and the guard is called bare.
 *
 * Every generated schema is lazy (src/generated/lazy.ts): its AST is a suspension the guard
 * compiles through. Values are drawn from the built schema (Effect's Arbitrary bounds arrays under
 * any suspension as if it were recursive) and checked against the lazy one, as the codec uses it. A
 * recursive schema cannot be compiled: its guard is `ParseResult.is`, and must agree all the same.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Arbitrary from "effect/Arbitrary"
import * as FastCheck from "effect/FastCheck"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { force, lazy } from "../src/generated/lazy.js"
import { ClientRequests, ServerNotifications, ServerRequests } from "../src/generated/methods.js"
import { guardOf, isCompiled } from "../src/internal/guard.js"

const schemas: Array<[string, Schema.Schema<any>]> = [
  ...Object.entries(ServerNotifications).map(([m, s]): [string, Schema.Schema<any>] => [`notification ${m}`, s.params]),
  ...Object.entries(ServerRequests).map(([m, s]): [string, Schema.Schema<any>] => [`server request ${m}`, s.params]),
  ...Object.entries(ClientRequests).map(([m, s]): [string, Schema.Schema<any>] => [`response ${m}`, s.response])
].filter(([, s]) => isCompiled(s))

const mutate = (value: unknown, pick: number, replacement: unknown): unknown => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return replacement
  const keys = Object.keys(value)
  if (keys.length === 0) return { extra: replacement }
  const key = keys[pick % keys.length]!
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  if (pick % 2 === 0) delete copy[key]
  else copy[key] = replacement
  return copy
}

/** `ParseResult.is`, with a throw read as "does not match" (see above). */
const verdictOf = (reference: (u: unknown) => boolean) => (u: unknown): boolean => {
  try {
    return reference(u)
  } catch {
    return false
  }
}

describe("compiled guards", () => {
  it("compile most of the protocol (the hot notifications included)", () => {
    assert.isAbove(schemas.length, 150)
    for (const [name, schema] of schemas) assert.strictEqual(schema.ast._tag, "Suspend", `${name} is not lazy`)
    assert(isCompiled(ServerNotifications["item/agentMessage/delta"].params))
    assert(isCompiled(ServerNotifications["turn/completed"].params))
    assert(isCompiled(ServerNotifications["item/completed"].params))
  })

  it("agree with ParseResult.is on valid values and near misses, for every compiled schema", () => {
    for (const [name, schema] of schemas) {
      const fast = guardOf(schema)
      const reference = verdictOf(ParseResult.is(schema))
      const valid = Arbitrary.make(force(schema))
      FastCheck.assert(
        FastCheck.property(valid, FastCheck.nat(), FastCheck.jsonValue(), (value, pick, replacement) => {
          if (fast(value) !== reference(value)) throw new Error(`${name}: disagree on ${JSON.stringify(value)}`)
          const near = mutate(value, pick, replacement)
          if (fast(near) !== reference(near)) throw new Error(`${name}: disagree on ${JSON.stringify(near)}`)
        }),
        { numRuns: 50 }
      )
    }
  }, 120_000)

  it("agree with ParseResult.is on a recursive lazy schema, which they do not compile", () => {
    interface Node {
      readonly name: string
      readonly kind: "file" | "dir"
      readonly children?: ReadonlyArray<Node> | null | undefined
    }
    const Node: Schema.Schema<Node> = lazy("Node", () =>
      Schema.Struct({
        name: Schema.String,
        kind: Schema.Literal("file", "dir"),
        children: Schema.optional(Schema.NullOr(Schema.Array(Node)))
      }))
    const Listing = Schema.Struct({ root: Node, total: Schema.Number })
    for (const schema of [Node, Listing] as Array<Schema.Schema<any>>) {
      assert.isFalse(isCompiled(schema))
      const fast = guardOf(schema)
      const reference = verdictOf(ParseResult.is(schema))
      FastCheck.assert(
        FastCheck.property(Arbitrary.make(schema), FastCheck.nat(), FastCheck.jsonValue(), (value, pick, replacement) => {
          if (!fast(value) || !reference(value)) throw new Error(`rejects a valid ${JSON.stringify(value)}`)
          const near = mutate(value, pick, replacement)
          if (fast(near) !== reference(near)) throw new Error(`disagree on ${JSON.stringify(near)}`)
        }),
        { numRuns: 200 }
      )
    }
  })

  it("say false, without throwing, where ParseResult.is throws (a discriminator whose toString is not a function)", () => {
    const schema = ServerRequests["mcpServer/elicitation/request"].params
    assert(isCompiled(schema))
    const valid = {
      threadId: "thread-1",
      serverName: "srv",
      mode: "url",
      message: "open this",
      url: "https://example.invalid",
      elicitationId: "e1"
    }
    const hostile = JSON.parse(JSON.stringify({ ...valid, mode: { toString: false } }))
    assert.isTrue(guardOf(schema)(valid))
    assert.throws(() => ParseResult.is(schema)(hostile), "Cannot convert object to primitive value")
    assert.isFalse(guardOf(schema)(hostile))
  })
})
