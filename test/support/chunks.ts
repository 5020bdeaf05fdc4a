/** Splitting input at given offsets, to feed framers and decoders every way a pipe could cut it. */

/** Splits `input` at the given offsets (taken modulo its length + 1, sorted, deduplicated). */
export const splitAt = <T extends { readonly length: number; slice(start: number, end?: number): T }>(
  input: T,
  cuts: ReadonlyArray<number>
): Array<T> => {
  const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b)
  const out: Array<T> = []
  let start = 0
  for (const p of points) {
    out.push(input.slice(start, p))
    start = p
  }
  out.push(input.slice(start))
  return out
}
