import { useTranslation } from 'react-i18next';
import { acceptInviteSchema } from '../../../domain/accounts/index.js';
import { Form } from '../../components/form/Form.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { useForm } from '../../forms/use-form.js';
import { useAcceptInvite } from './use-accept-invite.js';

const ids = {};

/** The invited person is signed in with their existing account: one button joins. */
export function AcceptAsSignedIn({ token, organisation }: { token: string; organisation: string }) {
  const { t } = useTranslation();
  const accept = useAcceptInvite(organisation);
  const form = useForm({
    schema: acceptInviteSchema,
    ids,
    messages: { token: t('validation.incompleteLink') },
    onValid: accept,
  });
  return (
    <Form errors={form.errors} ids={ids} onSubmit={() => void form.submit({ token })}>
      <SubmitButton busy={form.busy}>{t('invite.accept')}</SubmitButton>
    </Form>
  );
}
