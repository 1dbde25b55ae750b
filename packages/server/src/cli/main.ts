/**
 * The `successkit` command line: serve, worker, token, seed, validate, import, key. One file per command,
 * loaded only when run (so `token` does not load the server); this one dispatches, prints `CliError`s without a stack, and sets the exit code.
 */
import { registerScaleOut, runWorkerCommand } from '../scale-out/register-scale-out.ts';
import { CliError } from './cli-error.ts';

const usage = `usage: successkit <command> [options]

  serve --data FILE [--port 8787] [--host 127.0.0.1] [--store sqlite:PATH|memory|redis://…|postgres://…] [--queue inline|bullmq] [--origin URL]
  worker --data FILE --store redis://… | worker --store postgres://… [--concurrency 2] [--attempts 3] [--tenant-limit 10/1m]
  simulate --url URL --key KEY [--rate 0.5/s] [--seed S] [--duration 10m] [--batches N] [--data FILE]
  token --tenant T --user U --seat practitioner|contributor|viewer [--admin] [--ttl 15m]
  seed --accounts N [--seed S] [--as-of ISO] --out FILE
  validate FILE
  import FILE… [--store sqlite:PATH|postgres://…]
  key create --tenant T [--name N] [--store sqlite:PATH|postgres://…]   (prints the key alone on the last line)
  key list --tenant T [--store …] | key revoke --tenant T --id KEY_ID [--store …]

Environment: SUCCESSKIT_JWT_SECRET, SUCCESSKIT_JWT_ISSUER, SUCCESSKIT_JWT_AUDIENCE, PORT,
OPENAI_API_KEY, OPENAI_BASE_URL, SUCCESSKIT_MODEL, REDIS_URL (required beside --store postgres://…)`;

/** Commands registered by other modules (e.g. `worker` from the scale-out module). */
export const extraCommands = new Map<string, (args: string[]) => Promise<number | void>>();

// Scale-out: `--store redis://…`, `--queue bullmq` and `worker` (loaded on demand).
registerScaleOut();
extraCommands.set('worker', runWorkerCommand);
// The live-data simulator: streams realistic changes into a running server (POST /v1/ingest).
extraCommands.set('simulate', async (args) => (await import('./simulate-command.ts')).simulateCommand(args));

async function run(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve': {
      const { serveCommand } = await import('./serve-command.ts');
      const server = await serveCommand(args);
      const shutdown = (signal: string) => {
        console.error(`successkit: ${signal} received, finishing in-flight requests…`);
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(`successkit: shutdown failed: ${(error as Error).message}`);
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
      return new Promise<number>(() => {}); // runs until a signal
    }
    case 'token':
      await (await import('./token-command.ts')).tokenCommand(args);
      return 0;
    case 'seed':
      await (await import('./seed-command.ts')).seedCommand(args);
      return 0;
    case 'import':
      await (await import('./import-command.ts')).importCommand(args);
      return 0;
    case 'key':
      await (await import('./key-command.ts')).keyCommand(args);
      return 0;
    case 'validate':
      return (await import('./validate-command.ts')).validateCommand(args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return command === undefined ? 2 : 0;
    default: {
      const extra = extraCommands.get(command);
      if (extra) return (await extra(args)) ?? 0;
      console.error(`successkit: unknown command "${command}"\n\n${usage}`);
      return 2;
    }
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    console.error(`successkit: ${error.message}`);
    process.exitCode = error.exitCode;
  } else if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`successkit: ${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    console.error('successkit: unexpected error:', error);
    process.exitCode = 1;
  }
}
