package fr.iae.conventioning.funding.approval;

interface SignatureRepository extends ConferenceRecordRepository<Signature> {
}
