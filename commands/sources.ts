import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { articleRef } from '../src/corpus/article.ts';
import { defineCommand } from '../src/dispatch/command.ts';
import { hideOption } from '../src/dispatch/hide-option.ts';
import { newestSourceLine } from '../src/render/citation.ts';
import { discordTimestamp } from '../src/render/timestamps.ts';

export const sourcesDefinition = {
  name: 'sources',
  description: 'List the news articles the bot answers from, newest first',
  options: [hideOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const sourcesCommand = defineCommand({
  definition: sourcesDefinition,
  examples: ['/sources'],
  handle(_options, { kb }) {
    const articles = kb.articles.map((a) => ({ ...articleRef(a), passages: a.passages.length }));
    const lines = articles.map(
      (a) =>
        `• ${a.url ? `[${a.title}](${a.url})` : `**${a.title}**`} — ${a.outlet}, ${discordTimestamp(a.published, 'D')}, ${a.passages} passages`,
    );
    const summary =
      articles.length === 0
        ? 'The corpus holds no articles yet.'
        : `**${articles.length} article${articles.length === 1 ? '' : 's'}** · ${newestSourceLine(articles)}`;
    return {
      ok: true,
      content: summary,
      embeds: lines.length > 0 ? [{ title: 'Sources', description: lines.join('\n') }] : [],
      data: { articles },
    };
  },
});
