import { fileURLToPath } from 'node:url'

/**
 * Node arguments that run one of the project's TypeScript files in a child process as the tests
 * themselves run (see run-typescript.mjs): without npx and tsx, each of which costs a test about a
 * second per process it starts.
 */
export const RUN_TYPESCRIPT: readonly string[] = ['--import', fileURLToPath(new URL('./run-typescript.mjs', import.meta.url))]
