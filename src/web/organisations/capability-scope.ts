import type { CapabilityScope } from '../../domain/access/index.js';
import type { OrganisationRole } from '../../domain/access/index.js';

/**
 * The scope a form sends: only contributors are limited, and ticking nothing means every
 * capability (`null`), as the API has it.
 */
export function scopeFor(role: OrganisationRole, ticked: readonly string[]): CapabilityScope {
  if (role !== 'contributor' || ticked.length === 0) return null;
  return ticked as CapabilityScope;
}

/** Ticks a box that was clear, or clears one that was ticked. */
export function toggled(ticked: readonly string[], value: string): string[] {
  return ticked.includes(value) ? ticked.filter((item) => item !== value) : [...ticked, value];
}
