import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Who heads something leads it ("a delegation headed by the minister" answers "who led the
 * delegation"); a government that "steps in" intervenes. "Headed for" a place and "a step in the right
 * direction" keep their senses. Asked through the console as a user asks.
 */
describe('/ask on who heads a team and on who steps in', () => {
  it('reads heading as leading and stepping in as intervening', () => {
    const [lead] = questionTerms('led');
    for (const text of ['a team headed by Ana Ruiz', 'Ruiz heads the committee'])
      expect(documentTerms(text), text).toContain(lead);
    expect(documentTerms('ships headed for Callao')).not.toContain(lead);
    const [intervene] = questionTerms('intervene');
    for (const text of ['the state stepped in', 'a central bank intervention'])
      expect(documentTerms(text), text).toContain(intervene);
    expect(documentTerms('a step in the right direction')).not.toContain(intervene);
  });

  it('finds who heads the delegation for "who led it"', async () => {
    const paragraphs = [
      'The Peruvian delegation includes deputy minister Luis Soto.',
      'The Peruvian delegation is headed by trade minister Ana Ruiz, who flew in from Lima on Sunday night with her staff.',
    ];
    expect(await askFirst(paragraphs, 'who led the Peruvian delegation?')).toBe(paragraphs[1]);
  });

  it('finds the government stepping in for "will it intervene"', async () => {
    const paragraphs = [
      'The Peruvian government let the tariff stand.',
      'The Peruvian government said it would step in to buy fishmeal if prices kept falling.',
    ];
    expect(await askFirst(paragraphs, 'will the Peruvian government intervene?')).toBe(paragraphs[1]);
  });
});
