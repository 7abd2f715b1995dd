import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus, askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer, statementSubject } from '../../src/search/answer-kind.ts';

/**
 * A question asking what someone said ("what did Nvidia say about …", "what did Trump post …") is
 * answered by their words: a quotation or a report of what they said, not the paragraph that only
 * shares the most words with the question. Asked through the console as a user asks.
 */
describe('/ask on a question asking what someone said', () => {
  it('reads "what did … say" as asking for words someone said', () => {
    expect(answerKindsOf('What did the chipmaker say about the 25% chip tariff?')).toContain('statement');
    expect(answerKindsOf('what did the PM post on X about the talks')).toContain('statement');
    expect(answerKindsOf('did the minister say the talks would resume?')).toContain('statement');
    expect(answerKindsOf('What did the court decide about the levy?')).not.toContain('statement');
  });

  it('takes a quotation or a report of words as a statement, not a scare-quoted term', () => {
    const none = new Set<string>();
    expect(holdsAnswer('statement', '“We will keep shipping to our buyers abroad,” a spokesperson added.', none)).toBe(
      true,
    );
    expect(holdsAnswer('statement', 'The minister said the quota would stay.', none)).toBe(true);
    expect(holdsAnswer('statement', 'The so-called “reciprocal” levy on copper rose to 20%.', none)).toBe(false);
  });

  it('puts the paragraph with the company’s own words first', async () => {
    const first = await askFirst(
      [
        'The Peruvian copper levy of 20% covers copper cathodes, copper wire and copper rods shipped by Andean Copper.',
        'Andean Copper defended the move. “We can live with a levy that keeps our mines open,” the firm’s chief argued.',
      ],
      'What did Andean Copper say about the copper levy?',
    );
    expect(first).toContain('We can live with a levy');
  });

  it('reads the subject a question asks someone’s words about', () => {
    expect(statementSubject('What did Ana Ruiz say about the negotiations?')).toBe('the negotiations');
    expect(statementSubject('What did the court decide about the levy?')).toBeUndefined();
  });

  it('puts the speaker’s words on the subject asked before their words on another', async () => {
    const corpus = newCorpus('console-ask-subject-');
    writeArticle(corpus, '2026-08-20-deal', 'Peru and US strike trade deal', '2026-08-20', [
      'Peru and the United States agreed on a trade deal at a summit in Lima.',
      'Peruvian Prime Minister Ana Ruiz called the deal a needed “reset” of trade. “We started from an imbalance, a surplus on one side and a deficit on the other,” Ruiz said.',
    ]);
    writeArticle(corpus, '2026-08-01-levies', 'Peru answers US levies', '2026-08-01', [
      'Peru answered US levies on its copper this week with duties on American wheat.',
      'The duties aim at farm states. Ruiz said in a statement that Lima “will always remain open to negotiation.”',
    ]);
    const passages = await askCorpus(corpus, 'What did Ana Ruiz say about negotiation?');
    expect(passages[0]).toContain('open to negotiation');
  });
});
