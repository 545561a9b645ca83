import type { Migration, MigrationProvider } from 'kysely';
import * as createFrameworks from './20261203150000-create-frameworks.js';
import * as createAccounts from './20261203160000-create-accounts.js';
import * as createOrganisations from './20261203160100-create-organisations.js';
import * as createAuditEvents from './20261203160200-create-audit-events.js';
import * as createAssessments from './20261203170000-create-assessments.js';
import * as createPlanItems from './20261203190000-create-plan-items.js';
import * as createSharing from './20261203190100-create-sharing.js';
import * as createExchange from './20261203190200-create-exchange.js';
import * as organisationClassification from './20261203190300-organisation-classification.js';
import * as createReceivedWithdrawals from './20261204170000-create-received-withdrawals.js';

/**
 * Migrations are listed here rather than read from a folder, so the same list runs from the
 * TypeScript sources in tests and from the compiled build. Names sort by timestamp.
 */
const migrations: Record<string, Migration> = {
  '20261203150000-create-frameworks': createFrameworks,
  '20261203160000-create-accounts': createAccounts,
  '20261203160100-create-organisations': createOrganisations,
  '20261203160200-create-audit-events': createAuditEvents,
  '20261203170000-create-assessments': createAssessments,
  '20261203190000-create-plan-items': createPlanItems,
  '20261203190100-create-sharing': createSharing,
  '20261203190200-create-exchange': createExchange,
  '20261203190300-organisation-classification': organisationClassification,
  '20261204170000-create-received-withdrawals': createReceivedWithdrawals,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
