import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { toggled } from '../../organisations/capability-scope.js';
import { useCapabilityTitles } from '../../organisations/use-capability-titles.js';

/** Which capabilities a contributor may change: any of the six, or (none ticked) all of them. */
export function CapabilityScopeField({
  id,
  ticked,
  onChange,
  error,
}: {
  id: string;
  ticked: readonly string[];
  onChange: (ticked: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const capabilities = useCapabilityTitles();
  return (
    <ChoiceGroup
      id={id}
      type="checkbox"
      legend={t('fields.capabilityScope')}
      hint={t('fields.capabilityScopeHint')}
      choices={capabilities.keys.map((key) => ({ value: key, label: capabilities.title(key) }))}
      selected={ticked}
      onToggle={(value) => onChange(toggled(ticked, value))}
      error={error}
    />
  );
}
