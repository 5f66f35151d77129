-- An intervention's cost becomes a cost line of its own (category from its type, as defaultCostCategory
-- says; the item is its name), unless it already has cost lines: then its lines are its cost and the
-- old number would count it twice.
INSERT INTO `cost` (`id`, `engagement_id`, `intervention_id`, `category`, `description`, `amount`)
SELECT
	lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2),
		substr('89ab', 1 + (abs(random()) % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))),
	i.`engagement_id`,
	i.`id`,
	CASE i.`kind` WHEN 'information' THEN 'design-development' WHEN 'training' THEN 'design-development' WHEN 'resources' THEN 'delivery' ELSE 'coordination' END,
	CASE WHEN trim(i.`name`) = '' THEN 'Intervention cost' ELSE i.`name` END,
	i.`cost`
FROM `intervention` i
WHERE i.`cost` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `cost` c WHERE c.`intervention_id` = i.`id`);
--> statement-breakpoint
-- Undo steps store whole rows (ROW_SHAPE 3 has no intervention cost). Steps that never held a cost
-- lose the empty column and stay usable; a step that would set or restore a cost keeps shape 2 and
-- is dropped with a message when reached, never applied blindly.
UPDATE `undo_entry`
SET
	`ops` = (
		SELECT json_group_array(json(v)) FROM (
			SELECT CASE WHEN json_extract(o.`value`, '$.table') = 'intervention' THEN json_remove(o.`value`, '$.row.cost') ELSE o.`value` END AS v
			FROM json_each(`undo_entry`.`ops`) o ORDER BY o.`key`
		)
	),
	`shape` = 3
WHERE `shape` = 2 AND NOT EXISTS (
	SELECT 1 FROM json_each(`undo_entry`.`ops`) o
	WHERE json_extract(o.`value`, '$.table') = 'intervention'
		AND (json_extract(o.`value`, '$.row.cost') IS NOT NULL OR json_type(o.`value`, '$.before.cost') IS NOT NULL OR json_type(o.`value`, '$.after.cost') IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE `intervention` DROP COLUMN `cost`;
