-- The phone of a region's office (乡镇社会保障站, 县人社局): what a worker is told to call when a
-- 就业服务站 has no number of its own, and where 我的报名 sends questions.
ALTER TABLE region ADD COLUMN office_phone VARCHAR(32) NULL;
