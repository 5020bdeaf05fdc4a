/**
 * effect-codex: an Effect-TS SDK for the Codex app-server.
 *
 * @since 0.1.0
 */
export * as Approvals from "./Approvals.js"
export * as Codex from "./Codex.js"
export * as CodexClient from "./CodexClient.js"
export * as CodexError from "./CodexError.js"
export * as Metrics from "./Metrics.js"
export * as Protocol from "./Protocol.js"
export * as RpcRouter from "./RpcRouter.js"
export * as RunResult from "./RunResult.js"
export * as ServerRequestHandler from "./ServerRequestHandler.js"
export * as Transport from "./Transport.js"
export * as TurnRegistry from "./TurnRegistry.js"
export { CodexLive } from "./CodexLive.js"
