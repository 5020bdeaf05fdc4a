import { assert, describe, it } from "@effect/vitest"
import { ProtocolError } from "../src/CodexError.js"
import { makeLineFramer } from "../src/internal/framing.js"

const lines = (r: ReadonlyArray<string> | ProtocolError) => {
  assert(!(r instanceof ProtocolError), "unexpected ProtocolError")
  return r as ReadonlyArray<string>
}

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
    const out: Array<string> = []
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
