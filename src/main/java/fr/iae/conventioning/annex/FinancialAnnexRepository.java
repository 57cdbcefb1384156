package fr.iae.conventioning.annex;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FinancialAnnexRepository extends JpaRepository<FinancialAnnex, Long> {

  List<FinancialAnnex> findByConventionIdOrderByYearIndexAscAmendmentAscIdAsc(Long conventionId);
}
