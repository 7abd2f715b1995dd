import { describe, expect, it } from 'vitest';
import { knowledgeBaseOf, runConsoleJson } from '../helpers/console.ts';
import { SEED_QUESTIONS } from './questions.ts';
import { recallAt3, vanillaRanker } from './recall.ts';

interface AskData {
  question: string;
  passages: {
    text: string;
    score: number;
    paragraph: number;
    article: { id: string; title: string; outlet: string; published: string };
  }[];
}

const ask = async (question: string) => (await runConsoleJson(`/ask ${question}`)).data as unknown as AskData;

describe('/ask on the seed articles, through the console', () => {
  it.each(SEED_QUESTIONS)(
    'answers “$question” with the right paragraph in the top 3',
    async ({ question, answers }) => {
      const { passages } = await ask(question);
      expect(passages.length).toBeGreaterThan(0);
      expect(passages.length).toBeLessThanOrEqual(3);
      const found = passages.map((p) => `${p.article.outlet} ¶${p.paragraph}`);
      expect(answers.map((a) => `${a.outlet} ¶${a.paragraph}`).some((a) => found.includes(a))).toBe(true);
    },
  );

  it('has paraphrased questions in the set', () => {
    expect(SEED_QUESTIONS.length).toBeGreaterThanOrEqual(15);
    expect(SEED_QUESTIONS.filter((q) => q.paraphrase).length).toBeGreaterThanOrEqual(5);
  });

  it('is clearly ahead of vanilla MiniSearch on recall@3', () => {
    const kb = knowledgeBaseOf();
    const ours = recallAt3(kb, SEED_QUESTIONS, (q) => kb.index.search(q, { limit: 3 }).map((h) => h.passage.id));
    const vanilla = recallAt3(kb, SEED_QUESTIONS, vanillaRanker(kb));
    console.info(
      `recall@3 over ${SEED_QUESTIONS.length} questions: ours ${ours.toFixed(3)}, vanilla MiniSearch ${vanilla.toFixed(3)}`,
    );
    expect(ours).toBe(1);
    expect(ours - vanilla).toBeGreaterThanOrEqual(0.1);
  });

  it('cites title, outlet, date and paragraph, bolds matched words and says how old the newest source is', async () => {
    const reply = await runConsoleJson('/ask why are the talks with China stalled?');
    expect(reply).toMatchObject({ command: 'ask', ok: true });
    expect(reply.reply.content).toMatch(/newest source: <t:1748563200:D> \(<t:1748563200:R>\)/);
    expect(reply.reply.allowedMentions).toEqual({ parse: [] });
    const [first] = reply.reply.embeds;
    expect(first?.title).toMatch(/Bessent says/);
    expect(first?.description).toMatch(/\*\*stall(ed)?\*\*|\*\*stagnant\*\*/);
    expect(first?.description).toMatch(/— (CNBC|Financial Times), <t:1748563200:D>, paragraph \d+$/);
    const text = await import('../helpers/console.ts').then((m) =>
      m.runConsole('/ask why are the talks with China stalled?'),
    );
    expect(text.stdout).toMatch(/newest source: 2025-05-30 \(540 days ago\)/);
    expect(text.stdout).toMatch(/— CNBC, 2025-05-30, paragraph 1/);
  });

  it('says plainly when nothing is relevant, and pads with nothing', async () => {
    for (const question of ['what is the capital of France?', 'qwxz zzkj vbnm', '!!! ??? ...', 'the of and']) {
      const reply = await runConsoleJson(`/ask ${question}`);
      expect(reply.ok).toBe(true);
      expect((reply.data as unknown as AskData).passages).toEqual([]);
      expect(reply.reply.content).toMatch(/^Nothing in the 2 indexed articles answers/);
      expect(reply.reply.content).toMatch(/`\/tariff`.*`\/quote`.*`\/sources`/);
    }
  });

  it('refuses an empty or over-long question with a usage message and exit code 1', async () => {
    const empty = await runConsoleJson('/ask');
    expect(empty).toMatchObject({ ok: false, exitCode: 1 });
    expect(empty.error).toMatch(/^Missing `question`/);
    const long = await runConsoleJson(`/ask ${'why '.repeat(100)}`);
    expect(long).toMatchObject({ ok: false, exitCode: 1 });
    expect(long.error).toMatch(/`question` is too long: 399 characters, at most 300/);
    expect(long.reply.flags).toBe(64);
  });
});
