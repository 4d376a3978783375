/**
 * Preload (`node --import`) that moves this process's clock forward by CLOCK_SHIFT_DAYS days
 * (default 1): `new Date()`, `Date()` and `Date.now()` all see the shifted time, dates built from
 * explicit values are untouched. NODE_OPTIONS carries it into every child process a build spawns,
 * so tests can build "tomorrow" and compare.
 */
const RealDate = globalThis.Date;
const shift = Number(process.env.CLOCK_SHIFT_DAYS ?? 1) * 86_400_000;
const now = () => RealDate.now() + shift;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
});
