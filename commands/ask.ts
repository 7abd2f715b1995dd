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

export const MAX_QUESTION_LENGTH = 300;
const PASSAGES_PER_ANSWER = 3;

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
  handle({ question }, { kb }): Reply {
    const hits = kb.index.search(question, { limit: PASSAGES_PER_ANSWER });
    if (hits.length === 0) {
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
      content: `**${cited.length} passage${cited.length === 1 ? '' : 's'}** for “${echo(question)}” · ${newestSourceLine(cited.map((c) => c.article))}`,
      embeds: cited.map(({ hit, article }) => ({
        title: article.title,
        url: article.url,
        description: `${highlight(hit.passage.text, new Set(hit.terms))}\n— ${citationLine(article, hit.passage.paragraph)}`,
        citation: { ...article, paragraph: hit.passage.paragraph },
      })),
      data: {
        question,
        passages: cited.map(({ hit, article }) => ({
          text: hit.passage.text,
          score: hit.score,
          paragraph: hit.passage.paragraph,
          article,
        })),
      },
    };
  },
});
