import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// GitHub workflows never run on this machine, so each is linted against GitHub's workflow schema
// by action-validator (its WASM build: no binary download, works offline). A misspelt key or a
// value of the wrong shape would otherwise only show when GitHub refuses the file.
const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const workflowDir = join(root, '.github', 'workflows');
const validatorPackage = require.resolve('@action-validator/cli/package.json');
const validatorBin = join(validatorPackage, '..', require(validatorPackage).bin['action-validator']);
const scratch = mkdtempSync(join(tmpdir(), 'rtc-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every workflow GitHub would run: the YAML files of .github/workflows. */
const workflows = readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(workflowDir, name));

interface ValidatorError {
  path?: string;
  title?: string;
  detail?: string;
  states?: Array<{ errors: ValidatorError[] }>;
}

/**
 * The validator's messages, one line each. Where the schema offers alternatives (a job is either
 * steps or a reusable workflow call), only the alternative with the fewest complaints is shown:
 * the one the file meant.
 */
function messages(errors: ValidatorError[]): string[] {
  return errors.flatMap((error) => {
    const closest = (error.states ?? []).toSorted((a, b) => a.errors.length - b.errors.length)[0];
    if (closest) return messages(closest.errors);
    return [`${error.path || '/'}: ${error.detail ?? error.title ?? JSON.stringify(error)}`];
  });
}

/** Runs action-validator on one file; the problems it reports, empty when the file is valid. */
async function validate(file: string): Promise<string[]> {
  try {
    await run(process.execPath, [validatorBin, file], { cwd: root });
    return [];
  } catch (failure) {
    const { stdout = '', stderr = '' } = failure as { stdout?: string; stderr?: string };
    const output = `${stderr}${stdout}`.trim();
    try {
      const report = JSON.parse(stderr) as { errors: ValidatorError[] };
      return [...new Set(messages(report.errors))];
    } catch {
      return [output || String(failure)]; // not its JSON report (file not found, usage): as printed
    }
  }
}

function explain(file: string, problems: string[]): string {
  return `${relative(root, file)} is not a valid GitHub workflow (action-validator):\n  ${problems.join('\n  ')}`;
}

describe('GitHub workflows', () => {
  it('are found', () => {
    expect(workflows.length).toBeGreaterThan(0);
  });

  it.each(workflows.map((file) => [relative(root, file), file]))(
    '%s is a valid workflow',
    async (_, file) => {
      const problems = await validate(file);
      if (problems.length > 0) expect.fail(explain(file, problems));
    },
  );

  it('a misspelt key is rejected, naming the file, the job and the key', async () => {
    const source = workflows.find((file) => /^\s+runs-on:/m.test(readFileSync(file, 'utf8')));
    expect(source).toBeDefined();
    const copy = join(scratch, 'misspelt.yml');
    writeFileSync(copy, readFileSync(source as string, 'utf8').replace(/^(\s+)runs-on:/m, '$1runs-onn:'));
    const problems = await validate(copy);
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/jobs\/[\w-]+: Additional property 'runs-onn' is not allowed$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/jobs\/[\w-]+\/runs-on: This property is required$/),
    );
    // only the branch the job meant (steps, not a reusable-workflow call)
    expect(problems.join('\n')).not.toContain("'steps' is not allowed");
    expect(explain(copy, problems)).toMatch(/misspelt\.yml is not a valid GitHub workflow/);
  });

  it('a value of the wrong shape is rejected', async () => {
    const copy = join(scratch, 'wrong-shape.yml');
    writeFileSync(copy, 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: run the tests\n');
    expect(await validate(copy)).not.toEqual([]);
  });
});
