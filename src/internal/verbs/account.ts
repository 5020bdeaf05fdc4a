/**
 * Accounts and login, as `Codex` verbs (re-exported by `Codex.ts`): `account/read`, the three
 * login flows, `account/logout` and `account/rateLimits/read`.
 *
 * A browser or device-code login is a handle alive for a Scope. Its completion arrives later as
 * the `account/login/completed` notification; the handle watches for it from a subscription that
 * is in place before `account/login/start` is written, so a completion the server sends before
 * (or together with) its answer is never missed.
 */
import * as Deferred from "effect/Deferred"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Runtime from "effect/Runtime"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { LoginError, ProtocolError, type RequestError, TransportError } from "../../CodexError.js"
import * as CodexClient from "../../CodexClient.js"
import type {
  AccountLoginCompletedNotification,
  Chatgptv2LoginAccountParams,
  DesktopOnboardingEntrypoint,
  GetAccountRateLimitsParams,
  GetAccountRateLimitsResponse,
  GetAccountResponse,
  LoginAccountParams,
  LoginAccountResponse
} from "../../generated/schemas.js"
import type { Notification } from "../../RpcRouter.js"
import { verb } from "../observability.js"
import { redact, registerSecrets } from "../redact.js"

const client = CodexClient.CodexClient

// ---- models ------------------------------------------------------------------------------------

/**
 * A login that succeeded: the `account/login/completed` notification of its `loginId`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoginOutcome {
  readonly loginId: string
  /** The onboarding the desktop app should show next, when the server names one. */
  readonly onboardingEntrypoint: DesktopOnboardingEntrypoint | null
}

/**
 * A login in progress, alive for its Scope.
 *
 * - `completed` waits for the login's `account/login/completed` (matched by `loginId`; a
 *   completion of another login is ignored). It succeeds with the outcome, fails with
 *   `LoginError` when the server reports a failure or the login was cancelled, and with the
 *   close reason (`TransportError`, `ProtocolError`) when the connection closes first. Several
 *   fibers may await it; interrupting one while the login is pending cancels the login.
 * - `cancel` sends `account/login/cancel` once (later calls share its result; after completion it
 *   does nothing). When the server confirms, `completed` fails with `LoginError` `Cancelled`.
 * - Closing the scope while the login is pending cancels it on the server (at most one
 *   `account/login/cancel` in all) and fails `completed`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoginHandle {
  readonly loginId: string
  readonly completed: Effect.Effect<LoginOutcome, LoginError | TransportError | ProtocolError>
  readonly cancel: Effect.Effect<void, RequestError>
}

/**
 * A browser login (`account/login/start` with `type: "chatgpt"`): open `authUrl` in a browser;
 * the app-server hosts the local callback (on 127.0.0.1) and completes the login.
 *
 * @since 0.1.0
 * @category models
 */
export interface ChatGptLogin extends LoginHandle {
  /** The URL the user must open to sign in. */
  readonly authUrl: string
}

/**
 * A device-code login (`account/login/start` with `type: "chatgptDeviceCode"`): show the user
 * `verificationUrl` and `userCode`; they sign in on any device and enter the code.
 *
 * @since 0.1.0
 * @category models
 */
export interface DeviceCodeLogin extends LoginHandle {
  /** The URL the user must open, on any device. */
  readonly verificationUrl: string
  /** The one-time code the user must enter there. */
  readonly userCode: string
}

/**
 * Options of a browser or device-code login.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoginOptions {
  /**
   * Time limit of the `account/login/cancel` sent when a pending login is left (its scope closes,
   * or the fiber awaiting `completed` is interrupted); default 5 seconds. Past it, `completed`
   * fails all the same.
   */
  readonly cancelTimeout?: Duration.DurationInput
}

// ---- simple verbs --------------------------------------------------------------------------------

/**
 * `account/read`: the account codex uses (`account`: an API key, ChatGPT with its email and plan,
 * …, or `null`) and whether the configured provider needs OpenAI credentials at all
 * (`requiresOpenaiAuth`). `refreshToken: true` asks for a proactive refresh of a managed ChatGPT
 * token first.
 *
 * @since 0.1.0
 * @category accounts
 */
