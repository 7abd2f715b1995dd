import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Command } from '../src/commands/command.ts';
import { usage } from '../src/commands/options.ts';

export const helpDefinition = {
  name: 'help',
  description: 'Every command of the bot, with an example',
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/help` lists the registry it is given, so it can sit in that registry without an import cycle. */
export function createHelpCommand(registry: () => readonly Command[]): Command {
  return {
    definition: helpDefinition,
    examples: ['/help'],
    handle() {
      const commands = registry().map((c) => ({
        name: c.definition.name,
        description: c.definition.description,
        usage: usage(c.definition),
        examples: c.examples ?? [],
      }));
      return {
        ok: true,
        content:
          'Answers come only from the indexed news articles, each with its source. Mentioning the bot with a question works like `/ask`.',
        embeds: [
          {
            title: 'Commands',
            fields: commands.map((c) => ({
              name: `/${c.name}`,
              value: [
                c.description,
                `\`${c.usage.replace(/\n/g, '`\n`')}\``,
                ...c.examples.map((e) => `e.g. \`${e}\``),
              ].join('\n'),
            })),
          },
        ],
        data: { commands },
      };
    },
  };
}
