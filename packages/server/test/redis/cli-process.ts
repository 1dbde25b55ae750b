/**
 * Test helper: runs the real `successkit` CLI from source as a child process
 * (`node --conditions=@successkit/source src/cli/main.ts …`), waits for a line on its output,
 * and stops it by pid — SIGTERM for a graceful stop, SIGKILL for fault tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A running CLI process. */
export interface CliProcess {
  child: ChildProcess;
  pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the first match of `pattern` in the output (bounded by `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends a signal and waits for the exit (SIGKILL after 10 s). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `successkit <args>` with extra environment variables. */
export function startCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, ['--conditions=@successkit/source', 'src/cli/main.ts', ...args], {
    cwd: packageRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer): void => {
    text += chunk.toString();
    if (text.length > 200_000) text = text.slice(-100_000);
    for (const wake of [...waiters]) wake();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  child.on('exit', () => {
    for (const wake of [...waiters]) wake();
  });
  return {
    child,
    pid: child.pid!,
    output: () => text,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const match = pattern.exec(text);
          if (match) return done(() => resolve(match));
          if (child.exitCode !== null || child.signalCode !== null)
            return done(() => reject(new Error(`process exited (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${text.slice(-2000)}`)));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${text.slice(-2000)}`))), timeoutMs);
        const done = (finish: () => void): void => {
          clearTimeout(timer);
          waiters.delete(check);
          finish();
        };
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
