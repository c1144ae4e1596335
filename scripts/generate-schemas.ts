// Generates src/schemas/ (TypeBox schemas and operation types) from openapi.yaml.
//   npm run generate             write the files
//   npm run generate -- --check  exit 1 when a committed file is stale
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderSchemas } from '../src/contract/render-schemas.js'

const root = new URL('..', import.meta.url)
const specPath = fileURLToPath(new URL('openapi.yaml', root))
const outPath = (name: string): string => fileURLToPath(new URL(`src/schemas/${name}`, root))
const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

const rendered = Object.entries(renderSchemas(readFileSync(specPath, 'utf8')))
if (process.argv.includes('--check')) {
  const stale = rendered.filter(([name, text]) => read(outPath(name)) !== text).map(([name]) => `src/schemas/${name}`)
  if (stale.length > 0) {
    console.error(`${stale.join(', ')} stale: run \`npm run generate\``)
    process.exit(1)
  }
  console.log('src/schemas/ is up to date')
} else {
  for (const [name, text] of rendered) {
    writeFileSync(outPath(name), text)
    console.log(`wrote ${outPath(name)}`)
  }
}
