/**
 * Judging the command codex is about to run: is it one simple command made of literal words, and
 * if so, what is its argv?
 *
 * codex reports a command as one string, the shell-quoted join of the argv it will execute, most
 * often a wrapper around a script: `/bin/bash -lc 'ls && touch PWNED'`. This module reads that
 * string with POSIX quoting rules, unwraps shell wrappers (recursively) and reads the inner script
 * with the same rules. It does not try to understand shell syntax: anything beyond a single
 * simple command of literal words is `Complex`, with a reason, so a policy can decline it.
 *
 * Literal words: unquoted characters, single quotes (everything literal up to the next `'`),
 * double quotes without any expansion inside (`\` escapes only `$`, `` ` ``, `"` and `\` there),
 * and backslash escapes outside quotes.
 *
 * Complex, wherever it appears outside single quotes:
 * - command lists and pipelines `;` `&&` `||` `|` `|&`, background `&`, a newline (or any other
 *   control character, even inside quotes);
 * - expansions: `$VAR`, `${…}`, `$(…)`, `$((…))`, `$'…'`, `$"…"` and backticks, also inside
 *   double quotes;
 * - redirections `<` `>` `>>` `2>&1` `<<` `<<<` `&>` and process substitution `<(…)` `>(…)`;
 * - subshells and groups `( … )`, `{ …; }` (any unquoted `{` or `}`: also brace expansion);
 * - globs: an unquoted `*`, `?` or `[` expands to file names when the command runs, so the argv is
 *   not known in advance. Quote them (`'*.ts'`) to mean the characters themselves;
 * - an unquoted `#` (a comment at the start of a word, a glob operator in zsh), `!`, `~` at the
 *   start of a word (tilde expansion), `=` at the start of a word (zsh `=cmd` expansion);
 *   in zsh scripts also `^` and `~` anywhere (extended glob operators);
 * - a `NAME=value` assignment before the command, and a shell reserved word (`if`, `for`, `time`,
 *   `coproc`, `!`, …) as the command;
 * - unterminated quotes, a trailing backslash, an empty command.
 *
 * Wrappers, unwrapped recursively (at most 8 deep): `bash`, `sh`, `zsh` or `dash`, by bare name or
 * from `/bin`, `/usr/bin`, `/usr/local/bin` or `/opt/homebrew/bin`, invoked exactly as
 * `SHELL -c SCRIPT`, `SHELL -lc SCRIPT`, `SHELL -cl SCRIPT` or `SHELL -l -c SCRIPT`; and `env` (bare
 * or `/usr/bin/env`, `/bin/env`) without options or assignments, which runs the rest of its argv.
 * A shell invoked any other way (other flags, extra arguments after the script, a script file, an
 * interactive shell) or from any other path (`./bash`) is Complex: we cannot see what it runs.
 *
 * Out of scope: the shell's own start-up files (`bash -l` reads the login profile, which can
 * define functions and aliases) and what the command itself does with its arguments.
 */

/** The verdict on a command: one simple command of literal words, or something else. */
export type ShellCommand =
  | {
    readonly _tag: "Simple"
    /** The words of the command, after unwrapping shell wrappers and removing quotes. */
    readonly argv: ReadonlyArray<string>
  }
  | {
    readonly _tag: "Complex"
    /** Why the command is not a single simple command of literal words. */
    readonly reason: string
  }

type Dialect = "posix" | "zsh"

const MAX_DEPTH = 8

const complex = (reason: string): ShellCommand => ({ _tag: "Complex", reason })

const RESERVED = new Set([
  "!",
  "{",
  "}",
  "[[",
  "]]",
  "case",
  "coproc",
  "do",
  "done",
  "elif",
  "else",
  "esac",
  "fi",
  "for",
  "function",
  "if",
  "in",
  "select",
  "then",
  "time",
  "until",
  "while",
  // zsh
  "foreach",
  "end",
  "repeat",
  "nocorrect",
  "noglob"
])

