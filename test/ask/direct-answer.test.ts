import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

interface Answer {
  text: string;
  kind: string;
  citations: { id: string; outlet: string; published: string; paragraph: number }[];
}
interface AskData {
  answer?: Answer;
  passages: { text: string; paragraph: number; article: { id: string } }[];
}

const ask = async (question: string) => {
  const reply = await runConsoleJson(`/ask ${question}`);
  return { reply, data: reply.data as unknown as AskData };
};

describe('/ask answers first, from the knowledge /tariff, /deadline and /quote use', () => {
  it('gives the rate in force each way with its citation, then the passages', async () => {
    const { reply, data } = await ask('what tariff does the US charge on Chinese goods now?');
    expect(data.answer).toMatchObject({ kind: 'rate', citations: [{ outlet: 'Financial Times', paragraph: 7 }] });
    expect(data.answer?.text).toMatch(
      /^The United States charges 30% .*on Chinese goods, in force since 2025-05-30 \(Financial Times, 2025-05-30, paragraph 7\)\.$/,
    );
    expect(reply.reply.content).toMatch(/^\*\*Answer:\*\* The United States charges 30%/);
    expect(data.passages.length).toBeGreaterThan(0);

    const other = await ask("what is China's tariff on American goods?");
    expect(other.data.answer?.text).toMatch(/^China charges 10% on American goods/);
  });

  it('never states a number that its cited sentence does not hold', async () => {
    const { data } = await ask('how high is the duty on Chinese imports today?');
    const percent = /(\d+)%/.exec(data.answer?.text ?? '')?.[1];
    const cited = data.answer?.citations[0];
    const tariff = (await runConsoleJson('/tariff china')).data as {
      rates: { paragraph: number; sentence: string; article: { id: string } }[];
    };
    expect(
      tariff.rates.some(
        (r) => r.article.id === cited?.id && r.paragraph === cited.paragraph && r.sentence.includes(`${percent}%`),
      ),
    ).toBe(true);
  });

  it('answers for the month or day a question names, from the same timeline', async () => {
    const corpus = 'test/fixtures/rates';
    const now = await runConsoleJson('/ask what tariff does the US charge on Chinese goods now?', { corpus });
    const april = await runConsoleJson('/ask what tariff did the US charge on Chinese goods in April 2025?', {
      corpus,
    });
    expect((now.data.answer as { text: string }).text).toMatch(/^The United States charges about 47% on Chinese goods/);
    // "decision" names no December: the rate asked for is today's.
    const decision = await runConsoleJson(
      '/ask what tariff does the US charge on Chinese goods since the court decision?',
      { corpus },
    );
    expect((decision.data.answer as { text: string }).text).toMatch(/^The United States charges about 47%/);
    expect((april.data.answer as { text: string }).text).toMatch(
      /^On 2025-04-30, the United States charged 145% on Chinese goods, in force since 2025-04-10 \(/,
    );
  });

  it('says when a tariff takes effect, the way the question names it', async () => {
    const corpus = 'test/fixtures/rates';
    const text = async (question: string) =>
      ((await runConsoleJson(`/ask ${question}`, { corpus })).data.answer as { text: string } | undefined)?.text;
    expect(await text('When does the 50% tariff on Indian goods start?')).toMatch(
      /^US tariff on India took effect on 2025-08-27 \(Continental Press, 2025-08-07, paragraph 1\)\.$/,
    );
    expect(await text("when does China's tariff on US goods take effect?")).toMatch(/^China tariff on US took effect/);
    expect(await text('when does the 99% tariff on Indian goods start?')).toBeUndefined();
  });

  it('says when a pause runs out, and what a person said about something', async () => {
    const pause = await ask('when does the US-China truce end?');
    expect(pause.data.answer).toMatchObject({ kind: 'deadline' });
    expect(pause.data.answer?.text).toMatch(/truce ran out on about 2025-08-10 \(Financial Times/);

    const said = await ask('what did Bessent say about China?');
    expect(said.data.answer).toMatchObject({ kind: 'quote' });
    expect(said.data.answer?.text).toMatch(
      /^Scott Bessent said: “.*Chinese.*” \(Financial Times, 2025-05-30, paragraph \d+\)\.$/,
    );
  });

  it('has no answer line when the question asks something else or the knowledge has none', async () => {
    for (const question of [
      'why are the talks with China stalled?',
      'what tariff does the US charge on goods from Laos?',
      'when does the 30% tariff start?',
    ]) {
      const { reply, data } = await ask(question);
      expect(data.answer, question).toBeUndefined();
      expect(reply.reply.content ?? '').not.toMatch(/Answer:/);
    }
  });
});

describe('/ask on a question naming goods', () => {
  const corpus = newCorpus('ask-goods-');
  writeArticle(corpus, '2026-08-20-peru', 'Washington and Lima trade terms', '2026-08-20', [
    'Peruvian exporters met in Lima this week.',
    'The United States charges a 15% tariff on Peruvian goods under the deal.',
    'Peruvian cars face a 25% tariff, officials said.',
  ]);
  const answer = async (question: string) =>
    ((await runConsoleJson(`/ask ${question}`, { corpus, now: '2026-09-02T12:00:00Z' })).data as unknown as AskData)
      .answer?.text;

  it('gives the rate on those goods, not the rate on goods in general', async () => {
    expect(await answer("what's the latest tariff on peruvian cars?")).toMatch(
      /^The United States charges 25% on autos from Peru, in force since 2026-08-20/,
    );
    expect(await answer('what tariff does the US charge on Peruvian goods now?')).toMatch(
      /^The United States charges 15% on Peruvian goods/,
    );
  });

  it('has no answer line for goods of which the knowledge holds no rate', async () => {
    expect(await answer('what is the US tariff on Peruvian pharmaceuticals?')).toBeUndefined();
  });
});

describe('/ask on a level not charged yet', () => {
  const answerOf = async (paragraphs: string[], question: string) => {
    const corpus = newCorpus('ask-pending-');
    writeArticle(corpus, '2026-08-20-peru', 'Washington and Lima trade terms', '2026-08-20', [
      'Peruvian exporters met in Lima this week.',
      ...paragraphs,
    ]);
    const reply = await runConsoleJson(`/ask ${question}`, { corpus, now: '2026-09-02T12:00:00Z' });
    return (reply.data as unknown as AskData).answer?.text;
  };
  const charged = 'The United States charges a 15% tariff on Peruvian goods.';

  it('answers a question about a threat with the level threatened, and none without one', async () => {
    const threat = 'Trump threatened on Tuesday to raise the tariff on Peruvian goods to 40%.';
    expect(await answerOf([charged, threat], 'what tariff did Trump threaten Peru with?')).toMatch(
      /^The United States has threatened 40% on Peruvian goods \(/,
    );
    expect(await answerOf([charged], 'what tariff did Trump threaten Peru with?')).toBeUndefined();
  });

  it('answers "what did the US cut tariffs to" with the level set to start', async () => {
    const cut = 'The United States will cut the tariff on Peruvian goods to 10% from September 15.';
    expect(await answerOf([charged, cut], 'what did the US cut tariffs on Peru to?')).toMatch(
      /^The United States is set to charge 10% on Peruvian goods from 2026-09-15 \(/,
    );
    expect(await answerOf([charged, cut], 'what tariff does the US charge on Peruvian goods now?')).toMatch(
      /^The United States charges 15% on Peruvian goods/,
    );
  });
});

/** "Still" asked yes or no, through the console as a user asks, of articles written for this test. */
describe('/ask whether a rate still holds', () => {
  const corpus = newCorpus('console-ask-still-');
  writeArticle(corpus, '2026-08-01-levy', 'Levy story', '2026-08-01', [
    'Peruvian goods now face a 30% tariff in the United States, exporters in Lima said.',
  ]);
  writeArticle(corpus, '2026-08-20-deal', 'Deal story', '2026-08-20', [
    'The United States cut its tariff on Peruvian goods to 15% from 30% on Wednesday, the trade ministry said.',
    'Peru still charges a 20% tariff on American goods.',
  ]);
  const answer = async (question: string) =>
    ((await runConsoleJson(`/ask ${question}`, { corpus, now: '2026-09-02T12:00:00Z' })).data as unknown as AskData)
      .answer?.text;

  it('answers "is the US still charging tariffs on Peruvian goods" with the rate in force', async () => {
    expect(await answer('Is the US still charging tariffs on Peruvian goods?')).toMatch(
      /^The United States charges 15% on Peruvian goods/,
    );
  });

  it('says no to a level that no longer holds, and yes to the one that does', async () => {
    expect(await answer('Are Peruvian exports still paying a 30% tariff?')).toMatch(
      /^No: the United States charges 15% on Peruvian goods/,
    );
    expect(await answer('Is the 15% tariff on Peruvian goods still in force?')).toMatch(
      /^Yes: the United States charges 15%/,
    );
  });

  it('keeps the name of a partner that charges as it is written after the yes or no', async () => {
    expect(await answer('Is Peru still charging a 20% tariff on American goods?')).toMatch(
      /^Yes: Peru charges 20% on American goods/,
    );
  });

  it('reads the level in the words news and users write for percent', async () => {
    expect(await answer('Are Peruvian exports still paying a 30 per-cent tariff?')).toMatch(/^No: /);
    expect(await answer('Is the 15 pct tariff on Peruvian goods still in force?')).toMatch(/^Yes: /);
  });

  it('gives no rate for a question about something else', async () => {
    expect(await answer('Is the tariff on Peru still legal?')).toBeUndefined();
  });
});
