/**
 * A scriptable fake app-server on `ws` (the WebSocket ring of the in-memory tests): a real
 * WebSocket server in this process, on 127.0.0.1:0 or on a unix socket in a temporary directory,
 * closed with the scope.
 *
 * It answers JSON-RPC requests with valid payloads (`initialize`, `thread/start`, `thread/resume`,
 * `turn/start`, … from `effect-codex/testing`), per method and replaceable at any time (`handle`),
 * records every message it receives with the connection it came on, and acts like a hostile
 * network: `drop` (every socket cut), `refuse` (HTTP status and body for the next upgrades),
 * `stall` (TCP accepted, upgrade never answered), `pause` (stops reading), `autoPong: false` (a
 * half-open peer that never answers pings).
 *
 * Tests synchronise with `until`: a wait on the peer's own events (a message, an upgrade, a socket
 * closed, a ping), bounded in real time, never a sleep.
 */
import * as Effect from "effect/Effect"
import { mkdtempSync, rmSync } from "node:fs"
import * as http from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { WebSocket, WebSocketServer } from "ws"
import * as Testing from "../../src/testing.js"

/** One message the peer received. */
export interface Received {
  /** The connection it came on: 1 for the first accepted upgrade, 2 for the next, … */
  readonly conn: number
  readonly text: string
  readonly binary: boolean
  /** The parsed message, or undefined when the text is not JSON. */
  readonly message: any
}

/** One upgrade request, as the peer saw it (whatever it then did with it). */
export interface Upgrade {
  readonly headers: http.IncomingHttpHeaders
  readonly url: string | undefined
  readonly outcome: "accepted" | "refused" | "stalled"
}

/** How one request is answered on the connection it came on. */
export interface Context {
  readonly conn: number
  readonly peer: WsPeer
  /** Answers the request with this result. */
  readonly reply: (result: unknown) => void
  readonly replyError: (error: { readonly code: number; readonly message: string }) => void
  /** Sends messages (JSON-encoded) on the request's connection. */
  readonly send: (...messages: ReadonlyArray<unknown>) => void
}

export type Handler = (request: any, context: Context) => void

export interface WsPeerOptions {
  /** Answer pings (default true); false simulates a half-open peer. */
  readonly autoPong?: boolean
  /** Listen on this unix socket path instead of 127.0.0.1:0. */
  readonly unix?: boolean
}

export interface WsPeer {
  /** `ws://127.0.0.1:PORT` or `unix:///…/codex.sock`. */
  readonly url: string
  readonly port: number | undefined
  /** Every message received, in order, over every connection. */
  readonly received: () => ReadonlyArray<Received>
  /** Messages received on one connection. */
  readonly on: (conn: number) => ReadonlyArray<Received>
  /** Every upgrade request seen, in order. */
  readonly upgrades: () => ReadonlyArray<Upgrade>
  /** Upgrades accepted so far (the number of the latest connection). */
  readonly connections: () => number
  /** WebSockets open on the server side now. */
  readonly openWebSockets: () => number
  /** TCP sockets open on the server side now (upgraded, stalled or not yet upgraded). */
  readonly openSockets: () => number
  /** Pings received so far. */
  readonly pings: () => number
  /** Sends text frames on the latest open connection. */
  readonly send: (...texts: ReadonlyArray<string>) => void
  /** `send` of JSON-encoded messages. */
  readonly sendJson: (...messages: ReadonlyArray<unknown>) => void
  /** Sends a binary frame holding this text (UTF-8) on the latest open connection. */
  readonly sendBinary: (text: string) => void
  /** Terminates every server-side socket at once: the client sees an unexpected close. */
  readonly drop: () => void
  /** Closes every connection cleanly, with a close frame of this code and reason. */
  readonly closeAll: (code: number, reason: string) => void
  /** The next upgrades (all of them until `accept`) get this HTTP status and body. */
  readonly refuse: (status: number, body: string) => void
  /** The next upgrades (all of them until `accept`) are accepted at TCP level and never answered. */
  readonly stall: () => void
  /** Upgrades are accepted again. */
  readonly accept: () => void
  /** Stops reading every open connection (its TCP buffers fill up, the client's writes back up). */
  readonly pause: () => void
  /** Replaces the answer to one method; `"ignore"` leaves its requests unanswered. */
  readonly handle: (method: string, handler: Handler | "ignore") => void
  /** Waits until `probe` returns a value (re-checked on every event of the peer), bounded in real time. */
  readonly until: <A>(what: string, probe: () => A | undefined | false, timeoutMs?: number) => Effect.Effect<A>
  /** Waits for a message matching `predicate` (on connection `conn` when given) and returns it. */
  readonly awaitMessage: (what: string, predicate: (received: Received) => boolean, timeoutMs?: number) => Effect.Effect<Received>
}

