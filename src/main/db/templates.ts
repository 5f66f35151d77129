import { asc, eq, sql } from 'drizzle-orm';
import type { TemplateContent } from '../../shared/domain';
import type { Library } from './open';
import { template } from './schema';

/** A saved template as stored: content as raw text, so a damaged row is read, not thrown on. */
export type StoredTemplate = { id: string; name: string; description: string; content: string; createdAt: string };

/**
 * Saved templates: library-wide rows outside any engagement. Writing them is not part of any
 * engagement's undo history (undo lives per engagement); the template list's delete, with its
 * confirmation, is the way back.
 */
export class TemplateStore {
  constructor(private readonly library: Library) {}

  private select() {
    return this.library.db
      .select({
        id: template.id,
        name: template.name,
        description: template.description,
        // Drizzle's JSON column would JSON.parse on read and throw on a damaged row: read the text itself.
        content: sql<string>`CAST(${template.content} AS TEXT)`,
        createdAt: template.createdAt,
      })
      .from(template);
  }

  list(): StoredTemplate[] {
    return this.select().orderBy(asc(template.createdAt), asc(template.name)).all();
  }

  find(id: string): StoredTemplate | undefined {
    return this.select().where(eq(template.id, id)).get();
  }

  insert(row: { name: string; description: string; content: TemplateContent }) {
    const id = crypto.randomUUID();
    this.library.db
      .insert(template)
      .values({ id, ...row })
      .run();
    return id;
  }

  delete(id: string): boolean {
    return this.library.db.delete(template).where(eq(template.id, id)).run().changes > 0;
  }
}
