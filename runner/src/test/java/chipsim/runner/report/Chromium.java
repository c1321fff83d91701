package chipsim.runner.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver packages), driven through
 * its own chromedriver so that Selenium never looks for, or downloads, a browser of its own.
 */
public final class Chromium {

    public static final Path BROWSER = Path.of(System.getProperty("chipsim.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("chipsim.chromedriver", "/usr/bin/chromedriver"));
    public static final String HOW_TO_INSTALL = "headless Chromium not found (" + BROWSER + ", " + DRIVER + "): install it with"
            + " `apt-get install chromium chromium-driver` (as .ci/run does) to run the browser checks";

    private Chromium() {}

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** A fresh browser with a fresh profile, logging the console and the network for the checks. */
    public static ChromeDriver start(Path profile) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1000", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
