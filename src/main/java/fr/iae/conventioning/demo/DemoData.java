package fr.iae.conventioning.demo;

import fr.iae.conventioning.funder.FunderService;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.TasklistAccess;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.structure.Department;
import fr.iae.conventioning.structure.StructureRepository;
import fr.iae.conventioning.structure.StructureService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users, groups, structures and funders of the contract (docs/contract.md). Runs at every start-up when
 * enabled and adds only what is missing, so a second start on the same database duplicates nothing.
 */
@Component
public class DemoData {

  static final String PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  record DemoStructure(String siret, String name, String kind, String department, String userId, String firstName,
      String lastName) {}

  record DemoUser(String id, String firstName, String lastName, Actor actor, String scope, String groupName) {}

  record DemoFunder(String code, String name, String kind) {}

  static final List<DemoFunder> FUNDERS = List.of(
      new DemoFunder("cd59", "Conseil départemental du Nord", "DEPARTEMENT"),
      new DemoFunder("cd62", "Conseil départemental du Pas-de-Calais", "DEPARTEMENT"),
      new DemoFunder("region-hdf", "Région Hauts-de-France", "REGION"),
      new DemoFunder("plie-lille", "PLIE de Lille", "PLIE"));

  static final List<DemoStructure> STRUCTURES = List.of(
      new DemoStructure("41028570400012", "Lille Services Emploi", "AI", "59", "siae.ai59", "Claire", "Dubois"),
      new DemoStructure("51236789700026", "Roubaix Propreté Insertion", "EI", "59", "siae.ei59", "Karim", "Benali"),
      new DemoStructure("78901234100010", "Arras Espaces Verts", "ACI", "62", "siae.aci62", "Sophie", "Lefebvre"),
      new DemoStructure("32165498000010", "Lens Intérim Solidaire", "ETTI", "62", "siae.etti62", "Julien", "Caron"));

  static final List<DemoUser> USERS = List.of(
      new DemoUser("direccte.59", "Anne", "Moreau", Actor.STATE, "59", "DDETS du Nord (59)"),
      new DemoUser("direccte.62", "Thomas", "Leroy", Actor.STATE, "62", "DDETS du Pas-de-Calais (62)"),
      new DemoUser("pe.59", "Nadia", "Haddad", Actor.EMPLOYMENT_AGENCY, "59", "France Travail — Nord (59)"),
      new DemoUser("pe.62", "Marc", "Dupont", Actor.EMPLOYMENT_AGENCY, "62", "France Travail — Pas-de-Calais (62)"),
      new DemoUser("cdiae.59", "Isabelle", "Petit", Actor.CDIAE, "59", "CDIAE — Nord (59)"),
      new DemoUser("cdiae.62", "Philippe", "Lambert", Actor.CDIAE, "62", "CDIAE — Pas-de-Calais (62)"),
      new DemoUser("prefet.59", "Georges", "Lalande", Actor.PREFECTURE, "59", "Préfecture — Nord (59)"),
      new DemoUser("prefet.62", "Catherine", "Roussel", Actor.PREFECTURE, "62", "Préfecture — Pas-de-Calais (62)"),
      new DemoUser("financeur.cd59", "Laurent", "Vasseur", Actor.FUNDER, "cd59", "Conseil départemental du Nord"),
      new DemoUser("financeur.cd62", "Émilie", "Garnier", Actor.FUNDER, "cd62", "Conseil départemental du Pas-de-Calais"),
      new DemoUser("financeur.region", "Hélène", "Fontaine", Actor.FUNDER, "region-hdf", "Région Hauts-de-France"),
      new DemoUser("financeur.plie", "Olivier", "Masson", Actor.FUNDER, "plie-lille", "PLIE de Lille"));

  private final DemoProperties properties;
  private final IdentityService identityService;
  private final TasklistAccess tasklistAccess;
  private final StructureService structureService;
  private final StructureRepository structures;
  private final FunderService funderService;

  public DemoData(DemoProperties properties, IdentityService identityService, TasklistAccess tasklistAccess,
      StructureService structureService, StructureRepository structures, FunderService funderService) {
    this.properties = properties;
    this.identityService = identityService;
    this.tasklistAccess = tasklistAccess;
    this.structureService = structureService;
    this.structures = structures;
    this.funderService = funderService;
  }

  @EventListener
  @Order(10)
  public void onReady(ApplicationReadyEvent event) {
    if (!properties.enabled()) {
      return;
    }
    for (DemoStructure structure : STRUCTURES) {
      if (!structures.existsById(structure.siret())) {
        structureService.register(new FormValues(Map.<String, Object>of(
            "siret", structure.siret(), "name", structure.name(), "kind", structure.kind(),
            "department", structure.department(), "email", structure.userId() + "@example.org")::get));
      }
      String group = Actor.STRUCTURE.group(structure.siret());
      ensureUser(structure.userId(), structure.firstName(), structure.lastName(), group);
    }
    for (DemoFunder funder : FUNDERS) {
      if (!funderService.exists(funder.code())) {
        funderService.register(new FormValues(Map.<String, Object>of("code", funder.code(), "name", funder.name(),
            "kind", funder.kind(), "email", "financements-" + funder.code() + "@example.org")::get));
      }
    }
    for (DemoUser user : USERS) {
      String group = user.actor().group(user.scope());
      tasklistAccess.ensureGroup(group, user.groupName(), user.actor().groupType());
      tasklistAccess.grant(group);
      ensureUser(user.id(), user.firstName(), user.lastName(), group);
    }
    LOG.info("Demo data ready: {} structures, {} funders, {} users (password '{}'), départements {} and {}",
        STRUCTURES.size(), FUNDERS.size(), STRUCTURES.size() + USERS.size(), PASSWORD, Department.name("59"),
        Department.name("62"));
  }

  private void ensureUser(String id, String firstName, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@example.org");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }
}
