package fr.iae.conventioning.funding.approval;

interface CdiaeOpinionRepository extends ConferenceRecordRepository<CdiaeOpinionRecord> {
}
