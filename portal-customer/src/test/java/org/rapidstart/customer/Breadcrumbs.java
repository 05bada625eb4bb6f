package org.rapidstart.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The breadcrumb trail of a page as HTML: each item's text, and where it links to ("text -> href"). */
public final class Breadcrumbs {

	private static final Pattern TRAIL = Pattern.compile("<ol class=\"breadcrumb\">(.*?)</ol>", Pattern.DOTALL);

	private static final Pattern ITEM = Pattern
		.compile("<li[^>]*>\\s*(?:<a href=\"([^\"]*)\">([^<]*)</a>|([^<]*))\\s*</li>");

	private Breadcrumbs() {
	}

	public static List<String> of(String page) {
		Matcher trail = TRAIL.matcher(page);
		assertThat(trail.find()).as("a breadcrumb trail").isTrue();
		List<String> items = new ArrayList<>();
		Matcher item = ITEM.matcher(trail.group(1));
		while (item.find()) {
			items.add((item.group(1) != null) ? text(item.group(2)) + " -> " + item.group(1) : text(item.group(3)));
		}
		return items;
	}

	private static String text(String html) {
		return html.replace("&#39;", "'").replace("&amp;", "&").trim();
	}

}
