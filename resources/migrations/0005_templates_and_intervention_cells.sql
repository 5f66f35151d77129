CREATE TABLE `template` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`content` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `intervention` ADD `cells` text;
--> statement-breakpoint
-- Interventions from the catalogue carry their entry's cells from now on; existing ones get them here.
UPDATE `intervention` SET `cells` = CASE `catalogue_key`
  WHEN 'clear-standards' THEN '[1]'
  WHEN 'worked-examples' THEN '[1,4]'
  WHEN 'feedback-loop' THEN '[1]'
  WHEN 'manager-check-ins' THEN '[1,3]'
  WHEN 'kpi-alignment' THEN '[1,3]'
  WHEN 'process-redesign' THEN '[2]'
  WHEN 'job-aid' THEN '[2,4,5]'
  WHEN 'performance-support' THEN '[2,4]'
  WHEN 'system-fix' THEN '[2]'
  WHEN 'permissions' THEN '[2]'
  WHEN 'knowledge-ownership' THEN '[2]'
  WHEN 'time-staffing' THEN '[2,5]'
  WHEN 'recognition' THEN '[3]'
  WHEN 'incentive-realignment' THEN '[3]'
  WHEN 'remove-punishment' THEN '[3]'
  WHEN 'manager-accountability' THEN '[3,1]'
  WHEN 'career-path' THEN '[3,6]'
  WHEN 'ilt-practice' THEN '[4]'
  WHEN 'elearning-scenarios' THEN '[4]'
  WHEN 'simulation' THEN '[4]'
  WHEN 'coaching' THEN '[4,1]'
  WHEN 'mentoring' THEN '[4,6]'
  WHEN 'microlearning' THEN '[4,2]'
  WHEN 'spaced-nudges' THEN '[4]'
  WHEN 'ojt-plan' THEN '[4]'
  WHEN 'community-practice' THEN '[4,6]'
  WHEN 'peer-learning' THEN '[4]'
  WHEN 'selection-criteria' THEN '[5]'
  WHEN 'placement' THEN '[5,6]'
  WHEN 'job-redesign' THEN '[5,2]'
  WHEN 'peak-scheduling' THEN '[5,2]'
  WHEN 'recruit-fit' THEN '[6]'
  WHEN 'development-plan' THEN '[6,4]'
  WHEN 'psych-safety' THEN '[6,3]'
  WHEN 'role-modelling' THEN '[6,1]'
END
WHERE `cells` IS NULL AND `catalogue_key` IS NOT NULL;
