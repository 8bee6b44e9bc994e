/**
 * The curriculum's own quality bar, checked on the real content. A topic with a `reviewed` date
 * claims the full standard (a 300–700-word lesson, 3–6 objectives, ≥ 3 primary sources, versions),
 * and since every topic reached it, every topic must carry the date. The count written in
 * docs/curriculum-map.md must be the true one. The corrections of issue 20 are pinned so they cannot
 * silently come back.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPaths } from '../../infra/paths.js';
import { loadRoadmapContent, type SessionContent, type TopicContent } from './content.js';

/**
 * Hosts of primary sources: standards bodies, the projects' own manuals, the papers' authors.
 * A new host is added here on purpose, after checking that it is the primary source.
 */
const primaryHosts = new Set([
  'www.rfc-editor.org',
  'datatracker.ietf.org',
  'docs.python.org',
  'peps.python.org',
  'packaging.python.org',
  'www.postgresql.org',
  'pgbackrest.org',
  'wiki.postgresql.org',
  'redis.io',
  'www.rabbitmq.com',
  'kafka.apache.org',
  'kubernetes.io',
  'gateway-api.sigs.k8s.io',
  'owasp.org',
  'www.threatmodelingmanifesto.org',
  'openid.net',
  'cheatsheetseries.owasp.org',
  'developer.mozilla.org',
  'fetch.spec.whatwg.org',
  'html.spec.whatwg.org',
  'www.w3.org',
  'docs.aws.amazon.com',
  'prometheus.io',
  'opentelemetry.io',
  'sre.google',
  'aws.amazon.com',
  'raft.github.io',
  'www.allthingsdistributed.com',
  'lamport.azurewebsites.net',
  'jepsen.io',
  'martin.kleppmann.com',
  'docs.docker.com',
  'docs.github.com',
  'fastapi.tiangolo.com',
  'www.starlette.io',
  'pyjwt.readthedocs.io',
  'docs.pydantic.dev',
  'docs.sqlalchemy.org',
  'alembic.sqlalchemy.org',
  'docs.celeryq.dev',
  'www.zaproxy.org',
  'nmap.org',
  'hbase.apache.org',
  'cassandra.apache.org',
  'parquet.apache.org',
  'www.mongodb.com',
  'neo4j.com',
  'docs.pytest.org',
  'slsa.dev',
  'www.usenix.org',
  'docs.pypi.org',
  'docs.sigstore.dev',
  'cyclonedx.org',
  'pages.nist.gov',
  'csrc.nist.gov',
  'nvlpubs.nist.gov',
  'algs4.cs.princeton.edu',
  'ocw.mit.edu',
  'graphics.stanford.edu',
  'wiki.python.org',
  'www.pgbouncer.org',
  'letsencrypt.org',
  'spec.openapis.org',
  'use-the-index-luke.com',
  'martinfowler.com',
  'www.melconway.com',
  'microservices.io',
  'nginx.org',
  'www.vldb.org',
  'ssl-config.mozilla.org',
  'developer.hashicorp.com',
  'opentofu.org',
  'grafana.com',
  'doi.org',
  'codeforces.com',
  'leetcode.com',
  'github.com', // only for a project's own source or design notes (CPython's listsort.txt)
  'arxiv.org',
]);

let content: SessionContent[];
let topics: TopicContent[];
beforeAll(async () => {
  content = await loadRoadmapContent(repoPaths.roadmapContent);
  topics = content.flatMap((s) => s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics)));
});

const wordsOf = (text: string) => text.split(/\s+/).filter((word) => word.length > 0).length;
const topic = (slug: string) => {
  const found = topics.find((t) => t.slug === slug);
  if (found === undefined) throw new Error(`topic ${slug} is missing from the content`);
  return found;
};
/** Everything a learner reads of a topic, lower-cased. */
const textOf = (slug: string) => {
  const t = topic(slug);
  return [t.explanation, ...t.objectives, ...t.references.map((r) => `${r.title} ${r.read}`)]
    .join('\n')
    .toLowerCase();
};

