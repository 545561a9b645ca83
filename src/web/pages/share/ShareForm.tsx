import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkView } from '../../../domain/framework/index.js';
import {
  createSubmissionSchema,
  EXCHANGE_INTERESTS,
  SHARING_SCOPES,
  type AssessmentSharing,
  type ExchangeInterest,
  type SharingScope,
} from '../../../domain/sharing/index.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { Form } from '../../components/form/Form.js';
import { SelectField } from '../../components/form/SelectField.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextField } from '../../components/form/TextField.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { sharingApi } from './sharing.api.js';

const ids = fieldIds('share', [
  'scope',
  'cycle',
  'exchange',
  'contact',
  'knowledgeExchange',
  'confirmed',
]);

/**
 * The lead chooses what to share and with whom to be put in touch, then confirms the consent
 * statement; the server records them as giving consent, now.
 */
export function ShareForm({
  assessmentId,
  sharing,
  framework,
  onShared,
}: {
  assessmentId: string;
  sharing: AssessmentSharing;
  framework: FrameworkView;
  onShared: () => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [scope, setScope] = useState<SharingScope>('stages');
  const [cycle, setCycle] = useState(sharing.defaults.cycle);
  const [exchange, setExchange] = useState<Record<string, ExchangeInterest>>({});
  const [contact, setContact] = useState(sharing.defaults.contact);
  const [knowledgeExchange, setKnowledgeExchange] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const form = useForm({
    schema: createSubmissionSchema,
    ids,
    messages: {
      scope: t('sharing.validation.scope'),
      cycle: t('sharing.validation.cycle'),
      contact: t('sharing.validation.contact'),
      confirmed: t('sharing.validation.confirmed'),
    },
    onValid: async (input) => {
      await sharingApi.create(assessmentId, input);
      setConfirmed(false);
      onShared();
    },
  });
  const interestOptions = EXCHANGE_INTERESTS.map((value) => ({
    value,
    label: t(`sharing.interest.${value}`),
  }));

  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={t('sharing.formLabel')}
      onSubmit={() =>
        void form.submit({
          scope,
          cycle,
          knowledgeExchange,
          exchange,
          contact,
          confirmed: confirmed as true,
        })
      }
    >
      <ChoiceGroup
        id={ids.scope}
        type="radio"
        legend={t('sharing.scope.legend')}
        choices={SHARING_SCOPES.map((value) => ({
          value,
          label: t(`sharing.scope.${value}`),
          hint: t(`sharing.scope.${value}Hint`),
        }))}
        selected={[scope]}
        onToggle={(value) => setScope(value as SharingScope)}
        error={fieldError(form.errors, 'scope')}
      />
      <TextField
        id={ids.cycle}
        label={t('sharing.cycle')}
        hint={t('sharing.cycleHint')}
        value={cycle}
        onValueChange={setCycle}
        error={fieldError(form.errors, 'cycle')}
      />
      <section className="section" aria-labelledby="share-exchange-heading">
        <h3 id="share-exchange-heading">{t('sharing.exchangeHeading')}</h3>
        <p id={ids.exchange}>{t('sharing.exchangeIntro')}</p>
        {framework.capabilities.map((capability) => (
          <fieldset className="field share-exchange" key={capability.key}>
            <legend className="field__label">{localize(capability.title)}</legend>
            {capability.subDomains.map((subDomain) => (
              <SelectField
                key={subDomain.key}
                id={`share-exchange-${subDomain.key}`}
                label={t('sharing.subDomainLabel', {
                  number: subDomain.number,
                  title: localize(subDomain.title),
                })}
                value={exchange[subDomain.key] ?? 'none'}
                options={interestOptions}
                onValueChange={(value) =>
                  setExchange((current) => ({
                    ...current,
                    [subDomain.key]: value as ExchangeInterest,
                  }))
                }
              />
            ))}
          </fieldset>
        ))}
      </section>
      <fieldset className="field">
        <legend className="field__label">{t('sharing.contactLegend')}</legend>
        <p className="field__hint">{t('sharing.contactHint')}</p>
        <TextField
          id={ids.contact}
          label={t('sharing.contactName')}
          autoComplete="name"
          value={contact.name}
          onValueChange={(name) => setContact((current) => ({ ...current, name }))}
          error={fieldError(form.errors, 'contact')}
        />
        <TextField
          id="share-contact-email"
          type="email"
          label={t('sharing.contactEmail')}
          autoComplete="email"
          value={contact.email}
          onValueChange={(email) => setContact((current) => ({ ...current, email }))}
        />
        <TextField
          id="share-contact-organisation"
          label={t('sharing.contactOrganisation')}
          autoComplete="organization"
          value={contact.organisation}
          onValueChange={(organisation) => setContact((current) => ({ ...current, organisation }))}
        />
      </fieldset>
      <ChoiceGroup
        id={ids.knowledgeExchange}
        type="checkbox"
        legend={t('sharing.knowledgeExchangeLegend')}
        choices={[{ value: 'yes', label: t('sharing.knowledgeExchange') }]}
        selected={knowledgeExchange ? ['yes'] : []}
        onToggle={() => setKnowledgeExchange((value) => !value)}
      />
      <ChoiceGroup
        id={ids.confirmed}
        type="checkbox"
        legend={t('sharing.consentLegend')}
        hint={t('sharing.consentStatement')}
        choices={[{ value: 'yes', label: t('sharing.consentConfirm') }]}
        selected={confirmed ? ['yes'] : []}
        onToggle={() => setConfirmed((value) => !value)}
        error={fieldError(form.errors, 'confirmed')}
      />
      <SubmitButton busy={form.busy}>{t('sharing.submit')}</SubmitButton>
    </Form>
  );
}
