/**
 * effect-codex: an Effect-TS SDK for the Codex app-server.
 *
 * @since 0.1.0
 */
// `CodexLive` comes first: docgen takes the first statement's leading comment as the module's,
// so a namespace re-export there would be documented with it.
export {
  /**
   * The default app-level layer: the pinned codex binary over stdio with default options, on the
   * user's credentials (`~/.codex`, or `CODEX_HOME`).
   *
   * @since 0.1.0
   * @category layers
   */
  CodexLive
} from "./CodexLive.js"

/**
 * Typed handlers for the server's own requests (command and file-change approvals,
 * permissions, user input, tool calls, …), safe by default, and ready-made policies.
 *
 * @since 0.1.0
 * @category modules
 */
export * as Approvals from "./Approvals.js"

/**
 * The user verbs: threads, and turns run, streamed or held as handles.
 *
 * @since 0.1.0
 * @category modules
 */
export * as Codex from "./Codex.js"

/**
 * The client service: typed requests, the notification stream, turn handles, and its layers.
 *
 * @since 0.1.0
 * @category modules
 */
export * as CodexClient from "./CodexClient.js"

/**
 * The typed errors of effect-codex and the unions each verb fails with.
 *
 * @since 0.1.0
 * @category modules
 */
export * as CodexError from "./CodexError.js"

/**
 * One `CodexClient` over several app-server processes sharing one `CODEX_HOME`: threads spread
 * over the members and stay with their owner, overload and dead members are handled, and every
 * `Codex` verb works unchanged.
 *
 * @since 0.1.0
 * @category modules
 */
export * as CodexPool from "./CodexPool.js"

/**
 * A codex app-server that listens (WebSocket on loopback, or a unix socket) for several clients:
 * started, waited for until ready, and stopped with the scope.
 *
 * @since 0.1.0
 * @category modules
 */
export * as CodexServer from "./CodexServer.js"

/**
 * What the client counts, as Effect `Metric`s.
 *
 * @since 0.1.0
 * @category modules
 */
export * as Metrics from "./Metrics.js"

/**
 * Named, typed sandbox and approval policies (read-only, workspace-write, full access; never,
 * on-request, untrusted), as fragments for thread and turn params.
 *
 * @since 0.1.0
 * @category modules
 */
export * as Presets from "./Presets.js"

/**
 * The app-server protocol of the pinned codex: every wire type with its `Schema`, and the
 * method tables.
 *
 * @since 0.1.0
 * @category modules
 */
export * as Protocol from "./Protocol.js"

/**
 * JSON-RPC envelopes, pending requests and the reader fiber.
 *
 * @since 0.1.0
 * @category modules
 */
export * as RpcRouter from "./RpcRouter.js"

/**
 * The fold of a turn's events: what `Codex.run` returns.
 *
 * @since 0.1.0
 * @category modules
 */
export * as RunResult from "./RunResult.js"

/**
 * What answers the server's own requests.
 *
 * @since 0.1.0
 * @category modules
 */
export * as ServerRequestHandler from "./ServerRequestHandler.js"

/**
 * Lines in, lines out: the one layer that knows about processes and pipes (codex over stdio).
 *
 * @since 0.1.0
 * @category modules
 */
export * as Transport from "./Transport.js"

/**
 * One buffer per running turn, and which thread runs which turn.
 *
 * @since 0.1.0
 * @category modules
 */
export * as TurnRegistry from "./TurnRegistry.js"
