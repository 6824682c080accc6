/**
 * The dataset's rules, enforced by valibot when a dataset loads (it needs no eval, so it runs under the
 * extension's content security policy). Structure is checked by the schema; rules across records (unique ids,
 * known products, counts that agree with ratings) by `consistencyIssues` in dataset-issues.ts. Every problem names
 * its JSON path.
 */
import * as v from 'valibot';
import { DOMAIN_IDS, RATINGS, type Dataset, type DomainId } from './model.ts';
import { duplicateKeys, jsonPath as pathOf } from './json-text.ts';
import { consistencyIssues, idIssues, type DatasetIssue } from './dataset-issues.ts';
import { credentialsInLink, impossibleDate, invisibleCharacter, noInvisible } from './text-rules.ts';

export const TEXT_MAX = 280;
export const NAME_MAX = 120;

/** A rule that returns the sentence of its refusal, or null, as one pipe step. */
function rule(refusal: (value: string) => string | null) {
  return v.check<string, v.ErrorMessage<v.CheckIssue<string>>>(
    (value) => refusal(value) === null,
    // Stryker disable next-line StringLiteral: the check failed because the refusal gave a sentence: never read
    (issue) => refusal(String(issue.input)) ?? 'is refused',
  );
}

/**
 * An https link, by the dataset's rule: also for links an author gives outside a dataset's own fields. The JSON
 * Schema keeps the https: pattern; the same characters are refused here by a check instead.
 */
export function httpsUrlSchema() {
  return v.pipe(
    v.string(),
    rule(invisibleCharacter),
    v.url('must be a URL'),
    v.startsWith('https://', 'must be an https: link'),
    rule(credentialsInLink),
  );
}

/**
 * The dataset's schema, built for each check and dropped after it. Held in module scope they cost the service
 * worker about 40 KB of heap for all of its life, for a check that runs on install, feed updates and imports.
 */
export function datasetSchema() {
  /** Refuses controls and invisible characters (see text-rules.ts), before trimming could hide any. */
  const visible = v.regex<string, v.ErrorMessage<v.RegexIssue<string>>>(
    noInvisible(),
    // Stryker disable next-line StringLiteral: NO_INVISIBLE fails exactly where invisibleCharacter names one: never read
    (issue) => invisibleCharacter(String(issue.input)) ?? 'holds an invisible character',
  );
  /** Visible, trimmed, not empty and at most `max` characters: a text (280) or a name (120). */
  const words = (max: number) =>
    v.pipe(
      v.string(),
      visible,
      v.trim(),
      v.nonEmpty('must not be empty'),
      v.maxLength(max, `is longer than ${max} characters, too long for the UI`),
    );
  const text = words(TEXT_MAX);
  const name = words(NAME_MAX);
  const id = v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, - and .)'),
    v.maxLength(NAME_MAX),
  );
  const httpsUrl = httpsUrlSchema();
  const date = v.pipe(
    v.string(),
    v.regex(
      /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/,
      'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn',
    ),
    rule(impossibleDate),
  );
  const rating = v.picklist(RATINGS, `must be one of ${RATINGS.join(', ')}`);
  const score = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));

  function byDomain<T extends v.GenericSchema>(schema: T) {
    const entries = Object.fromEntries(DOMAIN_IDS.map((d) => [d, v.optional(schema)])) as Record<
      DomainId,
      v.OptionalSchema<T, undefined>
    >;
    return v.strictObject(entries, `unknown domain: domains are ${DOMAIN_IDS.join(', ')}`);
  }

  const counts = v.strictObject({
    Strong: v.pipe(v.number(), v.integer(), v.minValue(0)),
    Partial: v.pipe(v.number(), v.integer(), v.minValue(0)),
    Gap: v.pipe(v.number(), v.integer(), v.minValue(0)),
  });

  const ruleHost = v.pipe(
    v.string(),
    v.regex(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'must be a lower-case host name without www.'),
  );
  const rulePath = v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\/[^\s?#]*$/, 'must start with / and hold no query or fragment'),
      rule(invisibleCharacter),
      v.check(
        (path) => !path.includes('**'),
        'a * stands for any run of characters within one segment: ** says nothing more',
      ),
    ),
  );

  const MatchRuleSchema = v.strictObject({
    host: ruleHost,
    path: rulePath,
    signals: v.optional(v.pipe(v.array(name), v.minLength(1))),
    exact: v.optional(v.boolean()),
  });

  const ExcludeRuleSchema = v.strictObject({ host: ruleHost, path: rulePath, exact: v.optional(v.boolean()) });

  const ProductSchema = v.strictObject({
    id,
    name,
    vendor: name,
    category: name,
    homepage: httpsUrl,
    match: v.pipe(v.array(MatchRuleSchema), v.minLength(1, 'a product needs at least one match rule')),
    exclude: v.optional(v.array(ExcludeRuleSchema)),
  });

  const AssessmentSchema = v.strictObject({
    id,
    productId: id,
    title: name,
    url: httpsUrl,
    published: v.optional(date),
    updated: v.optional(date),
    psfVersion: v.optional(name),
    license: name,
    ratings: byDomain(rating),
    summaryCounts: v.optional(counts),
    reliabilityIndex: v.optional(score),
    overview: v.array(text),
    domains: byDomain(
      v.strictObject({
        findings: v.array(text),
        actions: v.array(v.strictObject({ id, text })),
        score: v.optional(score),
        ratingSource: v.optional(text),
      }),
    ),
    independence: v.optional(text),
    basis: v.optional(text),
    revisitWhen: v.optional(v.array(text)),
    scope: v.optional(v.array(v.strictObject({ artifact: name, detail: text, date: v.optional(date) }))),
    variants: v.optional(v.array(v.strictObject({ name, ratings: byDomain(rating), note: text }))),
    conflicts: v.optional(
      v.array(
        v.strictObject({
          domain: v.picklist(DOMAIN_IDS),
          note: text,
          sources: v.pipe(
            v.array(v.strictObject({ name, url: httpsUrl, rating })),
            v.minLength(2, 'a conflict names at least two sources'),
          ),
        }),
      ),
    ),
  });

  const DatasetSchema = v.strictObject({
    $schema: v.optional(v.string()),
    format: v.literal(1, (issue) =>
      typeof issue.input === 'number' && issue.input > 1
        ? `is format ${issue.input}, newer than this PSF Lens reads (format 1): update PSF Lens to read it`
        : 'this reader knows dataset format 1 only',
    ),
    version: v.pipe(v.string(), v.regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, 'must be YYYY.MM.DD or YYYY.MM.DD.N')),
    published: date,
    attribution: v.strictObject({ publisher: name, url: httpsUrl, license: name, licenseUrl: httpsUrl }),
    domains: v.pipe(
      v.array(v.strictObject({ id: v.picklist(DOMAIN_IDS), name, summary: text })),
      v.length(DOMAIN_IDS.length, 'must list the eight PSF domains'),
    ),
    products: v.array(ProductSchema),
    assessments: v.array(AssessmentSchema),
  });
  return DatasetSchema;
}

