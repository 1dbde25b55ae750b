/**
 * The `successkit` command line: serve, worker, token, seed, validate.
 */
const [command] = process.argv.slice(2);
console.error(`successkit: unknown command '${command ?? ''}'. Commands: serve, worker, token, seed, validate`);
process.exitCode = 2;
