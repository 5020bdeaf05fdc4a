import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { ProtocolError } from "../src/CodexError.js"
import { makeLineFramer } from "../src/internal/framing.js"
import type { Incoming } from "../src/Transport.js"
import { splitAt } from "./support/chunks.js"

const lines = (r: ReadonlyArray<Incoming> | ProtocolError) => {
  assert(!(r instanceof ProtocolError), "unexpected ProtocolError")
  return r as ReadonlyArray<Incoming>
}

/** Feeds `pieces` and the end of input; everything delivered, then the error if there was one. */
const run = (max: number, pieces: ReadonlyArray<Uint8Array | string>) => {
  const f = makeLineFramer(max)
  const out: Array<Incoming> = []
  for (const piece of [...pieces, undefined]) {
    const r = piece === undefined ? f.end() : f.push(piece)
    if (r instanceof ProtocolError) return { out, error: r }
    out.push(...r)
  }
  return { out, error: undefined }
}

const split = splitAt

describe("line framing", () => {
  it("splits on newlines across arbitrary chunk boundaries, skipping blank lines and CR", () => {
    const f = makeLineFramer(1024)
    assert.deepStrictEqual(lines(f.push("{\"a\"")), [])
    assert.deepStrictEqual(lines(f.push(":1}\n{\"b\":2}\r\n\n{\"c\"")), [`{"a":1}`, `{"b":2}`])
    assert.deepStrictEqual(lines(f.push(":3}\n")), [`{"c":3}`])
    assert.deepStrictEqual(lines(f.end()), [])
  })

  it("reassembles multi-byte UTF-8 split across chunks", () => {
    const f = makeLineFramer(1024)
    const bytes = new TextEncoder().encode(`{"s":"héllo 🌍"}\n`)
    const out: Array<Incoming> = []
    for (const b of bytes) out.push(...lines(f.push(new Uint8Array([b]))))
    assert.deepStrictEqual(out, [`{"s":"héllo 🌍"}`])
  })

  it("returns the unterminated last line at end of input", () => {
    const f = makeLineFramer(1024)
    lines(f.push(`{"x":1}`))
    assert.deepStrictEqual(lines(f.end()), [`{"x":1}`])
  })

  it("fails with LineTooLong instead of buffering without bound", () => {
    const f = makeLineFramer(100)
    const r = f.push("y".repeat(101))
    assert(r instanceof ProtocolError)
    assert.strictEqual(r.reason, "LineTooLong")
    const g = makeLineFramer(100)
    const r2 = g.push("ok\n" + "z".repeat(150) + "\nafter\n")
    assert(r2 instanceof ProtocolError)
  })
})

