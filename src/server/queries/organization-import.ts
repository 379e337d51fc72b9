import { and, inArray, like, notLike, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { organizations } from '../db/schema';
import type { ImportContext } from '../import/organization-plan';
import type { OrganizationRow } from './organizations';

/** Keeps each statement's parameter list well below the protocol's limit of 65,535. */
const chunkSize = 5000;

/** Everything an import is checked against, in two queries whatever the size of the file. */
export async function loadImportContext(
  tx: Tx,
  root: OrganizationRow,
  codes: string[],
): Promise<ImportContext<OrganizationRow>> {
  const subtree = await tx
    .select()
    .from(organizations)
    .where(like(organizations.path, `${root.path}%`));
  const wanted = [...new Set(codes.map((c) => c.trim().toLowerCase()).filter(Boolean))];
  const codesElsewhere = new Set<string>();
  for (let start = 0; start < wanted.length; start += chunkSize) {
    const rows = await tx
      .select({ code: organizations.code })
      .from(organizations)
      .where(
        and(
          inArray(sql`lower(${organizations.code})`, wanted.slice(start, start + chunkSize)),
          notLike(organizations.path, `${root.path}%`),
        ),
      );
    for (const row of rows) if (row.code) codesElsewhere.add(row.code.toLowerCase());
  }
  return { root, subtree, codesElsewhere };
}
