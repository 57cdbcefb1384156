package fr.iae.conventioning.funding.approval;

public interface SignatureRepository extends ConferenceRecordRepository<Signature> {
}
