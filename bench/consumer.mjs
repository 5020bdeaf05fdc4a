// The per-event consumer shared by the Effect ceilings (ceiling.mjs) and the SDK (sdk.mjs), so the
// work done per event is the same on both sides: a trivial Effect.sync increment, as a user's
// `Stream.runForEach` / `Codex.runForEach` callback would be.
import * as Effect from "effect/Effect"

let received = 0

/** The consumer callback: one Effect per event, counting it. */
export const count = (_event) => Effect.sync(() => void received++)

/** How many events `count` has seen in this process. */
export const counted = () => received
