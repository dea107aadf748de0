/**
 * Scenario files (JSON or YAML; schema: `schemas/scenario.schema.json`): read, checked against
 * the schema and for sense (nobody leaves who is not there), and expanded into single steps.
 * Every problem names the file and line.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '@rtc-sessions/runtime';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument } from 'yaml';

export interface ScenarioStep {
  at: number;
  do: 'start' | 'join' | 'leave' | 'end';
  who?: string;
  role?: string;
  count?: number;
  every?: number;
  reason?: string;
}

export interface Scenario {
  name: string;
  description?: string;
  room?: string;
  steps: ScenarioStep[];
}

/** One step after `count` is expanded; `line` points into the file it came from. */
export interface PlayStep {
  at: number;
  do: ScenarioStep['do'];
  who?: string;
  role?: string;
  reason?: string;
  line?: number;
}

export class ScenarioError extends ConfigurationError {
  override name = 'ScenarioError';
}

const MAX_SCENARIO_BYTES = 10 * 1024 * 1024;
const schemaUrl = new URL('../../schemas/scenario.schema.json', import.meta.url);
let validate: ReturnType<Ajv2020['compile']> | undefined;

function validator() {
  validate ??= new Ajv2020({ allErrors: false, strict: true, strictRequired: false }).compile(
    JSON.parse(readFileSync(schemaUrl, 'utf8')),
  );
  return validate;
}

/** Reads and checks a scenario file; errors say `file:line: what`. */
export function loadScenario(path: string): { scenario: Scenario; steps: PlayStep[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ScenarioError(`cannot read the scenario ${path}: ${(error as Error).message}`);
  }
  if (text.length > MAX_SCENARIO_BYTES) throw new ScenarioError(`${path}: over ${MAX_SCENARIO_BYTES} bytes`);
  return parseScenario(text, path);
}

/** Parses scenario text (JSON is YAML too); `where` names it in errors. */
export function parseScenario(text: string, where = 'scenario'): { scenario: Scenario; steps: PlayStep[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax)
    throw new ScenarioError(`${where}:${syntax.linePos?.[0].line ?? 1}: ${syntax.message.split('\n')[0]}`);
  const value = doc.toJS() as unknown;
  const lineOf = (path: Array<string | number>): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  const check = validator();
  if (!check(value)) {
    const error = check.errors?.[0];
    const path = (error?.instancePath ?? '')
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const detail =
      error?.keyword === 'additionalProperties'
        ? ` "${(error.params as { additionalProperty: string }).additionalProperty}"`
        : '';
    throw new ScenarioError(
      `${where}:${lineOf(path)}: ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}${detail}`,
    );
  }
  const scenario = value as Scenario;
  const steps = expand(scenario, (i) => lineOf(['steps', i]));
  checkSense(steps, where);
  return { scenario, steps };
}

function expand(scenario: Scenario, lineOf: (index: number) => number): PlayStep[] {
  const out: PlayStep[] = [];
  scenario.steps.forEach((step, index) => {
    const line = lineOf(index);
    const count = step.count ?? 1;
    for (let n = 1; n <= count; n++) {
      const who = step.count ? step.who?.replaceAll('{n}', String(n)) : step.who;
      out.push({
        at: step.at + (n - 1) * (step.every ?? 0),
        do: step.do,
        line,
        ...(who !== undefined ? { who } : {}),
        ...(step.role !== undefined ? { role: step.role } : {}),
        ...(step.reason !== undefined ? { reason: step.reason } : {}),
      });
    }
  });
  // A repeated step can reach past the next one: play in time order (stable for equal times).
  return out
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.at - b.s.at || a.i - b.i)
    .map(({ s }) => s);
}

/** The timeline must make sense: start first, end last, join only when away, leave only when there. */
function checkSense(steps: PlayStep[], where: string): void {
  const present = new Set<string>();
  let started = false;
  let ended = false;
  for (const step of steps) {
    const at = `${where}:${step.line ?? 1}`;
    if (ended) throw new ScenarioError(`${at}: a "${step.do}" step after the session ended`);
    if (step.do === 'start') {
      if (started) throw new ScenarioError(`${at}: the session has already started`);
      started = true;
      continue;
    }
    if (!started)
      throw new ScenarioError(`${at}: "${step.do}" before the session starts (the first step is "start")`);
    if (step.do === 'end') ended = true;
    else if (step.do === 'join') {
      if (present.has(step.who ?? ''))
        throw new ScenarioError(`${at}: ${step.who} joins at ${step.at}s but is already there`);
      present.add(step.who ?? '');
    } else if (!present.delete(step.who ?? '')) {
      throw new ScenarioError(`${at}: ${step.who} leaves at ${step.at}s but is not there`);
    }
  }
}
