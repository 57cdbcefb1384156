package fr.iae.conventioning.funder;

import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.FormValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register of funders: everyone may read it, administrators manage it. */
@RestController
@RequestMapping("/api/funders")
class FunderController {

  private final FunderService funders;
  private final CurrentUserProvider currentUser;

  public FunderController(FunderService funders, CurrentUserProvider currentUser) {
    this.funders = funders;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<Map<String, Object>> list() {
    currentUser.require();
    return funders.all().stream().map(FunderController::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> register(@RequestBody Map<String, Object> body) {
    requireAdmin();
    return view(funders.register(new FormValues(body::get)));
  }

  @PutMapping("/{code}")
  public Map<String, Object> update(@PathVariable String code, @RequestBody Map<String, Object> body) {
    requireAdmin();
    return view(funders.update(code, new FormValues(body::get)));
  }

  private void requireAdmin() {
    if (!currentUser.require().isAdmin()) {
      throw new ForbiddenException("Seul un administrateur peut gérer le registre des financeurs.");
    }
  }

  static Map<String, Object> view(Funder funder) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", funder.getCode());
    view.put("name", funder.getName());
    view.put("kind", funder.getKind().name());
    view.put("kindLabel", funder.getKind().label());
    view.put("group", funder.getGroupId());
    view.put("email", funder.getEmail());
    view.put("active", funder.isActive());
    return view;
  }
}
