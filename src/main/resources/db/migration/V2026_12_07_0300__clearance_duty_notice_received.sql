-- The day the client received the duty notice (稅款繳納證 / N5110, AU notice of assessment): the review and payment
-- periods count from it when known (關稅法 第45條: 復查 within 30 days from the day after it is received). Null: not recorded.
alter table clearance_transaction add column duty_notice_received date;
