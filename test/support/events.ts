/**
 * Consuming a stream of turn events in a test: on a fiber of its own into a queue, and taken off
 * that queue up to an event of a given method, bounded in real time.
 */
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"
import type { TurnEvent } from "../../src/TurnRegistry.js"
import { within } from "./peer.js"

/** Consumes `stream` on a fiber of the test's scope into an unbounded queue. */
export const consumeInto = <E, R>(stream: Stream.Stream<TurnEvent, E, R>) =>
  Effect.gen(function*() {
    const events = yield* Queue.unbounded<TurnEvent>()
    const fiber = yield* stream.pipe(Stream.runForEach((event) => Queue.offer(events, event)), Effect.forkScoped)
    return { events, fiber }
  })

/** Takes events off the queue until one with this method (within 2 s), returning all taken. */
export const takeUntil = (events: Queue.Queue<TurnEvent>, method: string, where: string) =>
  Effect.gen(function*() {
    const taken: Array<TurnEvent> = []
    while (true) {
      const event = yield* Queue.take(events)
      taken.push(event)
      if (event.method === method) return taken
    }
  }).pipe(within(2000, `a ${method} event on ${where}`))
