// Generated from openapi.yaml by `npm run generate`. Do not edit.
export * from './components.js'
export * from './operation-schemas.js'
export * from './operations.js'
