/** The bumps the pending changesets (`.changeset/*.md`) ask for, read with changesets' own reader. */
import readChangesets from '@changesets/read';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

/** The highest bump any pending changeset asks for, per package name. */
export async function pendingBumps(root: string): Promise<Map<string, Bump>> {
  const bumps = new Map<string, Bump>();
  for (const changeset of await readChangesets(root)) {
    for (const release of changeset.releases) {
      const type = release.type as Bump;
      const now = bumps.get(release.name) ?? 'none';
      if (ORDER.indexOf(type) > ORDER.indexOf(now)) bumps.set(release.name, type);
    }
  }
  return bumps;
}
