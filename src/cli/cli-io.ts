// What the command needs from the outside world, so tests can run it in-process on memory.
export interface CliIo {
  /** Reads a UTF-8 file; throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** A monotonic clock in milliseconds; performance.now() when absent. */
  now?(): number;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder on its path is not a folder',
};

/** A file error as a short reason, without Node's stack or syscall details. */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
