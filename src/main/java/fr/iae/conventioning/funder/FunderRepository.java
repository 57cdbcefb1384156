package fr.iae.conventioning.funder;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FunderRepository extends JpaRepository<Funder, String> {

  List<Funder> findAllByOrderByName();

  List<Funder> findByActiveTrueOrderByName();

  List<Funder> findByGroupIdIn(Collection<String> groupIds);
}
