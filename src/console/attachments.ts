import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { ReplyFile } from '../render/reply.ts';

/** A reply's file as the console wrote it: the `files` entries of a `--json` line. */
export interface SavedFile {
  name: string;
  path: string;
  contentType: string;
  bytes: number;
  width?: number;
  height?: number;
}

/**
 * Where the console writes the files of its replies: the `--out` folder (made if missing), else a
 * temporary folder made on first use. A name already written gets a number (`tariff-china-2.png`),
 * so a session's second chart never overwrites its first.
 */
export class AttachmentFolder {
  private dir: string | undefined;
  private readonly written = new Set<string>();

  constructor(private readonly out?: string) {}

  private folder(): string {
    if (!this.dir) {
      if (this.out) mkdirSync(this.out, { recursive: true });
      this.dir = this.out ? resolve(this.out) : mkdtempSync(join(tmpdir(), 'trade-desk-'));
    }
    return this.dir;
  }

  private freeName(name: string): string {
    const ext = extname(name);
    const stem = name.slice(0, name.length - ext.length);
    let candidate = name;
    for (let n = 2; this.written.has(candidate); n++) candidate = `${stem}-${n}${ext}`;
    this.written.add(candidate);
    return candidate;
  }

  save(files: readonly ReplyFile[]): SavedFile[] {
    return files.map((f) => {
      const path = join(this.folder(), this.freeName(f.name));
      writeFileSync(path, f.data);
      return {
        name: f.name,
        path,
        contentType: f.contentType,
        bytes: f.data.byteLength,
        ...(f.width ? { width: f.width } : {}),
        ...(f.height ? { height: f.height } : {}),
      };
    });
  }
}
