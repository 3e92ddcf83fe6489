import { Argon2PasswordHasher, ConcurrencyGate } from './argon2-password.hasher';

/** Tasks that each run until `finishOne()` ends the oldest, recording how many ran at once and in which order. */
function tracker() {
  let running = 0;
  const state = { peak: 0, started: [] as number[] };
  const finishers: (() => void)[] = [];
  const task = (id: number) => async () => {
    running++;
    state.peak = Math.max(state.peak, running);
    state.started.push(id);
    await new Promise<void>((resolve) => finishers.push(resolve));
    running--;
    return id;
  };
  const finishOne = async () => {
    finishers.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { state, task, finishOne };
}

describe('ConcurrencyGate', () => {
  it('runs at most its limit at once, the others in arrival order, and every task to its end', async () => {
    const gate = new ConcurrencyGate(2);
    const { state, task, finishOne } = tracker();
    const results = Promise.all([1, 2, 3, 4, 5].map((id) => gate.run(task(id))));
    await new Promise((resolve) => setImmediate(resolve));
    expect(state.started).toEqual([1, 2]);
    for (let i = 0; i < 5; i++) await finishOne();
    await expect(results).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(state.peak).toBe(2);
    expect(state.started).toEqual([1, 2, 3, 4, 5]);
  });

  it('frees the slot of a task that fails', async () => {
    const gate = new ConcurrencyGate(1);
    await expect(gate.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(gate.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});

describe('Argon2PasswordHasher', () => {
  it('hashes with argon2id and verifies only the right password, never throwing on a malformed hash', async () => {
    const hasher = new Argon2PasswordHasher();
    const stored = await hasher.hash('Correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$/);
    await expect(hasher.verify(stored, 'Correct horse battery staple')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'correct horse battery staple')).resolves.toBe(false);
    await expect(hasher.verify('$argon2id$broken', 'x')).resolves.toBe(false);
    await expect(hasher.verify('plain', 'plain')).resolves.toBe(false);
  });
});
