import { z } from 'zod';
import {
  sessionUserSchema,
  sessionViewSchema,
  type PasswordReset,
  type SetupRequest,
  type SignInRequest,
} from '../../domain/accounts/index.js';
import { readSession, send, sendJson } from '../api/client.js';

/** Each call that changes who is signed in answers with the session as it is afterwards. */
export const sessionApi = {
  signIn: (body: SignInRequest) => sendJson('POST', '/api/session', body, sessionViewSchema),
  signOut: () => send('DELETE', '/api/session').then(readSession),
  signOutEverywhere: () => send('DELETE', '/api/sessions').then(readSession),
  completeSetup: (body: SetupRequest) =>
    sendJson('POST', '/api/setup', body, z.object({ user: sessionUserSchema })).then(readSession),
  requestPasswordReset: (body: { email: string }) =>
    send('POST', '/api/password-reset/request', body),
  resetPassword: (body: PasswordReset) =>
    send('POST', '/api/password-reset', body).then(readSession),
};
