/**
 * Approvals: typed handlers for the server's own requests (command and file-change approvals,
 * permissions, user input, dynamic tool calls, elicitations, …), safe by default.
 *
 * - Without configuration every request gets its safe answer: commands and file changes are
 *   declined, no permission is granted, user input and elicitations are declined, dynamic tool
 *   calls get an error result, and methods with no decline get a JSON-RPC error.
 * - Each request is answered exactly once, with its id echoed. A handler that fails, dies,
 *   exceeds its time limit (default 5 minutes) or returns an invalid answer produces the safe
 *   answer, and the failure is logged.
 * - Handlers run on fibers of their own, so a slow one never blocks other threads, and they may
 *   use the client (`CodexClient`) without deadlock.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as path from "node:path"
import type { CodexClient } from "./CodexClient.js"
import {
  ServerRequests,
  type ServerRequestMethod,
  type ServerRequestParams,
  type ServerRequestResponse
} from "./generated/methods.js"
import {
  decodePayload,
  encodeResponse,
  type RequestId,
  type ServerRequest,
  type UnknownServerRequest
} from "./internal/codec.js"
import { parseCommand, type ShellCommand } from "./internal/shellCommand.js"
import { type Answer, INTERNAL_ERROR, METHOD_NOT_FOUND } from "./ServerRequestHandler.js"

/**
 * The JSON-RPC error code (`-32602`) of the answer to a request whose params do not decode and
 * that has no safe result to give instead.
 *
 * @since 0.1.0
 * @category constants
 */
export const INVALID_PARAMS = -32602

/**
 * Who asked: the request's id and method, and the thread and turn it belongs to, if any.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestInfo {
  readonly id: RequestId
  readonly method: string
  readonly threadId: string | undefined
  readonly turnId: string | undefined
}

/**
 * Answers one server-request method. A failure or defect is turned into the safe answer.
 *
 * @since 0.1.0
 * @category models
 */
export type Handler<M extends ServerRequestMethod, R = never> = (
  params: ServerRequestParams<M>,
  request: RequestInfo
) => Effect.Effect<ServerRequestResponse<M>, unknown, R>

/**
 * Handlers by method; a method without one gets its safe answer.
 *
 * @since 0.1.0
 * @category models
 */
export type Handlers<R = never> = { readonly [M in ServerRequestMethod]?: Handler<M, R> }

/**
 * The client's approval handlers and their time limit.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** Handlers may use the client, for example to read the thread before deciding. */
  readonly handlers: Handlers<CodexClient>
  /** Time limit of one handler; past it, the safe answer. */
  readonly timeout: Duration.Duration
}

/**
 * The time limit of one handler when none is given: 5 minutes, time for a human to decide.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_TIMEOUT: Duration.Duration = Duration.minutes(5)

/**
 * The client's approvals. A `Context.Reference`: nobody has to provide it, and without it every
 * server request gets its safe answer (decline, grant nothing).
 *
 * @since 0.1.0
 * @category tags
 */
export class Approvals extends Context.Reference<Approvals>()("effect-codex/Approvals", {
  defaultValue: (): Service => ({ handlers: {}, timeout: DEFAULT_TIMEOUT })
}) {}

/**
 * The client's approvals as a layer, provided to `CodexClient.layer` (or `CodexLive`). Handlers
 * may need services of your own (`R`): the layer requires them and keeps them for the handlers;
 * `CodexClient` is always available to handlers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = <R = never>(
  handlers: Handlers<R>,
  options: { readonly timeout?: Duration.DurationInput } = {}
): Layer.Layer<Approvals, never, Exclude<R, CodexClient>> =>
  Layer.effect(
    Approvals,
    Effect.map(Effect.context<Exclude<R, CodexClient>>(), (context): Service => {
      const bound: Record<string, Handler<ServerRequestMethod, CodexClient>> = {}
      for (const [method, handler] of Object.entries(handlers) as Array<[string, Handler<ServerRequestMethod, R>]>) {
        bound[method] = (params, request) =>
          Effect.mapInputContext(handler(params, request), (outer: Context.Context<CodexClient>) =>
            Context.merge(context, outer) as unknown as Context.Context<R>)
      }
      return { handlers: bound as Handlers<CodexClient>, timeout: Duration.decode(options.timeout ?? DEFAULT_TIMEOUT) }
    })
  )

// ---- policies ----------------------------------------------------------------------------------

/**
 * The default: every request gets its safe answer (decline, grant nothing, error result).
 *
 * @since 0.1.0
 * @category policies
 */
export const declineAll: Handlers = {}

/**
 * Accepts every command, file change and permission request, and approves legacy approvals.
 * Named so that nobody picks it by accident: only for sandboxes you are willing to lose.
 *
 * @since 0.1.0
 * @category policies
 */
