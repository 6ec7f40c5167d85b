/**
 * Marks the popup ready (the audit's counts and findings shown) on the
 * document: `data-ready-ms`, milliseconds since the popup's navigation
 * started, taken in the frame that paints them. The bench reads it; only the
 * first mark counts.
 */
export function markReady(): void {
  requestAnimationFrame(() => {
    const html = document.documentElement;
    if (!html.hasAttribute('data-ready-ms'))
      html.setAttribute('data-ready-ms', performance.now().toFixed(1));
  });
}