const SHELLS = new Set(["bash", "sh", "zsh", "dash"])
const SHELL_DIRS = ["/bin/", "/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"]
const ENVS = new Set(["env", "/usr/bin/env", "/bin/env"])

const isControl = (code: number) => (code < 0x20 && code !== 0x09) || code === 0x7f

const describeControl = (code: number) =>
  code === 0x0a ? "a newline (command separator)" : code === 0x0d ? "a carriage return" : `control character 0x${code.toString(16).padStart(2, "0")}`

/** What an unquoted metacharacter at `i` starts, for the reason. */
const operatorAt = (s: string, i: number): string => {
  const c = s[i]!
  const next = s[i + 1]
  switch (c) {
    case ";":
      return "`;` (command list)"
    case "&":
      return next === "&" ? "`&&` (command list)" : next === ">" ? "`&>` (redirection)" : "`&` (background job)"
    case "|":
      return next === "|" ? "`||` (command list)" : next === "&" ? "`|&` (pipeline)" : "`|` (pipeline)"
    case "<":
      if (next === "(") return "`<(…)` (process substitution)"
      if (next === "<") return s[i + 2] === "<" ? "`<<<` (here-string)" : "`<<` (here-document)"
      return "`<` (redirection)"
    case ">":
      if (next === "(") return "`>(…)` (process substitution)"
      if (next === ">") return "`>>` (redirection)"
      if (next === "&") return "`>&` (redirection)"
      return "`>` (redirection)"
    case "(":
    case ")":
      return "`( … )` (subshell)"
    case "{":
    case "}":
      return "`{ … }` (group or brace expansion)"
    case "`":
      return "backticks (command substitution)"
    case "*":
    case "?":
    case "[":
      return `unquoted \`${c}\` (glob, expands to file names)`
    case "#":
      return "unquoted `#` (comment)"
    case "!":
      return "unquoted `!` (negation or history expansion)"
    default:
      return `unquoted \`${c}\``
  }
}

const dollarAt = (s: string, i: number): string => {
  const next = s[i + 1]
  if (next === "(") return s[i + 2] === "(" ? "`$((…))` (arithmetic expansion)" : "`$(…)` (command substitution)"
  if (next === "{") return "`${…}` (parameter expansion)"
  if (next === "'") return "`$'…'` (ANSI-C quoting)"
  if (next === "\"") return "`$\"…\"` (locale quoting)"
  return "`$` (parameter expansion)"
}

const METACHARS = new Set([";", "&", "|", "<", ">", "(", ")", "{", "}", "`", "*", "?", "[", "#", "!"])

