import { z } from 'zod';
import { requireSignedIn } from '../access/require-access.js';
import type { AppInstance } from '../app.js';
import { requireCountryCode } from '../organisations/countries.js';
import { countryClassificationSchema } from '../../domain/organisations/index.js';
import { classificationOf } from './classification.js';

export function classificationRoutes(app: AppInstance): void {
  app.get(
    '/api/reference/countries/:countryCode/classification',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['organisations'],
        summary:
          "A country's UN M49 region and sub-region and World Bank income group, to prefill an organisation's profile",
        params: z.object({ countryCode: z.string().trim().toUpperCase() }),
        response: { 200: countryClassificationSchema },
      },
    },
    (request) => {
      requireSignedIn(request.auth?.actor ?? null);
      return classificationOf(requireCountryCode(request.params.countryCode));
    },
  );
}
