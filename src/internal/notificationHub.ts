/**
 * The global notification stream: one sliding mailbox per subscriber, fed synchronously by the
 * reader, so a slow subscriber loses its oldest notifications and never blocks the client. The
 * router's close path fails every subscriber with its reason.
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { CloseReason } from "../Transport.js"
import type { Notification, RpcRouter } from "../RpcRouter.js"

export interface NotificationHub {
  readonly notifications: Stream.Stream<Notification, CloseReason>
  /** Live subscribers (for leak checks). */
  readonly size: () => number
}

export const makeNotificationHub = (
  router: RpcRouter.Service,
  bufferSize: number
): Effect.Effect<NotificationHub, never, Scope.Scope> =>
  Effect.gen(function*() {
    const subscribers = new Set<Mailbox.Mailbox<Notification, CloseReason>>()
    yield* router.subscribe((notification) => {
      for (const mailbox of subscribers) mailbox.unsafeOffer(notification)
    })
    yield* router.onClose((reason) => {
      for (const mailbox of subscribers) mailbox.unsafeDone(Exit.fail(reason))
      subscribers.clear()
    })
    const notifications: Stream.Stream<Notification, CloseReason> = Stream.unwrapScoped(
      Effect.gen(function*() {
        const reason = yield* router.closeReason
        if (Option.isSome(reason)) return Stream.fail(reason.value)
        const mailbox = yield* Mailbox.make<Notification, CloseReason>({ capacity: bufferSize, strategy: "sliding" })
        yield* Effect.acquireRelease(
          Effect.sync(() => subscribers.add(mailbox)),
          () => Effect.sync(() => subscribers.delete(mailbox))
        )
        return Mailbox.toStream(mailbox)
      })
    )
    return { notifications, size: () => subscribers.size }
  })
