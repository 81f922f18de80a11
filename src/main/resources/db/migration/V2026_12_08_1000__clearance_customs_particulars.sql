-- What the customs declaration needs of the shipment beyond the rest of the file (Taiwan's single-window declaration makes
-- each mandatory, field list N5135): master B/L or AWB number (主提單號碼, an..35), voyage or flight (航次, an..12), goods
-- location code (卸存地點代碼, an..8), package unit (件數單位, an..3), responsible customs broker (專責報關人員代號, an5),
-- importer's identity type (身分識別代碼, an..3), English name (an..80) and address (an..120), duty payment method
-- (海關稅費繳納方式代碼, an1). Null: not recorded yet (the declaration's validation then names it).
alter table clearance_transaction add column transport_document_number varchar(35);
alter table clearance_transaction add column journey_id varchar(12);
alter table clearance_transaction add column goods_location varchar(8);
alter table clearance_transaction add column package_type_code varchar(3);
alter table clearance_transaction add column representative_id varchar(5);
alter table clearance_transaction add column importer_type_code varchar(3);
alter table clearance_transaction add column importer_english_name varchar(80);
alter table clearance_transaction add column importer_address varchar(120);
alter table clearance_transaction add column duty_method_code varchar(1);
