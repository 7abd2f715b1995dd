import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * "Where" in trade news is often a country: "where is Japan buying its corn now?" is answered by
 * "Japan is turning to Argentina for its corn", where a paragraph of the question's words alone
 * tells about Japan and corn. Asked through the console as a user asks.
 */
describe('/ask on a where-question answered by a country', () => {
  it('puts the paragraph naming another country first', async () => {
    const paragraphs = [
      'Japan has raised its duty on American corn to 30%, and Japan buys far less corn than it did, traders say.',
      'Japan is now sourcing its corn purchases from Argentina, shipments show.',
      'Corn farmers said Japan had been buying little corn since June.',
    ];
    expect(await askFirst(paragraphs, 'where is japan buying corn now instead?')).toBe(paragraphs[1]);
  });
});
