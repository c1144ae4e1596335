import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import { allowsBreakingChanges, breakingChanges } from '../../src/contract/breaking-changes.js'
import { readSpec } from '../../src/contract/spec.js'

type Spec = Parameters<typeof breakingChanges>[0]
const released = readSpec().document as unknown as Spec
const edit = (change: (spec: Record<string, any>) => void): Spec => {
  const copy = structuredClone(released) as Record<string, any>
  change(copy)
  return copy as Spec
}

t.test('the current contract breaks nothing it released', async (t) => {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'contract:check'])
  t.match(stdout, /no breaking change since|announced by/)
})

t.test('each kind of breaking change is named', async (t) => {
  const cases: Array<[string, (spec: Record<string, any>) => void, RegExp]> = [
    ['an operation removed', (spec) => { delete spec.paths['/auth/me'].get }, /GET \/auth\/me: operation removed/],
    ['a request field newly required', (spec) => { spec.components.schemas.SignUpEmailBody.required.push('image') }, /POST \/api\/auth\/sign-up\/email body: field image is newly required/],
    ['a request field retyped', (spec) => { spec.components.schemas.SignUpEmailBody.properties.rememberMe = { type: 'string' } }, /field rememberMe changed type boolean → string/],
    ['a response field removed', (spec) => { delete spec.components.schemas.JwtAuthResult.properties.token }, /POST \/auth\/login 200: field token removed/],
    ['a response field made optional', (spec) => { spec.components.schemas.JwtUser.required = ['id'] }, /GET \/auth\/me 200: field email may now be missing/],
    ['a success answer removed', (spec) => { delete spec.paths['/api/v1/health'].get.responses['200'] }, /GET \/api\/v1\/health: answer 200 removed/],
    ['a new required parameter', (spec) => { spec.paths['/api/auth/get-session'].get.parameters = [{ name: 'x', in: 'query', required: true, schema: { type: 'string' } }] }, /new required parameter x/],
    ['an operationId renamed', (spec) => { spec.paths['/auth/me'].get.operationId = 'jwtWhoAmI' }, /GET \/auth\/me: operationId jwtMe → jwtWhoAmI/],
    ['a tag renamed', (spec) => { spec.paths['/auth/me'].get.tags = ['auth'] }, /GET \/auth\/me: tags jwt → auth/],
    ['credentials newly required', (spec) => { spec.paths['/api/auth/sign-up/email'].post.security = [{ sessionCookie: [] }] }, /sign-up\/email: now requires credentials/],
  ]
  for (const [what, change, expected] of cases) {
    const problems = breakingChanges(released, edit(change))
    t.ok(problems.some((line) => expected.test(line)), `${what}: ${problems.join('; ')}`)
  }
  t.same(breakingChanges(released, edit((spec) => {
    spec.components.schemas.SignUpEmailBody.properties.locale = { type: 'string' }
    spec.components.schemas.JwtUser.properties.image = { type: 'string' }
    spec.paths['/api/auth/new-thing'] = { get: { operationId: 'newThing', responses: { '200': { description: 'ok' } } } }
  })), [], 'additions break nothing')
})

t.test('a breaking change needs the major bumped, or the minor before 1.0', async (t) => {
  t.ok(allowsBreakingChanges('0.1.0', '0.2.0'))
  t.notOk(allowsBreakingChanges('0.1.0', '0.1.5'))
  t.ok(allowsBreakingChanges('1.4.2', '2.0.0'))
  t.notOk(allowsBreakingChanges('1.4.2', '1.5.0'))
})
