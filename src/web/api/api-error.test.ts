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
});
