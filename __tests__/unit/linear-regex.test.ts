/**
 * The linear-time matcher of delete's tag patterns: the same answers as JavaScript's RegExp
 * (`u` flag) on every pattern it accepts, in time linear in the text, and a clear refusal of
 * what it cannot do.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  linearGlob,
  linearRegex,
  MAX_PATTERN_LENGTH,
  UnsupportedPatternError
} from '../../src/action/inputs/linear-regex.js'

const SEED = Number(process.env.HOSTILE_SEED ?? 20261204)
const RUNS = Number(process.env.HOSTILE_RUNS ?? 500)

/** Milliseconds `work` took. */
function timed(work: () => void): number {
  const started = performance.now()
  work()
  return performance.now() - started
}

describe('the same answers as RegExp', () => {
  test.each([
    [
      '^v\\d{1,3}$',
      ['v1', 'v10', 'v100', 'v1000', 'xv1', 'v'],
      [true, true, true, false, false, false]
    ],
    ['^pr-\\d+$', ['pr-12', 'pr-x', 'pr-', 'apr-1'], [true, false, false, false]],
    ['sha256', ['sha256-abc', 'v1'], [true, false]],
    [
      '^(?:main|develop)-[0-9a-f]{7}$',
      ['main-0123abc', 'develop-0123abc', 'main-0123ab'],
      [true, true, false]
    ],
    ['\\bnightly\\b', ['x-nightly', 'xnightly', 'nightly.1'], [true, false, true]],
    ['^[^.]+$', ['abc', 'a.b', ''], [true, false, false]],
    ['^(a+)+$', ['aaaa', 'aaab'], [true, false]],
    ['(?<name>rc)\\.?\\d*$', ['1.0-rc.1', '1.0-rc', '1.0-rd'], [true, true, false]],
    ['^[\\w.-]+$', ['a_b.c-d', 'a b'], [true, false]],
    ['a{0}b', ['b', 'ab'], [true, true]],
    ['^(a|)*$', ['', 'aaa', 'ab'], [true, true, false]],
    ['[^]', ['', 'x'], [false, true]],
    ['^\\u{61}\\x62\\u0063$', ['abc', 'abd'], [true, false]]
  ])('%s', (pattern, tags, expected) => {
    const re = linearRegex(pattern)
    expect(tags.map(t => re.test(t))).toEqual(expected)
    expect(tags.map(t => new RegExp(pattern, 'u').test(t))).toEqual(expected)
  })

  // Patterns from the grammar the matcher supports, and short texts over the same letters:
  // whatever RegExp answers, the matcher answers too.
  const pattern = fc.letrec<{ pattern: string; term: string; atom: string }>(tie => ({
    pattern: fc
      .array(fc.array(tie('term'), { maxLength: 4 }), { minLength: 1, maxLength: 3 })
      .map(alts => alts.map(a => a.join('')).join('|')),
    term: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom('^', '$', '\\b', '\\B') },
      {
        weight: 5,
        arbitrary: fc
          .tuple(
            tie('atom'),
            fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{0,}', '{0,1}'),
            fc.constantFrom('', '', '?')
          )
          .map(([a, q, lazy]) => (q ? `${a}${q}${lazy}` : a))
      }
    ),
    atom: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom('a', 'b', '1', '-', '\\.', '.', '\\d', '\\w', '\\W', '\\s')
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom('[ab]', '[^a]', '[a-c1]', '[\\d.]', '[-a]', '[^]', '[]')
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('(', '(?:', '(?<g>'), tie('pattern'))
          .map(([open, inner]) => `${open}${inner})`)
      }
    )
  })).pattern
  const text = fc.string({ unit: fc.constantFrom(...'ab1-. \n_'), maxLength: 10 })

  test('any pattern of the grammar, any text', () => {
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        // Named groups may appear once: RegExp refuses a second one, so does the matcher.
        let native: RegExp
        try {
          native = new RegExp(source, 'u')
        } catch {
          expect(() => linearRegex(source)).toThrow(SyntaxError)
          return
        }
        const re = linearRegex(source)
        for (const t of texts) expect([source, t, re.test(t)]).toEqual([source, t, native.test(t)])
      }),
      { seed: SEED, numRuns: RUNS * 4 }
    )
  })

  test('globs match whole tags, * any run and ? one character', () => {
    const glob = linearGlob('pr-*.?')
    expect(['pr-1.a', 'pr-.a', 'pr-12.ab', 'xpr-1.a', 'pr-1.'].map(t => glob.test(t))).toEqual([
      true,
      true,
      false,
      false,
      false
    ])
    expect(linearGlob('v1.2').test('v1x2')).toBe(false)
    expect(linearGlob('*').test('')).toBe(true)
  })
})

describe('linear time', () => {
  test('patterns that backtrack catastrophically in RegExp answer at once', () => {
    const tag = `${'a'.repeat(127)}!`
    for (const source of ['^(a+)+$', '^(a|a)*$', '^(a*)*b$', '(\\w+\\d*)+x$', '^(a|aa)+$']) {
      const re = linearRegex(source)
      expect(timed(() => expect(re.test(tag)).toBe(false))).toBeLessThan(100)
    }
    expect(timed(() => linearGlob('*a*a*a*a*a*a*a*a*a*a*b').test('a'.repeat(128)))).toBeLessThan(
      100
    )
  })

  test('the program is bounded: large counts and long patterns are refused, not run', () => {
    expect(() => linearRegex('a{5000}')).toThrow(UnsupportedPatternError)
    expect(() => linearRegex('(a{50}){50}')).toThrow(/too large once its counts are expanded/)
    expect(() => linearRegex('a'.repeat(MAX_PATTERN_LENGTH + 1))).toThrow(
      /1001 characters long, over the 1000 allowed/
    )
    expect(timed(() => linearRegex('a'.repeat(MAX_PATTERN_LENGTH)))).toBeLessThan(200)
  })
})

describe('what no linear-time matcher does is refused, by name', () => {
  test.each([
    ['(a)\\1', /backreference "\\1"/],
    ['(?<n>a)\\k<n>', /backreference "\\k<…>"/],
    ['(?=a)', /lookahead "\(\?="/],
    ['(?!a)', /lookahead "\(\?!"/],
    ['(?<=a)b', /lookbehind "\(\?<="/],
    ['(?<!a)b', /lookbehind "\(\?<!"/],
    ['\\p{L}', /Unicode property escape/]
  ])('%s', (source, message) => {
    expect(() => linearRegex(source)).toThrow(UnsupportedPatternError)
    expect(() => linearRegex(source)).toThrow(message)
  })

  test("JavaScript's syntax errors stay JavaScript's", () => {
    expect(() => linearRegex('(')).toThrow(SyntaxError)
    expect(() => linearRegex('a{2,1}')).toThrow(SyntaxError)
    // Without the u flag these two are literal braces; with it, errors.
    expect(() => linearRegex('^v\\d{1')).toThrow(SyntaxError)
    expect(() => linearRegex('3}$')).toThrow(SyntaxError)
  })
})
