/**
 * A random Idempotency-Key (128 bits, hex). crypto.getRandomValues works on plain http too,
 * unlike crypto.randomUUID, and a ward office may open the page by its LAN address.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
