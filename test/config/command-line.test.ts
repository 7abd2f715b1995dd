import { describe, expect, it } from 'vitest';
import { runScript as run } from '../helpers/subprocess.ts';

/** Every npm script that takes options, by its entry point and the start of its usage line. */
const SCRIPTS = [
  ['ingest', 'src/corpus/ingest-cli.ts', 'usage: npm run ingest --'],
  ['corpus:check', 'src/corpus/check-cli.ts', 'usage: npm run corpus:check'],
  ['feeds', 'src/feeds/feeds-cli.ts', 'usage: npm run feeds --'],
  ['feedback:export', 'src/ask/feedback-export-cli.ts', 'usage: npm run feedback:export --'],
  ['eval', 'src/eval/cli.ts', 'usage: npm run eval --'],
  ['cli', 'src/console/cli.ts', 'usage: npm run --silent cli --'],
] as const;

describe('the npm scripts, asked for help or given a wrong option', () => {
  // One after another: a dozen tsx children at once time out on a loaded two-core machine.
  it.each(SCRIPTS)('npm run %s -- --help prints the usage and exits 0', async (_name, script, usage) => {
    const { code, stdout } = await run(script, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(usage);
  });

  it.concurrent.each(SCRIPTS)(
    'npm run %s -- --bogus says why, shows the usage, exits 1',
    async (_name, script, usage) => {
      const { code, stdout, stderr } = await run(script, ['--bogus']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain("Unknown option '--bogus'");
      expect(stderr).toContain(usage);
      // A usage error, not a crash: no stack trace.
      expect(stderr).not.toMatch(/^\s+at /m);
    },
  );

  it('refuses an argument a script takes none of', async () => {
    const { code, stderr } = await run('src/corpus/check-cli.ts', ['corpus']);
    expect(code).toBe(1);
    expect(stderr).toContain('unexpected argument “corpus”');
  });
});
