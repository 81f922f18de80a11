-- T4 clearance: how an alternative's cost was reached (issue 8): the tax engine's figures per tax with the data versions
-- and dates it used, and the costs entered by hand with their descriptions, as one JSON document. Null for the
-- alternatives recorded before: their cost_amount was typed by hand.
alter table clearance_alternative add column costing text;
