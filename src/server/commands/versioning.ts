import { conflict } from '../http/errors';

/**
 * Editable entities carry a version. A write names the version it was based on; if someone saved in
 * between, the write is refused with 409 and the caller reloads, so a stale form never overwrites newer data.
 */
export function assertVersion(current: { version: number }, expected: number, what: string) {
  if (current.version !== expected) {
    throw conflict(
      `This ${what} was changed by someone else since you opened it. Reload to see their changes.`,
      {
        currentVersion: current.version,
      },
    );
  }
}

export function staleWrite(what: string) {
  return conflict(
    `This ${what} was changed by someone else while you were saving. Reload to see their changes.`,
  );
}
