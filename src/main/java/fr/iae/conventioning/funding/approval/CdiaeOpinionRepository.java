package fr.iae.conventioning.funding.approval;

public interface CdiaeOpinionRepository extends ConferenceRecordRepository<CdiaeOpinionRecord> {
}
