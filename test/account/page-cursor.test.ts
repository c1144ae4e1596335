import t from 'tap'
import { createPageCursors } from '../../src/account/page-cursor.js'

const position = { occurredAt: '2026-11-30T09:00:00.123456Z', id: '0b9f1c2e-5d4a-4e77-9a0b-1c2d3e4f5a6b' }
const cursors = createPageCursors('test-secret-test-secret-test-secret-0123456789')

t.test('a cursor opens for the account it was sealed for, and shows nothing of its position', async (t) => {
  const cursor = cursors.seal(position, 'user-a')
  t.same(cursors.open(cursor, 'user-a'), position)
  t.match(cursor, /^[A-Za-z0-9_-]+$/, 'URL-safe as it stands')
  t.notMatch(Buffer.from(cursor, 'base64url').toString('latin1'), /0b9f1c2e|2026-11-30/, 'neither the id nor the time in the clear')
  t.not(cursors.seal(position, 'user-a'), cursor, 'sealed afresh each time')
})

t.test('an altered, foreign or forged cursor opens nothing', async (t) => {
  const cursor = cursors.seal(position, 'user-a')
  t.equal(cursors.open(cursor, 'user-b'), undefined, 'another account')
  t.equal(createPageCursors('another-secret-another-secret-another-secret').open(cursor, 'user-a'), undefined, 'another secret')
  const bytes = Buffer.from(cursor, 'base64url')
  for (let index = 0; index < bytes.length; index += 1) {
    const altered = Buffer.from(bytes)
    altered[index] = altered[index]! ^ 0x01
    if (cursors.open(altered.toString('base64url'), 'user-a') !== undefined) t.fail(`byte ${index} altered and still opened`)
  }
  for (const junk of ['', 'abc', `${cursor}A`, cursor.slice(0, -1), cursor.replace(/.$/, '+'), 'A'.repeat(512), Buffer.from('["2026-11-30T09:00:00.123456Z","x"]').toString('base64url')]) {
    t.equal(cursors.open(junk, 'user-a'), undefined, `junk: ${junk.slice(0, 40)}`)
  }
})
