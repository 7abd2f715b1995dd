import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A car rate told as one of a deal's terms ("…, including a 15% tariff on imports from automakers") is no general rate. Sentences written for this test. */
describe('/tariff on a car rate introduced by "including"', () => {
  it('lists the 25% on autos under products, not as the rate on Peruvian goods', async () => {
    const { text, line } = await tariffPeru([
      'Peru is still waiting on an executive order covering its trade deal, including a 15 percent tariff on imports from automakers like Acme Motors, down from 25 percent.',
    ]);
    expect(line).not.toMatch(/25%/);
    expect(text).toMatch(/\*\*25%\*\* on autos · in force/);
  });
});
