-- Practice questions at the end of a lesson (training module): a question with a lesson is a lesson check,
-- answered for practice and never stored; a question without one belongs to the final assessment.
alter table training_question add column lesson_id uuid references training_lesson (id);
create index training_question_lesson_idx on training_question (lesson_id);
