import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';

/**
 * Decodes a fetched page or feed to text. The encoding comes from, in order: a byte-order mark;
 * the HTTP header's charset; the document's own `<meta charset>` or XML declaration. When the one
 * chosen says UTF-8 but the bytes are not UTF-8 (a server that labels everything UTF-8 serving a
 * Windows-1252 page), the bytes win: the document's declaration if it names another encoding, else
 * Windows-1252, which is what such pages are. Decoding is iconv-lite's (Node 20's TextDecoder
 * turns Windows-1252 curly quotes into control characters).
 */
export interface Decoded {
  text: string;
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'header' | 'document' | 'sniffed' | 'default';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A charset label as iconv-lite knows it, with the WHATWG aliases (Latin-1 and ASCII mean Windows-1252). */
function encodingOf(label: string | undefined): string | undefined {
  const name = label
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!name) return undefined;
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252'].includes(name)) return 'windows-1252';
  if (name === 'utf8') return 'utf-8';
  return iconv.encodingExists(name) ? name : undefined;
}

/** The charset parameter of a Content-Type header. */
export function headerCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')?.[2];
}

function bomOf(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** What the document declares in its first kilobyte (`<meta charset>`, `http-equiv`, `<?xml encoding?>`). */
function declared(bytes: Uint8Array): string | undefined {
  const sniffer = new Sniffer({ defaultEncoding: 'utf-8' });
  sniffer.write(bytes.subarray(0, 1024));
  return sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING
    ? encodingOf(sniffer.encoding)
    : undefined;
}

function decodeAs(bytes: Uint8Array, encoding: string, source: Decoded['source']): Decoded {
  // iconv-lite keeps a BOM unless told not to; the text never needs one.
  return { text: iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true }), encoding, source };
}

export function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomOf(bytes);
  if (bom) return decodeAs(bytes, bom, 'bom');
  const fromHeader = encodingOf(headerCharset(contentType));
  const fromDocument = declared(bytes);
  const utf8Valid = isUtf8(bytes);
  const chosen = fromHeader ?? fromDocument;
  if (chosen === 'utf-8' && !utf8Valid) {
    if (fromDocument && fromDocument !== 'utf-8') return decodeAs(bytes, fromDocument, 'document');
    return decodeAs(bytes, 'windows-1252', 'sniffed');
  }
  if (chosen) return decodeAs(bytes, chosen, fromHeader ? 'header' : 'document');
  return utf8Valid ? decodeAs(bytes, 'utf-8', 'default') : decodeAs(bytes, 'windows-1252', 'sniffed');
}
