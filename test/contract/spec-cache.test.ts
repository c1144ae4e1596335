import { readFileSync, writeFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { cacheFile } from '../../src/cache-directory.js'
import { parseSpec, SPEC_PATH } from '../../src/contract/spec.js'

const text = readFileSync(SPEC_PATH, 'utf8')

t.test('the spec read through its cache is the spec the YAML says', async (t) => {
  const expected = parse(text) as unknown
  t.same(parseSpec(text), expected, 'parsed, or read from a cache')
  t.same(parseSpec(text), expected, 'read from the cache written meanwhile')
})

t.test('another text is parsed anew, and a damaged cache is parsed anew and rewritten', async (t) => {
  const changed = `${text}\n# a comment that changes nothing but the text\n`
  t.same(parseSpec(changed), parse(text), 'a new text: its own entry')
  const { createHash } = await import('node:crypto')
  const file = cacheFile(`openapi-${createHash('sha256').update(changed).digest('hex').slice(0, 32)}.json`)
  t.ok(file, 'the project has a cache directory')
  writeFileSync(file!, '{"openapi": "3.1.0", "paths": {')
  t.same(parseSpec(changed), parse(text), 'the damaged entry is not believed')
  t.same(JSON.parse(readFileSync(file!, 'utf8')), parse(text), 'and is rewritten')
  parseSpec(text) // leaves the entry of the real text, for the next process
})
