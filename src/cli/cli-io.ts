// What the command needs from the outside world, so tests can run it in-process on memory.
export interface CliIo {
  /** Reads a UTF-8 file; throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): string;
  /** Reads a file's bytes; when present it is used instead of readFile, to check the encoding. */
  readBytes?(path: string): Uint8Array;
  /** A file's size in bytes, checked against maxBytes before reading. */
  fileSize?(path: string): number;
  /** The largest input file accepted, in bytes (the io layer's default when absent). */
  maxBytes?: number;
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
