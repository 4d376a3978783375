import { dotted } from './ajv-messages.ts';
import type { JsonPath } from './json-locate.ts';

/**
 * Values still to fill in. `npm run new:dataset` writes `TODO…` into every required descriptor
 * property it cannot know (scripts/new-dataset.ts); each one is an error until staff replace it,
 * reported once, at the value, instead of as the type or format error it would otherwise also be.
 */
export const TODO = /^TODO\b/;

export interface TodoValue {
  path: JsonPath;
  /** The text after `TODO`, which says what to write (e.g. `中文标题 / Chinese title`). */
  what: string;
}

/** Every string in the descriptor that starts with `TODO`, in document order. */
export function findTodos(value: unknown, path: JsonPath = []): TodoValue[] {
  if (typeof value === 'string')
    return TODO.test(value) ? [{ path, what: value.replace(TODO, '').replace(/^[\s:：]+/, '') }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findTodos(v, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => findTodos(v, [...path, k]));
  return [];
}

/** True when `path` is a TODO value: its type or format error is the TODO's, already reported. */
export function isTodo(todos: readonly TodoValue[], path: JsonPath): boolean {
  const key = dotted(path);
  return todos.some((t) => dotted(t.path) === key);
}
