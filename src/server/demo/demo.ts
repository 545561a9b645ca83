import { randomBytes } from 'node:crypto';
import type { Actor, Membership } from '../../domain/access/index.js';
import {
  rollUpCapabilities,
  type AgreedResult,
  type IndicatorStatus,
} from '../../domain/assessment/index.js';
import {
  createPlanItemSchema,
  updatePlanItemSchema,
  type PlanItemView,
} from '../../domain/plan/plan.schemas.js';
import { createUserFromCli } from '../accounts/user.commands.js';
import { userRepository } from '../accounts/user.repository.js';
import { putCapabilityResult, putSubDomainResult } from '../assessments/agreed-result.commands.js';
import { frameworkOf, type AssessmentFramework } from '../assessments/assessment-framework.js';
import type { WriteContext } from '../assessments/assessment-write.js';
import { createAssessment, finaliseAssessment } from '../assessments/assessment.commands.js';
import { putEnablerNote } from '../assessments/enabler-note.commands.js';
import { putIndicatorRating } from '../assessments/indicator-rating.commands.js';
import { writeTransaction, type Store } from '../audit/audit.js';
import { addEvidenceLink } from '../evidence/evidence-link.commands.js';
import { ConflictError } from '../http/problems.js';
import { insertMembership } from '../organisations/membership.commands.js';
import {
  createNationalOrganisationFromCli,
  createOrganisation,
} from '../organisations/organisation.commands.js';
import { createPlanItem, putSuggestionDecision, updatePlanItem } from '../plan/plan.commands.js';
import { getActionPlan } from '../plan/plan.queries.js';
import { inProcessChangeBus } from '../realtime/change-bus.js';
import { loadShippedFrameworks } from '../frameworks/load-shipped.js';
import {
  DEMO_COUNTRY,
  DEMO_CYCLES,
  DEMO_JURISDICTIONS,
  DEMO_NATIONAL_NAME,
  DEMO_PEOPLE,
  ENABLER_NOTES,
  EVIDENCE_BY_RATING,
  FOLLOW_UP_STATUSES,
  GAP_RATIONALE,
  NOT_APPLICABLE_REASON,
  OWNER_BODIES,
  RESULT_RATIONALE,
  type DemoPerson,
} from './demo-content.js';
import { indicatorTexts } from './indicator-texts.js';

export type DemoAccount = Pick<DemoPerson, 'email' | 'displayName' | 'role'> & {
  password: string;
};

export type DemoReport = {
  accounts: DemoAccount[];
  organisations: { id: string; name: string }[];
  assessments: number;
  planItems: number;
};

/** Each write a minute after the one before, from `start`: the history reads like real work. */
function clockFrom(start: string): () => Date {
  let at = Date.parse(start);
  return () => new Date((at += 60_000));
}

const NEXT_STAGE_RATINGS: readonly IndicatorStatus[] = ['met', 'partly-met', 'not-met', 'unknown'];

/** The stage an organisation reached in a sub-domain: varied, and never lower in the later cycle. */
function stageOf(organisation: number, subDomain: number, cycle: number): number {
  const base =
    1 + ((subDomain + organisation) % 3 === 0 ? 1 : 0) + (subDomain % 7 === organisation ? 1 : 0);
  return Math.min(4, base + (cycle > 0 && (subDomain + organisation) % 2 === 0 ? 1 : 0));
}

function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

function withMembership(actor: Actor, membership: Membership): Actor {
  return { ...actor, memberships: [...actor.memberships, membership] };
}

type Setting = {
  store: Store;
  framework: AssessmentFramework;
  texts: ReadonlyMap<string, string>;
  actors: Record<DemoPerson['key'], Actor>;
};

/**
 * Loads the fictional Republic of Norland: three people, the national organisation and two
 * jurisdictions, and for each two finalised cycles with ratings, evidence, agreed stages,
 * enabler notes and an action plan. Everything goes through the same commands as the app, so the
 * audit trail stays one valid chain. Refuses a database that already has the demo.
 */
