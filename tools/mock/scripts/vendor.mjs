// After tsc: make dist/ installable outside the workspace. The spec packages and
// @rtc-sessions/openapi-model are private workspace packages, so the published package carries
// what it needs of them: each bundled spec (dist/specs/<p>.openapi.json) and openapi-model's
// compiled modules and schemas (dist/vendor/), with the imports of it rewritten to the copy.
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const require = createRequire(join(root, 'package.json'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];

mkdirSync(join(dist, 'specs'), { recursive: true });
for (const name of names.filter((n) => n.startsWith('@rtc-sessions/spec-'))) {
  const id = name.slice('@rtc-sessions/spec-'.length);
  copyFileSync(require.resolve(`${name}/openapi.json`), join(dist, 'specs', `${id}.openapi.json`));
}

const model = dirname(require.resolve('@rtc-sessions/openapi-model/package.json'));
const vendor = join(dist, 'vendor', 'openapi-model');
mkdirSync(vendor, { recursive: true });
// the whole tree: openapi-model keeps modules in folders (dist/extensions/schema.js …)
cpSync(join(model, 'dist'), vendor, {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || /\.(js|d\.ts)$/.test(path),
});
// openapi-model reads its extension schemas from ../schemas relative to its modules.
cpSync(join(model, 'schemas'), join(dist, 'vendor', 'schemas'), { recursive: true });

function rewrite(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (path === join(dist, 'vendor')) continue;
    if (statSync(path).isDirectory()) rewrite(path);
    else if (/\.(js|d\.ts)$/.test(entry)) {
      let target = relative(dirname(path), join(vendor, 'index.js')).split(sep).join('/');
      if (!target.startsWith('.')) target = `./${target}`;
      const text = readFileSync(path, 'utf8');
      const next = text.replaceAll("'@rtc-sessions/openapi-model'", `'${target}'`);
      if (next !== text) writeFileSync(path, next);
    }
  }
}
rewrite(dist);