export type { DatasetIssue };

export type DatasetResult = { kind: 'valid'; dataset: Dataset } | { kind: 'invalid'; issues: DatasetIssue[] };

function jsonPath(issue: v.BaseIssue<unknown>): string {
  // The dataset's schema has objects and arrays only (no maps or sets), so every key is a name or an index.
  return pathOf((issue.path ?? []).map((item) => item.key as string | number));
}

/** valibot's generic wording made plain; messages this schema sets itself pass as they are. */
function reason(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid key')) return issue.message;
  if (issue.received === 'undefined') return 'missing required field';
  return `unknown field ${issue.received}`;
}

/** What a file holds at its top, in a reader's words, when that is not the one object a dataset is. */
function notAnObject(input: unknown): string | null {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'a string';
  if (typeof input !== 'object') return typeof input === 'number' ? 'a number' : 'true or false';
  return null;
}

/**
 * An object that is plainly some other file: without both `format` and `assessments`, which every dataset has. PSF
 * Lens's own JSON exports (a comparison, a checklist) are named as such; listed field by field, such a file would read
 * as seven missing fields and a dozen unknown ones, none of which a user could act on.
 */
function otherObject(input: object): string | null {
  if (Object.hasOwn(input, 'format') || Object.hasOwn(input, 'assessments')) return null;
  return Object.hasOwn(input, 'data') && Object.hasOwn(input, 'source')
    ? 'not a PSF dataset: the file is a PSF Lens export of a comparison or a checklist, which is read, not imported'
    : 'not a PSF dataset: the file holds an object with neither "format" nor "assessments"';
}

export function validateDataset(input: unknown): DatasetResult {
  // One reason for a file that is no object at all: a list would otherwise read as seven missing fields.
  const held = notAnObject(input);
  if (held)
    return {
      kind: 'invalid',
      issues: [{ path: '$', message: `not a PSF dataset: the file holds ${held}, where a dataset is one JSON object` }],
    };
  const other = otherObject(input as object);
  if (other) return { kind: 'invalid', issues: [{ path: '$', message: other }] };
  const parsed = v.safeParse(datasetSchema(), input);
  if (!parsed.success) {
    // Every problem in one pass: the structure's, and the repeated ids the raw input already shows.
    return {
      kind: 'invalid',
      issues: [
        ...parsed.issues.map((issue) => ({ path: jsonPath(issue), message: reason(issue) })),
        ...idIssues(input),
      ],
    };
  }
  const dataset = parsed.output as Dataset;
  const issues = consistencyIssues(dataset);
  return issues.length ? { kind: 'invalid', issues } : { kind: 'valid', dataset };
}

/**
 * Parses a dataset file's text: a JSON error is an issue at `$` like any other. A leading byte order mark (as
 * some Windows editors save UTF-8) is not content. Keys repeated within one object are refused: JSON.parse would
 * keep the last without a word, so the file would not say what a reviewer reads in it.
 */
export function parseDataset(text: string): DatasetResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { kind: 'invalid', issues: [{ path: '$', message: `not JSON: ${(error as Error).message}` }] };
  }
  const repeated = duplicateKeys(body).map(({ path, key, at, first }): DatasetIssue => ({
    path,
    message: `the key "${key}" appears twice in one object (line ${at.line}, column ${at.column}; first at line ${first.line}, column ${first.column}), and a reader would keep only the last: remove one`,
  }));
  const result = validateDataset(json);
  if (!repeated.length) return result;
  return { kind: 'invalid', issues: [...repeated, ...(result.kind === 'invalid' ? result.issues : [])] };
}

/** True when `a` is a newer dataset version than `b` ("2026.11.24.2" > "2026.11.24"). */
export function isNewerVersion(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  // The first part that differs decides; a missing part counts as 0. No counter of its own, so it always ends.
  const differences = Array.from({ length: Math.max(pa.length, pb.length) }, (_, i) => (pa[i] ?? 0) - (pb[i] ?? 0));
  return (differences.find((d) => d !== 0) ?? 0) > 0;
}