/** Splits a script into literal words, or says why it cannot. */
const words = (s: string, dialect: Dialect): ReadonlyArray<string> | ShellCommand => {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (isControl(code)) return complex(describeControl(code))
  }
  const out: Array<string> = []
  let word = ""
  let inWord = false
  // Whether any character of the current word was quoted or escaped, and the word's unquoted
  // beginning (up to the first quoted or escaped character), to spot `NAME=` and reserved words.
  let quoted = false
  let head = ""
  const finish = (): ShellCommand | undefined => {
    if (!inWord) return undefined
    if (out.length === 0) {
      if (!quoted && RESERVED.has(word)) return complex(`reserved word \`${word}\` as the command`)
      if (/^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(head)) return complex("`NAME=value` assignment before the command")
    }
    out.push(word)
    word = ""
    inWord = false
    quoted = false
    head = ""
    return undefined
  }
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (c === " " || c === "\t") {
      const bad = finish()
      if (bad) return bad
      i++
      continue
    }
    if (c === "'") {
      const end = s.indexOf("'", i + 1)
      if (end < 0) return complex("unterminated single quote")
      word += s.slice(i + 1, end)
      inWord = true
      quoted = true
      i = end + 1
      continue
    }
    if (c === "\"") {
      let j = i + 1
      let closed = false
      while (j < s.length) {
        const d = s[j]!
        if (d === "\"") {
          closed = true
          break
        }
        if (d === "$") return complex(`${dollarAt(s, j)} inside double quotes`)
        if (d === "`") return complex("backticks (command substitution) inside double quotes")
        if (d === "\\") {
          const e = s[j + 1]
          if (e === undefined) break
          if (e === "$" || e === "`" || e === "\"" || e === "\\") {
            word += e
            j += 2
            continue
          }
          word += "\\"
          j++
          continue
        }
        word += d
        j++
      }
      if (!closed) return complex("unterminated double quote")
      inWord = true
      quoted = true
      i = j + 1
      continue
    }
    if (c === "\\") {
      const e = s[i + 1]
      if (e === undefined) return complex("trailing backslash")
      word += e
      inWord = true
      quoted = true
      i += 2
      continue
    }
    if (c === "$") return complex(dollarAt(s, i))
    if (METACHARS.has(c)) return complex(operatorAt(s, i))
    const atStart = !inWord
    if (c === "~" && (atStart || dialect === "zsh")) {
      return complex(atStart ? "unquoted `~` at the start of a word (tilde expansion)" : "unquoted `~` (zsh glob operator)")
    }
    if (c === "=" && atStart) return complex("unquoted `=` at the start of a word (zsh `=command` expansion)")
    if (c === "^" && dialect === "zsh") return complex("unquoted `^` (zsh glob operator)")
    word += c
    if (!quoted) head += c
    inWord = true
    i++
  }
  const bad = finish()
  if (bad) return bad
  return out
}

const basename = (p: string) => p.slice(p.lastIndexOf("/") + 1)

/** `bash` / `/bin/bash` → "bash"; an unrecognised path to a shell → "untrusted"; else undefined. */
const shellOf = (word: string): string | "untrusted" | undefined => {
  const name = basename(word)
  if (!SHELLS.has(name)) return undefined
  if (word === name || SHELL_DIRS.some((dir) => word === dir + name)) return name
  return "untrusted"
}

const unwrap = (argv: ReadonlyArray<string>, depth: number): ShellCommand => {
  if (depth > MAX_DEPTH) return complex(`wrappers nested more than ${MAX_DEPTH} deep`)
  const first = argv[0]
  if (first === undefined) return complex("empty command")
  if (ENVS.has(first)) {
    const rest = argv.slice(1)
    if (rest.length === 0) return complex("`env` without a command")
    if (rest[0]!.startsWith("-") || rest[0]!.includes("=")) return complex("`env` with options or assignments")
    return unwrap(rest, depth + 1)
  }
  const shell = shellOf(first)
  if (shell === undefined) return { _tag: "Simple", argv }
  if (shell === "untrusted") return complex(`shell \`${first}\` from an unrecognised path`)
  const flags = argv.slice(1, -1)
  const script = argv[argv.length - 1]
  const form = flags.join(" ")
  if (argv.length < 3 || script === undefined || !["-c", "-lc", "-cl", "-l -c"].includes(form)) {
    return complex(`\`${first}\` invoked other than as \`${shell} -c SCRIPT\` or \`${shell} -lc SCRIPT\``)
  }
  return parseScript(script, shell === "zsh" ? "zsh" : "posix", depth + 1)
}

const parseScript = (script: string, dialect: Dialect, depth: number): ShellCommand => {
  const result = words(script, dialect)
  if (!Array.isArray(result)) return result as ShellCommand
  if (result.length === 0) return complex("empty command")
  return unwrap(result as ReadonlyArray<string>, depth)
}

/**
 * Parses the command string codex reports (`params.command` of a command approval, or one of its
 * `commandActions[i].command`) into a verdict: `Simple` with the argv of the one command that will
 * run after unwrapping shell wrappers, or `Complex` with the reason. See the module comment for
 * the exact rules; when in doubt, the verdict is `Complex`.
 */
export const parseCommand = (command: string): ShellCommand => parseScript(command, "posix", 0)
