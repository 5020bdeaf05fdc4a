/**
 * What every transport says about a failure: a platform error reduced to its code and redacted
 * message, and the close reason as the `TransportError` a `send` fails with.
 */
import { TransportError } from "../CodexError.js"
import type { CloseReason } from "../Transport.js"
import type { Redactor } from "./redact.js"

export const messageOf = (error: unknown): string => error instanceof Error ? error.message : String(error)

/**
 * What an error keeps of a platform error: its code and its message, redacted. Never the object
 * itself: Node's spawn errors carry the whole command line (`spawnargs`), and whatever else a
 * platform puts on them would be serialised with the error.
 */
export const plainCause = (error: unknown, redactor: Redactor): { readonly code?: string; readonly message: string } => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === "string"
    ? { code, message: redactor(messageOf(error)) }
    : { message: redactor(messageOf(error)) }
}

export const closedError = (detail: string): TransportError => new TransportError({ reason: "Closed", detail })

/** `send` can only fail with a TransportError; a protocol violation that closed the connection becomes its cause. */
export const asTransportError = (reason: CloseReason): TransportError =>
  reason._tag === "TransportError"
    ? reason
    : new TransportError({ reason: "Closed", detail: `the connection closed: ${reason.message}`, cause: reason })
