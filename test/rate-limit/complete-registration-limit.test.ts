import t from 'tap'
import { build } from '../helper.js'

t.test('POST /api/v1/better-auth/complete-registration → limited per registration token, not per IP', async (t) => {
  const app = await build(t, { RATE_LIMITS: 'on', TRUST_PROXY: '1' })
  const complete = (registrationToken: string, ip: string) => app.inject({
    method: 'POST', url: '/api/v1/better-auth/complete-registration', headers: { 'x-forwarded-for': ip }, payload: { registrationToken },
  })
  const oneToken: number[] = []
  for (let attempt = 1; attempt <= 11; attempt += 1) oneToken.push((await complete('one-guessed-token', `192.0.2.${attempt}`)).statusCode)
  t.same(oneToken, [...Array(10).fill(400), 429], 'one token from eleven addresses: the eleventh is refused')
  const oneAddress: number[] = []
  for (let attempt = 1; attempt <= 15; attempt += 1) oneAddress.push((await complete(`token-${attempt}`, '198.51.100.7')).statusCode)
  t.same(oneAddress, Array(15).fill(400), 'fifteen tokens from one address: the per-token limit does not apply to them')
})
