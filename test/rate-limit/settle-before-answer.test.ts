import t from 'tap'
import { sql } from 'kysely'
import { accountThrottleKey } from '../../src/rate-limit/sign-in-guard.js'
import { FREE_FAILURES } from '../../src/rate-limit/sign-in-throttle.js'
import { build, PASSWORD, signUp } from '../helper.js'

/**
 * A client that hears its sign-in succeeded may try again at once, and must find its account's
 * count of failures cleared: the attempt is settled before the answer leaves, not after. On
 * PostgreSQL the settling update is slowed by a trigger, so an answer sent before it committed is
 * caught reading the row from another connection; on PGlite (one connection) the read queues
 * behind the update, and the next attempt is what is checked.
 */
t.test('a sign-in attempt is settled before its answer is sent', async (t) => {
  const app = await build(t, { RATE_LIMITS: 'on', TRUST_PROXY: '1' })
  if (process.env.DATABASE_URL?.startsWith('postgres') === true) {
    await sql`create function slow_settle() returns trigger language plpgsql as $$
      begin
        if new.failures = 0 and old.failures > 0 then perform pg_sleep(0.3); end if;
        return new;
      end $$`.execute(app.db)
    await sql`create trigger slow_settle before update on sign_in_throttle for each row execute function slow_settle()`.execute(app.db)
  }
  const user = await signUp(app)
  let ip = 0
  const attempt = (password: string) => app.inject({
    method: 'POST', url: '/api/auth/sign-in/email', headers: { 'x-forwarded-for': `192.0.2.${(ip += 1)}` }, payload: { email: user.email, password },
  })
  const failures = async () => (await sql<{ failures: number }>`select failures from sign_in_throttle where key = ${accountThrottleKey(user.email)}`.execute(app.db)).rows[0]?.failures

  for (let failure = 0; failure < FREE_FAILURES - 1; failure += 1) t.equal((await attempt('wrong-password')).statusCode, 400)
  t.equal(await failures(), FREE_FAILURES - 1)
  t.equal((await attempt(PASSWORD)).statusCode, 200)
  t.equal(await failures(), 0, 'the count is cleared by the time the success is heard')
  for (let failure = 0; failure < FREE_FAILURES - 1; failure += 1) t.equal((await attempt('wrong-password')).statusCode, 400, 'a fresh budget at once')
  t.equal((await attempt(PASSWORD)).statusCode, 200, 'and the right password is not delayed')
})
