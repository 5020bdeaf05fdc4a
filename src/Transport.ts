/**
 * Transport: lines in, lines out. The only layer that knows about processes, pipes and sockets;
 * a WebSocket or unix-socket transport is one more `make*` / `layer*` pair here.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Redacted from "effect/Redacted"
import type * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { type ProtocolError, TransportError } from "./CodexError.js"
import type { RequestId } from "./internal/codec.js"
import type { ConfigValue } from "./internal/config.js"
import * as stdio from "./internal/stdio.js"
import * as websocket from "./internal/websocket.js"

/**
 * Why the connection ended: the transport's own failure, or a protocol violation that closed it.
 *
 * @since 0.1.0
 * @category models
 */
export type CloseReason = TransportError | ProtocolError

/**
 * A line longer than the line limit whose response id could be read from its start (codex writes
 * `{"id":…` first). Only the request it answers fails; the connection stays open.
 *
 * @since 0.1.0
 * @category models
 */
export interface OversizedLine {
  readonly _tag: "OversizedLine"
  /** The id of the response, as the server wrote it. */
  readonly id: RequestId
  /** Characters seen before the line was dropped (at least the limit). */
  readonly length: number
  /** The start of the line, bounded and redacted. */
  readonly excerpt: string
}

/**
 * What the transport hands the router: a complete line, or an oversized response it dropped.
 *
 * @since 0.1.0
 * @category models
 */
export type Incoming = string | OversizedLine

/**
 * How one `send` may be withdrawn, and how its caller learns that it went out.
 *
 * @since 0.1.0
 * @category models
 */
export interface SendOptions {
  /** When this completes before the line was handed to the connection, the line is withdrawn. */
  readonly abandon?: Effect.Effect<unknown, unknown>
  /** Called once, synchronously, when the line is handed to the connection. */
  readonly onWritten?: () => void
}

/**
 * The transport's operations: `yield* Transport` gives them. Lines out (`send`), lines in
 * (`incoming`), and the connection's end.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /**
   * Hands one outgoing JSON message (without the newline) to the connection. Completes at once
   * while the connection takes writes; while it is back-pressured (the peer stops reading), the
   * line waits in a queue bounded in bytes (`maxOutboundBytes`), and so does the caller. If
   * `options.abandon` completes first, or the caller is interrupted, a line that was not yet
   * written is withdrawn: nothing is left queued for a caller that gave up, and nothing is ever
   * half-written. `options.onWritten` is called (synchronously, once) when the line is handed to
   * the connection, so a caller that gave up can still tell whether its line went out. Fails once
   * the transport is closed, with the close reason.
   */
  readonly send: (line: string, options?: SendOptions) => Effect.Effect<void, TransportError>
  /**
   * Incoming lines, for exactly one reader (the RpcRouter). Read eagerly, so the server is never
   * blocked on a full pipe by a slow reader. It never ends successfully: it fails with the reason
   * the connection closed (exit, EOF, read failure, an unattributable oversized line, or `close`).
   */
  readonly incoming: Stream.Stream<Incoming, CloseReason>
  /** Closes the connection; idempotent and bounded in time. */
  readonly close: Effect.Effect<void>
  /** Bytes of outgoing lines queued and not yet written (for tests and diagnostics). */
  readonly queuedBytes: Effect.Effect<number>
  /**
   * Removes the secrets this connection knows of from text about it (error excerpts, log lines):
   * the stdio transport redacts every secret value its options passed (see `StdioOptions`) and
   * the known credential patterns. Layers above pass what they render from the connection's data
   * through it. A transport without one gets the pattern redactor (plus the values live stdio
   * transports registered).
   */
  readonly redact?: (text: string) => string
}

/**
 * The Transport service: `yield* Transport` gives its `Service`.
 *
 * @since 0.1.0
 * @category tags
 */
export class Transport extends Context.Tag("effect-codex/Transport")<Transport, Service>() {}

