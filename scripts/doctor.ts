// npm run doctor -- --api https://api.example.com --origin https://app.example.com
import { parseArgs } from 'node:util'
import { formatFinding } from '../src/doctor/findings.js'
import { runDoctor } from '../src/doctor/run-doctor.js'

const { values } = parseArgs({ options: { api: { type: 'string' }, origin: { type: 'string' } } })
if (values.api === undefined || values.origin === undefined) {
  console.error('usage: npm run doctor -- --api <API base URL> --origin <front-end origin>')
  process.exit(2)
}
const findings = await runDoctor({ api: values.api, origin: values.origin })
for (const finding of findings) console.log(formatFinding(finding))
const failures = findings.filter((finding) => !finding.ok).length
console.log(failures === 0 ? '\nNo problem found.' : `\n${failures} problem${failures === 1 ? '' : 's'} found.`)
process.exit(failures === 0 ? 0 : 1)
