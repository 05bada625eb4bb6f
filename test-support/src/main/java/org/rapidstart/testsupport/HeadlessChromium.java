package org.rapidstart.testsupport;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Chromium for browser tests. The browser and driver come from {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} when set (as {@code .ci/run} does), else Debian's {@code /usr/bin} paths, else
 * whatever Selenium finds on the machine.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	public static WebDriver start() {
		ChromeOptions options = new ChromeOptions();
		String binary = firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium");
		if (binary != null) {
			options.setBinary(binary);
		}
		// flags from the developers' guide: without the background ones Chromium keeps dialling out
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1400,1000", "--lang=en-US");
		ChromeDriverService.Builder service = new ChromeDriverService.Builder();
		String driver = firstExisting(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver");
		if (driver != null) {
			service.usingDriverExecutable(new File(driver));
		}
		ChromeDriver chrome = new ChromeDriver(service.build(), options);
		chrome.manage().timeouts().implicitlyWait(Duration.ZERO);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	private static String firstExisting(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank() && new File(candidate).canExecute()) {
				return candidate;
			}
		}
		return null;
	}

}
