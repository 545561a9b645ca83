import { z } from 'zod';
import { localeTextSchema } from './locale-text.js';
import {
  MNR_CAPABILITIES,
  STAGE_KEYS,
  SUB_DOMAIN_KEYS,
  subDomainNumber,
  type CapabilityKey,
  type SubDomainKey,
} from './mnr-structure.js';

const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const indicatorSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+\.[1-4]\.[1-9][0-9]*$/, 'must look like "leadership.2.3"'),
  text: localeTextSchema,
  guidance: localeTextSchema.optional(),
});

export const subDomainStageSchema = z.strictObject({
  summary: localeTextSchema,
  indicators: z.array(indicatorSchema).min(1, 'each stage needs at least one indicator'),
});

const stagesObjectShape = Object.fromEntries(
  STAGE_KEYS.map((stage) => [stage, subDomainStageSchema]),
) as Record<(typeof STAGE_KEYS)[number], typeof subDomainStageSchema>;

export const subDomainSchema = z.strictObject({
  number: z.number().int().min(1).max(21),
  key: keySchema,
  title: localeTextSchema,
  description: localeTextSchema,
  dependsOn: z.array(keySchema).default([]),
  stages: z.strictObject(stagesObjectShape),
});

export const capabilitySchema = z.strictObject({
  key: keySchema,
  title: localeTextSchema,
  description: localeTextSchema,
  subDomains: z.array(subDomainSchema).min(1),
});

export const stageDefinitionSchema = z.strictObject({
  number: z.number().int().min(1).max(4),
  key: z.enum(STAGE_KEYS),
  title: localeTextSchema,
  description: localeTextSchema,
});

export const enablerSchema = z.strictObject({
  key: keySchema,
  title: localeTextSchema,
  description: localeTextSchema,
});

/** How a capability's suggested stage is derived from its sub-domains' agreed stages. */
export const ROLL_UP_RULES = ['lowest', 'median'] as const;
export const rollUpRuleSchema = z.enum(ROLL_UP_RULES);
export type RollUpRule = z.infer<typeof rollUpRuleSchema>;

const frameworkShape = z.strictObject({
  $schema: z.string().optional(),
  key: keySchema,
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/, 'must be a version such as "2026.1"'),
  title: localeTextSchema,
  description: localeTextSchema,
  source: localeTextSchema.optional(),
  rollUp: rollUpRuleSchema.default('lowest'),
  stages: z.array(stageDefinitionSchema).length(4, 'the MNR has exactly four stages'),
  capabilities: z.array(capabilitySchema),
  enablers: z.array(enablerSchema).min(1),
});

type FrameworkShape = z.infer<typeof frameworkShape>;
type Issue = { path: (string | number)[]; message: string };

function checkStages(framework: FrameworkShape, issues: Issue[]): void {
  framework.stages.forEach((stage, index) => {
    const expected = STAGE_KEYS[index];
    if (stage.key !== expected || stage.number !== index + 1) {
      issues.push({
        path: ['stages', index],
        message: `stage ${index + 1} must be "${expected}" with number ${index + 1}`,
      });
    }
  });
}

function checkCapabilities(framework: FrameworkShape, issues: Issue[]): void {
  const seen = new Set<string>();
  framework.capabilities.forEach((capability, index) => {
    const path = ['capabilities', index, 'key'];
    if (!(capability.key in MNR_CAPABILITIES)) {
      issues.push({ path, message: `unknown capability "${capability.key}"` });
      return;
    }
    if (seen.has(capability.key)) {
      issues.push({ path, message: `duplicate capability key "${capability.key}"` });
    }
    seen.add(capability.key);
  });
  for (const key of Object.keys(MNR_CAPABILITIES)) {
    if (!seen.has(key))
      issues.push({ path: ['capabilities'], message: `capability "${key}" is missing` });
  }
}

