/** The one LABEL step the classic builder's labels go on in. */
import { describe, expect, test } from '@jest/globals'
import { labelInstruction } from '../../src/build/builders.js'

describe('labelInstruction', () => {
  test('quotes every key and value, escaping what a Dockerfile would read', () => {
    expect(
      labelInstruction({
        'org.opencontainers.image.title': 'My App',
        quirk: 'a "$HOME" \\ b ${X}'
      })
    ).toBe(
      'LABEL "org.opencontainers.image.title"="My App" "quirk"="a \\"\\$HOME\\" \\\\ b \\${X}"'
    )
  })

  test('a line break, which a Dockerfile line cannot hold, leaves the labels to --label', () => {
    expect(labelInstruction({ a: '1', note: 'two\nlines' })).toBeUndefined()
    expect(labelInstruction({ 'carriage\r': 'x' })).toBeUndefined()
  })
})
