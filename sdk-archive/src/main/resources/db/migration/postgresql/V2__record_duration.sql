-- How long the operation took, in microseconds, when its source says (ActivityRecord.duration()).
ALTER TABLE activity_record ADD COLUMN duration_micros BIGINT;
