/**
 * The compiled guards must agree with Effect's `ParseResult.is` on every schema they compile:
 * on valid values (Effect's own Arbitrary) and on near misses (a key removed or replaced).
 */
import { assert, describe, it } from "@effect/vitest"
import * as Arbitrary from "effect/Arbitrary"
import * as FastCheck from "effect/FastCheck"
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
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

describe("compiled guards", () => {
  it("compile most of the protocol (the hot notifications included)", () => {
    assert.isAbove(schemas.length, 150)
    assert(isCompiled(ServerNotifications["item/agentMessage/delta"].params))
    assert(isCompiled(ServerNotifications["turn/completed"].params))
    assert(isCompiled(ServerNotifications["item/completed"].params))
  })

  it("agree with ParseResult.is on valid values and near misses, for every compiled schema", () => {
    for (const [name, schema] of schemas) {
      const fast = guardOf(schema)
      const reference = ParseResult.is(schema)
      const valid = Arbitrary.make(schema)
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
})
