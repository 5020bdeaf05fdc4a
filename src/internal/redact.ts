/**
 * Keeps secrets out of errors and logs.
 *
 * Two kinds of matching, always together:
 *
 * - by pattern: API keys (`sk-…`, `sk-proj-…`), JWTs (`eyJ….….…`), `Bearer …` tokens,
 *   `Authorization: …` headers, and `api_key=…` / `token: …` / `secret=…` / `password=…`
 *   assignments (a value of 8 or more characters with a letter in it);
 * - by value: every secret the caller handed over (the stdio transport builds its redactor from
 *   the values of its options, chosen by `plainSecretValues` in config.ts, plus every `Redacted`
 *   value), matched as exact substrings, also in their JSON-escaped and URL-encoded forms.
 *
 * Redaction always runs on whole text before anything is cut to a bound: cutting first could leave
 * the part of a key beyond the cut, which no longer matches anything. `head` and `makeTail` are
 * the two ways text is bounded here, and both redact first.
 */

export const REDACTED = "[REDACTED]"

/** A redactor: text in, text with every secret it knows replaced by `[REDACTED]` out. */
export interface Redactor {
  (text: string): string
  /** The values it redacts by exact match (longest first); patterns come on top. */
  readonly values: () => ReadonlyArray<string>
}

const patterns: ReadonlyArray<readonly [RegExp, string]> = [
  // JWTs: base64url JSON header `{"…` is `eyJ…`, then payload and signature
  [/\beyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*)*/g, REDACTED],
  [/\b(authorization)(["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',}]+/gi, `$1$2${REDACTED}`],
  [/\bbearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, `Bearer ${REDACTED}`],
  // sk-…, sk-proj-…, sk-svcacct-…, sk-ant-…
  [/\bsk-[A-Za-z0-9_-]{8,}/g, `sk-${REDACTED}`],
  // api_key=…, "access_token": "…", X-Api-Key: …, client_secret=…, PASSWORD=…
  [
    /(api[_-]?key|secret|password|passwd|token)([A-Za-z0-9_-]{0,40})(["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)(?=[^\s"',;&}[\]]*[A-Za-z])[^\s"',;&}[\]]{8,}/gi,
    `$1$2$3${REDACTED}`
  ]
]

/** The pattern redactor alone. */
export const redactPatterns = (text: string): string => {
  let out = text
  for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement)
  return out
}

/** Shortest value that is redacted by exact match: shorter ones would shred ordinary text. */
export const MIN_VALUE_LENGTH = 4

/** The forms a value can take in text: itself, JSON-escaped (a JSON or TOML string), URL-encoded. */
const formsOf = (value: string): ReadonlyArray<string> => {
  const forms = new Set<string>([value])
  forms.add(JSON.stringify(value).slice(1, -1))
  try {
    forms.add(encodeURIComponent(value))
  } catch {
    // lone surrogates: no URL form
  }
  // a value over several lines (a PEM key) is also matched line by line
  if (value.includes("\n")) {
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) forms.add(line)
  }
  return Array.from(forms).filter((form) => form.length >= MIN_VALUE_LENGTH)
}

const normalise = (values: Iterable<string>): Array<string> => {
  const all = new Set<string>()
  for (const value of values) {
    if (typeof value !== "string" || value.length < MIN_VALUE_LENGTH) continue
    for (const form of formsOf(value)) all.add(form)
  }
  // longest first, so that a value containing another is replaced whole
  return Array.from(all).sort((a, b) => b.length - a.length)
}

const replaceValues = (text: string, values: ReadonlyArray<string>): string => {
  let out = text
  for (const value of values) if (out.includes(value)) out = out.split(value).join(REDACTED)
  return out
}

/** A redactor for these values and the patterns. */
export const makeRedactor = (values: Iterable<string>): Redactor => {
  const own = normalise(values)
  // and the values registered since (an API key given to `loginApiKey` after the spawn)
  const redactor = (text: string) => {
    const mine = replaceValues(text, own)
    return redactPatterns(registered.length === 0 ? mine : replaceValues(mine, registered))
  }
  return Object.assign(redactor, { values: () => own })
}

