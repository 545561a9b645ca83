import { capabilityScopeSchema, type CapabilityScope } from '../../domain/access/index.js';

/** Capability scopes are stored as JSON text (null: all capabilities). */
export function scopeToColumn(scope: CapabilityScope): string | null {
  return scope === null ? null : JSON.stringify([...scope].sort());
}

export function scopeFromColumn(column: string | null): CapabilityScope {
  return column === null ? null : capabilityScopeSchema.parse(JSON.parse(column));
}
