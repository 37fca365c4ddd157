package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * against {@code cloudops console} over a scanned moto estate. Each test saves a screenshot under
 * {@code target/screenshots/}.
 */
@ExtendWith(MotoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private ConsoleEstate console;
  private PlanningServerStub planningServer;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void start(MotoServer moto, @TempDir Path dir) throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String reason = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(reason + " (apt-get install chromium chromium-driver)");
      }
      Assumptions.abort(reason);
    }
    console = ConsoleEstate.scanned(moto, dir);
    planningServer = PlanningServerStub.answering(console.instanceId);
    console.env.put("CLOUDOPS_SERVER_URL", planningServer.url());
    console.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (console != null) {
      console.close();
    }
    if (planningServer != null) {
      planningServer.close();
    }
  }

  @BeforeEach
  void signIn() {
    browser.manage().window().setSize(new Dimension(1280, 800));
    browser.get(console.base + "?token=" + console.token);
    wait.until(d -> !rows().isEmpty());
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#resources tbody tr"));
  }

  private void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private void waitForRows(int count) {
    wait.until(d -> rows().size() == count);
  }

  @Test
  void explorer_searchAndFacets_narrowTheList() throws Exception {
    assertThat(browser.getCurrentUrl()).doesNotContain("token=");
    int all = rows().size();
    assertThat(all).isGreaterThan(3);

    facet("type", "sqs:queue").click();
    waitForRows(2);
    facet("env", "dev").click();
    waitForRows(1);
    assertThat(rows().get(0).getText()).contains("shop-orders-dev");
    assertThat(browser.findElements(By.cssSelector("input[data-facet='type']:checked"))).hasSize(1);
    screenshot("explorer-facets");

    facet("env", "dev").click();
    facet("type", "sqs:queue").click();
    WebElement search = browser.findElement(By.id("q"));
    search.sendKeys("shop-web-1");
    wait.until(d -> rows().size() == 1 && rows().get(0).getText().contains("shop-web-1"));
    screenshot("explorer-search");
  }

  private WebElement facet(String facet, String value) {
    By box = By.cssSelector("input[data-facet='" + facet + "'][value='" + value + "']");
    return wait.until(ExpectedConditions.elementToBeClickable(box));
  }

  @Test
  void details_andGraph_showTheNeighbours_andClickThrough() throws Exception {
    browser.findElement(By.id("q")).sendKeys("shop-web-1");
    wait.until(d -> rows().size() == 1 && rows().get(0).getText().contains("shop-web-1"));
    rows().get(0).sendKeys(org.openqa.selenium.Keys.ENTER); // keyboard, not only the mouse

    wait.until(ExpectedConditions.textToBe(By.id("d-title"), "shop-web-1"));
    String related = browser.findElement(By.id("related")).getText();
    assertThat(related).contains("→ subnet: shop-subnet", "→ vpc: shop-vpc");
    assertThat(browser.findElements(By.cssSelector("#graph g.node.known")))
        .hasSizeGreaterThanOrEqualTo(2);
    screenshot("resource-details");

    browser.findElement(By.cssSelector("#graph g[aria-label*='shop-subnet']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("d-title"), "shop-subnet"));
    assertThat(browser.findElement(By.id("related")).getText())
        .contains("← subnet: shop-web-1", "→ vpc: shop-vpc");
    screenshot("resource-graph-subnet");
  }

  @Test
  void executions_aRunningExecutionsOutputAppearsWhileItRuns() throws Exception {
    ExecutionHistory history = console.history();
    ExecutionPlan plan =
        new ExecutionPlan(
            List.of(
                new PlannedStep(
                    "s1",
                    "sqs",
                    List.of("list-queues"),
                    "list the queues",
                    null,
                    null,
                    null,
                    null,
                    null),
                new PlannedStep(
                    "s2",
                    "sns",
                    List.of("list-topics"),
                    "list the topics",
                    null,
                    null,
                    null,
                    null,
                    null)),
            null);
    String id = "exec-browser-1";
    history.created(
        id,
        "billing-review",
        plan.digest(),
        plan,
        new RiskAssessment(RiskLevel.LOW, "read only", List.of("reads only")),
        "alice",
        Instant.now());
    history.transition(id, new StatusTransition(ExecutionStatus.RUNNING, Instant.now(), null));

    browser.findElement(By.cssSelector("nav a[data-part='executions']")).click();
    By row = By.xpath("//table[@id='x-list']//tr[td[1][text()='" + id + "']]");
    wait.until(ExpectedConditions.elementToBeClickable(row)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("x-state"), "Running"));

    history.step(
        id,
        new StepResult(
            "s1",
            ExecutionStatus.SUCCESS,
            List.of("aws", "sqs", "list-queues"),
            0,
            "https://sqs.us-east-1.amazonaws.com/123456789012/shop-orders\n",
            null,
            null,
            Instant.now(),
            Instant.now()));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("x-output"), "shop-orders"));
    assertThat(browser.findElement(By.id("x-state")).getText()).contains("Running");
    screenshot("execution-running");

    history.transition(id, new StatusTransition(ExecutionStatus.SUCCESS, Instant.now(), null));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("x-state"), "Success"));
  }

  @Test
  void conversations_openAThread_andShowMarkupAsText() throws Exception {
    browser.findElement(By.cssSelector("nav a[data-part='conversations']")).click();
    By thread =
        By.xpath("//ul[@id='c-list']//button[contains(., 'which queues hold shop orders')]");
    wait.until(ExpectedConditions.elementToBeClickable(thread)).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("c-messages"), "shop-orders in us-east-1"));
    assertThat(browser.findElements(By.cssSelector("#c-messages li"))).hasSize(2);
    screenshot("conversation");

    browser.findElement(By.xpath("//ul[@id='c-list']//button[contains(., 'not bold')]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("c-messages"), "<b>not bold</b>"));
    assertThat(browser.findElements(By.cssSelector("#c-messages b, #c-messages img"))).isEmpty();
  }

  @Test
  void accounts_checkReportsTheMotoIdentity() throws Exception {
    browser.findElement(By.cssSelector("nav a[data-part='accounts']")).click();
    By check = By.xpath("//table[@id='a-profiles']//tr[td[1][text()='moto']]//button");
    wait.until(ExpectedConditions.elementToBeClickable(check)).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#a-profiles td.identity"), MotoServer.DEFAULT_ACCOUNT_ID));
    assertThat(browser.findElement(By.id("a-estate")).getText()).contains("us-east-1");
    screenshot("accounts");
  }

  @Test
  void ask_showsTheAnswer_theMatchedResources_andThePlanWithItsLocalRisk() throws Exception {
    browser.findElement(By.cssSelector("nav a[data-part='ask']")).click();
    WebElement prompt = wait.until(ExpectedConditions.elementToBeClickable(By.id("ask-prompt")));
    prompt.sendKeys("stop shop-web-1 tonight");
    browser.findElement(By.cssSelector("#ask-form button[type='submit']")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("answer-text"), "Stopping"));
    assertThat(browser.findElement(By.id("answer-resources")).getText()).contains("shop-web-1");
    assertThat(browser.findElement(By.id("answer-steps")).getText())
        .contains("stop-instances", console.instanceId);
    // the server said Low; CloudOps computes its own risk: stopping a prod-tagged instance
    assertThat(browser.findElement(By.id("answer-risk")).getText())
        .containsIgnoringCase("risk high");
    assertThat(planningServer.prompts()).containsExactly("stop shop-web-1 tonight");
    screenshot("ask");
  }

  @Test
  void narrowWindow_stillShowsTheExplorer() throws Exception {
    browser.manage().window().setSize(new Dimension(600, 900));
    browser.navigate().refresh();
    wait.until(d -> !rows().isEmpty());
    assertThat(browser.findElement(By.id("q")).isDisplayed()).isTrue();
    screenshot("explorer-narrow");
  }

  @Test
  void missingOrWrongToken_isRefused() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(console.base.toString());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("needs its token");
    browser.get(console.base + "?token=not-the-token");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("needs its token");
    screenshot("token-refused");
  }
}
