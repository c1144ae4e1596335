import fc from 'fast-check'
import t from 'tap'
import { listOperations, readSpec, type Operation } from '../../src/contract/spec.js'
import { readRateLimitRule, readSignInStep } from '../../src/rate-limit/rules.js'

const operations = new Map(listOperations().map((operation) => [operation.operationId, operation]))
const withExtension = (operationId: string, extension: string, value: unknown): Operation => {
  const operation = operations.get(operationId)!
  return { ...operation, definition: { ...operation.definition, [extension]: value } }
}
const schemas = readSpec().document.components.schemas as Record<string, { properties?: Record<string, unknown> }>

t.test('a token or email limit must name a field its request body has, or start-up fails', async (t) => {
  t.throws(() => readRateLimitRule(withExtension('v1CompleteRegistration', 'x-rate-limit', { max: 10, window: 900, key: 'token' })),
    /v1CompleteRegistration: x-rate-limit key token reads body field token, which V1CompleteRegistrationBody does not have/)
  t.match(readRateLimitRule(operations.get('v1CompleteRegistration')!), { key: 'token', field: 'registrationToken' }, 'the registration token is what complete-registration counts')
  t.throws(() => readRateLimitRule(withExtension('nativeSignInEmail', 'x-rate-limit', { max: 10, window: 900, key: 'ip', field: 'email' })), /field is for key email or token/)
  t.throws(() => readRateLimitRule(withExtension('nativeForgotPassword', 'x-rate-limit', { max: 3, window: 3600, key: 'email', field: 'mail' })), /reads body field mail/)
  // Any field name that the body schema lacks is refused, whichever operation and key.
  const keyed = [...operations.values()].filter((operation) => operation.bodySchema !== undefined)
  fc.assert(fc.property(fc.constantFrom(...keyed), fc.constantFrom('email', 'token'), fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,20}$/), (operation, key, field) => {
    const has = Object.hasOwn(schemas[operation.bodySchema!]?.properties ?? {}, field)
    const read = (): unknown => readRateLimitRule(withExtension(operation.operationId, 'x-rate-limit', { max: 1, window: 1, key, field }))
    if (has) return (read() as { field: string }).field === field
    try { read(); return false } catch (error) { return /does not have/.test((error as Error).message) }
  }), { numRuns: 200 })
  // And every rule of the contract as it stands names a field that exists.
  for (const operation of operations.values()) {
    const rule = readRateLimitRule(operation)
    if (rule?.field !== undefined) t.ok(Object.hasOwn(schemas[operation.bodySchema!]!.properties!, rule.field), `${operation.operationId}: ${rule.field}`)
  }
})

t.test('x-sign-in is true (a password step with an email) or second-factor', async (t) => {
  t.equal(readSignInStep(operations.get('nativeSignInEmail')!), 'password')
  t.equal(readSignInStep(operations.get('v1VerifyMfa')!), 'second-factor')
  t.equal(readSignInStep(operations.get('serviceGetHealth')!), undefined)
  t.throws(() => readSignInStep(withExtension('v1Login', 'x-sign-in', 'yes')), /v1Login: x-sign-in must be true or second-factor/)
  t.throws(() => readSignInStep(withExtension('nativeResetPassword', 'x-sign-in', true)), /needs an email in the body/)
  const steps = [...operations.values()].map((operation) => [operation.operationId, readSignInStep(operation)] as const).filter(([, step]) => step !== undefined)
  t.same(Object.fromEntries(steps), {
    nativeSignInEmail: 'password', v1Login: 'password', jwtLogin: 'password',
    nativeVerifyTotp: 'second-factor', nativeVerifyBackupCode: 'second-factor', v1VerifyMfa: 'second-factor',
    nativePasskeyVerifyAuthentication: 'second-factor', v1PasskeyLoginVerify: 'second-factor',
    nativeMagicLinkVerify: 'second-factor', nativeSignInEmailOtp: 'second-factor', v1EmailSignInVerify: 'second-factor', jwtEmailSignInVerify: 'second-factor',
  }, 'every surface\'s password and second-factor steps')
})