// ---------------------------------------------------------------------------------------------
// Values registered by live transports, for text rendered where no transport is at hand (payload
// decoding in the codec, called from the client layers). Over-redaction across transports is the
// only cost.

const registry = new Map<string, number>()
let registered: ReadonlyArray<string> = []

const refresh = () => {
  registered = Array.from(registry.keys()).sort((a, b) => b.length - a.length)
}

/** Registers secret values until the returned function is called (reference-counted). */
export const registerSecrets = (values: Iterable<string>): () => void => {
  const forms = normalise(values)
  for (const form of forms) registry.set(form, (registry.get(form) ?? 0) + 1)
  refresh()
  let done = false
  return () => {
    if (done) return
    done = true
    for (const form of forms) {
      const count = (registry.get(form) ?? 1) - 1
      if (count <= 0) registry.delete(form)
      else registry.set(form, count)
    }
    refresh()
  }
}

/** The default redactor: patterns, plus every value a live transport registered. */
export const redact: Redactor = Object.assign(
  (text: string) => redactPatterns(registered.length === 0 ? text : replaceValues(text, registered)),
  { values: () => registered }
)

// ---------------------------------------------------------------------------------------------
// Bounding text without leaking what the bound cuts.

/** Terminal control: ANSI escape sequences (CSI, OSC, two-character ESC sequences) and C0/C1 controls but tab and newline. */
const controls =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\|$)|\x1b[PX^_][^\x1b]*(?:\x1b\\|$)|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g

/** Removes ANSI escape sequences and control characters (keeps tab and newline). */
export const stripControl = (text: string): string => text.replace(controls, "")

