import t from 'tap'
import { contractProblems } from '../../contract.js'
import { build, PASSWORD, uniqueEmail } from '../../helper.js'

t.test('bad input answers a 4xx in the error envelope, never a 500', async (t) => {
  const app = await build(t)
  const url = '/api/auth/sign-up/email'

  const cases: Array<{ name: string; headers?: Record<string, string>; payload: string; status: number; code: string }> = [
    { name: 'malformed JSON', payload: '{"email": "a@b.c", ', status: 400, code: 'VALIDATION_ERROR' },
    { name: 'a JSON array', payload: '[1,2,3]', status: 400, code: 'VALIDATION_ERROR' },
    { name: 'a JSON string', payload: '"hello"', status: 400, code: 'VALIDATION_ERROR' },
    { name: 'an empty body', payload: '', status: 400, code: 'VALIDATION_ERROR' },
    { name: 'a __proto__ key', payload: `{"email":"${uniqueEmail()}","password":"${PASSWORD}","name":"A","__proto__":{"admin":true}}`, status: 400, code: 'VALIDATION_ERROR' },
    { name: 'a constructor.prototype key', payload: `{"email":"${uniqueEmail()}","password":"${PASSWORD}","name":"A","constructor":{"prototype":{"admin":true}}}`, status: 400, code: 'VALIDATION_ERROR' },
    { name: 'a form-encoded body', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a%40b.c&password=x', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'a text/plain body', headers: { 'content-type': 'text/plain' }, payload: 'hello', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'a body over 16 KiB', payload: JSON.stringify({ email: uniqueEmail(), password: PASSWORD, name: 'x'.repeat(17 * 1024) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  ]
  for (const testCase of cases) {
    await t.test(`POST ${url} → ${testCase.status} ${testCase.code} for ${testCase.name}`, async (t) => {
      const response = await app.inject({
        method: 'POST', url, payload: testCase.payload,
        headers: { 'content-type': 'application/json', ...testCase.headers },
      })
      t.equal(response.statusCode, testCase.status)
      t.equal(response.json().error.code, testCase.code)
      t.notMatch(response.body, /at .*\.(ts|js):\d+|stack/i, 'no stack trace')
    })
  }

  await t.test('GET /api/auth/nowhere → 404 NOT_FOUND in the envelope', async (t) => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/nowhere' })
    t.equal(response.statusCode, 404)
    t.equal(response.json().error.code, 'NOT_FOUND')
  })

  await t.test('an unexpected failure → 500 INTERNAL_ERROR with nothing about its cause', async (t) => {
    const broken = await build(t)
    await broken.db.schema.dropTable('verification').execute()
    // Reset, not forgot-password: that one answers before its database work starts.
    const response = await broken.inject({ method: 'POST', url: '/api/auth/reset-password', payload: { token: 'some-token', newPassword: 'another-password' } })
    t.equal(response.statusCode, 500)
    t.same(contractProblems('nativeResetPassword', response), [])
    t.same(response.json(), { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' }, code: 'INTERNAL_ERROR', message: 'Internal server error' })
  })

  await t.test('nothing was stored by any of it', async (t) => {
    const users = await app.db.selectFrom('user').select('id').execute()
    t.equal(users.length, 0)
  })
})
