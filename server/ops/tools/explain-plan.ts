/**
 * Reads a PostgreSQL `EXPLAIN (ANALYZE, FORMAT JSON)` result and judges it: which indexes the plan
 * used, whether it scanned a big table sequentially or sorted many rows, and how long it took.
 * Pure functions, so the rules are easy to read in one place.
 * @see https://www.postgresql.org/docs/current/using-explain.html
 */

/** The fields of a JSON plan node this module reads; PostgreSQL emits many more. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Sort Space Type'?: string;
  'Conflict Arbiter Indexes'?: string[];
  Plans?: PlanNode[];
}

export interface ExplainJson {
  Plan: PlanNode;
  'Planning Time': number;
  'Execution Time': number;
  Triggers?: { 'Trigger Name': string; 'Constraint Name'?: string; Time: number; Calls: number }[];
}

export interface PlanVerdict {
  /** Index names the plan reads (scans and ON CONFLICT arbiters), in plan order, without repeats. */
  indexes: string[];
  /** One short description per table access, e.g. `Index Only Scan using users_email_key on users`. */
  accesses: string[];
  /** Why the plan is unacceptable at scale; empty when it is fine. */
  failures: string[];
  /** Worth a look but not a failure (e.g. an index scan that filters away most of what it reads). */
  warnings: string[];
  executionMs: number;
  planningMs: number;
  /** Foreign-key triggers fired by a write (cascades), with their time. */
  triggers: string[];
}

/** A sort bigger than this many input rows, on a request path, is treated as a missing index. */
export const maxSortedRows = 1000;

export function judgePlan(
  explain: ExplainJson,
  options: { bigTables: ReadonlySet<string>; expectIndex?: string | undefined },
): PlanVerdict {
  const verdict: PlanVerdict = {
    indexes: [],
    accesses: [],
    failures: [],
    warnings: [],
    executionMs: explain['Execution Time'],
    planningMs: explain['Planning Time'],
    triggers: (explain.Triggers ?? [])
      .filter((t) => t['Constraint Name'] !== undefined)
      .map((t) => `${t['Constraint Name']} ${t.Time.toFixed(3)} ms`),
  };
  const useIndex = (name: string) => {
    if (!verdict.indexes.includes(name)) verdict.indexes.push(name);
  };

  const visit = (node: PlanNode) => {
    const type = node['Node Type'];
    const relation = node['Relation Name'];
    const index = node['Index Name'];
    const rows = (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1);
    const removed = (node['Rows Removed by Filter'] ?? 0) * (node['Actual Loops'] ?? 1);

    for (const arbiter of node['Conflict Arbiter Indexes'] ?? []) {
      useIndex(arbiter);
      verdict.accesses.push(`ON CONFLICT arbiter ${arbiter}`);
    }
    if (index !== undefined) {
      useIndex(index);
      verdict.accesses.push(
        type === 'Bitmap Index Scan'
          ? `Bitmap Index Scan on ${index}`
          : `${type}${node['Scan Direction'] === 'Backward' ? ' Backward' : ''} using ${index} on ${relation}`,
      );
    } else if (relation !== undefined && type !== 'ModifyTable' && type !== 'Bitmap Heap Scan') {
      verdict.accesses.push(`${type} on ${relation}`);
    }
    if (type === 'Seq Scan' && relation !== undefined && options.bigTables.has(relation)) {
      verdict.failures.push(`Seq Scan on ${relation}, a big table (${rows + removed} rows read)`);
    }
    if (type === 'Sort') {
      const input = node.Plans?.[0];
      const sorted = input === undefined ? 0 : (input['Actual Rows'] ?? 0) * (input['Actual Loops'] ?? 1);
      if (node['Sort Space Type'] === 'Disk') verdict.failures.push(`Sort spilled to disk (${sorted} rows)`);
      else if (sorted > maxSortedRows) verdict.failures.push(`Sort of ${sorted} rows`);
    }
    if (removed > 1000 && removed > 10 * rows) {
      verdict.warnings.push(`${type} on ${relation ?? '?'} discarded ${removed} rows to return ${rows}`);
    }
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(explain.Plan);

  if (options.expectIndex !== undefined && !verdict.indexes.includes(options.expectIndex)) {
    verdict.failures.push(`expected index ${options.expectIndex} is not used`);
  }
  return verdict;
}

/** `12.345 ms` with a sensible number of digits. */
export function formatMs(ms: number): string {
  return `${ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0)} ms`;
}
