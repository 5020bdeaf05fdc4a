/**
 * What answers the server's own requests (approvals, user input, tool calls…). The RpcRouter runs
 * the handler on a fiber of its own per request, so a slow answer never blocks the reader, and
 * always writes exactly one answer with the request's id echoed.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { RpcErrorObject, ServerRequest, UnknownServerRequest } from "./internal/codec.js"

/**
 * The answer to one server request: a result, or a JSON-RPC error.
 *
 * @since 0.1.0
 * @category models
 */
export type Answer =
  | { readonly _tag: "Result"; readonly result: unknown }
  | { readonly _tag: "Error"; readonly error: RpcErrorObject }

/**
 * The handler's one operation: `handle` answers a server request (typed or unknown) and never
 * fails.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  readonly handle: (request: ServerRequest | UnknownServerRequest) => Effect.Effect<Answer>
}

/**
 * The ServerRequestHandler service: `yield* ServerRequestHandler` gives its `Service`.
 *
 * @since 0.1.0
 * @category tags
 */
export class ServerRequestHandler
  extends Context.Tag("effect-codex/ServerRequestHandler")<ServerRequestHandler, Service>()
{}

/**
 * `ServerRequestHandler.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace ServerRequestHandler {
  /**
   * The service's operations.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = ServerRequestHandlerService
}

type ServerRequestHandlerService = Service

/**
 * The JSON-RPC error code (`-32601`) of the answer to a request whose method is not handled.
 *
 * @since 0.1.0
 * @category constants
 */
export const METHOD_NOT_FOUND = -32601
/**
 * The JSON-RPC error code (`-32603`, internal error) of the error answer to a known method that has
 * no handler, or whose handler failed.
 *
 * @since 0.1.0
 * @category constants
 */
export const INTERNAL_ERROR = -32603

/**
 * Answers every server request with a JSON-RPC error: -32601 for unknown methods, -32603 otherwise.
 *
 * @since 0.1.0
 * @category answering
 */
export const rejectAll: Service = {
  handle: (request) =>
    Effect.succeed({
      _tag: "Error",
      error: request._tag === "UnknownServerRequest" && request.reason === "UnknownMethod"
        ? { code: METHOD_NOT_FOUND, message: `effect-codex does not handle ${request.method}` }
        : { code: INTERNAL_ERROR, message: `effect-codex has no handler for ${request.method}; declined` }
    })
}

/**
 * `rejectAll` as the `ServerRequestHandler` layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerRejectAll: Layer.Layer<ServerRequestHandler> = Layer.succeed(ServerRequestHandler, rejectAll)
