/**
 * The app-server as a child process, whatever it listens on: what the stdio transport and
 * `CodexServer` (a server listening on a WebSocket or a unix socket) share.
 *
 * - `prepare`: secrets first (the redactor, and the values registered for text rendered
 *   elsewhere), config planned so that no secret reaches the command line, the binary resolved,
 *   the environment built, a secret config.toml written when one is needed;
 * - `spawn`: `node:child_process` in a process group of its own, the exit recorded from the first
 *   moment, the exit backstop registered until the close ladder is done;
 * - `stop`: the close ladder's waits and signals (stdin EOF → wait → SIGTERM → wait → SIGKILL →
 *   wait, then whatever of the tree outlived it);
 * - `drainStderr`: stderr always drained, into the tail errors carry and optionally the logger.
 *
 * Plain `node:child_process`, because every guarantee here is about timing that a stream wrapper
 * hides (see stdio.ts).
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn as spawnNode } from "node:child_process"
import { randomUUID } from "node:crypto"
import { closeSync, existsSync, fchmodSync, mkdirSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from "node:fs"
import { homedir } from "node:os"
import * as path from "node:path"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Mailbox from "effect/Mailbox"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { TransportError } from "../CodexError.js"
import type { StdioOptions } from "../Transport.js"
import { pinnedBinaryEnv, resolvePinnedBinary } from "./binary.js"
import { planConfig, plainSecretValues } from "./config.js"
import * as ExitBackstop from "./exitBackstop.js"
import { descendantPids, killAll } from "./procTree.js"
import { makeLines, makeRedactor, type makeTail, type Redactor, registerSecrets } from "./redact.js"
import { messageOf, plainCause } from "./transportErrors.js"

export const isWindows = process.platform === "win32"

/** The options about the process itself, shared by every way the app-server is spawned. */
export type ProcessOptions = Pick<
  StdioOptions,
  | "binaryPath"
  | "args"
  | "config"
  | "apiKey"
  | "env"
  | "secretEnv"
  | "cwd"
  | "codexHome"
  | "stderrTailBytes"
  | "logStderr"
  | "closeTimeouts"
>

export interface ExitInfo {
  readonly exitCode?: number
  readonly signal?: string
}

/**
 * Something that happens once, set from an event handler. Waiting on it is bounded and needs no
 * interruption, so the close ladder can wait inside an uninterruptible region and still finish.
 */
export interface Once<A> {
  readonly set: (value: A) => void
  readonly get: () => A | undefined
  /** Calls `f` when the value is set, or at once if it is. */
  readonly onSet: (f: (a: A) => void) => void
  /** Waits at most `ms`; the value, or undefined on timeout. */
  readonly within: (ms: number) => Effect.Effect<A | undefined>
}

export const makeOnce = <A>(): Once<A> => {
  let value: { readonly a: A } | undefined
  const waiters = new Set<(a: A) => void>()
  return {
    set: (a) => {
      if (value !== undefined) return
      value = { a }
      for (const waiter of waiters) waiter(a)
      waiters.clear()
    },
    get: () => value?.a,
    onSet: (f) => {
      if (value !== undefined) f(value.a)
      else waiters.add(f)
    },
    within: (ms) =>
      Effect.async<A | undefined>((resume) => {
        if (value !== undefined) return resume(Effect.succeed(value.a))
        const waiter = (a: A) => {
          clearTimeout(timer)
          resume(Effect.succeed(a))
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          resume(Effect.succeed(undefined))
        }, ms)
        waiters.add(waiter)
        return Effect.sync(() => {
          clearTimeout(timer)
          waiters.delete(waiter)
        })
      })
  }
}


/**
 * Waits for 'spawn' or 'error': a missing or non-executable binary is only reported asynchronously.
 * The exit is recorded from the first moment, because a server that crashes at start-up can exit
 * before the caller gets to attach its own listeners.
 */
