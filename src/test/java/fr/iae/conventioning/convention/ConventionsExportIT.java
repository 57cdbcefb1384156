package fr.iae.conventioning.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** {@code GET /api/conventions} as a spreadsheet: the same rows as the JSON list, for the same people. */
@ApplicationTest
class ConventionsExportIT {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Autowired
  Api api;

  @Test
  void eachUserExportsTheConventionsTheyMaySeeAsAFrenchSpreadsheet() {
    TestStructure nord = api.newStructure("59", "ACI");
    TestStructure pasDeCalais = api.newStructure("62", "EI");
    String mine = api.startConvention("direccte.59", nord.siret(), "2027-01-01", 36);
    String theirs = api.startConvention("direccte.62", pasDeCalais.siret(), "2027-03-01", 24);

    Api.Response export = api.getAccepting("direccte.59", "/api/conventions", CSV);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.headers().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(export.headers().getContentDisposition().getFilename()).isEqualTo("conventions.csv");
    byte[] bytes = export.bytes();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte-order mark")
        .containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).isEqualTo("Référence;Statut;Structure;SIRET;Type;Département;Début;Fin;Durée (mois);"
        + "Convention précédente");
    assertThat(text).contains(mine + ";Projet d'insertion;Structure de test " + nord.siret() + ";" + nord.siret()
        + ";ACI;59 Nord;01/01/2027;31/12/2029;36;").doesNotContain(theirs);
    // the same rows as the JSON list
    assertThat(lines).hasSize(1 + Integer.parseInt(api.get("direccte.59", "/api/conventions").headers()
        .getFirst("X-Total-Count")));

    String structure = new String(api.getAccepting(nord.userId(), "/api/conventions", CSV).bytes(),
        StandardCharsets.UTF_8);
    assertThat(structure.split("\r\n")).hasSize(2);
    assertThat(structure).contains(mine).doesNotContain(theirs);
    assertThat(new String(api.getAccepting(pasDeCalais.userId(), "/api/conventions", CSV).bytes(),
        StandardCharsets.UTF_8)).contains(theirs).doesNotContain(mine);
    // JSON stays the default, also for a client that accepts anything
    assertThat(api.get("direccte.59", "/api/conventions").body().isArray()).isTrue();
    assertThat(api.getAccepting("direccte.59", "/api/conventions", MediaType.ALL).headers().getContentType()
        .toString()).isEqualTo("application/json");
  }

  @Test
  void theJsonListComesInPagesNewestFirst() {
    TestStructure one = api.newStructure("62", "AI");
    TestStructure other = api.newStructure("62", "AI");
    String older = api.startConvention("direccte.62", one.siret(), "2027-01-01", 24);
    String newer = api.startConvention("direccte.62", other.siret(), "2029-01-01", 24);

    Api.Response first = api.get("direccte.62", "/api/conventions?size=1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().findValuesAsText("reference")).containsExactly(newer);
    long total = Long.parseLong(first.headers().getFirst("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(first.headers().getFirst("Link")).isEqualTo("</api/conventions?page=1&size=1>; rel=\"next\"");
    Api.Response second = api.get("direccte.62", "/api/conventions?page=1&size=1");
    assertThat(second.body().findValuesAsText("reference")).containsExactly(older);
    assertThat(second.headers().getFirst("Link")).contains("</api/conventions?page=0&size=1>; rel=\"prev\"");
    assertThat(api.get("direccte.62", "/api/conventions?page=" + total + "&size=1").body()).isEmpty();
    Api.Response own = api.get(one.userId(), "/api/conventions");
    assertThat(own.body().findValuesAsText("reference")).containsExactly(older);
    assertThat(own.headers().getFirst("X-Total-Count")).isEqualTo("1");
    assertThat(own.headers().getFirst("Link")).isNull();

    Api.Response tooLarge = api.get(one.userId(), "/api/conventions?size=501");
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.message()).isEqualTo("La taille de page (size) doit être un nombre entier entre 0 et 500.");
    assertThat(api.get(one.userId(), "/api/conventions?page=deux").message())
        .startsWith("Le numéro de page (page) doit être un nombre entier");
    assertThat(api.get(one.userId(), "/api/conventions?size=0").status()).isEqualTo(400);
  }
}
