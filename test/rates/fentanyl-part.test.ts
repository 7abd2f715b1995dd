/**
 * The levy Washington ties to fentanyl is a part of what a partner pays: cut on its own ("cut
 * fentanyl-related tariffs on Peru to 10%") while the sentences give the overall rate, the overall
 * rate is the one in force. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

const CUT = 'Washington agreed to cut fentanyl-related tariffs on Peru to 10 percent, effective immediately.';

describe('/tariff: a fentanyl levy cut beside the overall rate', () => {
  it('answers with the overall rate, not the fentanyl part', async () => {
    const { line } = await tariffPeru([
      `${CUT} The overall tariffs on Peruvian goods have also been reduced from 57 percent to 47 percent.`,
    ]);
    expect(line).toMatch(/^\*\*47%\*\*/);
  });

  it('answers with the fentanyl levy where it is the only rate told', async () => {
    const { line } = await tariffPeru([CUT]);
    expect(line).toMatch(/^\*\*10%\*\*/);
  });
});
