package fr.iae.conventioning.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving Tasklist as a French-speaking user. Without Chromium the browser tests are
 * skipped, unless {@code -Dbrowser.required=true} (CI) makes that a failure.
 */
public class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  private Browser(String baseUrl) throws IOException {
    this.baseUrl = baseUrl;
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1600", "--lang=fr-FR",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    // Chromium takes its default locale (dates typed as dd/mm/yyyy in forms) from the environment, headless too
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("LANG", "fr_FR.UTF-8", "LANGUAGE", "fr_FR:fr", "TZ", "Europe/Paris"))
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // as a browser set to French: Intl and navigator.language in fr-FR (form-js reads dates as dd/mm/yyyy)
    chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "fr-FR"));
    this.driver = chrome;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** A browser, or a skipped test when Chromium is not installed and not required. */
  public static Browser open(String baseUrl) throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && Boolean.getBoolean("browser.required")) {
      throw new IllegalStateException("Chromium and ChromeDriver are required (apt-get install chromium chromium-driver)");
    }
    assumeTrue(installed, "Chromium is not installed: browser test skipped");
    return new Browser(baseUrl);
  }

  /**
   * A new user starts without the previous one's session and drafts (Tasklist keeps drafts in the browser):
   * cleared from a plain page of the same origin, before Tasklist or the workspace loads.
   */
  private void forgetPreviousUser() {
    driver.get(baseUrl + "/actuator/health");
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
  }

  public void logIntoTasklist(String user, String password) {
    forgetPreviousUser();
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    username.clear();
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Tâches de mon équipe')]")));
  }

  /** Signs in at the workspace's own login page, as a new user (no earlier session). */
  public void logIntoWorkspace(String user, String password) {
    forgetPreviousUser();
    driver.get(baseUrl + "/espace/conventions");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identifiant")));
    username.sendKeys(user);
    driver.findElement(By.id("motDePasse")).sendKeys(password);
    driver.findElement(By.id("cv-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cv-count")));
  }

  /** Opens a page of the application by its path. */
  public void visit(String path) {
    driver.get(baseUrl + path);
  }

  public void clickLink(String text) {
    click(By.xpath("//a[normalize-space(.)=\"" + text + "\"]"));
  }

  public void waitForText(String text) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(normalize-space(.), \"" + text
        + "\")]")));
  }

  /** How many elements matching the selector are displayed. */
  public long displayed(String css) {
    return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).count();
  }

  /** Waits until the page shows the text, as a user reads it (hidden elements left out). */
  public void waitForVisibleText(String text) {
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public void openFilter(String name) {
    click(By.xpath("//*[normalize-space(text())='" + name + "']"));
  }

  /** The names of the tasks the current filter lists. */
  public List<String> taskNames() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasks]")));
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.tasks-list h4.task a")));
    } catch (org.openqa.selenium.TimeoutException e) {
      return List.of();
    }
    // Tasklist refreshes its list on its own: read it again when it changed under our feet
    return wait.ignoring(StaleElementReferenceException.class).until(browser ->
        browser.findElements(By.cssSelector("ol.tasks-list h4.task a")).stream().map(e -> e.getText().trim()).toList());
  }

  public void openTask(String name) {
    click(By.xpath("//ol[contains(@class,'tasks-list')]//h4//a[normalize-space(text())=\"" + name + "\"]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  public static final String CLAIM = "Prendre cette tâche pour remplir le formulaire";

  public void claim() {
    click(By.xpath("//*[contains(@class,'task-details')]//*[normalize-space(text())='" + CLAIM + "']"
        + " | //a[normalize-space(.)='" + CLAIM + "'] | //button[normalize-space(.)='" + CLAIM + "']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
  }

  /** Types into the form field whose label starts with the given text. */
  public void fill(String label, String value) {
    By field = By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]"
        + "/following::*[self::textarea or self::input[not(@type='hidden')]][1]");
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    // select what is there and type over it: clear() does not reach form-js' state
    element.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    element.sendKeys(Keys.DELETE);
    element.sendKeys(value);
  }

  /** The value shown in the form field whose label starts with the given text. */
  public String fieldValue(String label) {
    By field = By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]"
        + "/following::*[self::textarea or self::input[not(@type='hidden')]][1]");
    return wait.until(ExpectedConditions.presenceOfElementLocated(field)).getAttribute("value");
  }

  /** Opens the start form of a process from Tasklist's "Démarrer un processus". */
  public void openStartForm(String processName) {
    click(By.xpath("//a[contains(normalize-space(.), 'Démarrer un processus')]"));
    By process = By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)=\"" + processName + "\"]");
    By form = By.cssSelector(".modal .fjs-form");
    click(process);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(form));
    } catch (TimeoutException e) {
      // a click that landed while the dialog was still binding its list is lost: keep the evidence, click once more
      screenshot("start-form-not-shown");
      if (!driver.findElements(process).isEmpty()) {
        click(process);
      }
      wait.until(ExpectedConditions.visibilityOfElementLocated(form));
    }
  }

  /** Types a date into a Camunda Forms date field (dd/mm/yyyy), then leaves the field. */
  /** Opens the date picker of the form field whose label starts with the given text. */
  public void openDatePicker(String label) {
    By field = By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]"
        + "/following::input[not(@type='hidden')][1]");
    wait.until(ExpectedConditions.elementToBeClickable(field)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
  }

  public void fillDate(String label, String frenchDate) {
    fill(label, frenchDate);
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
  }

  public void submitStartForm() {
    click(By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='Démarrer']"));
  }

  /** Tasklist closes the start dialog once the process has started. */
  public void waitUntilStartFormClosed() {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
  }

  /** The text of Tasklist's notifications (of the page, or of the open dialog), once one shows. */
  public String notifications() {
    By alerts = By.cssSelector("[notifications-panel] .alert");
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(alerts));
    } catch (org.openqa.selenium.TimeoutException e) {
      return "";
    }
    return String.join("\n", driver.findElements(alerts).stream().map(WebElement::getText).toList());
  }

  /** Chooses a radio option by its label. */
  /** Picks an option of the form-js select whose label starts with the given text. */
  public void select(String label, String option) {
    By field = By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]/following::*["
        + "contains(@class,'fjs-input-group') or self::select][1]");
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    if ("select".equals(element.getTagName())) {
      new org.openqa.selenium.support.ui.Select(element).selectByVisibleText(option);
      return;
    }
    element.click();
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)=\"" + option + "\"]"));
  }

  /** Closes Tasklist's notifications, which may cover the form's buttons. */
  public void dismissNotifications() {
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelectorAll('[uib-alert] .close, .notifications .alert .close').forEach(b => b.click());");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[uib-alert].alert-danger")));
  }

  public void choose(String option) {
    click(By.xpath("//label[normalize-space(.)=\"" + option + "\"]"));
  }

  public void complete() {
    click(By.xpath("//button[normalize-space(.)='Terminer']"));
  }

  public void waitUntilTaskGone(String name) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//ol[contains(@class,'tasks-list')]//h4//a[normalize-space(text())=\"" + name + "\"]")));
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void click(By locator) {
    wait.ignoring(StaleElementReferenceException.class).until(browser -> {
      WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(browser);
      if (element == null) {
        return false;
      }
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
      return true;
    });
  }

  @Override
  public void close() {
    driver.quit();
  }
}
