import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import type { Boot } from './boot.ts';

/**
 * Loaded by boot.ts once it has painted (or found no) stored summary. React's
 * first render, the same markup, replaces that paint in one commit.
 */
export function start(boot: Boot) {
  createRoot(document.getElementById('root')!).render(<App boot={boot} />);
}
