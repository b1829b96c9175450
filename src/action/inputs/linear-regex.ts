/**
 * A regular-expression matcher that runs in time linear in the text, for the tag patterns of
 * `command: delete` (`use-regex: true`). JavaScript's own engine backtracks: `^(a+)+$` against
 * a 31-character tag takes seconds, doubling with each character, and a destructive command
 * must not hang on a pattern that looks harmless.
 *
 * The syntax is JavaScript's with the `u` flag (the pattern is first compiled by `RegExp`, so a
 * syntax error reads as it would in JavaScript), less what no linear-time matcher can do:
 * backreferences and lookaround, the constructs RE2 leaves out for the same reason. Unicode
 * property escapes and modifier groups are refused too. Everything else (classes, escapes,
 * anchors, `\b`, groups, alternation, greedy and lazy quantifiers with counts) means what it
 * means in JavaScript; a property-based test holds the two to the same answers.
 *
 * The pattern is compiled to a program for a Pike VM (a Thompson NFA simulation): every thread
 * advances one character at a time, at most one thread per instruction, so matching costs at
 * most program size × text length steps.
 */

/** What the matcher does not support, or a pattern too large: the reason, for the user. */
export class UnsupportedPatternError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsupportedPatternError'
  }
}

/** The longest pattern, in characters. */
export const MAX_PATTERN_LENGTH = 1000
/** The largest program, once counted repetitions (`{2,40}`) are expanded. */
export const MAX_PROGRAM = 2000

type CharTest = (cp: number) => boolean
type AssertKind = 'start' | 'end' | 'boundary' | 'not-boundary'

type Node =
  | { t: 'char'; test: CharTest }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'assert'; kind: AssertKind }

const isWord: CharTest = cp =>
  (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95
const isDigit: CharTest = cp => cp >= 48 && cp <= 57
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff
])
const isSpace: CharTest = cp => SPACES.has(cp) || (cp >= 0x2000 && cp <= 0x200a)
const isLineTerminator: CharTest = cp =>
  cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029
const not =
  (test: CharTest): CharTest =>
  cp =>
    !test(cp)

const CLASS_ESCAPES: Record<string, CharTest> = {
  d: isDigit,
  D: not(isDigit),
  w: isWord,
  W: not(isWord),
  s: isSpace,
  S: not(isSpace)
}
const CONTROL_ESCAPES: Record<string, number> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b }
const SYNTAX = new Set('^$\\.*+?()[]{}|/')

/** A recursive-descent parser over the pattern's code points. */
class Parser {
  private readonly cps: number[]
  private pos = 0

  constructor(readonly source: string) {
    this.cps = Array.from(source, c => c.codePointAt(0)!)
  }

  parse(): Node {
    const node = this.disjunction()
    if (this.pos < this.cps.length) throw this.unsupported(`"${this.rest(1)}"`)
    return node
  }

  private peek(offset = 0): string {
    const cp = this.cps[this.pos + offset]
    return cp === undefined ? '' : String.fromCodePoint(cp)
  }

  private rest(n: number): string {
    return String.fromCodePoint(...this.cps.slice(this.pos, this.pos + n))
  }

  private eat(text: string): boolean {
    const cps = Array.from(text)
    if (cps.every((c, i) => this.peek(i) === c)) {
      this.pos += cps.length
      return true
    }
    return false
  }

  private unsupported(what: string): UnsupportedPatternError {
    return new UnsupportedPatternError(`${what} at position ${this.pos + 1} is not supported`)
  }

