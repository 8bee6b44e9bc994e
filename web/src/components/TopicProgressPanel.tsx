import { describeError, isStaleVersion } from '../api/errors';
import type { Progress, Topic } from '../api/types';
import { useSetTopicStatus } from '../progress/useSetTopicStatus';
import { NoteEditor } from './NoteEditor';
import { Notice } from './Notice';
import { StatusControl } from './StatusControl';

/** Status and note of a topic, for a signed-in learner. */
export function TopicProgressPanel({ topic, progress }: { topic: Topic; progress: Progress }) {
  const setStatus = useSetTopicStatus(topic.slug, 'topic-page');
  return (
    <section className="card progress-panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Your progress</h2>
      <StatusControl
        name="status"
        label={topic.title}
        value={progress.status}
        onChange={(status) => setStatus.mutate({ status, previous: progress.status })}
      />
      {setStatus.isError && (
        <Notice tone={isStaleVersion(setStatus.error) ? 'warning' : 'error'}>
          {isStaleVersion(setStatus.error)
            ? 'This topic was changed in another tab — reloaded. Pick the status again.'
            : `Status not saved: ${describeError(setStatus.error)}`}
        </Notice>
      )}
      <NoteEditor key={topic.slug} slug={topic.slug} progress={progress} />
    </section>
  );
}
