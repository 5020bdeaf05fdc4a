/**
 * Newline framing: bytes in, complete lines out, with a hard cap on the length of a line so that
 * a server that never sends "\n" cannot grow memory without bound.
 *
 * A response longer than the cap whose id can be read from its start becomes an `OversizedLine`
 * marker: only the request it answers fails, the rest of the line is skipped without being kept,
 * and the connection lives on. Any other oversized line is a `LineTooLong` protocol error, because
 * nobody can tell what was lost.
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { ProtocolError } from "../CodexError.js"
import type { Incoming, OversizedLine } from "../Transport.js"
import { parseIdToken, type RequestId } from "./codec.js"
import { head as redactedHead, redact, type Redactor } from "./redact.js"

export interface LineFramer {
  /** Feeds a chunk; returns what it completed, or a ProtocolError once a line is too long. */
  readonly push: (chunk: Uint8Array | string) => ReadonlyArray<Incoming> | ProtocolError
  /** End of input: returns the last unterminated line, if any. */
  readonly end: () => ReadonlyArray<Incoming> | ProtocolError
}

/**
 * How much of an oversized line is kept to read its id and quote it. The decision is taken on the
 * first `HEAD_LIMIT` characters (or the whole line, if shorter), a prefix every chunking of the
 * input produces alike, so the outcome never depends on where the pipe split the line. The excerpt
 * is redacted on that whole head before it is cut to `EXCERPT_LIMIT`, so a secret that crosses the
 * cut is still seen whole.
 */
const HEAD_LIMIT = 512
const EXCERPT_LIMIT = 240

type Verdict =
  | { readonly _tag: "Response"; readonly id: RequestId }
  | { readonly _tag: "Other" }
  | { readonly _tag: "Undecided" }

const OTHER: Verdict = { _tag: "Other" }
const UNDECIDED: Verdict = { _tag: "Undecided" }

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\r" || c === "\n"

/**
 * Whether a line starting with `head` is a response, as codex writes one: `{"id":<token>,` then
 * `"result":` or `"error":` (whitespace tolerated). Undecided while `head` is a prefix of such a
 * start that more characters could complete or refute; every extension of a decided head gets
 * the same verdict, which is what makes the outcome independent of how the line was split.
 */
export const classifyHead = (head: string): Verdict => {
  const n = head.length
  let i = 0
  const skipSpace = () => {
    while (i < n && isSpace(head[i])) i++
  }
  /** Consumes `word`: true when it is there, undefined when `head` ends inside it. */
  const literal = (word: string): boolean | undefined => {
    const have = head.slice(i, i + word.length)
    if (!word.startsWith(have)) return false
    if (have.length < word.length) return undefined
    i += word.length
    return true
  }
  skipSpace()
  for (const word of ["{", "\"id\"", ":"]) {
    const seen = literal(word)
    if (seen !== true) return seen === false ? OTHER : UNDECIDED
    skipSpace()
  }
  if (i === n) return UNDECIDED
  const tokenStart = i
  if (head[i] === "\"") {
    i++
    while (i < n && head[i] !== "\"") i += head[i] === "\\" ? 2 : 1
    if (i >= n) return UNDECIDED
    i++
  } else {
    while (i < n && /[-0-9]/.test(head[i]!)) i++
    if (i === tokenStart) return OTHER
    if (i === n) return UNDECIDED
  }
  const id = parseIdToken(head.slice(tokenStart, i))
  if (id === undefined) return OTHER
  skipSpace()
  const comma = literal(",")
  if (comma !== true) return comma === false ? OTHER : UNDECIDED
  skipSpace()
  let key: boolean | undefined = false
  for (const word of ["\"result\"", "\"error\""]) {
    const seen = literal(word)
    if (seen === true) {
      key = true
      break
    }
    if (seen === undefined) key = undefined
  }
  if (key !== true) return key === false ? OTHER : UNDECIDED
  skipSpace()
  const colon = literal(":")
  if (colon !== true) return colon === false ? OTHER : UNDECIDED
  return { _tag: "Response", id }
}

/**
 * `redactor` removes secrets from the excerpts of oversized lines (the transport's own, which knows
 * the values its options passed; by default the patterns and the values live transports registered).
 */
