type Results<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> };

/**
 * As `Promise.all`, but settles only once every promise has. `Promise.all` rejects at the first
 * refusal while the writes begun beside it are still going on: the caller would report the
 * refusal (and a test clean its folder up) under files still being written.
 */
export async function allFinished<T extends readonly unknown[] | []>(
  values: T,
): Promise<Results<T>> {
  const settled = (await Promise.allSettled(values)) as PromiseSettledResult<unknown>[];
  const fulfilled: unknown[] = [];
  for (const result of settled) {
    if (result.status === 'rejected') throw result.reason;
    fulfilled.push(result.value);
  }
  return fulfilled as Results<T>;
}
