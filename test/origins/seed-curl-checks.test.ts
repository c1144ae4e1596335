import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import { serveOnOwnOrigin } from '../helper.js'

const curl = promisify(execFile)

/** The front end's own §6 checks, run with curl as written (only host and port differ). */
t.test('the documented curl checks pass against a local instance with its origins configured', async (t) => {
  const { api: base } = await serveOnOwnOrigin(t, { CORS_ORIGINS: 'https://app.novunt.com,http://localhost:3000' })

  const health = await curl('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', `${base}/api/v1/health`])
  t.equal(health.stdout, '200', 'curl -s -o /dev/null -w "%{http_code}" …/api/v1/health')

  const head = await curl('curl', ['-I', `${base}/api/v1/health`])
  t.match(head.stdout, /^HTTP\/1\.1 2\d\d/, 'curl -I …/api/v1/health returns 2xx')

  for (const origin of ['https://app.novunt.com', 'http://localhost:3000']) {
    const preflight = await curl('curl', [
      '-X', 'OPTIONS', `${base}/api/v1/better-auth/login`,
      '-H', `Origin: ${origin}`,
      '-H', 'Access-Control-Request-Method: POST',
      '-H', 'Access-Control-Request-Headers: Content-Type,Authorization',
      '-v',
    ])
    const headers = preflight.stderr
    t.match(headers, /< HTTP\/1\.1 204/, `${origin}: status 204`)
    t.match(headers, new RegExp(`< access-control-allow-origin: ${origin.replace(/[.]/g, '\\.')}\\r?\\n`, 'i'), `${origin}: Allow-Origin is exactly the origin`)
    t.match(headers, /< access-control-allow-credentials: true/i)
    t.match(headers, /< access-control-allow-methods: .*POST/i)
    t.match(headers, /< access-control-allow-headers: .*Content-Type.*Authorization/i)
    t.match(headers, /< access-control-max-age: 86400/i)
  }
})
