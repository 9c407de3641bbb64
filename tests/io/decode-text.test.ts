import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, firstInvalidUtf8Byte } from '../../src/io/decode-text';
import { fixtureBytes } from './fixture-text';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('decodes UTF-8, multi-byte characters included', () => {
    expect(decodeCsvBytes(text('a,€\n1,ü\n'))).toEqual({ ok: true, value: 'a,€\n1,ü\n' });
  });

  it('names the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0x62, 0xe9, 0x63))).toBe(3);
    expect(firstInvalidUtf8Byte(fixtureBytes('bad/latin1.csv'))).toBe(20);
    expect(decodeCsvBytes(bytes(0x61, 0xff))).toEqual({
      ok: false,
      error: {
        message:
          'the file is not UTF-8 text (byte 2 is not valid UTF-8); save it as UTF-8 and try again',
      },
    });
  });

  it('refuses NUL bytes as binary and a file over the budget, in MiB when large', () => {
    const binary = decodeCsvBytes(bytes(0x61, 0x2c, 0x00));
    expect(!binary.ok && binary.error.message).toBe(
      'the file looks binary, not CSV text (a NUL byte at byte 3)',
    );
    const big = decodeCsvBytes(new Uint8Array(3 * 1024 * 1024), 2 * 1024 * 1024);
    expect(!big.ok && big.error.message).toBe(
      'the file is 3.0 MiB, over the 2.0 MiB limit (maxBytes); use a smaller sample of it',
    );
  });
});
