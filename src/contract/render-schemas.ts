import { parse } from 'yaml'

/**
 * Renders the spec's `components.schemas` as TypeBox source: one `NameSchema` constant and one
 * `Name` type per component, references inlined in dependency order. Covers the JSON Schema the
 * spec uses (objects, strings, numbers, booleans, arrays, enums, consts, `[type, 'null']`,
 * `oneOf`/`anyOf`, `$ref`); anything else fails loudly rather than being approximated.
 */
type JsonSchema = Record<string, unknown>

const STRUCTURAL = new Set(['type', 'properties', 'required', 'items', 'enum', 'const', 'oneOf', 'anyOf', '$ref'])

export function renderSchemas(specText: string): string {
  const spec = parse(specText) as { components?: { schemas?: Record<string, JsonSchema> } }
  const schemas = spec.components?.schemas ?? {}
  const order = dependencyOrder(schemas)
  const lines = [
    '// Generated from openapi.yaml by `npm run generate`. Do not edit.',
    "import { Type, type Static } from 'typebox'",
    '',
  ]
  for (const name of order) {
    lines.push(`export const ${name}Schema = ${render(schemas[name]!, name)}`)
    lines.push(`export type ${name} = Static<typeof ${name}Schema>`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function dependencyOrder(schemas: Record<string, JsonSchema>): string[] {
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'visiting') throw new Error(`schema ${name} refers to itself`)
    if (!(name in schemas)) throw new Error(`unknown schema ${name}`)
    state.set(name, 'visiting')
    for (const ref of references(schemas[name])) visit(ref)
    state.set(name, 'done')
    order.push(name)
  }
  Object.keys(schemas).sort().forEach(visit)
  return order
}

function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references)
  if (value === null || typeof value !== 'object') return []
  const ref = (value as JsonSchema).$ref
  if (typeof ref === 'string') return [refName(ref)]
  return Object.values(value).flatMap(references)
}

function refName(ref: string): string {
  const match = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref)
  if (match === null) throw new Error(`unsupported $ref ${ref}`)
  return match[1]!
}

function render(schema: JsonSchema, where: string): string {
  if (typeof schema.$ref === 'string') return `${refName(schema.$ref)}Schema`
  const options = optionsOf(schema)
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    const members = (schema.oneOf ?? schema.anyOf) as JsonSchema[]
    return `Type.Union([${members.map((member, index) => render(member, `${where}/${index}`)).join(', ')}]${options})`
  }
  if (Array.isArray(schema.enum)) return `Type.Enum(${JSON.stringify(schema.enum)}${options})`
  const type = schema.type
  if (Array.isArray(type)) {
    const members = type.map((single) => render({ ...schema, type: single }, where))
    return `Type.Union([${members.join(', ')}])`
  }
  switch (type) {
    case 'null':
      return 'Type.Null()'
    case 'string':
    case 'boolean':
    case 'integer':
    case 'number':
      if (schema.const !== undefined) return `Type.Literal(${JSON.stringify(schema.const)}${options})`
      return `Type.${type[0]!.toUpperCase()}${type.slice(1)}(${options.slice(2)})`
    case 'array':
      return `Type.Array(${render(schema.items as JsonSchema, `${where}/items`)}${options})`
    case 'object':
      return renderObject(schema, where, options)
    default:
      throw new Error(`${where}: unsupported schema type ${JSON.stringify(type)}`)
  }
}

function renderObject(schema: JsonSchema, where: string, options: string): string {
  const required = new Set((schema.required as string[] | undefined) ?? [])
  const properties = Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})
  const fields = properties.map(([key, property]) => {
    const rendered = render(property, `${where}/${key}`)
    return `  ${JSON.stringify(key)}: ${required.has(key) ? rendered : `Type.Optional(${rendered})`},`
  })
  for (const key of required) {
    if (!properties.some(([name]) => name === key)) throw new Error(`${where}: required property ${key} is not described`)
  }
  const body = fields.length === 0 ? '{}' : `{\n${fields.join('\n').replace(/\n/g, '\n')}\n}`
  return `Type.Object(${indent(body)}${options})`
}

/** The schema's non-structural keywords (format, lengths, description, x-*) as a TypeBox options argument. */
function optionsOf(schema: JsonSchema): string {
  const options = Object.fromEntries(Object.entries(schema).filter(([key]) => !STRUCTURAL.has(key)))
  return Object.keys(options).length === 0 ? '' : `, ${JSON.stringify(options)}`
}

function indent(text: string): string {
  return text.replace(/\n(?!$)/g, '\n')
}
