package chipsim.runner.classroom;

import chipsim.runner.report.Chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher and three students in headless Chromium (each its own browser, as on their own
 * computers) run a two-quarter class through the pages: join with the room code, start, decide
 * through the forms (one student first types a value out of range and is told so), finish with the
 * debrief. Nothing is asked of the network beyond the class's server, and no console shows an
 * error. Screenshots go to target/classroom-screenshots for a person to look at.
 */
class ClassroomBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void quit() {
        browsers.forEach(WebDriver::quit);
    }

    private ChromeDriver browser(String name) throws Exception {
        ChromeDriver browser = Chromium.start(temp.resolve("profile-" + name));
        browsers.add(browser);
        return browser;
    }

    @Test
    void aTeacherAndThreeStudentsRunAClassThroughThePages() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), Chromium.HOW_TO_INSTALL);
        try (Classroom classroom = Classroom.open(ClassFixture.baseline(2), ClassFixture.REGISTRY,
                ClassFixture.settings(temp.resolve("class"), 600, Set.of("washington", "beijing", "bytedance")))) {
            ChromeDriver teacher = browser("teacher");
            teacher.get(classroom.teacherUrl());
            wait(teacher).until(d -> classroom.roomCode().equals(d.findElement(By.id("room-code")).getText()));
            assertTrue(!teacher.getCurrentUrl().contains("#"), "the token leaves the address bar: " + teacher.getCurrentUrl());

            List<ChromeDriver> students = new ArrayList<>();
            String[] names = {"Ada", "Grace", "Alan"};
            for (String name : names) {
                ChromeDriver student = browser(name);
                student.get(classroom.joinUrl());
                wait(student).until(d -> d.findElement(By.id("join-form")).isDisplayed());
                student.findElement(By.id("room")).sendKeys(classroom.roomCode().toLowerCase());
                student.findElement(By.id("name")).sendKeys(name);
                student.findElement(By.id("join-button")).click();
                wait(student).until(d -> d.findElement(By.id("seat")).isDisplayed());
                students.add(student);
            }
            wait(teacher).until(d -> d.findElement(By.id("summary")).getText().startsWith("3 of 3 students connected"));
            shoot(teacher, "teacher-lobby");
            teacher.findElement(By.id("start")).click();
            wait(teacher).until(d -> d.findElements(By.cssSelector(".pill.wait")).size() > 0);

            // The first seat's student tries a value out of range: the form says so and sends nothing.
            ChromeDriver first = seatOf(students, "washington");
            waitForQuestion(first);
            WebElement share = first.findElement(By.cssSelector("input[aria-label=revenueShare]"));
            share.clear();
            share.sendKeys("2");
            first.findElement(By.id("submit")).click();
            String problem = first.findElement(By.id("decision-error")).getText();
            assertTrue(problem.contains("revenueShare: 2 is outside 0 to 1 share"), problem);
            share.clear();
            share.sendKeys("0.1");
            shoot(first, "student-washington-form");
            shoot(teacher, "teacher-running");

            int answered = 0;
            while (!finished(classroom)) {
                boolean any = false;
                for (ChromeDriver student : students) {
                    if (hasQuestion(student)) {
                        String title = student.findElement(By.id("decision-title")).getText();
                        student.findElement(By.id("submit")).click();
                        wait(student).until(d -> !hasQuestion(d)
                                || !d.findElement(By.id("decision-title")).getText().equals(title)
                                || !d.findElement(By.id("decision-error")).getText().isEmpty());
                        assertEquals("", student.findElement(By.id("decision-error")).getText(), title);
                        answered++;
                        any = true;
                    }
                }
                if (!any) {
                    wait(teacher).until(d -> finished(classroom) || students.stream().anyMatch(this::hasQuestion));
                }
            }
            Path folder = classroom.finished().get(5, TimeUnit.MINUTES);
            assertEquals(6, answered, "two quarters of three seats' decisions, each through a form");
            for (ChromeDriver student : students) {
                wait(student).until(d -> d.findElement(By.id("debrief-card")).isDisplayed());
            }
            wait(teacher).until(d -> d.findElement(By.id("scoreboard-title")).getText().startsWith("Scoreboard: payoffs"));
            shoot(seatOf(students, "bytedance"), "student-debrief");
            teacher.findElement(By.id("projector")).click();
            shoot(teacher, "teacher-debrief-projector");

            List<String> lines = Files.readAllLines(folder.resolve("decisions.jsonl"));
            String washington = lines.stream().filter(l -> l.contains("\"agent\":\"washington\"")).findFirst().orElseThrow();
            assertTrue(washington.contains("\"decidedBy\":\"person\"") && washington.contains("\"revenueShare\":0.1"),
                    washington);
            // The run's report opens from the scoreboard's link and draws its charts.
            teacher.findElement(By.id("report-anchor")).click();
            List<String> tabs = new ArrayList<>(teacher.getWindowHandles());
            teacher.switchTo().window(tabs.get(tabs.size() - 1));
            wait(teacher).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.body !== null && document.body.hasAttribute('data-charts');")));
            String origin = "127.0.0.1:" + classroom.port();
            for (ChromeDriver browser : browsers) {
                assertEquals(List.of(), consoleErrors(browser), "console errors");
                List<String> elsewhere = requests(browser).stream().filter(u -> !u.contains("//" + origin + "/")).toList();
                assertEquals(List.of(), elsewhere, "requests beyond the class's server");
            }
        }
    }

    @Test
    void twoStudentsPlayAMatrixGameAndTheTeacherSeesTheChoicesAgainstTheEquilibria() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), Chromium.HOW_TO_INSTALL);
        var game = ((chipsim.runner.game.GameFiles.MatrixFile) chipsim.runner.game.GameFiles.read(
                Path.of(chipsim.runner.Cli.config("games/chicken.yaml")), ClassFixture.REGISTRY)).game();
        try (Classroom classroom = Classroom.openMatrix(game, ClassFixture.settings(temp.resolve("chicken"), 600,
                Set.of()), 2, 42)) {
            ChromeDriver teacher = browser("teacher");
            teacher.get(classroom.teacherUrl());
            wait(teacher).until(d -> classroom.roomCode().equals(d.findElement(By.id("room-code")).getText()));
            List<ChromeDriver> students = new ArrayList<>();
            for (String name : new String[] {"Ada", "Grace"}) {
                ChromeDriver student = browser(name);
                student.get(classroom.joinUrl());
                wait(student).until(d -> d.findElement(By.id("join-form")).isDisplayed());
                student.findElement(By.id("room")).sendKeys(classroom.roomCode());
                student.findElement(By.id("name")).sendKeys(name);
                student.findElement(By.id("join-button")).click();
                wait(student).until(d -> d.findElement(By.id("seat")).isDisplayed());
                students.add(student);
            }
            wait(teacher).until(d -> d.findElement(By.id("summary")).getText().startsWith("2 of 2 students connected"));
            teacher.findElement(By.id("start")).click();
            for (int round = 1; round <= 2; round++) {
                for (int i = 0; i < students.size(); i++) {
                    ChromeDriver student = students.get(i);
                    waitForQuestion(student);
                    List<WebElement> options = student.findElements(By.cssSelector("input[name=strategy]"));
                    options.get((i + round) % options.size()).click();
                    if (round == 2 && i == 0) {
                        shoot(student, "student-matrix-choice");
                    }
                    student.findElement(By.id("submit")).click();
                }
            }
            Path folder = classroom.finished().get(5, TimeUnit.MINUTES);
            List<String> rows = Files.readAllLines(folder.resolve(MatrixRecord.CHOICES));
            assertEquals(1 + 2 * 2, rows.size(), String.join("\n", rows));
            assertTrue(rows.stream().skip(1).allMatch(r -> r.endsWith(",person")), String.join("\n", rows));
            wait(teacher).until(d -> "2".equals(d.findElement(By.tagName("body")).getAttribute("data-rounds-charted"))
                    && d.findElement(By.id("scoreboard-title")).getText().startsWith("Scoreboard: payoffs"));
            shoot(teacher, "teacher-matrix");
            String origin = "127.0.0.1:" + classroom.port();
            for (ChromeDriver browser : browsers) {
                assertEquals(List.of(), consoleErrors(browser), "console errors");
                assertEquals(List.of(), requests(browser).stream().filter(u -> !u.contains("//" + origin + "/")).toList());
            }
        }
    }

    private boolean finished(Classroom classroom) {
        return classroom.finished().isDone();
    }

    private boolean hasQuestion(WebDriver browser) {
        // Read in one script: the form is rebuilt when a new question comes, which would stale an element.
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "var b = document.getElementById('submit'); return !!b && !b.disabled;"));
    }

    private void waitForQuestion(WebDriver browser) {
        wait(browser).until(this::hasQuestion);
    }

    private ChromeDriver seatOf(List<ChromeDriver> students, String seat) {
        for (ChromeDriver student : students) {
            if (student.findElement(By.id("who")).getText().contains("(" + seat + ")")) {
                return student;
            }
        }
        throw new AssertionError("no student sits in " + seat);
    }

    /** A wait whose timeout says what the page's console said, which is where a broken page explains itself. */
    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable cause) {
                List<String> console = new ArrayList<>();
                browser.manage().logs().get(LogType.BROWSER).forEach(e -> console.add(e.getMessage()));
                Object page = ((JavascriptExecutor) browser).executeScript(
                        "return location.href + ' :: ' + document.body.innerText.slice(0, 600);");
                return super.timeoutException(message + "; console: " + console + "; page: " + page, cause);
            }
        };
    }

    private static List<String> consoleErrors(ChromeDriver browser) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Every URL the browser asked for, as its network log records them. */
    private static List<String> requests(ChromeDriver browser) throws Exception {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asText();
            if (method.equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asText());
            } else if (method.equals("Network.webSocketCreated")) {
                urls.add(message.path("params").path("url").asText());
            }
        }
        // chrome:// pages are the browser's own (its start-up tab); everything that goes over a network counts.
        return urls.stream().filter(u -> u.matches("(?i)^(https?|wss?|ftp)://.*")).toList();
    }

    /** A full-page picture for a person to look at; nothing is asserted on it. */
    private static void shoot(ChromeDriver browser, String name) throws Exception {
        JavascriptExecutor js = browser;
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(Math.max(height, 900), 6000)));
        js.executeScript("window.dispatchEvent(new Event('resize'));");
        Path folder = Files.createDirectories(Path.of("target", "classroom-screenshots"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
}
