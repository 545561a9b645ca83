import { z } from 'zod';
import type { AppInstance } from '../app.js';
import { requireSignedIn } from '../access/require-access.js';
import { countryList } from './countries.js';

export function referenceRoutes(app: AppInstance): void {
  app.get(
    '/api/reference/countries',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['organisations'],
        summary: 'ISO 3166 countries with names in a language, sorted by name',
        querystring: z.object({ locale: z.string().max(35).optional() }),
        response: { 200: z.array(z.object({ code: z.string(), name: z.string() })) },
      },
    },
    (request) => {
      requireSignedIn(request.auth?.actor ?? null);
      return countryList(request.query.locale);
    },
  );
}
