/**
 * CodexServer: a codex app-server that listens, on a WebSocket over TCP loopback or over a unix
 * socket, for several clients at once (a shared local daemon, tests). Connect to it with
 * `Transport.layerWebSocket(server.connectOptions)` or `CodexClient.layerWebSocket(...)`.
 *
 * @since 0.1.0
 */
import { createHash, createHmac, randomBytes } from "node:crypto"
import { closeSync, fchmodSync, lstatSync, mkdtempSync, openSync, readlinkSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs"
import * as http from "node:http"
import { isIP } from "node:net"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import { TransportError } from "./CodexError.js"
import * as ExitBackstop from "./internal/exitBackstop.js"
import { makeTail, stripControl } from "./internal/redact.js"
import * as ServerProcess from "./internal/serverProcess.js"
import { messageOf } from "./internal/transportErrors.js"

/**
 * Where the server listens.
 *
 * - `"ws"`: `ws://127.0.0.1:0`, a free port of the loopback interface;
 * - `` `ws://IP:PORT` ``: that address (`localhost` stands for 127.0.0.1; codex takes IP addresses
 *   only). An address that is not a loopback one (127.0.0.0/8, ::1, localhost) needs `auth`;
 * - `"unix"`: a unix socket `codex.sock` (0600) in a fresh temporary directory (0700), removed
 *   when the server closes;
 * - `` `unix://PATH` ``: a unix socket at PATH (relative to `cwd`); its directory must exist.
 *
 * A unix socket is guarded by its file permissions: codex checks no token on it.
 *
 * @since 0.1.0
 * @category models
 */
export type Listen = "ws" | `ws://${string}` | "unix" | `unix://${string}`

/**
 * How WebSocket clients authenticate (`Authorization: Bearer <token>` on the upgrade); refused
 * with HTTP 401 otherwise.
 *
 * - `capability-token`: one fixed token (16 characters at least). Default: 32 random bytes,
 *   base64url. Only its SHA-256 reaches codex's command line.
 * - `signed-bearer-token`: HS256 JWTs signed with `sharedSecret` (32 bytes at least), which codex
 *   reads from a file (mode 0600, in a 0700 temporary directory, removed on close). `exp` is
 *   required; `iss` and `aud` are checked when `issuer` and `audience` are set. The server's
 *   `bearerToken` signs a fresh one, valid for `tokenTtl` (default 1 hour); `signToken` signs
 *   others.
 *
 * @since 0.1.0
 * @category models
 */
export type Auth =
  | {
    readonly mode: "capability-token"
    readonly token?: Redacted.Redacted<string>
  }
  | {
    readonly mode: "signed-bearer-token"
    readonly sharedSecret: Redacted.Redacted<string>
    readonly issuer?: string
    readonly audience?: string
    readonly tokenTtl?: Duration.DurationInput
  }

/**
 * Options of a listening server. The process options are those of the stdio transport (see
 * `Transport.StdioOptions`): the same secret handling, the same close ladder, except that a
 * listening server has no stdin protocol, so the ladder starts with SIGTERM (`closeTimeouts.afterEof`
 * is not used). `args` go after the listen and auth flags.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends ServerProcess.ProcessOptions {
  /** Where to listen (default `"ws"`: `ws://127.0.0.1:0`). */
  readonly listen?: Listen
  /**
   * Client authentication of a WebSocket listener. None by default, which codex allows on a
   * loopback address only: a `ws://` address that is not a loopback one without `auth` fails with
   * `TransportError` reason `Config`, and so does `auth` with a unix socket (codex would ignore it).
   */
  readonly auth?: Auth
  /**
   * How long the server may take to be ready (its address printed, `GET /readyz` answering 200,
   * or for a unix socket an upgrade accepted). Default 30 seconds.
   */
  readonly readyTimeout?: Duration.DurationInput
}

