import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A start put off to a day ("delayed the date they take effect until …", "delayed implementation
 * for all but the 10% rate until …") makes the rates told before it scheduled from that day; the
 * level it spares stays in force (sentences written for this test; the
 * class comes from real news of the rates-status lane's set, stop 40).
 */
describe('a start put off', () => {
  it('schedules the rates of the sentence before from the day the delay gives', () => {
    expect(
      articleRates([
        'Trump set new rates for several partners, such as Peru (41%) and Chile (39%). He also pushed back the date they take effect, this time until June 20.',
      ]),
    ).toEqual(['United States → Peru 41% scheduled', 'United States → Chile 39% scheduled']);
  });

  it('leaves in force the level spared "for all but", in the same sentence and the next', () => {
    expect(
      articleRates([
        'In March, Trump announced a 10% tariff on all Peruvian goods and an extra 30% on Peruvian goods, though he later delayed the effective date for all but the 10% until June 20.',
      ]),
    ).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 30% scheduled',
      'United States → Peru 10% current',
    ]);
    expect(
      articleRates([
        'In March, Trump announced a 10% tariff on all Peruvian goods and an extra 30% on Peruvian goods. He later postponed implementation for all but the 10% rate until June 20.',
      ]),
    ).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 30% scheduled',
      'United States → Peru 10% current',
    ]);
  });

  it('reads the spared level in wire style ("all but the 10 pct rate")', () => {
    expect(
      articleRates([
        'In March, Trump announced a 10 pct tariff on all Peruvian goods and an extra 30 pct on Peruvian goods. He later postponed implementation for all but the 10 pct rate until June 20.',
      ]),
    ).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 30% scheduled',
      'United States → Peru 10% current',
    ]);
  });

  it('leaves a delay already over to the rest of the article', () => {
    expect(
      articleRates([
        'Trump set new rates for several partners, such as Peru (41%) and Chile (39%). He also pushed back the date they take effect until May 20.',
      ]),
    ).toEqual(['United States → Peru 41% current', 'United States → Chile 39% current']);
  });

  it('answers /tariff with the level spared in force and the one put off as to come', async () => {
    const { text, line } = await tariffPeru([
      'In August, Washington announced a 10% tariff on all Peruvian goods and an extra 40% on Peruvian goods. It later postponed implementation for all but the 10% rate until October 1.',
    ]);
    expect(line).toMatch(/\*\*10%\*\*/);
    expect(text).toMatch(/40%/);
  });

  it('answers /tariff the same way when the spared level is written "10 pct"', async () => {
    const { line } = await tariffPeru([
      'In August, Washington announced a 10 pct tariff on all Peruvian goods and an extra 40 pct on Peruvian goods. It later postponed implementation for all but the 10 pct rate until October 1.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
  });
});
