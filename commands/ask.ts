import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { articleRef } from '../src/corpus/article.ts';
import { defineCommand } from '../src/dispatch/command.ts';
import { hideOption } from '../src/dispatch/hide-option.ts';
import { citationLine, newestSourceLine } from '../src/render/citation.ts';
import type { Reply } from '../src/render/reply.ts';
import { highlight } from '../src/search/analyzer.ts';
import { echo } from '../src/render/echo.ts';
import { directAnswer } from '../src/ask/direct-answer.ts';
import { askPassages } from '../src/ask/passages.ts';
import { pressVote, voteButtons } from '../src/ask/feedback.ts';
import { errorReply } from '../src/render/reply.ts';

export const MAX_QUESTION_LENGTH = 300;

export const askDefinition = {
  name: 'ask',
  description: 'Ask a question about trade policy; answered with cited passages from the news corpus',
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. why are the talks with China stalled?',
      type: ApplicationCommandOptionType.String,
      required: true,
      max_length: MAX_QUESTION_LENGTH,
    },
    hideOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const askCommand = defineCommand({
  definition: askDefinition,
  examples: ['/ask why are the talks with China stalled?', '/ask what did the Chinese foreign ministry say?'],
  async handle({ question }, ctx): Promise<Reply> {
    const { kb, now } = ctx;
    const hits = askPassages(kb, question);
    // The answer line comes from the extracted knowledge, the passages from the search: either may be missing.
    const answer = directAnswer(kb, question, now());
    const answerLine = answer ? `**Answer:** ${answer.text}\n` : '';
    if (hits.length === 0 && !answer) {
      return {
        ok: true,
        content: `Nothing in the ${kb.articles.length} indexed articles answers “${echo(question)}”. Try other words, or \`/tariff\` for rates, \`/quote\` for who said what, \`/sources\` for what the corpus holds.`,
        data: { question, passages: [] },
      };
    }
    const cited = hits.map((hit) => {
      const article = kb.articleById.get(hit.passage.articleId);
      if (!article) throw new Error(`passage ${hit.passage.id} has no article`);
      return { hit, article: articleRef(article) };
    });
    return {
      ok: true,
      content:
        cited.length > 0
          ? `${answerLine}**${cited.length} passage${cited.length === 1 ? '' : 's'}** for “${echo(question)}” · ${newestSourceLine(cited.map((c) => c.article))}`
          : `${answerLine}No passage of the corpus matches “${echo(question)}” beyond the answer's source.`,
      embeds: cited.map(({ hit, article }) => ({
        title: article.title,
        url: article.url,
        description: `${highlight(hit.passage.text, new Set(hit.terms))}\n— ${citationLine(article, hit.passage.paragraph)}`,
        citation: { ...article, paragraph: hit.passage.paragraph },
      })),
      buttons: await voteButtons(ctx, {
        question,
        ...(answer ? { answer: answer.text } : {}),
        passages: cited.map(({ hit }) => {
          const { id, articleId, paragraph, text } = hit.passage;
          return { id, articleId, paragraph, text };
        }),
      }),
      data: {
        question,
        ...(answer ? { answer } : {}),
        passages: cited.map(({ hit, article }) => ({
          text: hit.passage.text,
          score: hit.score,
          paragraph: hit.passage.paragraph,
          article,
        })),
      },
    };
  },
  async button(args, ctx) {
    return (await pressVote(args, ctx)) ?? errorReply('This button no longer does anything. Run `/ask` again.');
  },
});