/**
 * `Transport.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace Transport {
  /**
   * The service's operations.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = TransportService
}

type TransportService = Service

/**
 * Options of the stdio transport, which spawns `codex app-server --listen stdio://`.
 *
 * Secrets. Any local user can read a process's command line (`/proc/<pid>/cmdline`, `ps`), so
 * credentials never go there: pass them as `Redacted` values (`apiKey`, `secretEnv`, `Redacted`
 * values in `config`), and they reach codex through its environment, or where codex has no
 * environment indirection for a key, through a config.toml (mode 0600) in a `codexHome` of your
 * own. Errors and logs never carry them: every `Redacted` value, and every value of `env`,
 * `config` and `args` that could be a credential, is redacted by exact match wherever the SDK
 * renders text (error details, excerpts and stderr tails, log lines), on top of the patterns
 * (`sk-…`, JWTs, `Bearer …`, `Authorization: …`, `api_key=…`, `token: …`). Which plain values
 * count: every `env` value but those of well-known settings (PATH, HOME, TMPDIR, LANG, TERM, TZ,
 * LC_*, RUST_LOG, CODEX_HOME, …); every `config` string but those of identifier keys (`model`,
 * `model_provider`, `wire_api`, `approval_policy`, `sandbox_mode`, `name`, `env_key`, …); every
 * `args` entry that is not a flag; each unless shorter than 8 characters, a number or a boolean
 * word; of a URL, only its user, password and query values.
 *
 * codex 0.169.0 hands its whole environment to the commands the model runs. Whenever a secret
 * travels in the environment, effect-codex turns codex's default filter back on
 * (`shell_environment_policy.ignore_default_excludes=false`: variables whose names contain KEY,
 * SECRET or TOKEN are dropped from commands), unless your `config` sets that key itself; the
 * variables it generates are named accordingly, and so should the names in `secretEnv` be.
 *
 * @since 0.1.0
 * @category models
 */
export interface StdioOptions {
  /** Path of the codex binary. Default: the binary of the pinned `@openai/codex` dependency. */
  readonly binaryPath?: string
  /** Extra arguments after `app-server`. Visible to every local user: no secrets here. */
  readonly args?: ReadonlyArray<string>
  /**
   * Config overrides, flattened to `-c dotted.key=<TOML value>` flags. A `Redacted` value never
   * goes on the command line:
   *
   * - `model_providers.<id>.experimental_bearer_token` goes in a generated environment variable
   *   (`EFFECT_CODEX_SECRET_<n>`) named by `model_providers.<id>.env_key`; codex sends it as
   *   `Authorization: Bearer <value>`;
   * - `model_providers.<id>.http_headers.<name>` → `model_providers.<id>.env_http_headers.<name>`;
   * - `mcp_servers.<id>.bearer_token` → `mcp_servers.<id>.bearer_token_env_var`;
   * - `mcp_servers.<id>.http_headers.<name>` → `mcp_servers.<id>.env_http_headers.<name>`;
   * - any other key has no such indirection in codex: it is written to `<codexHome>/config.toml`
   *   with mode 0600 (removed when the server closes). That needs a `codexHome` of your own
   *   without a config.toml: effect-codex never writes into `~/.codex` or `$CODEX_HOME`, and
   *   fails with `TransportError` reason `Config` instead.
   */
  readonly config?: Readonly<Record<string, ConfigValue | undefined>>
  /**
   * The API key of the model provider that `config.model_provider` selects, which must be defined
   * in `config.model_providers`: it goes in the provider's `env_key` variable (a generated
   * `EFFECT_CODEX_API_KEY` named by `model_providers.<id>.env_key` when the provider names none),
   * and codex sends it as `Authorization: Bearer <key>`. The app-server's built-in `openai`
   * provider does not read OPENAI_API_KEY or CODEX_API_KEY (it reads auth.json, or a key given
   * by `account/login/start`), so without a provider in `config` this fails with reason `Config`.
   */
  readonly apiKey?: Redacted.Redacted<string>
  /** Environment variables, merged over the parent's. Values are redacted from errors and logs (see above). */
  readonly env?: Readonly<Record<string, string | undefined>>
  /**
   * Secret environment variables, merged over `env`: for a provider or MCP server of your
   * config.toml that reads its key from the environment (`env_key`, `bearer_token_env_var`).
   * Always redacted from errors and logs.
   */
  readonly secretEnv?: Readonly<Record<string, Redacted.Redacted<string>>>
  /** Working directory of the server process. */
  readonly cwd?: string
  /** Sets `CODEX_HOME` for the server (config, auth and thread rollouts live there). */
  readonly codexHome?: string
  /**
   * Longest accepted line, in characters (default 128 MiB: `thread/read` of a long thread can be
   * tens of MB). A longer response whose id starts the line fails only that request; any other
   * longer line closes the connection.
   */
  readonly maxLineBytes?: number
  /** Bound of the outgoing queue while the server is not reading (default 64 MiB). */
  readonly maxOutboundBytes?: number
  /**
   * How much of stderr errors carry, in characters (default 64 KiB): redacted before it is cut,
   * terminal escape sequences and control characters removed.
   */
  readonly stderrTailBytes?: number
  /**
   * Forwards each complete line codex writes to stderr to the Effect Logger at `Debug` level
   * (annotated `module: "Transport"`, `stream: "stderr"`), redacted like the stderr tail and cut
   * to 2,048 characters. Off by default. Debug lines show only under
   * `Logger.minimumLogLevel(LogLevel.Debug)`, provided where the client layer is built; codex's
   * own verbosity is `RUST_LOG` in `env`. Lines are dropped, oldest first, past 4,096 waiting for
   * a slow logger: stderr is always drained.
   */
  readonly logStderr?: boolean
  /** Bounded waits of the close ladder: stdin EOF → wait → SIGTERM → wait → SIGKILL → wait. */
  readonly closeTimeouts?: {
    readonly afterEof?: Duration.DurationInput
    readonly afterTerm?: Duration.DurationInput
    readonly afterKill?: Duration.DurationInput
  }
}

