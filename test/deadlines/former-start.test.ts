import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

interface Shown {
  date: string;
  status: string;
  approximate: boolean;
  history: { date: string }[];
}

/** `/deadline list` a week after Friday 2025-03-07, over one article of Wednesday 2025-03-05. */
async function listed(sentence: string) {
  const corpus = newCorpus('deadline-former-start-');
  writeArticle(corpus, '2025-03-05-reprieve', 'Reprieve', '2025-03-05', [sentence]);
  const { data, reply } = await runConsoleJson('/deadline list', { corpus, now: '2025-03-14T00:00:00Z' });
  return { deadlines: data.deadlines as Shown[], text: reply.embeds.map((e) => e.description ?? '').join('\n') };
}

describe('/deadline: the day a put-off tariff was to start is not the day its pause ends', () => {
  it('counts an extension from the former start day, shown as worked out, the former day as history', async () => {
    const { deadlines, text } = await listed(
      'The president granted a 60-day extension on new duties on Ruritanian goods, which were set to take effect on Friday.',
    );
    expect(deadlines.map((d) => [d.date, d.status, d.approximate])).toEqual([['2025-05-06', 'upcoming', true]]);
    expect(deadlines[0]?.history.map((h) => h.date)).toEqual(['2025-03-07']);
    expect(text).toContain('approximately: worked out from a duration');
    expect(text).not.toContain('Ended');
  });

  it('shows no deadline when only the former start day is told', async () => {
    const { deadlines } = await listed(
      'The president granted an extension on new duties on Ruritanian goods, which were set to take effect on Friday.',
    );
    expect(deadlines.filter((d) => d.date === '2025-03-07')).toEqual([]);
  });
});