function checkSubDomains(framework: FrameworkShape, issues: Issue[]): void {
  const seen = new Set<string>();
  const indicatorKeys = new Set<string>();
  framework.capabilities.forEach((capability, c) => {
    const expected = (MNR_CAPABILITIES[capability.key as CapabilityKey] ?? []) as readonly string[];
    capability.subDomains.forEach((subDomain, s) => {
      const path = ['capabilities', c, 'subDomains', s];
      if (!(SUB_DOMAIN_KEYS as readonly string[]).includes(subDomain.key)) {
        issues.push({ path: [...path, 'key'], message: `unknown sub-domain "${subDomain.key}"` });
        return;
      }
      if (seen.has(subDomain.key)) {
        issues.push({
          path: [...path, 'key'],
          message: `duplicate sub-domain key "${subDomain.key}"`,
        });
      }
      seen.add(subDomain.key);
      if (expected.length > 0 && !expected.includes(subDomain.key)) {
        issues.push({
          path: [...path, 'key'],
          message: `sub-domain "${subDomain.key}" does not belong to capability "${capability.key}"`,
        });
      }
      const number = subDomainNumber(subDomain.key as SubDomainKey);
      if (subDomain.number !== number) {
        issues.push({
          path: [...path, 'number'],
          message: `sub-domain "${subDomain.key}" is number ${number}, not ${subDomain.number}`,
        });
      }
      subDomain.dependsOn.forEach((dependency, d) => {
        if (
          !(SUB_DOMAIN_KEYS as readonly string[]).includes(dependency) ||
          dependency === subDomain.key
        ) {
          issues.push({
            path: [...path, 'dependsOn', d],
            message: `"${dependency}" is not another sub-domain of the MNR`,
          });
        }
      });
      STAGE_KEYS.forEach((stage, stageIndex) => {
        subDomain.stages[stage].indicators.forEach((indicator, i) => {
          const indicatorPath = [...path, 'stages', stage, 'indicators', i, 'key'];
          const prefix = `${subDomain.key}.${stageIndex + 1}.`;
          if (!indicator.key.startsWith(prefix)) {
            issues.push({
              path: indicatorPath,
              message: `indicator key must start with "${prefix}"`,
            });
          }
          if (indicatorKeys.has(indicator.key)) {
            issues.push({
              path: indicatorPath,
              message: `duplicate indicator key "${indicator.key}"`,
            });
          }
          indicatorKeys.add(indicator.key);
        });
      });
    });
  });
  for (const key of SUB_DOMAIN_KEYS) {
    if (!seen.has(key))
      issues.push({ path: ['capabilities'], message: `sub-domain "${key}" is missing` });
  }
}

function checkEnablers(framework: FrameworkShape, issues: Issue[]): void {
  const seen = new Set<string>();
  framework.enablers.forEach((enabler, index) => {
    if (seen.has(enabler.key)) {
      issues.push({
        path: ['enablers', index, 'key'],
        message: `duplicate enabler key "${enabler.key}"`,
      });
    }
    seen.add(enabler.key);
  });
}

/**
 * A framework file: the MNR's fixed structure (keys, numbers, stages) with wording, indicators,
 * dependencies and enablers supplied as data.
 */
export const frameworkSchema = frameworkShape.superRefine((framework, context) => {
  const issues: Issue[] = [];
  checkStages(framework, issues);
  checkCapabilities(framework, issues);
  checkSubDomains(framework, issues);
  checkEnablers(framework, issues);
  for (const issue of issues) context.addIssue({ code: 'custom', ...issue });
});

export type Framework = z.infer<typeof frameworkSchema>;
export type Capability = Framework['capabilities'][number];
export type SubDomain = Capability['subDomains'][number];
export type SubDomainStage = SubDomain['stages'][(typeof STAGE_KEYS)[number]];
export type Indicator = SubDomainStage['indicators'][number];
export type Enabler = Framework['enablers'][number];
