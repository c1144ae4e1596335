/**
 * What a change of openapi.yaml breaks for a client generated from the previous version:
 * an operation removed, a request field newly required or retyped, a new required parameter,
 * a success answer or a response field removed or retyped, credentials newly demanded, and an
 * operationId or tag renamed (generated clients name their functions and group them by those).
 */
type Node = Record<string, unknown>
type Spec = { info: { version: string }; paths: Record<string, Record<string, Node>>; components?: Node }

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']

export function breakingChanges(released: Spec, current: Spec): string[] {
  const problems: string[] = []
  const deref = (spec: Spec, node: unknown): Node => {
    let value = node as Node | undefined
    for (let depth = 0; depth < 20 && typeof value?.$ref === 'string'; depth += 1) {
      value = (value.$ref).replace(/^#\//, '').split('/').reduce<unknown>((at, key) => (at as Node | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec) as Node | undefined
    }
    return value ?? {}
  }

  for (const [path, item] of Object.entries(released.paths)) {
    for (const method of METHODS) {
      const before = item[method]
      if (before === undefined) continue
      const where = `${method.toUpperCase()} ${path}`
      const after = current.paths[path]?.[method]
      if (after === undefined) {
        problems.push(`${where}: operation removed`)
        continue
      }
      if (allowsAnonymous(before) && !allowsAnonymous(after)) problems.push(`${where}: now requires credentials`)
      if (before.operationId !== after.operationId) problems.push(`${where}: operationId ${String(before.operationId)} → ${String(after.operationId)} (generated function renamed)`)
      const tagsOf = (operation: Node): string => ((operation.tags as string[] | undefined) ?? []).join(',')
      if (tagsOf(before) !== tagsOf(after)) problems.push(`${where}: tags ${tagsOf(before)} → ${tagsOf(after)} (generated clients group by tag)`)
      const beforeParameters = new Set(((before.parameters as Node[] | undefined) ?? []).map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`))
      for (const parameter of (after.parameters as Node[] | undefined) ?? []) {
        if (parameter.required === true && !beforeParameters.has(`${String(parameter.in)}:${String(parameter.name)}`)) problems.push(`${where}: new required parameter ${String(parameter.name)}`)
      }
      const bodyOf = (spec: Spec, operation: Node): Node | undefined => {
        const content = (deref(spec, operation.requestBody).content as Node | undefined)?.['application/json'] as Node | undefined
        return content === undefined ? undefined : deref(spec, content.schema)
      }
      const beforeBody = bodyOf(released, before)
      const afterBody = bodyOf(current, after)
      if (afterBody !== undefined) compareRequest(`${where} body`, beforeBody, afterBody)
      for (const [status, response] of Object.entries(before.responses as Node)) {
        if (!status.startsWith('2')) continue
        const afterResponse = (after.responses as Node)[status]
        if (afterResponse === undefined) {
          problems.push(`${where}: answer ${status} removed`)
          continue
        }
        const schemaOf = (spec: Spec, node: unknown): Node | undefined => {
          const content = (deref(spec, node).content as Node | undefined)?.['application/json'] as Node | undefined
          return content === undefined ? undefined : deref(spec, content.schema)
        }
        compareResponse(`${where} ${status}`, schemaOf(released, response), schemaOf(current, afterResponse))
      }
    }
  }
  return problems

  function typeOf(spec: Spec, schema: Node | undefined): string {
    const resolved = deref(spec, schema)
    const type = resolved.type
    if (Array.isArray(type)) return (type as unknown[]).map(String).sort().join('|')
    if (typeof type === 'string') return type
    if (Array.isArray(resolved.oneOf) || Array.isArray(resolved.anyOf)) return 'union'
    return 'any'
  }

  function compareRequest(where: string, before: Node | undefined, after: Node): void {
    const beforeRequired = new Set((before?.required as string[] | undefined) ?? [])
    for (const field of (after.required as string[] | undefined) ?? []) {
      if (!beforeRequired.has(field)) problems.push(`${where}: field ${field} is newly required`)
    }
    const beforeProperties = (before?.properties as Record<string, Node> | undefined) ?? {}
    for (const [field, schema] of Object.entries((after.properties as Record<string, Node> | undefined) ?? {})) {
      const old = beforeProperties[field]
      if (old !== undefined && typeOf(released, old) !== typeOf(current, schema)) problems.push(`${where}: field ${field} changed type ${typeOf(released, old)} → ${typeOf(current, schema)}`)
    }
  }

  function compareResponse(where: string, before: Node | undefined, after: Node | undefined): void {
    if (before === undefined) return
    if (after === undefined) {
      problems.push(`${where}: body removed`)
      return
    }
    const afterProperties = (after.properties as Record<string, Node> | undefined) ?? {}
    const afterRequired = new Set((after.required as string[] | undefined) ?? [])
    for (const [field, schema] of Object.entries((before.properties as Record<string, Node> | undefined) ?? {})) {
      const now = afterProperties[field]
      if (now === undefined) problems.push(`${where}: field ${field} removed`)
      else if (typeOf(released, schema) !== typeOf(current, now)) problems.push(`${where}: field ${field} changed type ${typeOf(released, schema)} → ${typeOf(current, now)}`)
      else if (((before.required as string[] | undefined) ?? []).includes(field) && !afterRequired.has(field)) problems.push(`${where}: field ${field} may now be missing`)
    }
  }
}

/** No security, an empty list, or an empty alternative (`- {}`) lets a client call without credentials. */
function allowsAnonymous(operation: Node): boolean {
  const security = operation.security as Node[] | undefined
  return security === undefined || security.length === 0 || security.some((entry) => Object.keys(entry).length === 0)
}

/** Whether `current` bumps `released` enough for breaking changes: the major, or the minor before 1.0. */
export function allowsBreakingChanges(released: string, current: string): boolean {
  const [major0 = 0, minor0 = 0] = released.split('.').map(Number)
  const [major1 = 0, minor1 = 0] = current.split('.').map(Number)
  return major1 > major0 || (major0 === 0 && major1 === 0 && minor1 > minor0)
}
