/**
 * Fast guards: a schema AST made only of structs, unions, arrays, primitive keywords and literals
 * (most notification payloads) is compiled to a plain predicate, which checks a delta in a
 * fraction of what the general `ParseResult.is` interpreter needs. A suspension is compiled
 * through: every generated schema is one (it is built on first use, see src/generated/lazy.ts),
 * and forcing it here is that first use. Anything else (refinements, transformations, records
 * keyed by anything but strings, and recursive schemas: a suspension whose target is already
 * being compiled) falls back to `ParseResult.is`. A property test checks that both always agree.
 */
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"

export type Guard = (u: unknown) => boolean

const hasOwn = Object.prototype.hasOwnProperty

/**
 * `compiling` holds the targets of the suspensions being compiled on the way to `ast`: meeting one
 * of them again is a cycle, which a plain predicate cannot unfold, so the schema falls back.
 */
const compile = (ast: AST.AST, depth: number, compiling: Set<AST.AST>): Guard | undefined => {
  if (depth > 64) return undefined
  switch (ast._tag) {
    case "Suspend": {
      let target: AST.AST
      try {
        target = ast.f()
      } catch {
        return undefined
      }
      if (compiling.has(target)) return undefined
      compiling.add(target)
      try {
        return compile(target, depth, compiling)
      } finally {
        compiling.delete(target)
      }
    }
    case "StringKeyword":
      return (u) => typeof u === "string"
    case "NumberKeyword":
      return (u) => typeof u === "number"
    case "BooleanKeyword":
      return (u) => typeof u === "boolean"
    case "UndefinedKeyword":
      return (u) => u === undefined
    case "UnknownKeyword":
    case "AnyKeyword":
      return () => true
    case "Literal": {
      const literal = ast.literal
      return (u) => u === literal
    }
    case "Union": {
      const members: Array<Guard> = []
      for (const member of ast.types) {
        const guard = compile(member, depth + 1, compiling)
        if (guard === undefined) return undefined
        members.push(guard)
      }
      return (u) => {
        for (const guard of members) if (guard(u)) return true
        return false
      }
    }
    case "TupleType": {
      if (ast.elements.length > 0 || ast.rest.length !== 1) return undefined
      const item = compile(ast.rest[0]!.type, depth + 1, compiling)
      if (item === undefined) return undefined
      return (u) => {
        if (!Array.isArray(u)) return false
        for (const x of u) if (!item(x)) return false
        return true
      }
    }
    case "TypeLiteral": {
      if (ast.indexSignatures.length > 0) {
        // a plain record of string keys: every own value must pass
        const [index] = ast.indexSignatures
        if (ast.propertySignatures.length > 0 || ast.indexSignatures.length > 1 || index!.parameter._tag !== "StringKeyword") {
          return undefined
        }
        const value = compile(index!.type, depth + 1, compiling)
        if (value === undefined) return undefined
        return (u) => {
          if (typeof u !== "object" || u === null || Array.isArray(u)) return false
          for (const key of Object.keys(u)) if (!value((u as Record<string, unknown>)[key])) return false
          return true
        }
      }
      const props: Array<readonly [string, boolean, Guard]> = []
      for (const ps of ast.propertySignatures) {
        if (typeof ps.name !== "string") return undefined
        const guard = compile(ps.type, depth + 1, compiling)
        if (guard === undefined) return undefined
        props.push([ps.name, ps.isOptional, guard])
      }
      return (u) => {
        if (typeof u !== "object" || u === null || Array.isArray(u)) return false
        const record = u as Record<string, unknown>
        for (const [name, optional, guard] of props) {
          if (!hasOwn.call(record, name)) {
            if (!optional) return false
            continue
          }
          if (!guard(record[name])) return false
        }
        return true
      }
    }
    default:
      return undefined
  }
}

/**
 * A guard for values of `schema`: compiled when the AST allows, `ParseResult.is` otherwise. It never
 * throws: Effect's parser throws on some hostile values (an object whose `toString` is not a
 * function where it formats a discriminator), and such a value does not match.
 */
export const guardOf = (schema: Schema.Schema<any>): Guard => {
  const compiled = compile(schema.ast, 0, new Set())
  if (compiled !== undefined) return compiled
  const is = ParseResult.is(schema)
  return (u) => {
    try {
      return is(u)
    } catch {
      return false
    }
  }
}

/** Whether `guardOf` compiled this schema (for tests). */
export const isCompiled = (schema: Schema.Schema<any>): boolean => compile(schema.ast, 0, new Set()) !== undefined