/** The `thread/resume` (or start) answer for a thread that shows these turns. */
export const threadWithTurns = (threadId: string, turns: ReadonlyArray<unknown>) => {
  const base = Testing.threadResponse(threadId)
  return { ...base, thread: { ...base.thread, turns } }
}

/** An agent message item, with an id of the test's choice. */
export const agentItem = (id: string, text: string, phase: "final_answer" | "commentary" | null = "final_answer") => ({
  type: "agentMessage",
  id,
  text,
  phase
})

/** `item/completed` for an item. */
export const itemCompleted = (threadId: string, turnId: string, item: unknown) => ({
  method: "item/completed",
  params: { threadId, turnId, completedAtMs: 1, item }
})

const defaultHandlers = (): Map<string, Handler> => {
  let turns = 0
  return new Map<string, Handler>([
    ["initialize", (_, c) => c.reply(Testing.initializeResponse)],
    ["thread/start", (m, c) => c.reply(Testing.threadResponse(`thread-${m.id}`))],
    ["thread/resume", (m, c) => c.reply(Testing.threadResponse(m.params.threadId))],
    ["turn/start", (m, c) => c.reply({ turn: Testing.turn(`${m.params.threadId}-turn-${++turns}`) })],
    ["turn/interrupt", (_, c) => c.reply({})],
    ["model/list", (_, c) => c.reply({ data: [] })]
  ])
}

const reasons: Record<number, string> = { 401: "Unauthorized", 403: "Forbidden", 500: "Internal Server Error", 503: "Service Unavailable" }

