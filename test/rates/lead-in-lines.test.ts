/**
 * Lines of a list that read on from the paragraph leading into them: a deal's terms under "The
 * deal aims to:" are still to come ("- Establish a quota … at a reduced tariff rate of 6.1%, down
 * from the 100% duty"), and what would follow under a lead-in's condition ("If no agreement is
 * made, …:" / "Tariffs on Peru would rise only to 54%.") is a what-if. Sentences written for this
 * test; the class comes from real news of the rates-status lane's set (stop 49).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const AIMS = [
  'Lima and Washington reached a preliminary deal this month. The deal aims to:',
  '- Lower Peruvian tariffs on American wheat and corn.',
  '- Establish a quota allowing 40,000 Peruvian trucks into the United States at a reduced tariff rate of 6.1%, down from the 100% duty imposed in 2024.',
  '- Unlock new markets for farmers.',
];
const WHAT_IF = [
  'Washington and Lima cut their tariffs this week.',
  'Talks go on. If no further agreement is made, some of the paused tariffs may return. Any return would still mean lower rates than before:',
  'US tariffs on Peru would rise only to 54%.',
  'Peruvian tariffs on the US would go up to 34%.',
  'Both sides say talks will continue.',
];

describe('list lines that read on from their lead-in', () => {
  it('reads the terms a deal aims at as to come, and the level they replace as in force', () => {
    expect(articleRates(AIMS, '2026-09-01')).toEqual([
      'United States → Peru 6.1% scheduled',
      'United States → Peru 100% current',
    ]);
  });

  it('reads what would follow from the lead-in’s condition as a what-if', () => {
    expect(articleRates(WHAT_IF, '2026-09-01')).toEqual([
      'United States → Peru 54% hypothetical',
      'Peru → United States 34% hypothetical',
    ]);
  });

  it('leaves a line under a lead-in that is neither left open nor conditional as it reads', () => {
    expect(
      articleRates(['Here are the new rates:', 'US tariffs on Peru rose to 54% this week.'], '2026-09-01'),
    ).toEqual(['United States → Peru 54% current']);
  });
});

describe('/tariff on list lines under a lead-in', () => {
  it('shows the replaced duty in force, not the deal’s rate to come', async () => {
    const { text } = await tariffPeru(AIMS);
    expect(text).toMatch(/\*\*100%\*\* on autos · in force since/);
    expect(text).toMatch(/\*\*6\.1%\*\* on autos · announced/);
  });

  it('shows no what-if level in force', async () => {
    const { line } = await tariffPeru(WHAT_IF);
    expect(line).not.toMatch(/^\*\*54%\*\*/);
  });
});
