import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstvwxyz0123456789'; // no i, l, o, u: easy to read aloud and type

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return out;
}

/** A new random record id: 12 characters, about 60 bits. */
export function newId(): string {
  return encode(randomBytes(12), 12);
}

/** The same id every time for the same key: sample content keeps its URLs across reloads. */
export function stableId(namespace: string, key: string): string {
  return encode(createHash('sha256').update(`${namespace}:${key}`).digest(), 12);
}
