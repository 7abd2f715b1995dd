import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A court's ruling as a reader asks about it: the emergency-powers law by its initials ("IEEPA") where
 * the news names it in full, and a judge who "voted against the decision" as one who dissented.
 * Voting against a person ("appointees who voted against him") is no dissent. Asked through the
 * console as a user asks.
 */
describe('/ask on a court ruling on the tariff law', () => {
  it('reads the law by its initials and voting against a decision as a dissent', () => {
    const [ieepa] = questionTerms('IEEPA');
    expect(documentTerms('the International Emergency Economic Powers Act of 1977')).toContain(ieepa);
    const [dissent] = questionTerms('dissent');
    for (const text of ['Judge Ruiz voted against the ruling', 'the two who vote against the majority'])
      expect(documentTerms(text), text).toContain(dissent);
    expect(documentTerms('three appointees voted against him')).not.toContain(dissent);
  });

  it('finds the ruling that names the law in full for a question by its initials', async () => {
    const paragraphs = [
      'The court heard the case in November, with importers of toys and wine among the plaintiffs.',
      'The court held that the International Emergency Economic Powers Act does not let the president set duties alone.',
    ];
    expect(await askFirst(paragraphs, 'what did the court decide about IEEPA?')).toBe(paragraphs[1]);
  });

  it('finds the judge who voted against the decision for "why did Ruiz dissent"', async () => {
    const paragraphs = [
      'Judge Ana Ruiz has sat on the appeals court since 2019 and wrote its last trade opinion.',
      'Judge Ana Ruiz, who voted against the decision, warned that refunds to importers could take years.',
    ];
    expect(await askFirst(paragraphs, 'why did judge Ruiz dissent?')).toBe(paragraphs[1]);
  });
});
