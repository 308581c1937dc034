/**
 * Replays an event log into the shift report (docs/kpis.md), the same JSON the server answers at
 * GET /api/reports/shift.
 *
 *   npm run replay -- --master <plant.json> --events <events.ndjson> --from <iso> --to <iso>
 *                     [--now <iso>] [--site <id>] [--line <id>]
 *
 * Lines that fail validateEvent are skipped and counted on stderr, as the server would have refused them.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildShiftReport, validateEvent, validateMasterData, type GembaEvent, type MasterData } from '../src/domain/index';

const usage = 'usage: npm run replay -- --master <file.json> --events <file.ndjson> --from <iso> --to <iso> [--now <iso>] [--site <id>] [--line <id>]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    master: { type: 'string' },
    events: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    now: { type: 'string' },
    site: { type: 'string' },
    line: { type: 'string' },
  },
});

if (!values.master || !values.events || !values.from || !values.to) fail('missing argument');
const from = Date.parse(values.from);
const to = Date.parse(values.to);
const nowMs = values.now ? Date.parse(values.now) : Date.now();
if (![from, to, nowMs].every(Number.isFinite)) fail('--from, --to and --now must be ISO-8601 times');

const master = JSON.parse(readFileSync(values.master, 'utf8')) as MasterData;
const masterErrors = validateMasterData(master);
if (masterErrors.length > 0) process.stderr.write(`master data: ${masterErrors.length} problem(s), first: ${JSON.stringify(masterErrors[0])}\n`);

const events: GembaEvent[] = [];
let rejected = 0;
for (const line of readFileSync(values.events, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    rejected += 1;
    continue;
  }
  const result = validateEvent(doc);
  if (result.ok) events.push(result.event);
  else rejected += 1;
}
if (rejected > 0) process.stderr.write(`skipped ${rejected} invalid line(s)\n`);

const report = buildShiftReport(master, events, {
  from,
  to,
  nowMs,
  site: values.site ?? master.site.id,
  ...(values.line ? { line: values.line } : {}),
});
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
