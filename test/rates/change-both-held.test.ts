import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

describe('/tariff: a change whose two levels are both read as holding', () => {
  it('gives the level the change goes to, not the overall level it comes from', async () => {
    const { line } = await tariffPeru([
      'The president said the United States would lower the fentanyl levy on Peruvian imports from 20% to 10%, effectively lowering the overall average tariff on Peruvian goods from approximately 55% to 47%.',
    ]);
    expect(line).toMatch(/^\*\*47%\*\* on Peruvian goods · in force since/);
  });

  it('keeps the level in force while the change it tells is still to come', async () => {
    const { line } = await tariffPeru([
      'The United States will lower its tariff on Peruvian goods from 30% to 15% on October 1.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force since/);
  });
});
