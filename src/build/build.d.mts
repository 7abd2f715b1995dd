/** The key of the code under `root` (default: this project): a hash of its sources and package-lock.json. */
export function sourceKey(root?: string): string;
/** The folder of the build of the code under `root` (default: this project), built first when missing or stale. */
export function ensureBuilt(root?: string): Promise<string>;
