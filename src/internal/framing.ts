/**
 * Newline framing for the stdio transport: bytes in, complete lines out, with a hard cap on the
 * length of a line so that a server that never sends "\n" cannot grow memory without bound.
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { ProtocolError } from "../CodexError.js"

export interface LineFramer {
  /** Feeds a chunk; returns the complete lines it finished, or a ProtocolError if a line is too long. */
  readonly push: (chunk: Uint8Array | string) => ReadonlyArray<string> | ProtocolError
  /** End of input: returns the last unterminated line, if any. */
  readonly end: () => ReadonlyArray<string> | ProtocolError
}

export const makeLineFramer = (maxLineBytes: number): LineFramer => {
  const decoder = new TextDecoder("utf-8")
  let pending = ""
  const tooLong = (line: string) =>
    new ProtocolError({
      reason: "LineTooLong",
      detail: `a line exceeded the maximum of ${maxLineBytes} characters (${line.length} without a newline)`,
      excerpt: `${line.slice(0, 120)}…`
    })
  const split = (text: string): ReadonlyArray<string> | ProtocolError => {
    const lines: Array<string> = []
    let start = 0
    let nl = text.indexOf("\n")
    if (nl === -1) {
      pending += text
      return pending.length > maxLineBytes ? tooLong(pending) : lines
    }
    let first = true
    while (nl !== -1) {
      let line = first ? pending + text.slice(start, nl) : text.slice(start, nl)
      first = false
      if (line.length > maxLineBytes) return tooLong(line)
      if (line.endsWith("\r")) line = line.slice(0, -1)
      if (line.length > 0) lines.push(line)
      start = nl + 1
      nl = text.indexOf("\n", start)
    }
    pending = text.slice(start)
    if (pending.length > maxLineBytes) return tooLong(pending)
    return lines
  }
  return {
    push: (chunk) => split(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })),
    end: () => {
      const rest = pending + decoder.decode()
      pending = ""
      const line = rest.endsWith("\r") ? rest.slice(0, -1) : rest
      return line.length > 0 ? [line] : []
    }
  }
}

/**
 * Frames a stream of byte or text chunks into lines; what is left unterminated at the end of the
 * input is emitted as a last line. An oversized line fails the stream with `LineTooLong`.
 */
export const framed = <E, R>(
  input: Stream.Stream<Uint8Array | string, E, R>,
  maxLineBytes: number
): Stream.Stream<string, E | ProtocolError, R> =>
  Stream.suspend(() => {
    const framer = makeLineFramer(maxLineBytes)
    const collect = (result: ReadonlyArray<string> | ProtocolError, into: Array<string>) => {
      if (result instanceof ProtocolError) return result
      for (const line of result) into.push(line)
      return undefined
    }
    return input.pipe(
      Stream.mapChunksEffect((chunk): Effect.Effect<Chunk.Chunk<string>, ProtocolError> => {
        const lines: Array<string> = []
        for (const piece of chunk) {
          const error = collect(framer.push(piece), lines)
          if (error !== undefined) return Effect.fail(error)
        }
        return Effect.succeed(Chunk.unsafeFromArray(lines))
      }),
      Stream.concat(Stream.suspend(() => {
        const lines: Array<string> = []
        const error = collect(framer.end(), lines)
        return error !== undefined ? Stream.fail(error) : Stream.fromIterable(lines)
      }))
    )
  })
