/**
 * A TCP proxy on 127.0.0.1 in front of a listening app-server, so a test can cut the connection
 * while the server stays up (`cut`), and keep it down for a while (`hold` / `release`: new
 * connections wait, untouched, until released).
 */
import * as net from "node:net"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"

export interface Proxy {
  readonly port: number
  readonly url: string
  /** Destroys every live connection, both sides. */
  readonly cut: Effect.Effect<void>
  /** New connections wait until `release`. */
  readonly hold: Effect.Effect<void>
  readonly release: Effect.Effect<void>
  /** Connections accepted so far. */
  readonly accepted: () => number
}

export const makeProxy = (targetPort: number): Effect.Effect<Proxy, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<{ readonly proxy: Proxy; readonly server: net.Server; readonly sockets: Set<net.Socket> }>((resume) => {
      const sockets = new Set<net.Socket>()
      let held: Array<() => void> | undefined
      let accepted = 0
      const connect = (client: net.Socket) => {
        const upstream = net.connect(targetPort, "127.0.0.1")
        sockets.add(client)
        sockets.add(upstream)
        const end = () => {
          client.destroy()
          upstream.destroy()
          sockets.delete(client)
          sockets.delete(upstream)
        }
        client.on("error", end).on("close", end)
        upstream.on("error", end).on("close", end)
        client.pipe(upstream)
        upstream.pipe(client)
      }
      const server = net.createServer((client) => {
        accepted++
        client.pause()
        if (held !== undefined) {
          sockets.add(client)
          held.push(() => {
            if (client.destroyed) return
            client.resume()
            connect(client)
          })
        } else {
          client.resume()
          connect(client)
        }
      })
      server.listen(0, "127.0.0.1", () => {
        const port = (server.address() as net.AddressInfo).port
        const proxy: Proxy = {
          port,
          url: `ws://127.0.0.1:${port}`,
          cut: Effect.sync(() => {
            for (const socket of sockets) socket.destroy()
            sockets.clear()
          }),
          hold: Effect.sync(() => {
            held ??= []
          }),
          release: Effect.sync(() => {
            const waiting = held ?? []
            held = undefined
            for (const go of waiting) go()
          }),
          accepted: () => accepted
        }
        resume(Effect.succeed({ proxy, server, sockets }))
      })
    }),
    ({ server, sockets }) =>
      Effect.async<void>((resume) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(({ proxy }) => proxy))
