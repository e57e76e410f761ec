package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator opens the try-it page of the running distribution in a real browser (Debian's headless chromium,
 * driven through chromedriver): the page shows the API from the instance's OpenAPI document, and a call made from
 * it reaches the instance and answers 200 with the SIPs.
 */
public class ApiPageBrowserIT extends DistributionScriptSupport {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    public void thePageLoadsAndACallMadeFromItSucceeds() throws Exception {
        assertTrue("the browser test needs Debian's chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver; .ci/run installs them)", Files.isExecutable(CHROMIUM)
                && Files.isExecutable(CHROMEDRIVER));
        startKaraf();
        awaitRestconf();
        Path profile = Files.createTempDirectory("presto-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no background networking: this machine's network is closed, and the page must need nothing but Presto
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(karafHome.toFile(), "chromedriver.log")).build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + httpPort + "/restconf/ui");
            assertEquals("http://localhost:" + httpPort + "/restconf/ui/", browser.getCurrentUrl());
            WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".info .title")));
            assertTrue(title.getText(), title.getText().contains("Network Resource Provisioning"));

            WebElement operation = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'opblock-summary-path')][@data-path="
                            + "'/operations/get-service-interface-point-list/']")));
            // the page is public, the API is not: the user authorises in the page's dialogue first (a call without
            // it would make the browser ask for Basic credentials itself)
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-wrapper .authorize")))
                    .click();
            WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#auth_username")));
            user.sendKeys(API_USER);
            browser.findElement(By.cssSelector("#auth_password")).sendKeys(apiPassword);
            browser.findElement(By.xpath("//input[@id='auth_username']/ancestor::form"
                    + "//button[contains(@class,'authorize')]")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux .close-modal"))).click();
            operation.click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".try-out__btn"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".execute"))).click();
            By status = By.cssSelector(".live-responses-table .response .response-col_status");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(status, "200"));
            WebElement body = browser.findElement(By.cssSelector(".live-responses-table .response-col_description "
                    + "pre"));
            assertTrue(body.getText(), body.getText().contains("\"sip\"") && body.getText().contains("pe1-uni-1"));
        } finally {
            browser.quit();
        }
        stopKaraf();
    }
}
