// File bytes -> text: UTF-8 only, checked strictly so that a Latin-1 or binary file is refused
// by name rather than silently mangled; and a size budget so a huge file is refused, not a crash.
import { fail, type Outcome, ok } from '../core/outcome';

/** The default budget: about 512 MiB of CSV, which holds a few million rows of ten numbers. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

export function fileSizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The one-line refusal for a file over the byte budget. */
export function tooLarge(bytes: number, maxBytes: number): string {
  return `the file is ${fileSizeText(bytes)}, over the ${fileSizeText(maxBytes)} limit (maxBytes); use a smaller sample of it`;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** 1-based offset of the first byte that breaks UTF-8 (a prefix that decodes stays valid when shorter). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodes(bytes.subarray(0, mid))) good = mid;
    else bad = mid;
  }
  // The decoder fails on the byte that breaks a sequence; name the byte that began it.
  const i = bad - 1;
  for (let j = i - 1; j >= Math.max(0, i - 3) && bytes[j] >= 0x80; j--) {
    if (bytes[j] >= 0xc0) return j + 1;
  }
  return bad;
}

export function binaryProblem(bytes: Uint8Array, offset = 0): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  return `the file looks binary, not CSV text (a NUL byte at byte ${offset + nul + 1})`;
}

export function notUtf8(bytes: Uint8Array, offset = 0): string {
  const at = offset + firstInvalidUtf8Byte(bytes);
  return `the file is not UTF-8 text (byte ${at} is not valid UTF-8); save it as UTF-8 and try again`;
}

/** Decodes a whole file, refusing binary, non-UTF-8 and over-budget input. */
export function decodeCsvBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Outcome<string> {
  if (bytes.length > maxBytes) return fail(tooLarge(bytes.length, maxBytes));
  const binary = binaryProblem(bytes);
  if (binary) return fail(binary);
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail(notUtf8(bytes));
  }
}
