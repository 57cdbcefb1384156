package fr.iae.conventioning.notification;

import fr.iae.conventioning.notification.MailMessage.RenderedMail;
import fr.iae.conventioning.shared.ConventioningProperties;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import fr.iae.conventioning.structure.StateServices;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The French e-mail templates under {@code templates/mail/}: for each kind of message a subject
 * ({@code kind.subject.ftl}), a plain-text body ({@code kind.txt.ftl}) and an HTML body ({@code kind.html.ftlh},
 * escaped automatically). Every template also gets {@code baseUrl}.
 */
@Component
class MailTemplates {

  private final Configuration freemarker;
  private final String baseUrl;
  private final StateServices stateServices;

  public MailTemplates(ConventioningProperties properties, StateServices stateServices) {
    this.baseUrl = properties.baseUrl();
    this.stateServices = stateServices;
    this.freemarker = new Configuration(Configuration.VERSION_2_3_33);
    freemarker.setClassForTemplateLoading(MailTemplates.class, "/templates/mail");
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setLocale(Locale.FRANCE);
    freemarker.setRecognizeStandardFileExtensions(true);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
  }

  public RenderedMail render(String kind, Map<String, Object> model) {
    Map<String, Object> data = new HashMap<>(model);
    data.put("baseUrl", baseUrl);
    // the State service as users read it today: "la DDETS du Nord", "la DRIEETS – unité départementale de Paris"
    Object department = model.get("department");
    data.putIfAbsent("stateService", stateServices.withArticle(department == null ? null : department.toString()));
    return new RenderedMail(
        process(kind + ".subject.ftl", data).strip().replaceAll("\\s+", " "),
        process(kind + ".txt.ftl", data),
        process(kind + ".html.ftlh", data));
  }

  private String process(String template, Map<String, Object> data) {
    try {
      StringWriter out = new StringWriter();
      freemarker.getTemplate(template).process(data, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("Mail template " + template + " cannot be rendered: " + e.getMessage(), e);
    }
  }
}