/** Starts a peer for the life of the scope. */
export const make = (options: WsPeerOptions = {}): Effect.Effect<WsPeer, never, import("effect/Scope").Scope> =>
  Effect.acquireRelease(
    Effect.async<{ peer: WsPeer; close: () => Promise<void> }>((resume) => {
      const dir = options.unix === true ? mkdtempSync(path.join(tmpdir(), "effect-codex-ws-")) : undefined
      const socketPath = dir !== undefined ? path.join(dir, "codex.sock") : undefined
      const server = http.createServer((_, res) => {
        res.writeHead(426).end("upgrade required")
      })
      const wss = new WebSocketServer({ noServer: true, autoPong: options.autoPong ?? true })

      const received: Array<Received> = []
      const upgrades: Array<Upgrade> = []
      const sockets = new Set<Socket>()
      const webSockets = new Map<WebSocket, number>()
      const handlers = defaultHandlers()
      const ignored = new Set<string>()
      let connections = 0
      let pings = 0
      let mode: { readonly _tag: "accept" } | { readonly _tag: "refuse"; status: number; body: string } | { readonly _tag: "stall" } = {
        _tag: "accept"
      }

      // ---- events and waiting
      const checks = new Set<() => void>()
      const changed = () => {
        for (const check of Array.from(checks)) check()
      }
      const until = <A>(what: string, probe: () => A | undefined | false, timeoutMs = 5000) =>
        Effect.async<A>((resume) => {
          let timer: ReturnType<typeof setTimeout> | undefined
          const done = () => {
            checks.delete(check)
            if (timer !== undefined) clearTimeout(timer)
          }
          const check = () => {
            const value = probe()
            if (value === undefined || value === false) return
            done()
            resume(Effect.succeed(value))
          }
          timer = setTimeout(() => {
            done()
            resume(Effect.dieMessage(`wsPeer: ${what}: did not happen within ${timeoutMs} ms`))
          }, timeoutMs)
          checks.add(check)
          check()
          return Effect.sync(done)
        })

      const latest = (): WebSocket | undefined => {
        let found: WebSocket | undefined
        let best = 0
        for (const [ws, conn] of webSockets) {
          if (conn > best && ws.readyState === WebSocket.OPEN) {
            best = conn
            found = ws
          }
        }
        return found
      }

      server.on("connection", (socket: Socket) => {
        sockets.add(socket)
        socket.on("close", () => {
          sockets.delete(socket)
          changed()
        })
        changed()
      })

      server.on("upgrade", (request: http.IncomingMessage, socket: Socket, head: Buffer) => {
        socket.on("error", () => {})
        if (mode._tag === "refuse") {
          upgrades.push({ headers: request.headers, url: request.url, outcome: "refused" })
          const body = Buffer.from(mode.body, "utf8")
          socket.end(
            `HTTP/1.1 ${mode.status} ${reasons[mode.status] ?? "Refused"}\r\n` +
              `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n` +
              mode.body
          )
          changed()
          return
        }
        if (mode._tag === "stall") {
          upgrades.push({ headers: request.headers, url: request.url, outcome: "stalled" })
          // never answered, but read: the client's FIN is seen (and the socket closed) like any server would
          socket.on("end", () => socket.destroy())
          socket.resume()
          changed()
          return
        }
        upgrades.push({ headers: request.headers, url: request.url, outcome: "accepted" })
        wss.handleUpgrade(request, socket, head, (ws) => {
          const conn = ++connections
          webSockets.set(ws, conn)
          ws.on("error", () => {})
          ws.on("ping", () => {
            pings++
            changed()
          })
          ws.on("close", () => {
            webSockets.delete(ws)
            changed()
          })
          ws.on("message", (data, isBinary) => {
            const text = Array.isArray(data)
              ? Buffer.concat(data).toString("utf8")
              : Buffer.from(data as Buffer).toString("utf8")
            let message: any
            try {
              message = JSON.parse(text)
            } catch {
              message = undefined
            }
            received.push({ conn, text, binary: isBinary, message })
            changed()
            if (message !== undefined && typeof message.method === "string" && message.id !== undefined) {
              answer(ws, conn, message)
            }
          })
          changed()
        })
      })

      const answer = (ws: WebSocket, conn: number, message: any) => {
        if (ignored.has(message.method)) return
        const sendOn = (...messages: ReadonlyArray<unknown>) => {
          for (const m of messages) if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(m))
        }
        const context: Context = {
          conn,
          peer,
          reply: (result) => sendOn({ id: message.id, result }),
          replyError: (error) => sendOn({ id: message.id, error }),
          send: sendOn
        }
        const handler = handlers.get(message.method)
        if (handler === undefined) return context.replyError({ code: -32601, message: `no ${message.method}` })
        handler(message, context)
      }

      const peer: WsPeer = {
        url: "",
        port: undefined,
        received: () => received,
        on: (conn) => received.filter((r) => r.conn === conn),
        upgrades: () => upgrades,
        connections: () => connections,
        openWebSockets: () => webSockets.size,
        openSockets: () => sockets.size,
        pings: () => pings,
        send: (...texts) => {
          const ws = latest()
          if (ws === undefined) throw new Error("wsPeer.send: no open connection")
          for (const text of texts) ws.send(text)
        },
        sendJson: (...messages) => peer.send(...messages.map((m) => JSON.stringify(m))),
        sendBinary: (text) => {
          const ws = latest()
          if (ws === undefined) throw new Error("wsPeer.sendBinary: no open connection")
          ws.send(Buffer.from(text, "utf8"), { binary: true })
        },
        drop: () => {
          for (const ws of webSockets.keys()) ws.terminate()
        },
        closeAll: (code, reason) => {
          for (const ws of webSockets.keys()) ws.close(code, reason)
        },
        refuse: (status, body) => {
          mode = { _tag: "refuse", status, body }
        },
        stall: () => {
          mode = { _tag: "stall" }
        },
        accept: () => {
          mode = { _tag: "accept" }
        },
        pause: () => {
          for (const ws of webSockets.keys()) (ws as unknown as { _socket: Socket })._socket.pause()
        },
        handle: (method, handler) => {
          if (handler === "ignore") {
            ignored.add(method)
            return
          }
          ignored.delete(method)
          handlers.set(method, handler)
        },
        until,
        awaitMessage: (what, predicate, timeoutMs) => until(what, () => received.find(predicate), timeoutMs)
      }

      const close = () =>
        new Promise<void>((done) => {
          checks.clear()
          for (const ws of webSockets.keys()) ws.terminate()
          for (const socket of sockets) socket.destroy()
          wss.close()
          server.close(() => {
            if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
            done()
          })
        })

      const listening = () => {
        if (socketPath !== undefined) {
          Object.assign(peer, { url: `unix://${socketPath}` })
        } else {
          const port = (server.address() as AddressInfo).port
          Object.assign(peer, { url: `ws://127.0.0.1:${port}`, port })
        }
        resume(Effect.succeed({ peer, close }))
      }
      if (socketPath !== undefined) server.listen(socketPath, listening)
      else server.listen(0, "127.0.0.1", listening)
    }),
    ({ close }) => Effect.promise(close)
  ).pipe(Effect.map(({ peer }) => peer))

/** A port on 127.0.0.1 where nobody listens (it was free a moment ago). */
export const freePort: Effect.Effect<number> = Effect.async<number>((resume) => {
  const server = http.createServer()
  server.listen(0, "127.0.0.1", () => {
    const port = (server.address() as AddressInfo).port
    server.close(() => resume(Effect.succeed(port)))
  })
})

/** The JSON-RPC methods of the messages received on a connection, in order (answers as `answer:<id>`). */
export const methodsOn = (peer: WsPeer, conn: number): ReadonlyArray<string> =>
  peer.on(conn).map((r) =>
    r.message?.method !== undefined ? String(r.message.method) : r.message?.id !== undefined ? `answer:${r.message.id}` : "?"
  )
