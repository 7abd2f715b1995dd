import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/** "Peru's 50% tariff" in an article that puts 50% on Peru (sentences written for this test). */
describe('a partner’s possessive tariff with nothing it is charged on', () => {
  it('answers /tariff peru with the rate on Peru, not a rate Peru charges', async () => {
    const { text } = await tariffPeru([
      'Washington raised its tariff on Peruvian goods to 50% in August.',
      'Peru’s 50% tariff has hurt shoe exporters in Arequipa.',
    ]);
    const peru = (JSON.parse(text) as { title: string }[]).find((e) => e.title === 'Peru → United States');
    expect(JSON.stringify(peru ?? {})).not.toContain('50%');
  });

  it('reads it as the rate the article puts on the partner', () => {
    expect(
      articleRates([
        'Washington raised its tariff on Peruvian goods to 50% in August.',
        'Peru’s 50% tariff has hurt shoe exporters in Arequipa.',
      ]),
    ).toEqual(['United States → Peru 50% current', 'United States → Peru 50% current']);
  });

  it('keeps a retaliatory one, and one the article gives no other reading of, as the partner’s own', () => {
    expect(
      articleRates([
        'Washington raised its tariff on Peruvian goods to 25% in August.',
        'Peru’s retaliatory 25% tariffs remain in place.',
      ]),
    ).toContain('Peru → United States 25% current');
    expect(articleRates(['Peru’s 50% tariff has hurt shoe importers in Lima.'])).toEqual([
      'Peru → United States 50% current',
    ]);
  });
});
