/**
 * Lossless notification subscriptions (`CodexClient.Service.subscribeNotifications`): the
 * notifications that match a predicate, kept in a bounded buffer of their own, from the moment
 * the subscription is made. Unlike the global `notifications` stream (sliding, subscribed when it
 * is run), nothing is dropped: a consumer that falls `capacity` notifications behind gets a typed
 * error instead, and the connection's close fails the stream with its reason.
 *
 * Each subscription adds its own handler to the router for the life of its scope, so a client
 * with none does no work per notification; the one close listener is registered once per client.
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import type * as Stream from "effect/Stream"
import { NotificationBufferFullError } from "../CodexError.js"
import type { Notification, RpcRouter } from "../RpcRouter.js"
import type { CloseReason } from "../Transport.js"

/**
 * What a subscription's stream can fail with: its consumer fell too far behind, or the
 * connection closed (with its reason).
 *
 * @since 0.1.0
 * @category errors
 */
export type SubscriptionError = NotificationBufferFullError | CloseReason

/**
 * Options of `subscribeNotifications`.
 *
 * @since 0.1.0
 * @category models
 */
export interface SubscribeOptions {
  /** Notifications held for the consumer before the stream fails with `NotificationBufferFullError` (default 4096). */
  readonly capacity?: number
  /** Names the subscription in its `NotificationBufferFullError` (default "a notification subscription"). */
  readonly name?: string
}

/**
 * A lossless subscription, alive for its scope.
 *
 * @since 0.1.0
 * @category models
 */
export interface NotificationSubscription {
  /**
   * The matching notifications, in the order the server sent them, from the moment the
   * subscription was made; one consumer. Fails with `NotificationBufferFullError` when its
   * consumer falls `capacity` behind, with the close reason when the connection closes; ends
   * after `end`, or when the scope closes.
   */
  readonly stream: Stream.Stream<Notification, SubscriptionError>
  /**
   * Stops matching: `stream` yields what it holds, then ends. The server writes a response after
   * the notifications it sent before it, and the client routes them in that order: ending the
   * subscription once a request is answered keeps every notification sent before the answer.
   */
  readonly end: Effect.Effect<void>
}

/** The subscriptions of one client. */
export interface Subscriptions {
  readonly subscribe: (
    predicate: (notification: Notification) => boolean,
    options?: SubscribeOptions
  ) => Effect.Effect<NotificationSubscription, never, Scope.Scope>
  /** Live subscriptions (for leak checks). */
  readonly size: () => number
}

const DEFAULT_CAPACITY = 4096

export const makeSubscriptions = (router: RpcRouter.Service): Effect.Effect<Subscriptions> =>
  Effect.gen(function*() {
    /** The stop function of every live subscription. */
    const live = new Set<(exit: Exit.Exit<void, SubscriptionError>) => void>()
    // once per client: the router keeps its close listeners for its whole life
    yield* router.onClose((reason) => {
      const all = Array.from(live)
      live.clear()
      for (const stop of all) stop(Exit.fail(reason))
    })

    const subscribe: Subscriptions["subscribe"] = (predicate, options = {}) =>
      Effect.gen(function*() {
        const capacity = Math.max(1, options.capacity ?? DEFAULT_CAPACITY)
        const mailbox = yield* Mailbox.make<Notification, SubscriptionError>({ capacity, strategy: "suspend" })
        let open = true
        const stop = (exit: Exit.Exit<void, SubscriptionError>) => {
          if (!open) return
          open = false
          live.delete(stop)
          mailbox.unsafeDone(exit)
        }
        // on the reader fiber, synchronous: a predicate that throws ends its own subscription only
        const handler = (notification: Notification): void => {
          if (!open) return
          let matches: boolean
          try {
            matches = predicate(notification)
          } catch (defect) {
            return stop(Exit.die(defect))
          }
          if (matches && !mailbox.unsafeOffer(notification)) {
            stop(Exit.fail(
              new NotificationBufferFullError({ subscription: options.name ?? "a notification subscription", capacity })
            ))
          }
        }
        yield* Effect.acquireRelease(
          Effect.sync(() => live.add(stop)),
          () => Effect.sync(() => stop(Exit.void))
        )
        yield* router.subscribe(handler)
        // subscribed after the close: nothing will ever come
        const closed = yield* router.closeReason
        if (Option.isSome(closed)) stop(Exit.fail(closed.value))
        return { stream: Mailbox.toStream(mailbox), end: Effect.sync(() => stop(Exit.void)) }
      })

    return { subscribe, size: () => live.size }
  })
