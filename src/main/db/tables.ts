import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

/** The tables services may edit through the undo-recording Edit, by their SQL names. */
export const editableTables = {
  engagement: schema.engagement,
  outcome: schema.outcome,
  audience: schema.audience,
  behaviour: schema.behaviour,
  driver: schema.driver,
  cause: schema.cause,
  evidence: schema.evidence,
  intervention: schema.intervention,
  intervention_cause: schema.interventionCause,
  measure: schema.measure,
  observation: schema.observation,
  cost: schema.cost,
  map_position: schema.mapPosition,
  benefit: schema.benefit,
  intangible: schema.intangible,
  capability: schema.capability,
  requirement: schema.requirement,
  assessment: schema.assessment,
  learning_need: schema.learningNeed,
  culture_check: schema.cultureCheck,
  culture_response: schema.cultureResponse,
} satisfies Record<string, SQLiteTable>;

export type TableName = keyof typeof editableTables;
export type RowOf<T extends TableName> = (typeof editableTables)[T]['$inferSelect'];
export type NewRowOf<T extends TableName> = (typeof editableTables)[T]['$inferInsert'];

for (const [name, table] of Object.entries(editableTables)) {
  if (getTableName(table) !== name) throw new Error(`Table registry out of step with schema: ${name}`);
}

/** Converts a row from the code's camelCase keys to column names (booleans as SQLite integers). */
export function toColumns(table: TableName, values: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(editableTables[table]) as Record<string, { name: string }>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const column = columns[key];
    if (!column) throw new Error(`${table} has no field ${key}`);
    if (value === undefined) continue;
    // SQLite stores booleans as integers and JSON columns as text.
    out[column.name] =
      typeof value === 'boolean' ? (value ? 1 : 0) : value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
  }
  return out;
}
