package fr.iae.conventioning.funding.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConventionDocumentRepository extends JpaRepository<ConventionDocument, Long> {
}
