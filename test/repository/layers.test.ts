import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The project's own ESLint configuration, with only the import rule and no type information (fast). */
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function complaints(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('npm run lint keeps the layers pointing down', () => {
  it.each([
    ['src/rates/probe.ts', "import { cutText } from '../render/limits.ts';"],
    ['src/reminders/probe.ts', "import { runConsole } from '../console/run-console.ts';"],
    ['src/deadlines/probe.ts', "import { discordDeliver } from '../discord/reminder-delivery.ts';"],
    ['src/store/probe.ts', "import { Client } from 'discord.js';"],
    ['src/bench/probe.ts', "import { DiscordEmulator } from '../../test/emulator/discord-emulator.ts';"],
    ['src/discord/probe.ts', "import { knowledgeBaseOf } from '../../test/helpers/console.ts';"],
    ['commands/probe.ts', "import { TEST_NOW } from '../test/helpers/console.ts';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await complaints(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/render/probe.ts', "import type { Deadline } from '../deadlines/deadline.ts';"],
    ['src/discord/probe.ts', "import { Client } from 'discord.js';"],
    ['src/bench/probe.ts', "import { DiscordEmulator } from '../emulator/discord-emulator.ts';"],
    ['test/probe.ts', "import { cutText } from '../src/render/limits.ts';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await complaints(file, code)).toEqual([]);
  });
});