export const dangerouslyAcceptAll: Handlers = {
  "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" }),
  "item/fileChange/requestApproval": () => Effect.succeed({ decision: "accept" }),
  "item/permissions/requestApproval": (params) =>
    Effect.succeed({
      permissions: {
        ...(params.permissions.fileSystem != null ? { fileSystem: params.permissions.fileSystem } : {}),
        ...(params.permissions.network != null ? { network: params.permissions.network } : {})
      },
      scope: "turn"
    }),
  applyPatchApproval: () => Effect.succeed({ decision: "approved" }),
  execCommandApproval: () => Effect.succeed({ decision: "approved" })
}

type Predicate<P> = (params: P, request: RequestInfo) => boolean | Effect.Effect<boolean, unknown, CodexClient>

type CommandParams = ServerRequestParams<"item/commandExecution/requestApproval">

/**
 * A command predicate. Besides the params and who asked, it gets `parsed`: the verdict of
 * {@link parseCommand} on `params.command` (`Complex` when codex sent no command). A predicate
 * written for two arguments still fits.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandPredicate = (
  params: CommandParams,
  request: RequestInfo,
  parsed: ShellCommand
) => boolean | Effect.Effect<boolean, unknown, CodexClient>

/**
 * A policy from predicates: accept what a predicate approves, decline the rest.
 *
 * The command predicate receives the parsed command as a third argument. Compound or
 * shell-active commands (`parsed._tag === "Complex"`: `ls && touch X`, `$(…)`, redirections, …)
 * are declined unless the predicate itself returns true for them: a `true` for a `Complex`
 * command is an explicit allow, so write predicates that look at `parsed` (as
 * {@link commandPrefixes} does, which never allows one).
 *
 * @example
 * ```ts
 * import { Approvals, CodexLive } from "effect-codex"
 * import * as Layer from "effect/Layer"
 *
 * // Commands: only `git status` and `git diff …` run inside /work/repo. File changes: accepted,
 * // unless codex also asks to keep a root writable for the rest of the session.
 * const policy = Approvals.fromPredicates({
 *   command: Approvals.commandPrefixes(["git status", "git diff"], { cwd: "/work/repo" }),
 *   fileChange: (params) => params.grantRoot == null
 * })
 *
 * // Every other server request keeps its safe answer (decline, grant nothing).
 * const MainLive = CodexLive.pipe(Layer.provide(Approvals.layer(policy)))
 * ```
 *
 * @since 0.1.0
 * @category policies
 */
export const fromPredicates = (predicates: {
  readonly command?: CommandPredicate
  readonly fileChange?: Predicate<ServerRequestParams<"item/fileChange/requestApproval">>
}): Handlers<CodexClient> => {
  const decide = (verdict: boolean | Effect.Effect<boolean, unknown, CodexClient>) =>
    typeof verdict === "boolean" ? Effect.succeed(verdict) : verdict
  const command = predicates.command
  const fileChange = predicates.fileChange
  return {
    ...(command !== undefined
      ? {
        "item/commandExecution/requestApproval": (params, request) =>
          Effect.map(
            decide(command(params, request, parseCommandOf(params.command))),
            (ok) => ({ decision: ok ? "accept" : "decline" })
          )
      }
      : {}),
    ...(fileChange !== undefined
      ? {
        "item/fileChange/requestApproval": (params, request) =>
          Effect.map(decide(fileChange(params, request)), (ok) => ({ decision: ok ? "accept" : "decline" }))
      }
      : {})
  }
}

const parseCommandOf = (command: string | null | undefined): ShellCommand =>
  command == null ? { _tag: "Complex", reason: "codex sent no command" } : parseCommand(command)

/**
 * The argv of the command a command approval is about: `params.command` (the string codex
 * reports, such as `/bin/bash -lc 'git status'`) parsed by {@link parseCommand}, shell wrappers
 * unwrapped (`["git", "status"]`). `undefined` when that is not a single simple command of
 * literal words (`ls && touch X`, `$(…)`, a redirection, a glob, …) or codex sent no command.
 *
 * `proposedExecpolicyAmendment` is never consulted: it is the rule codex proposes to remember
 * (`["ls"]` for `ls && touch X`), not the command that will run. Nor is `commandActions`, codex's
 * best-effort reading for display (it shows `ls -la` for `ls -la | wc -l`).
 *
 * @since 0.1.0
 * @category utils
 */
export const commandArgv = (params: CommandParams): ReadonlyArray<string> | undefined => {
  const parsed = parseCommandOf(params.command)
  return parsed._tag === "Simple" ? parsed.argv : undefined
}

