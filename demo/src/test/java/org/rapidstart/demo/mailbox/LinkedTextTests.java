package org.rapidstart.demo.mailbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedTextTests {

	@Test
	void linksHttpAndHttpsUrlsAndEscapesEverythingElse() {
		String html = LinkedText.toHtml("Open https://a.example/x?y=1&z=2 or <b>http://b.example</b>");

		assertThat(html).isEqualTo("Open <a href=\"https://a.example/x?y=1&amp;z=2\" target=\"_blank\" "
				+ "rel=\"noopener noreferrer\">https://a.example/x?y=1&amp;z=2</a> or &lt;b&gt;<a href=\"http://b.example\" "
				+ "target=\"_blank\" rel=\"noopener noreferrer\">http://b.example</a>&lt;/b&gt;");
	}

	@Test
	void leavesSentencePunctuationOutOfTheLink() {
		assertThat(LinkedText.toHtml("See http://a.example/path.")).endsWith(">http://a.example/path</a>.");
	}

	@Test
	void neverLinksOtherSchemes() {
		assertThat(LinkedText.toHtml("javascript:alert(1) \"onclick=x\"")).doesNotContain("<a")
			.isEqualTo("javascript:alert(1) &quot;onclick=x&quot;");
	}

	@Test
	void turnsAnHtmlBodyIntoTextThatKeepsItsLinkTargets() {
		String text = LinkedText.fromHtml("<p>Hello &amp; welcome</p><p><a href=\"https://a.example/t\">Activate</a></p>"
				+ "<script>steal()</script>");

		assertThat(text).isEqualTo("Hello & welcome\nActivate (https://a.example/t)");
	}

}
