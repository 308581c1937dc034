import { describe, expect, it } from 'vitest';
import en from './locales/en/common.json';
import zh from './locales/zh-CN/common.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leaf(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], obj);
}

describe('locales', () => {
  it('en and zh-CN have exactly the same keys', () => {
    expect(keysOf(zh).sort()).toEqual(keysOf(en).sort());
  });

  it('every translation uses the same interpolation placeholders as English', () => {
    for (const key of keysOf(en)) {
      expect(placeholders(String(leaf(zh, key))), key).toEqual(placeholders(String(leaf(en, key))));
    }
  });

  it('no translation is empty', () => {
    for (const key of keysOf(zh)) expect(String(leaf(zh, key)).trim(), key).not.toBe('');
  });
});
