CREATE TABLE "action_status_latest" (
	"action_id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"district_id" uuid,
	"organization_path" text NOT NULL,
	"strategy_id" uuid NOT NULL,
	"milestone_id" uuid NOT NULL,
	"practice_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"percent_complete" integer NOT NULL,
	"end_date" date,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_status_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"percent_complete" integer NOT NULL,
	"outputs_done" text,
	"comment" text,
	"cause" text,
	"adjustment" text,
	"resources_used" text,
	"budget_used" numeric(14, 2),
	"reported_by_id" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"occasion" text NOT NULL,
	"holder" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"sent" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "job_runs_job_occasion_pk" PRIMARY KEY("job","occasion")
);
--> statement-breakpoint
CREATE TABLE "milestone_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"milestone_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"semester" text NOT NULL,
	"completed" boolean NOT NULL,
	"behind" boolean NOT NULL,
	"cause" text,
	"adjustment" text,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_period_status" (
	"organization_id" uuid NOT NULL,
	"period" text NOT NULL,
	"organization_path" text NOT NULL,
	"district_id" uuid,
	"reported" integer DEFAULT 0 NOT NULL,
	"not_started" integer DEFAULT 0 NOT NULL,
	"on_track" integer DEFAULT 0 NOT NULL,
	"at_risk" integer DEFAULT 0 NOT NULL,
	"behind" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"budget_used" numeric(16, 2) DEFAULT '0' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_period_status_organization_id_period_pk" PRIMARY KEY("organization_id","period")
);
--> statement-breakpoint
CREATE TABLE "person_preferences" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"daily_digest" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quarterly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"period" text NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"updated_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminder_sends" (
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"occasion" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_sends_kind_person_id_occasion_pk" PRIMARY KEY("kind","person_id","occasion")
);
--> statement-breakpoint
CREATE TABLE "reporting_calendars" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"year_start_month" integer NOT NULL,
	"status_due_day" integer NOT NULL,
	"quarter_start_months" jsonb NOT NULL,
	"semester_start_months" jsonb NOT NULL,
	"annual_review_month" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_metrics" (
	"measure_id" uuid PRIMARY KEY NOT NULL,
	"metric_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"explanation" text NOT NULL,
	"adjustments" text,
	"updated_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"better" text NOT NULL,
	"data_source" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observation_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"status" text NOT NULL,
	"row_count" integer NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_by_token_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"metric_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"period" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"value" numeric(14, 4) NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"import_id" uuid,
	"recorded_by_id" uuid,
	"recorded_by_token_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid,
	"plan_version_id" uuid,
	"strategy_id" uuid,
	"milestone_id" uuid,
	"summary" text NOT NULL,
	"cause" text NOT NULL,
	"evidence" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_on" date NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"respondent_organization_id" uuid,
	"plan_id" uuid,
	"strategy_id" uuid,
	"milestone_id" uuid,
	"practice_code" text,
	"need" text NOT NULL,
	"status" text NOT NULL,
	"response" text,
	"provider_organization_id" uuid,
	"provider_vendor" text,
	"description" text,
	"start_date" date,
	"end_date" date,
	"how_used" text,
	"effectiveness_rating" integer,
	"effectiveness_explanation" text,
	"requested_by_id" uuid,
	"requested_at" timestamp with time zone,
	"answered_by_id" uuid,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_status_latest" ADD CONSTRAINT "action_status_latest_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_latest" ADD CONSTRAINT "action_status_latest_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_latest" ADD CONSTRAINT "action_status_latest_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_latest" ADD CONSTRAINT "action_status_latest_district_id_organizations_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_latest" ADD CONSTRAINT "action_status_latest_strategy_id_plan_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."plan_strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_latest" ADD CONSTRAINT "action_status_latest_milestone_id_plan_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."plan_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_reports" ADD CONSTRAINT "action_status_reports_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_reports" ADD CONSTRAINT "action_status_reports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_reports" ADD CONSTRAINT "action_status_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_status_reports" ADD CONSTRAINT "action_status_reports_reported_by_id_people_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_reviews" ADD CONSTRAINT "milestone_reviews_milestone_id_plan_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."plan_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_reviews" ADD CONSTRAINT "milestone_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_reviews" ADD CONSTRAINT "milestone_reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_reviews" ADD CONSTRAINT "milestone_reviews_reviewed_by_id_people_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_period_status" ADD CONSTRAINT "organization_period_status_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_period_status" ADD CONSTRAINT "organization_period_status_district_id_organizations_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_preferences" ADD CONSTRAINT "person_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD CONSTRAINT "quarterly_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD CONSTRAINT "quarterly_reports_updated_by_id_people_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_calendars" ADD CONSTRAINT "reporting_calendars_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_metrics" ADD CONSTRAINT "measure_metrics_measure_id_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plan_measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_metrics" ADD CONSTRAINT "measure_metrics_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_reviews" ADD CONSTRAINT "measure_reviews_measure_id_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plan_measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_reviews" ADD CONSTRAINT "measure_reviews_updated_by_id_people_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_imports" ADD CONSTRAINT "observation_imports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_imports" ADD CONSTRAINT "observation_imports_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_imports" ADD CONSTRAINT "observation_imports_created_by_token_id_api_tokens_id_fk" FOREIGN KEY ("created_by_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_recorded_by_id_people_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_recorded_by_token_id_api_tokens_id_fk" FOREIGN KEY ("recorded_by_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_strategy_id_plan_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."plan_strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_milestone_id_plan_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."plan_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_respondent_organization_id_organizations_id_fk" FOREIGN KEY ("respondent_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_strategy_id_plan_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."plan_strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_milestone_id_plan_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."plan_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_requested_by_id_people_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_answered_by_id_people_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_status_latest_org_idx" ON "action_status_latest" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "action_status_latest_district_idx" ON "action_status_latest" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "action_status_latest_path_idx" ON "action_status_latest" USING btree ("organization_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "action_status_reports_action_period_unique" ON "action_status_reports" USING btree ("action_id","period");--> statement-breakpoint
CREATE INDEX "action_status_reports_org_period_idx" ON "action_status_reports" USING btree ("organization_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "milestone_reviews_milestone_semester_unique" ON "milestone_reviews" USING btree ("milestone_id","semester");--> statement-breakpoint
CREATE INDEX "milestone_reviews_org_idx" ON "milestone_reviews" USING btree ("organization_id","semester");--> statement-breakpoint
CREATE INDEX "organization_period_status_path_idx" ON "organization_period_status" USING btree ("organization_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_reports_org_period_unique" ON "quarterly_reports" USING btree ("organization_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_reviews_measure_year_unique" ON "measure_reviews" USING btree ("measure_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_org_code_unique" ON "metrics" USING btree ("organization_id","code");--> statement-breakpoint
CREATE INDEX "observation_imports_org_idx" ON "observation_imports" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_point_unique" ON "observations" USING btree ("metric_id","organization_id","period","breakdown");--> statement-breakpoint
CREATE INDEX "observations_org_idx" ON "observations" USING btree ("organization_id","metric_id");--> statement-breakpoint
CREATE INDEX "adjustments_org_idx" ON "adjustments" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "supports_org_idx" ON "supports" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "supports_respondent_idx" ON "supports" USING btree ("respondent_organization_id","status");