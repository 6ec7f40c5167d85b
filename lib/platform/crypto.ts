import type { Sha256Hex } from '../core/value.ts';

/** WebCrypto SHA-256, hex. Available in the service worker, pages and Node ≥ 20. */
export const sha256Hex: Sha256Hex = async (value) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};