/**
 * Spawns the app-server over stdio (`node:child_process`, in a process group of its own). The
 * process lives as long as the scope; closing the scope runs the close ladder, so it always
 * finishes and leaves no process group behind. The server's exit ends the connection even while
 * something it started still holds stdout open.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeStdio: (options?: StdioOptions) => Effect.Effect<Service, TransportError, Scope.Scope> =
  stdio.make

/**
 * The stdio transport as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerStdio = (options: StdioOptions = {}): Layer.Layer<Transport, TransportError> =>
  Layer.scoped(Transport, makeStdio(options))

/**
 * Options of the WebSocket transport, which connects to an app-server started with
 * `codex app-server --listen ws://IP:PORT` or `--listen unix://PATH` (see `CodexServer` for one
 * the SDK starts).
 *
 * Security. A bearer token gives whoever holds it full control of the server: it runs commands
 * as the server's user. It goes only in the `Authorization` header of the upgrade, never in the
 * url, and is redacted from every error and log. A `ws://` url to an address that is not a
 * loopback address is refused when a token would travel in clear text (use `wss://`); a unix
 * socket has no token check at all and relies on its file permissions (codex makes it 0600 in a
 * 0700 directory).
 *
 * @since 0.1.0
 * @category models
 */
export interface WebSocketOptions {
  /** `ws://host:port`, `wss://host:port`, or `unix:///absolute/path.sock` (WebSocket over a unix socket). */
  readonly url: string
  /**
   * Sent as `Authorization: Bearer …` on the upgrade. An Effect is run for each connection, so
   * a reconnect can present a fresh signed token (see `CodexServer.signToken`).
   */
  readonly bearerToken?: Redacted.Redacted<string> | Effect.Effect<Redacted.Redacted<string>, TransportError>
  /** Bound of one connection attempt: TCP, upgrade and answer (default 10 seconds). */
  readonly openTimeout?: Duration.DurationInput
  /** Longest accepted message, in bytes (default 128 MiB). A longer one ends the connection with reason `Read`. */
  readonly maxMessageBytes?: number
  /** How many bytes may wait in the socket before `send` waits for them to be written (default 64 MiB). */
  readonly maxOutboundBytes?: number
  /**
   * Pings the server every `interval` (default 15 seconds); no pong and no message within
   * `timeout` (default 10 seconds) means the connection is dead (a half-open socket), and it is
   * ended like any other drop. `false` turns it off.
   */
  readonly heartbeat?: false | { readonly interval?: Duration.DurationInput; readonly timeout?: Duration.DurationInput }
  /**
   * Reconnects after an unexpected drop, under this schedule (each drop starts it afresh; when
   * it ends, the connection ends with the last error). On the new connection the client
   * initializes again, resumes the threads it has loaded and re-attaches running turns before
   * any other request goes out. Requests that were waiting for an answer when the connection
   * dropped fail with `TransportError` (their outcome on the server is unknown); requests sent
   * while reconnecting wait. Without it, a drop ends the connection and fails every waiter, as
   * over stdio. `Transport.defaultReconnect` is a reasonable choice.
   */
  readonly reconnect?: Schedule.Schedule<unknown, TransportError>
  /** Send a bearer token over `ws://` to a non-loopback address (clear text). Default false. */
  readonly allowInsecureToken?: boolean
  /** How long `close` waits for the server's close frame before cutting the socket (default 2 seconds). */
  readonly closeTimeout?: Duration.DurationInput
}

/**
 * Connects to a listening app-server over WebSocket (TCP or a unix socket). Fails with
 * `TransportError`: reason `Config` for a bad url, `Connect` when nobody answers, the upgrade
 * times out or the server refuses it (`httpStatus`, and the server's own words in `detail`). One
 * JSON-RPC message per text frame; frames are read as they arrive, so a slow consumer never gets
 * the connection dropped by the server. Every write races the close: no `send` waits for ever on
 * a dead socket. Closing the scope closes the socket (the server and its threads live on).
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeWebSocket: (options: WebSocketOptions) => Effect.Effect<Service, TransportError, Scope.Scope> =
  websocket.make

/**
 * The WebSocket transport as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWebSocket = (options: WebSocketOptions): Layer.Layer<Transport, TransportError> =>
  Layer.scoped(Transport, makeWebSocket(options))

/**
 * A reconnect schedule: exponential backoff from 100 ms, at most 5 s between attempts, giving up
 * after a minute.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultReconnect: Schedule.Schedule<unknown, TransportError> = websocket.defaultReconnect
