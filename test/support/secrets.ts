/**
 * Realistic secrets for the secret-handling tests, and the check that no part of one shows.
 */
import { assert } from "@effect/vitest"
import * as Logger from "effect/Logger"

/** An OpenAI project key: `sk-proj-` and 48 characters. */
export const SK_PROJ = "sk-proj-" + "Xq7TnB2vLk9PwR4sYd8MfJ3hGc6ZaE1uNo5WiQ0tKrVb7yHxCsAe"
/** A JWT (HS256 header, `{"sub":"1"}`, a signature). */
export const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sigKq3Vn8Xw2Lp5Rt9Yb4Mz7Hc1Jd6Fg0NsPe2Qa"
/** A bearer token, as an Authorization header carries it. */
export const BEARER = "abc" + "Gt5Rk2Lm9Np4Qs7Vw1Xy3Zb6Cd8Ef0Hj2Kl4Mn"
export const AUTH_HEADER = `Authorization: Bearer ${BEARER}`
/** Random tokens with no recognisable shape: only redaction by value can catch them. */
export const ENV_TOKEN = "Zq8vN3kLr5TtW1yXe9HbPc2Md7GfJs4Ua6Vo0iQn"
export const CFG_TOKEN = "Hw4Bn7Jk2Pq9Ls5Xd1Mv8Rt3Yc6Fg0Ze2Ua4Ki7N"
export const API_KEY = "Ap9Kx2Wm7Qr4Tz1Lv6Yb3Nc8Hd5Fs0Gj2Ek4Ru7P"

/** The parts of each secret that must never show (a JWT's header is public, `sk-proj-` is a prefix). */
const bodies: ReadonlyArray<readonly [string, string]> = [
  ["sk-proj key", SK_PROJ.slice("sk-proj-".length)],
  ["JWT", JWT.slice(JWT.indexOf(".") + 1)],
  ["bearer token", BEARER],
  ["env token", ENV_TOKEN],
  ["config token", CFG_TOKEN],
  ["api key", API_KEY]
]

/** Fails when any 6 consecutive characters of a secret's body appear in `text`. */
export const assertNoSecret = (text: string | undefined, where: string) => {
  if (text === undefined) return
  for (const [name, body] of bodies) {
    for (let i = 0; i + 6 <= body.length; i++) {
      const piece = body.slice(i, i + 6)
      assert(!text.includes(piece), `${where} shows part of the ${name} (${piece}): ${text.slice(0, 2000)}`)
    }
  }
}

// eslint-disable-next-line no-control-regex
export const assertNoEscapes = (text: string | undefined, where: string) =>
  assert(text === undefined || !/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text), `${where} holds control characters: ${JSON.stringify(text)}`)

/** Every log line, via a test logger that replaces the default one. */
export const collectLogs = () => {
  const lines: Array<string> = []
  const logger = Logger.make(({ message }) => {
    lines.push(Array.isArray(message) ? message.map(String).join(" ") : String(message))
  })
  return { lines, layer: Logger.replace(Logger.defaultLogger, logger) }
}
