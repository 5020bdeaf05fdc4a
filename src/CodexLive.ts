/**
 * The default app-level layer.
 *
 * @since 0.1.0
 */
import type * as Layer from "effect/Layer"
import * as CodexClient from "./CodexClient.js"
import type { TransportError } from "./CodexError.js"

/**
 * The pinned codex binary over stdio with default options, on the user's credentials
 * (`~/.codex`, or `CODEX_HOME`). For options, use `CodexClient.layer(options)` or
 * `CodexClient.layerConfig()`.
 *
 * @since 0.1.0
 * @category layers
 */
export const CodexLive: Layer.Layer<CodexClient.CodexClient, TransportError> = CodexClient.layer()
