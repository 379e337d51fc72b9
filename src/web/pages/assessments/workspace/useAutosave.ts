import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' | 'error'; error: string | null };

/**
 * Saves as you go: each key (an item, a section) saves on its own after a pause in typing, one request at a
 * time so an older answer never lands after a newer one. Leaving the page, or the tab, sends what is waiting.
 */
export function useAutosave() {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const waiting = useRef(new Map<string, () => Promise<unknown>>());
  const chains = useRef(new Map<string, Promise<unknown>>());
  const failed = useRef(new Map<string, () => Promise<unknown>>());
  const running = useRef(0);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle', error: null });

  const settle = useCallback(() => {
    if (running.current > 0 || waiting.current.size > 0) return;
    setStatus(
      failed.current.size > 0 ? (s) => ({ state: 'error', error: s.error }) : { state: 'saved', error: null },
    );
  }, []);

  const fire = useCallback(
    (key: string) => {
      const timer = timers.current.get(key);
      if (timer) clearTimeout(timer);
      timers.current.delete(key);
      const run = waiting.current.get(key);
      if (!run) return chains.current.get(key) ?? Promise.resolve();
      waiting.current.delete(key);
      running.current += 1;
      const next = (chains.current.get(key) ?? Promise.resolve())
        .catch(() => undefined)
        .then(run)
        .then(
          () => {
            failed.current.delete(key);
          },
          (error: unknown) => {
            if (!waiting.current.has(key)) failed.current.set(key, run);
            setStatus({ state: 'error', error: error instanceof Error ? error.message : String(error) });
          },
        )
        .finally(() => {
          running.current -= 1;
          settle();
        });
      chains.current.set(key, next);
      return next;
    },
    [settle],
  );

  /** Saves `run` for `key` after `delay` ms, replacing whatever was waiting for that key. */
  const schedule = useCallback(
    (key: string, run: () => Promise<unknown>, delay = 800) => {
      const timer = timers.current.get(key);
      if (timer) clearTimeout(timer);
      waiting.current.set(key, run);
      failed.current.delete(key);
      setStatus({ state: 'saving', error: null });
      if (delay <= 0) void fire(key);
      else
        timers.current.set(
          key,
          setTimeout(() => void fire(key), delay),
        );
    },
    [fire],
  );

  /** Sends everything waiting and resolves once every save has finished; false if any failed. */
  const flush = useCallback(async () => {
    await Promise.all([...new Set([...waiting.current.keys(), ...chains.current.keys()])].map(fire));
    return failed.current.size === 0;
  }, [fire]);

  const retry = useCallback(() => {
    for (const [key, run] of failed.current) schedule(key, run, 0);
  }, [schedule]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (waiting.current.size > 0 || running.current > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      for (const key of [...waiting.current.keys()]) void fire(key);
    };
  }, [fire]);

  return { status, schedule, flush, retry };
}
