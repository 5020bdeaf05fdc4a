/**
 * Sizes of the internal tables, kept off the public service interfaces: each service registers
 * how to read its sizes here, keyed by the service object, and `CodexClient.diagnostics` reads
 * them. A WeakMap, so a released service is not kept alive by its entry.
 */

/** How to read one service's table sizes. */
const readers = new WeakMap<object, () => object>()

export const register = <A extends object>(service: object, read: () => A): void => {
  readers.set(service, read)
}

export const read = <A extends object>(service: object): A | undefined =>
  readers.get(service)?.() as A | undefined
