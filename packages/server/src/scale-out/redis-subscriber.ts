/**
 * One dedicated pub/sub connection per process, shared by job events and lock wake-ups.
 * Channels are subscribed on first listener and unsubscribed after the last one leaves;
 * `listen` resolves once Redis confirmed the subscription, so a message published after it
 * resolves is delivered. ioredis re-subscribes by itself after a reconnect.
 */
import type { Redis } from 'ioredis';
import { guard } from './redis-connection.ts';

type Listener = (message: string) => void;

interface Channel {
  listeners: Set<Listener>;
  ready: Promise<unknown>;
}

/** A shared subscriber connection. */
export class RedisSubscriber {
  readonly #redis: Redis;
  readonly #channels = new Map<string, Channel>();

  /** Takes a connection dedicated to pub/sub (it can run no other command once subscribed). */
  constructor(redis: Redis) {
    this.#redis = redis;
    redis.on('message', (channel: string, message: string) => {
      const entry = this.#channels.get(channel);
      if (!entry) return;
      for (const listener of [...entry.listeners]) {
        try {
          listener(message);
        } catch {
          // A failing listener must not stop the others.
        }
      }
    });
  }

  /** Listens to a channel; resolves with a function that stops listening. */
  async listen(channel: string, listener: Listener): Promise<() => Promise<void>> {
    let entry = this.#channels.get(channel);
    if (!entry) {
      const created: Channel = { listeners: new Set(), ready: guard(() => this.#redis.subscribe(channel)) };
      entry = created;
      this.#channels.set(channel, created);
      created.ready.catch(() => {
        if (this.#channels.get(channel) === created) this.#channels.delete(channel);
      });
    }
    const current = entry;
    current.listeners.add(listener);
    try {
      await current.ready;
    } catch (error) {
      current.listeners.delete(listener);
      throw error;
    }
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      current.listeners.delete(listener);
      if (current.listeners.size === 0 && this.#channels.get(channel) === current) {
        this.#channels.delete(channel);
        // Best effort: when Redis is down the subscription is gone anyway.
        await this.#redis.unsubscribe(channel).catch(() => {});
      }
    };
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    this.#channels.clear();
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
