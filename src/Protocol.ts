/**
 * The Codex app-server protocol of the pinned codex binary (0.169.0), generated from it: every
 * params, response, notification and item type with its `Schema`, and the method tables
 * (`ClientRequests`, `ServerNotifications`, `ServerRequests`) with their type helpers
 * (`ClientRequestParams<M>`, `ClientRequestResponse<M>`, `ServerNotificationParams<M>`, …).
 *
 * Each generated name is both a type and the `Schema` of that type: `Protocol.ThreadItem` is
 * what an item is, and `Schema.is(Protocol.ThreadItem)` checks one. The comments codex's own
 * schema carries are on the generated declarations, where an editor shows them; this reference
 * documents them in two groups (the schemas, the method tables) rather than one entry each.
 *
 * The names here are the wire's: `Protocol.ServerNotification` is the schema of a notification
 * message as codex writes it. The decoded values the client hands you (tagged
 * `ServerNotification` / `UnknownNotification`, …) are typed in `RpcRouter`.
 *
 * @example
 * ```ts
 * import { Protocol } from "effect-codex"
 * import * as Schema from "effect/Schema"
 *
 * // a type and its schema, under one name
 * type Item = Protocol.ThreadItem
 * const isItem: (u: unknown) => u is Item = Schema.is(Protocol.ThreadItem)
 *
 * // the method tables and their type helpers
 * type StartParams = Protocol.ClientRequestParams<"thread/start">
 * const decodeStartResponse = Schema.decodeUnknown(Protocol.ClientRequests["thread/start"].response)
 * const isCompleted = (method: Protocol.ServerNotificationMethod) => method === "turn/completed"
 * ```
 *
 * @since 0.1.0
 */
// Named first, though `export *` below re-exports it too: docgen takes the first statement's
// leading comment as the module's, and a re-export there would be documented with it.
export {
  /**
   * The codex version the protocol was generated from: the pinned binary's.
   *
   * @since 0.1.0
   * @category constants
   */
  codexVersion
} from "./generated/methods.js"

/**
 * Every type of the protocol with its `Schema` under the same name: the params and response of
 * each request, the params of each notification, items (`ThreadItem`), threads and turns
 * (`Thread`, `Turn`, `TurnStatus`), inputs, approvals' decisions, and the shared types they use.
 *
 * @since 0.1.0
 * @category schemas
 */
export * from "./generated/schemas.js"

/**
 * The method tables, `ClientRequests`, `ServerRequests`, `ServerNotifications` and
 * `ClientNotifications` (each method's params and response schemas, and whether it is
 * experimental), with the type helpers that read them: `ClientRequestMethod`,
 * `ClientRequestParams<M>`, `ClientRequestResponse<M>`, `ServerRequestParams<M>`,
 * `ServerRequestResponse<M>`, `ServerNotificationParams<M>`, ….
 *
 * @since 0.1.0
 * @category methods
 */
export * from "./generated/methods.js"
