ALTER TABLE `undo_entry` ADD `shape` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Every stored step was rewritten to the current row shape by 0003: stamp them with it (ROW_SHAPE = 2).
UPDATE `undo_entry` SET `shape` = 2;