export async function loadDemo(
  store: Store,
  passwordOf: (person: DemoPerson) => string = randomPassword,
): Promise<DemoReport> {
  const [first] = DEMO_PEOPLE;
  if (first && (await userRepository(store.db).findByEmail(first.email))) {
    throw new ConflictError(
      `The demo data is already loaded (there is an account for ${first.email}). ` +
        'Load it into a fresh database instead: another DATA_DIR, or an empty DATABASE_URL.',
    );
  }
  await loadShippedFrameworks(store.db);
  const setup = clockFrom('2023-01-16T09:00:00Z');

  const accounts: DemoAccount[] = [];
  const actors = {} as Record<DemoPerson['key'], Actor>;
  for (const person of DEMO_PEOPLE) {
    const password = passwordOf(person);
    const user = await createUserFromCli(
      store,
      { email: person.email, displayName: person.displayName, password, instanceRole: null },
      setup(),
    );
    actors[person.key] = { userId: user.id, instanceRole: null, memberships: [] };
    accounts.push({
      email: user.email,
      displayName: person.displayName,
      role: person.role,
      password,
    });
  }

  const national = await createNationalOrganisationFromCli(
    store,
    { kind: 'national', name: DEMO_NATIONAL_NAME, ...DEMO_COUNTRY, governmentSystem: 'federal' },
    setup(),
  );
  const join = async (organisationId: string, people: readonly DemoPerson[]) => {
    const now = setup();
    await writeTransaction(store, now, async (trx, audit) => {
      for (const person of people) {
        const membership = {
          organisationId,
          userId: actors[person.key].userId,
          role: person.role,
          capabilityScope: person.capabilityScope,
        };
        await insertMembership(trx, audit, membership, 'system:cli', now);
      }
    });
    for (const person of people) {
      actors[person.key] = withMembership(actors[person.key], {
        organisationId,
        role: person.role,
        capabilityScope: person.capabilityScope,
      });
    }
  };
  await join(national.id, DEMO_PEOPLE);

  const organisations = [{ id: national.id, name: national.name }];
  for (const name of DEMO_JURISDICTIONS) {
    // The national lead adds each state and so becomes its first lead.
    const jurisdiction = await createOrganisation(
      store,
      actors.lead,
      { kind: 'jurisdiction', parentId: national.id, name },
      setup(),
    );
    actors.lead = withMembership(actors.lead, {
      organisationId: jurisdiction.id,
      role: 'lead',
      capabilityScope: null,
    });
    await join(
      jurisdiction.id,
      DEMO_PEOPLE.filter((person) => person.key !== 'lead'),
    );
    organisations.push({ id: jurisdiction.id, name: jurisdiction.name });
  }

  const latest = await assessmentFramework(store);
  const setting: Setting = { store, ...latest, actors };
  let assessments = 0;
  let planItems = 0;
  for (const [cycle, dates] of DEMO_CYCLES.entries()) {
    const plans: { assessmentId: string; items: PlanItemView[] }[] = [];
    for (const [index, organisation] of organisations.entries()) {
      const clock = clockFrom(
        new Date(Date.parse(dates.startedAt) + index * 86_400_000).toISOString(),
      );
      const assessmentId = await assessCycle(setting, clock, {
        organisationId: organisation.id,
        name: organisation.name,
        index,
        cycle,
        year: dates.year,
      });
      const finalised = clockFrom(
        new Date(Date.parse(dates.finalisedAt) + index * 86_400_000).toISOString(),
      );
      await finaliseAssessment(context(setting, 'lead', finalised()), assessmentId, { version: 1 });
      const items = await draftPlan(setting, finalised, assessmentId, dates.year, index);
      plans.push({ assessmentId, items });
      assessments += 1;
      planItems += items.length;
    }
    if (dates.followUpAt) {
      const clock = clockFrom(dates.followUpAt);
      for (const plan of plans) {
        for (const [position, item] of plan.items.entries()) {
          const status = FOLLOW_UP_STATUSES[position % FOLLOW_UP_STATUSES.length] ?? 'done';
          await updatePlanItem(
            context(setting, 'facilitator', clock()),
            { assessmentId: plan.assessmentId, planItemId: item.id },
            updatePlanItemSchema.parse({ ...item, version: item.stamp.version, status }),
          );
        }
      }
    }
  }
  return { accounts, organisations, assessments, planItems };
}

async function assessmentFramework(store: Store) {
  const texts = await indicatorTexts(store.db);
  return { framework: await frameworkOf(store.db, texts.pinned), texts: texts.byKey };
}

function context(setting: Setting, who: DemoPerson['key'], now: Date): WriteContext {
  return { store: setting.store, changes: inProcessChangeBus(), actor: setting.actors[who], now };
}

type CycleSubject = {
  organisationId: string;
  name: string;
  index: number;
  cycle: number;
  year: number;
};

