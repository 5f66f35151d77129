-- One name per concept: list order is `order`, an intervention's catalogue entry is `catalogue_key`,
-- an ROI cost line is a `cost`. Undo steps store row operations as JSON with table and column names
-- (undo_entry.ops, see src/main/db/rowOps.ts); they are rewritten to the new names below, so undo
-- and redo saved before this migration still apply after it.
ALTER TABLE `outcome` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `audience` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `behaviour` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `cause` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `intervention` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `measure` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `benefit` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `intangible` RENAME COLUMN `position` TO `order`;--> statement-breakpoint
ALTER TABLE `intervention` RENAME COLUMN `library_key` TO `catalogue_key`;--> statement-breakpoint
ALTER TABLE `cost_item` RENAME TO `cost`;--> statement-breakpoint
DROP INDEX `cost_item_engagement`;--> statement-breakpoint
CREATE INDEX `cost_engagement` ON `cost` (`engagement_id`);--> statement-breakpoint
-- Undo steps on ROI cost lines: the table is now `cost`.
UPDATE `undo_entry` SET `ops` = (
  SELECT json_group_array(json(CASE
    WHEN `op`.`value` ->> '$.table' = 'cost_item'
    THEN json_set(`op`.`value`, '$.table', 'cost')
    ELSE `op`.`value` END) ORDER BY `op`.`key`)
  FROM json_each(`undo_entry`.`ops`) AS `op`
) WHERE `ops` LIKE '%"cost_item"%';--> statement-breakpoint
-- Undo steps: `position` is now `order` in inserted or deleted rows.
UPDATE `undo_entry` SET `ops` = (
  SELECT json_group_array(json(CASE
    WHEN `op`.`value` ->> '$.table' IN ('outcome', 'audience', 'behaviour', 'cause', 'intervention', 'measure', 'benefit', 'intangible') AND json_type(`op`.`value`, '$.row.position') IS NOT NULL
    THEN json_remove(json_set(`op`.`value`, '$.row.order', `op`.`value` -> '$.row.position'), '$.row.position')
    ELSE `op`.`value` END) ORDER BY `op`.`key`)
  FROM json_each(`undo_entry`.`ops`) AS `op`
) WHERE `ops` LIKE '%"position"%';--> statement-breakpoint
-- Undo steps: `position` is now `order` in values before an update.
UPDATE `undo_entry` SET `ops` = (
  SELECT json_group_array(json(CASE
    WHEN `op`.`value` ->> '$.table' IN ('outcome', 'audience', 'behaviour', 'cause', 'intervention', 'measure', 'benefit', 'intangible') AND json_type(`op`.`value`, '$.before.position') IS NOT NULL
    THEN json_remove(json_set(`op`.`value`, '$.before.order', `op`.`value` -> '$.before.position'), '$.before.position')
    ELSE `op`.`value` END) ORDER BY `op`.`key`)
  FROM json_each(`undo_entry`.`ops`) AS `op`
) WHERE `ops` LIKE '%"position"%';--> statement-breakpoint
-- Undo steps: `position` is now `order` in values after an update.
UPDATE `undo_entry` SET `ops` = (
  SELECT json_group_array(json(CASE
    WHEN `op`.`value` ->> '$.table' IN ('outcome', 'audience', 'behaviour', 'cause', 'intervention', 'measure', 'benefit', 'intangible') AND json_type(`op`.`value`, '$.after.position') IS NOT NULL
    THEN json_remove(json_set(`op`.`value`, '$.after.order', `op`.`value` -> '$.after.position'), '$.after.position')
    ELSE `op`.`value` END) ORDER BY `op`.`key`)
  FROM json_each(`undo_entry`.`ops`) AS `op`
) WHERE `ops` LIKE '%"position"%';--> statement-breakpoint
-- Undo steps: `library_key` is now `catalogue_key` in inserted or deleted rows.
UPDATE `undo_entry` SET `ops` = (
  SELECT json_group_array(json(CASE
    WHEN `op`.`value` ->> '$.table' IN ('intervention') AND json_type(`op`.`value`, '$.row.library_key') IS NOT NULL
    THEN json_remove(json_set(`op`.`value`, '$.row.catalogue_key', `op`.`value` -> '$.row.library_key'), '$.row.library_key')
    ELSE `op`.`value` END) ORDER BY `op`.`key`)
  FROM json_each(`undo_entry`.`ops`) AS `op`
) WHERE `ops` LIKE '%"library_key"%';--> statement-breakpoint
-- Undo steps: `library_key` is now `catalogue_key` in values before an update.
UPDATE `undo_entry` SET `ops` = (
  SELECT json_group_array(json(CASE
    WHEN `op`.`value` ->> '$.table' IN ('intervention') AND json_type(`op`.`value`, '$.before.library_key') IS NOT NULL
    THEN json_remove(json_set(`op`.`value`, '$.before.catalogue_key', `op`.`value` -> '$.before.library_key'), '$.before.library_key')
    ELSE `op`.`value` END) ORDER BY `op`.`key`)
  FROM json_each(`undo_entry`.`ops`) AS `op`
) WHERE `ops` LIKE '%"library_key"%';--> statement-breakpoint
-- Undo steps: `library_key` is now `catalogue_key` in values after an update.
UPDATE `undo_entry` SET `ops` = (
  SELECT json_group_array(json(CASE
    WHEN `op`.`value` ->> '$.table' IN ('intervention') AND json_type(`op`.`value`, '$.after.library_key') IS NOT NULL
    THEN json_remove(json_set(`op`.`value`, '$.after.catalogue_key', `op`.`value` -> '$.after.library_key'), '$.after.library_key')
    ELSE `op`.`value` END) ORDER BY `op`.`key`)
  FROM json_each(`undo_entry`.`ops`) AS `op`
) WHERE `ops` LIKE '%"library_key"%';