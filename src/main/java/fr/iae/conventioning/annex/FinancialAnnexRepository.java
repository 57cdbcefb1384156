package fr.iae.conventioning.annex;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FinancialAnnexRepository extends JpaRepository<FinancialAnnex, Long> {

  @Query("select a from FinancialAnnex a where a.convention.id = :conventionId order by a.yearIndex, a.amendment, a.id")
  List<FinancialAnnex> findByConventionIdOrderByYearIndexAscAmendmentAscIdAsc(Long conventionId);
}
