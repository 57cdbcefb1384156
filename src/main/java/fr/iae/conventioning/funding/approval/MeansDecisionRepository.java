package fr.iae.conventioning.funding.approval;

interface MeansDecisionRepository extends ConferenceRecordRepository<MeansDecision> {
}
