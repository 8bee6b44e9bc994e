import type { RoadmapSession } from '../api/types';
import { ProgressBar } from './ProgressBar';
import { WeekCard } from './WeekCard';

export function SessionSection({ session, canTrack }: { session: RoadmapSession; canTrack: boolean }) {
  const headingId = `session-${session.slug}`;
  return (
    <section className="session" aria-labelledby={headingId}>
      <header className="session-header">
        <p className="eyebrow">{session.label}</p>
        <h2 id={headingId}>{session.title}</h2>
        <p className="lead">{session.summary}</p>
        {canTrack && <ProgressBar completion={session.completion} label={`${session.label} progress`} />}
      </header>
      {session.weeks.length === 0 ? (
        <p className="muted">No weeks in this session yet.</p>
      ) : (
        <div className="week-list">
          {session.weeks.map((week) => (
            <WeekCard key={week.slug} week={week} canTrack={canTrack} />
          ))}
        </div>
      )}
    </section>
  );
}
