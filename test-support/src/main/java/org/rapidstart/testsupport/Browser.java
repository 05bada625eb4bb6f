package org.rapidstart.testsupport;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A thin, user-shaped wrapper over WebDriver: open a page, type into a labelled field, press a button by its
 * text, wait for text to appear. Tests read like the seed pages' steps.
 */
public final class Browser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final WebDriver driver;

	public Browser() {
		this.driver = HeadlessChromium.start();
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser open(String url) {
		this.driver.get(url);
		return this;
	}

	/**
	 * Signs in afresh on a portal's sign-in page (both portals label its fields "Sign-in ID" and "Password" and its
	 * button "Sign in"), first dropping the cookies of whoever used this browser before. Wait for the page it leads to
	 * yourself.
	 */
	public Browser signIn(String signInPageUrl, String signInId, String password) {
		this.driver.manage().deleteAllCookies();
		return open(signInPageUrl).fill("Sign-in ID", signInId).fill("Password", password).press("Sign in");
	}

	/** Types into the input, select or textarea whose {@code <label>} text is {@code label}. */
	public Browser fill(String label, String value) {
		WebElement field = field(label);
		if ("select".equals(field.getTagName())) {
			new Select(field).selectByVisibleText(value);
		}
		else {
			field.clear();
			field.sendKeys(value);
		}
		return this;
	}

	/**
	 * Chooses a file for the file input whose {@code <label>} text is {@code label}, as a person picking it in the
	 * file dialog would (nothing is uploaded until the form is sent).
	 */
	public Browser attach(String label, java.nio.file.Path file) {
		field(label).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/**
	 * Downloads what the link whose visible text is exactly {@code text} points at, in the signed-in session of this
	 * browser (headless Chromium saves no files where a test could find them); fails unless the answer is 200.
	 */
	public byte[] download(String text) {
		WebElement link = waitFor(By.xpath("//a[normalize-space(.)=" + literal(text) + "]"));
		Object base64 = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then(r => r.ok ? r.blob() : Promise.reject('HTTP ' + r.status))
				  .then(b => { const f = new FileReader(); f.onload = () => done(f.result.split(',')[1] || ''); f.readAsDataURL(b); })
				  .catch(e => done('failed: ' + e));""", link.getAttribute("href"));
		String answer = String.valueOf(base64);
		if (answer.startsWith("failed: ")) {
			throw new AssertionError("Downloading '" + text + "' " + answer);
		}
		return java.util.Base64.getDecoder().decode(answer);
	}

	public Browser check(String label) {
		// a page still settling (an htmx swap, a late render) may replace the box between finding and clicking it
		wait(WAIT).until(d -> {
			WebElement field = field(label);
			if (!field.isSelected()) {
				// below the fold (a form at the foot of a long grid) a click would land on whatever covers it
				((JavascriptExecutor) this.driver).executeScript(
						"arguments[0].scrollIntoView({block:'center', behavior:'instant'})", field);
				field.click();
			}
			return true;
		});
		return this;
	}

	public WebElement field(String label) {
		WebElement labelElement = waitFor(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
		String id = labelElement.getAttribute("for");
		if (id != null && !id.isBlank()) {
			return this.driver.findElement(By.id(id));
		}
		return labelElement.findElement(By.xpath(".//input|.//select|.//textarea"));
	}

	/**
	 * Clicks the button (or submit input) whose visible text is exactly {@code text}; only when there is none, the
	 * link with that text. Buttons win because a page often has a navigation link with the same words.
	 */
	public Browser press(String text) {
		By button = By.xpath("//button[normalize-space(.)=" + literal(text) + "]|//input[@type='submit' and @value="
				+ literal(text) + "]");
		By link = By.xpath("//a[normalize-space(.)=" + literal(text) + "]");
		// htmx may swap the part of the page holding it between finding and clicking: then find it again (wait(...)
		// ignores a stale element)
		wait(WAIT).until(d -> {
			WebElement element = firstUsable(d, button, link);
			if (element == null) {
				return false;
			}
			((JavascriptExecutor) this.driver).executeScript(
					"arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
			try {
				element.click();
			}
			catch (org.openqa.selenium.ElementClickInterceptedException ex) {
				// a sticky element or an unfinished layout covers it: click it as a script would
				((JavascriptExecutor) this.driver).executeScript("arguments[0].click()", element);
			}
			return true;
		});
		return this;
	}

	private static @Nullable WebElement firstUsable(WebDriver driver, By... choices) {
		for (By by : choices) {
			for (WebElement candidate : driver.findElements(by)) {
				if (candidate.isDisplayed() && candidate.isEnabled()) {
					return candidate;
				}
			}
		}
		return null;
	}

	/**
	 * Answers the page's "Are you sure?" dialog (a form with {@code data-confirm}) with OK, after checking it asks
	 * what the test expects; a dialog that never comes fails the test.
	 */
	public Browser confirm(String questionContains) {
		org.openqa.selenium.Alert alert = wait(WAIT)
			.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
		String question = alert.getText();
		if (!question.contains(questionContains)) {
			alert.dismiss();
			throw new AssertionError("The confirmation asked '" + question + "', not '" + questionContains + "'.");
		}
		alert.accept();
		return this;
	}

	/** Waits until the page shows the text; pages that are being replaced by a navigation are simply read again. */
	public Browser waitForText(String text) {
		try {
			wait(WAIT).until(d -> pageTextWhileNavigating().contains(text));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("Page " + currentUrl() + " never showed '" + text + "'. It shows:\n" + pageText(),
					ex);
		}
		return this;
	}

	/** The page's text; empty while Chromium swaps the document (its nodes then belong to no document). */
	private String pageTextWhileNavigating() {
		try {
			return pageText();
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return "";
			}
			throw ex;
		}
	}

	private WebDriverWait wait(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(this.driver, timeout);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	public WebElement waitFor(By by) {
		return wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	public List<WebElement> all(By by) {
		return this.driver.findElements(by);
	}

	public String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String title() {
		return this.driver.getTitle();
	}

	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