const spawnChild = (
  file: string,
  args: ReadonlyArray<string>,
  env: Record<string, string>,
  cwd: string | undefined,
  exited: Once<ExitInfo>,
  redactor: Redactor
): Effect.Effect<ChildProcessWithoutNullStreams, TransportError> =>
  Effect.async<ChildProcessWithoutNullStreams, TransportError>((resume) => {
    const failed = (error: unknown) =>
      resume(Effect.fail(
        new TransportError({
          reason: "Spawn",
          detail: redactor(`cannot start ${file}${cwd !== undefined ? ` in ${cwd}` : ""}: ${messageOf(error)}`),
          cause: plainCause(error, redactor)
        })
      ))
    let child: ChildProcessWithoutNullStreams
    try {
      child = spawnNode(file, args, {
        cwd,
        env: { ...process.env, ...env },
        stdio: "pipe",
        // its own process group, so the close ladder can signal everything it started at once
        detached: !isWindows,
        windowsHide: true
      })
    } catch (error) {
      return failed(error)
    }
    let spawned = false
    child.on("error", (error) => {
      // after 'spawn', an 'error' means a signal could not be delivered: the ladder copes with that
      if (!spawned) failed(error)
    })
    child.once("spawn", () => {
      spawned = true
      resume(Effect.succeed(child))
    })
    child.on("exit", (code, signal) =>
      exited.set(code !== null ? { exitCode: code } : signal !== null ? { signal } : {}))
  })

/** First line of a config.toml effect-codex wrote; the rest of the line names the writer. */
const MARKER = "# effect-codex: secret config of a running app-server, removed when it closes;"

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as { code?: string }).code === "EPERM"
  }
}

const realpathOrSelf = (p: string) => {
  try {
    return realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}

/**
 * Writes the `Redacted` config values that have no environment indirection to
 * `<codexHome>/config.toml` (mode 0600, created exclusively), for the life of the scope. Only in a
 * codex home of the caller's own that has no config.toml yet: never in `~/.codex` or in the
 * `$CODEX_HOME` the user's other codex runs use, never over a config.toml it did not write (one
 * left by a process that is gone is replaced).
 */
const writeSecretConfig = (
  home: string | undefined,
  lines: ReadonlyArray<string>,
  keys: ReadonlyArray<string>,
  redactor: Redactor
): Effect.Effect<void, TransportError, Scope.Scope> =>
  Effect.suspend(() => {
    const refuse = (why: string) =>
      Effect.fail(
        new TransportError({
          reason: "Config",
          detail: redactor(
            `config ${keys.join(", ")} ${keys.length === 1 ? "is" : "are"} Redacted, and codex reads ` +
              `${keys.length === 1 ? "it" : "them"} from no environment variable: the only way in that stays off the ` +
              `command line is a config.toml in the codex home, and ${why}. Pass codexHome: a directory of ` +
              "your own (effect-codex writes its config.toml with mode 0600 and removes it on close), or put " +
              "the values in your config.toml yourself (chmod 600)"
          )
        })
      )
    if (home === undefined) return refuse("no codexHome was given (codex would use ~/.codex, which effect-codex does not write into)")
    const resolved = realpathOrSelf(home)
    const personal = [path.join(homedir(), ".codex"), process.env.CODEX_HOME].filter((p): p is string => p !== undefined)
    if (personal.some((p) => realpathOrSelf(p) === resolved)) {
      return refuse(`${home} is your own codex home, which effect-codex does not write into`)
    }
    const file = path.join(home, "config.toml")
    const id = `${process.pid} ${randomUUID()}`
    const firstLine = `${MARKER} ${id}`
    return Effect.acquireRelease(
      Effect.suspend(() => {
        try {
          mkdirSync(home, { recursive: true, mode: 0o700 })
          if (existsSync(file)) {
            const existing = readFileSync(file, "utf8")
            const writer = existing.startsWith(MARKER) ? Number(existing.slice(MARKER.length).trim().split(" ")[0]) : NaN
            if (Number.isNaN(writer)) return refuse(`${file} exists and is not effect-codex's`)
            if (isAlive(writer)) return refuse(`${file} belongs to another running app-server (process ${writer})`)
            unlinkSync(file)
          }
          const fd = openSync(file, "wx", 0o600)
          try {
            fchmodSync(fd, 0o600)
            writeSync(fd, [firstLine, ...lines, ""].join("\n"))
          } finally {
            closeSync(fd)
          }
          return Effect.void
        } catch (e) {
          return refuse(`writing ${file} failed (${(e as { code?: string }).code ?? messageOf(e)})`)
        }
      }),
      () =>
        Effect.sync(() => {
          try {
            if (readFileSync(file, "utf8").startsWith(firstLine)) unlinkSync(file)
          } catch {
            // gone already
          }
        })
    )
  })

/** What `prepare` found: everything `spawn` needs but the arguments after the config flags. */
export interface Prepared {
  /** Redacts every secret of the options (and `extraSecrets`), and the known patterns. */
  readonly redactor: Redactor
  readonly binaryPath: string
  /** The variables set over the parent's environment. */
  readonly env: Record<string, string>
  /** The `-c key=value` flags of the config, which go before the subcommand; never a secret. */
  readonly configFlags: ReadonlyArray<string>
}

/**
 * Secrets first: everything rendered from here on goes through the redactor this builds, and the
 * values are registered (for the life of the scope) for text rendered where no redactor is at
 * hand. `extraSecrets`: values of the caller's own (a WebSocket token, a shared secret).
 */
export const prepare = (
  options: ProcessOptions,
  extraSecrets: ReadonlyArray<string> = []
): Effect.Effect<Prepared, TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    const planned = planConfig(options.config ?? {}, {
      apiKey: options.apiKey,
      secretEnvNames: Object.keys(options.secretEnv ?? {})
    })
    const secretEnv = Object.entries(options.secretEnv ?? {}).map(([key, value]) =>
      [key, String(Redacted.value(value))] as const
    )
    const secrets = [
      ...plainSecretValues(options),
      ...secretEnv.map(([, value]) => value),
      ...(planned._tag === "Plan" ? planned.plan.secrets : []),
      ...extraSecrets
    ]
    const redactor = makeRedactor(secrets)
    // Also for text rendered where no transport is at hand (payload excerpts in the codec).
    yield* Effect.acquireRelease(Effect.sync(() => registerSecrets(secrets)), (unregister) => Effect.sync(unregister))
    if (planned._tag === "Invalid") {
      return yield* new TransportError({ reason: "Config", detail: redactor(planned.message) })
    }
    const plan = planned.plan

    let binaryPath = options.binaryPath
    const env: Record<string, string> = {}
    if (binaryPath === undefined) {
      const pinned = resolvePinnedBinary()
      if (pinned._tag === "Missing") {
        return yield* new TransportError({
          reason: "Spawn",
          detail: redactor(`cannot find the codex binary: ${pinned.message}`)
        })
      }
      binaryPath = pinned.binary.path
      Object.assign(env, pinnedBinaryEnv(pinned.binary))
    }
    for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value
    for (const [key, value] of secretEnv) env[key] = value
    Object.assign(env, plan.env)
    if (options.codexHome !== undefined) env.CODEX_HOME = options.codexHome
    if (plan.file.length > 0) {
      yield* writeSecretConfig(options.codexHome ?? options.env?.CODEX_HOME, plan.file, plan.fileKeys, redactor)
    }
    return { redactor, binaryPath, env, configFlags: plan.flags }
  })

