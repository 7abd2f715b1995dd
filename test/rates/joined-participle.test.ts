/** A second participle joined by "and" reads as the first: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('", rolling back its 125% rate and dropping it to 10%"', () => {
  it('is still to come after a future verb, the old level in force', () => {
    expect(
      sentenceRateLines(
        'Washington will reduce the tariff on Peruvian goods, rolling back its 125% rate and dropping it to 10%.',
        '2026-05-04',
      ),
    ).toEqual(['United States → Peru 125% current', 'United States → Peru 10% scheduled']);
  });

  it('is done after a past verb', () => {
    expect(
      sentenceRateLines(
        'The US reduced the tariff on Peruvian goods last week, rolling back its 125% rate and dropping it to 10%.',
        '2026-05-04',
      ),
    ).toEqual(['United States → Peru 125% previous', 'United States → Peru 10% current']);
  });

  it('keeps the old level in /tariff until the cut comes', async () => {
    const { line, text } = await tariffPeru([
      'Washington will reduce the tariff on Peruvian goods, rolling back its 125% rate and dropping it to 10%.',
    ]);
    expect(line).toMatch(/\*\*125%\*\*/);
    expect(text).toContain('**10%** · announced');
  });
});
