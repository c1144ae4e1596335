import { componentName, propertyKey, renderLiteral, type JsonSchema } from './render-typebox.js'

/**
 * One JSON Schema of the spec as a TypeScript type, for the operation types: components by name
 * (the `Static` types of components.ts), everything else written out. The same subset as the
 * TypeBox renderer, failing alike on the rest.
 */
export function renderType(schema: JsonSchema, where: string): string {
  if (typeof schema.$ref === 'string') return componentName(schema.$ref)
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    return union(((schema.oneOf ?? schema.anyOf) as JsonSchema[]).map((member, index) => renderType(member, `${where}/${index}`)))
  }
  if (Array.isArray(schema.enum)) return union(schema.enum.map(renderLiteral))
  if (schema.const !== undefined) return renderLiteral(schema.const)
  const type = schema.type
  if (Array.isArray(type)) return union(type.map((single: unknown) => renderType({ ...schema, type: single }, where)))
  switch (type) {
    case 'null':
      return 'null'
    case 'string':
    case 'boolean':
      return type
    case 'integer':
    case 'number':
      return 'number'
    case 'array': {
      const item = renderType(schema.items as JsonSchema, `${where}/items`)
      return item.includes(' | ') ? `Array<${item}>` : `${item}[]`
    }
    case 'object':
      return renderObjectType(schema, where)
    default:
      throw new Error(`${where}: unsupported schema type ${JSON.stringify(type)}`)
  }
}

function renderObjectType(schema: JsonSchema, where: string): string {
  const required = new Set((schema.required as string[] | undefined) ?? [])
  const properties = Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})
  if (properties.length === 0) return 'Record<string, never>'
  const fields = properties.map(([key, property]) => `${propertyKey(key)}${required.has(key) ? '' : '?'}: ${renderType(property, `${where}/${key}`)}`)
  return `{ ${fields.join('; ')} }`
}

function union(members: string[]): string {
  return [...new Set(members)].join(' | ')
}
