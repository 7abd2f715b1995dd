import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/store/errors.ts';
import { openDatabase, openStore } from '../../src/store/store.ts';
import { isolatedEnv } from '../helpers/subprocess.ts';
import { fileHash, tempDatabasePath } from './faults.ts';

/** Root writes through any file mode: the bot then runs as `nobody`, for the permissions to bite. */
const unprivileged: Pick<SpawnSyncOptions, 'uid' | 'gid'> = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** The console's one-shot command (`npm run cli -- "/help"`) or `npm start`, on the database at `path`. */
function start(path: string, entry = 'src/console/cli.ts', options: SpawnSyncOptions = {}) {
  const args = entry.endsWith('cli.ts') ? ['--import', 'tsx', entry, '/help'] : ['--import', 'tsx', entry];
  const result = spawnSync(process.execPath, args, {
    env: isolatedEnv({ DATABASE_PATH: path }),
    input: '',
    encoding: 'utf8',
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A real database holding one reminder, closed. */
async function seededDatabase(path = tempDatabasePath()): Promise<string> {
  const store = openStore(path);
  const deadline = { id: 'server-g7', title: 'G7', date: '2031-06-15', at: Date.parse('2031-06-16T03:59:59Z') };
  await store.reminders.add(
    { guildId: 'console', channelId: 'console', deadline, before: [86_400], createdBy: 'console' },
    Date.parse('2031-01-01T00:00:00Z'),
  );
  await store.close();
  return path;
}

/** Overwrites `length` bytes of the file at `offset`. */
function scribble(path: string, offset: number, length: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, offset);
  closeSync(fd);
}

describe('start-up on a corrupt database', () => {
  const damage: [string, (path: string) => void][] = [
    ['a file of garbage', (path) => writeFileSync(path, 'these bytes are not SQLite\n'.repeat(400))],
    ['a database cut in half', (path) => truncateSync(path, statSync(path).size / 2)],
    ['a database with a page overwritten', (path) => scribble(path, 4096, 4096)],
  ];

  it.each(damage)(
    'refuses %s: says what is wrong and what to do, exits 1, leaves the file as it was',
    async (_what, spoil) => {
      const path = await seededDatabase();
      spoil(path);
      const hash = fileHash(path);
      const { status, stdout, stderr } = start(path);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(`The bot cannot start: the database at ${path} is not a valid SQLite database: `);
      expect(stderr).toMatch(/put the latest backup in its place \(README, Operations: Backups\)/);
      expect(fileHash(path)).toBe(hash);
    },
  );

  it('stops `npm start` the same way', () => {
    const path = tempDatabasePath();
    writeFileSync(path, 'not a database');
    const { status, stderr } = start(path, 'src/main.ts');
    expect(status).toBe(1);
    expect(stderr).toContain(
      `the database at ${path} is not a valid SQLite database: file is not a database (SQLITE_NOTADB)`,
    );
  });
});

describe('start-up on a database the bot may not write', () => {
  it.each([
    ['the file is read-only', (path: string) => chmodSync(path, 0o444)],
    [
      'its folder is read-only',
      (path: string) => {
        chmodSync(path, 0o666);
        chmodSync(dirname(path), 0o555);
      },
    ],
  ])('refuses to start when %s, naming the file, and changes nothing', async (_what, protect) => {
    const path = await seededDatabase();
    chmodSync(dirname(path), 0o777);
    protect(path);
    const hash = fileHash(path);
    const { status, stderr } = start(path, 'src/console/cli.ts', unprivileged);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^The bot cannot start: the database at ${path} is read-only: attempt to write a readonly database \\(SQLITE_READONLY\\w*\\)\\. `,
      ),
    );
    expect(stderr).toContain('check the permissions of the file and its folder');
    expect(fileHash(path)).toBe(hash);
    chmodSync(dirname(path), 0o777);
  });
});

describe('opening the database', () => {
  it('waits a second for another connection’s lock, so a blocked write still answers within Discord’s 3 seconds', () => {
    expect(openDatabase(tempDatabasePath()).pragma('busy_timeout', { simple: true })).toBe(1000);
  });

  it('says DATABASE_PATH cannot be opened when it names a folder, or a folder cannot be made', () => {
    const folder = tempDatabasePath();
    mkdirSync(folder);
    expect(() => openStore(folder)).toThrow(
      new DatabaseError('cannot-open', folder, 'unable to open database file (SQLITE_CANTOPEN)'),
    );
    const file = join(dirname(folder), 'file');
    writeFileSync(file, '');
    expect(() => openStore(join(file, 'bot.db'))).toThrow(
      /^the database at .*\/file\/bot\.db cannot be opened: E[A-Z]+: [^,]+, mkdir '.*\/file'\. Check DATABASE_PATH/,
    );
  });
});
