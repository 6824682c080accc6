// The scanner that names repeated keys in a dataset file's text (JSON.parse keeps the last silently): which path
// it names, where it says the key stands, and what it must not take for a key. The refusal built on it is tested
// through parseDataset in schema-trust.test.ts.
import { describe, expect, test } from 'vitest';
import { duplicateKeys, jsonPath } from '../../../src/core/json-text.ts';

describe('jsonPath: a plain name is dotted, anything else is quoted', () => {
  test.each([
    [[], '$'],
    [[0, 12], '$[0][12]'],
    [['assessments', 3, 'ratings', 'D1'], '$.assessments[3].ratings.D1'],
    [['_private', '$ref', 'camelCase9'], '$._private.$ref.camelCase9'],
    [['1st'], '$["1st"]'],
    [['a key'], '$["a key"]'],
    [['kebab-case'], '$["kebab-case"]'],
    [[' lead'], '$[" lead"]'],
    [['trail '], '$["trail "]'],
    [['say "hi"'], '$["say \\"hi\\""]'],
    [[''], '$[""]'],
  ] as const)('%j reads %s', (segments, path) => {
    expect(jsonPath(segments)).toBe(path);
  });
});

describe('duplicateKeys', () => {
  test('names the key, its path, and where both it and its first occurrence stand (1-based line and column)', () => {
    const text = ['{', '  "name": "x",', '  "inner": {"a": 1,', '    "a": 2},', '  "name": "y"', '}'].join('\n');
    expect(duplicateKeys(text)).toEqual([
      { path: '$.inner.a', key: 'a', at: { line: 4, column: 5 }, first: { line: 3, column: 13 } },
      { path: '$.name', key: 'name', at: { line: 5, column: 3 }, first: { line: 2, column: 3 } },
    ]);
  });

  test('counts array elements, strings, nested arrays and objects included, for the path', () => {
    expect(duplicateKeys('["a", "b,c", {"k": 1, "k": 2}]').map((d) => d.path)).toEqual(['$[2].k']);
    expect(duplicateKeys('[[1, 2], [3, {"b": [], "c": {}}, {"a": 1, "a": 2}]]').map((d) => d.path)).toEqual([
      '$[1][2].a',
    ]);
  });

  test('a key repeated three times is named twice, each against the first', () => {
    expect(duplicateKeys('{"k": 1, "k": 2, "k": 3}').map((d) => [d.at.column, d.first.column])).toEqual([
      [10, 2],
      [18, 2],
    ]);
  });

  test('values are not keys: a string value equal to a later key, or to its own key, is no repeat', () => {
    expect(duplicateKeys('{"a": "b", "b": 1, "c": "c"}')).toEqual([]);
    expect(duplicateKeys('{"a": {"x": 1}, "x": 2}')).toEqual([]);
  });

  test('after a nested object closes, the next key is still its parent’s', () => {
    expect(duplicateKeys('{"a": {"x": 1}, "b": [{"y": 1}], "a": 2}').map((d) => d.path)).toEqual(['$.a']);
  });

  test('brackets, commas and escaped quotes inside strings are text, not structure', () => {
    expect(duplicateKeys('{"a": "}{[,\\"", "a": 1}').map((d) => d.path)).toEqual(['$.a']);
    expect(duplicateKeys('{"q\\"}": 1, "q\\"}": 2}')).toEqual([
      { path: '$["q\\"}"]', key: 'q"}', at: { line: 1, column: 13 }, first: { line: 1, column: 2 } },
    ]);
  });

  test('a document that is a bare string, number or array of strings has no keys', () => {
    expect(duplicateKeys('"a"')).toEqual([]);
    expect(duplicateKeys('12')).toEqual([]);
    expect(duplicateKeys('["a", "a"]')).toEqual([]);
  });
});
