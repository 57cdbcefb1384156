package fr.iae.conventioning.structure;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StructureRepository extends JpaRepository<Structure, String> {

  List<Structure> findByDepartmentInOrSiretInOrderByName(Collection<String> departments, Collection<String> sirets);

  List<Structure> findAllByOrderByName();
}
