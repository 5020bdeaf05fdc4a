/**
 * Review (`review/start`): the server runs a review turn on the thread (inline delivery, the only
 * one codex 0.169.0 has), which the client tracks exactly like a turn it started with
 * `turn/start` (see `TurnRegistry.Service.startReview`).
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import type { RunError, TurnStartError } from "../../CodexError.js"
import * as CodexClient from "../../CodexClient.js"
import type { ReviewTarget } from "../../generated/schemas.js"
import type { RunResult } from "../../RunResult.js"
import { verb } from "../observability.js"

const client = CodexClient.CodexClient

/**
 * Starts a review of `target` (uncommitted changes, a base branch, a commit, or custom
 * instructions) and returns the review turn's `TurnHandle`, alive for the Scope. Leaving the
 * scope while the review runs interrupts it, as for a turn the client started.
 *
 * @since 0.1.0
 * @category review
 */
export const reviewTurn: (
  threadId: string,
  target: ReviewTarget,
  options?: CodexClient.ReviewOptions
) => Effect.Effect<CodexClient.TurnHandle, TurnStartError, CodexClient.CodexClient | Scope.Scope> = verb(
  "Codex.reviewTurn",
  client,
  (client, threadId: string, target: ReviewTarget, options?: CodexClient.ReviewOptions) =>
    client.reviewTurn(threadId, target, options)
)

/** The review's own text: the last `exitedReviewMode` item's `review`. */
const reviewText = (result: RunResult): string | undefined => {
  for (let i = result.items.length - 1; i >= 0; i--) {
    const item = result.items[i]!
    if (item.type === "exitedReviewMode") return item.review
  }
  return undefined
}

/**
 * Runs a review of `target` to completion: a `RunResult` whose `finalResponse` is the review's
 * text (the `exitedReviewMode` item's, else the last answer) and whose `items` are the review
 * turn's. Interrupting the fiber interrupts the review.
 *
 * @since 0.1.0
 * @category review
 */
export const review: (
  threadId: string,
  target: ReviewTarget,
  options?: CodexClient.ReviewOptions
) => Effect.Effect<RunResult, RunError, CodexClient.CodexClient> = (threadId, target, options) =>
  Effect.scoped(
    Effect.flatMap(reviewTurn(threadId, target, options), (handle) =>
      Effect.map(handle.result, (result) => ({ ...result, finalResponse: reviewText(result) ?? result.finalResponse })))
  )

