/**
 * Training and cyber-safety learning. For staff: courses in versions (Markdown lessons rendered safely, a final
 * assessment of single- and multiple-choice questions drawn in random order, with a pass mark and a limit on
 * attempts), enrolment by oneself or by a trainer or coordinator (a person, or everyone of a role in an agency
 * or a province), progress per lesson, completion, certificates with a public verification page
 * ({@code /certificates/{code}}), authoring with versions (people mid-course keep the version they started),
 * and coverage by agency, role and province with the gaps listed. For the public: cyber-safety modules at
 * {@code /learn} for children and for parents and teachers, with a self-check; nothing about the learner is
 * stored.
 * <p>
 * Owns tables {@code training_*}. Publishes {@link org.kumkrong.training.TrainingCompleted} (ids and codes
 * only). Uses account (who holds which role where), directory (agency type and province), reference
 * (provinces, the province map), platform (PDF, navigation) and audit. The starting content (three staff
 * courses, the public modules) is reference content kept as Markdown under {@code resources/training} and
 * loaded at every start when absent, in every mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.kumkrong.training;
