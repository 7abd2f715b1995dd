import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/article.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';
import { buildPassageIndex } from '../../src/search/passage-index.ts';

/** A one-paragraph article per entry, in our own words: id → date and text. */
function indexOf(articles: Record<string, { published: string; text: string }>) {
  const passages: Passage[] = Object.entries(articles).map(([id, a]) => ({
    id: `${id}#1`,
    articleId: id,
    paragraph: 1,
    text: a.text,
    sentences: [],
  }));
  const index = buildPassageIndex(passages, (id) => ({ published: articles[id]!.published, title: '', lead: '' }));
  return (question: string) => index.search(question, { limit: 3 }).map((h) => h.passage.articleId);
}

describe('ranking the passages for a question', () => {
  it('leaves out the words that only frame the question, and the words of the present the time focus reads', () => {
    expect(questionTerms('What kind of goods are still taxed, according to the ministry?')).toEqual([
      'goods',
      'tariff',
      'ministri',
    ]);
    const ask = indexOf({
      framing: { published: '2025-05-02', text: 'What happened next was still unclear, according to the minister.' },
      answer: { published: '2025-05-01', text: 'The steel quota was scrapped by the minister in March.' },
    });
    expect(ask('What happened to the steel quota, according to the minister?')[0]).toBe('answer');
  });

  it('reads a user’s vague words ("thing", "stuff", "the whole …", "in the first place") as framing', () => {
    expect(questionTerms('when did the duty free thing start in the first place')).toEqual(
      questionTerms('when did duty free start'),
    );
    expect(questionTerms('which brazilian stuff got left out of the whole deal?')).toEqual(
      questionTerms('which brazilian got left out of the deal?'),
    );
    const ask = indexOf({
      // Newer, and holds the vague words in their own senses.
      vague: { published: '2025-09-02', text: 'The first thing in place was a whole new levy on parcels.' },
      answer: { published: '2025-09-01', text: 'Duty-free entry for small parcels began in 1938.' },
    });
    expect(ask('when did the duty free thing for parcels start in the first place')[0]).toBe('answer');
  });

  it('reads the phrases of the present ("right now", "so far", "these days") as the time focus, not as words to find', () => {
    expect(questionTerms('why is Peru raising the copper levy right now')).toEqual(
      questionTerms('why is Peru raising the copper levy now'),
    );
    expect(questionTerms('what harm has the copper levy done so far')).toEqual(
      questionTerms('what harm has the copper levy done'),
    );
    const ask = indexOf({
      // Newer, and holds "right" and "far" in other senses.
      senses: { published: '2025-09-02', text: 'Far from Lima, miners won the right to fight the copper levy.' },
      answer: { published: '2025-09-01', text: 'Peru raised its copper levy to protect smelters, the ministry said.' },
    });
    expect(ask('why is peru raising the copper levy right now')[0]).toBe('answer');
    expect(ask('what has the copper levy done to peru so far')[0]).toBe('answer');
  });

  it('reads a user’s idioms for a reversal ("back down", "change his mind", "U-turn", "walk it back") as the news’s "reversal"', () => {
    const reversal = documentTerms('reversed')[0];
    for (const q of ['did the minister back down', 'has he changed his mind', 'a U-turn?', 'will they walk it back'])
      expect(questionTerms(q)).toContain(reversal);
    const ask = indexOf({
      // Newer, and shares every other word of the questions.
      other: { published: '2025-09-02', text: 'The minister defended the copper levy on Monday.' },
      answer: { published: '2025-09-01', text: 'The minister reversed course on the copper levy within a day.' },
    });
    expect(ask('did the minister back down on the copper levy')[0]).toBe('answer');
    expect(ask('why did the minister change her mind on the copper levy')[0]).toBe('answer');
    expect(ask('the minister’s U-turn on the copper levy')[0]).toBe('answer');
  });

  it('reads "for good" as permanently, and killing or nullifying a measure as striking it down', () => {
    expect(questionTerms('did they kill the copper levy for good')).toEqual(
      questionTerms('did they invalidate the copper levy permanently'),
    );
    expect(questionTerms('the ruling nullified the levy')).toEqual(questionTerms('the ruling invalidated the levy'));
    expect(questionTerms('it could kill jobs')).not.toContain(documentTerms('invalidate')[0]);
    const ask = indexOf({
      // Newer, and shares every other word of the question.
      other: { published: '2025-09-02', text: 'The court heard that the copper levy was good for miners.' },
      answer: { published: '2025-09-01', text: 'The court nullified the copper levy and barred it permanently.' },
    });
    expect(ask('did the court kill the copper levy for good')[0]).toBe('answer');
  });

  it('reads the degree after "how", modal verbs and "as well" as framing, not as words to find', () => {
    expect(questionTerms('How high might the duty on steel climb, and how long will it last?')).toEqual([
      'tariff',
      'steel',
      'hike',
      'last',
    ]);
    expect(questionTerms('Would the levy on cars be cut as well?')).toEqual(['tariff', 'automobil', 'cut']);
    const ask = indexOf({
      // Newer, and holds "high" and "might" in other senses.
      senses: { published: '2025-09-02', text: 'High-tech firms might move, as the steel levy climbs.' },
      answer: { published: '2025-09-01', text: 'The steel levy would have climbed to 60% without the truce.' },
    });
    expect(ask('How high might the steel levy have climbed?')[0]).toBe('answer');
  });

  it('counts the rate a passage states toward the question “what rate …” it answers, whose own word for it is left out', () => {
    const ask = indexOf({
      answer: { published: '2025-06-02', text: 'Peru wants a levy between 10% and 12%, its trade minister said.' },
      other: { published: '2025-06-03', text: 'Exporters from Peru met in Lima on Monday.' },
    });
    expect(ask('what rate is Peru angling to end up with instead?')).toEqual(['answer']);
  });

  it('prefers the passage where the question’s words stand side by side, as in the question', () => {
    // Same words, same length; the newer article would win the tie without the bonus.
    const ask = indexOf({
      apart: { published: '2025-06-02', text: 'Export sales fell after controls were announced in Washington.' },
      together: { published: '2025-06-01', text: 'Washington announced export controls after sales fell.' },
    });
    expect(ask('Which export controls did Washington announce?')[0]).toBe('together');
  });

  it('reads “effective” before a day as the day a measure takes effect, not an effective rate', () => {
    expect(documentTerms('The levy rises to 30%, effective Monday.')).toContain('start');
    expect(documentTerms('cut to 10%, effective Nov. 10')).toContain('start');
    expect(documentTerms('The effective rate is 30%.')).not.toContain('start');
    const ask = indexOf({
      rate: { published: '2025-07-02', text: 'The effective tariff on cheese is 30%, importers said.' },
      start: { published: '2025-07-01', text: 'The tariff on cheese rises to 30%, effective Monday.' },
    });
    expect(ask('When does the tariff on cheese take effect?')[0]).toBe('start');
  });

  it('finds goods named by kind where the question names their class, and plain words for rates going up', () => {
    expect(documentTerms('Steel and aluminium imports')).toEqual(['steel', 'metal', 'aluminium', 'metal', 'import']);
    expect(documentTerms('duties surged')).toEqual(documentTerms('tariffs climbed'));
    const ask = indexOf({
      other: { published: '2025-08-02', text: 'Mexican shipments of avocados face the higher duty, growers said.' },
      steel: { published: '2025-08-01', text: 'Mexican steel shipments face the higher duty from Monday.' },
    });
    expect(ask('Do Mexican metal shipments face the higher duty?')[0]).toBe('steel');
  });

  it('finds meat by its kinds, which keep their class of farm produce too', () => {
    expect(documentTerms('beef')).toEqual(['beef', 'agricultur', 'meat', 'food']);
    const ask = indexOf({
      other: { published: '2025-11-15', text: 'Bern will let some American machinery in without duties.' },
      quota: { published: '2025-11-14', text: 'Bern will open duty-free quotas for American beef and poultry.' },
    });
    expect(ask('Will Bern let American meat in?')[0]).toBe('quota');
  });

  it('finds a currency the markets name where the question says "currency", not a sum in the plural', () => {
    expect(documentTerms('The yen weakened')).toEqual(['yen', 'currenc', 'weaken']);
    expect(documentTerms('21 billion euros')).toEqual(['21', 'billion', 'euro']);
    const ask = indexOf({
      other: { published: '2025-10-28', text: 'Mexico made progress after the remarks, officials said.' },
      peso: { published: '2025-10-27', text: 'The peso strengthened slightly after the remarks in Mexico.' },
    });
    expect(ask("Did Mexico's currency move after the remarks?")[0]).toBe('peso');
  });
});
