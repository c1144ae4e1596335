// A peer: cookie sessions on PostgreSQL as express-session and connect-pg-simple document them
// (a pg Pool, the store's own table, created if missing), on a database of its own. POST /login
// keeps the user in the session; GET /me answers the session's user.
import connectPgSimple from 'connect-pg-simple'
import express from 'express'
import session from 'express-session'
import pg from 'pg'

declare module 'express-session' {
  interface SessionData { user: { id: string; email: string; name: string } }
}

const PgStore = connectPgSimple(session)
const app = express()
app.use(express.json())
app.use(session({
  store: new PgStore({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }), createTableIfMissing: true }),
  secret: process.env.BETTER_AUTH_SECRET!,
  resave: false,
  saveUninitialized: false,
  cookie: { maxAge: 7 * 24 * 60 * 60 * 1000, httpOnly: true, sameSite: 'lax' },
}))
app.post('/login', (request, response) => {
  const { email } = request.body as { email: string }
  request.session.user = { id: 'peer-user', email, name: 'Bench' }
  response.json({ ok: true })
})
app.get('/me', (request, response) => {
  const { user } = request.session
  if (user === undefined) response.status(401).json({ error: 'unauthenticated' })
  else response.json({ user })
})
app.listen(Number(process.env.PORT), '127.0.0.1')