export const account: (
  options?: { readonly refreshToken?: boolean }
) => Effect.Effect<GetAccountResponse, RequestError, CodexClient.CodexClient> = verb(
  "Codex.account",
  client,
  (client, options: { readonly refreshToken?: boolean } = {}) =>
    client.request("account/read", options.refreshToken !== undefined ? { refreshToken: options.refreshToken } : {})
)

/**
 * `account/logout`: forgets the stored credentials (the server then sends `account/updated`).
 *
 * @since 0.1.0
 * @category accounts
 */
export const logout: () => Effect.Effect<void, RequestError, CodexClient.CodexClient> = verb(
  "Codex.logout",
  client,
  (client) => Effect.asVoid(client.request("account/logout"))
)

/**
 * `account/rateLimits/read`: the ChatGPT account's usage limits (the server refuses with an
 * `RpcError` when the account is not a ChatGPT one).
 *
 * @since 0.1.0
 * @category accounts
 */
export const rateLimits: (
  params?: GetAccountRateLimitsParams
) => Effect.Effect<GetAccountRateLimitsResponse, RequestError, CodexClient.CodexClient> = verb(
  "Codex.rateLimits",
  client,
  (client, params?: GetAccountRateLimitsParams) => client.request("account/rateLimits/read", params)
)

/**
 * `account/login/start` with an OpenAI API key; succeeds once codex has stored it.
 *
 * The key stays a `Redacted` up to the request itself, and its value is registered as a secret
 * for the rest of the process (codex keeps it, and may echo it later): it is replaced by
 * `[REDACTED]` in every error, log line and `logWire` trace this package renders, whatever the
 * key looks like.
 *
 * @since 0.1.0
 * @category login
 */
export const loginApiKey: (
  apiKey: Redacted.Redacted<string>
) => Effect.Effect<void, RequestError, CodexClient.CodexClient> = verb(
  "Codex.loginApiKey",
  client,
  (client, apiKey: Redacted.Redacted<string>) =>
    Effect.suspend(() => {
      const value = Redacted.value(apiKey)
      // never unregistered: see above
      registerSecrets([value])
      return Effect.asVoid(client.request("account/login/start", { type: "apiKey", apiKey: value }))
    })
)

// ---- login handles -------------------------------------------------------------------------------

const LOGIN_COMPLETED = "account/login/completed"

/** How long a cancel sent on interruption or scope close may take, unless told. */
const CANCEL_TIMEOUT = "5 seconds"

/** How much of the server's failure message a `LoginError` keeps. */
const DETAIL_LIMIT = 500

const serverDetail = (error: string | null | undefined): string => {
  if (error == null || error.length === 0) return "the server gave no reason"
  const text = redact(error)
  return text.length <= DETAIL_LIMIT ? text : `${text.slice(0, DETAIL_LIMIT)}… (${text.length - DETAIL_LIMIT} more chars)`
}

/** The `loginId` of an `account/login/completed`, typed or not; `undefined` for any other notification. */
const completionId = (notification: Notification): string | undefined => {
  if (notification.method !== LOGIN_COMPLETED) return undefined
  const id = (notification.params as { readonly loginId?: unknown } | null | undefined)?.loginId
  return typeof id === "string" ? id : undefined
}

type Flow = "chatgpt" | "chatgptDeviceCode"
type CompletedError = LoginError | TransportError | ProtocolError

/**
 * Starts a browser or device-code login and returns its handle, alive for the scope.
 *
 * The watcher that waits for the completion subscribes to `client.notifications` before the
 * request is written: it is started with `Runtime.runFork`, which runs the new fiber on the
 * current thread until its first suspension, and it pulls the stream itself (`Stream.toPull`),
 * whose first pull subscribes without suspending; so when `runFork` returns, the subscription is
 * in place. (A plain `fork` only schedules the fiber, and running a stream forks again: either
 * may subscribe after the answer and its completion were routed.) Completions seen before the
 * answer names the login are kept until it does.
 *
 * The start is uninterruptible (bounded by the request timeout, and ended at once by a closed
 * connection): a login started on the server but unknown to the caller could not be cancelled.
 */
