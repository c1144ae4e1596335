import t from 'tap'
import { build } from '../helper.js'

t.test('security headers on every answer, errors included', async (t) => {
  const app = await build(t)
  for (const [method, url] of [['GET', '/api/v1/health'], ['GET', '/api/auth/nowhere'], ['POST', '/auth/login'], ['GET', '/docs/']] as const) {
    const response = await app.inject({ method, url })
    t.match(response.headers['content-security-policy'], /default-src 'self'.*frame-ancestors 'none'.*object-src 'none'/, `${method} ${url}: CSP`)
    t.notMatch(response.headers['content-security-policy'], /upgrade-insecure-requests/)
    t.equal(response.headers['x-content-type-options'], 'nosniff')
    t.equal(response.headers['x-frame-options'], 'SAMEORIGIN')
    t.match(response.headers['strict-transport-security'], /max-age=\d+/)
    t.equal(response.headers['referrer-policy'], 'no-referrer')
    t.notOk(response.headers['x-powered-by'])
  }
})
