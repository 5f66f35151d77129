CREATE TABLE `assessment` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`capability_id` text NOT NULL,
	`audience_id` text NOT NULL,
	`person` text NOT NULL,
	`level` integer NOT NULL,
	`source` text NOT NULL,
	`date` text NOT NULL,
	`measure_id` text,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`capability_id`) REFERENCES `capability`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`audience_id`) REFERENCES `audience`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assessment_engagement` ON `assessment` (`engagement_id`);--> statement-breakpoint
CREATE INDEX `assessment_capability` ON `assessment` (`capability_id`);--> statement-breakpoint
CREATE TABLE `capability` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`order` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'skill' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`behaviour_ids` text DEFAULT '[]' NOT NULL,
	`cause_ids` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `capability_engagement` ON `capability` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `culture_check` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`order` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`held_on` text,
	`groups` text NOT NULL,
	`targets` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `culture_check_engagement` ON `culture_check` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `culture_response` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`check_id` text NOT NULL,
	`group` text NOT NULL,
	`respondent` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'person' NOT NULL,
	`answers` text NOT NULL,
	`source` text DEFAULT 'typed' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`check_id`) REFERENCES `culture_check`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `culture_response_check` ON `culture_response` (`check_id`);--> statement-breakpoint
CREATE INDEX `culture_response_engagement` ON `culture_response` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `learning_need` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`order` real DEFAULT 0 NOT NULL,
	`capability_id` text NOT NULL,
	`audience_id` text NOT NULL,
	`behaviour_id` text,
	`intervention_id` text,
	`action` text DEFAULT '' NOT NULL,
	`condition` text DEFAULT '' NOT NULL,
	`standard` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`start_date` text,
	`due_date` text,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`capability_id`) REFERENCES `capability`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`audience_id`) REFERENCES `audience`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviour`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`intervention_id`) REFERENCES `intervention`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `learning_need_engagement` ON `learning_need` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `requirement` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`capability_id` text NOT NULL,
	`audience_id` text NOT NULL,
	`required` integer DEFAULT 3 NOT NULL,
	`importance` integer DEFAULT 3 NOT NULL,
	`typical` real,
	`low` integer,
	`high` integer,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`capability_id`) REFERENCES `capability`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`audience_id`) REFERENCES `audience`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `requirement_pair` ON `requirement` (`capability_id`,`audience_id`);--> statement-breakpoint
CREATE INDEX `requirement_engagement` ON `requirement` (`engagement_id`);--> statement-breakpoint
ALTER TABLE `audience` ADD `learner_needs` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `driver` ADD `lever` text;--> statement-breakpoint
ALTER TABLE `engagement` ADD `capability_scale` text;--> statement-breakpoint
ALTER TABLE `intervention` ADD `transfer` text;--> statement-breakpoint
ALTER TABLE `intervention` ADD `lever` text;