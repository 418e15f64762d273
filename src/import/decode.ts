// Text files from other programs, decoded by one plain rule: a byte-order mark decides
// (UTF-8, or UTF-16 as Excel's "Unicode text" writes); else bytes that are valid UTF-8 are
// UTF-8; else GB18030, the superset of the GBK that Chinese Windows programs write.
import { iconvLite } from './libs.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    strict.decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export function decodeText(bytes: Buffer): { text: string; encoding: Encoding } {
  const encoding = detectEncoding(bytes);
  switch (encoding) {
    case 'utf-8':
      return { text: bytes.toString('utf8'), encoding };
    case 'utf-8-bom':
      return { text: bytes.subarray(3).toString('utf8'), encoding };
    case 'utf-16le':
      return { text: bytes.subarray(2).toString('utf16le'), encoding };
    case 'utf-16be':
      return { text: Buffer.from(bytes.subarray(2)).swap16().toString('utf16le'), encoding };
    case 'gb18030':
      return { text: iconvLite().decode(bytes, 'gb18030'), encoding };
  }
}
