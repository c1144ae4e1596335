import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { isoCBOR } from '@simplewebauthn/server/helpers'

/**
 * A passkey authenticator in software, written from the WebAuthn spec (authenticator data, `none`
 * attestation, ES256 over authenticatorData ‖ SHA-256(clientDataJSON)), for HTTP tests that need
 * many ceremonies, and ones no real authenticator makes (no user verification, another rp id).
 * The browser tests use Chromium's own authenticator.
 */
export interface SoftwareAuthenticator {
  /** The answer of navigator.credentials.create() to `options` (PublicKeyCredentialCreationOptionsJSON). */
  register(options: CreationOptions, tweak?: Tweak): RegistrationResponse
  /** The answer of navigator.credentials.get() to `options`, with the first credential it holds (or the one named). */
  assert(options: RequestOptions, tweak?: Tweak & { readonly credentialId?: string }): AuthenticationResponse
  /** Ids (base64url) of the credentials it holds. */
  readonly credentialIds: string[]
}

export interface Tweak {
  readonly userVerified?: boolean
  readonly rpId?: string
  readonly origin?: string
  /** The signature counter to report (default: one more than last time). */
  readonly counter?: number
}

interface CreationOptions { readonly challenge: string; readonly rp: { readonly id: string }; readonly user: { readonly id: string } }
interface RequestOptions { readonly challenge: string; readonly rpId?: string }

export interface RegistrationResponse {
  id: string
  rawId: string
  type: 'public-key'
  response: { clientDataJSON: string; attestationObject: string; transports: string[] }
  authenticatorAttachment: 'platform'
  clientExtensionResults: Record<string, never>
}

export interface AuthenticationResponse {
  id: string
  rawId: string
  type: 'public-key'
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle: string }
  authenticatorAttachment: 'platform'
  clientExtensionResults: Record<string, never>
}

interface Credential { readonly key: KeyObject; readonly userHandle: string; counter: number }

const FLAG_USER_PRESENT = 0x01
const FLAG_USER_VERIFIED = 0x04
const FLAG_ATTESTED = 0x40

export function softwareAuthenticator(origin: string): SoftwareAuthenticator {
  const credentials = new Map<string, Credential>()

  function authenticatorData(rpId: string, tweak: Tweak, counter: number, attested?: Buffer): Buffer {
    const flags = FLAG_USER_PRESENT | (tweak.userVerified === false ? 0 : FLAG_USER_VERIFIED) | (attested === undefined ? 0 : FLAG_ATTESTED)
    const count = Buffer.alloc(4)
    count.writeUInt32BE(counter)
    return Buffer.concat([sha256(tweak.rpId ?? rpId), Buffer.from([flags]), count, ...(attested === undefined ? [] : [attested])])
  }

  function clientData(type: string, challenge: string, tweak: Tweak): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: tweak.origin ?? origin, crossOrigin: false }))
  }

  return {
    get credentialIds() {
      return [...credentials.keys()]
    },
    register(options, tweak = {}) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      const id = randomBytes(32)
      const jwk = publicKey.export({ format: 'jwk' })
      const coseKey = new Map<number, number | Uint8Array>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, 'base64url')], [-3, Buffer.from(jwk.y!, 'base64url')]])
      const length = Buffer.alloc(2)
      length.writeUInt16BE(id.length)
      const attested = Buffer.concat([Buffer.alloc(16), length, id, Buffer.from(isoCBOR.encode(coseKey))])
      const counter = tweak.counter ?? 0
      const data = authenticatorData(options.rp.id, tweak, counter, attested)
      const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', data]]) as never)
      credentials.set(id.toString('base64url'), { key: privateKey, userHandle: options.user.id, counter })
      return {
        id: id.toString('base64url'),
        rawId: id.toString('base64url'),
        type: 'public-key',
        response: {
          clientDataJSON: clientData('webauthn.create', options.challenge, tweak).toString('base64url'),
          attestationObject: Buffer.from(attestationObject).toString('base64url'),
          transports: ['internal'],
        },
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
      }
    },
    assert(options, tweak = {}) {
      const id = tweak.credentialId ?? [...credentials.keys()][0]
      const credential = id === undefined ? undefined : credentials.get(id)
      if (id === undefined || credential === undefined) throw new Error('the authenticator holds no such credential')
      credential.counter = tweak.counter ?? credential.counter + 1
      const data = authenticatorData(options.rpId ?? '', tweak, credential.counter)
      const client = clientData('webauthn.get', options.challenge, tweak)
      const signature = sign('sha256', Buffer.concat([data, sha256(client)]), credential.key)
      return {
        id,
        rawId: id,
        type: 'public-key',
        response: {
          clientDataJSON: client.toString('base64url'),
          authenticatorData: data.toString('base64url'),
          signature: signature.toString('base64url'),
          userHandle: credential.userHandle,
        },
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
      }
    },
  }
}

function sha256(data: string | Buffer): Buffer {
  return createHash('sha256').update(data).digest()
}
