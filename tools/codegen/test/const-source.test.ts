import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { constSource } from '../src/const-source.js';

/** Evaluates the emitted TypeScript and returns the exported value. */
function evaluate(source: string, name: string): unknown {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
  return new Function(`${js.replace(/^export /gm, '')}; return ${name};`)();
}

const paging = { scheme: 'cursor', cursorParam: 'next_page_token', items: '/users' };
const limits = { page_size: { default: 30, minimum: 1, maximum: 300 } };
const lists = {
  '/a': { pagination: paging, params: limits },
  '/b': { pagination: paging, params: limits },
  '/c': { pagination: { ...paging, items: '/other' }, params: { page_size: { default: 1, maximum: 10 } } },
};

describe('constSource', () => {
  it('writes each repeated object once and keeps the value', () => {
    const source = constSource('lists', lists, '/** doc */');
    expect(evaluate(source, 'lists')).toEqual(lists);
    // The shared paging description and limits appear once each, not twice.
    expect(source.split('"next_page_token"')).toHaveLength(3); // once shared, once in /c
    expect(source.split('"maximum": 300')).toHaveLength(2);
    expect(source).toMatch(/^const sharedPagination\d+ = \{/m);
    expect(source).toContain('/** doc */\nexport const lists = {');
  });

  it('leaves data without repeats as one literal', () => {
    const source = constSource('one', { a: { b: [1, 2] }, c: 'x' }, '/** one */');
    expect(source).not.toContain('const shared');
    expect(evaluate(source, 'one')).toEqual({ a: { b: [1, 2] }, c: 'x' });
  });

  it('declares a shared part before the shared part that holds it', () => {
    const inner = { default: 30, minimum: 1, maximum: 300 };
    const outer = { size: inner, cursor: 'next_page_token_here' };
    const source = constSource('nested', { x: outer, y: outer, z: { size: inner } }, '/** n */');
    expect(evaluate(source, 'nested')).toEqual({ x: outer, y: outer, z: { size: inner } });
  });
});
