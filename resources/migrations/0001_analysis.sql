ALTER TABLE `behaviour` ADD `quick_path` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `engagement` ADD `weight_scale` text DEFAULT 'points' NOT NULL;