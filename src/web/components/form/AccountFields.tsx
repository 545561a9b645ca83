import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../domain/accounts/index.js';
import { TextField } from './TextField.js';

type Props = {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
};

/** The fields every account form asks for, worded and set up for password managers the same way. */
export function EmailField(props: Props) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      label={t('fields.email')}
      type="email"
      autoComplete="username"
      spellCheck={false}
    />
  );
}

export function DisplayNameField(props: Props) {
  const { t } = useTranslation();
  return <TextField {...props} label={t('fields.displayName')} autoComplete="name" />;
}

export function NewPasswordField(props: Props) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      label={t('fields.newPassword')}
      hint={t('fields.newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
      type="password"
      autoComplete="new-password"
    />
  );
}
