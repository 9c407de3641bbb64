/**
 * Remembers the last call: the same arguments (by identity) give the same result object, which
 * React's store subscriptions need to avoid re-rendering forever on derived values.
 */
export function memoLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult!: R;
  return (...args: A): R => {
    const same =
      lastArgs !== null &&
      lastArgs.length === args.length &&
      args.every((arg, i) => Object.is(arg, lastArgs![i]));
    if (!same) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
