/**
 * The Codex app-server protocol of the pinned codex binary (0.169.0), generated from it: every
 * params, response, notification and item type with its `Schema`, and the method tables
 * (`ClientRequests`, `ServerNotifications`, `ServerRequests`) with their type helpers
 * (`ClientRequestParams<M>`, `ClientRequestResponse<M>`, `ServerNotificationParams<M>`, …).
 *
 * ```ts
 * import { Protocol } from "effect-codex"
 * type Item = Protocol.ThreadItem
 * const isItem = Schema.is(Protocol.ThreadItem)
 * ```
 *
 * The names here are the wire's: `Protocol.ServerNotification` is the schema of a notification
 * message as codex writes it. The decoded values the client hands you (tagged
 * `ServerNotification` / `UnknownNotification`, …) are typed in `RpcRouter`.
 *
 * @since 0.1.0
 */
export * from "./generated/schemas.js"
export * from "./generated/methods.js"
