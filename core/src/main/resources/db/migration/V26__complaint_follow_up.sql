-- 部分追回: the day the rest was promised; the case stays open to the worker's 不满意 until a week after it.
ALTER TABLE complaint ADD COLUMN follow_up_on DATE NULL;
