import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file's fingerprint as the data page publishes it, so readers can check a download. */
export interface Checksum {
  /** Lower-case hex SHA-256 of the file's bytes, as `sha256sum` prints it. */
  sha256: string;
  bytes: number;
}

// Keyed by absolute path: the data page and every raw-file endpoint ask for the same files,
// and a build reads each one once (the files cannot change during a build).
const cache = new Map<string, Checksum>();

/** SHA-256 and size of the file at `path` (relative to the working directory), read once. */
export function checksumOf(path: string): Checksum {
  const key = resolve(path);
  const cached = cache.get(key);
  if (cached) return cached;
  const bytes = readFileSync(key);
  const checksum = { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  cache.set(key, checksum);
  return checksum;
}
