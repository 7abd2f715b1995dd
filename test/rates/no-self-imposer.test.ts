import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country never charges a tariff on itself: after "The Peruvian government announced a
 * memorandum" (Peru acting, on no one named), a rate on Peru in the next sentence is the home
 * country's, not Peru's. Written for this test; asked through the console as a user asks.
 */
describe('a rate on the country that acted in the sentence before', () => {
  const story = [
    'The Peruvian government also announced a memorandum of understanding on its website today.',
    '“The tariffs on Peru were lowered from 39% to 15%, which spared exporters price rises,” an exporter said.',
  ];

  it('is the home country’s rate on it', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 39% previous',
      'United States → Peru 15% current',
    ]);
  });

  it('answers /tariff peru with the lowered rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods/);
  });
});
