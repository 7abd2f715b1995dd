import BetterSqlite3 from 'better-sqlite3';

/** What is wrong with the database, in terms an operator can act on. */
export type DatabaseProblem =
  'read-only' | 'locked' | 'full' | 'corrupt' | 'cannot-open' | 'io' | 'closed' | 'newer' | 'unreachable' | 'refused';

interface Explanation {
  /** Follows "the database at PATH". */
  state: string;
  /** What the operator should do. */
  fix: string;
  /** What a user whose change was refused is told: no path, nothing they could act on but waiting or asking. */
  user: string;
}

const ASK_OPERATOR = "Ask the bot's operator to fix it (the bot's log says how).";

const EXPLANATIONS: Readonly<Record<DatabaseProblem, Explanation>> = {
  'read-only': {
    state: 'is read-only',
    fix: 'The bot must be able to write the file and create its -wal and -shm files beside it: check the permissions of the file and its folder, and that the disk is not mounted read-only.',
    user: `The bot cannot save anything: its database is read-only. Nothing was changed. ${ASK_OPERATOR}`,
  },
  locked: {
    state: 'is locked by another connection',
    fix: 'Another process (a second copy of the bot, a sqlite3 shell with a transaction open) holds its write lock; the bot tries again, but if this lasts, find that process and end it.',
    user: "The bot's database is busy (another program is writing to it). Nothing was changed. Try again in a minute.",
  },
  full: {
    state: 'cannot grow: the disk is full',
    fix: 'Free space on that disk; nothing was half-written.',
    user: `The bot cannot save anything: the disk that holds its database is full. Nothing was changed. ${ASK_OPERATOR}`,
  },
  corrupt: {
    state: 'is not a valid SQLite database',
    fix: 'The bot leaves it as it is (starting over with an empty one would lose every reminder). Stop the bot, move the file and any -wal and -shm files beside it aside, put the latest backup in its place (README, Operations: Backups) and start the bot again.',
    user: `The bot's database is damaged. Nothing was changed. ${ASK_OPERATOR}`,
  },
  'cannot-open': {
    state: 'cannot be opened',
    fix: 'Check DATABASE_PATH: it must name a file (not a folder) whose folder exists or can be created, and that the bot may write.',
    user: `The bot cannot reach its database. Nothing was changed. ${ASK_OPERATOR}`,
  },
  io: {
    state: 'could not be read or written (a disk I/O error)',
    fix: 'Check the disk (the system log, `dmesg`); if the file is damaged, restore the latest backup (README, Operations: Backups).',
    user: `The bot cannot reach its database. Nothing was changed. ${ASK_OPERATOR}`,
  },
  newer: {
    state: 'was written by a newer version of the bot',
    fix: 'This version does not know its tables and leaves them as they are: run the newer version, or restore a backup made by this one.',
    user: `The bot cannot use its database. Nothing was changed. ${ASK_OPERATOR}`,
  },
  unreachable: {
    state: 'is unreachable',
    fix: 'The bot tries again on its own (a reminder due meanwhile goes out once it is back): check that the PostgreSQL server is running and reachable from this host.',
    user: "The bot's database is unreachable right now. Nothing was changed. Try again in a minute.",
  },
  refused: {
    state: 'refused the connection',
    fix: 'Check DATABASE_URL: the user, the password, and that the database exists (createdb) and the user may create tables in it.',
    user: `The bot cannot reach its database. Nothing was changed. ${ASK_OPERATOR}`,
  },
  closed: {
    state: 'is closed',
    fix: 'The bot is shutting down, or closed it after an earlier failure (see the log lines before this one); restart the bot.',
    user: `The bot cannot reach its database. Nothing was changed. ${ASK_OPERATOR}`,
  },
};

/**
 * SQLite's primary result codes (an extended one such as SQLITE_READONLY_DIRECTORY counts as its
 * primary), and the file system's, met when the database's folder is created.
 */
