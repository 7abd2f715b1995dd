import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Spelled in pieces so that this file does not name it itself. */
const BESIDE_THE_CLONE = ['..', 'shared'].join('/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('a fresh clone', () => {
  it('needs nothing beside the repository: no code, command or test refers to the shared folder', () => {
    const offenders = ['src', 'commands', 'test']
      .flatMap(filesUnder)
      .filter((file) => readFileSync(file, 'utf8').includes(BESIDE_THE_CLONE));
    expect(offenders).toEqual([]);
  });
});