const prefixWords = (prefix: string | ReadonlyArray<string>): ReadonlyArray<string> => {
  if (typeof prefix !== "string") {
    if (prefix.length === 0) throw new TypeError("commandPrefixes: an empty prefix would allow every command")
    return prefix
  }
  const parsed = parseCommand(prefix)
  if (parsed._tag === "Complex") {
    throw new TypeError(`commandPrefixes: ${JSON.stringify(prefix)} is not a simple command (${parsed.reason})`)
  }
  return parsed.argv
}

/** `child` is `root` or inside it, both absolute POSIX paths, normalised (`..`, `.`, `//`). */
const isWithin = (root: string, child: string): boolean => {
  const r = path.posix.resolve(root)
  const c = path.posix.resolve(child)
  return c === r || c.startsWith(r === "/" ? "/" : r + "/")
}

/**
 * A command predicate that accepts only a single simple command (see {@link parseCommand}) whose
 * argv starts with one of the allowed prefixes, word for word (`"git status"`, parsed like a
 * command, or `["git", "status"]`). Compound and shell-active commands are always declined.
 *
 * - Both must pass: the `command` string codex reports, and every entry of `commandActions`
 *   (codex's own reading of it), each parsed on its own. A missing `command` declines.
 *   `proposedExecpolicyAmendment` is ignored.
 * - Words must match exactly: `/usr/bin/git status` does not match `git status`.
 * - Only plain command approvals are accepted: a request with another `kind` (`writeStdin`,
 *   `humanCommand`), or one that also asks for network access (`networkApprovalContext`) or
 *   extra permissions (`additionalPermissions`), is declined; write your own predicate for those.
 * - `cwd`: the command must run in that directory or below it. Both paths are normalised with
 *   `path.posix.resolve` (`/repo/../etc` is outside `/repo`, `/repository` is not inside `/repo`);
 *   a missing or relative `cwd` in the request declines. Symbolic links are not resolved.
 *
 * Throws a `TypeError` at construction for an empty prefix or one that is not a simple command.
 * A prefix allows everything its command accepts as further arguments (`git diff --output=F`
 * writes F): choose them with that in mind.
 *
 * @since 0.1.0
 * @category policies
 */
export const commandPrefixes = (
  prefixes: ReadonlyArray<string | ReadonlyArray<string>>,
  options: { readonly cwd?: string } = {}
): CommandPredicate => {
  const allowed = prefixes.map(prefixWords)
  const allowedArgv = (argv: ReadonlyArray<string>) =>
    allowed.some((prefix) => prefix.length <= argv.length && prefix.every((word, i) => argv[i] === word))
  const passes = (command: string) => {
    const parsed = parseCommand(command)
    return parsed._tag === "Simple" && allowedArgv(parsed.argv)
  }
  return (params) => {
    if (params.kind !== undefined && params.kind !== "command") return false
    if (params.networkApprovalContext != null || params.additionalPermissions != null) return false
    if (options.cwd !== undefined) {
      const cwd = params.cwd
      if (cwd == null || !cwd.startsWith("/") || !isWithin(options.cwd, cwd)) return false
    }
    if (params.command == null || !passes(params.command)) return false
    return (params.commandActions ?? []).every((action) => passes(action.command))
  }
}

/** The shell-command parser behind the command policies; see {@link ShellCommand}. */
export {
  /**
   * Parses the command string codex reports (`params.command` of a command approval, or one of
   * its `commandActions[i].command`) with POSIX quoting, unwrapping `bash -lc '…'`, `sh -c`,
   * `zsh -lc` and `env`: `Simple` with the argv of the one command that will run, or `Complex`
   * with the reason (`;`, `&&`, `|`, `$(…)`, redirections, globs, …). When in doubt, `Complex`.
   *
   * @since 0.1.0
   * @category utils
   */
  parseCommand,
  /**
   * The verdict of {@link parseCommand}: `Simple` (one command of literal words, with its argv)
   * or `Complex` (anything compound or shell-active, with the reason).
   *
   * @since 0.1.0
   * @category models
   */
  type ShellCommand
}

// ---- answering ---------------------------------------------------------------------------------

const result = (value: unknown): Answer => ({ _tag: "Result", result: value })
const error = (code: number, message: string): Answer => ({ _tag: "Error", error: { code, message } })

/**
 * The answer a request gets when nobody (or no working handler) decides: fail closed.
 *
 * @since 0.1.0
 * @category answering
 */
