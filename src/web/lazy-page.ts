import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when first visited, so the first screen downloads only what it shows. Pages are
 * named exports; React.lazy wants a default one.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