/** Characters a token does not contain: where a partial token at a cut edge ends. */
const isDelimiter = (c: string) => /[\s"'`,;(){}[\]<>|]/.test(c)

/**
 * Drops the last `tokens` tokens of `text` (and the delimiters before each): what may be the
 * unfinished part of a secret, with up to two words that may introduce it (`Authorization:`,
 * `Bearer`), which a pattern needs to see together with it.
 */
const dropTrailingTokens = (text: string, tokens: number): string => {
  let i = text.length
  for (let t = 0; t < tokens && i > 0; t++) {
    while (i > 0 && !isDelimiter(text[i - 1]!)) i--
    while (i > 0 && isDelimiter(text[i - 1]!)) i--
  }
  return text.slice(0, i)
}

/** The length of the longest suffix of `text` that starts one of `values` (4 characters or more), or 0. */
const partialValueAtEnd = (text: string, values: ReadonlyArray<string>): number => {
  let longest = 0
  for (const value of values) {
    const first = value[0]!
    let at = text.indexOf(first, Math.max(0, text.length - value.length + 1))
    while (at !== -1 && text.length - at > longest && text.length - at >= MIN_VALUE_LENGTH) {
      if (value.startsWith(text.slice(at))) {
        longest = text.length - at
        break
      }
      at = text.indexOf(first, at + 1)
    }
  }
  return longest
}

/** Room past the bound that is read and redacted before the cut. */
const MARGIN = 256
/** A last token at a cut edge at most this long is dropped: it may be an unrecognised secret's start. */
const EDGE_TOKEN = 64

/**
 * The start of `text`, at most `limit` characters, redacted. `truncated` says that `text` itself
 * is already a cut of a longer text (the head of a line): its last token may be part of a secret.
 * Redaction runs on a window wider than the bound, whose own ragged edge is removed first, and
 * only then is the result cut.
 */
export const head = (text: string, limit: number, redactor: Redactor = redact, truncated = false): string => {
  const values = redactor.values()
  const reach = limit + MARGIN + (values[0]?.length ?? 0)
  let window = text.length > reach ? text.slice(0, reach) : text
  if (truncated || window.length < text.length) {
    // A short last token may be the start of a secret that the edge cut before a pattern could
    // recognise it; a long one was seen far enough to be recognised, and is kept (a line of one
    // long run still gets an excerpt).
    const trimmed = dropTrailingTokens(window, 1)
    if (window.length - trimmed.length <= EDGE_TOKEN) window = trimmed
    window = window.slice(0, window.length - partialValueAtEnd(window, values))
  }
  const out = redactor(window)
  return out.length > limit ? out.slice(0, limit) : out
}

/**
 * The last `limit` characters of a text stream (stderr), control sequences stripped, redacted
 * before being cut. Complete lines are redacted as they arrive and kept redacted; the line still
 * arriving is held raw until its end, except a trailing part that could still become a secret.
 */
export const makeTail = (limit: number, redactor: Redactor = redact) => {
  const decoder = new TextDecoder()
  const values = redactor.values()
  const maxValue = values[0]?.length ?? 0
  // the unfinished line may not grow past this: past it, it is settled up to its last delimiter
  const cap = limit + MARGIN + maxValue
  let settled = ""
  let pending = ""
  // inside a run of more than `cap` characters without a delimiter: dropped until one comes
  let skipping = false

  const settle = (text: string) => {
    if (text.length === 0) return
    settled += redactor(stripControl(text))
    if (settled.length > limit * 2) settled = settled.slice(-limit)
  }

  /** Settles `pending` up to `end`, keeping back a tail that may be the start of a secret. */
  const settleUpTo = (end: number) => {
    const candidate = pending.slice(0, end)
    const keep = partialValueAtEnd(candidate, values)
    settle(candidate.slice(0, candidate.length - keep))
    pending = pending.slice(candidate.length - keep)
  }

  return {
    push: (bytes: Uint8Array) => {
      let text = decoder.decode(bytes, { stream: true })
      if (skipping) {
        let i = 0
        while (i < text.length && !isDelimiter(text[i]!)) i++
        if (i === text.length) return
        skipping = false
        text = text.slice(i)
      }
      pending += text
      const newline = pending.lastIndexOf("\n")
      if (newline !== -1) settleUpTo(newline + 1)
      if (pending.length > cap) {
        // a line longer than the tail: settled up to its last few tokens
        const cut = dropTrailingTokens(pending, 3).length
        if (cut > 0) settleUpTo(cut)
        if (pending.length > cap) {
          // a run longer than the whole tail with no break in it: nothing of it is worth keeping
          settle(`[dropped: ${pending.length}+ characters without a break]`)
          pending = ""
          skipping = true
        }
      }
    },
    get: (): string => {
      const rest = pending.slice(0, pending.length - partialValueAtEnd(pending, values))
      const text = settled + redactor(stripControl(rest))
      return text.length > limit ? text.slice(-limit) : text
    }
  }
}

/**
 * The complete lines of a text stream (stderr), for logging: each one with control sequences
 * stripped, redacted whole, then cut to `limit` characters. A line that grows past what can be
 * redacted whole is cut where it stands (by `head`, which keeps no part of a secret at the cut)
 * and the rest of it is skipped. Blank lines are dropped.
 */
export const makeLines = (limit: number, redactor: Redactor = redact) => {
  const decoder = new TextDecoder()
  const cap = limit + MARGIN + (redactor.values()[0]?.length ?? 0)
  let pending = ""
  let skipping = false
  const render = (line: string, truncated: boolean) => {
    const text = head(stripControl(line), limit, redactor, truncated)
    return truncated || line.length > limit ? `${text}… (cut)` : text
  }
  const collect = (text: string, out: Array<string>) => {
    let start = 0
    let newline = text.indexOf("\n")
    while (newline !== -1) {
      if (skipping) skipping = false
      else {
        const line = pending + text.slice(start, newline)
        if (line.trim().length > 0) out.push(render(line, false))
      }
      pending = ""
      start = newline + 1
      newline = text.indexOf("\n", start)
    }
    if (skipping) return
    pending += text.slice(start)
    if (pending.length > cap) {
      out.push(render(pending, true))
      pending = ""
      skipping = true
    }
  }
  return {
    /** The lines this chunk completes. */
    push: (bytes: Uint8Array): Array<string> => {
      const out: Array<string> = []
      collect(decoder.decode(bytes, { stream: true }), out)
      return out
    },
    /** The last line, if the stream ended without a newline. */
    end: (): Array<string> => {
      const out: Array<string> = []
      collect(decoder.decode() + "\n", out)
      return out
    }
  }
}
