CREATE TABLE `benefit` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`measure_id` text,
	`position` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'effect' NOT NULL,
	`isolation` text NOT NULL,
	`conversion` text NOT NULL,
	`time_saved` text,
	`years` real DEFAULT 1 NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `benefit_engagement` ON `benefit` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `intangible` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `intangible_engagement` ON `intangible` (`engagement_id`);