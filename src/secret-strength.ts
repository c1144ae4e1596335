/**
 * How many bits of a secret an attacker would have to guess, estimated the way a compressor
 * would: characters that repeat what came before (`abcabc…`, `aaaa…`), follow a run (`0123…`,
 * `zyx…`), or spell a placeholder word (`changeme`, `secret`) cost one cheap token each; every
 * other character costs log2 of the alphabet its character classes span. For the output of a
 * random generator this is close to the truth (`openssl rand -base64 32` ≈ 280); for a value a
 * person made up it is far lower.
 */
export const MIN_SECRET_BITS = 128

/** What a repeat, a run or a placeholder word costs, whatever its length. */
const TOKEN_BITS = 8
const MIN_TOKEN_LENGTH = 3
/** Words that example and placeholder secrets are made of. */
const PLACEHOLDER_WORDS = [
  'secret', 'password', 'passwd', 'change', 'changeme', 'example', 'sample', 'default', 'replace', 'your', 'test',
  'demo', 'dummy', 'placeholder', 'insecure', 'token', 'key', 'production', 'prod', 'development', 'dev', 'local',
  'admin', 'auth', 'better', 'metrics', 'introspection', 'only', 'validation', 'qwerty', 'asdf', 'letmein', 'foobar',
]

export function estimateSecretBits(value: string): number {
  const literalBits = Math.log2(alphabetSize(value))
  const lower = value.toLowerCase()
  let bits = 0
  let index = 0
  while (index < value.length) {
    const token = Math.max(repeatLength(value, index), runLength(value, index), wordLength(lower, index))
    if (token >= MIN_TOKEN_LENGTH) {
      bits += TOKEN_BITS
      index += token
    } else {
      bits += literalBits
      index += 1
    }
  }
  return bits
}

export function isGuessableSecret(value: string): boolean {
  return estimateSecretBits(value) < MIN_SECRET_BITS
}

function alphabetSize(value: string): number {
  let size = 0
  if (/[a-z]/.test(value)) size += 26
  if (/[A-Z]/.test(value)) size += 26
  if (/[0-9]/.test(value)) size += 10
  if (/[^a-zA-Z0-9]/.test(value)) size += 33
  return Math.max(size, 2)
}

/** The longest stretch from `index` that copies an earlier stretch (overlapping allowed, as in LZ77). */
function repeatLength(value: string, index: number): number {
  let best = 0
  for (let start = 0; start < index; start += 1) {
    let length = 0
    while (index + length < value.length && value[start + length] === value[index + length]) length += 1
    if (length > best) best = length
  }
  return best
}

/** The longest run from `index` whose character codes step by one constant of at most 3 (`aaaa`, `1234`, `zyx`, `aceg`). */
function runLength(value: string, index: number): number {
  if (index + 1 >= value.length) return 1
  const step = value.charCodeAt(index + 1) - value.charCodeAt(index)
  if (Math.abs(step) > 3) return 1
  let length = 2
  while (index + length < value.length && value.charCodeAt(index + length) - value.charCodeAt(index + length - 1) === step) length += 1
  return length
}

function wordLength(lower: string, index: number): number {
  let best = 0
  for (const word of PLACEHOLDER_WORDS) if (word.length > best && lower.startsWith(word, index)) best = word.length
  return best
}