/** A spawned app-server: the child, its group, and what ends it. */
export interface Spawned {
  readonly child: ChildProcessWithoutNullStreams
  readonly pid: number
  /** Set when the process exits (from the moment it was spawned). */
  readonly exited: Once<ExitInfo>
  /** Signals the process group (the process alone on Windows); nothing when it is empty. */
  readonly killGroup: (signal: NodeJS.Signals) => void
  /**
   * What the scope's finalizer runs. Until it is set, a plain SIGKILL of the group, so that a build
   * that stops before the close ladder is installed still leaves no process.
   */
  readonly setRelease: (release: Effect.Effect<void>) => void
  /** Removes the exit backstop's hook (done when the release ends; call it when the ladder is done). */
  readonly unregisterBackstop: () => void
}

/**
 * Spawns `file` in a process group of its own, for the life of the scope. Should the process end
 * without running finalizers (a signal under a plain Effect.runPromise), the exit backstop kills
 * the server's tree; registered with the spawn, until the ladder is done.
 */
export const spawn = (
  file: string,
  args: ReadonlyArray<string>,
  env: Record<string, string>,
  cwd: string | undefined,
  exited: Once<ExitInfo>,
  redactor: Redactor
): Effect.Effect<Spawned, TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    // The close ladder is installed later; should the build stop before that, the release must
    // still not leak the process, so it starts as a plain kill of the group.
    let release: Effect.Effect<void> = Effect.void
    let unregisterBackstop = () => {}
    const child = yield* Effect.acquireRelease(
      Effect.tap(spawnChild(file, args, env, cwd, exited, redactor), (child) =>
        Effect.sync(() => {
          const spawned = child.pid!
          unregisterBackstop = ExitBackstop.register("processes", () => ExitBackstop.killTree(spawned))
        })),
      () => Effect.suspend(() => release).pipe(Effect.ensuring(Effect.sync(() => unregisterBackstop())))
    )
    const pid = child.pid!
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (isWindows) child.kill(signal)
        else process.kill(-pid, signal)
      } catch {
        // the group is empty already
      }
    }
    release = Effect.sync(() => killGroup("SIGKILL"))
    return {
      child,
      pid,
      exited,
      killGroup,
      setRelease: (next) => {
        release = next
      },
      unregisterBackstop: () => unregisterBackstop()
    }
  })

