import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A level whose own words say it has held since a time past ("the 10% tariff imposed since April")
 * is in force, though a modal around it speaks of how someone copes with it ("could handle") or a
 * threat names another level beside it. Sentences written for these tests.
 */
const COPING =
  'An exporter told reporters his firm could handle the 10% tariff on Peruvian goods imposed since April, but not the 35% rate due in August.';

describe('a level held since a time past, beside a modal', () => {
  it('is in force', () => {
    expect(sentenceRateLines(COPING, '2026-07-20')).toContain('United States → Peru 10% current');
  });

  it('is the rate /tariff peru gives', async () => {
    expect((await tariffPeru([['2026-07-20', [COPING]]])).line).toMatch(/10%/);
  });

  it('leaves a threat that names no past start alone', () => {
    expect(sentenceRateLines('Exporters said they could handle a 10% tariff on Peruvian goods.', '2026-07-20')).toEqual(
      ['United States → Peru 10% threatened'],
    );
  });
});
