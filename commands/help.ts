import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { accessOf, describeAccess } from '../src/dispatch/access.ts';
import { defineCommand, type AnyCommand } from '../src/dispatch/command.ts';
import { subcommandNames, usageLine } from '../src/dispatch/options.ts';

export const helpDefinition = {
  name: 'help',
  description: 'Every command of the bot, with an example',
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** One usage line per (sub)command, with who may run it when not everyone may. */
function usageLines(command: AnyCommand) {
  const subs = subcommandNames(command.definition);
  return (subs.length > 0 ? subs : [undefined]).map((sub) => {
    const access = describeAccess(accessOf(command, sub));
    return { usage: usageLine(command.definition, sub), ...(access ? { access } : {}) };
  });
}

/** `/help` lists the registry it is given, so it can sit in that registry without an import cycle. */
export function createHelpCommand(registry: () => readonly AnyCommand[]): AnyCommand {
  return defineCommand({
    definition: helpDefinition,
    examples: ['/help'],
    handle() {
      const commands = registry().map((c) => {
        const lines = usageLines(c);
        return {
          name: c.definition.name,
          description: c.definition.description,
          usage: lines.map((l) => l.usage).join('\n'),
          lines,
          examples: c.examples ?? [],
        };
      });
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
                ...c.lines.map((l) => `\`${l.usage}\`${l.access ? ` · ${l.access}` : ''}`),
                ...c.examples.map((e) => `e.g. \`${e}\``),
              ].join('\n'),
            })),
          },
        ],
        data: { commands },
      };
    },
  });
}