describe("oversized lines", () => {
  const big = (id: string, n: number) => `{"id":${id},"result":{"data":"${"x".repeat(n)}"}}`

  it("an oversized response becomes a marker with its id, and the lines around it are delivered", () => {
    const line = big("7", 300)
    const { error, out } = run(100, [`{"a":1}\n${line}\n{"b":2}\n`])
    assert.isUndefined(error)
    assert.deepStrictEqual(out, [
      `{"a":1}`,
      { _tag: "OversizedLine", id: 7, length: line.length, excerpt: line.slice(0, 240) },
      `{"b":2}`
    ])
  })

  it("the limit crossed mid-chunk, exactly at a chunk boundary, or with the newline chunks later", () => {
    const line = big("\"req-1\"", 200)
    const text = `${line}\n{"after":true}\n`
    const expected = run(100, [text]).out
    assert.strictEqual((expected[0] as { id: unknown }).id, "req-1")
    // the limit (100) is crossed in the middle of the first chunk
    assert.deepStrictEqual(run(100, [text.slice(0, 150), text.slice(150)]).out, expected)
    // a chunk ends exactly at the limit, the next one crosses it with its first character
    assert.deepStrictEqual(run(100, [text.slice(0, 100), text.slice(100, 101), text.slice(101)]).out, expected)
    // the newline arrives many chunks after the crossing
    assert.deepStrictEqual(run(100, split(text, [90, 120, 130, 140, line.length, line.length + 1])).out, expected)
  })

  it("ids beyond 2^53 stay exact, string ids keep their escapes, whitespace is tolerated", () => {
    const { out } = run(50, [
      big("12345678901234567890123", 100) + "\n",
      `{ "id" : "a\\"b" ,\t"error" : {"code":1,"message":"${"m".repeat(100)}"}}\n`,
      big("-3", 100) + "\n"
    ])
    assert.deepStrictEqual(out.map((m) => (typeof m === "string" ? m : m.id)), [
      12345678901234567890123n,
      "a\"b",
      -3
    ])
  })

  it("an oversized line that is not an attributable response fails with LineTooLong", () => {
    for (
      const line of [
        `{"method":"item/agentMessage/delta","params":{"delta":"${"x".repeat(200)}"}}`,
        `{"id":3,"method":"item/tool/call","params":{"x":"${"x".repeat(200)}"}}`,
        `{"result":{"x":"${"x".repeat(200)}"},"id":4}`,
        `{"id":{"nested":1},"result":"${"x".repeat(200)}"}`,
        "z".repeat(300)
      ]
    ) {
      const { error, out } = run(100, [`{"ok":1}\n`, line, "\n"])
      assert.deepStrictEqual(out, [`{"ok":1}`])
      assert(error !== undefined, line.slice(0, 40))
      assert.strictEqual(error.reason, "LineTooLong")
      assert.isAtMost(error.excerpt!.length, 121)
    }
  })

  it("excerpts are bounded and redacted", () => {
    const line = `{"id":1,"result":{"auth":"Authorization: Bearer sk-abcdefghijklmnopqrstuv","pad":"${"x".repeat(1000)}"}}`
    const { out } = run(500, [line + "\n"])
    const marker = out[0]
    assert(marker !== undefined && typeof marker !== "string")
    assert.isAtMost(marker.excerpt.length, 240)
    assert.notInclude(marker.excerpt, "abcdefghijklmnop")
  })

  it("a 40 MB line arriving in 64 KB chunks is delivered whole", () => {
    const line = `{"id":1,"result":"${"y".repeat(40_000_000)}"}`
    const bytes = new TextEncoder().encode(line + "\n")
    const pieces: Array<Uint8Array> = []
    for (let i = 0; i < bytes.length; i += 65536) pieces.push(bytes.subarray(i, i + 65536))
    const { error, out } = run(128 * 1024 * 1024, pieces)
    assert.isUndefined(error)
    assert.strictEqual(out.length, 1)
    assert.strictEqual(out[0], line)
  })

  it("property: any split of the input gives the same lines and markers", () => {
    const item = fc.oneof(
      fc.record({ id: fc.oneof(fc.integer(), fc.string()), result: fc.jsonValue() }).map((m) => JSON.stringify(m)),
      fc.record({ method: fc.string({ minLength: 1 }), params: fc.jsonValue() }).map((m) => JSON.stringify(m)),
      // oversized responses, ids of every kind, including beyond 2^53
      fc.tuple(
        fc.oneof(
          fc.integer().map(String),
          fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n }).map(String),
          fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s))
        ),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom("result", "error")
      ).map(([id, n, kind]) => `{"id":${id},"${kind}":"${"é".repeat(n)}"}`),
      fc.constant("")
    )
    const encoder = new TextEncoder()
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 12 }),
        fc.integer({ min: 0, max: 600 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 25 }),
        (items, max, eol, terminated, cuts) => {
          const text = items.length === 0 ? "" : items.join(eol) + (terminated ? eol : "")
          // one line per chunk: everything before a fatal line is delivered
          const reference = run(max, items.map((line, i) => line + (i < items.length - 1 || terminated ? eol : "")))
          // what the limit must do: a marker per oversized response, a failure for anything else
          const measured = items.map((line, i) => ({
            line,
            over: line.length + (i < items.length - 1 || terminated ? eol.length - 1 : 0) > max
          }))
          const fatal = measured.findIndex((m) => m.over && !m.line.startsWith(`{"id":`))
          assert.strictEqual(reference.error !== undefined, fatal !== -1)
          const upTo = fatal === -1 ? measured : measured.slice(0, fatal)
          assert.strictEqual(
            reference.out.filter((m) => typeof m !== "string").length,
            upTo.filter((m) => m.over).length
          )
          const textPieces = split(text, cuts)
          const bytes = encoder.encode(text)
          const bytePieces: Array<Uint8Array> = []
          let at = 0
          for (const piece of textPieces) {
            const n = encoder.encode(piece).length
            bytePieces.push(bytes.subarray(at, at + n))
            at += n
          }
          const byteSplit = split(String.fromCharCode(...bytes), cuts).map((p) => Uint8Array.from(p, (c) => c.charCodeAt(0)))
          for (const chunks of [[text], textPieces, bytePieces, byteSplit, [...text]]) {
            const r = run(max, chunks)
            assert.strictEqual(r.error?.reason, reference.error?.reason)
            if (reference.error === undefined) assert.deepStrictEqual(r.out, reference.out)
            // a fatal line ends the connection: what came before it in the same read may go with it
            else assert.deepStrictEqual(r.out, reference.out.slice(0, r.out.length))
          }
        }
      ),
      { numRuns: 500 }
    )
  })

  it("property: the framer never throws and never holds more than the limit plus a head", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constant("\n"), fc.constant(`{"id":1,"result":`)), { maxLength: 30 }),
        fc.integer({ min: 0, max: 64 }),
        (pieces, max) => {
          const r = run(max, pieces)
          for (const m of r.out) if (typeof m === "string") assert.isAtMost(m.length, max)
        }
      ),
      { numRuns: 1000 }
    )
  })
})
