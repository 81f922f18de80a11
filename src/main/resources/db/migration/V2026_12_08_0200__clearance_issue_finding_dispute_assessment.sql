-- T4 clearance (issue 8): findings feed the issue register. An issue opened from a finding of the document checks keeps
-- the finding's key (rule | documents | fields: one issue per finding and file), its rule, severity and regulation, and
-- its explanation and implications as message codes with arguments (JSON) so they read in the reader's language.
-- Null for the issues typed by hand.
alter table clearance_issue add column finding_key varchar(1000);
alter table clearance_issue add column finding_rule varchar(100);
alter table clearance_issue add column finding_severity varchar(16);
alter table clearance_issue add column finding_regulation varchar(1000);
alter table clearance_issue add column description_text text;
alter table clearance_issue add column implications_text text;
create unique index clearance_issue_finding on clearance_issue (transaction_id, finding_key);

-- A dispute's financial effect computed by the tax engine: the declared figures and customs' assessment, per tax, with
-- the engine's bases, rates and data versions (JSON). Null when not computed. refund_by_engine: the refund recorded at the
-- outcome is the engine's difference (false: entered by hand).
alter table clearance_dispute add column assessment text;
alter table clearance_dispute add column refund_by_engine boolean not null default false;