export const makeLineFramer = (maxLineBytes: number, redactor: Redactor = redact): LineFramer => {
  const decoder = new TextDecoder("utf-8")
  // The unterminated line so far, as the pieces it arrived in: a 40 MB line in 64 KB reads is
  // joined once at its newline instead of being copied on every read.
  let pieces: Array<string> = []
  let pendingLength = 0
  // While skipping an oversized response: its id, its head and how long it has been so far.
  let skipping: { readonly id: RequestId; head: string; length: number } | undefined
  let failed: ProtocolError | undefined

  /** `more`: the line may go on past `head` (no newline seen yet). */
  const tooLong = (head: string, length: number, more: boolean) =>
    new ProtocolError({
      reason: "LineTooLong",
      detail: `a line exceeded the maximum of ${maxLineBytes} characters (${length} without a newline)`,
      excerpt: `${redactedHead(head, 120, redactor, more || head.length < length)}…`
    })

  const marker = (id: RequestId, head: string, length: number): OversizedLine => ({
    _tag: "OversizedLine",
    id,
    length,
    excerpt: redactedHead(head, EXCERPT_LIMIT, redactor, head.length < length)
  })

  /** The first `n` characters of the pending pieces followed by `tail`, without joining them all. */
  const headOf = (tail: string, n: number): string => {
    let head = ""
    for (const piece of pieces) {
      if (head.length >= n) break
      head += piece.slice(0, n - head.length)
    }
    return head.length >= n ? head : head + tail.slice(0, n - head.length)
  }

  const feed = (text: string): ReadonlyArray<Incoming> | ProtocolError => {
    if (failed !== undefined) return failed
    const out: Array<Incoming> = []
    let start = 0
    while (start <= text.length) {
      const nl = text.indexOf("\n", start)
      const end = nl === -1 ? text.length : nl
      if (skipping !== undefined) {
        // the excerpt comes from the line's first HEAD_LIMIT characters, however it was split
        if (skipping.head.length < HEAD_LIMIT) {
          skipping.head += text.slice(start, Math.min(end, start + HEAD_LIMIT - skipping.head.length))
        }
        skipping.length += end - start
        if (nl === -1) return out
        out.push(marker(skipping.id, skipping.head, skipping.length))
        skipping = undefined
        start = nl + 1
        continue
      }
      const length = pendingLength + (end - start)
      if (length > maxLineBytes) {
        const head = headOf(text.slice(start, Math.min(end, start + HEAD_LIMIT)), HEAD_LIMIT)
        let verdict = classifyHead(head)
        // a whole head (or the whole line) that still reads as "maybe" is not a response start
        if (verdict._tag === "Undecided" && (nl !== -1 || head.length >= HEAD_LIMIT)) verdict = OTHER
        // Undecided: the line is over the limit but shorter than a head; keep it until it is
        // decided (bounded by HEAD_LIMIT), so the verdict never depends on the chunking
        if (verdict._tag !== "Undecided") {
          pieces = []
          pendingLength = 0
          if (verdict._tag === "Other") {
            failed = tooLong(head, length, nl === -1)
            return failed
          }
          if (nl === -1) {
            skipping = { id: verdict.id, head, length }
            return out
          }
          out.push(marker(verdict.id, head, length))
          start = nl + 1
          continue
        }
      }
      if (nl === -1) {
        if (end > start) {
          pieces.push(text.slice(start))
          pendingLength += end - start
        }
        return out
      }
      let line = pieces.length === 0 ? text.slice(start, nl) : pieces.join("") + text.slice(start, nl)
      pieces = []
      pendingLength = 0
      if (line.endsWith("\r")) line = line.slice(0, -1)
      if (line.length > 0) out.push(line)
      start = nl + 1
    }
    return out
  }

  return {
    push: (chunk) => feed(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })),
    end: () => {
      const flushed = feed(decoder.decode())
      if (flushed instanceof ProtocolError) return flushed
      const out = flushed.slice()
      if (skipping !== undefined) {
        out.push(marker(skipping.id, skipping.head, skipping.length))
        skipping = undefined
      } else if (pendingLength > maxLineBytes) {
        // an over-long last line shorter than a head: decided here, as a newline would have
        const head = pieces.join("")
        const verdict = classifyHead(head)
        pieces = []
        pendingLength = 0
        if (verdict._tag !== "Response") {
          failed = tooLong(head, head.length, false)
          return failed
        }
        out.push(marker(verdict.id, head, head.length))
      } else if (pieces.length > 0) {
        let line = pieces.join("")
        if (line.endsWith("\r")) line = line.slice(0, -1)
        if (line.length > 0) out.push(line)
      }
      pieces = []
      pendingLength = 0
      return out
    }
  }
}

/**
 * Frames a stream of byte or text chunks into lines; what is left unterminated at the end of the
 * input is emitted as a last line. An oversized line that is not an attributable response fails
 * the stream with `LineTooLong`.
 */
export const framed = <E, R>(
  input: Stream.Stream<Uint8Array | string, E, R>,
  maxLineBytes: number,
  redactor: Redactor = redact
): Stream.Stream<Incoming, E | ProtocolError, R> =>
  Stream.suspend(() => {
    const framer = makeLineFramer(maxLineBytes, redactor)
    return input.pipe(
      Stream.mapChunksEffect((chunk): Effect.Effect<Chunk.Chunk<Incoming>, ProtocolError> => {
        const items: Array<Incoming> = []
        for (const piece of chunk) {
          const result = framer.push(piece)
          if (result instanceof ProtocolError) return Effect.fail(result)
          for (const item of result) items.push(item)
        }
        return Effect.succeed(Chunk.unsafeFromArray(items))
      }),
      Stream.concat(Stream.suspend(() => {
        const result = framer.end()
        return result instanceof ProtocolError ? Stream.fail(result) : Stream.fromIterable(result)
      }))
    )
  })
