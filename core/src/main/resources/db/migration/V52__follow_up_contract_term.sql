-- The labour contract's term as the worker (or the employer) states it at a follow-up: the 专项台账
-- of a cooperation base lists it for each 建档立卡 employee (004 第十四条). 0 = no contract signed;
-- NULL = not asked.
ALTER TABLE follow_up ADD COLUMN contract_months INT NULL;
