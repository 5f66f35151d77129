CREATE TABLE `audience` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`headcount` integer,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audience_engagement` ON `audience` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `behaviour` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`outcome_id` text NOT NULL,
	`audience_id` text,
	`position` real DEFAULT 0 NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`desired` text DEFAULT '' NOT NULL,
	`actual` text DEFAULT '' NOT NULL,
	`impact` integer DEFAULT 3 NOT NULL,
	`gap_size` integer DEFAULT 3 NOT NULL,
	`parked` integer DEFAULT false NOT NULL,
	`park_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outcome_id`) REFERENCES `outcome`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`audience_id`) REFERENCES `audience`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `behaviour_outcome` ON `behaviour` (`outcome_id`);--> statement-breakpoint
CREATE INDEX `behaviour_engagement` ON `behaviour` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `cause` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`behaviour_id` text NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`cell` integer NOT NULL,
	`weight` real DEFAULT 3 NOT NULL,
	`votes` integer,
	`evidence_state` text DEFAULT 'hypothesis' NOT NULL,
	`raised_by` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`behaviour_id`) REFERENCES `behaviour`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cause_behaviour` ON `cause` (`behaviour_id`);--> statement-breakpoint
CREATE INDEX `cause_engagement` ON `cause` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `cost_item` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`intervention_id` text,
	`category` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`amount` real DEFAULT 0 NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`intervention_id`) REFERENCES `intervention`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `cost_item_engagement` ON `cost_item` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `engagement` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`client` text DEFAULT '' NOT NULL,
	`sponsor` text DEFAULT '' NOT NULL,
	`consultant` text DEFAULT '' NOT NULL,
	`start_date` text,
	`end_date` text,
	`confidential` integer DEFAULT true NOT NULL,
	`status` text DEFAULT 'scoping' NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`cause_id` text NOT NULL,
	`source` text NOT NULL,
	`date` text,
	`note` text DEFAULT '' NOT NULL,
	`strength` text DEFAULT 'moderate' NOT NULL,
	`person` text DEFAULT '' NOT NULL,
	`confidential` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cause_id`) REFERENCES `cause`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_cause` ON `evidence` (`cause_id`);--> statement-breakpoint
CREATE INDEX `evidence_engagement` ON `evidence` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `intervention` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`library_key` text,
	`kind` text DEFAULT 'other' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`cost` real,
	`effort` integer,
	`start_date` text,
	`end_date` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`expected_effect` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `intervention_engagement` ON `intervention` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `intervention_cause` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`intervention_id` text NOT NULL,
	`cause_id` text NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`intervention_id`) REFERENCES `intervention`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cause_id`) REFERENCES `cause`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intervention_cause_pair` ON `intervention_cause` (`intervention_id`,`cause_id`);--> statement-breakpoint
CREATE INDEX `intervention_cause_cause` ON `intervention_cause` (`cause_id`);--> statement-breakpoint
CREATE TABLE `map_position` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`node_key` text NOT NULL,
	`x` real NOT NULL,
	`y` real NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `map_position_node` ON `map_position` (`engagement_id`,`node_key`);--> statement-breakpoint
CREATE TABLE `measure` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`outcome_id` text,
	`intervention_id` text,
	`position` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`level` integer DEFAULT 4 NOT NULL,
	`ltem_tier` integer,
	`leading` integer DEFAULT false NOT NULL,
	`method` text DEFAULT '' NOT NULL,
	`data_source` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`timing` text DEFAULT '' NOT NULL,
	`baseline` real,
	`target` real,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outcome_id`) REFERENCES `outcome`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`intervention_id`) REFERENCES `intervention`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `measure_engagement` ON `measure` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `observation` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`date` text NOT NULL,
	`value` real NOT NULL,
	`cohort` text DEFAULT 'all' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `observation_measure` ON `observation` (`measure_id`,`date`);--> statement-breakpoint
CREATE TABLE `outcome` (
	`id` text PRIMARY KEY NOT NULL,
	`engagement_id` text NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`kpi_name` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`direction` text DEFAULT 'increase' NOT NULL,
	`baseline_value` real,
	`baseline_date` text,
	`target_value` real,
	`target_date` text,
	`data_source` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outcome_engagement` ON `outcome` (`engagement_id`);--> statement-breakpoint
CREATE TABLE `undo_entry` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`engagement_id` text NOT NULL,
	`label` text NOT NULL,
	`ops` text NOT NULL,
	`undone` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `undo_entry_engagement` ON `undo_entry` (`engagement_id`,`seq`);