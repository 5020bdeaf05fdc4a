/**
 * The life of a connection that can come back (the WebSocket transport with `reconnect`), kept
 * off the public `Transport.Service`: the transport registers it here, keyed by the service
 * object, and the router and the client listen.
 *
 * - `onDrop`: the socket went away and a reconnect begins. Nothing written before can still be
 *   answered, so the router fails the requests waiting for an answer (synchronously, from here).
 * - `onReattach`: the socket is back. Before anyone else may send, these run in the order they
 *   were added, inside `attaching` (so their own sends pass the gate): the client initializes
 *   again, resumes its threads and re-attaches its turns. A failure ends the connection.
 */
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import type { TransportError } from "../CodexError.js"

/** What a reconnect hands to the steps that re-attach: which reconnect this is (1, 2, …). */
export interface Reattach {
  readonly attempt: number
}

export interface Lifecycle {
  readonly onDrop: (f: (error: TransportError) => void) => void
  readonly onReattach: (f: (info: Reattach) => Effect.Effect<void, unknown>) => void
}

const lifecycles = new WeakMap<object, Lifecycle>()

export const registerLifecycle = (transport: object, lifecycle: Lifecycle): void => {
  lifecycles.set(transport, lifecycle)
}

export const lifecycleOf = (transport: object): Lifecycle | undefined => lifecycles.get(transport)

/** Set on the fibers re-attaching after a reconnect: their sends go out while everyone else waits. */
export const attaching: FiberRef.FiberRef<boolean> = FiberRef.unsafeMake(false)

/** Runs `effect` as part of a re-attach. */
export const asReattach = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.locally(effect, attaching, true)

/** The registry's side of a re-attach (see `TurnRegistry`), keyed by the registry service. */
export interface Reattachable {
  /** Starts keeping the ids of the items each turn delivered (off unless the connection can come back). */
  readonly enable: () => void
  /** Threads with a turn running in this client. */
  readonly runningThreads: () => ReadonlyArray<string>
  /**
   * On the reader, as the `thread/resume` answer of the new connection is routed: tells the
   * thread's running turn (`Reconnected`), and completes it from the answer if it ended meanwhile.
   */
  readonly reattached: (threadId: string, resumed: unknown, attempt: number) => void
  /** The thread could not be resumed: its running turn fails with `error`. */
  readonly lost: (threadId: string, error: TransportError) => void
}

const reattachables = new WeakMap<object, Reattachable>()

export const registerReattachable = (registry: object, reattachable: Reattachable): void => {
  reattachables.set(registry, reattachable)
}

export const reattachableOf = (registry: object): Reattachable | undefined => reattachables.get(registry)
