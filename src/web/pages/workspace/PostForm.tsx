import { useTranslation } from 'react-i18next';
import { addDiscussionPostSchema } from '../../../domain/assessment/api/index.js';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { Form } from '../../components/form/Form.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextArea } from '../../components/form/TextArea.js';
import { useDraftKey } from '../../drafts/use-draft-key.js';
import { useDraftText } from '../../drafts/use-draft-text.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';

const ids = fieldIds('new-post', ['body']);

/** A new message in the sub-domain's discussion, kept as a draft until it is posted. */
export function PostForm({
  assessmentId,
  subDomainKey,
  onPosted,
}: {
  assessmentId: string;
  subDomainKey: string;
  onPosted: () => void;
}) {
  const { t } = useTranslation();
  const draft = useDraftText(useDraftKey(assessmentId, `post:${subDomainKey}`));
  const form = useForm({
    schema: addDiscussionPostSchema,
    ids,
    messages: { body: t('validation.post') },
    onValid: async (post) => {
      await workspaceApi.addPost(assessmentId, subDomainKey, post);
      draft.clear();
      onPosted();
    },
  });
  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={t('discussion.formLabel')}
      onSubmit={() => void form.submit({ body: draft.text })}
    >
      <TextArea
        id={ids.body}
        label={t('discussion.message')}
        value={draft.text}
        onValueChange={draft.change}
        error={fieldError(form.errors, 'body')}
      />
      <SubmitButton busy={form.busy}>{t('discussion.post')}</SubmitButton>
    </Form>
  );
}
