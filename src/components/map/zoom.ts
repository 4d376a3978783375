/**
 * Zooming the map is changing its SVG `viewBox` (prefecture boxes are rendered by CountyMap.astro
 * as `data-box`). The change is eased over a quarter second, or made at once when the reader
 * asks for reduced motion (WCAG 2.2 2.3.3); either way the final value is exactly `target`.
 */
const DURATION_MS = 250;
const running = new WeakMap<SVGSVGElement, number>();

const parse = (viewBox: string): number[] =>
  viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);

export function zoomTo(svg: SVGSVGElement, target: string): void {
  cancelAnimationFrame(running.get(svg) ?? 0);
  const from = parse(svg.getAttribute('viewBox') ?? target);
  const to = parse(target);
  if (matchMedia('(prefers-reduced-motion: reduce)').matches || from.length !== 4 || to.length !== 4) {
    svg.setAttribute('viewBox', target);
    return;
  }
  const start = performance.now();
  const step = (now: number): void => {
    const t = Math.min(1, (now - start) / DURATION_MS);
    const eased = t * (2 - t); // ease-out: fast start, gentle landing
    svg.setAttribute('viewBox', t < 1 ? from.map((f, i) => f + ((to[i] ?? f) - f) * eased).join(' ') : target);
    if (t < 1) running.set(svg, requestAnimationFrame(step));
  };
  running.set(svg, requestAnimationFrame(step));
}
