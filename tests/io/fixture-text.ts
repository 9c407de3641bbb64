// Reads a CSV fixture of tests/fixtures as text.
import { readFileSync } from 'node:fs';

export function fixtureText(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

export function fixtureBytes(path: string): Uint8Array {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
}
