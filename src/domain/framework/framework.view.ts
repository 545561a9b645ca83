import { z } from 'zod';
import { localeTextSchema } from './locale-text.js';
import { rollUpRuleSchema, type Framework } from './framework.schema.js';
import { STAGE_KEYS, stageNumber } from './mnr-structure.js';

/**
 * The framework as the API and the browser see it: stages as an ordered list, each item carrying
 * its key, so clients never depend on object key order.
 */
const indicatorViewSchema = z.object({
  key: z.string(),
  text: localeTextSchema,
  guidance: localeTextSchema.optional(),
});

const subDomainStageViewSchema = z.object({
  key: z.enum(STAGE_KEYS),
  number: z.number().int(),
  summary: localeTextSchema,
  indicators: z.array(indicatorViewSchema),
});

const subDomainViewSchema = z.object({
  key: z.string(),
  number: z.number().int(),
  title: localeTextSchema,
  description: localeTextSchema,
  dependsOn: z.array(z.string()),
  stages: z.array(subDomainStageViewSchema),
});

export const frameworkSummarySchema = z.object({
  key: z.string(),
  version: z.string(),
  title: localeTextSchema,
  checksum: z.string(),
  loadedAt: z.string(),
});

export const frameworkViewSchema = frameworkSummarySchema.extend({
  description: localeTextSchema,
  source: localeTextSchema.optional(),
  rollUp: rollUpRuleSchema,
  stages: z.array(
    z.object({
      key: z.enum(STAGE_KEYS),
      number: z.number().int(),
      title: localeTextSchema,
      description: localeTextSchema,
    }),
  ),
  capabilities: z.array(
    z.object({
      key: z.string(),
      title: localeTextSchema,
      description: localeTextSchema,
      subDomains: z.array(subDomainViewSchema),
    }),
  ),
  enablers: z.array(
    z.object({ key: z.string(), title: localeTextSchema, description: localeTextSchema }),
  ),
});

export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;
export type FrameworkView = z.infer<typeof frameworkViewSchema>;
export type SubDomainView = z.infer<typeof subDomainViewSchema>;

export function presentFramework(
  framework: Framework,
  stored: { checksum: string; loadedAt: string },
): FrameworkView {
  return {
    key: framework.key,
    version: framework.version,
    title: framework.title,
    description: framework.description,
    ...(framework.source ? { source: framework.source } : {}),
    rollUp: framework.rollUp,
    checksum: stored.checksum,
    loadedAt: stored.loadedAt,
    stages: framework.stages,
    capabilities: framework.capabilities.map((capability) => ({
      key: capability.key,
      title: capability.title,
      description: capability.description,
      subDomains: capability.subDomains.map((subDomain) => ({
        key: subDomain.key,
        number: subDomain.number,
        title: subDomain.title,
        description: subDomain.description,
        dependsOn: subDomain.dependsOn,
        stages: STAGE_KEYS.map((key) => ({
          key,
          number: stageNumber(key),
          summary: subDomain.stages[key].summary,
          indicators: subDomain.stages[key].indicators,
        })),
      })),
    })),
    enablers: framework.enablers,
  };
}
