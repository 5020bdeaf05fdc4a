// The Effect ceilings: the floor's own client (client.mjs: spawn, readline, JSON.parse, a Map of
// waiters, no validation) feeding one Effect Mailbox per turn, the turns run as fibers
// (`Effect.forEach(threadIds, runTurn, { concurrency: "unbounded" })`) and consumed exactly as the
// SDK's users consume turns. What the SDK adds on top (decoding, routing, scopes, the fold) is what
// separates it from these; what separates these from the floor is Effect itself.
//
// Usage: node bench/ceiling.mjs <mode> <turns> <deltas>, mode one of
//   stream   Mailbox.toStream(mailbox).pipe(Stream.runForEach(count)), count as in consumer.mjs
//            (the same callback the SDK's `stream` and `forEach` sides use);
//   takeAll  a loop over mailbox.takeAll folding each batch synchronously, as Codex.run's fold
//            does (counts every event, keeps items, usage and the completed turn);
//   takeAllEach  the same loop handing each event, folded, to the callback of consumer.mjs, one
//            Effect per event as a callback consumer (Codex.runForEach) does.
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Mailbox from "effect/Mailbox"
import * as Stream from "effect/Stream"
import { connect } from "./client.mjs"
import { count, counted } from "./consumer.mjs"

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9

/** Starts the turn; its notifications go, as the client's line handler reads them, to a Mailbox. */
const follow = (client, threadId, text) =>
  Effect.flatMap(Mailbox.make(), (mailbox) =>
    Effect.as(
      Effect.sync(() =>
        client.startTurn(threadId, text, {
          event: (m) => void mailbox.unsafeOffer(m),
          done: () => void mailbox.unsafeDone(Exit.void)
        })
      ),
      mailbox
    ))

/** What Codex.run's fold does with each event, on the raw messages (plus a count). */
const makeFold = () => {
  let events = 0
  const items = []
  let usage
  let completed
  return {
    add: (m) => {
      events++
      switch (m.method) {
        case "item/completed":
          items.push(m.params.item)
          break
        case "thread/tokenUsage/updated":
          usage = m.params.tokenUsage
          break
        case "turn/completed":
          completed = m.params.turn
          break
      }
    },
    result: () => ({ events, items, usage, status: completed?.status })
  }
}

const turns = {
  stream: (client, threadId, text) =>
    Effect.flatMap(follow(client, threadId, text), (mailbox) => Mailbox.toStream(mailbox).pipe(Stream.runForEach(count))),
  takeAll: (client, threadId, text) =>
    Effect.flatMap(follow(client, threadId, text), (mailbox) => {
      const fold = makeFold()
      const drain = Effect.flatMap(mailbox.takeAll, ([batch, done]) => {
        for (const m of batch) fold.add(m)
        return done ? Effect.void : drain
      })
      return Effect.map(drain, () => fold.result())
    }),
  takeAllEach: (client, threadId, text) =>
    Effect.flatMap(follow(client, threadId, text), (mailbox) => {
      const fold = makeFold()
      const each = (m) => {
        fold.add(m)
        return count(m)
      }
      const drain = Effect.flatMap(mailbox.takeAll, ([batch, done]) =>
        done ? Effect.forEach(batch, each, { discard: true }) : Effect.zipRight(Effect.forEach(batch, each, { discard: true }), drain))
      return Effect.map(drain, () => fold.result())
    })
}

const [mode, threadsArg, deltasArg] = process.argv.slice(2)
const runTurn = turns[mode]
if (runTurn === undefined) throw new Error(`ceiling.mjs: no mode ${mode} (stream | takeAll | takeAllEach)`)
const threads = Number(threadsArg)
const deltas = Number(deltasArg)

const program = Effect.gen(function*() {
  const client = connect()
  yield* Effect.promise(() => client.initialize())
  const ids = []
  for (let i = 0; i < threads; i++) ids.push((yield* Effect.promise(() => client.request("thread/start", {}))).thread.id)
  const start = process.hrtime.bigint()
  const results = yield* Effect.forEach(ids, (id) => runTurn(client, id, `deltas:${deltas}`), { concurrency: "unbounded" })
  const s = seconds(start)
  client.close()
  let events = counted()
  if (mode === "takeAll" || mode === "takeAllEach") {
    events = 0
    for (const r of results) {
      if (r.status !== "completed" || r.usage?.last.outputTokens !== deltas) throw new Error("incomplete turn")
      events += r.events
    }
  }
  return { events, seconds: s, eventsPerSecond: events / s }
})

const result = await Effect.runPromise(program)
console.log(JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
process.exit(0)
