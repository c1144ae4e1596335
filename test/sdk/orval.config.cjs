// npm run generate:sdk — orval's fetch client for every operation of openapi.yaml, calling the
// base URL the test sets (orval-fetch.ts); the output is not committed.
module.exports = {
  api: {
    input: { target: '../../openapi.yaml' },
    output: {
      target: './generated/orval/api.ts',
      client: 'fetch',
      mode: 'single',
      override: { mutator: { path: './orval-fetch.ts', name: 'orvalFetch', extension: '.js' } },
    },
  },
}
