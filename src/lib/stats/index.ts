export * from './observation.ts';
export * from './rank.ts';
export * from './change.ts';
export * from './series.ts';
