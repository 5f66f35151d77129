CREATE TABLE `driver` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`behaviour_id` text NOT NULL,
	`order` real DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviour`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `driver_engagement` ON `driver` (`engagement_id`);--> statement-breakpoint
CREATE INDEX `driver_behaviour` ON `driver` (`behaviour_id`);--> statement-breakpoint
ALTER TABLE `engagement` ADD `benefit_adjustment` real DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `measure` ADD `objective` text DEFAULT '' NOT NULL;