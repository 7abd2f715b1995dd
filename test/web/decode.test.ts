import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/web/decode.ts';
import { repairMojibake } from '../../src/text/mojibake.ts';

const page = (charsetMeta: string, text: string) =>
  `<html><head>${charsetMeta}</head><body><p>${text}</p></body></html>`;
const CURLY = '“We won’t back down,” the minister said — café owners agreed.';

describe('decoding a page', () => {
  it('reads a Windows-1252 page whose header says UTF-8: the bytes are not UTF-8, so they win', () => {
    const bytes = iconv.encode(page('', CURLY), 'windows-1252');
    const decoded = decodeBytes(bytes, 'text/html; charset=utf-8');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain(CURLY);
  });

  it('follows <meta charset> when the header names none, and the header over the meta', () => {
    const latin = iconv.encode(page('<meta charset="windows-1252">', CURLY), 'windows-1252');
    expect(decodeBytes(latin, 'text/html')).toMatchObject({ encoding: 'windows-1252', source: 'document' });
    const utf8 = Buffer.from(page('<meta charset="iso-8859-1">', CURLY));
    expect(decodeBytes(utf8, 'text/html; charset=UTF-8')).toMatchObject({ encoding: 'utf-8', source: 'header' });
    expect(decodeBytes(utf8, 'text/html; charset=UTF-8').text).toContain(CURLY);
  });

  it('takes a byte-order mark over everything, and drops it', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('', CURLY), 'utf-16le')]);
    const decoded = decodeBytes(bytes, 'text/html; charset=windows-1252');
    expect(decoded).toMatchObject({ encoding: 'utf-16le', source: 'bom' });
    expect(decoded.text.startsWith('<html>')).toBe(true);
    expect(decoded.text).toContain(CURLY);
  });

  it('sniffs when nothing is declared: UTF-8 if the bytes are, else Windows-1252', () => {
    expect(decodeBytes(Buffer.from(CURLY)).text).toBe(CURLY);
    expect(decodeBytes(iconv.encode(CURLY, 'windows-1252')).text).toBe(CURLY);
  });
});

/** UTF-8 read as Windows-1252 the way browsers do it: the five bytes Windows-1252 leaves undefined become C1 controls. */
const garble = (text: string) =>
  [...Buffer.from(text)]
    .map((b) => {
      const char = iconv.decode(Buffer.from([b]), 'windows-1252');
      return char === '\ufffd' ? String.fromCharCode(b) : char;
    })
    .join('');

describe('repairing mojibake', () => {
  it('repairs UTF-8 that was read as Windows-1252', () => {
    const garbled = garble(CURLY);
    expect(garbled).toContain('â€œ');
    expect(repairMojibake(garbled)).toBe(CURLY);
    expect(repairMojibake('SÃ£o Paulo and ZÃ¼rich cost Â£5')).toBe('São Paulo and Zürich cost £5');
  });

  it('repairs text garbled twice', () => {
    const twice = garble(garble('don’t'));
    expect(repairMojibake(twice)).toBe('don’t');
  });

  it('leaves alone what does not round-trip, and correct text', () => {
    expect(repairMojibake('“CAFÉ” and SÃO PAULO')).toBe('“CAFÉ” and SÃO PAULO');
    expect(repairMojibake(CURLY)).toBe(CURLY);
    expect(repairMojibake('â€ cut short')).toBe('â€ cut short');
  });
});
