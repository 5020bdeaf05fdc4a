/**
 * Property tests: the framer and the envelope codec never throw or hang on random bytes, random
 * chunk boundaries, random JSON and truncated messages, and deliver every valid message once,
 * in order.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import fc from "fast-check"
import { ProtocolError } from "../src/CodexError.js"
import { decodeEnvelope, type Envelope } from "../src/internal/codec.js"
import { framed, makeLineFramer } from "../src/internal/framing.js"
import { splitAt } from "./support/chunks.js"

const encoder = new TextEncoder()

/** Any UTF-16 code units, lone surrogates included. */
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })

/** A valid message of one of the three shapes, with arbitrary JSON inside. */
const message = fc.oneof(
  fc.record({ id: fc.oneof(fc.nat(), fc.string()), result: fc.jsonValue() }),
  fc.record({
    id: fc.oneof(fc.nat(), fc.string()),
    error: fc.record({ code: fc.integer(), message: fc.string() })
  }),
  fc.record({ method: fc.string({ minLength: 1 }), params: fc.jsonValue() }),
  fc.record({ id: fc.nat(), method: fc.string({ minLength: 1 }), params: fc.jsonValue() })
)

/** A line that is not a protocol message (never contains a newline). */
const garbage = fc.oneof(
  fc.string().map((s) => s.replace(/[\r\n]/g, " ")),
  fc.jsonValue().map((v) => JSON.stringify(v)).filter((s) => !s.startsWith("{")),
  message.map((m) => JSON.stringify(m)).chain((s) => fc.nat(Math.max(0, s.length - 2)).map((n) => s.slice(0, n + 1)))
).filter((s) => {
  const r = s.trim() === "" ? undefined : decodeEnvelope(s)
  return r === undefined || r instanceof ProtocolError
})

const chunked = splitAt

const comparable = (e: Envelope | ProtocolError) => (e instanceof ProtocolError ? e.reason : e)

describe("fuzzed decoder", () => {
  it("decodeEnvelope never throws on arbitrary strings, JSON or truncations", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), utf16, fc.jsonValue().map((v) => JSON.stringify(v))), (s) => {
        const r = decodeEnvelope(s)
        assert(r instanceof ProtocolError || ["Response", "ErrorResponse", "Notification", "ServerRequest"].includes(r._tag))
      }),
      { numRuns: 2000 }
    )
    fc.assert(
      fc.property(message, fc.nat(), (m, cut) => {
        const line = JSON.stringify(m)
        const r = decodeEnvelope(line.slice(0, cut % (line.length + 1)))
        assert(r instanceof ProtocolError || cut % (line.length + 1) === line.length)
      }),
      { numRuns: 1000 }
    )
  })

  it("the framer never throws on random bytes split anywhere", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.array(fc.nat(), { maxLength: 20 }), (bytes, cuts) => {
        const framer = makeLineFramer(1 << 20)
        for (const piece of chunked(bytes, cuts)) {
          const r = framer.push(piece)
          assert(Array.isArray(r))
        }
        framer.end()
      }),
      { numRuns: 1000 }
    )
  })

  it("valid messages among garbage lines, split at random boundaries, are each delivered once, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ arbitrary: message.map((m) => ({ valid: true as const, m })), weight: 3 }, garbage.map((g) => ({ valid: false as const, g }))), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.boolean(),
        (items, cuts, crlf) => {
          const text = items.map((i) => (i.valid ? JSON.stringify(i.m) : i.g)).join(crlf ? "\r\n" : "\n") + "\n"
          const framer = makeLineFramer(1 << 20)
          const delivered: Array<unknown> = []
          for (const piece of chunked(encoder.encode(text), cuts)) {
            const lines = framer.push(piece)
            assert(Array.isArray(lines))
            for (const line of lines) {
              const r = decodeEnvelope(line)
              if (!(r instanceof ProtocolError)) delivered.push(comparable(r))
            }
          }
          const expected = items.filter((i) => i.valid).map((i) => comparable(decodeEnvelope(JSON.stringify(i.m))))
          assert.deepStrictEqual(delivered, expected)
        }
      ),
      { numRuns: 500 }
    )
  })

  it.effect("the framed stream delivers the same lines whatever the chunking", () =>
    Effect.gen(function*() {
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(fc.array(message, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), async (ms, cuts) => {
            const lines = ms.map((m) => JSON.stringify(m))
            const chunks = chunked(encoder.encode(lines.map((l) => l + "\n").join("")), cuts)
            const out = await Effect.runPromise(Stream.runCollect(framed(Stream.fromIterable(chunks), 1 << 20)))
            assert.deepStrictEqual(Chunk.toReadonlyArray(out), lines)
          }),
          { numRuns: 200 }
        )
      )
    }))

  it("an oversized line is always a LineTooLong error, never unbounded buffering", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.array(fc.nat(), { maxLength: 10 }), (max, cuts) => {
        const framer = makeLineFramer(max)
        let failed = false
        for (const piece of chunked(encoder.encode("a".repeat(max * 3)), cuts)) {
          const r = framer.push(piece)
          if (r instanceof ProtocolError) {
            assert.strictEqual(r.reason, "LineTooLong")
            failed = true
            break
          }
        }
        assert(failed)
      })
    )
  })
})
