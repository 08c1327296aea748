// Running short commands (java, mvn, ps) and checking on processes, for the embedded Neo4j.
import { execFile } from 'node:child_process';

export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** A command that could not be run or ended badly; the arguments are left out of the message on purpose (one is a password). */
export class CommandFailedError extends Error {
  constructor(
    readonly command: string,
    /** The executable does not exist (ENOENT): the usual sign of a missing tool. */
    readonly notFound: boolean,
    /** stdout and stderr together, for error messages. */
    readonly output: string,
    reason: string,
  ) {
    super(`${command} ${reason}`);
    this.name = 'CommandFailedError';
  }
}

interface ExecFailure extends Error {
  code?: string | number | null;
  stdout?: string;
  stderr?: string;
}

export function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { env: options.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error: ExecFailure | null, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const output = `${stdout}${stderr}`.trim();
        if (error.code === 'ENOENT') return reject(new CommandFailedError(command, true, output, 'was not found'));
        const reason = typeof error.code === 'number' ? `exited with code ${error.code}` : `failed (${error.code ?? error.message})`;
        reject(new CommandFailedError(command, false, output, reason));
      },
    );
  });
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The full command line of a process, or undefined when it is gone or cannot be read. */
export async function commandLineOf(pid: number): Promise<string | undefined> {
  try {
    // -ww: never cut the line at the terminal width; the data directory is near its end.
    const { stdout } = await runCommand('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { timeoutMs: 10_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}