  private disjunction(): Node {
    const alts = [this.alternative()]
    while (this.eat('|')) alts.push(this.alternative())
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts }
  }

  private alternative(): Node {
    const items: Node[] = []
    while (this.pos < this.cps.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.term()
      items.push(this.quantified(atom))
    }
    return items.length === 1 ? items[0]! : { t: 'cat', items }
  }

  private term(): Node {
    const c = this.peek()
    if (c === '^' || c === '$') {
      this.pos++
      return { t: 'assert', kind: c === '^' ? 'start' : 'end' }
    }
    if (c === '(') return this.group()
    if (c === '[') return this.characterClass()
    if (c === '.') {
      this.pos++
      return { t: 'char', test: not(isLineTerminator) }
    }
    if (c === '\\') {
      if (this.peek(1) === 'b' || this.peek(1) === 'B') {
        this.pos += 2
        return { t: 'assert', kind: this.cps[this.pos - 1] === 98 ? 'boundary' : 'not-boundary' }
      }
      this.pos++
      return this.atomEscape()
    }
    const cp = this.cps[this.pos++]!
    return { t: 'char', test: x => x === cp }
  }

  private group(): Node {
    const start = this.pos
    this.pos++
    if (this.eat('?')) {
      if (this.peek() === '=' || this.peek() === '!')
        throw new UnsupportedPatternError(
          `lookahead "(?${this.peek()}" at position ${start + 1} is not supported`
        )
      if (this.eat('<')) {
        if (this.peek() === '=' || this.peek() === '!')
          throw new UnsupportedPatternError(
            `lookbehind "(?<${this.peek()}" at position ${start + 1} is not supported`
          )
        // A named group: the name is only a name here.
        while (this.pos < this.cps.length && !this.eat('>')) this.pos++
      } else if (!this.eat(':')) {
        this.pos = start
        throw this.unsupported(`the modifier group "${this.rest(4)}"`)
      }
    }
    const inner = this.disjunction()
    if (!this.eat(')')) throw this.unsupported('an unclosed group')
    return inner
  }

  private quantified(atom: Node): Node {
    let min: number
    let max: number
    const c = this.peek()
    if (c === '*' || c === '+' || c === '?') {
      this.pos++
      ;[min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1]
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.rest(this.cps.length))
      if (!m) return atom
      this.pos += m[0].length
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
      if (min > MAX_PROGRAM || (max !== Infinity && max > MAX_PROGRAM))
        throw new UnsupportedPatternError(
          `the count ${m[0]} is larger than ${MAX_PROGRAM}, the most this matcher expands`
        )
    } else return atom
    this.eat('?') // lazy or greedy: the same answer to "does it match?"
    return { t: 'rep', node: atom, min, max }
  }

  /** After a backslash, outside a class. */
  private atomEscape(): Node {
    const c = this.peek()
    if (/[1-9]/.test(c) || c === 'k')
      throw new UnsupportedPatternError(
        `the backreference "\\${c === 'k' ? 'k<…>' : c}" at position ${this.pos} is not supported`
      )
    const test = this.classEscape(false)
    if (typeof test === 'function') return { t: 'char', test }
    return { t: 'char', test: x => x === test }
  }

  /**
   * After a backslash: a class escape (a test) or one code point. Inside a class, `\b` is the
   * backspace and `\-` a dash.
   */
  private classEscape(inClass: boolean): CharTest | number {
    const c = this.peek()
    this.pos++
    if (c in CLASS_ESCAPES) return CLASS_ESCAPES[c]!
    if (c === 'p' || c === 'P') {
      this.pos--
      throw this.unsupported(`the Unicode property escape "\\${c}{…}"`)
    }
    if (c in CONTROL_ESCAPES) return CONTROL_ESCAPES[c]!
    if (inClass && c === 'b') return 0x08
    if (inClass && c === '-') return 0x2d
    if (c === '0') return 0
    if (c === 'c') {
      const letter = this.cps[this.pos++]!
      return letter % 32
    }
    if (c === 'x') {
      const hex = this.rest(2)
      this.pos += 2
      return parseInt(hex, 16)
    }
    if (c === 'u') {
      if (this.eat('{')) {
        const end = this.cps.indexOf(0x7d, this.pos)
        const hex = String.fromCodePoint(...this.cps.slice(this.pos, end))
        this.pos = end + 1
        return parseInt(hex, 16)
      }
      const high = parseInt(this.rest(4), 16)
      this.pos += 4
      // A surrogate pair written as two escapes is one code point with the u flag.
      if (high >= 0xd800 && high <= 0xdbff && this.peek() === '\\' && this.peek(1) === 'u') {
        const low = parseInt(
          String.fromCodePoint(...this.cps.slice(this.pos + 2, this.pos + 6)),
          16
        )
        if (low >= 0xdc00 && low <= 0xdfff) {
          this.pos += 6
          return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        }
      }
      return high
    }
    if (SYNTAX.has(c)) return c.codePointAt(0)!
    this.pos--
    throw this.unsupported(`the escape "\\${c}"`)
  }

  private characterClass(): Node {
    this.pos++
    const negated = this.eat('^')
    const tests: CharTest[] = []
    const atom = (): CharTest | number => {
      if (this.eat('\\')) return this.classEscape(true)
      return this.cps[this.pos++]!
    }
    while (!this.eat(']')) {
      if (this.pos >= this.cps.length) throw this.unsupported('an unclosed class')
      const from = atom()
      if (typeof from === 'number' && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1)) {
        this.pos++
        const to = atom()
        if (typeof to !== 'number') throw this.unsupported('a range ending in a class escape')
        tests.push(x => x >= from && x <= to)
        continue
      }
      tests.push(typeof from === 'number' ? x => x === from : from)
    }
    const any: CharTest = x => tests.some(t => t(x))
    return { t: 'char', test: negated ? not(any) : any }
  }
}

type Instruction =
  | { op: 'char'; test: CharTest }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'assert'; kind: AssertKind }
  | { op: 'match' }