/**
 * A running, listening server.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** `ws://127.0.0.1:PORT` (the real port), or `unix:///absolute/path.sock`. */
  readonly url: string
  /** The server's process id. */
  readonly pid: number
  /**
   * A bearer token for this server: the capability token, or a fresh HS256 JWT (`exp` = now +
   * `tokenTtl`, default 1 hour; `iss`/`aud` when configured) each time it runs; undefined without
   * auth.
   */
  readonly bearerToken: Effect.Effect<Redacted.Redacted<string> | undefined>
  /**
   * Exactly what `Transport.layerWebSocket` and `CodexClient.layerWebSocket` take to connect here:
   * the url, and the bearer token Effect when the server has auth (a reconnect runs it again, and
   * so presents a fresh signed token).
   */
  readonly connectOptions: {
    readonly url: string
    readonly bearerToken?: Effect.Effect<Redacted.Redacted<string>>
  }
  /** The end of the server's stderr, redacted and stripped of control sequences. */
  readonly stderrTail: Effect.Effect<string | undefined>
}

/**
 * The CodexServer service: `yield* CodexServer` gives the running server.
 *
 * @since 0.1.0
 * @category tags
 */
export class CodexServer extends Context.Tag("effect-codex/CodexServer")<CodexServer, Service>() {}

/**
 * `CodexServer.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace CodexServer {
  /**
   * A running, listening server.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = CodexServerService
}

type CodexServerService = Service

// ---- tokens ---------------------------------------------------------------------------------------

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")

/**
 * Signs an HS256 JWT for a server with `auth: { mode: "signed-bearer-token" }` (`node:crypto`, no
 * dependency). Claims: `iat` (now), `exp` (`expiresAt`, else now + `ttl`, default 1 hour), and
 * `nbf`, `iss`, `aud` when given. codex allows some clock skew: a token expired a few seconds ago
 * may still be accepted.
 *
 * @example
 * ```ts
 * import { CodexServer } from "effect-codex"
 * import * as Redacted from "effect/Redacted"
 *
 * const secret = Redacted.make("a shared secret of at least 32 bytes!!")
 * const token = CodexServer.signToken(secret, { audience: "codex", ttl: "10 minutes" })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const signToken = (
  sharedSecret: Redacted.Redacted<string>,
  claims: {
    readonly issuer?: string
    readonly audience?: string
    readonly ttl?: Duration.DurationInput
    readonly notBefore?: Date
    /** Overrides `ttl`: the token expires then (in the past: an expired token, for tests). */
    readonly expiresAt?: Date
  } = {}
): Redacted.Redacted<string> => {
  const now = Math.floor(Date.now() / 1000)
  const exp = claims.expiresAt !== undefined
    ? Math.floor(claims.expiresAt.getTime() / 1000)
    : now + Math.ceil(Duration.toMillis(claims.ttl ?? "1 hour") / 1000)
  const payload: Record<string, string | number> = { iat: now, exp }
  if (claims.notBefore !== undefined) payload.nbf = Math.floor(claims.notBefore.getTime() / 1000)
  if (claims.issuer !== undefined) payload.iss = claims.issuer
  if (claims.audience !== undefined) payload.aud = claims.audience
  const signingInput = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(payload)}`
  const signature = createHmac("sha256", Buffer.from(Redacted.value(sharedSecret), "utf8"))
    .update(signingInput)
    .digest("base64url")
  return Redacted.make(`${signingInput}.${signature}`)
}

// ---- the listen address -----------------------------------------------------------------------------

type Address =
  | { readonly _tag: "ws"; readonly listen: string; readonly loopback: boolean }
  | { readonly _tag: "unix"; readonly path: string | undefined }

const configError = (detail: string) => new TransportError({ reason: "Config", detail })

const isLoopback = (host: string) =>
  host === "localhost" || host === "::1" || (isIP(host) === 4 && host.startsWith("127."))

const parseListen = (listen: Listen, cwd: string | undefined): Effect.Effect<Address, TransportError> => {
  if (listen === "ws") return Effect.succeed({ _tag: "ws", listen: "ws://127.0.0.1:0", loopback: true })
  if (listen === "unix") return Effect.succeed({ _tag: "unix", path: undefined })
  if (listen.startsWith("unix://")) {
    const given = listen.slice("unix://".length)
    if (given.length === 0) return Effect.succeed({ _tag: "unix", path: undefined })
    const resolved = path.resolve(cwd ?? process.cwd(), given)
    let isDirectory = false
    try {
      isDirectory = statSync(path.dirname(resolved)).isDirectory()
    } catch {
      // missing
    }
    return isDirectory
      ? Effect.succeed({ _tag: "unix", path: resolved })
      : Effect.fail(configError(`listen ${listen}: the directory ${path.dirname(resolved)} does not exist`))
  }
  const expected = `listen ${listen}: expected "ws", ws://IP:PORT, "unix" or unix://PATH`
  if (!listen.startsWith("ws://")) return Effect.fail(configError(expected))
  let url: URL
  try {
    url = new URL(listen)
  } catch {
    return Effect.fail(configError(expected))
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1")
  const rest = url.pathname + url.search + url.hash
  if (url.port === "" || (rest !== "" && rest !== "/") || url.username !== "" || url.password !== "") {
    return Effect.fail(configError(expected))
  }
  if (host !== "localhost" && isIP(host) === 0) {
    return Effect.fail(configError(`${expected} (codex takes an IP address, not a host name)`))
  }
  const ip = host === "localhost" ? "127.0.0.1" : host
  return Effect.succeed({
    _tag: "ws",
    listen: `ws://${isIP(ip) === 6 ? `[${ip}]` : ip}:${url.port}`,
    loopback: isLoopback(host)
  })
}

