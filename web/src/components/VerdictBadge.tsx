import type { Verdict } from '../api/types';
import { verdictInfo } from '../judge/verdicts';

/** A verdict's short name in its colour; the full name is the tooltip and the accessible name. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const info = verdictInfo[verdict];
  return (
    <abbr className={`verdict verdict-${info.tone}`} title={info.name}>
      {verdict}
    </abbr>
  );
}
