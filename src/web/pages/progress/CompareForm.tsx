import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProgressCycle } from '../../../domain/assessment/api/index.js';
import { SelectField } from '../../components/form/SelectField.js';
import { useCycleLabel } from './cycle-label.js';
import { comparePath } from './progress.api.js';

/** Choose any two cycles; by default the last two, oldest first. */
export function CompareForm({
  organisationId,
  cycles,
}: {
  organisationId: string;
  cycles: readonly ProgressCycle[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cycleLabel = useCycleLabel();
  const [earlier, setEarlier] = useState(cycles.at(-2)?.id ?? '');
  const [later, setLater] = useState(cycles.at(-1)?.id ?? '');
  const [error, setError] = useState<string>();
  const options = cycles.map((cycle) => ({ value: cycle.id, label: cycleLabel(cycle) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (earlier === later) {
      setError(t('progress.compareSame'));
      return;
    }
    void navigate(comparePath(organisationId, earlier, later));
  }

  return (
    <section className="section panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('progress.compareHeading')}</h2>
      <p>{t('progress.compareIntro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <SelectField
          id="compare-earlier"
          label={t('progress.earlier')}
          value={earlier}
          options={options}
          onValueChange={(value) => {
            setEarlier(value);
            setError(undefined);
          }}
        />
        <SelectField
          id="compare-later"
          label={t('progress.later')}
          value={later}
          error={error}
          options={options}
          onValueChange={(value) => {
            setLater(value);
            setError(undefined);
          }}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t('progress.compare')}
          </button>
        </div>
      </form>
    </section>
  );
}
