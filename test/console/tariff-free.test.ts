import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** Goods that "enter" a country tariff-free face a rate of zero there; "duty-free access" is no rate. */
describe('/tariff on goods entering tariff-free', () => {
  it('shows the zero as the rate Peru charges on American goods', async () => {
    const { text } = await tariffPeru([
      'Washington charges 10% on Peruvian goods, even though American goods enter Peru tariff-free.',
    ]);
    expect(text).toMatch(
      /"title":"Peru → United States","url":"[^"]+","description":"\*\*0%\*\* on American goods · in force since/,
    );
  });

  it('reads no rate from access "duty-free", a share of goods, or goods that might enter so', async () => {
    const { text } = await tariffPeru([
      'Washington charges 10% on Peruvian goods.',
      'Peruvian coffee had long enjoyed duty-free access to the US market.',
      'Officials say 80% of American goods enter Peru tariff-free.',
      'Washington fears a backdoor route for Chinese goods to enter Peru tariff-free.',
    ]);
    expect(text).toMatch(/No article in the corpus states a current rate that Peru charges on American goods/);
  });
});
