/**
 * The wire: classifying lines into envelopes, encoding outgoing messages, and decoding payloads
 * against the generated method tables, forward-compatibly.
 *
 * @since 0.1.0
 */
export {
  decodeEnvelope,
  decodeNotification,
  decodePayload,
  decodeServerRequest,
  encodeErrorResponse,
  encodeNotification,
  encodeRequest,
  encodeResponse,
  excerpt
} from "./internal/codec.js"
export type {
  Envelope,
  RequestId,
  RpcErrorObject,
  ServerNotification,
  ServerRequest,
  UnknownNotification,
  UnknownServerRequest
} from "./internal/codec.js"
export { makeLineFramer } from "./internal/framing.js"
export type { LineFramer } from "./internal/framing.js"
export * from "./generated/methods.js"
