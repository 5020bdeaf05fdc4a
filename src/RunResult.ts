/**
 * RunResult: the fold of a turn's events. `Codex.run` is `Codex.turn` folded to this value.
 *
 * @since 0.1.0
 */
import { TurnFailedError } from "./CodexError.js"
import type { ThreadItem, ThreadTokenUsage, Turn, TurnStatus } from "./generated/schemas.js"
import type { TurnEvent } from "./TurnRegistry.js"

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
  /** Every `item/completed` item of the turn, in order. */
  readonly items: ReadonlyArray<ThreadItem>
  /** The last `thread/tokenUsage/updated` of the turn. */
  readonly usage: ThreadTokenUsage | undefined
  /** The turn as `turn/completed` reported it. */
  readonly turn: Turn
}

/** Accumulates a turn's events; `result` is available once `turn/completed` has been seen. */
export interface RunResultFold {
  readonly add: (event: TurnEvent) => void
  /** The result, a `TurnFailedError`, or `undefined` while the turn has not completed. */
  readonly result: () => RunResult | TurnFailedError | undefined
}

export const makeFold = (threadId: string, turnId: string): RunResultFold => {
  const items: Array<ThreadItem> = []
  let usage: ThreadTokenUsage | undefined
  let finalAnswer: string | undefined
  let lastPlain: string | undefined
  let completed: Turn | undefined
  return {
    add: (event) => {
      if (event._tag !== "ServerNotification") return
      switch (event.method) {
        case "item/completed": {
          const item = event.params.item
          items.push(item)
          if (item.type === "agentMessage") {
            if (item.phase === "final_answer") finalAnswer = item.text
            else if (item.phase === null || item.phase === undefined) lastPlain = item.text
          }
          break
        }
        case "thread/tokenUsage/updated":
          usage = event.params.tokenUsage
          break
        case "turn/completed":
          completed = event.params.turn
          break
      }
    },
    result: () => {
      if (completed === undefined) return undefined
      if (completed.status === "failed") {
        const error = completed.error
        return new TurnFailedError({
          threadId,
          turnId,
          message: error?.message ?? "the turn failed",
          ...(error?.codexErrorInfo != null ? { codexErrorInfo: error.codexErrorInfo } : {}),
          ...(error?.additionalDetails != null ? { additionalDetails: error.additionalDetails } : {})
        })
      }
      return {
        threadId,
        turnId,
        status: completed.status === "interrupted" ? "interrupted" : "completed",
        finalResponse: finalAnswer ?? lastPlain,
        items,
        usage,
        turn: completed
      }
    }
  }
}
