import iconv from 'iconv-lite';

/**
 * Repairs text that was UTF-8 read as Windows-1252 before it reached us ("â€™" for ’, "Ã©" for é).
 * Only sequences that are valid UTF-8 once turned back into bytes, and that start with the lead
 * bytes such text is made of (C2–C5: Latin letters and symbols; E2: punctuation, €), are
 * repaired: those byte pairs never occur in real text ("Â£", "â€œ"), while a real "É" followed by
 * a closing quote would also decode, as another letter, and is left alone. Each repair turns back
 * into exactly the characters it replaced, so nothing else can change.
 */
const SUSPECT = /[ÂÃÄÅâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;
const CP1252_RUN = /[\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2,}/g;
const REPAIRABLE_LEADS = new Set([0xc2, 0xc3, 0xc4, 0xc5, 0xe2]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The Windows-1252 byte of a character, or undefined when it has none (C1 controls map to themselves). */
function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) {
    const encoded = iconv.encode(char, 'windows-1252');
    if (encoded.length === 1 && iconv.decode(encoded, 'windows-1252') === char) return encoded[0];
    return code; // a C1 control: the byte Windows-1252 leaves undefined, kept as is by lenient decoders
  }
  const encoded = iconv.encode(char, 'windows-1252');
  return encoded.length === 1 && encoded[0] !== 0x3f ? encoded[0] : undefined;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return 0;
}

function repairRun(run: string): string {
  const chars = [...run];
  const bytes = chars.map(byteOf);
  let out = '';
  for (let i = 0; i < chars.length;) {
    const lead = bytes[i];
    const length = lead !== undefined && REPAIRABLE_LEADS.has(lead) ? sequenceLength(lead) : 0;
    const slice = bytes.slice(i, i + length);
    if (length > 0 && slice.length === length && slice.every((b) => b !== undefined)) {
      try {
        out += utf8.decode(Uint8Array.from(slice as number[]));
        i += length;
        continue;
      } catch {
        // not a UTF-8 sequence: keep the characters as they are
      }
    }
    out += chars[i];
    i++;
  }
  return out;
}

/** The text with its mojibake repaired (twice-garbled text too); text without any is returned as is. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3 && SUSPECT.test(current); pass++) {
    const next = current.replace(CP1252_RUN, repairRun);
    if (next === current) break;
    current = next;
  }
  return current;
}
