package fr.iae.conventioning.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportPublicsRepository extends JpaRepository<ReportPublics, Long> {}
