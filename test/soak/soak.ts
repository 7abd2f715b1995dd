/**
 * Issue #8's soak: `node --expose-gc --import tsx test/soak/soak.ts`. Starts the emulator and the
 * bot in this process (the harness's `startBot`, the entry `npm start` uses), sends SOAK_INTERACTIONS
 * (10,000) interactions and mentions of every kind, SOAK_CONCURRENCY (16) at a time, and samples
 * memory after every tenth of them. Flat means the heap grew less than SOAK_MAX_GROWTH_MB (20)
 * from the second sample (past the warm-up) to the last; the exit code is 1 otherwise, or when an
 * answer was missing or wrong, or the bot logged a warning or an error.
 *
 * The emulator forgets what it recorded after every batch, so that its own memory stays flat and
 * what grows is the bot's; SOAK_FORGET=0 keeps the records, to see what they weigh.
 */
import { deployCommandsTo, startBot } from '../discord/harness.ts';
import { canCollect, formatSamples, heapGrowthMb, sampleMemory, type Sample } from './memory.ts';
import { sendTraffic } from './traffic.ts';

const TOTAL = Number(process.env.SOAK_INTERACTIONS ?? 10_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 16);
const MAX_GROWTH_MB = Number(process.env.SOAK_MAX_GROWTH_MB ?? 20);
const FORGET = process.env.SOAK_FORGET !== '0';
/** Distinct members taking turns; discord.js caches each one it sees. */
const USERS = Number(process.env.SOAK_USERS ?? 200);
const BATCH = Math.ceil(TOTAL / 10);

const t = await startBot({ logLevel: 'warn' });
await deployCommandsTo(t.emu);
const users = Array.from({ length: USERS }, (_, i) => t.emu.addMemberUser(`member-${i}`).id);
const samples: Sample[] = [await sampleMemory(0)];
const started = Date.now();
const failures = await sendTraffic(t.emu, {
  total: TOTAL,
  concurrency: CONCURRENCY,
  users,
  batch: BATCH,
  async afterBatch(sent) {
    if (FORGET) t.emu.forget();
    samples.push(await sampleMemory(sent));
    console.error(`${sent} sent, heapUsed ${samples.at(-1)!.heapUsedMb} MB`);
  },
});
const seconds = (Date.now() - started) / 1000;
await t.stop();

const growth = heapGrowthMb(samples, 2 * BATCH);
// discord.js keeps the bot under Discord's global 50 requests a second (mention replies count; interaction callbacks do not).
const rateLimited = t.logs.filter((l) => l.msg === 'rate limited').length;
const problems = t.logs.filter((l) => l.level >= 40 && l.msg !== 'rate limited');
const flat = growth < MAX_GROWTH_MB;
const pass = flat && !failures.length && !problems.length;
console.log(formatSamples(samples));
console.log(
  `\n${TOTAL} interactions in ${seconds.toFixed(1)} s (${Math.round(TOTAL / seconds)}/s), ${CONCURRENCY} at a time, ${USERS} members.`,
);
if (!canCollect) console.log('No --expose-gc: the figures include garbage not yet collected.');
console.log(`Heap growth from ${2 * BATCH} to ${TOTAL}: ${growth} MB (limit ${MAX_GROWTH_MB} MB).`);
console.log(`Requests held back by discord.js for the global rate limit: ${rateLimited} times.`);
console.log(
  `Failed answers: ${failures.length}${failures.length ? `, first: ${failures.slice(0, 5).join('; ')}` : ''}.`,
);
console.log(
  `Bot warnings and errors: ${problems.length}${
    problems.length
      ? `, first: ${problems
          .slice(0, 5)
          .map((l) => JSON.stringify(l))
          .join('; ')}`
      : ''
  }.`,
);
console.log(pass ? 'PASS: memory stays flat and every interaction was answered.' : 'FAIL');
process.exitCode = pass ? 0 : 1;