export const safeAnswer = (request: ServerRequest | UnknownServerRequest): Answer => {
  switch (request.method) {
    case "item/commandExecution/requestApproval":
    case "item/fileChange/requestApproval":
      return result({ decision: "decline" })
    case "item/permissions/requestApproval":
      return result({ permissions: {}, scope: "turn" })
    case "item/tool/requestUserInput":
      return result({ answers: {} })
    case "mcpServer/elicitation/request":
      return result({ action: "decline" })
    case "item/tool/call": {
      const tool = (request.params as { tool?: unknown } | undefined)?.tool
      return result({
        success: false,
        contentItems: [{ type: "inputText", text: `effect-codex: no handler for dynamic tool ${String(tool)}` }]
      })
    }
    case "applyPatchApproval":
    case "execCommandApproval":
      return result({ decision: { denied: { rejection: "declined by effect-codex (no approval handler)" } } })
    default:
      return request._tag === "UnknownServerRequest" && request.reason === "UnknownMethod"
        ? error(METHOD_NOT_FOUND, `effect-codex does not handle ${request.method}`)
        : error(INTERNAL_ERROR, `effect-codex has no handler for ${request.method}; declined`)
  }
}

/**
 * Who asked: the request's id and method, and its thread (`threadId`, or `conversationId` for
 * the legacy requests) and turn, read from its params.
 *
 * @since 0.1.0
 * @category answering
 */
export const requestInfo = (request: ServerRequest | UnknownServerRequest): RequestInfo => {
  const params = request.params as { threadId?: unknown; turnId?: unknown; conversationId?: unknown } | null | undefined
  const threadId = params?.threadId ?? params?.conversationId
  return {
    id: request.id,
    method: request.method,
    threadId: typeof threadId === "string" ? threadId : undefined,
    turnId: typeof params?.turnId === "string" ? params.turnId : undefined
  }
}

/** A warning about a request, annotated with the module, the method and the request's thread and turn. */
const warn = (request: ServerRequest | UnknownServerRequest, message: string) => {
  const info = requestInfo(request)
  return Effect.logWarning(message).pipe(
    Effect.annotateLogs({
      module: "Approvals",
      method: request.method,
      ...(info.threadId !== undefined ? { threadId: info.threadId } : {}),
      ...(info.turnId !== undefined ? { turnId: info.turnId } : {})
    })
  )
}

/**
 * Answers one request with `handlers`: the handler's answer when it succeeds in time with a valid
 * response, otherwise the safe answer (logged). Never fails.
 *
 * @since 0.1.0
 * @category answering
 */
export const answer = <R>(
  handlers: Handlers<R>,
  timeout: Duration.DurationInput,
  request: ServerRequest | UnknownServerRequest
): Effect.Effect<Answer, never, R> => {
  if (request._tag === "UnknownServerRequest") {
    if (request.reason === "UnknownMethod") return Effect.succeed(safeAnswer(request))
    const fallback = safeAnswer(request)
    return Effect.as(
      warn(request, `${request.method} request ${String(request.id)} has invalid params (${request.decodeError}); answered safely`),
      fallback._tag === "Error" ? error(INVALID_PARAMS, `invalid params: ${request.decodeError ?? ""}`) : fallback
    )
  }
  const handler = handlers[request.method] as Handler<ServerRequestMethod, R> | undefined
  if (handler === undefined) return Effect.succeed(safeAnswer(request))
  const fallback = (why: string) =>
    Effect.as(
      warn(request, `approval handler for ${request.method} (request ${String(request.id)}) ${why}; answered safely`),
      safeAnswer(request)
    )
  // `disconnect`: the time limit holds even for a handler that ignores interruption; it is left
  // to finish on its own and its late answer goes nowhere.
  return Effect.suspend(() => handler(request.params as never, requestInfo(request))).pipe(
    Effect.disconnect,
    Effect.timeoutFail({ duration: timeout, onTimeout: () => new TimedOut() }),
    Effect.matchCauseEffect({
      onSuccess: (response): Effect.Effect<Answer> => {
        const spec = ServerRequests[request.method] as { response: any }
        const checked = decodePayload(spec.response, response, `answer to ${request.method}`)
        if (checked._tag === "Invalid") return fallback(`returned an invalid answer (${checked.error.detail})`)
        const encoded = encodeResponse(request.id, response)
        return typeof encoded === "string"
          ? Effect.succeed(result(response))
          : fallback(`returned an answer that cannot be sent (${encoded.detail})`)
      },
      onFailure: (cause) =>
        Cause.isInterruptedOnly(cause)
          ? Effect.interrupt
          : fallback(
            Cause.failureOption(cause).pipe((o) => o._tag === "Some" && o.value instanceof TimedOut)
              ? `exceeded its time limit of ${Duration.format(Duration.decode(timeout))}`
              : `failed: ${Cause.pretty(cause).split("\n")[0]}`
          )
    })
  )
}

class TimedOut {
  readonly _tag = "TimedOut"
}

