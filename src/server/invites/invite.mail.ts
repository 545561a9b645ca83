import type { OrganisationRole } from '../../domain/access/index.js';
import type { Mail } from '../mail/mailer.js';
import { formatUtc } from '../shared/time.js';

const ROLE_NAMES: Record<OrganisationRole, string> = {
  lead: 'a lead',
  facilitator: 'a facilitator',
  contributor: 'a contributor',
  observer: 'an observer',
};

export function inviteMail(invite: {
  email: string;
  role: OrganisationRole;
  organisationName: string;
  inviterName: string;
  link: string;
  expiresAt: string;
}): Mail {
  return {
    to: invite.email,
    subject: `Invitation to ${invite.organisationName} on MNR Self-Assessment`,
    text:
      `${invite.inviterName} invited you to take part in the self-assessment of ` +
      `${invite.organisationName} as ${ROLE_NAMES[invite.role]}, against the Model National ` +
      `Response Maturity Model.\n\nTo accept, open this link:\n\n${invite.link}\n\n` +
      `The link works once and expires on ${formatUtc(invite.expiresAt)}. If you did not expect ` +
      `this invitation, ignore this email.\n`,
  };
}