/** The server's descendants, snapshotted before anything dies and loses its parent. */
export const snapshotTree = (pid: number): ReadonlyArray<number> => isWindows ? [] : descendantPids(pid)

/** The bounded waits of the close ladder, in milliseconds. */
export interface LadderTimeouts {
  readonly afterEof: number
  readonly afterTerm: number
  readonly afterKill: number
}

export const ladderTimeouts = (timeouts: ProcessOptions["closeTimeouts"] = {}): LadderTimeouts => ({
  afterEof: millis(timeouts.afterEof ?? "2 seconds"),
  afterTerm: millis(timeouts.afterTerm ?? "2 seconds"),
  afterKill: millis(timeouts.afterKill ?? "2 seconds")
})

const millis = (input: Duration.DurationInput) => Duration.toMillis(input)

/**
 * The signals of the close ladder: stdin EOF → wait (when `graceful`) → SIGTERM the group → wait
 * → SIGKILL the group → wait, then SIGKILL whatever of `tree` outlived it (codex runs commands in
 * sessions of their own, which a group signal does not reach), and the pipes destroyed. Every wait
 * is bounded and needs no interruption.
 */
export const stop = (
  spawned: Spawned,
  tree: ReadonlyArray<number>,
  graceful: boolean,
  timeouts: LadderTimeouts
): Effect.Effect<void> =>
  Effect.gen(function*() {
    const { child, exited, killGroup, pid } = spawned
    try {
      child.stdin.end()
    } catch {
      // already destroyed
    }
    if (exited.get() === undefined && graceful) yield* exited.within(timeouts.afterEof)
    if (exited.get() === undefined) {
      // Windows has no process groups: `taskkill /T` walks the tree instead (bounded, not awaited)
      if (isWindows) execFile("taskkill", ["/T", "/F", "/PID", String(pid)], { timeout: 5_000, windowsHide: true }, () => {})
      else killGroup("SIGTERM")
      yield* exited.within(timeouts.afterTerm)
    }
    if (exited.get() === undefined) {
      killGroup("SIGKILL")
      yield* exited.within(timeouts.afterKill)
    }
    if (!isWindows) killGroup("SIGKILL") // members of its group that outlived it
    killAll(tree, "SIGKILL")
    child.stdin.destroy()
    child.stdout.destroy()
    child.stderr.destroy()
  })

/** Characters of one forwarded stderr line, and how many lines may wait for the logger. */
const STDERR_LINE_LIMIT = 2048
const STDERR_LOG_BACKLOG = 4096

/** Where stderr goes besides the tail: the logger, when `logStderr` is on. */
export interface StderrLog {
  readonly push: (chunk: Uint8Array) => void
  readonly end: () => void
}

/**
 * `logStderr`: complete stderr lines, redacted and bounded, to the Effect Logger at Debug level,
 * in order, from one fiber of the transport's scope. Never waits: a backlog drops its oldest lines.
 */
export const forwardStderr = (redactor: Redactor): Effect.Effect<StderrLog, never, Scope.Scope> =>
  Effect.gen(function*() {
    const lines = makeLines(STDERR_LINE_LIMIT, redactor)
    const backlog = yield* Mailbox.make<string>({ capacity: STDERR_LOG_BACKLOG, strategy: "sliding" })
    yield* Mailbox.toStream(backlog).pipe(
      Stream.runForEach((line) => Effect.logDebug(line)),
      Effect.annotateLogs({ module: "Transport", stream: "stderr" }),
      Effect.forkScoped
    )
    const offer = (out: Array<string>) => {
      if (out.length > 0) backlog.unsafeOfferAll(out)
    }
    return {
      push: (chunk: Uint8Array) => offer(lines.push(chunk)),
      end: () => {
        offer(lines.end())
        backlog.unsafeDone(Exit.void)
      }
    }
  })

/**
 * Drains stderr, always (an undrained pipe stalls the child): into the tail, the log when there is
 * one, and `onChunk`. `ended` is set when stderr is done.
 */
export const drainStderr = (
  child: ChildProcessWithoutNullStreams,
  tail: ReturnType<typeof makeTail>,
  stderrLog: StderrLog | undefined,
  ended: Once<true>,
  onChunk?: (chunk: Buffer) => void
): void => {
  child.stderr.on("data", (chunk: Buffer) => {
    tail.push(chunk)
    stderrLog?.push(chunk)
    onChunk?.(chunk)
  })
  child.stderr.on("close", () => {
    stderrLog?.end()
    ended.set(true)
  })
  child.stderr.on("error", () => ended.set(true))
}
