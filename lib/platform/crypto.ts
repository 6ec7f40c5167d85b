import type { Sha256Hex } from '../core/value.ts';

/**
 * Keyed SHA-256 (HMAC) with a random key of this installation: value
 * prefixes stay comparable within one browser profile (the same cookie value
 * on two sites shows the same prefix), but an export cannot be used to
 * confirm a guessed value (an e-mail address, a numeric id) by brute force.
 */
export function hmacSha256Hex(loadKey: () => Promise<Uint8Array>): {
  sha256: Sha256Hex;
  /** Forget the key: the next hash loads it again (after "Delete everything" replaced it). */
  reset(): void;
} {
  let key: Promise<CryptoKey> | null = null;
  const current = () =>
    (key ??= loadKey().then((k) =>
      crypto.subtle.importKey('raw', k as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
      ]),
    ));
  return {
    sha256: async (value) => {
      const sig = await crypto.subtle.sign(
        'HMAC',
        await current(),
        new TextEncoder().encode(value),
      );
      return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, '0')).join('');
    },
    reset: () => {
      key = null;
    },
  };
}
