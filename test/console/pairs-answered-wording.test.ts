import { describe, expect, it } from 'vitest';
import { peruDirections } from '../helpers/tariff.ts';

/**
 * `/tariff peru` as a user asks it, of sentences written for this test in wording from the
 * rates-pairs set of stop 50: countries answering each other's tariffs.
 */
describe('/tariff on the rates-pairs wording of stop 50', () => {
  it('shows the rate of "the U.S. tariffs" Peru hits back at as the US rate, and Peru’s answer as Peru’s', async () => {
    const { toPeru, fromPeru } = await peruDirections([
      'Peru hit back at the U.S. tariffs on Friday — which had been raised to 60% — by imposing duties of 40% on U.S. farm goods.',
    ]);
    expect(toPeru).toMatch(/\*\*60%\*\*/);
    expect(fromPeru).not.toMatch(/60%/);
    expect(fromPeru).toMatch(/\*\*40%\*\*/);
  });

  it('shows Peru’s rate told before "in response to" the US tariffs as Peru’s', async () => {
    const { toPeru, fromPeru } = await peruDirections([
      'Peru has announced that it will impose tariffs of 20 percent on wheat and corn imports from the United States in response to the 10 percent tariffs that Washington placed on Peruvian goods.',
    ]);
    expect(fromPeru).toMatch(/\*\*20%\*\*/);
    expect(toPeru).not.toMatch(/20%/);
  });

  it('shows a rate Peru "will enforce" on US-made goods, not on Chile, as Peru’s', async () => {
    const { toPeru, fromPeru } = await peruDirections([
      'Peru will enforce a 25% tariff on certain US-made vehicles and on the parts of vehicles that are not from Peru or Chile.',
    ]);
    expect(fromPeru).toMatch(/\*\*25%\*\*/);
    expect(toPeru).not.toMatch(/25%/);
  });
});
