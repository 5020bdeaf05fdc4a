/**
 * What a transport knows of the process behind it, kept off the public `Transport.Service`: the
 * stdio transport registers its server's pid here, keyed by the service object, so the pool can
 * watch a member's memory and tests can kill it.
 */
const pids = new WeakMap<object, number>()

export const registerPid = (transport: object, pid: number): void => {
  pids.set(transport, pid)
}

export const pidOf = (transport: object): number | undefined => pids.get(transport)
