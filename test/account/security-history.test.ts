import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import t, { type Test } from 'tap'
import { SECURITY_EVENT_TYPES } from '../../src/account/security-history.js'
import { listOperations, readSpec } from '../../src/contract/spec.js'
import { listAuditEvents, recordAuditEvent } from '../../src/sessions/audit-event-repository.js'
import { contractProblems } from '../contract.js'
import { build, cookieHeader, PASSWORD, signUp, uniqueEmail } from '../helper.js'

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36'

interface Event { type: string; occurredAt: string; ipAddress: string | null; userAgent: string | null; device: Record<string, unknown>; method: string | null; sessionId: string | null }
interface Page { events: Event[]; nextCursor: string | null }

/** The three surfaces' security-history operations, each with the credential its user holds. */
interface Caller { readonly operationId: string; readonly url: string; readonly headers: Record<string, string> }

async function callersFor(app: FastifyInstance, email: string): Promise<Caller[]> {
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: PASSWORD } })
  const jwt = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: PASSWORD } })
  // The REST surface signs in verified users only; its own cookie is its session cookie.
  return [
    { operationId: 'nativeListSecurityEvents', url: '/api/auth/security-events', headers: { cookie: cookieHeader(signedIn.headers['set-cookie']) } },
    { operationId: 'v1ListSecurityEvents', url: '/api/v1/better-auth/security-events', headers: { cookie: cookieHeader(signedIn.headers['set-cookie']) } },
    { operationId: 'jwtListSecurityEvents', url: '/auth/security-events', headers: { authorization: `Bearer ${jwt.json().token}` } },
  ]
}

async function get(t: Test, app: FastifyInstance, caller: Caller, query = ''): Promise<LightMyRequestResponse> {
  const response = await app.inject({ method: 'GET', url: `${caller.url}${query}`, headers: caller.headers })
  t.same(contractProblems(caller.operationId, response), [], `${caller.operationId}${query}: as the contract says`)
  return response
}

async function everyPage(t: Test, app: FastifyInstance, caller: Caller, limit: number): Promise<{ events: Event[]; pages: number }> {
  const events: Event[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const query: string = `?limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`
    const response = await get(t, app, caller, query)
    if (response.statusCode !== 200) throw new Error(`${caller.url}${query}: ${response.statusCode} ${response.body}`)
    const page = response.json() as Page
    if (page.events.length > limit) throw new Error('a page longer than its limit')
    events.push(...page.events)
    cursor = page.nextCursor
    pages += 1
  } while (cursor !== null)
  return { events, pages }
}

t.test('the types a user sees are exactly those the contract names', async (t) => {
  const schema = (readSpec().document.components.schemas as Record<string, { enum: string[] }>).SecurityEventType!
  t.same([...SECURITY_EVENT_TYPES], schema.enum)
  t.ok(['email.change_requested', 'email.changed', 'email.change_undone', 'user.deleted', 'passkey.added', 'passkey.removed'].every((type) => SECURITY_EVENT_TYPES.includes(type as never)))
})

t.test('GET …/security-events: the caller\'s own events, newest first, page by page, on every surface', async (t) => {
  const app = await build(t)
  const alice = await signUp(app)
  const bob = await signUp(app)
  // Alice: a failed attempt from a browser, two sign-ins; Bob: his own events, never shown to Alice.
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { 'user-agent': CHROME }, payload: { email: alice.email, password: 'not-the-password' } })
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { 'user-agent': CHROME }, payload: { email: alice.email, password: PASSWORD } })
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: bob.email, password: 'not-the-password' } })
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: bob.email, password: PASSWORD } })
  // An event of a type the contract does not (yet) name stays out of the history.
  await recordAuditEvent(app.db, { type: 'internal.experiment', user_id: alice.userId, email: null, session_id: null, ip_address: null, user_agent: null, operation: null, detail: {} })
  const callers = await callersFor(app, alice.email)

  const recorded = (await listAuditEvents(app.db, { userId: alice.userId })).filter((event) => SECURITY_EVENT_TYPES.includes(event.type as never))
  t.ok(recorded.length >= 4, `${recorded.length} events recorded for Alice`)
  for (const caller of callers) {
    await t.test(caller.operationId, async (t) => {
      const first = (await get(t, app, caller)).json() as Page
      t.ok(first.events.length <= 20, 'twenty at most by default')
      const { events, pages } = await everyPage(t, app, caller, 2)
      t.ok(pages >= 2, `${pages} pages of two`)
      t.same(events.map((event) => [event.type, event.sessionId]), recorded.map((event) => [event.type, event.session_id]), 'every event of hers, once each, newest first')
      t.notOk(events.some((event) => event.type === 'internal.experiment'))
      const times = events.map((event) => Date.parse(event.occurredAt))
      t.same(times, [...times].sort((a, b) => b - a), 'newest first')
      for (const event of events) t.same(Object.keys(event).sort(), ['device', 'ipAddress', 'method', 'occurredAt', 'sessionId', 'type', 'userAgent'], 'no audit id, no email, no operation')
      t.notMatch(JSON.stringify(events), new RegExp(`${bob.userId}|${bob.email}|${alice.email}|${alice.token}`), 'nothing of Bob, no address, no token')
      const failed = events.find((event) => event.type === 'sign_in.failed')
      t.same(failed && { method: failed.method, device: failed.device, ipAddress: failed.ipAddress }, { method: 'password', device: { browser: 'Chrome', browserVersion: '140.0', os: 'Linux', osVersion: null, platform: 'desktop' }, ipAddress: '127.0.0.1' })
      const succeeded = events.find((event) => event.type === 'sign_in.succeeded')
      t.ok(succeeded?.sessionId, 'a sign-in names its session')
    })
  }
})

