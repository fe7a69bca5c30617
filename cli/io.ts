export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const processIo: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** Exit codes: 0 done, 1 the work ran and found a failure (eval regression), 2 the command could not run. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
