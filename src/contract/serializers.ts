import fastJsonStringify from 'fast-json-stringify'

type Serialize = (data: unknown) => string
type Schema = Record<string, unknown>

/**
 * Fastify's serializer compiler for the operations' response schemas, which write only the
 * properties a schema declares. The generated schemas are shared constants (one ErrorBody for
 * some three hundred route-status pairs), so each is compiled once, not once per route.
 */
const compiled = new WeakMap<object, Serialize>()

export function compileSerializer({ schema }: { schema: unknown }): Serialize {
  const key = schema as object
  let serialize = compiled.get(key)
  if (serialize === undefined) {
    serialize = fastJsonStringify(forSerialization(schema) as Parameters<typeof fastJsonStringify>[0])
    compiled.set(key, serialize)
  }
  return serialize
}

/** Keywords that only validate input: they change nothing in what is written. */
const VALIDATION_ONLY = new Set([
  'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems',
])
/** Formats fast-json-stringify writes a Date in; other formats only validate. */
const WRITTEN_FORMATS = new Set(['date-time', 'date', 'time'])

/**
 * The same schema in the form fast-json-stringify writes best, with the same output:
 * - a union of one type and `null` (TypeBox's nullable) becomes that type marked `nullable`: a
 *   plain null test, where a union makes it validate the value against each member;
 * - keywords that only validate input go (lengths, patterns, formats such as `email`), so the
 *   member of a union an answer is written as is chosen by its shape alone (required properties,
 *   types, constants): an address the sign-up accepted can never fail a stricter email format
 *   here and turn a sign-in into a 500.
 */
export function forSerialization(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema
  const result: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties') result[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, property]) => [name, forSerialization(property)]))
    else if (key === 'items') result[key] = forSerialization(value)
    else if (key === 'anyOf' || key === 'oneOf') result[key] = (value as unknown[]).map(forSerialization)
    else if (VALIDATION_ONLY.has(key) || key.startsWith('x-') || (key === 'format' && !WRITTEN_FORMATS.has(String(value)))) continue
    else result[key] = value
  }
  const members = (result.anyOf ?? result.oneOf) as Schema[] | undefined
  const others = members?.filter((member) => member.type !== 'null') ?? []
  const [only] = others
  if (members?.length !== 2 || others.length !== 1 || typeof only?.type !== 'string' || only.anyOf !== undefined || only.oneOf !== undefined) return result
  const { anyOf: _anyOf, oneOf: _oneOf, ...siblings } = result
  return { ...siblings, ...only, nullable: true }
}
