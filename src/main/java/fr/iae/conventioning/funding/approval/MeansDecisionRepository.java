package fr.iae.conventioning.funding.approval;

public interface MeansDecisionRepository extends ConferenceRecordRepository<MeansDecision> {
}
