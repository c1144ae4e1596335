/**
 * One JSON Schema of the spec as TypeBox source, laid out as a person would write it: one
 * property a line, nested objects indented, descriptions as doc comments. Covers the JSON Schema
 * the spec uses (objects, strings, numbers, booleans, arrays, enums, consts, `[type, 'null']`,
 * `oneOf`/`anyOf`, `$ref` to components); anything else fails loudly rather than being approximated.
 */
export type JsonSchema = Record<string, unknown>

const INDENT = '  '
/** Keywords the renderer turns into TypeBox calls; the rest become the call's options. */
const STRUCTURAL = new Set(['type', 'properties', 'required', 'items', 'enum', 'const', 'oneOf', 'anyOf', '$ref'])
/** Documentation only: descriptions become doc comments, examples stay in the spec. */
const ANNOTATIONS = new Set(['description', 'example', 'examples'])

export function componentName(ref: string): string {
  const match = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref)
  if (match === null) throw new Error(`unsupported $ref ${ref}`)
  return match[1]!
}

/** `schema` as a TypeBox expression; `depth` is the indentation of the line it starts on. */
export function renderTypeBox(schema: JsonSchema, where: string, depth = 0): string {
  if (typeof schema.$ref === 'string') return `${componentName(schema.$ref)}Schema`
  const options = renderOptions(schema)
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    const members = (schema.oneOf ?? schema.anyOf) as JsonSchema[]
    return renderUnion(members.map((member, index) => renderTypeBox(member, `${where}/${index}`, depth + 1)), depth, options)
  }
  if (Array.isArray(schema.enum)) return `Type.Enum(${renderList(schema.enum.map(renderLiteral), depth)}${options})`
  const type = schema.type
  if (Array.isArray(type)) {
    return renderUnion(type.map((single: unknown) => renderTypeBox({ ...schema, type: single }, where, depth + 1)), depth, '')
  }
  switch (type) {
    case 'null':
      return 'Type.Null()'
    case 'string':
    case 'boolean':
    case 'integer':
    case 'number':
      if (schema.const !== undefined) return `Type.Literal(${renderLiteral(schema.const)}${options})`
      return `Type.${type[0]!.toUpperCase()}${type.slice(1)}(${options.slice(2)})`
    case 'array':
      return `Type.Array(${renderTypeBox(schema.items as JsonSchema, `${where}/items`, depth)}${options})`
    case 'object':
      return `Type.Object(${renderProperties(schema, where, depth)}${options})`
    default:
      throw new Error(`${where}: unsupported schema type ${JSON.stringify(type)}`)
  }
}

/** An object's properties as the `{ … }` argument of Type.Object, optional ones wrapped. */
function renderProperties(schema: JsonSchema, where: string, depth: number): string {
  const required = new Set((schema.required as string[] | undefined) ?? [])
  const properties = Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})
  for (const key of required) {
    if (!properties.some(([name]) => name === key)) throw new Error(`${where}: required property ${key} is not described`)
  }
  if (properties.length === 0) return '{}'
  const inner = INDENT.repeat(depth + 1)
  const lines = properties.map(([key, property]) => {
    const rendered = renderTypeBox(property, `${where}/${key}`, depth + 1)
    const value = required.has(key) ? rendered : `Type.Optional(${rendered})`
    return `${docComment(property.description, inner)}${inner}${propertyKey(key)}: ${value},`
  })
  return `{\n${lines.join('\n')}\n${INDENT.repeat(depth)}}`
}

function renderUnion(members: string[], depth: number, options: string): string {
  return `Type.Union(${renderList(members, depth)}${options})`
}

/** `[a, b]` on one line when it is short, else one member a line. */
function renderList(members: string[], depth: number): string {
  const oneLine = `[${members.join(', ')}]`
  if (!oneLine.includes('\n') && oneLine.length + depth * INDENT.length <= 90) return oneLine
  const inner = INDENT.repeat(depth + 1)
  return `[\n${members.map((member) => `${inner}${member},`).join('\n')}\n${INDENT.repeat(depth)}]`
}

/** The schema's non-structural keywords (format, lengths, pattern, x-*) as a TypeBox options argument. */
function renderOptions(schema: JsonSchema): string {
  const options = Object.entries(schema).filter(([key]) => !STRUCTURAL.has(key) && !ANNOTATIONS.has(key))
  if (options.length === 0) return ''
  return `, { ${options.map(([key, value]) => `${propertyKey(key)}: ${renderLiteral(value)}`).join(', ')} }`
}

/** A JSON value as a TypeScript literal: single quotes, bare keys where they are identifiers. */
export function renderLiteral(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
  if (Array.isArray(value)) return `[${value.map(renderLiteral).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, inner]) => `${propertyKey(key)}: ${renderLiteral(inner)}`).join(', ')} }`
  }
  return JSON.stringify(value)
}

export function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : renderLiteral(key)
}

/** A description as a doc comment at `indent`, ending in a line break; empty without one. */
export function docComment(description: unknown, indent: string): string {
  if (typeof description !== 'string' || description.trim() === '') return ''
  const lines = description.trim().replace(/\*\//g, '*\\/').split('\n')
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n`
}
