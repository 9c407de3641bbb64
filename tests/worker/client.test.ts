import { describe, expect, it } from 'vitest';
import { fail, type Outcome } from '../../src/core/outcome';
import {
  type CsvReport,
  createWorkerClient,
  JobCancelled,
  type WorkerConnection,
} from '../../src/worker/client';

interface FakeWorker {
  connect: () => WorkerConnection;
  started: string[];
  finish: (url: string) => void;
  connections: number;
  terminated: number;
}

// A stand-in worker whose loadDataset calls finish only when the test says so.
function fakeWorker(): FakeWorker {
  const fake: FakeWorker = {
    started: [],
    connections: 0,
    terminated: 0,
    finish: () => {},
    connect: () => {
      fake.connections++;
      const open = new Map<string, (v: Outcome<CsvReport>) => void>();
      fake.finish = (url) => open.get(url)?.(fail(`done ${url}`));
      return {
        calls: {
          loadDataset: (url) =>
            new Promise((resolve) => {
              fake.started.push(url);
              open.set(url, resolve);
            }),
          describeMethods: () => Promise.resolve([]),
          resample: () => Promise.resolve(fail('not used')),
          exportResult: () => Promise.resolve(fail('not used')),
          openCsv: () => Promise.resolve(fail('not used')),
          relabelCsv: () => Promise.resolve(fail('not used')),
        },
        terminate: () => {
          fake.terminated++;
        },
      };
    },
  };
  return fake;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('worker client', () => {
  it('runs calls one at a time, in order', async () => {
    const fake = fakeWorker();
    const client = createWorkerClient(fake.connect);
    const first = client.loadDataset('a');
    const second = client.loadDataset('b');
    await tick();
    expect(fake.started).toEqual(['a']);
    fake.finish('a');
    expect(await first).toEqual(fail('done a'));
    await tick();
    expect(fake.started).toEqual(['a', 'b']);
    fake.finish('b');
    expect(await second).toEqual(fail('done b'));
    expect(fake.connections).toBe(1);
    expect(client.pending).toBe(0);
  });

  it('cancels by terminating the worker and starts a fresh one for the next call', async () => {
    const fake = fakeWorker();
    const client = createWorkerClient(fake.connect);
    const running = client.loadDataset('slow');
    const queued = client.loadDataset('queued');
    await tick();
    client.cancel();
    await expect(running).rejects.toBeInstanceOf(JobCancelled);
    await expect(queued).rejects.toBeInstanceOf(JobCancelled);
    expect(fake.terminated).toBe(1);
    expect(client.pending).toBe(0);

    const next = client.loadDataset('next');
    await tick();
    expect(fake.started).toEqual(['slow', 'next']);
    expect(fake.connections).toBe(2);
    fake.finish('next');
    expect(await next).toEqual(fail('done next'));
  });
});
