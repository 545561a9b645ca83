import type { ReactNode } from 'react';
import type { FieldIds } from '../../forms/use-form.js';
import type { VersionedForm } from '../../forms/use-versioned-form.js';
import { RestoredNotice, SavedStatus } from '../assessment/EditorStatus.js';
import { MergeView, type Detail } from '../MergeView.js';
import { Form } from './Form.js';
import { SubmitButton } from './SubmitButton.js';

/**
 * The frame of every form over a shared record (`useVersionedForm`): the notice of a restored
 * draft, both versions when someone else saved meanwhile, the fields, and the save button with
 * word of the last save.
 */
export function VersionedFormFrame<Value extends { text: string }>({
  editor,
  ids,
  label,
  textLabel,
  details,
  editorId,
  submitLabel,
  small = false,
  children,
}: {
  editor: VersionedForm<Value>;
  ids: FieldIds<string>;
  label: string;
  /** The name of the record's text, as the merge view shows it. */
  textLabel: string;
  details?: (value: Value) => Detail[];
  /** The text's control, where the merge view copies a version to. */
  editorId: string;
  submitLabel: ReactNode;
  small?: boolean;
  children: ReactNode;
}) {
  return (
    <Form errors={editor.errors} ids={ids} label={label} onSubmit={editor.save}>
      <RestoredNotice restoredFrom={editor.restoredFrom} />
      {editor.conflict && (
        <MergeView
          conflict={editor.conflict}
          textLabel={textLabel}
          details={details}
          editorId={editorId}
          onCopy={editor.changeText}
          onKeepYours={editor.keepYours}
          onTakeTheirs={editor.takeTheirs}
        />
      )}
      {children}
      <div className="actions actions--status">
        <SubmitButton busy={editor.busy} className={small ? 'button button--small' : 'button'}>
          {submitLabel}
        </SubmitButton>
        <SavedStatus savedAt={editor.savedAt} />
      </div>
    </Form>
  );
}
