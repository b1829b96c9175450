import { describe, expect, test } from '@jest/globals'
import {
  classifyToken,
  excessScopes,
  isGitHubRegistry,
  isPersonal,
  isServerRegistry,
  packageSettingsUrl,
  serverRegistry
} from '../../src/action/token.js'

describe('token kinds by prefix', () => {
  test.each([
    ['ghs_abc', 'installation', false],
    ['ghp_abc', 'classic-pat', true],
    ['github_pat_11abc', 'fine-grained-pat', true],
    ['gho_abc', 'oauth', true],
    ['ghu_abc', 'user-to-server', true],
    ['0123456789abcdef0123456789abcdef01234567', 'legacy', true],
    ['', 'none', false],
    ['dckr_pat_abc', 'other', false],
    ['0123456789ABCDEF0123456789ABCDEF01234567', 'other', false],
    // 2026's GITHUB_TOKEN: ghs_ and a JWT of about 520 characters. By prefix, never by shape.
    [
      `ghs_${'eyJhbGciOiJSUzI1NiJ9'.repeat(10)}.${'e30'.repeat(60)}.${'s1g-_'.repeat(30)}`,
      'installation',
      false
    ],
    ['ghp_a', 'classic-pat', true]
  ])('%s is %s', (token, kind, personal) => {
    expect(classifyToken(token)).toBe(kind)
    expect(isPersonal(classifyToken(token))).toBe(personal)
  })
})

describe('classic PAT scopes', () => {
  test.each([
    [['write:packages', 'read:packages'], 'push', []],
    [['repo', 'write:packages'], 'build-push', ['repo']],
    [['read:packages'], 'pull', []],
    [['write:packages', 'delete:packages'], 'pull', ['write:packages', 'delete:packages']],
    [['write:packages', 'admin:org'], 'push', ['admin:org']]
  ])('%j for %s: %j beyond need', (granted, command, extra) => {
    expect(excessScopes(granted, command)).toEqual(extra)
  })
})

test.each([
  ['https://github.com', 'ghcr.io'],
  ['https://github.com/', 'ghcr.io'],
  ['https://octo.ghe.com', 'containers.octo.ghe.com'],
  ['https://GHES.Example.com', 'containers.ghes.example.com'],
  ['https://ghes.example.com:8443', 'containers.ghes.example.com'],
  ['not a url', 'ghcr.io']
])('the registry of %s is %s', (server, registry) => {
  expect(serverRegistry(server)).toBe(registry)
  expect(isServerRegistry(registry, server)).toBe(true)
})

test("the workflow token's registry is the server's alone; ghcr.io is GitHub's everywhere", () => {
  expect(isServerRegistry('ghcr.io', 'https://ghes.example.com')).toBe(false)
  expect(isServerRegistry('ghcr.io:443', 'https://github.com')).toBe(true)
  expect(isServerRegistry('containers.octo.ghe.com', 'https://github.com')).toBe(false)
  expect(isGitHubRegistry('ghcr.io', 'https://ghes.example.com')).toBe(true)
})

test('GitHub registries and package settings URLs', () => {
  expect(isGitHubRegistry('ghcr.io', 'https://github.com')).toBe(true)
  expect(isGitHubRegistry('containers.ghe.example.com', 'https://ghe.example.com')).toBe(true)
  expect(isGitHubRegistry('docker.io', 'https://github.com')).toBe(false)
  expect(packageSettingsUrl('https://github.com', 'octo-org/team/app', true)).toBe(
    'https://github.com/orgs/octo-org/packages/container/team%2Fapp/settings'
  )
})
