/** What users read about an image: outputs and summary in the words of the command that ran. */
import { describe, expect, jest, test } from '@jest/globals'
import { mockCore } from '../helpers/core-mock.js'

const core = mockCore()
jest.unstable_mockModule('@actions/core', () => core.module)

const { progressReporter, setImageOutputs, summarizeImage } =
  await import('../../src/action/report.js')
const { withArticle } = await import('../../src/action/token.js')
const { parseDigest } = await import('../../src/registry/digest.js')

const INDEX = `sha256:${'1'.repeat(64)}`
const CHILD = `sha256:${'2'.repeat(64)}`
const stats = {
  copied: 2,
  present: 1,
  mounted: 0,
  foreign: 0,
  bytesCopied: 3 << 20,
  bytesReused: 1 << 20
}

const pulled = {
  digest: INDEX,
  ref: `ghcr.io/o/app@${INDEX}`,
  tags: [],
  imageid: `sha256:${'3'.repeat(64)}`,
  platforms: [],
  platform: { platform: 'linux/arm64', digest: CHILD },
  size: 4 << 20,
  seconds: 1.5,
  transfer: {
    direction: 'download' as const,
    stats,
    mediaType: 'application/vnd.oci.image.index.v1+json'
  }
}

/** The summary table's rows as `what: value` lines. */
function summaryRows(): string[] {
  const calls = core.module.summary.addTable.mock.calls as unknown as Array<
    [Array<[string, string]>]
  >
  const table = calls.at(-1)![0]
  return table.slice(1).map(([what, value]) => `${what}: ${value}`)
}

describe('a pull', () => {
  test('metadata has a download block, no upload block, and the platform taken', () => {
    core.reset()
    setImageOutputs(pulled, { source: 'ghcr.io/o/app:1' })
    const metadata = JSON.parse(core.outputs.metadata!) as Record<string, unknown>
    expect(metadata.download).toEqual({
      layersDownloaded: 2,
      layersCached: 1,
      bytesDownloaded: 3 << 20,
      bytesCached: 1 << 20
    })
    expect(metadata).not.toHaveProperty('transfer')
    expect(metadata.pushed).toBe(false)
    expect(metadata.platform).toBe('linux/arm64')
    expect(metadata.platformDigest).toBe(CHILD)
  })

  test('the summary speaks of downloads and names the platform beside the index digest', () => {
    summarizeImage('Pulled ghcr.io/o/app:1', pulled, 'ghcr.io/o/app')
    const rows = summaryRows()
    expect(rows).toContain(`platforms: linux/arm64 (<code>${CHILD}</code>)`)
    expect(rows).toContain('layers: 2 downloaded, 1 from the cache')
    expect(rows).toContain('received: 3.0 MiB (1.0 MiB from the cache)')
    expect(rows.join('\n')).not.toMatch(/pushed|sent|not pushed|single platform/)
  })

  test('progress lines say downloaded, not pushed', () => {
    core.reset()
    const events = progressReporter('download')
    const desc = { mediaType: 'x', digest: parseDigest(CHILD), size: 1 << 20 }
    events.onBlobStart!(desc)
    events.onBlobDone!(desc, 'copied')
    events.onBlobDone!(desc, 'present')
    expect(core.info.join('\n')).toMatch(/downloaded in \d+\.\d s/)
    expect(core.info.join('\n')).toMatch(/from the cache/)
    expect(core.info.join('\n')).not.toMatch(/pushed|already present/)
  })
})

test('a push reports its upload; a single image says so', () => {
  core.reset()
  const pushed = {
    ...pulled,
    tags: ['ghcr.io/o/app:1'],
    platform: undefined,
    transfer: { ...pulled.transfer, direction: 'upload' as const }
  }
  setImageOutputs(pushed)
  const metadata = JSON.parse(core.outputs.metadata!) as Record<string, unknown>
  expect(metadata.transfer).toMatchObject({ layersPushed: 2, layersPresent: 1 })
  expect(metadata).not.toHaveProperty('download')
  expect(metadata.pushed).toBe(true)
  summarizeImage('Pushed', pushed, 'ghcr.io/o/app')
  expect(summaryRows()).toContain('platforms: single platform')
  expect(summaryRows()).toContain('sent: 3.0 MiB (1.0 MiB reused)')
})

test.each([
  ['oauth', 'an OAuth app token'],
  ['classic-pat', 'a personal access token (classic)'],
  ['installation', 'a GitHub App installation token (GITHUB_TOKEN)'],
  ['legacy', 'a legacy 40-character personal token']
] as const)('%s is %s', (kind, words) => {
  expect(withArticle(kind)).toBe(words)
})
