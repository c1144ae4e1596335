// A peer: cookie sessions on PostgreSQL as @fastify/session documents them, with the
// express-session-compatible connect-pg-simple store (a pg Pool, its own table, created if
// missing), on a database of its own. POST /login keeps the user in the session; GET /me answers
// the session's user.
import fastifyCookie from '@fastify/cookie'
import fastifySession from '@fastify/session'
import connectPgSimple from 'connect-pg-simple'
import Fastify from 'fastify'
import pg from 'pg'

declare module 'fastify' {
  interface Session { user?: { id: string; email: string; name: string } }
}

// connect-pg-simple extends the Store of whichever session module it is given.
const PgStore = connectPgSimple(fastifySession as unknown as Parameters<typeof connectPgSimple>[0])
const app = Fastify({ logger: false })
await app.register(fastifyCookie)
await app.register(fastifySession, {
  store: new PgStore({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }), createTableIfMissing: true }) as unknown as fastifySession.SessionStore,
  secret: process.env.BETTER_AUTH_SECRET!,
  saveUninitialized: false,
  cookie: { maxAge: 7 * 24 * 60 * 60 * 1000, httpOnly: true, sameSite: 'lax', secure: false },
})
app.post('/login', async (request) => {
  const { email } = request.body as { email: string }
  request.session.user = { id: 'peer-user', email, name: 'Bench' }
  return { ok: true }
})
app.get('/me', async (request, reply) => {
  const { user } = request.session
  if (user === undefined) return reply.status(401).send({ error: 'unauthenticated' })
  return { user }
})
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