/** One cycle: details, ratings with evidence, agreed stages, enabler notes. Returns its id. */
async function assessCycle(
  setting: Setting,
  clock: () => Date,
  subject: CycleSubject,
): Promise<string> {
  const { framework } = setting;
  const { year, index, cycle } = subject;
  const created = await createAssessment(
    context(setting, 'lead', clock()),
    subject.organisationId,
    {
      title: `${subject.name.replace(' (fictional demo)', '')}: self-assessment ${year}`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      leadBody: subject.name,
      frameworkKey: framework.key,
    },
  );
  const assessmentId = created.id;
  const results: Record<string, AgreedResult> = {};

  for (const subDomain of framework.subDomains) {
    const ids = { assessmentId, subDomainKey: subDomain.key };
    if (index > 0 && subDomain.key === 'legislation') {
      results[subDomain.key] = { kind: 'not-applicable', reason: NOT_APPLICABLE_REASON };
    } else {
      const stage = stageOf(index, subDomain.number, cycle);
      const gap = (subDomain.number + index + cycle) % 5 === 0;
      const rater = subDomain.number % 2 === 0 ? 'contributor' : 'facilitator';
      for (let level = 1; level <= Math.min(stage + 1, 4); level += 1) {
        const keys = subDomain.indicators[level as 1 | 2 | 3 | 4];
        for (const [position, indicatorKey] of keys.entries()) {
          const status: IndicatorStatus =
            level > stage
              ? (NEXT_STAGE_RATINGS[(position + subDomain.number + cycle) % 4] ?? 'not-met')
              : gap && level === stage && position === keys.length - 1
                ? 'partly-met'
                : 'met';
          await putIndicatorRating(
            context(setting, rater, clock()),
            { assessmentId, indicatorKey },
            { version: null, status, evidenceText: EVIDENCE_BY_RATING[status] },
          );
        }
      }
      const [firstIndicator] = subDomain.indicatorKeys;
      if (firstIndicator) {
        await addEvidenceLink(
          context(setting, rater, clock()),
          { assessmentId, indicatorKey: firstIndicator },
          {
            url: `https://example.org/norland/${year}/${subDomain.key}`,
            label: `Working group notes ${year} (fictional)`,
          },
        );
      }
      results[subDomain.key] = {
        kind: 'stage',
        stage: stage as 1 | 2 | 3 | 4,
        rationale: gap ? GAP_RATIONALE : RESULT_RATIONALE,
      };
    }
    await putSubDomainResult(context(setting, 'facilitator', clock()), ids, {
      version: null,
      result: results[subDomain.key] ?? { kind: 'not-assessed' },
    });
  }

  const rollUp = rollUpCapabilities(results, framework.rollUp);
  for (const capabilityKey of framework.capabilityKeys) {
    const suggested = rollUp[capabilityKey].suggestedStage;
    await putCapabilityResult(
      context(setting, 'facilitator', clock()),
      { assessmentId, capabilityKey },
      {
        version: null,
        result: suggested
          ? { kind: 'stage', stage: suggested, rationale: RESULT_RATIONALE }
          : { kind: 'not-applicable', reason: NOT_APPLICABLE_REASON },
      },
    );
  }
  for (const enablerKey of framework.enablerKeys) {
    await putEnablerNote(
      context(setting, 'lead', clock()),
      { assessmentId, enablerKey },
      { version: null, note: ENABLER_NOTES[enablerKey] ?? '' },
    );
  }
  return assessmentId;
}

const PLAN_SIZE = 6;

/**
 * After sign-off the group accepts suggestions from six sub-domains, dismisses one more, and adds
 * an action of its own.
 */
async function draftPlan(
  setting: Setting,
  clock: () => Date,
  assessmentId: string,
  year: number,
  index: number,
): Promise<PlanItemView[]> {
  const plan = await getActionPlan(setting.store.db, setting.actors.lead, assessmentId);
  const seen = new Set<string>();
  const firstOfEach = plan.suggestions.filter((suggestion) => {
    if (seen.has(suggestion.subDomainKey)) return false;
    seen.add(suggestion.subDomainKey);
    return true;
  });
  const accepted = firstOfEach
    .filter((_, position) => position % 3 === index % 3)
    .slice(0, PLAN_SIZE);
  const items: PlanItemView[] = [];
  for (const [position, suggestion] of accepted.entries()) {
    const input = createPlanItemSchema.parse({
      title: (setting.texts.get(suggestion.indicatorKey) ?? suggestion.indicatorKey).slice(0, 300),
      subDomainKey: suggestion.subDomainKey,
      indicatorKeys: [suggestion.indicatorKey],
      targetStage: suggestion.targetStage,
      ownerBody: OWNER_BODIES[position % OWNER_BODIES.length],
      contact: `plan-${year}@norland.example`,
      priority: (['high', 'medium', 'low'] as const)[position % 3],
      startDate: `${year + 1}-${String(position + 1).padStart(2, '0')}-01`,
      targetDate: `${year + 1 + (position % 2)}-12-31`,
      resourcesNote: 'Within the existing budget of the owner.',
      fromSuggestion: suggestion.indicatorKey,
    });
    items.push(await createPlanItem(context(setting, 'lead', clock()), assessmentId, input));
  }
  const dismissed = firstOfEach.find((suggestion) => !accepted.includes(suggestion));
  if (dismissed) {
    await putSuggestionDecision(
      context(setting, 'facilitator', clock()),
      { assessmentId, indicatorKey: dismissed.indicatorKey },
      { version: null, dismissed: true },
    );
  }
  const own = createPlanItemSchema.parse({
    title: `Publish a summary of the ${year} self-assessment`,
    description: 'A short public summary of the agreed stages and the main actions.',
    subDomainKey: 'leadership',
    ownerBody: OWNER_BODIES[0],
    contact: `plan-${year}@norland.example`,
    priority: 'medium',
    startDate: `${year + 1}-01-15`,
    targetDate: `${year + 1}-03-31`,
  });
  items.push(await createPlanItem(context(setting, 'lead', clock()), assessmentId, own));
  return items;
}
