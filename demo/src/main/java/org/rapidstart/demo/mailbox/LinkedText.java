package org.rapidstart.demo.mailbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Mail text made safe to show in a page with its web links clickable. Everything is HTML-escaped; only http and https
 * URLs become {@code <a>} elements, so a mail can never inject markup or a {@code javascript:} link into the mailbox.
 */
final class LinkedText {

	// stops at whitespace, quotes and angle brackets, which never belong to a URL written in a mail
	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

	// sentence punctuation right after a URL ("... see https://x/y.") is not part of it
	private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

	private LinkedText() {
	}

	/** The text as HTML: escaped, line breaks kept by the page's {@code white-space: pre-wrap}, URLs linked. */
	static String toHtml(String text) {
		StringBuilder html = new StringBuilder(text.length() + 64);
		Matcher matcher = URL.matcher(text);
		int position = 0;
		while (matcher.find()) {
			String url = matcher.group();
			int end = url.length();
			while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
				end--;
			}
			url = url.substring(0, end);
			html.append(HtmlUtils.htmlEscape(text.substring(position, matcher.start())));
			String escaped = HtmlUtils.htmlEscape(url);
			html.append("<a href=\"").append(escaped).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
				.append(escaped)
				.append("</a>");
			position = matcher.start() + end;
		}
		html.append(HtmlUtils.htmlEscape(text.substring(position)));
		return html.toString();
	}

	/**
	 * A readable text version of an HTML mail body: links keep their target as {@code text (url)}, block elements
	 * become line breaks, other tags go. Good enough for the mails our portals send; the result is escaped again by
	 * {@link #toHtml}, so nothing of the original markup reaches the page.
	 */
	static String fromHtml(String html) {
		String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "");
		text = text.replaceAll("(?is)<a\\s[^>]*href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", "$2 ($1)");
		text = text.replaceAll("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr)>", "\n");
		text = text.replaceAll("(?s)<[^>]*>", "");
		text = HtmlUtils.htmlUnescape(text);
		return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

}
