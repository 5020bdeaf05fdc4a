/**
 * Real-binary support: the real pinned codex binary, offline, against the scripted model. The test kit
 * users get (`effect-codex/testing`) is exactly what the tests use.
 */
import * as Testing from "../../src/testing.js"

/** A CodexClient over the real binary with a scripted model; also provides the `Offline` facts. */
export const realClient = Testing.layer
export const RealEnvTag = Testing.Offline
