import { type ComponentType, lazy } from 'react';

/** A component from a chunk loaded on demand, and the chunk's loader. */
export type ChunkComponent<P extends object> = ComponentType<P> & {
  /** Loads the chunk now; once it has, the component renders without suspending. */
  preload: () => Promise<unknown>;
};

/**
 * `React.lazy`, except that once the chunk has loaded (opened before, or
 * preloaded) the component renders at once. `React.lazy` suspends on its
 * first render even when the chunk is already there (its loader's promise
 * settles in a later microtask), and React 19 then holds the Suspense
 * boundary's content back until 300 ms after its fallback appeared: a table
 * whose rows had arrived showed "Loading…" for a third of a second more.
 */
export function lazyChunk<M, P extends object>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
): ChunkComponent<P> {
  let loaded: M | undefined;
  let loading: Promise<M> | null = null;
  const preload = (): Promise<M> => {
    loading ??= load().then(
      (m) => (loaded = m),
      (e: unknown) => {
        loading = null; // a failed fetch may be retried
        throw e;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((m) => ({ default: pick(m) })));
  function Chunk(props: P) {
    if (loaded === undefined) return <Lazy {...props} />;
    const Loaded = pick(loaded);
    return <Loaded {...props} />;
  }
  return Object.assign(Chunk, { preload });
}
