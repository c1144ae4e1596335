import { readFileSync } from 'node:fs'
import t from 'tap'

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>

t.test('the tests run on the Node.js the project pins, whatever Node.js runs npm', async (t) => {
  t.comment(`Node.js ${process.version} at ${process.execPath}`)
  const pinned = read('node_modules/node/package.json').version
  t.equal(process.versions.node, pinned, 'the version of the node package installed with the project')
  const engines = (read('package.json').engines as { node: string }).node
  const minimum = Number(/^>=(\d+)$/.exec(engines)?.[1])
  t.ok(Number(process.versions.node.split('.')[0]) >= minimum, `within engines (${engines})`)
})
