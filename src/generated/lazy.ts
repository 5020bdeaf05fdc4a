/**
 * generated from codex 0.169.0; do not edit.
 * Regenerate with `npm run generate` (scripts/generate.ts).
 */
/*
 * Schemas built on first use. Each export of schemas.ts is `lazy(name, build)`: a schema whose
 * AST is an `AST.Suspend` (what `Schema.suspend` makes; it memoizes its thunk) that runs
 * `build` once, on first use, with the definition's name as its identifier. Importing the
 * protocol builds none of them. Inside a build, `force` gives the built schema of a definition
 * declared earlier, so that built ASTs nest no suspensions; the back edge of a real cycle
 * references the export itself, a suspension.
 *
 * The export is an instance of one small class rather than `Schema.suspend(...)`, which makes a
 * class per schema: for the ~1400 exports, that alone costs ~7 MB of RSS at import.
 */
import { pipeArguments } from "effect/Pipeable"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"

let built = 0

/** How many lazy schemas have been built in this process so far (for tests). */
export const builtLazySchemas = (): number => built

const variance = {
  _A: (_: unknown) => _,
  _I: (_: unknown) => _,
  _R: (_: never) => _
}

class LazySchema {
  readonly ast: AST.Suspend
  private schema: Schema.Schema.Any | undefined = undefined
  private building = false

  constructor(identifier: string, private readonly build: () => Schema.Schema.Any) {
    this.ast = new AST.Suspend(() => {
      const schema = this.get()
      if (schema === undefined) throw new Error(`the schema ${identifier} was used while it was being built`)
      return schema.ast
    }, { [AST.IdentifierAnnotationId]: identifier })
  }

  /** The built schema, built now if needed; undefined while it is being built (a cycle). */
  get(): Schema.Schema.Any | undefined {
    if (this.schema === undefined) {
      if (this.building) return undefined
      this.building = true
      try {
        this.schema = this.build()
      } finally {
        this.building = false
      }
      built++
    }
    return this.schema
  }

  annotations(annotations: Schema.Annotations.GenericSchema<unknown>): Schema.Schema.Any {
    return Schema.make(this.ast).annotations(annotations)
  }

  pipe() {
    return pipeArguments(this, arguments)
  }

  toString() {
    return String(this.ast)
  }
}

Object.defineProperty(LazySchema.prototype, Schema.TypeId, { value: variance })

/** A schema whose `build` runs once, on first use (`force`, a decode, a guard's compilation). */
export const lazy = <A>(identifier: string, build: () => Schema.Schema<A>): Schema.Schema<A> =>
  new LazySchema(identifier, build) as unknown as Schema.Schema<A>

/**
 * The built schema of a `lazy` one (building it now if needed). While that schema is being built
 * (a cycle), the suspension itself; any other schema as it is.
 */
export const force = <A>(schema: Schema.Schema<A>): Schema.Schema<A> =>
  schema instanceof LazySchema ? ((schema.get() ?? schema) as Schema.Schema<A>) : schema
