import { expect } from '@open-wc/testing';
import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SuccessKitClient } from '@successkit/core/client';
import { ApiTask, type ApiSource } from './api-task.ts';

/** A host that runs its controllers' update hooks when told to. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  cycle(): void {
    for (const c of this.controllers) c.hostUpdate?.();
    for (const c of this.controllers) c.hostUpdated?.();
  }
}

const client = { baseUrl: 'https://fake' } as SuccessKitClient;

function source(state: { ready: boolean; base: string }, seen: string[]): ApiSource {
  return {
    call: (fn) => {
      seen.push('call');
      return fn(client);
    },
    ready: () => state.ready,
    connection: () => [state.base],
  };
}

describe('ApiTask (fake host)', () => {
  it('waits while there is no API or the arguments are incomplete, then runs through the source', async () => {
    const host = new FakeHost();
    const state = { ready: false, base: 'a' };
    const seen: string[] = [];
    const args = { id: '' };
    const task = new ApiTask(host, source(state, seen), {
      args: () => [args.id] as const,
      enabled: ([id]) => Boolean(id),
      task: ([id], { call }) => call(async (c) => `${c.baseUrl}/${id}`),
    });
    host.cycle();
    await Promise.resolve();
    expect(task.enabled).to.equal(false);
    expect(task.status).to.equal(TaskStatus.INITIAL);
    state.ready = true;
    host.cycle();
    await Promise.resolve();
    expect(task.status).to.equal(TaskStatus.INITIAL);
    expect(seen).to.deep.equal([]);
    args.id = 'acme';
    host.cycle();
    expect(await task.complete).to.equal('https://fake/acme');
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(seen).to.deep.equal(['call']);
  });

  it('runs again when an argument or the connection changes, aborting the run in flight', async () => {
    const host = new FakeHost();
    const state = { ready: true, base: 'a' };
    const signals: AbortSignal[] = [];
    const args = { period: 30 };
    const task = new ApiTask(host, source(state, []), {
      args: () => [args.period] as const,
      task: async ([period], { signal }) => {
        signals.push(signal);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return period;
      },
    });
    host.cycle();
    host.cycle();
    expect(signals).to.have.length(1);
    args.period = 90;
    host.cycle();
    expect(signals).to.have.length(2);
    expect(signals[0]!.aborted).to.equal(true);
    expect(await task.complete).to.equal(90);
    state.base = 'b';
    host.cycle();
    expect(signals).to.have.length(3);
    await task.complete;
  });

  it('keeps the error, and run() tries again with the same arguments', async () => {
    const host = new FakeHost();
    let fail = true;
    const task = new ApiTask(host, source({ ready: true, base: 'a' }, []), {
      args: () => ['x'] as const,
      task: async () => {
        if (fail) throw new Error('down');
        return 'up';
      },
    });
    host.cycle();
    await task.complete.catch(() => undefined);
    expect(task.status).to.equal(TaskStatus.ERROR);
    expect((task.error as Error).message).to.equal('down');
    fail = false;
    await task.run();
    expect(task.value).to.equal('up');
  });

  it('does not run on its own with autoRun: false', async () => {
    const host = new FakeHost();
    let runs = 0;
    const task = new ApiTask(host, source({ ready: true, base: 'a' }, []), {
      autoRun: false,
      args: () => ['x'] as const,
      task: async () => ++runs,
    });
    host.cycle();
    await Promise.resolve();
    expect(runs).to.equal(0);
    await task.run();
    expect(task.value).to.equal(1);
  });
});
