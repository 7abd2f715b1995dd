/** `npm run feedback:export -- --out FILE [--database PATH]`: the votes on /ask answers as labelled questions (JSON). */
import { writeFileSync } from 'node:fs';
import { commandLine } from '../config/command-line.ts';
import { loadConfigOrReport } from '../config/env.ts';
import { openStoreOrReport } from '../store/store.ts';
import { feedbackExport } from './feedback-export.ts';

const USAGE = 'usage: npm run feedback:export -- --out FILE [--database PATH]';

async function main(): Promise<number> {
  const args = commandLine(USAGE, { out: { type: 'string' }, database: { type: 'string' } });
  if ('exitCode' in args) return args.exitCode;
  const { values } = args;
  if (!values.out) {
    console.error(USAGE);
    return 1;
  }
  const config = loadConfigOrReport();
  if (!config) return 1;
  const store = await openStoreOrReport(values.database ? { DATABASE_PATH: values.database } : config);
  if (!store) return 1;
  try {
    const exported = feedbackExport(await store.askFeedback.voted());
    writeFileSync(values.out, `${JSON.stringify(exported, null, 2)}\n`);
    console.log(
      `${values.out}: ${exported.questions.length} question${exported.questions.length === 1 ? '' : 's'} voted up, ${exported.toLabel.length} to label`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
