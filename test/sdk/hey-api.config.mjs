// npm run generate:sdk — @hey-api/openapi-ts's fetch client for every operation of openapi.yaml;
// the output is not committed. (`./`: a bare path would be read as a Hey API registry name.)
export default {
  input: './openapi.yaml',
  output: { path: './test/sdk/generated/hey-api', importFileExtension: '.js' },
  plugins: ['@hey-api/client-fetch'],
  logs: { file: false },
}
