import { describe, expect, it } from 'vitest';
import { askCorpus } from '../helpers/ask.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News reports someone's words with verbs other than "said": "condemned the move, describing it as
 * hostile", "accused Santiago of …", "warned that …". Such a paragraph answers "what did … say",
 * and it can sit below the copies of an agency paragraph other outlets print word for word. Asked
 * through the console as a user asks.
 */
describe('/ask on what someone said, told by "condemned", "accused" or "described"', () => {
  it('reads the verbs news reports words with as a statement', () => {
    const none = new Set<string>();
    for (const text of [
      'The president condemned the decree, describing it as hostile.',
      'Ruiz accused Santiago of holding the region captive.',
      'The minister warned that the fees would hurt shippers.',
      'Officials insisted the fees were lawful.',
    ])
      expect(holdsAnswer('statement', text, none), text).toBe(true);
    expect(holdsAnswer('statement', 'The fees start at $40 per net ton.', none)).toBe(false);
  });

  it('shows the speaker’s words among the first three, above the copies of a shared paragraph', async () => {
    const corpus = newCorpus('console-ask-');
    const story = (outlet: string, day: string) => [
      'Officials met in Lima this week.',
      `Lima will charge special port fees on vessels owned by Chilean firms from ${day}, under a decree signed by President Ana Ruiz.`,
      `The port fees on Chilean ships start at $40 per net ton and rise each year, the ${outlet} reported.`,
      "Chile charges similar port fees on Peruvian vessels, which Ruiz's decree mirrors fee for fee.",
      'Ships calling at several Peruvian ports pay the fee once per voyage, under the Ruiz decree.',
      'Shipping lines expect the port fees on Chilean vessels to raise freight costs on the Pacific route.',
    ];
    writeArticle(
      corpus,
      '2026-08-20-fees',
      'Peru sets port fees on Chilean ships',
      '2026-08-20',
      story('Lima Post', 'October 1'),
    );
    writeArticle(corpus, '2026-08-21-fees', 'Peru to charge Chilean vessels port fees', '2026-08-21', [
      ...story('Andes Daily', 'Oct. 1'),
      "Ruiz, on her account on X, condemned Chile's fees as hostile and accused Santiago of holding the region captive.",
    ]);
    writeArticle(
      corpus,
      '2026-08-22-fees',
      'Ship fees: Peru answers Chile',
      '2026-08-22',
      story('Coast Times', 'the first of October'),
    );
    const shown = await askCorpus(corpus, "what did ruiz say about chile's ship fees");
    expect(shown.some((text) => text.includes('accused Santiago'))).toBe(true);
  });
});
