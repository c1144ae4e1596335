// Generated fetch clients name the fetch types as DOM globals; Node has them at run time, and
// @types/node publishes them here. (The project's lib is ES only: no DOM types for server code.)
type BodyInit = import('undici-types').BodyInit
