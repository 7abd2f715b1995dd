import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user asks whether prices rose; the news tells that something pushed or drove them up. */
describe('/ask for a price rise, told as prices pushed up', () => {
  it('finds the paragraph where the shortage pushed prices up', async () => {
    const paragraphs = [
      'Freedonia buys its tea from Ruritania, and tea prices were stable last year.',
      'This year the shortage has pushed up tea prices, importers said.',
    ];
    expect(await askFirst(paragraphs, 'did tea prices rise')).toBe(paragraphs[1]);
  });
});
