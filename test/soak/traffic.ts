import type { APIMessage } from 'discord-api-types/v10';
import type { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';

/** The soak's traffic: turns of one interaction (or mention) each, every kind in rotation, each checked for a real answer. */

interface Turn {
  emu: DiscordEmulator;
  userId: string;
  /** The turn's number, which picks the question, country… */
  n: number;
  /** A `/quote` page with paging buttons, to press. */
  page: APIMessage;
}

const QUESTIONS = [
  'why are the talks with China stalled?',
  'when does the pause end?',
  'tariffs on steel',
  'what did Bessent say in Geneva?',
  'soybeans',
];
const COUNTRIES = ['China', 'EU', 'Canada', 'Mexico', 'Japan'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** Throws unless the message is an answer: something shown, and not the "Something went wrong" of a failed handler. */
function expectAnswer(what: string, message: APIMessage): void {
  if (message.content.length + message.embeds.length === 0) throw new Error(`${what}: an empty message`);
  if (message.content.includes('Something went wrong')) throw new Error(`${what}: ${message.content}`);
}

/** The first enabled button of a message (the custom id of a paging button). */
function firstButton(message: APIMessage): string {
  for (const row of message.components ?? []) {
    for (const component of 'components' in row ? row.components : []) {
      if ('custom_id' in component && !('disabled' in component && component.disabled)) return component.custom_id;
    }
  }
  throw new Error(`message ${message.id} has no enabled button`);
}

/** Sends `/quote speaker:Bessent`, whose answer has paging buttons. */
async function quotePage(emu: DiscordEmulator): Promise<APIMessage> {
  const page = await emu.command('quote', { speaker: 'Bessent' }).response();
  firstButton(page);
  return page;
}

const TURNS: ((turn: Turn) => Promise<void>)[] = [
  async ({ emu, userId, n }) =>
    expectAnswer('/ask', await emu.command('ask', { question: pick(QUESTIONS, n) }, { userId }).response()),
  async ({ emu, userId, n }) =>
    expectAnswer('/tariff', await emu.command('tariff', { country: pick(COUNTRIES, n) }, { userId }).response()),
  async ({ emu, userId, n }) =>
    expectAnswer(
      '/quote',
      await emu.command('quote', n % 2 ? { speaker: 'Bessent', topic: 'China' } : {}, { userId }).response(),
    ),
  async ({ emu, userId }) =>
    expectAnswer('/sources', await emu.command('sources', {}, { subcommand: 'list', userId }).response()),
  async ({ emu, userId, n }) => {
    const callback = await emu
      .autocomplete('tariff', 'country', { country: pick(COUNTRIES, n).slice(0, 2) }, { userId })
      .callback();
    if (callback.type !== 8 || !Array.isArray(callback.data?.choices))
      throw new Error(`autocomplete: callback ${JSON.stringify(callback)}`);
  },
  async ({ emu, userId, page }) =>
    expectAnswer('button', await emu.pressButton(page, firstButton(page), { userId }).response()),
  async ({ emu, userId, n }) => expectAnswer('mention', await emu.mentionBot(pick(QUESTIONS, n), { userId }).reply()),
];

/** Turn `n`: the kinds of traffic in rotation. */
const takeTurn = (turn: Turn): Promise<void> => pick(TURNS, turn.n)(turn);

/** Runs `task(0 … count-1)`, at most `concurrency` at a time. */
async function inParallel(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

export interface TrafficOptions {
  total: number;
  concurrency: number;
  /** The members taking turns. */
  users: readonly string[];
  /** Interactions per batch; `afterBatch` runs between batches, with nothing in flight. */
  batch: number;
  afterBatch?: (sent: number) => Promise<void>;
}

/** Sends `total` interactions and mentions, every kind in turn; resolves to what went wrong, one line per failed turn. */
export async function sendTraffic(
  emu: DiscordEmulator,
  { total, concurrency, users, batch, afterBatch }: TrafficOptions,
): Promise<string[]> {
  const failures: string[] = [];
  for (let sent = 0; sent < total;) {
    const size = Math.min(batch, total - sent);
    // One interaction of the batch makes the message whose buttons the batch presses.
    const page = await quotePage(emu);
    await inParallel(size - 1, concurrency, async (i) => {
      const n = sent + 1 + i;
      await takeTurn({ emu, userId: users[n % users.length]!, n, page }).catch((error: unknown) => {
        failures.push(`#${n}: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    sent += size;
    await afterBatch?.(sent);
  }
  return failures;
}