// ---- temporary files ------------------------------------------------------------------------------

/** Retried: a server killed by the exit backstop may still finish one last write. */
const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })

/**
 * A fresh directory (mode 0700) for the life of the scope; the exit backstop removes it should the
 * process end without running finalizers (after the server is killed).
 */
const tempDir = (prefix: string): Effect.Effect<string, TransportError, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.try({
        try: () => {
          const dir = mkdtempSync(path.join(tmpdir(), prefix))
          return { dir, unregister: ExitBackstop.register("files", () => removeDir(dir)) }
        },
        catch: (e) =>
          new TransportError({
            reason: "Config",
            detail: `cannot create a temporary directory: ${messageOf(e)}`
          })
      }),
      ({ dir, unregister }) =>
        Effect.sync(() => {
          unregister()
          removeDir(dir)
        })
    ),
    ({ dir }) => dir
  )

/** Writes `content` to a new file of mode 0600 (created exclusively). */
const writePrivateFile = (file: string, content: string) => {
  const fd = openSync(file, "wx", 0o600)
  try {
    fchmodSync(fd, 0o600)
    writeSync(fd, content)
  } finally {
    closeSync(fd)
  }
}

/**
 * codex 0.169.0 binds a unix socket under a short path of its own (`$TMPDIR/codex-daemon-<uid>/…`)
 * and links the requested path to it; it removes both on SIGTERM, not when it is killed. What a
 * killed server left is removed here, once it is gone.
 */
const removeSocketLeftovers = (socketPath: string) => {
  try {
    if (!lstatSync(socketPath).isSymbolicLink()) return
    const target = path.resolve(path.dirname(socketPath), readlinkSync(socketPath))
    unlinkSync(socketPath)
    if (lstatSync(target).isSocket()) {
      unlinkSync(target)
      rmSync(`${target}.lock`, { force: true })
    }
  } catch {
    // gone already
  }
}

// ---- readiness ----------------------------------------------------------------------------------

/** Bound of one readiness probe. */
const PROBE_TIMEOUT_MS = 1_000
/** How long a start-up failure waits for stderr to end, so the tail holds the server's last words. */
const STDERR_WAIT_MS = 200
/** Longest stderr line searched for the address (the banner's lines are short). */
const BANNER_LINE_LIMIT = 64 * 1024