const PROBLEM_OF_CODE: Readonly<Record<string, DatabaseProblem>> = {
  SQLITE_READONLY: 'read-only',
  EROFS: 'read-only',
  SQLITE_BUSY: 'locked',
  SQLITE_LOCKED: 'locked',
  SQLITE_FULL: 'full',
  ENOSPC: 'full',
  SQLITE_NOTADB: 'corrupt',
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_CANTOPEN: 'cannot-open',
  EACCES: 'cannot-open',
  EPERM: 'cannot-open',
  EEXIST: 'cannot-open',
  ENOTDIR: 'cannot-open',
  SQLITE_IOERR: 'io',
};

/** A fault of the database itself, not of the code using it: says what is wrong, where, and what to do. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';

  constructor(
    readonly problem: DatabaseProblem,
    readonly path: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    const { state, fix } = EXPLANATIONS[problem];
    super(`the database at ${path} ${state}: ${detail}. ${fix}`, options);
  }

  /** The answer to a user whose change could not be saved. */
  get userMessage(): string {
    return EXPLANATIONS[this.problem].user;
  }
}

/** PostgreSQL's SQLSTATE codes by class (first two characters) or in full. */
function postgresProblem(code: string): DatabaseProblem | undefined {
  const byCode: Readonly<Record<string, DatabaseProblem>> = {
    '57P01': 'unreachable', // admin shutdown (the server is restarting)
    '57P02': 'unreachable', // crash shutdown
    '57P03': 'unreachable', // cannot connect now (starting up)
    '53300': 'unreachable', // too many connections
    '53100': 'full',
    '25006': 'read-only',
    '40001': 'locked', // serialization failure
    '40P01': 'locked', // deadlock
    '55P03': 'locked', // lock not available
    '3D000': 'refused', // no such database
    '42501': 'refused', // insufficient privilege
  };
  const byClass: Readonly<Record<string, DatabaseProblem>> = { '08': 'unreachable', '28': 'refused', XX: 'corrupt' };
  return byCode[code] ?? byClass[code.slice(0, 2)];
}

/** Errors of the network under a PostgreSQL connection, and pg's own words for a connection that went away. */
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const PG_CONNECTION_LOST =
  /^Connection terminated|connection error|not queryable|timeout exceeded when trying to connect/i;

function problemOf(error: unknown): { problem: DatabaseProblem; detail: string } | undefined {
  if (error instanceof Error && 'severity' in error && 'code' in error && typeof error.code === 'string') {
    const problem = postgresProblem(error.code);
    return problem && { problem, detail: `${error.message} (${error.code})` };
  }
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && NETWORK.has(error.code))
    return { problem: 'unreachable', detail: error.message };
  if (error instanceof Error && PG_CONNECTION_LOST.test(error.message))
    return { problem: 'unreachable', detail: error.message };
  if (error instanceof BetterSqlite3.SqliteError) {
    const problem = PROBLEM_OF_CODE[error.code.split('_', 2).join('_')];
    return problem && { problem, detail: `${error.message} (${error.code})` };
  }
  // better-sqlite3's own check, before SQLite sees the call.
  if (error instanceof TypeError && error.message.includes('connection is not open'))
    return { problem: 'closed', detail: error.message };
  // A system error (it names its syscall): creating the folder failed.
  if (error instanceof Error && 'syscall' in error && 'code' in error && typeof error.code === 'string') {
    const problem = PROBLEM_OF_CODE[error.code];
    return problem && { problem, detail: error.message };
  }
  return undefined;
}

/** `error` as a DatabaseError when it is a fault of the database at `path`; any other error as it is. */
export function asDatabaseError(error: unknown, path: string): unknown {
  if (error instanceof DatabaseError) return error;
  const known = problemOf(error);
  return known ? new DatabaseError(known.problem, path, known.detail, { cause: error }) : error;
}
