import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from './api-error.js';

describe('apiErrorFromResponse', () => {
  it('keeps the detail of a problem response for the person reading it', () => {
    const error = apiErrorFromResponse(404, {
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'There is no framework "xyz".',
      instance: '/api/frameworks/xyz',
    });
    expect(error).toMatchObject({
      kind: 'problem',
      status: 404,
      detail: 'There is no framework "xyz".',
    });
  });

  it('treats a body that is not a problem as an unexpected response', () => {
    expect(apiErrorFromResponse(502, null)).toMatchObject({
      kind: 'unexpected-response',
      status: 502,
      detail: undefined,
    });
    expect(apiErrorFromResponse(500, { message: 'boom' }).kind).toBe('unexpected-response');
  });

  it('does not show an empty detail', () => {
    const body = { type: '/problems/x', title: 'X', status: 400, detail: '' };
    expect(apiErrorFromResponse(400, body).kind).toBe('unexpected-response');
  });

  it('ties messages about body members to those members, the first message of each', () => {
    const error = apiErrorFromResponse(422, {
      type: '/problems/unprocessable',
      title: 'The request cannot be processed',
      status: 422,
      detail: 'This is one of the most common passwords.',
      errors: [
        { path: 'body.password', message: 'This is one of the most common passwords.' },
        { path: 'body.password', message: 'A second opinion.' },
        { path: 'body.capabilityScope.0', message: 'Not a capability.' },
        { path: 'querystring.locale', message: 'Too long.' },
      ],
    });
    expect(error.fieldErrors).toEqual({
      password: 'This is one of the most common passwords.',
      capabilityScope: 'Not a capability.',
    });
  });

  it('keeps the members beyond the standard ones, such as the current state on a conflict', () => {
    const error = apiErrorFromResponse(409, {
      type: '/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'Changed by someone else.',
      current: { version: 3 },
    });
    expect(error.problem.current).toEqual({ version: 3 });
  });
});
