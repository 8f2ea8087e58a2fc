// Bytes of an uploaded text file → text. Detects UTF-8 (with or without BOM), UTF-16 as Excel
// writes "Unicode text" (LE/BE with BOM) and falls back to Windows-1258. Legacy Vietnamese font
// encodings (TCVN3/ABC, VNI) decode to plausible-looking garbage, so they are detected and refused.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/**
 * TCVN3 puts Vietnamese letters on Latin-1 code points (¸ µ ¶ · ¹ ¨ » ¾ Æ …) inside words;
 * VNI writes a base letter followed by a tone letter (aø, eá, oà, öô …). Count telltale patterns.
 */
export function detectLegacyVietnamese(text: string): 'legacy_tcvn3' | 'legacy_vni' | null {
  const tcvn3 = (text.match(/[a-zA-Z][µ¸¶·¹¨»¾Æ¼½ÌÒÞãøõ][a-zA-Z]?/g) ?? []).length;
  const vni = (text.match(/[aeiouyAEIOUY][øùûõïöôòñåäáà](?=[a-zA-Z\s,;]|$)/g) ?? []).length;
  const genuine = (
    text.match(/[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g) ?? []
  ).length;
  // Windows-1258 decoding of TCVN3 bytes also yields a few real letters (ă, ư…), so compare counts.
  if (tcvn3 >= 3 && tcvn3 > genuine) return 'legacy_tcvn3';
  if (vni >= 3 && vni > genuine) return 'legacy_vni';
  return null;
}

/** Raised when bytes turn out not to be UTF-8 part-way through: start again as Windows-1258. */
export class NotUtf8 extends Error {}

/**
 * Decodes a file chunk by chunk. The encoding is fixed by the first bytes (a UTF-16 BOM) or by
 * the caller after a NotUtf8; a character split across two chunks is carried over, not mangled.
 */
export class StreamDecoder {
  private decoder: TextDecoder | null = null;
  encoding: Encoding;

  constructor(forced: 'windows-1258' | null = null) {
    this.encoding = forced ?? 'utf-8';
    if (forced) this.decoder = new TextDecoder(forced);
  }

  push(bytes: Uint8Array): string {
    if (!this.decoder) {
      if (bytes[0] === 0xff && bytes[1] === 0xfe) this.encoding = 'utf-16le';
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) this.encoding = 'utf-16be';
      // TextDecoder drops the BOM of its own encoding (UTF-8 or UTF-16) by default.
      this.decoder = new TextDecoder(this.encoding, { fatal: this.encoding === 'utf-8' });
    }
    try {
      return this.decoder.decode(bytes, { stream: true });
    } catch {
      throw new NotUtf8();
    }
  }

  end(): string {
    try {
      return this.decoder?.decode() ?? '';
    } catch {
      throw new NotUtf8();
    }
  }
}