describe('a reviewed topic', () => {
  it('teaches in 300–700 words, with 3–6 objectives, ≥ 3 primary sources and the versions it assumes', () => {
    const reviewed = topics.filter((t) => t.reviewed !== undefined);
    expect(reviewed.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const t of reviewed) {
      const words = wordsOf(t.explanation);
      if (words < 300 || words > 700) failures.push(`${t.slug}: explanation has ${words} words`);
      if (t.objectives.length < 3 || t.objectives.length > 6)
        failures.push(`${t.slug}: ${t.objectives.length} objectives`);
      if (t.references.length < 3) failures.push(`${t.slug}: ${t.references.length} references`);
      for (const reference of t.references) {
        const url = new URL(reference.url);
        if (url.protocol !== 'https:') failures.push(`${t.slug}: ${reference.url} is not https`);
        if (!primaryHosts.has(url.hostname))
          failures.push(`${t.slug}: ${url.hostname} is not a known primary-source host`);
        if (wordsOf(reference.read) < 3) failures.push(`${t.slug}: "${reference.read}" says too little`);
      }
      if (t.versions.length === 0) failures.push(`${t.slug}: no versions`);
      if (t.reviewed! > '2026-12-31') failures.push(`${t.slug}: reviewed in the future (${t.reviewed})`);
    }
    expect(failures).toEqual([]);
  });

  it('is counted truthfully in docs/curriculum-map.md', async () => {
    const map = await readFile(new URL('../../../../docs/curriculum-map.md', import.meta.url), 'utf8');
    const roadmap = topics.filter((t) => !t.extra);
    const reviewed = roadmap.filter((t) => t.reviewed !== undefined).length;
    const extras = topics.filter((t) => t.extra);
    expect(map).toContain(
      `**${reviewed} of the roadmap's ${roadmap.length} topics** are reviewed to the depth standard`,
    );
    expect(map).toContain(`**${extras.length} extra topics**`);
    for (const extra of extras) expect(map).toContain(`\`${extra.slug}\``);
  });

  it('covers every topic: all reached the standard on 2026-12-02, so a new topic must too', () => {
    expect(topics.filter((t) => t.reviewed === undefined).map((t) => t.slug)).toEqual([]);
  });

  it('every extra is itself reviewed: an extra is only added at the full standard', () => {
    expect(topics.filter((t) => t.extra && t.reviewed === undefined).map((t) => t.slug)).toEqual([]);
  });
});

describe('the corrections of issue 20 stay made', () => {
  it('sec-owasp-top-10 teaches the 2025 list, not 2021', () => {
    const text = textOf('sec-owasp-top-10');
    for (const risk of [
      'a01:2025',
      'broken access control',
      'a02:2025',
      'security misconfiguration',
      'a03:2025',
      'software supply chain failures',
      'a10:2025',
      'mishandling of exceptional conditions',
      'ssrf',
    ])
      expect(text).toContain(risk);
    // 2021 may be mentioned as the previous edition, never as the list to learn.
    expect(topic('sec-owasp-top-10').objectives.join(' ')).not.toMatch(/top 10 \(?2021\)?/i);
  });

  it("be-auth-jwt: PyJWT's require option, RFC 8725 and JWE", () => {
    const text = textOf('be-auth-jwt');
    expect(text).toContain('"require"');
    expect(text).toContain('rfc 8725');
    expect(text).toContain('jwe');
    expect(text).toMatch(/without an? `?exp`? claim is accepted/);
  });

  it('ops-kubernetes-basics: Gateway API first, Ingress frozen, ingress-nginx retired', () => {
    const text = textOf('ops-kubernetes-basics');
    expect(text).toContain('gateway api');
    expect(text).toContain('frozen');
    expect(text).toMatch(/ingress-nginx[^.]*retired/);
    expect(text.indexOf('gateway api')).toBeLessThan(text.indexOf('ingress'));
  });

  it('sec-secrets-management: Secrets are not encrypted at rest by default', () => {
    expect(textOf('sec-secrets-management')).toContain('not encrypted at rest by default');
  });

  it('db-transactions: 40001 under Repeatable Read too, and deadlocks 40P01 are retried', () => {
    const text = textOf('db-transactions');
    expect(text).toMatch(/repeatable read[^.]*40001|40001[^.]*repeatable read/);
    expect(text).toContain('40p01');
  });

  it('py-multiprocessing: forkserver is the Linux default since 3.14', () => {
    expect(textOf('py-multiprocessing')).toMatch(/3\.14[^.]*`forkserver`|`forkserver`[^.]*3\.14/);
  });

  it('scale-rate-limiting: INCR then EXPIRE is not atomic', () => {
    const text = textOf('scale-rate-limiting');
    expect(text).toMatch(/`incr`[^.]*`expire`[^.]*not atomic/);
    expect(text).toMatch(/lua|`multi`/);
  });

  it('dist-consistency-models: R + W > N is not linearizability', () => {
    const text = textOf('dist-consistency-models');
    expect(text).toMatch(/r \+ w > n[^.]*not[^.]*lineariz/);
    expect(text).toContain('sloppy quorum');
  });

  it('the smaller corrections', () => {
    expect(textOf('db-indexing')).toContain('skip scan');
    expect(textOf('py-threading')).toMatch(/free-threaded[^.]*3\.14|3\.14[^.]*free-threaded/);
    expect(textOf('ops-ci-cd')).toMatch(/pin[^.]*commit sha|full-length commit sha/);
    const pentest = textOf('sec-pentest-basics');
    expect(pentest).not.toContain('owasp zap');
    expect(pentest).toMatch(/zap[^.]*no longer[^.]*owasp/);
    expect(textOf('db-nosql-columnar')).toMatch(/hbase[^.]*strongly consistent/);
    expect(textOf('sec-secure-api-design')).toMatch(/allow_credentials=true[^.]*(reflects|echoes)/);
    expect(textOf('be-auth-oauth2')).toMatch(/rfc 9700[^.]*2\.4|must not be used/);
  });

  it('no topic still names a pre-2025 OWASP Top 10 as current or calls ZAP "OWASP ZAP"', () => {
    for (const t of topics) {
      const text = textOf(t.slug);
      expect(text, t.slug).not.toContain('owasp zap');
      expect(text, t.slug).not.toMatch(/owasp top 10 \(2021\)/);
    }
  });
});
