import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user asks whether something is getting "pricier" or "more expensive"; the news tells that its price rose. */
describe('/ask for goods getting pricier, told as a price rise', () => {
  const paragraphs = [
    'Freedonia buys its tea from Ruritania; tea is popular in Freedonia.',
    'The shortage has raised tea prices, importers said.',
  ];

  it('finds the paragraph of the price rise for "pricier"', async () => {
    expect(await askFirst(paragraphs, 'is tea in freedonia getting pricier')).toBe(paragraphs[1]);
  });

  it('finds it for "more expensive" too', async () => {
    expect(await askFirst(paragraphs, 'will tea be more expensive in freedonia')).toBe(paragraphs[1]);
  });
});
