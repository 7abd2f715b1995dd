import { PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { defineCommand } from '../src/dispatch/command.ts';
import { errorReply } from '../src/render/reply.ts';

export const reloadDefinition = {
  name: 'reload',
  description: 'Read the article corpus again, to pick up new or changed articles (Manage Server)',
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  dm_permission: false,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const reloadCommand = defineCommand({
  definition: reloadDefinition,
  requires: 'ManageGuild',
  examples: ['/reload'],
  defer: true,
  handle(_options, ctx) {
    if (!ctx.reloadKnowledge)
      return errorReply('Reloading is not available here; restart the bot to pick up new articles.');
    const summary = ctx.reloadKnowledge();
    const change = summary.articlesAfter - summary.articlesBefore;
    const how = summary.cache.status === 'hit' ? 'nothing had changed' : `rebuilt: ${summary.cache.reason}`;
    const problems =
      summary.problems > 0
        ? ` ${summary.problems} file${summary.problems === 1 ? ' was' : 's were'} skipped (run \`npm run corpus:check\` on the server).`
        : '';
    return {
      ok: true,
      ephemeral: true,
      content: `Reloaded the corpus: ${summary.articlesAfter} articles (${change >= 0 ? '+' : ''}${change}); ${how}.${problems}`,
      data: summary as unknown as Record<string, unknown>,
    };
  },
});