const startLogin = <H extends LoginHandle>(
  client: CodexClient.Service,
  flow: Flow,
  params: LoginAccountParams,
  toHandle: (response: LoginAccountResponse, base: (loginId: string) => LoginHandle) => H | undefined,
  options: LoginOptions
): Effect.Effect<H, RequestError, Scope.Scope> =>
  Effect.uninterruptible(Effect.gen(function*() {
    const scope = yield* Effect.scope
    const runtime = yield* Effect.runtime<never>()
    const leaveTimeout = options.cancelTimeout ?? CANCEL_TIMEOUT
    const outcome = yield* Deferred.make<LoginOutcome, CompletedError>()

    /** Set from the answer; until then, completions are kept in `early`. */
    let loginId: string | undefined
    const early: Array<Notification> = []
    let settled = false
    let cancelRequested = false
    /** The one `account/login/cancel`, once sent: every later cancel shares its result. */
    let cancelling: Deferred.Deferred<void, RequestError> | undefined

    const settle = (exit: Exit.Exit<LoginOutcome, CompletedError>): void => {
      if (settled) return
      settled = true
      Deferred.unsafeDone(outcome, exit)
    }
    const cancelledError = (id: string, detail: string) => new LoginError({ loginId: id, flow, reason: "Cancelled", detail })

    /** Settles the login with its own completion notification. */
    const complete = (id: string, notification: Notification): void => {
      if (notification._tag === "UnknownNotification") {
        return settle(Exit.fail(
          new ProtocolError({
            reason: "InvalidPayload",
            detail: `${LOGIN_COMPLETED} for login ${id} does not decode` +
              (notification.decodeError !== undefined ? `: ${notification.decodeError}` : "")
          })
        ))
      }
      const params = notification.params as AccountLoginCompletedNotification
      if (params.success) {
        return settle(Exit.succeed({ loginId: id, onboardingEntrypoint: params.onboardingEntrypoint ?? null }))
      }
      const detail = serverDetail(params.error)
      settle(Exit.fail(
        cancelRequested ? cancelledError(id, detail) : new LoginError({ loginId: id, flow, reason: "Failed", detail })
      ))
    }

    /** One notification, on the watcher; false once the login is settled (the watcher then ends). */
    const onNotification = (notification: Notification): boolean => {
      if (settled) return false
      const id = completionId(notification)
      if (id === undefined) return true
      if (loginId === undefined) {
        early.push(notification)
        return true
      }
      if (id !== loginId) return true
      complete(id, notification)
      return false
    }

    /** Takes notifications until the login is settled; the connection's close settles it too. */
    const watch: Effect.Effect<void> = Effect.scoped(Effect.flatMap(Stream.toPull(client.notifications), (pull) => {
      const loop: Effect.Effect<void, Option.Option<TransportError | ProtocolError>> = Effect.flatMap(pull, (chunk) => {
        for (const notification of chunk) if (!onNotification(notification)) return Effect.void
        return loop
      })
      return loop
    })).pipe(
      Effect.catchAll((reason) =>
        Effect.sync(() =>
          settle(Exit.fail(Option.getOrElse(reason, () =>
            new TransportError({ reason: "Closed", detail: "the notification stream ended" }))))
        )
      ),
      // the runtime carries this region's flags: the watcher itself must stay interruptible
      Effect.interruptible
    )
    // `Stream.toPull` and the first pull run on the new fiber (running a stream would fork)
    const watcher = Runtime.runFork(runtime)(watch, { scope })
    const stopWatching = () => watcher.unsafeInterruptAsFork(FiberId.none)

    const cancelWithin = (timeout?: Duration.DurationInput): Effect.Effect<void, RequestError> =>
      Effect.suspend(() => {
        if (cancelling !== undefined) return Deferred.await(cancelling)
        if (settled || loginId === undefined) return Effect.void
        const id = loginId
        const done = Deferred.unsafeMake<void, RequestError>(FiberId.none)
        cancelling = done
        cancelRequested = true
        return client.request("account/login/cancel", { loginId: id }, timeout !== undefined ? { timeout } : {}).pipe(
          Effect.map((response) => {
            // `notFound`: the login has ended already, and its own completion says how
            if (response.status === "canceled") {
              settle(Exit.fail(cancelledError(id, "cancelled by the client")))
              stopWatching()
            }
          }),
          Effect.exit,
          Effect.flatMap((exit) => Effect.zipRight(Deferred.done(done, exit), exit)),
          // shared by every caller: it always finishes (bounded by its timeout)
          Effect.uninterruptible
        )
      })

    const completed = Deferred.await(outcome).pipe(
      Effect.onInterrupt(() => Effect.ignore(cancelWithin(leaveTimeout)))
    )
    const base = (id: string): LoginHandle => ({ loginId: id, completed, cancel: cancelWithin() })

    const response = yield* client.request("account/login/start", params).pipe(
      Effect.tapError(() => Fiber.interrupt(watcher))
    )
    const handle = toHandle(response, base)
    if (handle === undefined) {
      yield* Fiber.interrupt(watcher)
      return yield* new ProtocolError({
        reason: "InvalidPayload",
        detail: `account/login/start for a ${flow} login was answered with a ${response.type} login`
      })
    }

    const id = handle.loginId
    loginId = id
    for (const notification of early.splice(0)) {
      if (completionId(notification) === id) complete(id, notification)
    }
    if (settled) stopWatching()

    // Closing the scope while the login is pending cancels it on the server (once), and never
    // leaves `completed` waiting on a watcher that is gone.
    yield* Scope.addFinalizer(
      scope,
      Effect.suspend(() => settled ? Effect.void : Effect.ignore(cancelWithin(leaveTimeout))).pipe(
        Effect.zipRight(Effect.sync(() => settle(Exit.fail(cancelledError(id, "the login's scope closed before it completed")))))
      )
    )
    return handle
  }))

