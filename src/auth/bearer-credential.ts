/**
 * The credential of an `Authorization: Bearer <credential>` header, or undefined when the header
 * is absent or of another scheme. Every credential the service takes in this header (access JWTs,
 * session tokens, API keys, the introspection and metrics secrets) is read here, so all accept the
 * same spellings: the scheme in any case and the spaces after it (RFC 9110 §11.1, §11.4), spaces
 * after the credential ignored; a credential is one word, with no space inside.
 */
export function bearerCredential(header: string | undefined): string | undefined {
  return header === undefined ? undefined : BEARER.exec(header)?.[1]
}

const BEARER = /^bearer +(\S+) *$/i
