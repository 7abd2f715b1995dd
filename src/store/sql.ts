/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/**
 * What the stores need of a database, the same for SQLite and PostgreSQL: statements with `?`
 * placeholders in the SQL both understand, and transactions. Every method throws a
 * `DatabaseError` when the database itself fails.
 */
export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  all<R>(text: string, params?: readonly SqlValue[]): Promise<R[]>;
  get<R>(text: string, params?: readonly SqlValue[]): Promise<R | undefined>;
  /** Runs a write; resolves to the number of rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `fn` in one transaction: every statement it makes (through any store) is part of it, all
   * its writes land or none. A call inside `fn` joins it. Statements from outside wait for it.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The first row a statement returns; an insert's `RETURNING` row, which must be there. */
export async function returned<R>(sql: Sql, text: string, params: readonly SqlValue[]): Promise<R> {
  const row = await sql.get<R>(text, params);
  if (!row) throw new Error(`no row returned by: ${text.trim().slice(0, 60)}`);
  return row;
}
