import { mkdirSync } from 'node:fs'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { freePort, PASSWORD, serveOnOwnOrigin, testConfig, uniqueEmail } from '../helper.js'
import { launchChromium, skipWithoutChromium } from './chromium.js'

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url)

t.test('Swagger UI at /docs loads, and "Try it out" on sign-up works', { skip: skipWithoutChromium }, async (t) => {
  const { app, api } = await serveOnOwnOrigin(t)

  const browser = await launchChromium(t)
  const page = await browser.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()) })
  await page.goto(`${api}/docs`)
  await page.waitForSelector('.opblock-summary', { timeout: 20_000 })
  const title = await page.textContent('.info .title')
  t.match(title, /Auth Service/)

  const operation = page.locator('#operations-native-nativeSignUpEmail')
  await operation.locator('.opblock-summary').click()
  // "Try it out" is on by default here (tryItOutEnabled); press it only if the editor is not open.
  const editor = operation.locator('textarea.body-param__text')
  if (!(await editor.isVisible())) await operation.locator('button.try-out__btn').click()
  const email = uniqueEmail('swagger')
  await editor.fill(JSON.stringify({ email, password: PASSWORD, name: 'Swagger User' }))
  await operation.locator('button.execute').click()
  const status = operation.locator('.live-responses-table .response .response-col_status').first()
  await status.waitFor({ timeout: 20_000 })
  t.equal((await status.textContent())?.trim(), '200', 'the request from Swagger UI succeeded')
  const responseBody = await operation.locator('.live-responses-table .response-col_description pre').first().textContent()
  t.match(responseBody, email.toLowerCase())

  await status.scrollIntoViewIfNeeded()
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: new URL('swagger-ui-sign-up.png', ARTIFACTS).pathname, fullPage: false })
  t.same(pageErrors, [], 'no script error and no Content-Security-Policy violation')
  const user = await app.db.selectFrom('user').select('email').where('email', '=', email.toLowerCase()).executeTakeFirst()
  t.ok(user, 'the account exists')
})

t.test('Swagger UI opened at http://localhost:<port>/docs while the service calls itself 127.0.0.1: its examples POST as they are', { skip: skipWithoutChromium }, async (t) => {
  const port = await freePort()
  const app = await buildApp(await testConfig(t, { BETTER_AUTH_URL: `http://127.0.0.1:${port}` }), { logger: false, purgeIntervalMs: 0 })
  t.teardown(() => app.close())
  await app.listen({ port, host: '127.0.0.1' })

  const browser = await launchChromium(t)
  const page = await browser.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()) })
  await page.goto(`http://localhost:${port}/docs`)
  await page.waitForSelector('.opblock-summary', { timeout: 20_000 })

  // The request body Swagger UI fills in is the operation's example, sent unchanged.
  for (const operationId of ['nativeSignUpEmail', 'nativeSignInEmail']) {
    const operation = page.locator(`#operations-native-${operationId}`)
    await operation.locator('.opblock-summary').click()
    const editor = operation.locator('textarea.body-param__text')
    if (!(await editor.isVisible())) await operation.locator('button.try-out__btn').click()
    t.match(await editor.inputValue(), /jane\.doe@example\.com/, `${operationId}: the example is the default body`)
    await operation.locator('button.execute').click()
    const status = operation.locator('.live-responses-table .response .response-col_status').first()
    await status.waitFor({ timeout: 20_000 })
    t.equal((await status.textContent())?.trim(), '200', `${operationId}: the POST from http://localhost:${port} to http://127.0.0.1:${port} succeeded`)
  }
  t.same(pageErrors, [], 'no CORS or script error')
  const user = await app.db.selectFrom('user').select('email').where('email', '=', 'jane.doe@example.com').executeTakeFirst()
  t.ok(user, 'the example account exists')
})
