import type { Sha256Hex } from '../core/value.ts';

/**
 * Keyed SHA-256 (HMAC) with a random key of this installation: value
 * prefixes stay comparable within one browser profile (the same cookie value
 * on two sites shows the same prefix), but an export cannot be used to
 * confirm a guessed value (an e-mail address, a numeric id) by brute force.
 */
export function hmacSha256Hex(rawKey: Promise<Uint8Array>): Sha256Hex {
  const key = rawKey.then((k) =>
    crypto.subtle.importKey('raw', k as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]),
  );
  return async (value) => {
    const sig = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(value));
    return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, '0')).join('');
  };
}
