// Prometheus text exposition, written by hand: a few counters, one histogram, gauges read at
// scrape time. No dependency, and the label sets stay small (route patterns, not URLs).

const BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, { buckets: number[]; sum: number; count: number }>();
  docsWritten = 0;
  openFeeds = 0;

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${escapeLabel(route)}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const lkey = `route="${escapeLabel(route)}"`;
    let h = this.latency.get(lkey);
    if (!h) {
      h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.latency.set(lkey, h);
    }
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= (BUCKETS[i] as number)) h.buckets[i] = (h.buckets[i] ?? 0) + 1;
    h.sum += seconds;
    h.count += 1;
  }

  render(gauges: { dbs: Array<{ name: string; docCount: number; updateSeq: number }>; fileBytes: number }): string {
    const lines: string[] = [];
    lines.push('# HELP gemba_http_requests_total HTTP requests by method, route and status.');
    lines.push('# TYPE gemba_http_requests_total counter');
    for (const [k, v] of this.requests) lines.push(`gemba_http_requests_total{${k}} ${v}`);
    lines.push('# HELP gemba_http_request_duration_seconds Request latency.');
    lines.push('# TYPE gemba_http_request_duration_seconds histogram');
    for (const [k, h] of this.latency) {
      BUCKETS.forEach((b, i) => lines.push(`gemba_http_request_duration_seconds_bucket{${k},le="${b}"} ${h.buckets[i] ?? 0}`));
      lines.push(`gemba_http_request_duration_seconds_bucket{${k},le="+Inf"} ${h.count}`);
      lines.push(`gemba_http_request_duration_seconds_sum{${k}} ${h.sum}`);
      lines.push(`gemba_http_request_duration_seconds_count{${k}} ${h.count}`);
    }
    lines.push('# HELP gemba_docs_written_total Document revisions written.');
    lines.push('# TYPE gemba_docs_written_total counter');
    lines.push(`gemba_docs_written_total ${this.docsWritten}`);
    lines.push('# HELP gemba_open_feeds Open _changes feeds (longpoll, continuous, eventsource).');
    lines.push('# TYPE gemba_open_feeds gauge');
    lines.push(`gemba_open_feeds ${this.openFeeds}`);
    lines.push('# HELP gemba_db_doc_count Live documents per database.');
    lines.push('# TYPE gemba_db_doc_count gauge');
    for (const db of gauges.dbs) lines.push(`gemba_db_doc_count{db="${escapeLabel(db.name)}"} ${db.docCount}`);
    lines.push('# HELP gemba_db_update_seq Latest sequence per database.');
    lines.push('# TYPE gemba_db_update_seq gauge');
    for (const db of gauges.dbs) lines.push(`gemba_db_update_seq{db="${escapeLabel(db.name)}"} ${db.updateSeq}`);
    lines.push('# HELP gemba_storage_bytes Size of the SQLite database file.');
    lines.push('# TYPE gemba_storage_bytes gauge');
    lines.push(`gemba_storage_bytes ${gauges.fileBytes}`);
    return lines.join('\n') + '\n';
  }
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