t.test('a cursor is the position of the last page, exact to the microsecond, stable while events arrive', async (t) => {
  const app = await build(t)
  const user = await signUp(app)
  await app.db.deleteFrom('audit_event').where('user_id', '=', user.userId).execute()
  // Ten events in one millisecond: six at one instant, four microseconds apart.
  const instants = ['2026-11-30 09:00:00.123000+00', '2026-11-30 09:00:00.123000+00', '2026-11-30 09:00:00.123000+00', '2026-11-30 09:00:00.123000+00',
    '2026-11-30 09:00:00.123000+00', '2026-11-30 09:00:00.123000+00', '2026-11-30 09:00:00.123001+00', '2026-11-30 09:00:00.123002+00',
    '2026-11-30 09:00:00.123003+00', '2026-11-30 09:00:00.123999+00']
  for (const [index, instant] of instants.entries()) {
    await app.db.insertInto('audit_event').values({
      id: `event-${index}`, occurred_at: sql<Date>`cast(${instant} as timestamptz)`, type: 'sign_in.succeeded', user_id: user.userId, email: null, session_id: `session-${index}`,
      ip_address: null, user_agent: null, operation: null, detail: JSON.stringify({ method: 'password' }),
    }).execute()
  }
  const caller: Caller = { operationId: 'nativeListSecurityEvents', url: '/api/auth/security-events', headers: { cookie: user.cookie } }
  const first = (await get(t, app, caller, '?limit=3')).json() as Page
  // Events that happen while the client pages are newer: they never shift the pages after.
  await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD } })
  const seen = [...first.events]
  let cursor = first.nextCursor
  while (cursor !== null) {
    const page = (await get(t, app, caller, `?limit=3&cursor=${encodeURIComponent(cursor)}`)).json() as Page
    seen.push(...page.events)
    cursor = page.nextCursor
  }
  t.same(seen.map((event) => event.sessionId), ['session-9', 'session-8', 'session-7', 'session-6', 'session-5', 'session-4', 'session-3', 'session-2', 'session-1', 'session-0'])
  const all = (await get(t, app, caller, '?limit=11')).json() as Page
  t.equal(all.events.length, 11, 'the new sign-in and the ten')
  t.equal(all.nextCursor, null, 'a page that holds exactly what is left has no next one')
  t.ok(((await get(t, app, caller, '?limit=10')).json() as Page).nextCursor, 'one less, and it has')
})

t.test('a bad cursor or limit: 400 in each surface\'s shape (422 for a limit on /auth)', async (t) => {
  const app = await build(t)
  const alice = await signUp(app)
  const bob = await signUp(app, uniqueEmail('bob'))
  for (let attempt = 0; attempt < 3; attempt += 1) await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: alice.email, password: PASSWORD } })
  const [alicesNative, alicesV1, alicesJwt] = await callersFor(app, alice.email)
  const bobs = await callersFor(app, bob.email)
  const cursor = ((await get(t, app, alicesNative!, '?limit=1')).json() as Page).nextCursor!
  t.ok(cursor)
  const tampered = `${cursor.slice(0, 10)}${cursor[10] === 'A' ? 'B' : 'A'}${cursor.slice(11)}`
  for (const [caller, query] of [[alicesNative, `?cursor=${tampered}`], [alicesV1, `?cursor=${tampered}`], [bobs[0], `?cursor=${cursor}`], [bobs[1], `?cursor=${cursor}`], [alicesV1, '?cursor=not-a-cursor']] as const) {
    const response = await get(t, app, caller!, query)
    t.equal(response.statusCode, 400, `${caller!.operationId}${query.slice(0, 30)}`)
    t.same(response.json(), { error: { code: 'INVALID_CURSOR', message: 'Invalid page cursor' }, code: 'INVALID_CURSOR', message: 'Invalid page cursor' })
  }
  t.equal((await get(t, app, alicesNative!, '?cursor=%00')).json().code, 'VALIDATION_ERROR', 'a NUL never reaches the cursor')
  for (const [caller, query] of [[alicesJwt, `?cursor=${tampered}`], [bobs[2], `?cursor=${cursor}`]] as const) {
    const response = await get(t, app, caller!, query)
    t.equal(response.statusCode, 400, `${caller!.operationId}: 400 on /auth too`)
    t.same(response.json(), { detail: 'Invalid page cursor' })
  }
  t.equal((await get(t, app, alicesV1!, `?cursor=${cursor}`)).statusCode, 200, 'the cursor works for its owner on another surface')
  for (const limit of ['0', '101', 'abc', '1.5', '-1']) {
    t.equal((await get(t, app, alicesNative!, `?limit=${limit}`)).json().code, 'VALIDATION_ERROR', `native limit=${limit}`)
    t.equal((await get(t, app, alicesV1!, `?limit=${limit}`)).statusCode, 400, `v1 limit=${limit}`)
    const jwt = await get(t, app, alicesJwt!, `?limit=${limit}`)
    t.equal(jwt.statusCode, 422, `/auth limit=${limit}`)
    t.same(jwt.json().detail[0].loc, ['querystring', 'limit'])
  }
  for (const limit of ['1', '100']) t.equal((await get(t, app, alicesV1!, `?limit=${limit}`)).statusCode, 200, `limit=${limit}`)
})

t.test('GET …/security-events without credentials: 401 on every surface', async (t) => {
  const app = await build(t)
  for (const operation of listOperations().filter((candidate) => /ListSecurityEvents$/.test(candidate.operationId))) {
    const response = await app.inject({ method: 'GET', url: operation.path })
    t.equal(response.statusCode, 401, operation.operationId)
    t.same(contractProblems(operation.operationId, response), [])
  }
})
