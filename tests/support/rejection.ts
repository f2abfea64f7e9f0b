import { DomainError } from '../../electron/services/errors';

/** The DomainError `promise` is rejected with; the test fails if it resolves or throws another. */
export async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
