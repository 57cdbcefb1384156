package fr.iae.conventioning.structure;

import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.FormValues;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/structures")
public class StructureController {

  private final StructureService structures;
  private final CurrentUserProvider currentUser;

  public StructureController(StructureService structures, CurrentUserProvider currentUser) {
    this.structures = structures;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<StructureView> list() {
    return structures.visibleTo(currentUser.require()).stream().map(StructureView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public StructureView register(@RequestBody Map<String, Object> body) {
    CurrentUser user = currentUser.require();
    if (!user.isAdmin()) {
      throw new ForbiddenException("Seul un administrateur peut enregistrer une structure.");
    }
    return StructureView.of(structures.register(new FormValues(body::get)));
  }

  public record StructureView(String siret, String name, String kind, String kindLabel, String department,
      String departmentName, String email, String group) {

    static StructureView of(Structure structure) {
      return new StructureView(structure.getSiret(), structure.getName(), structure.getKind().name(),
          structure.getKind().label(), structure.getDepartment(), Department.name(structure.getDepartment()),
          structure.getEmail(), structure.groupId());
    }
  }
}
