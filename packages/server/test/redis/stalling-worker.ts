/**
 * A worker process for the stalled-job test: takes jobs from the queue named on the command
 * line, prints `started <jobId>` and never finishes, so the test can SIGKILL it mid-job.
 * Run: `node --conditions=@successkit/source test/redis/stalling-worker.ts REDIS_URL QUEUE PREFIX`.
 */
import { createBullMQQueue } from '../../src/scale-out/bullmq-queue.ts';

const [url, queueName, prefix] = process.argv.slice(2);
if (!url || !queueName || !prefix) throw new Error('usage: stalling-worker.ts REDIS_URL QUEUE PREFIX');
const queue = createBullMQQueue({ connection: url, queueName, prefix, concurrency: 1, lockDurationMs: 1_000, stalledIntervalMs: 500 });
await queue.process(async (job) => {
  process.stdout.write(`started ${job.jobId}\n`);
  await new Promise(() => {});
});
process.stdout.write('ready\n');