/** The HTTP status of `GET path` (no `Origin` header: codex answers 403 to any request carrying one). */
const httpStatus = (target: { readonly host: string; readonly port: number }, requestPath: string) =>
  Effect.async<number, Error>((resume) => {
    const request = http.request(
      { host: target.host, port: target.port, path: requestPath, method: "GET", agent: false, timeout: PROBE_TIMEOUT_MS },
      (response) => {
        response.resume()
        resume(Effect.succeed(response.statusCode ?? 0))
      }
    )
    request.on("timeout", () => request.destroy(new Error("timed out")))
    request.on("error", (error) => resume(Effect.fail(error)))
    request.end()
    return Effect.sync(() => request.destroy())
  })

/** A close frame (code 1000), masked as a client's frames must be. */
const CLOSE_FRAME = Buffer.from([0x88, 0x82, 0, 0, 0, 0, 0x03, 0xe8])

/**
 * Whether the server at a unix socket accepts a WebSocket upgrade. codex 0.169.0 serves nothing but
 * upgrades there (a plain `GET /readyz` is answered by a hang-up), so readiness is an upgrade,
 * closed at once with a close frame.
 */
const unixUpgrade = (socketPath: string) =>
  Effect.async<void, Error>((resume) => {
    const request = http.request({
      socketPath,
      path: "/",
      method: "GET",
      agent: false,
      timeout: PROBE_TIMEOUT_MS,
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": randomBytes(16).toString("base64")
      }
    })
    request.on("upgrade", (_response, socket) => {
      socket.on("error", () => {})
      socket.end(CLOSE_FRAME)
      setTimeout(() => socket.destroy(), PROBE_TIMEOUT_MS).unref()
      resume(Effect.void)
    })
    request.on("response", (response) => {
      response.resume()
      resume(Effect.fail(new Error(`HTTP ${response.statusCode}`)))
    })
    request.on("timeout", () => request.destroy(new Error("timed out")))
    request.on("error", (error) => resume(Effect.fail(error)))
    request.end()
    return Effect.sync(() => request.destroy())
  })

/** Whether something already listens at a unix socket path. */
const listensAt = (socketPath: string) =>
  Effect.map(Effect.either(unixUpgrade(socketPath)), (result) => result._tag === "Right")

/** The host to probe for a bound address: a wildcard address is reached on its loopback. */
const probeHost = (hostname: string) => {
  const host = hostname.replace(/^\[(.*)\]$/, "$1")
  return host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host
}

// ---- the server -----------------------------------------------------------------------------------

