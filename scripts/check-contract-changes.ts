// npm run contract:check — fails when openapi.yaml breaks clients of the released contract
// (contract/released-openapi.yaml) without bumping info.version: the major, or the minor before 1.0.
// On release, copy openapi.yaml over contract/released-openapi.yaml.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { allowsBreakingChanges, breakingChanges } from '../src/contract/breaking-changes.js'

const read = (file: string): Parameters<typeof breakingChanges>[0] => parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Parameters<typeof breakingChanges>[0]
const released = read('contract/released-openapi.yaml')
const current = read('openapi.yaml')
const problems = breakingChanges(released, current)
if (problems.length === 0) {
  console.log(`no breaking change since ${released.info.version}`)
} else if (allowsBreakingChanges(released.info.version, current.info.version)) {
  console.log(`${problems.length} breaking change(s), announced by ${released.info.version} → ${current.info.version}:\n${problems.map((line) => `  ${line}`).join('\n')}`)
} else {
  console.error(`${problems.length} breaking change(s) since ${released.info.version} without a version bump (info.version is ${current.info.version}):\n${problems.map((line) => `  ${line}`).join('\n')}`)
  process.exit(1)
}
