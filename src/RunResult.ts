/**
 * RunResult: the fold of a turn's events. `Codex.run` is `Codex.turn` folded to this value.
 *
 * The fold reads only what it needs from each event, so a newer server cannot hang it: an item
 * of a type this version does not know is kept as an `UnknownItem`, and a `turn/completed` that
 * does not match the pinned schema still ends the turn.
 *
 * @since 0.1.0
 */
import { ProtocolError, TurnFailedError } from "./CodexError.js"
import type { ThreadItem, ThreadTokenUsage, Turn, TurnStatus } from "./generated/schemas.js"
import { ThreadItem as ThreadItemSchema } from "./generated/schemas.js"
import { decodePayload } from "./internal/codec.js"
import { redact } from "./internal/redact.js"
import type { TurnEvent } from "./TurnRegistry.js"

/**
 * An item this version of effect-codex cannot decode (a newer server's item type), kept as it came.
 *
 * @since 0.1.0
 * @category models
 */
export interface UnknownItem {
  readonly type: "unknown"
  /** The item's own `type`, when it has one. */
  readonly originalType: string | undefined
  /** The item exactly as the server sent it. */
  readonly raw: unknown
}

/**
 * What a completed turn produced: its final answer, every item in order, its token usage and the
 * turn as the server reported it.
 *
 * @since 0.1.0
 * @category models
 */
export interface RunResult {
  readonly threadId: string
  readonly turnId: string
  /** `completed` or `interrupted`; a `failed` turn fails with `TurnFailedError` instead. */
  readonly status: Exclude<TurnStatus, "failed" | "inProgress">
  /**
   * The answer: the last agent message with phase `final_answer`, even if commentary completes
   * after it; otherwise the last phase-less agent message (kept even when it is ""); with only
   * commentary, `undefined`.
   */
  readonly finalResponse: string | undefined
  /**
   * Every item of the turn, in order: each `item/completed`, then any item `turn/completed`
   * lists that was not seen completed. Items this version cannot decode are `UnknownItem`s.
   */
  readonly items: ReadonlyArray<ThreadItem | UnknownItem>
  /** The last `thread/tokenUsage/updated` of the turn. */
  readonly usage: ThreadTokenUsage | undefined
  /** The turn as `turn/completed` reported it (fields this version does not know are kept). */
  readonly turn: Turn
}

/**
 * The result of a turn run with `output` (structured output): the `RunResult`, and the final
 * answer decoded with the output schema.
 *
 * @since 0.1.0
 * @category models
 */
export interface RunResultWithOutput<A> extends RunResult {
  /** `finalResponse`, parsed as JSON and decoded with the schema given as `output`. */
  readonly output: A
}

/**
 * Accumulates a turn's events; `result` is available once `turn/completed` has been seen.
 *
 * @since 0.1.0
 * @category models
 */
export interface RunResultFold {
  readonly add: (event: TurnEvent) => void
  /**
   * The result, the typed error the turn ends with (`TurnFailedError`, or `ProtocolError` for a
   * status this version does not know), or `undefined` while the turn has not completed.
   */
  readonly result: () => RunResult | TurnFailedError | ProtocolError | undefined
}

const asItem = (raw: unknown): ThreadItem | UnknownItem => {
  const decoded = decodePayload(ThreadItemSchema, raw, "item")
  if (decoded._tag === "Ok") return decoded.value
  const type = (raw as { type?: unknown } | null | undefined)?.type
  return { type: "unknown", originalType: typeof type === "string" ? type : undefined, raw }
}

const idOf = (item: ThreadItem | UnknownItem): unknown =>
  item.type === "unknown" ? (item.raw as { id?: unknown } | null | undefined)?.id : item.id

/**
 * A fold for one turn of one thread. Feed it the turn's events with `add`, in order; `result`
 * concludes once `turn/completed` has been seen (the conclusion is computed once and kept).
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeFold = (threadId: string, turnId: string): RunResultFold => {
  const items: Array<ThreadItem | UnknownItem> = []
  let usage: ThreadTokenUsage | undefined
  let finalAnswer: string | undefined
  let lastPlain: string | undefined
  let completed: Record<string, unknown> | undefined
  let outcome: RunResult | TurnFailedError | ProtocolError | undefined
  const addItem = (item: ThreadItem | UnknownItem) => {
    items.push(item)
    if (item.type === "agentMessage") {
      if (item.phase === "final_answer") finalAnswer = item.text
      else if (item.phase === null || item.phase === undefined) lastPlain = item.text
    }
  }
  return {
    add: (event) => {
      if (event._tag !== "ServerNotification" && event._tag !== "UnknownNotification") return
      switch (event.method) {
        case "item/completed": {
          addItem(
            event._tag === "ServerNotification" && event.method === "item/completed"
              ? event.params.item
              : asItem((event.params as { item?: unknown } | null | undefined)?.item)
          )
          break
        }
        case "thread/tokenUsage/updated":
          if (event._tag === "ServerNotification" && event.method === "thread/tokenUsage/updated") {
            usage = event.params.tokenUsage
          }
          break
        case "turn/completed": {
          const turn = (event.params as { turn?: unknown } | null | undefined)?.turn
          completed = turn !== null && typeof turn === "object" ? (turn as Record<string, unknown>) : {}
          break
        }
      }
    },
    result: () => {
      if (completed === undefined) return undefined
      return (outcome ??= conclude(completed))
    }
  }

  function conclude(completed: Record<string, unknown>): RunResult | TurnFailedError | ProtocolError {
    const status = completed.status
    if (status === "failed") {
      const error = completed.error as Turn["error"]
      return new TurnFailedError({
        threadId,
        turnId,
        // the server's text can echo a secret it was sent (a URL with its api-key)
        message: typeof error?.message === "string" ? redact(error.message) : "the turn failed",
        ...(error?.codexErrorInfo != null ? { codexErrorInfo: error.codexErrorInfo } : {}),
        ...(error?.additionalDetails != null ? { additionalDetails: error.additionalDetails } : {})
      })
    }
    if (status !== "completed" && status !== "interrupted") {
      return new ProtocolError({
        reason: "UnknownTurnStatus",
        detail: `turn ${turnId} of thread ${threadId} completed with status ${JSON.stringify(status)}, ` +
          `which this version of effect-codex does not know`
      })
    }
    // A turn that was recovered (or a server that lists items only here) adds what was missed.
    const listed = Array.isArray(completed.items) ? completed.items : []
    if (listed.length > 0) {
      const seen = new Set(items.map(idOf))
      for (const raw of listed) {
        const item = asItem(raw)
        const id = idOf(item)
        if (id === undefined || !seen.has(id)) addItem(item)
      }
    }
    return {
      threadId,
      turnId,
      status,
      finalResponse: finalAnswer ?? lastPlain,
      items,
      usage,
      turn: completed as unknown as Turn
    }
  }
}
