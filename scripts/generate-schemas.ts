// Generates src/schemas/index.ts (TypeBox) from the components of openapi.yaml.
//   npm run generate           write the file
//   npm run generate -- --check  exit 1 when the committed file is stale
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderSchemas } from '../src/contract/render-schemas.js'

const root = new URL('..', import.meta.url)
const specPath = fileURLToPath(new URL('openapi.yaml', root))
const outPath = fileURLToPath(new URL('src/schemas/index.ts', root))

const rendered = renderSchemas(readFileSync(specPath, 'utf8'))
if (process.argv.includes('--check')) {
  const current = readFileSync(outPath, 'utf8')
  if (current !== rendered) {
    console.error('src/schemas/index.ts is stale: run `npm run generate`')
    process.exit(1)
  }
  console.log('src/schemas/index.ts is up to date')
} else {
  writeFileSync(outPath, rendered)
  console.log(`wrote ${outPath}`)
}
