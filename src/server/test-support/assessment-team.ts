import type { LightMyRequestResponse } from 'fastify';
import type { AppInstance } from '../app.js';
import {
  addMember,
  createOrganisation,
  createSession,
  createUser,
  type TestSession,
} from './factories.js';
import { send, type TestRequest } from './requests.js';

export type Role = 'lead' | 'facilitator' | 'contributor' | 'observer' | 'outsider';

export type Team = {
  organisationId: string;
  sessions: Record<Role, TestSession>;
  /** Sends a request as one of the team. */
  as: (role: Role, request: TestRequest) => Promise<LightMyRequestResponse>;
  /** Starts an assessment through the API as the lead and returns its id. */
  startAssessment: (extra?: Record<string, unknown>) => Promise<string>;
};

export const ASSESSMENT_DETAILS = {
  title: 'National self-assessment 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  leadBody: 'Ministry of Justice',
};

/**
 * An organisation with a member of each role (the contributor limited to the victim
 * capability) and a lead of another organisation, each signed in.
 */
export async function createTeam(app: AppInstance): Promise<Team> {
  const db = app.db;
  const organisation = await createOrganisation(db);
  const member = async (role: Exclude<Role, 'outsider'>) => {
    const user = await createUser(db);
    await addMember(db, organisation.id, user.id, role, role === 'contributor' ? ['victim'] : null);
    return createSession(db, user.id);
  };
  const outsider = await createUser(db);
  await addMember(db, (await createOrganisation(db)).id, outsider.id, 'lead');
  const sessions: Record<Role, TestSession> = {
    lead: await member('lead'),
    facilitator: await member('facilitator'),
    contributor: await member('contributor'),
    observer: await member('observer'),
    outsider: await createSession(db, outsider.id),
  };
  const as = (role: Role, request: TestRequest) => send(app, sessions[role], request);
  return {
    organisationId: organisation.id,
    sessions,
    as,
    startAssessment: async (extra = {}) => {
      const response = await as('lead', {
        method: 'POST',
        url: `/api/organisations/${organisation.id}/assessments`,
        payload: { ...ASSESSMENT_DETAILS, ...extra },
      });
      if (response.statusCode !== 201) throw new Error(`could not start: ${response.body}`);
      return (response.json() as { id: string }).id;
    },
  };
}