/**
 * Spawns `codex app-server --listen <address>` (with `--ws-auth …` flags for `auth`) in a process
 * group of its own and waits until it is ready: for a WebSocket, the address it prints on stderr
 * (the real port for port 0) and `GET /readyz` answering 200; for a unix socket, an upgrade
 * accepted. A server that exits first, or is not ready within `readyTimeout`, fails with
 * `TransportError` reason `Spawn` (exit code or signal, and the redacted stderr tail), and is
 * killed. Secrets never reach the command line, errors or logs: only the SHA-256 of a capability
 * token is passed; a shared secret goes in a 0600 file.
 *
 * The process lives as long as the scope; closing it runs the close ladder (SIGTERM → wait →
 * SIGKILL of the group and of whatever the server started) and removes the temporary files.
 *
 * @example
 * ```ts
 * import { CodexClient, CodexServer } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * const program = Effect.gen(function*() {
 *   const server = yield* CodexServer.make({ auth: { mode: "capability-token" } })
 *   const client = CodexClient.layerWebSocket(server.connectOptions)
 *   return { url: server.url, client }
 * })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Service, TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    const address = yield* parseListen(options.listen ?? "ws", options.cwd)
    const auth = options.auth
    if (address._tag === "unix" && auth !== undefined) {
      return yield* configError(
        "auth is for WebSocket listeners: codex checks no token on a unix socket, whose file permissions " +
          "(0600 in a 0700 directory) are what guards it"
      )
    }
    if (address._tag === "ws" && !address.loopback && auth === undefined) {
      return yield* configError(
        `listen ${address.listen} is not a loopback address: whoever reaches it could run commands as ` +
          "this user, so it needs auth (capability-token or signed-bearer-token)"
      )
    }

    // Secrets first: the redactor knows the token or the shared secret from the start.
    let authSecret: string | undefined
    let token: Redacted.Redacted<string> | undefined
    if (auth?.mode === "capability-token") {
      token = auth.token ?? Redacted.make(randomBytes(32).toString("base64url"))
      authSecret = Redacted.value(token)
      if (authSecret.length < 16 || authSecret.trim() !== authSecret) {
        return yield* configError("auth.token must have 16 characters at least, and no white space at either end")
      }
    } else if (auth?.mode === "signed-bearer-token") {
      authSecret = Redacted.value(auth.sharedSecret)
      if (authSecret.trim() !== authSecret) {
        // codex trims its secret file: tokens signed with the untrimmed secret would be refused
        return yield* configError("auth.sharedSecret starts or ends with white space, which codex trims from it")
      }
      const bytes = Buffer.byteLength(authSecret, "utf8")
      if (bytes < 32) {
        return yield* configError(`auth.sharedSecret has ${bytes} bytes: HS256 needs 32 at least (codex refuses less)`)
      }
    }
    const prepared = yield* ServerProcess.prepare(options, authSecret === undefined ? [] : [authSecret])
    const { redactor } = prepared

    const authArgs: Array<string> = []
    if (auth?.mode === "capability-token") {
      const digest = createHash("sha256").update(authSecret!, "utf8").digest("hex")
      authArgs.push("--ws-auth", "capability-token", "--ws-token-sha256", digest)
    } else if (auth?.mode === "signed-bearer-token") {
      const dir = yield* tempDir("effect-codex-ws-auth-")
      const file = path.join(dir, "shared-secret")
      yield* Effect.try({
        try: () => writePrivateFile(file, authSecret!),
        catch: (e) =>
          new TransportError({
            reason: "Config",
            detail: redactor(`cannot write the shared secret file ${file}: ${messageOf(e)}`)
          })
      })
      authArgs.push("--ws-auth", "signed-bearer-token", "--ws-shared-secret-file", file)
      if (auth.issuer !== undefined) authArgs.push("--ws-issuer", auth.issuer)
      if (auth.audience !== undefined) authArgs.push("--ws-audience", auth.audience)
    }

    let socketPath: string | undefined
    if (address._tag === "unix") {
      socketPath = address.path ?? path.join(yield* tempDir("effect-codex-sock-"), "codex.sock")
      if (address.path !== undefined && (yield* listensAt(address.path))) {
        return yield* new TransportError({
          reason: "Spawn",
          detail: redactor(`a server already listens at ${address.path}`)
        })
      }
    }
    const listenArg = address._tag === "ws" ? address.listen : `unix://${socketPath}`
    const args = [...prepared.configFlags, "app-server", "--listen", listenArg, ...authArgs, ...(options.args ?? [])]

    const tail = makeTail(options.stderrTailBytes ?? 64 * 1024, redactor)
    const stderrLog = options.logStderr === true ? yield* ServerProcess.forwardStderr(redactor) : undefined
    const exited = ServerProcess.makeOnce<ServerProcess.ExitInfo>()
    const stderrEnded = ServerProcess.makeOnce<true>()
    const listening = yield* Deferred.make<string>()
    const exitedFirst = yield* Deferred.make<ServerProcess.ExitInfo>()

    const spawned = yield* ServerProcess.spawn(
      prepared.binaryPath,
      args,
      prepared.env,
      options.cwd,
      exited,
      redactor
    )
    const { child, pid } = spawned
    // no stdin protocol and nothing on stdout: both are there only to be closed
    child.stdin.on("error", () => {})
    child.stdout.on("error", () => {})
    child.stdout.resume()

    // The address is on stderr: "codex app-server (WebSockets)\n  listening on: ws://127.0.0.1:PORT\n…"
    const decoder = new TextDecoder()
    let pending = ""
    let found = false
    const findAddress = address._tag === "ws"
      ? (chunk: Buffer) => {
        if (found) return
        pending += decoder.decode(chunk, { stream: true })
        let newline = pending.indexOf("\n")
        while (newline !== -1 && !found) {
          const match = /listening on:\s*(ws:\/\/\S+)/.exec(stripControl(pending.slice(0, newline)))
          if (match !== null) {
            found = true
            Deferred.unsafeDone(listening, Exit.succeed(match[1]!))
          }
          pending = pending.slice(newline + 1)
          newline = pending.indexOf("\n")
        }
        if (pending.length > BANNER_LINE_LIMIT) pending = ""
      }
      : undefined
    ServerProcess.drainStderr(child, tail, stderrLog, stderrEnded, findAddress)
    exited.onSet((info) => Deferred.unsafeDone(exitedFirst, Exit.succeed(info)))

    // Once, to the end, whoever asks first: on a failed start, and when the scope closes.
    const timeouts = ServerProcess.ladderTimeouts(options.closeTimeouts)
    const close = yield* Effect.cached(
      Effect.suspend(() => ServerProcess.stop(spawned, ServerProcess.snapshotTree(pid), false, timeouts)).pipe(
        Effect.ensuring(Effect.sync(() => {
          spawned.unregisterBackstop()
          if (socketPath !== undefined) removeSocketLeftovers(socketPath)
        })),
        Effect.uninterruptible
      )
    )
    spawned.setRelease(close)

    const stderrTail = Effect.sync(() => {
      const text = tail.get()
      return text.length > 0 ? text : undefined
    })
    const spawnError = (detail: string, info: ServerProcess.ExitInfo = {}) =>
      Effect.flatMap(stderrTail, (text) =>
        Effect.fail(
          new TransportError({
            reason: "Spawn",
            detail: redactor(detail),
            ...info,
            ...(text === undefined ? {} : { stderrTail: text })
          })
        ))

    // Probes are retried until the race below ends them: they never fail.
    const ready: Effect.Effect<string, Error> = address._tag === "ws"
      ? Effect.gen(function*() {
        const url = yield* Deferred.await(listening)
        const parsed = new URL(url)
        const target = { host: probeHost(parsed.hostname), port: Number(parsed.port) }
        yield* httpStatus(target, "/readyz").pipe(
          Effect.filterOrFail((status) => status === 200, (status) => new Error(`HTTP ${status}`)),
          Effect.retry(Schedule.spaced("50 millis"))
        )
        return url.replace(/\/$/, "")
      })
      : unixUpgrade(socketPath!).pipe(
        Effect.retry(Schedule.spaced("50 millis")),
        Effect.as(`unix://${socketPath}`)
      )
    const died = Effect.flatMap(Deferred.await(exitedFirst), (info) =>
      Effect.zipRight(
        stderrEnded.within(STDERR_WAIT_MS),
        spawnError("the app-server exited before it was ready", info)
      ))
    const readyTimeout = options.readyTimeout ?? "30 seconds"
    const url = yield* Effect.raceFirst(Effect.orDie(ready), died).pipe(
      Effect.timeout(readyTimeout),
      Effect.catchTag(
        "TimeoutException",
        () => spawnError(`the app-server was not ready within ${Duration.format(Duration.decode(readyTimeout))}`)
      ),
      Effect.tapError(() => close)
    )

    const bearerToken: Effect.Effect<Redacted.Redacted<string>> | undefined = auth === undefined
      ? undefined
      : auth.mode === "capability-token"
      ? Effect.succeed(token!)
      : Effect.sync(() =>
        signToken(auth.sharedSecret, {
          ...(auth.issuer === undefined ? {} : { issuer: auth.issuer }),
          ...(auth.audience === undefined ? {} : { audience: auth.audience }),
          ttl: auth.tokenTtl ?? "1 hour"
        })
      )
    return CodexServer.of({
      url,
      pid,
      bearerToken: bearerToken ?? Effect.succeed(undefined),
      connectOptions: bearerToken === undefined ? { url } : { url, bearerToken },
      stderrTail
    })
  })

/**
 * A listening server as a layer: it lives as long as the layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<CodexServer, TransportError> =>
  Layer.scoped(CodexServer, make(options))