/**
 * `account/login/start` with `type: "chatgpt"`: a browser login. Returns at once with the
 * `authUrl` the user must open; the app-server hosts the local callback and completes the login.
 * The handle is alive for the Scope; see {@link LoginHandle} for `completed` and `cancel`.
 *
 * Starting another login (of any kind) ends this one on the server, as a failure.
 *
 * @since 0.1.0
 * @category login
 */
export const loginChatGpt: (
  params?: Omit<Chatgptv2LoginAccountParams, "type">,
  options?: LoginOptions
) => Effect.Effect<ChatGptLogin, RequestError, CodexClient.CodexClient | Scope.Scope> = verb(
  "Codex.loginChatGpt",
  client,
  (client, params: Omit<Chatgptv2LoginAccountParams, "type"> = {}, options: LoginOptions = {}) =>
    startLogin(
      client,
      "chatgpt",
      { ...params, type: "chatgpt" },
      (response, base) =>
        response.type === "chatgpt" ? { ...base(response.loginId), authUrl: response.authUrl } : undefined,
      options
    )
)

/**
 * `account/login/start` with `type: "chatgptDeviceCode"`: a device-code login, for machines
 * without a browser. Returns with the `verificationUrl` and the `userCode` the user must see;
 * they sign in on any device and enter the code, and the login completes. The handle is alive
 * for the Scope; see {@link LoginHandle} for `completed` and `cancel`. The server asks OpenAI for
 * the code before it answers, so this needs the network.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Console from "effect/Console"
 * import * as Effect from "effect/Effect"
 *
 * const login = Effect.scoped(
 *   Effect.gen(function*() {
 *     const handle = yield* Codex.loginDeviceCode()
 *     yield* Console.log(`Open ${handle.verificationUrl} and enter ${handle.userCode}`)
 *     // Fails with LoginError if the user gives up; leaving the scope early cancels the login.
 *     return yield* handle.completed.pipe(Effect.timeout("15 minutes"))
 *   })
 * )
 * ```
 *
 * @since 0.1.0
 * @category login
 */
export const loginDeviceCode: (
  options?: LoginOptions
) => Effect.Effect<DeviceCodeLogin, RequestError, CodexClient.CodexClient | Scope.Scope> = verb(
  "Codex.loginDeviceCode",
  client,
  (client, options: LoginOptions = {}) =>
    startLogin(
      client,
      "chatgptDeviceCode",
      { type: "chatgptDeviceCode" },
      (response, base) =>
        response.type === "chatgptDeviceCode"
          ? { ...base(response.loginId), verificationUrl: response.verificationUrl, userCode: response.userCode }
          : undefined,
      options
    )
)
