import { describe, expect, test } from '@jest/globals'
import {
  classifyToken,
  excessScopes,
  isGitHubRegistry,
  isPersonal,
  packageSettingsUrl
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
    ['0123456789ABCDEF0123456789ABCDEF01234567', 'other', false]
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

test('GitHub registries and package settings URLs', () => {
  expect(isGitHubRegistry('ghcr.io', 'https://github.com')).toBe(true)
  expect(isGitHubRegistry('containers.ghe.example.com', 'https://ghe.example.com')).toBe(true)
  expect(isGitHubRegistry('docker.io', 'https://github.com')).toBe(false)
  expect(packageSettingsUrl('https://github.com', 'octo-org/team/app', true)).toBe(
    'https://github.com/orgs/octo-org/packages/container/team%2Fapp/settings'
  )
})
