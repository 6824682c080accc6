/**
 * A dataset file checked when it loads: its structure by the schema (dataset-schema.ts); rules across records
 * (unique ids, known products, counts that agree with ratings) by `consistencyIssues` in dataset-issues.ts. Every
 * problem names its JSON path.
 */
import * as v from 'valibot';
import type { Dataset } from './model.ts';
import { duplicateKeys, jsonPath as pathOf } from './json-text.ts';
import { consistencyIssues, idIssues, type DatasetIssue } from './dataset-issues.ts';
import { datasetSchema } from './dataset-schema.ts';

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
