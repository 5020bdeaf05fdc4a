/**
 * Scope-free paths through the services, kept off their public interfaces. A turn that is run to
 * the end by one fiber (`Codex.run`, `Codex.runForEach`, `Codex.stream`) needs no `Scope`: its
 * release is run by the fiber itself on exit. Making a scope, extending the context with it and
 * adding a finalizer through the fiber's refs cost more than the rest of a short turn, so the
 * services register these paths here, keyed by the service object, and the verbs use them when
 * the service is one of ours (a hand-made mock of a service has none, and gets the scoped path).
 */
import * as Channel from "effect/Channel"
import * as Chunk from "effect/Chunk"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { RunError, ThreadBusyError, TurnStartError, TurnStreamError } from "../CodexError.js"
import type { Input, TurnOptions } from "../CodexClient.js"
import type { RequestError } from "../RpcRouter.js"
import type { RunResult } from "../RunResult.js"
import type { TurnEvent, TurnSubscription } from "../TurnRegistry.js"

/** A turn opened without a scope: whoever opened it runs `release` once, when it leaves. */
export interface OpenedTurn {
  readonly subscription: TurnSubscription
  /** The turn's buffer, batch by batch: `[events, done]`. */
  readonly takeAll: Effect.Effect<readonly [Chunk.Chunk<TurnEvent>, boolean], TurnStreamError>
  readonly release: Effect.Effect<void>
}

/**
 * Opens a turn. Must run uninterruptibly: only the wait for the `turn/start` answer is made
 * interruptible, through `restore`, so that the caller gets the release in hand before anything
 * can interrupt it.
 */
export type OpenTurn = (
  method: "turn/start" | "review/start",
  params: { readonly threadId: string },
  options: object,
  restore: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
) => Effect.Effect<OpenedTurn, ThreadBusyError | RequestError>

const opens = new WeakMap<object, OpenTurn>()

export const registerOpen = (registry: object, open: OpenTurn): void => {
  opens.set(registry, open)
}

export const openOf = (registry: object): OpenTurn | undefined => opens.get(registry)

const paths = new WeakMap<object, object>()

/** The client's own paths (see `CodexClient`), typed where they are made and used. */
export const registerClient = <P extends object>(client: object, clientPaths: P): void => {
  paths.set(client, clientPaths)
}

export const clientPaths = <P extends object>(client: object): P | undefined => paths.get(client) as P | undefined

/**
 * A turn's buffer as one channel: each batch `takeAll` returns is written as one chunk, and the
 * channel ends after the batch that closes the buffer (or fails as the buffer does).
 */
export const drainChannel = <A, E>(
  takeAll: Effect.Effect<readonly [Chunk.Chunk<A>, boolean], E>
): Channel.Channel<Chunk.Chunk<A>, unknown, E> => {
  const loop: Channel.Channel<Chunk.Chunk<A>, unknown, E> = Channel.flatMap(
    Channel.fromEffect(takeAll),
    ([batch, done]) =>
      done
        ? (Chunk.isEmpty(batch) ? Channel.void : Channel.write(batch))
        : Channel.zipRight(Channel.write(batch), loop)
  )
  return loop
}

/** The client's scope-free verbs; `Codex.run`, `Codex.runForEach` and `Codex.stream` use them. */
export interface ClientPaths {
  readonly run: (
    threadId: string,
    input: Input,
    options?: TurnOptions
  ) => Effect.Effect<RunResult, RunError>
  readonly runForEach: <E, R>(
    threadId: string,
    input: Input,
    f: (event: TurnEvent) => Effect.Effect<void, E, R>,
    options?: TurnOptions
  ) => Effect.Effect<RunResult, RunError | E, R>
  readonly stream: (
    threadId: string,
    input: Input,
    options?: TurnOptions
  ) => Stream.Stream<TurnEvent, TurnStartError | TurnStreamError>
}

/**
 * A transport's `incoming` stream, read without a Stream: batches of lines as the transport
 * buffered them (`[lines, done]`), and `onTake` called as each batch is taken (the stdio
 * transport resumes a paused pipe there). The router's reader fiber loops over it.
 */
export interface IncomingPull<A, E> {
  readonly takeAll: Effect.Effect<readonly [Chunk.Chunk<A>, boolean], E>
  readonly onTake: () => void
}

const pulls = new WeakMap<object, IncomingPull<any, any>>()

export const registerPull = <A, E>(incoming: Stream.Stream<A, E>, pull: IncomingPull<A, E>): void => {
  pulls.set(incoming, pull)
}

export const pullOf = <A, E>(incoming: Stream.Stream<A, E>): IncomingPull<A, E> | undefined =>
  pulls.get(incoming) as IncomingPull<A, E> | undefined

/**
 * Hands a line (without its newline) to the connection at once if it takes writes now: true when
 * handed, false when it is closed or pushing back (the caller then goes through `send`, which
 * queues or fails, in order).
 */
export type TrySend = (line: string) => boolean

const sends = new WeakMap<object, TrySend>()

export const registerTrySend = (transport: object, trySend: TrySend): void => {
  sends.set(transport, trySend)
}

export const trySendOf = (transport: object): TrySend | undefined => sends.get(transport)
