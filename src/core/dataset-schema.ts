/**
 * The dataset's rules as a valibot schema (it needs no eval, so it runs under the extension's content security
 * policy): the structure of a dataset file and the plain words of each refusal. schema.ts runs it, with the rules
 * across records (dataset-issues.ts); `psf-lens schema` prints it as JSON Schema.
 */
import * as v from 'valibot';
import { DOMAIN_IDS, RATINGS, type DomainId } from './model.ts';
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
