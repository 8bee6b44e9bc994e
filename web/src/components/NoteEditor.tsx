import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { describeError, isStaleVersion } from '../api/errors';
import type { Progress } from '../api/types';
import { maxNoteLength, useSaveNote } from '../progress/useSaveNote';
import { Notice } from './Notice';

interface NoteEditorProps {
  slug: string;
  progress: Progress;
}

const numberFormat = new Intl.NumberFormat('en');

/** Unsaved text, and the saved note it was written over (to notice when that changes elsewhere). */
interface Draft {
  text: string;
  basedOn: string;
}

/**
 * The learner's note on a topic. What they type is a draft kept apart from the saved note, so that a
 * reload of the saved note (a refetch, or the re-read after a 412) never wipes their text.
 *
 * A change made elsewhere shows up either as a 412 on save, or earlier, when a refetch brings a saved
 * note that differs from the one the draft was written over. Either way the learner is told before
 * their next save overwrites it. A status change made on this page bumps the version but leaves the
 * note alone, so it is no conflict.
 */
export function NoteEditor({ slug, progress }: NoteEditorProps) {
  const id = useId();
  const saveNote = useSaveNote(slug);
  const [draft, setDraft] = useState<Draft | null>(null);
  const text = draft?.text ?? progress.note;
  const dirty = draft !== null && draft.text !== progress.note;
  const tooLong = text.length > maxNoteLength;
  const changedElsewhere = draft !== null && draft.basedOn !== progress.note;
  const conflict = isStaleVersion(saveNote.error) || (dirty && changedElsewhere);

  // Closing the tab with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const edit = (value: string) =>
    setDraft((current) => ({ text: value, basedOn: current?.basedOn ?? progress.note }));

  const save = () => {
    if (!dirty || tooLong || saveNote.isPending) return;
    const saved = text;
    saveNote.mutate(saved, {
      // Text typed while the save was in flight stays a draft, now written over what was just saved.
      onSuccess: () =>
        setDraft((current) =>
          current === null || current.text === saved ? null : { ...current, basedOn: saved },
        ),
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 's') {
      event.preventDefault();
      save();
    }
  };

  return (
    <form className="note-editor" onSubmit={onSubmit}>
      <label htmlFor={id} className="note-label">
        Your note
      </label>
      {conflict && (
        <Notice tone="warning">
          <p>
            This topic was changed in another tab — reloaded; your text is kept below. Save again to keep it.
          </p>
          {progress.note !== '' && (
            <details>
              <summary>Show the note saved in the other tab</summary>
              <pre className="note-other">{progress.note}</pre>
            </details>
          )}
        </Notice>
      )}
      {saveNote.isError && !conflict && (
        <Notice tone="error">Not saved: {describeError(saveNote.error)}</Notice>
      )}
      <textarea
        id={id}
        value={text}
        onChange={(event) => edit(event.target.value)}
        onKeyDown={onKeyDown}
        rows={10}
        placeholder="What clicked, what did not, links worth keeping… (Markdown is fine)"
        aria-describedby={`${id}-count`}
        aria-invalid={tooLong}
      />
      <div className="note-footer">
        <span id={`${id}-count`} className={tooLong ? 'note-count note-count-over' : 'note-count'}>
          {numberFormat.format(text.length)} / {numberFormat.format(maxNoteLength)}
        </span>
        <SaveState
          dirty={dirty}
          saving={saveNote.isPending}
          justSaved={saveNote.isSuccess}
          progress={progress}
        />
        <button type="submit" className="button" disabled={!dirty || tooLong || saveNote.isPending}>
          {saveNote.isPending ? 'Saving…' : 'Save note'}
        </button>
      </div>
    </form>
  );
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function SaveState(props: { dirty: boolean; saving: boolean; justSaved: boolean; progress: Progress }) {
  const { dirty, saving, justSaved, progress } = props;
  let message = '';
  if (saving) message = 'Saving…';
  else if (dirty) message = 'Unsaved changes';
  else if (justSaved) message = '✓ Saved';
  else if (progress.updatedAt !== null)
    message = `Last updated ${timeFormat.format(new Date(progress.updatedAt))}`;
  return (
    <span className={dirty ? 'save-state save-state-dirty' : 'save-state'} aria-live="polite">
      {message}
    </span>
  );
}