/** Compiles the tree into a Pike VM program, refusing one larger than {@link MAX_PROGRAM}. */
function compile(root: Node): Instruction[] {
  const program: Instruction[] = []
  const emit = (i: Instruction): number => {
    if (program.length >= MAX_PROGRAM)
      throw new UnsupportedPatternError(
        `the pattern is too large once its counts are expanded (over ${MAX_PROGRAM} steps)`
      )
    program.push(i)
    return program.length - 1
  }
  const gen = (n: Node): void => {
    switch (n.t) {
      case 'char':
        emit({ op: 'char', test: n.test })
        return
      case 'assert':
        emit({ op: 'assert', kind: n.kind })
        return
      case 'cat':
        for (const item of n.items) gen(item)
        return
      case 'alt': {
        // split L1, next; L1: a; jmp end; next: split L2, … ; last alternative.
        const jumps: number[] = []
        n.alts.forEach((alt, i) => {
          if (i < n.alts.length - 1) {
            const split = emit({ op: 'split', x: 0, y: 0 })
            ;(program[split] as { x: number }).x = program.length
            gen(alt)
            jumps.push(emit({ op: 'jmp', x: 0 }))
            ;(program[split] as { y: number }).y = program.length
          } else gen(alt)
        })
        for (const j of jumps) (program[j] as { x: number }).x = program.length
        return
      }
      case 'rep': {
        for (let i = 0; i < n.min; i++) gen(n.node)
        if (n.max === Infinity) {
          // L: split body, out; body; jmp L
          const split = emit({ op: 'split', x: 0, y: 0 })
          ;(program[split] as { x: number }).x = program.length
          gen(n.node)
          emit({ op: 'jmp', x: split })
          ;(program[split] as { y: number }).y = program.length
          return
        }
        // Each optional copy: split body, out (all outs lead to the end).
        const splits: number[] = []
        for (let i = n.min; i < n.max; i++) {
          const split = emit({ op: 'split', x: 0, y: 0 })
          ;(program[split] as { x: number }).x = program.length
          splits.push(split)
          gen(n.node)
        }
        for (const s of splits) (program[s] as { y: number }).y = program.length
        return
      }
    }
  }
  gen(root)
  emit({ op: 'match' })
  return program
}

/** Runs the program over the text, searching (not anchored), in linear time. */
function search(program: Instruction[], text: string): boolean {
  const cps = Array.from(text, c => c.codePointAt(0)!)
  // The position whose closure last added each instruction: one thread per instruction there.
  const mark = new Int32Array(program.length).fill(-1)
  let matched = false
  const add = (list: number[], pc: number, at: number): void => {
    const stack = [pc]
    while (stack.length) {
      const p = stack.pop()!
      if (mark[p] === at) continue
      mark[p] = at
      const i = program[p]!
      if (i.op === 'jmp') stack.push(i.x)
      else if (i.op === 'split') stack.push(i.y, i.x)
      else if (i.op === 'assert') {
        if (holds(i.kind, cps, at)) stack.push(p + 1)
      } else if (i.op === 'match') matched = true
      else list.push(p)
    }
  }
  let current: number[] = []
  for (let at = 0; ; at++) {
    // A match may start anywhere: a new thread at every position.
    add(current, 0, at)
    if (matched) return true
    if (at === cps.length) return false
    const next: number[] = []
    for (const pc of current) {
      if ((program[pc] as { test: CharTest }).test(cps[at]!)) add(next, pc + 1, at + 1)
    }
    if (matched) return true
    current = next
  }
}

function holds(kind: AssertKind, cps: number[], at: number): boolean {
  if (kind === 'start') return at === 0
  if (kind === 'end') return at === cps.length
  const before = at > 0 && isWord(cps[at - 1]!)
  const after = at < cps.length && isWord(cps[at]!)
  return (before !== after) === (kind === 'boundary')
}

/** A compiled pattern: `test` answers as `new RegExp(source, 'u').test` would. */
export interface LinearRegex {
  source: string
  test(text: string): boolean
}

/**
 * Compiles a JavaScript regular expression (`u` flag) for linear-time matching. Throws
 * `SyntaxError` for what JavaScript itself refuses, and {@link UnsupportedPatternError} for what
 * this matcher does not do or a pattern over the size limits.
 */
export function linearRegex(source: string): LinearRegex {
  if (source.length > MAX_PATTERN_LENGTH)
    throw new UnsupportedPatternError(
      `the pattern is ${source.length} characters long, over the ${MAX_PATTERN_LENGTH} allowed`
    )
  // JavaScript's own parser first: its syntax errors are the ones users know.
  new RegExp(source, 'u')
  return fromTree(source, new Parser(source).parse())
}

/** A shell-style glob, `*` for any run of characters and `?` for one, matched whole. */
export function linearGlob(glob: string): LinearRegex {
  if (glob.length > MAX_PATTERN_LENGTH)
    throw new UnsupportedPatternError(
      `the pattern is ${glob.length} characters long, over the ${MAX_PATTERN_LENGTH} allowed`
    )
  const any: CharTest = () => true
  const items: Node[] = [{ t: 'assert', kind: 'start' }]
  for (const ch of glob) {
    const cp = ch.codePointAt(0)!
    if (ch === '*') items.push({ t: 'rep', node: { t: 'char', test: any }, min: 0, max: Infinity })
    else if (ch === '?') items.push({ t: 'char', test: any })
    else items.push({ t: 'char', test: x => x === cp })
  }
  items.push({ t: 'assert', kind: 'end' })
  return fromTree(glob, { t: 'cat', items })
}

function fromTree(source: string, tree: Node): LinearRegex {
  const program = compile(tree)
  return { source, test: text => search(program, text) }
}
