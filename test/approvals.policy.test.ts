/**
 * Command policies judge the command that will run: `parseCommand` on every shell construct,
 * wrappers and quoting; `commandPrefixes` on the amendment trap, `commandActions`, request kinds
 * and cwd normalisation; and a property: no allowed prefix followed by a shell construct, at any
 * position, quoted any way, wrapped or not, is ever accepted.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as FastCheck from "effect/FastCheck"
import * as Approvals from "../src/Approvals.js"
import { CodexClient } from "../src/CodexClient.js"

type Params = Parameters<Approvals.CommandPredicate>[0]

const info: Approvals.RequestInfo = { id: 0, method: "item/commandExecution/requestApproval", threadId: "t", turnId: "u" }

/** Shell-quotes one word the way codex renders an argv (`shlex.join`). */
const quote = (word: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'"'"'`)}'`)

/** What codex sends for a command it runs as `/bin/bash -lc SCRIPT`. */
const request = (script: string, extra: Partial<Params> = {}): Params => ({
  threadId: "t",
  turnId: "u",
  itemId: "call_1",
  startedAtMs: 1,
  command: `/bin/bash -lc ${quote(script)}`,
  cwd: "/work/repo",
  commandActions: [{ type: "unknown", command: script }],
  ...extra
})

/** The decision `fromPredicates({ command: predicate })` sends. */
const decide = (predicate: Approvals.CommandPredicate, params: Params) =>
  Effect.runSync(
    Approvals.fromPredicates({ command: predicate })["item/commandExecution/requestApproval"]!(params, info).pipe(
      Effect.provideService(CodexClient, {} as any)
    )
  ).decision

const policy = Approvals.commandPrefixes(["git status", "git diff", "ls"])

/** Shell constructs that make a command more than one simple command of literal words. */
const constructs: Array<[string, string]> = [
  ["`;` list", "ls; touch PWNED"],
  ["`;` without spaces", "ls;touch PWNED"],
  ["`&&` list", "ls && touch PWNED"],
  ["`||` list", "ls || touch PWNED"],
  ["`|` pipeline", "ls | sh"],
  ["`|&` pipeline", "ls |& sh"],
  ["`&` background", "touch PWNED & ls"],
  ["`&` at the end", "ls &"],
  ["newline", "ls\ntouch PWNED"],
  ["carriage return", "ls\rtouch PWNED"],
  ["newline inside quotes", "ls 'a\nb'"],
  ["line continuation", "ls \\\ntouch"],
  ["`$(…)`", "ls $(touch PWNED)"],
  ["`$(…)` glued to a word", "ls x$(touch PWNED)"],
  ["`$((…))`", "ls $((1+1))"],
  ["backticks", "ls `touch PWNED`"],
  ["`$VAR`", "ls $HOME"],
  ["`${…}`", "ls ${HOME}"],
  ["`$VAR` inside double quotes", "ls \"$HOME\""],
  ["`${…}` inside double quotes", "ls \"${HOME:-x}\""],
  ["`$(…)` inside double quotes", "ls \"$(touch PWNED)\""],
  ["backticks inside double quotes", "ls \"`touch PWNED`\""],
  ["`$'…'` quoting", "ls $'\\x41'"],
  ["`$\"…\"` quoting", "ls $\"x\""],
  ["`>`", "ls > PWNED"],
  ["`>` glued", "ls>PWNED"],
  ["`>>`", "ls >> PWNED"],
  ["`<`", "ls < /etc/passwd"],
  ["`2>&1`", "ls 2>&1"],
  ["`>&`", "ls >&2"],
  ["`<<` here-document", "ls <<EOF"],
  ["`<<<` here-string", "ls <<< x"],
  ["`&>`", "ls &> PWNED"],
  ["subshell", "(touch PWNED)"],
  ["subshell after a command", "ls (x)"],
  ["group", "{ touch PWNED; }"],
  ["brace expansion", "ls {a,b}"],
  ["`<(…)`", "ls <(touch PWNED)"],
  ["`>(…)`", "ls >(touch PWNED)"],
  ["`*` glob", "ls *"],
  ["`?` glob", "ls ?"],
  ["`[` glob", "ls [ab]"],
  ["assignment prefix", "PATH=/tmp ls"],
  ["append-assignment prefix", "X+=1 ls"],
  ["comment", "ls # touch PWNED"],
  ["comment glued", "ls #x"],
  ["`~` expansion", "ls ~/.ssh"],
  ["`=` at a word start", "ls =touch"],
  ["`!` negation", "! ls"],
  ["reserved word", "time ls"],
  ["coproc", "coproc touch PWNED"],
  ["unterminated single quote", "ls 'x"],
  ["unterminated double quote", "ls \"x"],
  ["trailing backslash", "ls \\"],
  ["empty", ""],
  ["blank", "   "]
]

describe("parseCommand: every shell construct is Complex", () => {
  for (const [name, script] of constructs) {
    it(`${name}: ${JSON.stringify(script)}`, () => {
      const bare = Approvals.parseCommand(script)
      assert.strictEqual(bare._tag, "Complex", JSON.stringify(bare))
      const wrapped = Approvals.parseCommand(`/bin/bash -lc ${quote(script)}`)
      assert.strictEqual(wrapped._tag, "Complex", JSON.stringify(wrapped))
      assert.strictEqual(decide(policy, request(script)), "decline")
    })
  }

  it("the reason names the construct", () => {
    const reasonOf = (s: string) => {
      const parsed = Approvals.parseCommand(s)
      return parsed._tag === "Complex" ? parsed.reason : "Simple"
    }
    assert.include(reasonOf("/bin/bash -lc 'ls && touch PWNED'"), "&&")
    assert.include(reasonOf("ls | sh"), "pipeline")
    assert.include(reasonOf("ls > x"), "redirection")
    assert.include(reasonOf("echo \"$HOME\""), "inside double quotes")
    assert.include(reasonOf("ls *.ts"), "glob")
  })

  it("zsh scripts: `^` and `~` anywhere are glob operators", () => {
    assert.strictEqual(Approvals.parseCommand("zsh -lc 'git diff HEAD^'")._tag, "Complex")
    assert.strictEqual(Approvals.parseCommand("zsh -lc 'ls a~b'")._tag, "Complex")
    assert.deepStrictEqual(Approvals.parseCommand("bash -lc 'git diff HEAD^'"), { _tag: "Simple", argv: ["git", "diff", "HEAD^"] })
  })
})

describe("parseCommand: literal words", () => {
  const simple: Array<[string, ReadonlyArray<string>]> = [
    ["ls", ["ls"]],
    ["  git   status\t--short ", ["git", "status", "--short"]],
    ["git log --format=%H -n 3", ["git", "log", "--format=%H", "-n", "3"]],
    ["echo 'a b' \"c d\"", ["echo", "a b", "c d"]],
    ["echo 'it'\"'\"'s'", ["echo", "it's"]],
    ["echo ''", ["echo", ""]],
    ["echo 'ls && touch PWNED; $(x) `y` $HOME * ? [ # ~ > <'", ["echo", "ls && touch PWNED; $(x) `y` $HOME * ? [ # ~ > <"]],
    ["echo \"a 'b' \\\" \\\\ \\$HOME \\` \\n\"", ["echo", "a 'b' \" \\ $HOME ` \\n"]],
    ["echo a\\ b \\$HOME \\* \\;", ["echo", "a b", "$HOME", "*", ";"]],
    ["ls '*.ts' \"src/[a]\"", ["ls", "*.ts", "src/[a]"]],
    ["g'i't \"sta\"tus", ["git", "status"]],
    ["'A=1' ls", ["A=1", "ls"]],
    ["git diff HEAD^ -- a=b", ["git", "diff", "HEAD^", "--", "a=b"]],
    ["ls a~b", ["ls", "a~b"]]
  ]
  for (const [command, argv] of simple) {
    it(`${JSON.stringify(command)} is Simple`, () => {
      assert.deepStrictEqual(Approvals.parseCommand(command), { _tag: "Simple", argv })
    })
  }
})

describe("parseCommand: wrappers", () => {
  const unwrapped: Array<[string, ReadonlyArray<string>]> = [
    ["/bin/bash -lc ls", ["ls"]],
    ["/bin/bash -lc 'git status'", ["git", "status"]],
    ["bash -lc 'git status'", ["git", "status"]],
    ["bash -c 'git status'", ["git", "status"]],
    ["bash -cl 'git status'", ["git", "status"]],
    ["bash -l -c 'git status'", ["git", "status"]],
    ["sh -c 'git status'", ["git", "status"]],
    ["/bin/sh -c 'git status'", ["git", "status"]],
    ["zsh -lc 'git status'", ["git", "status"]],
    ["/usr/bin/zsh -lc 'git status'", ["git", "status"]],
    ["/opt/homebrew/bin/bash -lc 'git status'", ["git", "status"]],
    ["/usr/bin/env bash -c 'git status'", ["git", "status"]],
    ["env bash -lc 'git status'", ["git", "status"]],
    ["env git status", ["git", "status"]],
    ["/bin/bash -lc \"bash -c 'git status'\"", ["git", "status"]],
    ["/bin/bash -lc 'sh -c '\"'\"'git status'\"'\"''", ["git", "status"]],
    ["/bin/bash -lc 'echo '\"'\"'a && b'\"'\"''", ["echo", "a && b"]]
  ]
  for (const [command, argv] of unwrapped) {
    it(`${JSON.stringify(command)} unwraps to ${JSON.stringify(argv)}`, () => {
      assert.deepStrictEqual(Approvals.parseCommand(command), { _tag: "Simple", argv })
    })
  }

  const refused: Array<[string, string]> = [
    ["/bin/bash -lc 'ls && touch PWNED'", "the inner script is compound"],
    ["/bin/bash -lc \"bash -c 'ls; touch PWNED'\"", "a compound script two wrappers deep"],
    ["/bin/bash -lc 'bash -c '\"'\"'ls | sh'\"'\"''", "a compound script two wrappers deep (codex quoting)"],
    ["bash -x -c ls", "an unknown flag"],
    ["bash -lc ls extra", "extra arguments after the script"],
    ["bash -c", "no script"],
    ["bash script.sh", "a script file"],
    ["bash", "an interactive shell"],
    ["bash -s", "a script on stdin"],
    ["bash --norc -c ls", "a long option"],
    ["./bash -c ls", "a shell from the working directory"],
    ["/tmp/bash -c ls", "a shell from an unknown directory"],
    ["/usr/bin/env -i bash -c ls", "env with options"],
    ["env PATH=/tmp bash -c ls", "env with an assignment"],
    ["env -S 'ls && touch PWNED'", "env -S splitting"],
    ["env", "env alone"],
    ["bash -lc ''", "an empty script"],
    [Array.from({ length: 12 }).reduce<string>((inner) => `bash -c ${quote(inner)}`, "ls"), "wrappers 12 deep"]
  ]
  for (const [command, why] of refused) {
    it(`${why}: ${JSON.stringify(command).slice(0, 80)} is Complex`, () => {
      const parsed = Approvals.parseCommand(command)
      assert.strictEqual(parsed._tag, "Complex", JSON.stringify(parsed))
    })
  }
})

describe("commandArgv", () => {
  it("is the argv of the command that runs, never the proposed amendment", () => {
    const trap = request("ls && touch PWNED", { proposedExecpolicyAmendment: ["ls"] })
    assert.strictEqual(Approvals.commandArgv(trap), undefined)
    assert.deepStrictEqual(Approvals.commandArgv(request("git status", { proposedExecpolicyAmendment: ["git"] })), ["git", "status"])
    assert.strictEqual(Approvals.commandArgv({ ...request("ls"), command: null }), undefined)
  })
})

describe("commandPrefixes", () => {
  it("the amendment trap: `ls && touch PWNED` with a proposed amendment [\"ls\"] is declined", () => {
    const trap = request("ls && touch PWNED", {
      command: "/bin/bash -lc 'ls && touch PWNED'",
      commandActions: [{ type: "unknown", command: "ls && touch PWNED" }],
      proposedExecpolicyAmendment: ["ls"]
    })
    assert.strictEqual(decide(Approvals.commandPrefixes(["ls"]), trap), "decline")
  })

  it("accepts simple commands with an allowed prefix, declines the rest", () => {
    assert.strictEqual(decide(policy, request("ls")), "accept")
    assert.strictEqual(decide(policy, request("ls -la src")), "accept")
    assert.strictEqual(decide(policy, request("git status --short")), "accept")
    assert.strictEqual(decide(policy, request("git diff HEAD^")), "accept")
    assert.strictEqual(decide(policy, request("git push")), "decline")
    assert.strictEqual(decide(policy, request("git")), "decline")
    assert.strictEqual(decide(policy, request("lsof")), "decline")
    assert.strictEqual(decide(policy, request("/usr/bin/git status")), "decline")
    assert.strictEqual(decide(policy, request("env ls")), "accept")
  })

  it("both the command and every action must pass; codex's partial reading of a pipeline does not help", () => {
    // real codex 0.169.0 for `ls -la | wc -l`: commandActions shows only `ls -la`
    const pipeline = request("ls -la | wc -l", { commandActions: [{ type: "listFiles", command: "ls -la", path: null }] })
    assert.strictEqual(decide(policy, pipeline), "decline")
    const badAction = request("ls", { commandActions: [{ type: "unknown", command: "rm -rf /" }] })
    assert.strictEqual(decide(policy, badAction), "decline")
    const complexAction = request("ls", { commandActions: [{ type: "unknown", command: "ls; rm x" }] })
    assert.strictEqual(decide(policy, complexAction), "decline")
    assert.strictEqual(decide(policy, request("ls", { commandActions: [] })), "accept")
    assert.strictEqual(decide(policy, request("ls", { commandActions: null })), "accept")
    assert.strictEqual(decide(policy, request("ls", { command: null })), "decline")
    assert.strictEqual(decide(policy, request("ls", { command: undefined as any })), "decline")
  })

  it("declines other kinds and requests for more than the command", () => {
    assert.strictEqual(decide(policy, request("ls", { kind: "command" })), "accept")
    assert.strictEqual(decide(policy, request("ls", { kind: "writeStdin" })), "decline")
    assert.strictEqual(decide(policy, request("ls", { kind: "humanCommand" })), "decline")
    assert.strictEqual(decide(policy, request("ls", { networkApprovalContext: { host: "example.com", protocol: "https" } })), "decline")
    assert.strictEqual(decide(policy, request("ls", { additionalPermissions: { network: { enabled: true } } as any })), "decline")
  })

  it("cwd: normalised, prefix-safe, fails closed", () => {
    const inRepo = Approvals.commandPrefixes(["ls"], { cwd: "/repo" })
    const at = (cwd: string | null | undefined) => decide(inRepo, request("ls", { cwd: cwd as any }))
    assert.strictEqual(at("/repo"), "accept")
    assert.strictEqual(at("/repo/"), "accept")
    assert.strictEqual(at("/repo/src/./lib"), "accept")
    assert.strictEqual(at("//repo//src"), "accept")
    assert.strictEqual(at("/repo/src/.."), "accept")
    assert.strictEqual(at("/repo/../etc"), "decline")
    assert.strictEqual(at("/repo/src/../../etc"), "decline")
    assert.strictEqual(at("/repository"), "decline")
    assert.strictEqual(at("/rep"), "decline")
    assert.strictEqual(at("/"), "decline")
    assert.strictEqual(at("repo"), "decline")
    assert.strictEqual(at(""), "decline")
    assert.strictEqual(at(null), "decline")
    assert.strictEqual(at(undefined), "decline")
    assert.strictEqual(decide(Approvals.commandPrefixes(["ls"], { cwd: "/repo/./src/../" }), request("ls", { cwd: "/repo/x" })), "accept")
    assert.strictEqual(decide(Approvals.commandPrefixes(["ls"], { cwd: "/" }), request("ls", { cwd: "/etc" })), "accept")
  })

  it("prefixes are parsed like commands; an empty or compound prefix is a programming error", () => {
    assert.strictEqual(decide(Approvals.commandPrefixes(["'git' \"status\""]), request("git status")), "accept")
    assert.strictEqual(decide(Approvals.commandPrefixes([["git", "status"]]), request("git status -s")), "accept")
    assert.throws(() => Approvals.commandPrefixes([""]), /empty|simple/)
    assert.throws(() => Approvals.commandPrefixes([[]]), /empty/)
    assert.throws(() => Approvals.commandPrefixes(["ls && rm"]), /not a simple command/)
  })
})

describe("fromPredicates: the predicate sees the parsed command", () => {
  it("gets the verdict as a third argument; returning true for a Complex command is an explicit allow", () => {
    const seen: Array<Approvals.ShellCommand> = []
    const recordAndAllowAll: Approvals.CommandPredicate = (_params, _request, parsed) => {
      seen.push(parsed)
      return true
    }
    assert.strictEqual(decide(recordAndAllowAll, request("ls && touch PWNED")), "accept")
    assert.strictEqual(decide(recordAndAllowAll, request("git status")), "accept")
    assert.deepStrictEqual(seen[0], { _tag: "Complex", reason: "`&&` (command list)" })
    assert.deepStrictEqual(seen[1], { _tag: "Simple", argv: ["git", "status"] })

    const simpleOnly: Approvals.CommandPredicate = (_p, _r, parsed) => parsed._tag === "Simple"
    assert.strictEqual(decide(simpleOnly, request("ls && touch PWNED")), "decline")
    assert.strictEqual(decide(simpleOnly, { ...request("ls"), command: null }), "decline")
  })

  it("a two-argument predicate still fits", () => {
    const legacy = (params: Params) => params.cwd === "/work/repo"
    assert.strictEqual(decide(legacy, request("ls")), "accept")
  })
})

describe("commandPrefixes: property", () => {
  /** Words that mean something to the parser as a command name (reserved words, wrappers). */
  const special = new Set([
    "case", "coproc", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if", "in", "select", "then",
    "time", "until", "while", "foreach", "end", "repeat", "nocorrect", "noglob", "env", "bash", "sh", "zsh", "dash"
  ])
  const word = FastCheck.stringMatching(/^[a-z][a-z0-9-]{0,7}$/).filter((w) => !special.has(w))
  /** One word quoted some way that still reads as the word itself. */
  const quoted = (w: string) =>
    FastCheck.constantFrom(
      w,
      `'${w}'`,
      `"${w}"`,
      `\\${w}`,
      w.length > 1 ? `${w[0]}'${w.slice(1)}'` : `'${w}'`,
      w.length > 1 ? `"${w.slice(0, -1)}"${w.slice(-1)}` : `"${w}"`
    )
  /**
   * Shell constructs as tokens. `glue` means it may be written right after the previous token
   * without a space and still be active; `first` means it only makes sense before the command;
   * `last` means it must end the script (an unterminated quote would swallow what follows).
   */
  const constructToken = FastCheck.constantFrom<{ text: string; glue: boolean; place?: "first" | "last" }>(
    { text: "; touch PWNED", glue: true },
    { text: "&& touch PWNED", glue: true },
    { text: "|| touch PWNED", glue: true },
    { text: "| sh", glue: true },
    { text: "|& sh", glue: true },
    { text: "& touch PWNED", glue: true },
    { text: "&", glue: true },
    { text: "\ntouch PWNED", glue: true },
    { text: "$(touch PWNED)", glue: true },
    { text: "`touch PWNED`", glue: true },
    { text: "$HOME", glue: true },
    { text: "${HOME}", glue: true },
    { text: "\"$HOME\"", glue: true },
    { text: "\"x$(touch PWNED)\"", glue: true },
    { text: "$'\\x41'", glue: true },
    { text: "> PWNED", glue: true },
    { text: ">> PWNED", glue: true },
    { text: "< /etc/passwd", glue: true },
    { text: "2>&1", glue: false },
    { text: "<<EOF", glue: true },
    { text: "<<< x", glue: true },
    { text: "&> PWNED", glue: true },
    { text: "(touch PWNED)", glue: true },
    { text: "{ touch PWNED; }", glue: false },
    { text: "<(touch PWNED)", glue: true },
    { text: ">(touch PWNED)", glue: true },
    { text: "*", glue: true },
    { text: "?", glue: true },
    { text: "[ab]", glue: true },
    { text: "# comment", glue: true },
    { text: "~/x", glue: false },
    { text: "X=1", glue: false, place: "first" },
    { text: "'unterminated", glue: true, place: "last" },
    { text: "\"unterminated", glue: true, place: "last" }
  )
  const wrappers = FastCheck.constantFrom<ReadonlyArray<string>>(
    [],
    ["/bin/bash", "-lc"],
    ["bash", "-c"],
    ["sh", "-c"],
    ["zsh", "-lc"],
    ["/usr/bin/env", "bash", "-c"]
  )
  const wrap = (script: string, wrapper: ReadonlyArray<string>) =>
    wrapper.length === 0 ? script : [...wrapper, quote(script)].join(" ")

  const scenario = FastCheck.record({
    prefixes: FastCheck.array(FastCheck.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    pick: FastCheck.nat(),
    tail: FastCheck.array(word, { maxLength: 3 }),
    constructs: FastCheck.array(FastCheck.record({ token: constructToken, at: FastCheck.nat(), glued: FastCheck.boolean() }), {
      minLength: 1,
      maxLength: 3
    }),
    outer: wrappers,
    inner: wrappers,
    actions: FastCheck.constantFrom("script", "prefix", "none", "null")
  }).chain((s) => {
    const prefix = s.prefixes[s.pick % s.prefixes.length]!
    return FastCheck.tuple(...prefix.map(quoted)).map((quotedPrefix) => ({ ...s, prefix, quotedPrefix }))
  })

  it("an allowed prefix followed by any shell construct is never accepted", () => {
    FastCheck.assert(
      FastCheck.property(scenario, (s) => {
        // tokens: the (quoted) prefix, more words, then the constructs at random positions
        let tokens: Array<{ text: string; glue: boolean }> = [...s.quotedPrefix, ...s.tail].map((text) => ({ text, glue: false }))
        for (const { at, glued, token } of s.constructs) {
          const index = token.place === "first" ? 0 : token.place === "last" ? tokens.length : at % (tokens.length + 1)
          tokens.splice(index, 0, { text: token.text, glue: glued && token.glue && index > 0 })
        }
        const last = tokens.findIndex((t) => t.text.endsWith("unterminated"))
        if (last >= 0) tokens = tokens.slice(0, last + 1)
        const script = tokens.reduce((acc, t, i) => (i === 0 ? t.text : acc + (t.glue ? "" : " ") + t.text), "")
        const command = wrap(wrap(script, s.inner), s.outer)
        const params = request(script, {
          command,
          commandActions: s.actions === "script"
            ? [{ type: "unknown", command: script }]
            : s.actions === "prefix"
            ? [{ type: "unknown", command: s.prefix.join(" ") }]
            : s.actions === "none"
            ? []
            : null,
          proposedExecpolicyAmendment: s.prefix
        })
        const verdict = Approvals.parseCommand(command)
        assert.strictEqual(verdict._tag, "Complex", `${JSON.stringify(command)} parsed as ${JSON.stringify(verdict)}`)
        const predicate = Approvals.commandPrefixes(s.prefixes)
        assert.isFalse(predicate(params, info, verdict) as boolean, `accepted ${JSON.stringify(command)}`)
        assert.strictEqual(decide(predicate, params), "decline")
      }),
      { numRuns: 2000 }
    )
  })

  it("sanity: the same scenarios without a construct are accepted", () => {
    FastCheck.assert(
      FastCheck.property(scenario, (s) => {
        const script = [...s.quotedPrefix, ...s.tail].join(" ")
        const params = request(script, { command: wrap(wrap(script, s.inner), s.outer), commandActions: null })
        assert.strictEqual(decide(Approvals.commandPrefixes(s.prefixes), params), "accept", params.command!)
      }),
      { numRuns: 500 }
    )
  })
})
