package fr.iae.conventioning.funding.document;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConventionDocumentRepository extends JpaRepository<ConventionDocument, Long> {
}
